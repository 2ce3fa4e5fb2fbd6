"""Undo of a bulk change leaves a contact changed since as it is, and the status bar says so."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from segdesk.services import contacts
from segdesk.ui.main_window import MainWindow
from tests.ui.conftest import settle
from tests.ui.test_list_actions import _select_rows

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise")

KEPT = "changed since then were left as they are"


def _stages(window: MainWindow, ids: list[int]) -> list[object]:
    return [contacts.get_contact(window.store, i, date.today()).values["stage"] for i in ids]


def test_undo_keeps_a_later_edit_and_says_so(qtbot: QtBot, main_window: MainWindow) -> None:
    window = main_window
    ids = _select_rows(window, 0, 2)
    before = _stages(window, ids)
    assert window.contacts.set_stage("ambassador")
    settle(qtbot, window)
    assert _stages(window, ids) == ["ambassador"] * 3
    # Someone else (another window, a team member) saves the middle contact's stage meanwhile.
    version = contacts.get_contact(window.store, ids[1], date.today()).version
    contacts.update_contact(
        window.store,
        ids[1],
        {"stage": "lapsed"},
        expected_version=version,
        actor="marek",
        today=date.today(),
    )

    window.undo_stack.undo()
    settle(qtbot, window)

    assert _stages(window, ids) == [before[0], "lapsed", before[2]]
    message = window.statusBar().currentMessage()
    assert KEPT in message and message.startswith("1 ")
    window.statusBar().clearMessage()
    window.undo_stack.redo()  # asked for again: all three, the one changed since too
    settle(qtbot, window)
    assert _stages(window, ids) == ["ambassador"] * 3
    window.undo_stack.undo()
    settle(qtbot, window)
    assert _stages(window, ids) == [before[0], "lapsed", before[2]]
    assert KEPT not in window.statusBar().currentMessage()
