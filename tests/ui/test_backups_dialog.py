"""File ▸ Backups…: list, back up now, restore into the open window (and undo it), a server's note."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from segdesk.services.backups import BackupInfo
from segdesk.store.database import Store, open_store
from segdesk.ui.backups_dialog import BackupsDialog, format_moment
from tests.ui.conftest import CONTACTS, settle

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise")


def _open(window: Any) -> BackupsDialog:
    window.backups_action.trigger()
    dialog = window.findChild(BackupsDialog, "backupsDialog")
    assert isinstance(dialog, BackupsDialog)
    return dialog


def _rows(dialog: BackupsDialog) -> list[tuple[str, str, str]]:
    tree = dialog.tree
    return [tuple(tree.topLevelItem(i).text(c) for c in range(3)) for i in range(tree.topLevelItemCount())]  # type: ignore[misc]


def test_back_up_now_lists_the_backup_with_when_why_and_size(main_window: Any) -> None:
    assert main_window.backups_action in main_window.file_menu.actions()
    dialog = _open(main_window)
    assert dialog.empty_label.isVisibleTo(dialog) and not dialog.restore_button.isEnabled()
    made = dialog.back_up_now()
    assert made is not None and made.exists()
    ((when, why, size),) = _rows(dialog)
    assert why == "Made by hand" and size and when == format_moment(dialog.listing.backups[0].taken_at)
    assert dialog.restore_button.isEnabled() and dialog.folder_button.isEnabled()
    assert "contacts.sqlite3" in dialog.intro.text()
    assert _open(main_window) is dialog  # one dialog per window


def _delete_everyone(store: Store) -> None:
    with store.transaction() as session:
        session.execute(text("DELETE FROM contacts"))


def test_a_restore_replaces_the_window_s_database_and_can_be_undone(
    qtbot: QtBot, main_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open(main_window)
    dialog.back_up_now()
    _delete_everyone(main_window.store)
    main_window.refresh()
    settle(qtbot, main_window)
    assert main_window.model.rowCount() == 0
    asked: list[BackupInfo] = []
    monkeypatch.setattr(dialog, "confirm_restore", lambda info: asked.append(info) or True)

    result = dialog.restore_selected()
    settle(qtbot, main_window)
    assert result is not None and asked[0].reason == "manual"
    assert main_window.model.rowCount() == CONTACTS
    assert main_window.store.lock is not None  # opened again as the app opens databases
    assert [why for _when, why, _size in _rows(dialog)] == ["Before restoring a backup", "Made by hand"]
    assert dialog.selected() is not None and dialog.selected().path == result.saved_current  # type: ignore[union-attr]
    assert "Restored the backup of" in main_window.statusBar().currentMessage()

    dialog.restore_selected()  # undo the restore: back to the empty list
    settle(qtbot, main_window)
    assert main_window.model.rowCount() == 0


def test_a_damaged_backup_is_refused_and_the_window_keeps_working(
    qtbot: QtBot, main_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open(main_window)
    made = dialog.back_up_now()
    assert made is not None
    made.write_bytes(b"not a database" * 100)
    errors: list[str] = []
    monkeypatch.setattr(dialog, "confirm_restore", lambda _info: True)
    monkeypatch.setattr(dialog, "show_error", lambda _title, message: errors.append(message))
    assert dialog.restore_selected() is None
    settle(qtbot, main_window)
    assert errors and "damaged" in errors[0] and "nothing was restored" in errors[0]
    assert main_window.model.rowCount() == CONTACTS
    assert [why for _when, why, _size in _rows(dialog)] == ["Made by hand"]  # no "before restore" left


def test_show_folder_opens_the_backup_folder(main_window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = _open(main_window)
    assert not dialog.folder_button.isEnabled()  # no backup yet, no folder
    dialog.back_up_now()
    assert dialog.show_folder()
    assert Path(opened[0].toLocalFile()) == dialog.listing.folder


class _Host(QWidget):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store


def test_a_server_database_gets_an_explanation_and_nothing_destructive(
    qtbot: QtBot, postgres_url: str
) -> None:
    store = open_store(postgres_url)
    host = _Host(store)
    qtbot.addWidget(host)
    dialog = BackupsDialog(host)  # type: ignore[arg-type]
    dialog.show()
    assert "pg_dump" in dialog.intro.text()
    for hidden in (dialog.tree, dialog.backup_button, dialog.restore_button, dialog.folder_button):
        assert not hidden.isVisible()
    dialog.close()
    store.close()
