"""The main window on a real database: counts, search, selection, state, smoke test."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QMessageBox, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from segdesk.services.overview import sidebar
from segdesk.store.database import Store, open_store
from segdesk.ui import run_gui
from segdesk.ui.contact_list_panel import SEARCH_DELAY_MS
from segdesk.ui.main_window import MainWindow
from segdesk.ui.sidebar import ALL_CONTACTS, FOLLOWUPS_DUE
from tests.ui.conftest import CONTACTS, DUE, fill, settle

# Qt's offscreen platform (QT_QPA_PLATFORM=offscreen) says so whenever a window is shown.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def window(qtbot: QtBot, filled_store: Store, settings: QSettings) -> Iterator[MainWindow]:
    win = MainWindow(filled_store, settings=settings)
    qtbot.addWidget(win)
    yield win
    win.close()  # waits for its worker threads before the store closes


def test_the_window_shows_every_contact_with_its_count(window: MainWindow) -> None:
    assert window.model.rowCount() == CONTACTS
    assert window.count_label.text() == f"{CONTACTS} contacts"
    assert str(window.store.sqlite_path) in window.location_label.text()
    assert window.windowTitle() == "contacts.sqlite3 – segdesk"
    all_item = window.sidebar.topLevelItem(0)
    assert (all_item.text(0), all_item.text(1)) == ("All contacts", str(CONTACTS))
    due_item = window.sidebar.topLevelItem(1)
    assert (due_item.text(0), due_item.text(1)) == ("Follow-ups due", str(DUE))
    segments = window.sidebar.topLevelItem(2)
    assert [segments.child(i).text(0) for i in range(segments.childCount())] == ["VIP Milano"]


def test_rows_have_a_fixed_height_and_headers_are_field_labels(window: MainWindow) -> None:
    table = window.list_panel.table
    assert table.verticalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
    headers = [
        window.model.headerData(c, Qt.Orientation.Horizontal) for c in range(window.model.columnCount())
    ]
    assert headers[:3] == ["Name", "Company", "Email"]
    assert "Total spent" in headers


def test_typing_in_the_search_box_filters_after_a_pause(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.list_panel.search_edit, "krak")
    assert window.model.rowCount() == CONTACTS  # not yet: waits for the typing to pause
    qtbot.waitUntil(lambda: window.model.rowCount() == CONTACTS // 5, timeout=SEARCH_DELAY_MS * 10)
    assert window.count_label.text() == f"{CONTACTS // 5} contacts shown"
    names = {window.model.index(r, 0).data() for r in range(window.model.rowCount())}
    assert all(name.endswith("Müller") for name in names)
    window.list_panel.search_edit.setText("nobody at all")
    window.list_panel.apply_search()
    settle(qtbot, window)
    assert window.model.rowCount() == 0
    assert window.list_panel.empty_label.text() == "No contacts match “nobody at all”."
    window.list_panel.search_edit.clear()
    window.list_panel.apply_search()
    settle(qtbot, window)
    assert window.model.rowCount() == CONTACTS


def test_find_focuses_the_search_box(qtbot: QtBot, window: MainWindow) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.list_panel.table.setFocus()
    window.find_action.trigger()
    assert window.find_action.shortcut().toString() == "Ctrl+F"
    qtbot.waitUntil(window.list_panel.search_edit.hasFocus)


def test_selecting_a_row_fills_the_details_pane(window: MainWindow) -> None:
    assert window.details.details is None
    window.list_panel.select_row(0)
    contact_id = window.model.contact_id(0)
    details = window.details.details
    assert details is not None and details.id == contact_id
    assert window.details.name_label.text() == window.model.index(0, 0).data()
    shown = window.details.field_texts()
    assert shown["City"] == window.model.index(0, window.model.columns.index("city")).data()
    assert "@example.com" in shown["Email"]
    assert shown["Relationship stage"] in ("Lead", "Loyal customer")


def test_the_selected_contact_stays_selected_when_the_list_is_sorted(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.list_panel.select_row(3)
    contact_id = window.model.contact_id(3)
    city = window.model.columns.index("city")
    window.list_panel.table.sortByColumn(city, Qt.SortOrder.DescendingOrder)
    settle(qtbot, window)
    assert window.model.query.sort_field == "city" and window.model.query.descending
    assert window.model.index(0, city).data() == "Torino"
    assert window.list_panel.current_contact_id() == contact_id
    assert window.details.details is not None and window.details.details.id == contact_id


def test_follow_ups_due_shows_the_contacts_due(qtbot: QtBot, window: MainWindow) -> None:
    window.sidebar.select_key(FOLLOWUPS_DUE)
    settle(qtbot, window)
    assert window.model.rowCount() == DUE
    assert window.count_label.text() == f"{DUE} contacts shown"
    window.sidebar.select_key(ALL_CONTACTS)
    settle(qtbot, window)
    assert window.model.rowCount() == CONTACTS


def test_an_empty_database_says_so(qtbot: QtBot, tmp_path: Path, settings: QSettings) -> None:
    store = open_store(tmp_path / "empty.sqlite3")
    try:
        win = MainWindow(store, settings=settings)
        qtbot.addWidget(win)
        assert win.model.rowCount() == 0
        assert "no contacts in this database yet" in win.list_panel.empty_label.text()
        assert win.count_label.text() == "0 contacts"
    finally:
        store.close()


def test_window_layout_is_saved_and_restored(qtbot: QtBot, filled_store: Store, settings: QSettings) -> None:
    first = MainWindow(filled_store, settings=settings)
    qtbot.addWidget(first)
    first.splitter.setSizes([300, 700, 400])
    first.list_panel.table.setColumnWidth(1, 333)
    first.details_action.setChecked(False)
    sizes = first.splitter.sizes()
    first.close()
    second = MainWindow(filled_store, settings=settings)
    qtbot.addWidget(second)
    assert second.splitter.sizes()[0] == sizes[0]
    assert second.list_panel.table.columnWidth(1) == 333
    assert not second.details_action.isChecked()


def test_another_database_can_be_opened_from_the_window(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "other.sqlite3"
    store = open_store(other)
    fill(store, 3)
    store.close()
    assert window.open_database(str(other))
    assert window.model.rowCount() == 3
    assert window.windowTitle() == "other.sqlite3 – segdesk"
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    not_a_db = tmp_path / "notes.sqlite3"
    not_a_db.write_text("just text, not a database")
    assert not window.open_database(str(not_a_db))
    assert warnings and "notes.sqlite3" in warnings[0]
    assert window.model.rowCount() == 3
    window.close()


def test_undo_and_redo_are_in_the_edit_menu(window: MainWindow) -> None:
    actions = window.edit_menu.actions()
    assert window.undo_action in actions and window.redo_action in actions
    assert not window.undo_action.isEnabled()


def test_the_smoke_test_builds_shows_and_closes_the_window(qapp: QApplication, filled_store: Store) -> None:
    assert run_gui(filled_store, smoke_test=True, language="en") == 0
    assert not [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


@pytest.fixture
def loyal_window(qtbot: QtBot, filled_store: Store, settings: QSettings) -> Iterator[MainWindow]:
    """The main window with a saved segment "Loyal" (half the contacts), settled."""
    from segdesk.services.segments import save_segment

    loyal = {"version": 1, "match": "all", "rules": [{"field": "stage", "op": "in", "value": ["loyal"]}]}
    save_segment(filled_store, "Loyal", loyal)
    win = MainWindow(filled_store, settings=settings)
    qtbot.addWidget(win)
    settle(qtbot, win)
    yield win
    win.close()


def _loyal_item(win: MainWindow) -> QTreeWidgetItem:
    segments = win.sidebar._segments
    children = [segments.child(i) for i in range(segments.childCount())]
    return next(child for child in children if child.text(0) == "Loyal")


def test_choosing_a_segment_lists_its_members_and_the_sidebar_shows_its_size(
    qtbot: QtBot, loyal_window: MainWindow
) -> None:
    win = loyal_window
    item = _loyal_item(win)
    qtbot.waitUntil(lambda: item.text(1) == str(CONTACTS // 2))
    win.sidebar.setCurrentItem(item)
    settle(qtbot, win)
    assert win.model.rowCount() == CONTACTS // 2
    win.sidebar.setCurrentItem(win.sidebar.topLevelItem(0))
    settle(qtbot, win)
    assert win.model.rowCount() == CONTACTS


def test_a_sidebar_refresh_keeps_the_last_segment_sizes_until_the_recount_arrives(
    qtbot: QtBot, loyal_window: MainWindow, filled_store: Store
) -> None:
    qtbot.waitUntil(lambda: _loyal_item(loyal_window).text(1) == str(CONTACTS // 2))
    loyal_window.sidebar.show_summary(sidebar(filled_store, date.today()))  # rows rebuilt, not yet counted
    assert _loyal_item(loyal_window).text(1) == str(CONTACTS // 2)
