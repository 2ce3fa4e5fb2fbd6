"""The first start: the welcome page's three choices, shown once, never in a smoke test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from segdesk.services import preferences as prefs
from segdesk.store.database import Store, open_store
from segdesk.store.models import Contact
from segdesk.ui.main_window import MainWindow
from segdesk.ui.welcome import DEMO_CONTACTS, WelcomeDialog, show_welcome_if_due
from tests.ui.conftest import fill, settle

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise")


@pytest.fixture
def empty_store(tmp_path: Path) -> Iterator[Store]:
    store = open_store(tmp_path / "new.sqlite3")
    yield store
    store.close()


@pytest.fixture
def empty_window(qtbot: QtBot, empty_store: Store, settings: QSettings) -> Iterator[MainWindow]:
    window = MainWindow(empty_store, settings=settings)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, window)
    yield window
    window.close()


def _contacts(store: Store) -> int:
    with store.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(Contact)) or 0)


def _welcome(qtbot: QtBot, window: MainWindow) -> WelcomeDialog:
    dialog = show_welcome_if_due(window)
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.modal_wizard = False
    return dialog


def test_the_page_shows_where_the_data_is_and_how_backups_work(
    qtbot: QtBot, empty_window: MainWindow, empty_store: Store
) -> None:
    dialog = _welcome(qtbot, empty_window)
    assert dialog.isVisible()
    assert str(empty_store.sqlite_path) in dialog.database_label.text()
    backups = dialog.backups_label.text()
    assert str(empty_store.backup_dir) in backups
    assert "newest 10 are kept" in backups and "File ▸ Backups…" in backups
    for button in (dialog.demo_button, dialog.import_button, dialog.empty_button):
        assert button.isVisible() and button.isEnabled()


def test_demo_data_fills_the_database_off_the_gui_thread(
    qtbot: QtBot, empty_window: MainWindow, empty_store: Store
) -> None:
    dialog = _welcome(qtbot, empty_window)
    progress: list[tuple[int, int]] = []
    dialog._progress.progressed.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(dialog.finishedChoice, timeout=30000) as blocker:
        dialog.demo_button.click()
        assert dialog.progress.isVisible() and not dialog.empty_button.isEnabled()
    assert blocker.args == ["demo"]
    assert _contacts(empty_store) == DEMO_CONTACTS
    assert progress and progress[-1] == (DEMO_CONTACTS, DEMO_CONTACTS)
    assert not dialog.isVisible()
    settle(qtbot, empty_window)
    qtbot.waitUntil(lambda: empty_window.model.count() == DEMO_CONTACTS, timeout=10000)
    assert prefs.preferences_path().exists()
    assert show_welcome_if_due(empty_window) is None


def test_import_opens_the_wizard(qtbot: QtBot, empty_window: MainWindow) -> None:
    dialog = _welcome(qtbot, empty_window)
    dialog.import_button.click()
    assert dialog.choice == "import" and not dialog.isVisible()
    qtbot.waitUntil(lambda: empty_window.imports.wizard is not None, timeout=5000)
    wizard = empty_window.imports.wizard
    assert wizard is not None and wizard.isVisible()
    wizard.close()
    assert prefs.preferences_path().exists()


def test_start_empty_leaves_the_empty_window(
    qtbot: QtBot, empty_window: MainWindow, empty_store: Store
) -> None:
    dialog = _welcome(qtbot, empty_window)
    dialog.empty_button.click()
    assert dialog.choice == "empty" and not dialog.isVisible()
    assert _contacts(empty_store) == 0
    assert empty_window.isVisible() and empty_window.model.count() == 0
    assert empty_window.imports.wizard is None


def test_shown_only_once(qtbot: QtBot, empty_window: MainWindow) -> None:
    first = _welcome(qtbot, empty_window)
    first.reject()  # closed without choosing: asked again next time
    second = _welcome(qtbot, empty_window)
    second.empty_button.click()
    assert show_welcome_if_due(empty_window) is None


def test_not_shown_when_the_database_has_contacts(qtbot: QtBot, empty_window: MainWindow) -> None:
    fill(empty_window.store, 3)
    assert show_welcome_if_due(empty_window) is None
    assert not prefs.preferences_path().exists()


def test_changing_the_database_from_the_page(
    qtbot: QtBot, empty_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _welcome(qtbot, empty_window)
    elsewhere = tmp_path / "shop" / "contacts.sqlite3"
    monkeypatch.setattr(
        "segdesk.ui.welcome.QFileDialog.getSaveFileName", lambda *_a, **_k: (str(elsewhere), "")
    )
    dialog.change_button.click()
    assert empty_window.store.sqlite_path == elsewhere
    assert str(elsewhere) in dialog.database_label.text()
    assert prefs.load_preferences().preferences.database == str(elsewhere)
    assert dialog.isVisible()  # still to choose how to start


def test_a_bad_location_is_refused(
    qtbot: QtBot, empty_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _welcome(qtbot, empty_window)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_a: said.append(text))
    before = empty_window.store
    assert not dialog.use_database(str(tmp_path))  # a folder
    assert said and "is a folder" in said[0]
    assert empty_window.store is before
    assert not prefs.preferences_path().exists()


def test_the_smoke_test_never_shows_the_page(
    qtbot: QtBot, empty_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from segdesk.ui import run_gui, welcome

    def refuse(_window: MainWindow) -> None:
        raise AssertionError("the welcome page was shown in a smoke test")

    monkeypatch.setattr(welcome, "show_welcome_if_due", refuse)
    assert run_gui(empty_store, smoke_test=True) == 0
