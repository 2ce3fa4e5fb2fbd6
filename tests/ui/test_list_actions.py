"""The contact list: bulk actions (one undo step each), Delete, sorting, columns, shortcuts, export."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, QSettings, Qt
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from segdesk.services.contact_list import ContactListQuery
from segdesk.store.database import Store
from segdesk.store.models import Contact, ContactTag, Segment, SegmentListEntry, Tag
from segdesk.ui.column_chooser import column_menu, toggled_columns
from segdesk.ui.contact_actions import ContactActions
from segdesk.ui.contact_table_model import CONTACT_ID_ROLE, ContactTableModel
from segdesk.ui.main_window import MainWindow
from segdesk.ui.qt_fixes import losses
from segdesk.ui.workers import JobRunner
from tests.ui.conftest import CONTACTS, settle

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise")


def _select_rows(window: MainWindow, first: int, last: int) -> list[int]:
    model = window.model
    selection = QItemSelection(model.index(first, 0), model.index(last, model.columnCount() - 1))
    window.list_panel.table.selectionModel().select(
        selection, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    return [model.contact_id(row) for row in range(first, last + 1)]  # type: ignore[misc]


def _tagged(store: Store, tag: str) -> set[int]:
    with store.sessions() as session:
        return set(
            session.scalars(
                select(ContactTag.contact_id).join(Tag, Tag.id == ContactTag.tag_id).where(Tag.name == tag)
            )
        )


def test_bulk_tag_is_one_undo_step_with_redo(qtbot: QtBot, main_window: MainWindow) -> None:
    window = main_window
    ids = _select_rows(window, 2, 6)
    assert window.list_panel.selected_ranges() == [(2, 6)]
    assert window.contacts.add_tag_action.isEnabled()
    assert window.contacts.add_tag("vip")
    settle(qtbot, window)
    assert _tagged(window.store, "vip") == set(ids)
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "Add tag “vip” to 5 contacts"
    window.set_columns([*window.model.columns, "tags"])
    tags = window.model.columns.index("tags")
    assert window.model.index(2, tags).data() == "vip"
    window.undo_action.trigger()
    settle(qtbot, window)
    assert _tagged(window.store, "vip") == set()
    assert window.model.index(2, tags).data() == ""
    window.redo_action.trigger()
    settle(qtbot, window)
    assert _tagged(window.store, "vip") == set(ids)
    _select_rows(window, 0, 3)
    assert window.contacts.remove_tag("vip")  # only the two that had it change
    settle(qtbot, window)
    assert _tagged(window.store, "vip") == set(ids) - {window.model.contact_id(2), window.model.contact_id(3)}
    window.undo_stack.undo()
    settle(qtbot, window)
    assert _tagged(window.store, "vip") == set(ids)


def test_a_whole_list_selection_is_read_off_the_gui_thread(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = main_window
    monkeypatch.setattr("segdesk.ui.contact_actions.FEW_IDS", 3)  # as if the selection were huge
    threads: list[str] = []
    original = ContactActions._run_bulk

    def spy(self: ContactActions, *args: object) -> bool:
        threads.append(threading.current_thread().name)
        return original(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(ContactActions, "_run_bulk", spy)
    window.list_panel.table.selectAll()
    assert window.contacts.set_stage("ambassador")
    settle(qtbot, window)
    with window.store.sessions() as session:
        assert session.scalar(select(func.count()).where(Contact.stage == "ambassador")) == CONTACTS
    assert threads == ["MainThread"]
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    settle(qtbot, window)
    with window.store.sessions() as session:
        assert session.scalar(select(func.count()).where(Contact.stage == "ambassador")) == 0


def test_adding_to_a_segment_and_undo(qtbot: QtBot, main_window: MainWindow) -> None:
    window = main_window
    ids = _select_rows(window, 0, 2)
    assert window.contacts.add_to_segment("VIP Milano")
    settle(qtbot, window)
    with window.store.sessions() as session:
        members = set(session.scalars(select(SegmentListEntry.contact_id).join(Segment)))
    assert members == set(ids)
    window.undo_stack.undo()
    settle(qtbot, window)
    with window.store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(SegmentListEntry)) == 0


def test_the_delete_key_asks_then_deletes_and_undo_brings_them_back(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = main_window
    asked: list[int] = []
    answer = [False]
    monkeypatch.setattr(
        ContactActions, "confirm_delete", lambda _self, count: asked.append(count) or answer[0]
    )
    window.show()
    qtbot.waitExposed(window)
    ids = _select_rows(window, 0, 1)
    table = window.list_panel.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    assert window.contacts.delete_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Delete)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert asked == [2]
    settle(qtbot, window)
    assert window.model.rowCount() == CONTACTS  # declined: nothing deleted
    answer[0] = True
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    settle(qtbot, window)
    assert window.model.rowCount() == CONTACTS - 2
    assert window.sidebar.topLevelItem(0).text(1) == str(CONTACTS - 2)
    assert window.undo_stack.undoText() == "Delete 2 contacts"
    window.undo_stack.undo()
    settle(qtbot, window)
    assert window.model.rowCount() == CONTACTS
    assert {window.model.contact_id(0), window.model.contact_id(1)} == set(ids)
    assert window.sidebar.topLevelItem(0).text(1) == str(CONTACTS)


def test_the_delete_key_in_the_search_box_edits_the_text(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = main_window
    monkeypatch.setattr(ContactActions, "confirm_delete", lambda _self, _count: pytest.fail("not a delete"))
    window.show()
    qtbot.waitExposed(window)
    _select_rows(window, 0, 0)
    search = window.list_panel.search_edit
    search.setText("abc")
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    search.setCursorPosition(0)
    qtbot.keyClick(search, Qt.Key.Key_Delete)
    assert search.text() == "bc"


def test_clicking_a_header_sorts_in_sql(qtbot: QtBot, main_window: MainWindow) -> None:
    window = main_window
    window.show()
    qtbot.waitExposed(window)
    header = window.list_panel.table.horizontalHeader()
    city = window.model.columns.index("city")

    def click() -> None:
        position = QPoint(header.sectionViewportPosition(city) + 10, header.height() // 2)
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)
        settle(qtbot, window)

    click()
    assert window.model.query.sort_field == "city" and not window.model.query.descending
    assert window.model.index(0, city).data() == "Kraków"
    click()
    assert window.model.query.descending
    assert window.model.index(0, city).data() == "Torino"


def test_columns_are_chosen_and_remembered(qtbot: QtBot, filled_store: Store, settings: QSettings) -> None:
    first = MainWindow(filled_store, settings=settings)
    qtbot.addWidget(first)
    chosen: list[list[str]] = []
    menu = column_menu(first.model.catalogue, first.model.columns, chosen.append)
    stage = menu.findChild(type(first.contacts.new_action), "column_stage")
    assert stage is not None and not stage.isChecked()
    stage.trigger()
    assert chosen == [[*first.model.columns, "stage"]]
    first.set_columns(["full_name", "stage", "age", "tags"])
    assert first.model.columns == ("full_name", "stage", "age", "tags")
    first.list_panel.table.setColumnWidth(1, 222)
    assert toggled_columns(["full_name"], "full_name", False) == ["full_name"]  # never no column
    first.close()
    second = MainWindow(filled_store, settings=settings)
    qtbot.addWidget(second)
    assert second.model.columns == ("full_name", "stage", "age", "tags")
    assert second.list_panel.table.columnWidth(1) == 222
    assert [second.model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Name",
        "Relationship stage",
        "Age",
        "Tags",
    ]
    second.close()


def test_standard_shortcuts(main_window: MainWindow) -> None:
    window = main_window
    contacts = window.contacts
    assert contacts.new_action.shortcut().toString() == "Ctrl+N"
    assert window.find_action.shortcut().toString() == "Ctrl+F"
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert QKeySequence("Ctrl+Shift+Z") in window.redo_action.shortcuts()
    assert contacts.delete_action.shortcut().toString() == "Del"
    assert contacts.print_action.shortcut().toString() == "Ctrl+P"
    assert contacts.export_action.shortcut().toString() == "Ctrl+E"
    assert contacts.log_action.shortcut().toString() == "Ctrl+L"


def test_export_writes_the_list_as_shown(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = main_window
    out = tmp_path / "milano"
    monkeypatch.setattr(ContactActions, "ask_export_file", lambda _self: (str(out) + ".csv", "csv"))
    window.list_panel.search_edit.setText("milano")
    window.list_panel.apply_search()
    settle(qtbot, window)
    window.contacts.export_action.trigger()
    settle(qtbot, window)
    text = (tmp_path / "milano.csv").read_text(encoding="utf-8-sig")
    assert text.count("Milano") == CONTACTS // 5
    assert window.statusBar().currentMessage() == f"{CONTACTS // 5} contacts exported to milano.csv."


def test_the_model_reads_on_a_worker_and_passes_qt_checks(
    qtbot: QtBot, qtmodeltester: ModelTester, filled_store: Store
) -> None:
    runner = JobRunner()
    model = ContactTableModel(filled_store, ("full_name", "tags", "age", "city"), page_size=7, runner=runner)
    qtmodeltester.check(model, force_py=True)  # and it keeps watching the changes below
    model.set_query(ContactListQuery(search="torino"))
    assert model.loading and model.rowCount() == CONTACTS  # still the old list
    qtbot.waitUntil(lambda: not model.loading)
    assert model.rowCount() == CONTACTS // 5
    model.set_columns(["city", "full_name"])
    assert model.index(0, 0).data() == "Torino"
    assert isinstance(model.index(0, 1).data(CONTACT_ID_ROLE), int)
    model.refresh()
    qtbot.waitUntil(lambda: not model.loading)
    runner.wait()


def test_a_newer_job_overtakes_an_older_one(qtbot: QtBot) -> None:
    runner = JobRunner()
    delivered: list[str] = []
    threads: list[str] = []

    def slow() -> str:
        threads.append(threading.current_thread().name)
        time.sleep(0.2)
        return "old search"

    runner.run("count", slow, delivered.append)
    runner.run("count", lambda: "new search", delivered.append)
    qtbot.waitUntil(lambda: not runner.is_busy())
    assert delivered == ["new search"]
    assert threads and threads[0] != threading.main_thread().name
    errors: list[BaseException] = []
    runner.run("fail", lambda: 1 / 0, delivered.append, errors.append)
    qtbot.waitUntil(lambda: not runner.is_busy())
    assert isinstance(errors[0], ZeroDivisionError)


def test_the_dark_theme_is_chosen_and_remembered(main_window: MainWindow, settings: QSettings) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = app.palette().color(QPalette.ColorRole.Window)
    main_window.dark_action.setChecked(True)
    try:
        assert app.palette().color(QPalette.ColorRole.Window).lightness() < 80
        assert settings.value("view/darkTheme", False, bool)
    finally:
        main_window.dark_action.setChecked(False)
    assert app.palette().color(QPalette.ColorRole.Window) == light
    assert not settings.value("view/darkTheme", True, bool)


def test_pyside_reference_losses_are_neutralised() -> None:
    import sys

    before = sys.getrefcount(None), sys.getrefcount(True)
    losses()
    after = sys.getrefcount(None), sys.getrefcount(True)
    assert (after[0] > 1 << 20 and after[1] > 1 << 20) or (before == after)


def test_enter_opens_the_current_contact(qtbot: QtBot, main_window: MainWindow) -> None:
    window = main_window
    window.show()
    qtbot.waitExposed(window)
    window.list_panel.select_row(2)
    table = window.list_panel.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    contact_id = window.model.contact_id(2)
    assert contact_id in window.contacts.editors
    assert window.contacts.editors[contact_id].isVisible()


def test_a_searchs_other_matches_are_read_in_the_background(
    qtbot: QtBot, filled_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("segdesk.ui.contact_table_model.READ_ALL_BELOW", 5)
    runner = JobRunner()
    model = ContactTableModel(filled_store, ("full_name", "city"), page_size=7, runner=runner)
    expected = [model.contact_id(row) for row in range(model.rowCount())]
    model.set_query(ContactListQuery(search="anna"))
    qtbot.waitUntil(lambda: not model.loading and not runner.is_busy())
    assert model.rowCount() == CONTACTS
    assert sorted(model._pages) == list(range(5))  # first page with the count, the rest after
    assert [model.contact_id(row) for row in range(CONTACTS)] == expected
    runner.wait()


def test_logging_a_contact_is_one_undo_step(qtbot: QtBot, main_window: MainWindow) -> None:
    from datetime import datetime

    from sqlalchemy import func, select

    from segdesk.store.models import Interaction
    from segdesk.ui.log_contact_dialog import LogRequest

    def interactions() -> int:
        with main_window.store.sessions() as session:
            return int(session.scalar(select(func.count()).select_from(Interaction)) or 0)

    request = LogRequest("call", datetime.now().replace(microsecond=0), "reached", "Wants a grinder", None)
    main_window.contacts.log_contact(1, request, "Anna00 Rossi")
    settle(qtbot, main_window)
    assert interactions() == 1
    assert main_window.undo_stack.undoText() == "Log Contact – Anna00 Rossi"
    main_window.undo_stack.undo()
    qtbot.waitUntil(lambda: interactions() == 0)
    settle(qtbot, main_window)
    main_window.undo_stack.redo()
    qtbot.waitUntil(lambda: interactions() == 1)
    settle(qtbot, main_window)
