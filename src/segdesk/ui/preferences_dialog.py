"""Edit ▸ Preferences…: this computer's settings and the open database's, in one dialog.

Sections on the left, one page each: General (language, which team member you are), Follow-ups (default
interval), Segments (small-segment threshold), Printing (label sheet), Contacts
(country of phone numbers), Database (where it is, backups). OK checks everything
first: a bad value gets one message and nothing is saved. The database's values are
written in one transaction; a new database location reopens the window on it.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

import phonenumbers
from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from segdesk.services.actor import actor_for, login_name
from segdesk.services.contact_form import countries
from segdesk.services.errors import OperationFailed, UserError
from segdesk.services.followups import parse_cadence_text
from segdesk.services.preferences import (
    LANGUAGES,
    ComputerPreferences,
    DatabasePreferences,
    LoadedPreferences,
    backup_folder_for,
    check_computer_preferences,
    check_connection,
    check_database_preferences,
    database_key,
    database_preferences,
    load_preferences,
    save_database_preferences,
    save_preferences,
    saved_member,
    with_member,
)
from segdesk.services.reports import PRESETS
from segdesk.services.rule_editing import team_members
from segdesk.ui.icons import icon
from segdesk.ui.preferences_pages import DatabasePage, cadence_parts, form_page, label_sheet_text, spin
from segdesk.ui.translation import resolve_language

if TYPE_CHECKING:
    from segdesk.ui.main_window import MainWindow

__all__ = ["PreferencesActions", "PreferencesDialog"]

NATIVE_NAMES = {
    "en": "English",
    "it": "Italiano",
    "fr": "Français",
    "pl": "Polski",
    "de": "Deutsch",
    "es": "Español",
}


class PreferencesDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.window_ = window
        self.loaded: LoadedPreferences = load_preferences()
        computer = self.loaded.preferences
        shared = database_preferences(window.store)
        self.initial_database = self._location_of_store()

        self.sections = QListWidget()
        self.sections.setObjectName("preferenceSections")
        self.sections.setFixedWidth(170)
        self.sections.setSpacing(2)
        self.sections.setIconSize(QSize(20, 20))
        self.pages = QStackedWidget()
        self.sections.currentRowChanged.connect(self.pages.setCurrentIndex)

        this_computer = self.tr("Saved on this computer, for you.")
        this_database = self.tr(
            "Saved in the database %1: everyone who uses it shares this setting."
        ).replace(
            "%1", window.store.sqlite_path.name if window.store.sqlite_path else window.store.display_name
        )

        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        system = NATIVE_NAMES.get(resolve_language(QLocale.system().name()), "English")
        self.language_combo.addItem(self.tr("System default (%1)").replace("%1", system), None)
        for code in LANGUAGES:
            self.language_combo.addItem(NATIVE_NAMES[code], code)
        self._select(self.language_combo, computer.language)
        self.me_key = database_key(window.store)
        self.me_combo = QComboBox()
        self.me_combo.setObjectName("meCombo")
        self.me_combo.addItem(
            self.tr("(not set — use this computer's login: %1)").replace("%1", login_name()), None
        )
        members = team_members(window.store)
        for name in members:
            self.me_combo.addItem(name, name)
        self._select(self.me_combo, saved_member(computer, self.me_key))
        self.me_combo.setEnabled(bool(members))
        self._add_page(
            self.tr("General"),
            form_page(
                self.tr("General"),
                this_computer,
                [(self.tr("&Language:"), self.language_combo), (self.tr("&You are:"), self.me_combo)],
                self.tr(
                    "“You are” belongs to this database: the changes you make are recorded under "
                    "that team member's name in each contact's history, and the Owner filter of "
                    "the follow-ups starts with that member."
                ),
                hints={0: self.tr("segdesk uses a new language from the next time it starts.")},
            ),
            "preferences",
        )

        amount, unit = cadence_parts(shared.default_cadence)
        self.cadence_amount = spin(1, 3660, amount, "cadenceAmount")
        self.cadence_unit = QComboBox()
        self.cadence_unit.setObjectName("cadenceUnit")
        for key, text in (
            ("days", self.tr("days")),
            ("weeks", self.tr("weeks")),
            ("months", self.tr("months")),
        ):
            self.cadence_unit.addItem(text, key)
        self._select(self.cadence_unit, unit)
        cadence = QWidget()
        row = QHBoxLayout(cadence)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.cadence_amount)
        row.addWidget(self.cadence_unit)
        row.addStretch(1)
        self._add_page(
            self.tr("Follow-ups"),
            form_page(
                self.tr("Follow-ups"),
                this_database,
                [(self.tr("&Call again after:"), cadence)],
                self.tr(
                    "A contact is due for a follow-up this long after the last call, visit or email, "
                    "unless the contact or one of its segments has its own interval. Changing it "
                    "recomputes every due date."
                ),
            ),
            "followups",
        )

        self.threshold_spin = spin(0, 1_000_000, shared.small_segment_threshold, "thresholdSpin")
        self.threshold_spin.setSuffix(self.tr(" contacts"))
        self._add_page(
            self.tr("Segments"),
            form_page(
                self.tr("Segments"),
                this_database,
                [(self.tr("&Warn below:"), self.threshold_spin)],
                self.tr(
                    "A segment with fewer contacts than this gets a warning: figures about so few "
                    "people are unreliable and may single them out. 0 turns the warning off."
                ),
            ),
            "segments",
        )

        self.preset_combo = QComboBox()
        self.preset_combo.setObjectName("presetCombo")
        for name, sheet in PRESETS.items():
            self.preset_combo.addItem(label_sheet_text(sheet), name)
        self._select(self.preset_combo, shared.label_preset)
        self._add_page(
            self.tr("Printing"),
            form_page(
                self.tr("Printing"),
                this_database,
                [(self.tr("Label &sheet:"), self.preset_combo)],
                self.tr("Mailing labels start with this sheet; File ▸ Print… can choose another each time."),
            ),
            "print",
        )

        self.country_combo = QComboBox()
        self.country_combo.setObjectName("phoneCountryCombo")
        self.country_combo.addItem(self.tr("None: numbers must start with +"), None)
        for code, name in countries(resolve_language(QLocale().name())):
            calling = _calling_code(code)
            self.country_combo.addItem(f"{name} (+{calling})" if calling else name, code)
        self._select(self.country_combo, shared.phone_country)
        self._add_page(
            self.tr("Contacts"),
            form_page(
                self.tr("Contacts"),
                this_database,
                [(self.tr("&Phone numbers from:"), self.country_combo)],
                self.tr(
                    "A number typed without + is read as this country's, in the contact editor and "
                    "when importing, unless the contact has a country of its own."
                ),
            ),
            "contacts",
        )

        self.database_page = DatabasePage(
            self.initial_database,
            computer,
            backup_folder_for(window.store.sqlite_path) if window.store.sqlite_path else None,
            overridden=bool(os.environ.get("SEGDESK_DB")),
        )
        self.database_page.testRequested.connect(self.test_connection)
        self._add_page(self.tr("Database"), self.database_page, "database")

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        body = QHBoxLayout()
        body.addWidget(self.sections)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.sections.setCurrentRow(0)
        self.resize(820, 520)

    # -- building ---------------------------------------------------------------------------

    def _add_page(self, title: str, page: QWidget, icon_name: str) -> None:
        item = QListWidgetItem(icon(icon_name), title)
        item.setSizeHint(QSize(0, self.sections.fontMetrics().height() * 2 + 4))
        self.sections.addItem(item)
        self.pages.addWidget(page)

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(0, index))

    def _location_of_store(self) -> str:
        store = self.window_.store
        path = store.sqlite_path
        return str(path) if path else store.url.render_as_string(hide_password=False)

    def show_section(self, title: str) -> None:
        for row in range(self.sections.count()):
            if self.sections.item(row).text() == title:
                self.sections.setCurrentRow(row)

    # -- values -----------------------------------------------------------------------------

    def computer_preferences(self) -> ComputerPreferences:
        page = self.database_page
        location = page.location()
        database = self.loaded.preferences.database if location == self.initial_database else location
        chosen = ComputerPreferences(
            language=self.language_combo.currentData(),
            database=database,
            backup_folder=page.backup_edit.text().strip() or None,
            backups_to_keep=page.keep_spin.value(),
            me=self.loaded.preferences.me,  # the other databases' keep theirs
        )
        return with_member(chosen, self.me_key, self.me_combo.currentData())

    def database_values(self) -> DatabasePreferences:
        amount, unit = self.cadence_amount.value(), str(self.cadence_unit.currentData())
        cadence = parse_cadence_text(f"{amount} {unit}")  # UserError beyond the domain's limits
        return DatabasePreferences(
            cadence,
            self.threshold_spin.value(),
            self.country_combo.currentData(),
            self.preset_combo.currentData(),
        )

    def test_connection(self) -> None:
        location = self.database_page.location()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            name = check_connection(location)
        except UserError as exc:
            self.database_page.show_test_result(False, str(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.database_page.show_test_result(True, self.tr("Connected to %1.").replace("%1", name))

    def apply(self) -> bool:
        """Check every value, then save; False (with one message, nothing changed) if one is wrong."""
        previous = self.loaded.preferences
        location = self.database_page.location()
        switching = location != self.initial_database
        try:
            computer = check_computer_preferences(self.computer_preferences())
            shared = check_database_preferences(self.database_values())
            if switching:
                QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
                try:
                    check_connection(location)
                finally:
                    QApplication.restoreOverrideCursor()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Preferences"), str(exc))
            return False
        store = self.window_.store
        try:
            save_database_preferences(store, shared, today=date.today())
            save_preferences(computer)
        except (UserError, OperationFailed) as exc:
            QMessageBox.warning(self, self.tr("Preferences"), str(exc))
            return False
        if store.sqlite_path is not None:  # backups follow the new folder and count at once
            store.backup_dir = backup_folder_for(store.sqlite_path, computer)
            store.backup_keep = computer.backups_to_keep
        self.loaded = replace(self.loaded, preferences=computer, exists=True)
        self.window_.contacts.command_context.actor = actor_for(store, computer)
        self.window_.followups.view.follow_me()
        if switching and not self.window_.open_database(computer.database or location):
            with contextlib.suppress(UserError, OperationFailed):
                save_preferences(previous)  # the window stays on the old database, and so does the file
            return False
        if not switching:
            self.window_.refresh()  # due dates and warnings may have moved
        if (computer.language or None) != (previous.language or None):
            QMessageBox.information(
                self,
                self.tr("Preferences"),
                self.tr("segdesk will use the new language the next time it starts."),
            )
        return True

    def accept(self) -> None:
        if self.apply():
            super().accept()


def _calling_code(region: str) -> int:
    return int(phonenumbers.country_code_for_region(region))


class PreferencesActions:
    """Edit ▸ Preferences… (Ctrl+,; in the application menu on macOS)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.action = QAction(QCoreApplication.translate("PreferencesActions", "&Preferences…"), window)
        self.action.setObjectName("preferencesAction")
        self.action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.action.setShortcut(QKeySequence("Ctrl+,"))
        self.action.setIcon(icon("preferences"))
        self.action.triggered.connect(lambda: self.open_dialog())
        window.edit_menu.addSeparator()
        window.edit_menu.addAction(self.action)
        self.dialog: PreferencesDialog | None = None

    def open_dialog(self, *, modal: bool = True) -> PreferencesDialog:
        dialog = PreferencesDialog(self.window)
        self.dialog = dialog
        if modal:
            dialog.exec()
            dialog.deleteLater()
        else:
            dialog.show()
        return dialog
