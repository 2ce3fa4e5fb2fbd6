"""The import wizard driven page by page (no dialog waits for a person), and the import history."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from segdesk.store.database import Store
from segdesk.store.models import Contact
from segdesk.ui.import_wizard import ImportHistoryDialog, ImportWizard

DATA = Path(__file__).parent.parent / "data"

CSV = (
    "Nome;Cognome;E-mail;Città;Scarpe\n"
    "Łucja;Wiśniewska;lucja@example.pl;Kraków;38\n"
    "Jérôme;Dubois;jerome@example.fr;Lyon;44\n"
    "Anna;Rossi;anna0@example.com;Milano;39\n"  # anna0@example.com is already in the store
)


def count(store: Store) -> int:
    with store.sessions() as session:
        return session.scalar(select(func.count()).select_from(Contact)) or 0


def wait_page(qtbot: QtBot, wizard: ImportWizard, page_id: int, complete: bool = True) -> None:
    qtbot.waitUntil(lambda: wizard.currentId() == page_id, timeout=10000)
    if complete:
        qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=10000)


def to_mapping(qtbot: QtBot, wizard: ImportWizard, path: Path) -> None:
    wizard.restart()
    wizard.start_with(path)
    assert wizard.file_page.isComplete()
    wizard.next()
    wait_page(qtbot, wizard, ImportWizard.ENCODING)
    wizard.next()
    wait_page(qtbot, wizard, ImportWizard.MAPPING)


def test_small_csv_end_to_end(
    qtbot: QtBot, wizard: ImportWizard, filled_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "clienti.csv"
    path.write_text(CSV, encoding="utf-8")
    before = count(filled_store)
    to_mapping(qtbot, wizard, path)
    assert wizard.encoding_page.combo.isHidden()  # plain UTF-8: nothing to choose
    page = wizard.mapping_page
    assert page.table.rowCount() == 5
    assert [c.currentData() for c in page.combos[:4]] == ["first_name", "last_name", "email", "city"]
    assert "Kraków" in page.table.item(3, 1).text()
    # The user makes "Scarpe" a new custom field through the list's last entry.
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Shoe size", True))
    combo = page.combos[4]
    combo.setCurrentIndex(combo.findData("__custom__"))
    combo.activated.emit(combo.currentIndex())
    assert combo.currentData() == "custom.shoe_size"
    assert page.mapping().custom_fields == {"shoe_size": ("text", "Shoe size")}
    assert page.save(str(tmp_path / "mapping.json"))

    wizard.next()
    wait_page(qtbot, wizard, ImportWizard.CHECK)
    report = wizard.check_page.report
    assert report is not None and report.dry_run
    assert report.created == 2 and report.skipped == 1  # the existing Anna is skipped by default
    assert wizard.check_page.duplicates.model().rowCount() == 1
    assert count(filled_store) == before  # a check writes nothing
    wizard.check_page.decide(report.matches[0].row, "update")

    with qtbot.waitSignal(wizard.imported, timeout=15000) as blocker:
        wizard.next()
    wait_page(qtbot, wizard, ImportWizard.DONE, complete=False)
    done = blocker.args[0]
    assert (done.created, done.updated) == (2, 1)
    assert done.checked is not None and done.checked is report.checked  # the rows were checked once
    assert count(filled_store) == before + 2
    assert "2 new contact" in wizard.done_page.status.text()
    assert not wizard.done_page.undo_button.isHidden()

    with qtbot.waitSignal(wizard.undone, timeout=15000) as undone:
        assert wizard.done_page.undo()
    assert undone.args[0].removed == 2
    assert count(filled_store) == before
    assert "undone" in wizard.done_page.status.text()

    wizard.done(1)  # closed: the window keeps the wizard, but not the file and its checked rows
    assert wizard.table is None and wizard.dry_report is None and wizard.report.checked is None


def test_bad_file_lists_problems_and_imports_nothing(
    qtbot: QtBot, wizard: ImportWizard, filled_store: Store
) -> None:
    before = count(filled_store)
    to_mapping(qtbot, wizard, DATA / "bad_rows.csv")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.check_page.report is not None, timeout=10000)
    report = wizard.check_page.report
    assert report.errors
    assert not wizard.check_page.isComplete()  # the Import button stays off
    problems = wizard.check_page.problems.model()
    assert problems.rowCount() == len(report.problems)
    rows = {problems.index(r, 0).data() for r in range(problems.rowCount())}
    assert any(r.isdigit() for r in rows)
    assert "nothing will be written" in wizard.check_page.summary.text()
    assert count(filled_store) == before


def test_legacy_encoding_offers_a_choice_with_a_live_preview(qtbot: QtBot, wizard: ImportWizard) -> None:
    wizard.start_with(DATA / "polish_cp1250.csv")
    wizard.next()
    wait_page(qtbot, wizard, ImportWizard.ENCODING)
    page = wizard.encoding_page
    assert not page.combo.isHidden()
    page.combo.setCurrentIndex(page.combo.findData("cp1250"))
    qtbot.waitUntil(lambda: page.loaded is not None and page.loaded.encoding == "cp1250", timeout=10000)
    cells = " ".join(
        page.table.item(r, c).text()
        for r in range(page.table.rowCount())
        for c in range(page.table.columnCount())
        if page.table.item(r, c) is not None
    )
    assert any(letter in cells for letter in "łśżźćń")
    assert wizard.encoding == "cp1250"


def test_history_lists_imports_and_undoes_one(
    qtbot: QtBot, wizard: ImportWizard, filled_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "clienti.csv"
    path.write_text(CSV, encoding="utf-8")
    before = count(filled_store)
    to_mapping(qtbot, wizard, path)
    wizard.next()
    wait_page(qtbot, wizard, ImportWizard.CHECK)
    with qtbot.waitSignal(wizard.imported, timeout=15000):
        wizard.next()
    assert count(filled_store) == before + 2

    dialog = ImportHistoryDialog(filled_store)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert "clienti.csv" in dialog.table.item(0, 1).text()
    dialog.table.selectRow(0)
    assert dialog.undo_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.undone, timeout=15000):
        assert dialog.undo_selected()
    assert count(filled_store) == before
    assert dialog.table.item(0, 4).text().startswith("Undone")
    dialog.table.selectRow(0)
    assert not dialog.undo_button.isEnabled()
    dialog.done(0)


def test_window_menus_open_the_wizard_history_and_report_dialog(main_window: Any, qtbot: QtBot) -> None:
    file_actions = main_window.file_menu.actions()
    assert main_window.imports.import_action in file_actions
    assert main_window.imports.history_action in file_actions
    assert main_window.imports.import_action.shortcut().toString() == "Ctrl+I"
    assert main_window.contacts.print_action.isEnabled()
    wizard = main_window.imports.open_wizard(modal=False)
    assert wizard.currentId() == -1 or wizard.currentId() == ImportWizard.FILE
    wizard.done(0)
    history = main_window.imports.open_history(modal=False)
    assert history.table.rowCount() == 0
    history.done(0)
    dialog = main_window.reports.open_dialog(modal=False)
    keys = [dialog.scope_combo.itemData(i) for i in range(dialog.scope_combo.count())]
    assert keys[0] == "all" and "due" in keys
    assert any(str(k).startswith("segment:") for k in keys)  # "VIP Milano"
    dialog.done(0)
