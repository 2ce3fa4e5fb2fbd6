"""Contact ▸ History… and the details pane's History button; Export Everything About This Person…"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from segdesk.services import contacts, privacy
from segdesk.services.audit import HistoryRow
from segdesk.ui.audit_dialog import HistoryDialog, HistoryModel
from segdesk.ui.backups_dialog import format_moment
from tests.ui.conftest import settle

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise")

ROWS = [
    HistoryRow(
        datetime(2026, 11, 2, 10, 5), "Żaneta", "updated", "Changed", "city", "City", "Milano", "Kraków"
    ),
    HistoryRow(datetime(2026, 11, 1, 9, 0), "anna", "created", "Created", None, "", "", ""),
]


def test_the_history_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = HistoryModel(ROWS)
    qtmodeltester.check(model)
    model.set_rows(ROWS[:1])
    qtmodeltester.check(model)
    texts = [model.index(0, c).data() for c in range(model.columnCount())]
    assert texts == [format_moment(ROWS[0].at), "Żaneta", "Changed", "City", "Milano", "Kraków"]
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Before"


def _select_first(qtbot: QtBot, window: Any) -> int:
    window.list_panel.table.selectRow(0)
    settle(qtbot, window)
    contact_id = window.list_panel.current_contact_id()
    assert contact_id is not None
    return int(contact_id)


def test_contact_history_shows_who_changed_what(qtbot: QtBot, main_window: Any) -> None:
    contact_id = _select_first(qtbot, main_window)
    store = main_window.store
    version = contacts.get_contact(store, contact_id, date.today()).version
    contacts.update_contact(
        store, contact_id, {"city": "Łódź"}, expected_version=version, actor="Żaneta", today=date.today()
    )
    privacy.set_consent(store, contact_id, "phone", True, actor="anna")
    assert main_window.contacts.history_action in main_window.contact_menu.actions()
    assert main_window.contacts.history_action.isEnabled()
    dialog = main_window.contacts.show_history()
    assert isinstance(dialog, HistoryDialog)
    qtbot.addWidget(dialog)
    model = dialog.model
    rows = [[model.index(r, c).data() for c in range(6)] for r in range(model.rowCount())]
    assert rows[0][1:] == ["anna", "Consent", "Phone calls allowed", "", "Agreed"]
    assert rows[1][1:4] == ["Żaneta", "Changed", "City"] and rows[1][5] == "Łódź"
    assert main_window.details.details.full_name in dialog.windowTitle()
    assert not dialog.empty_label.isVisibleTo(dialog)
    dialog.close()


def test_the_details_pane_button_opens_the_history(qtbot: QtBot, main_window: Any) -> None:
    _select_first(qtbot, main_window)
    main_window.details.history_button.click()
    dialogs = [d for d in main_window.findChildren(HistoryDialog) if d.isVisible()]
    assert len(dialogs) == 1
    assert dialogs[0].empty_label.isVisibleTo(dialogs[0])  # the test contacts have no audit rows yet
    dialogs[0].close()


def test_everything_about_the_person_is_exported_as_pdf_or_json(
    qtbot: QtBot, main_window: Any, tmp_path: Path
) -> None:
    _select_first(qtbot, main_window)
    action = main_window.contacts.export_person_action
    assert action in main_window.contact_menu.actions() and action.isEnabled()
    pdf = main_window.contacts.export_person((tmp_path / "anna.pdf", "pdf"))
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
    assert "anna.pdf" in main_window.statusBar().currentMessage()
    data = main_window.contacts.export_person((tmp_path / "anna.json", "json"))
    assert data is not None and '"contacts"' in data.read_text(encoding="utf-8")


def test_dates_and_money_follow_the_window_s_locale(qtmodeltester: ModelTester) -> None:
    from decimal import Decimal

    from PySide6.QtCore import QLocale

    from segdesk.domain.fields import Catalogue

    row = HistoryRow(
        datetime(2026, 11, 2, 10, 5), "anna", "updated", "Changed", "birth_date", "Birth date", "",
        "2/28/1990", None, date(1990, 2, 28),
    )  # fmt: skip
    money = HistoryRow(
        datetime(2026, 11, 2, 10, 5), "anna", "updated", "Changed", "annual_revenue", "Annual revenue", "",
        "€1,234.50", None, Decimal("1234.50"),
    )  # fmt: skip
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        model = HistoryModel([row, money])
        model.set_catalogue(Catalogue(), "€")
        qtmodeltester.check(model)
        assert model.index(0, 5).data() == "28.02.1990"
        assert model.index(1, 5).data() == "1.234,50\N{NO-BREAK SPACE}€"
    finally:
        QLocale.setDefault(previous)
