"""The Follow-ups page: groups and counts from the services, actions, badge, notice, calendar export."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from segdesk.services.followups import count_due, followup_groups
from segdesk.store.database import Store
from segdesk.ui.followups_model import BUCKETS, FollowUpsModel
from segdesk.ui.followups_view import FollowUpsView, next_monday
from segdesk.ui.main_window import MainWindow
from segdesk.ui.sidebar import ALL_CONTACTS, FOLLOWUPS_DUE
from tests.ui.conftest import DUE, settle

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def _no_tray(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))


@pytest.fixture
def window(qtbot: QtBot, filled_store: Store, settings: QSettings) -> Iterator[MainWindow]:
    win = MainWindow(filled_store, settings=settings, save_state=False)
    qtbot.addWidget(win)
    settle(qtbot, win)
    win.sidebar.select_key(FOLLOWUPS_DUE)
    settle(qtbot, win)
    yield win
    win.close()


def view_of(window: MainWindow) -> FollowUpsView:
    return window.followups.view


def ids_in(view: FollowUpsView, bucket: str) -> list[int]:
    return [row.contact_id for row in view.model.loaded(bucket)]  # type: ignore[arg-type]


def select(view: FollowUpsView, contact_id: int) -> None:
    model = view.model
    for bucket in BUCKETS:
        group = model.group_index(bucket)
        for row in range(model.rowCount(group)):
            index = model.index(row, 0, group)
            if model.row_at(index).contact_id == contact_id:  # type: ignore[union-attr]
                view.tree.setCurrentIndex(index)
                return
    raise AssertionError(f"contact {contact_id} is not listed")


def badge(window: MainWindow) -> str:
    return window.sidebar.followups_due_text()


def test_the_model_passes_the_model_tester(qtmodeltester: object, filled_store: Store) -> None:
    model = FollowUpsModel()
    model.set_groups(followup_groups(filled_store, date.today()), date.today())
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 4


def test_groups_and_counts_match_the_service(window: MainWindow, filled_store: Store) -> None:
    view = view_of(window)
    assert window.followups.stack.currentWidget() is view
    today = date.today()
    groups = followup_groups(filled_store, today)
    for bucket in BUCKETS:
        assert ids_in(view, bucket) == [row.contact_id for row in groups.rows(bucket)]
        assert view.model.counts()[bucket] == groups.counts.of(bucket)
    overdue = view.model.loaded("overdue")
    assert [row.days_overdue for row in overdue] == sorted((r.days_overdue for r in overdue), reverse=True)
    title = view.model.group_index("overdue").data()
    assert title == f"Overdue ({groups.counts.overdue})"
    first = view.model.index(0, 4, view.model.group_index("overdue")).data()
    assert first  # last contact: when, how, the note
    assert badge(window) == str(count_due(filled_store, today).due) == str(DUE)


def test_back_to_all_contacts_shows_the_list(window: MainWindow) -> None:
    window.sidebar.select_key(ALL_CONTACTS)
    assert window.followups.stack.currentIndex() == 0


def test_snooze_moves_the_row_and_the_badge_and_undo_puts_it_back(
    qtbot: QtBot, window: MainWindow, filled_store: Store
) -> None:
    view = view_of(window)
    contact_id = ids_in(view, "overdue")[0]
    select(view, contact_id)
    until = next_monday(date.today()) + timedelta(days=7)
    assert view.snooze_selected(until)
    settle(qtbot, window)
    assert contact_id not in ids_in(view, "overdue")
    assert contact_id in ids_in(view, "later")
    assert badge(window) == str(DUE - 1)
    window.undo_stack.undo()
    settle(qtbot, window)
    assert contact_id in ids_in(view, "overdue")
    assert badge(window) == str(DUE)


def test_snooze_to_a_picked_date_asks_without_blocking(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = view_of(window)
    contact_id = ids_in(view, "overdue")[0]
    select(view, contact_id)
    monkeypatch.setattr(view, "ask_date", lambda: date.today() + timedelta(days=60))
    assert view.snooze_to_picked()
    settle(qtbot, window)
    assert contact_id in ids_in(view, "later")


def test_dismiss_removes_the_row_and_updates_the_badge(qtbot: QtBot, window: MainWindow) -> None:
    view = view_of(window)
    contact_id = ids_in(view, "today")[0]
    select(view, contact_id)
    assert view.dismiss_selected()
    settle(qtbot, window)
    assert all(contact_id not in ids_in(view, bucket) for bucket in BUCKETS)
    assert badge(window) == str(DUE - 1)
    window.undo_stack.undo()  # back to the computed due date (from the last contact): due again
    settle(qtbot, window)
    assert contact_id in ids_in(view, "overdue") + ids_in(view, "today")
    assert badge(window) == str(DUE)


def test_log_call_restarts_the_interval(qtbot: QtBot, window: MainWindow) -> None:
    view = view_of(window)
    contact_id = ids_in(view, "overdue")[0]
    select(view, contact_id)
    dialog = view.log_call()
    assert dialog is not None
    dialog.note_edit.setPlainText("Wants the new catalogue; call back, after Easter")
    dialog.try_save()
    settle(qtbot, window)
    assert contact_id not in ids_in(view, "overdue") and contact_id not in ids_in(view, "today")
    assert badge(window) == str(DUE - 1)


def test_export_writes_a_calendar(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    view = view_of(window)
    out = tmp_path / "follow-ups.ics"
    view.ask_ics_file = lambda: str(out)  # type: ignore[method-assign]
    assert view.export()
    settle(qtbot, window)
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    todos = [c for c in calendar.walk() if c.name in ("VTODO", "VEVENT")]
    assert len(todos) == sum(view.model.counts().values())


def test_the_banner_tells_the_count_when_there_is_no_tray(window: MainWindow) -> None:
    banner = window.followups.banner
    assert banner.isVisibleTo(window)
    assert f"{DUE} follow-ups due" in banner.label.text()
    banner.close_button.click()
    assert not banner.isVisibleTo(window)


def test_a_new_morning_refreshes_and_tells_again(qtbot: QtBot, window: MainWindow) -> None:
    notice = window.followups.notice
    window.followups.banner.hide()
    notice.check()  # same day: nothing
    assert not window.followups.banner.isVisibleTo(window)
    tomorrow = date.today() + timedelta(days=1)
    notice.today = lambda: tomorrow
    with qtbot.waitSignal(notice.counted, timeout=5000) as blocker:
        notice.timer.timeout.emit()
    settle(qtbot, window)
    counts = blocker.args[0]
    assert window.followups.banner.isVisibleTo(window)
    assert badge(window) == str(counts.due)
