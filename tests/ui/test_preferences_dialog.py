"""Edit ▸ Preferences…: values saved and read back, bad values refused, switching databases."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QMessageBox
from pytestqt.qtbot import QtBot

from segdesk.domain.cadence import Cadence
from segdesk.services import preferences as prefs
from segdesk.services.reports import ReportScope
from segdesk.services.selection import Selection
from segdesk.store.database import Store
from segdesk.ui.import_wizard import ImportWizard
from segdesk.ui.main_window import MainWindow
from segdesk.ui.preferences_dialog import PreferencesDialog
from segdesk.ui.report_dialog import ReportDialog, ScopeChoice

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise")
TODAY = date.today()


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    for kind in ("warning", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda _parent, _title, text, *_a: said.append(text))
    return said


@pytest.fixture
def dialog(qtbot: QtBot, main_window: MainWindow) -> Iterator[PreferencesDialog]:
    opened = main_window.preferences.open_dialog(modal=False)
    qtbot.addWidget(opened)
    yield opened
    opened.close()


def _pick(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_the_menu_entry(main_window: MainWindow) -> None:
    action = main_window.preferences.action
    assert isinstance(action, QAction)
    assert action in main_window.edit_menu.actions()
    assert action.menuRole() == QAction.MenuRole.PreferencesRole
    assert action.shortcut() == QKeySequence("Ctrl+,")


def test_the_dialog_shows_the_current_values(dialog: PreferencesDialog, filled_store: Store) -> None:
    titles = [dialog.sections.item(i).text() for i in range(dialog.sections.count())]
    assert titles == ["General", "Follow-ups", "Segments", "Printing", "Contacts", "Database"]
    assert dialog.language_combo.currentData() is None
    assert dialog.language_combo.itemText(2) == "Italiano"
    assert (dialog.cadence_amount.value(), dialog.cadence_unit.currentData()) == (90, "days")
    assert dialog.threshold_spin.value() == 10
    assert dialog.preset_combo.currentData() == "L7160"
    assert dialog.country_combo.currentData() is None
    assert dialog.database_page.file_radio.isChecked()
    assert dialog.database_page.location() == str(filled_store.sqlite_path)


def test_values_are_saved_and_read_back(
    qtbot: QtBot,
    dialog: PreferencesDialog,
    main_window: MainWindow,
    filled_store: Store,
    tmp_path: Path,
    messages: list[str],
) -> None:
    _pick(dialog.language_combo, "pl")
    dialog.cadence_amount.setValue(3)
    _pick(dialog.cadence_unit, "months")
    dialog.threshold_spin.setValue(25)
    _pick(dialog.preset_combo, "5160")
    _pick(dialog.country_combo, "IT")
    dialog.database_page.backup_edit.setText(str(tmp_path / "copies"))
    dialog.database_page.keep_spin.setValue(4)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert not dialog.isVisible()
    assert messages == ["segdesk will use the new language the next time it starts."]

    computer = prefs.load_preferences().preferences
    assert computer == prefs.ComputerPreferences("pl", None, str(tmp_path / "copies"), 4)
    shared = prefs.database_preferences(filled_store)
    assert shared == prefs.DatabasePreferences(Cadence(3, "months"), 25, "IT", "5160")
    assert filled_store.backup_dir == tmp_path / "copies"  # honoured at once
    assert filled_store.backup_keep == 4

    again = main_window.preferences.open_dialog(modal=False)
    qtbot.addWidget(again)
    assert again.language_combo.currentData() == "pl"
    assert (again.cadence_amount.value(), again.cadence_unit.currentData()) == (3, "months")
    assert again.threshold_spin.value() == 25
    assert again.preset_combo.currentData() == "5160"
    assert again.country_combo.currentData() == "IT"
    assert again.database_page.backup_edit.text() == str(tmp_path / "copies")
    assert again.database_page.keep_spin.value() == 4
    again.close()


def test_a_bad_value_is_refused_and_nothing_changes(
    dialog: PreferencesDialog, filled_store: Store, messages: list[str]
) -> None:
    dialog.threshold_spin.setValue(99)
    dialog.database_page.backup_edit.setText("relative/folder")
    dialog.accept()
    assert dialog.isVisible()
    assert len(messages) == 1 and "must be a full path" in messages[0]
    assert not prefs.preferences_path().exists()
    assert prefs.database_preferences(filled_store) == prefs.DatabasePreferences()


def test_an_unusable_database_location_is_refused(
    dialog: PreferencesDialog, main_window: MainWindow, filled_store: Store, messages: list[str]
) -> None:
    dialog.database_page.server_radio.setChecked(True)
    dialog.database_page.server_edit.setText("mysql://server/shop")
    dialog.threshold_spin.setValue(5)
    dialog.accept()
    assert dialog.isVisible()
    assert len(messages) == 1 and "not a database segdesk can use" in messages[0]
    assert main_window.store is filled_store
    assert prefs.database_preferences(filled_store).small_segment_threshold == 10


def test_switching_to_another_database_reopens_the_window(
    dialog: PreferencesDialog, main_window: MainWindow, tmp_path: Path, messages: list[str]
) -> None:
    other = tmp_path / "branch" / "other.sqlite3"
    dialog.database_page.file_edit.setText(str(other))
    dialog.accept()
    assert not dialog.isVisible()
    assert main_window.store.sqlite_path == other
    assert prefs.load_preferences().preferences.database == str(other)
    assert prefs.database_location() == str(other)  # the next start, window and command line
    assert messages == []


def test_a_database_that_cannot_be_opened_changes_nothing(
    dialog: PreferencesDialog,
    main_window: MainWindow,
    filled_store: Store,
    tmp_path: Path,
    messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(main_window, "open_database", lambda _location: False)  # e.g. in use elsewhere
    dialog.database_page.file_edit.setText(str(tmp_path / "locked.sqlite3"))
    dialog.accept()
    assert dialog.isVisible()
    assert main_window.store is filled_store
    assert prefs.load_preferences().preferences.database is None


def test_test_connection(
    qtbot: QtBot, dialog: PreferencesDialog, postgres_url: str, messages: list[str]
) -> None:
    page = dialog.database_page
    page.server_radio.setChecked(True)
    assert page.test_button.isEnabled() and not page.browse_file.isEnabled()
    page.server_edit.setText(postgres_url)
    page.test_button.click()
    assert page.test_result.text().startswith("✓ Connected to")
    page.server_edit.setText("postgresql+psycopg://segdesk@127.0.0.1:1/nothing")
    page.test_button.click()
    assert page.test_result.text().startswith("✗ ")


def test_switching_to_a_server(
    dialog: PreferencesDialog, main_window: MainWindow, postgres_url: str, messages: list[str]
) -> None:
    dialog.database_page.server_radio.setChecked(True)
    dialog.database_page.server_edit.setText(postgres_url)
    dialog.accept()
    assert not dialog.isVisible(), messages
    assert main_window.store.sqlite_path is None
    assert prefs.load_preferences().preferences.database == postgres_url


def test_the_phone_country_serves_the_editor_and_the_import(
    qtbot: QtBot, main_window: MainWindow, filled_store: Store
) -> None:
    prefs.save_database_preferences(filled_store, prefs.DatabasePreferences(phone_country="IT"), today=TODAY)
    editor = main_window.contacts.new_contact()  # the window owns and closes it
    phone = editor.inputs["phone"]
    phone.input.setText("02 1234 5678")  # type: ignore[attr-defined]
    phone.input.textEdited.emit("02 1234 5678")  # type: ignore[attr-defined]
    assert phone.problem is None
    assert phone.value() == "+390212345678"
    editor.close()
    wizard = ImportWizard(filled_store)
    qtbot.addWidget(wizard)
    assert wizard.country == "IT"
    assert wizard.import_options().country == "IT"


def test_the_label_preset_is_the_report_dialogs_default(qtbot: QtBot, filled_store: Store) -> None:
    prefs.save_database_preferences(filled_store, prefs.DatabasePreferences(label_preset="5163"), today=TODAY)
    scopes = [ScopeChoice("all", "All", lambda: ReportScope(selection=Selection(everyone=True)))]
    report = ReportDialog(filled_store, scopes)
    qtbot.addWidget(report)
    assert report.labels.sheet_combo.currentData() == "5163"
    report.runner.wait()
    report.done(0)
