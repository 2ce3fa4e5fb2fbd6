"""The main window: sidebar, contact list and details pane, with menus and a status bar.

It only composes the panes and wires them to the services; each pane lives in
its own module. Window geometry and splitter positions are kept in QSettings
(organisation and application "segdesk"); nothing about the data is.
"""

from __future__ import annotations

import html
import platform
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QSize, Qt, qVersion
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPalette, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from segdesk import __version__
from segdesk.domain.fields import Catalogue
from segdesk.services.actor import actor_for
from segdesk.services.catalogue import load_catalogue
from segdesk.services.contact_list import DEFAULT_COLUMNS, list_columns
from segdesk.services.databases import Store, StoreError, open_database
from segdesk.services.overview import Sidebar, contact_details, currency, sidebar
from segdesk.services.segments import list_segments, snapshot_if_due
from segdesk.ui.backups_dialog import open_backups_dialog
from segdesk.ui.column_chooser import column_menu
from segdesk.ui.contact_actions import ContactActions
from segdesk.ui.contact_list_panel import ContactListPanel
from segdesk.ui.contact_table_model import ContactTableModel
from segdesk.ui.details_pane import DetailsPane
from segdesk.ui.followups_page import install_followups
from segdesk.ui.formatting import CURRENCY_SYMBOLS
from segdesk.ui.icons import icon
from segdesk.ui.import_wizard import ImportActions
from segdesk.ui.preferences_dialog import PreferencesActions
from segdesk.ui.report_actions import ReportActions
from segdesk.ui.rule_editor.launcher import SegmentMenu
from segdesk.ui.sidebar import FOLLOWUPS_DUE, NavigationSidebar
from segdesk.ui.theme import SETTING as DARK_THEME_SETTING
from segdesk.ui.theme import apply_theme, wants_dark
from segdesk.ui.workers import JobRunner

__all__ = ["MainWindow", "app_settings"]

SETTINGS_VERSION = 1  # bump when the saved layout no longer fits the window


def app_settings() -> QSettings:
    return QSettings("segdesk", "segdesk")


class MainWindow(QMainWindow):
    def __init__(self, store: Store, *, settings: QSettings | None = None, save_state: bool = True) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.store = store
        self._owned_store: Store | None = None  # a database opened from this window, closed by it
        self._settings = settings if settings is not None else app_settings()
        self._save_state = save_state
        self.undo_stack = QUndoStack(self)
        self.reader = JobRunner(self)  # counts, searches, exports: off the GUI thread, latest wins
        self.writer = JobRunner(self, serial=True)  # bulk actions and their undo/redo, in order

        catalogue = load_catalogue(store)
        money = currency(store)
        self._currency = money
        self.model = ContactTableModel(
            store,
            self._saved_columns(catalogue),
            catalogue=catalogue,
            currency=money,
            runner=self.reader,
            parent=self,
        )
        self.sidebar = NavigationSidebar()
        self.list_panel = ContactListPanel(self.model)
        self.details = DetailsPane(catalogue)
        self.details.set_currency(money)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self._padded(self.list_panel))
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([210, 900, 290])
        self.setCentralWidget(self.splitter)

        self.contacts = ContactActions(self)  # editors, logging, bulk actions, delete, export
        self._build_actions()
        self._build_menus()
        self.segment_menu = SegmentMenu(self)  # Segments menu, double-click a segment: the rule editor
        self.imports = ImportActions(self)  # File ▸ Import Contacts… (Ctrl+I), Import History…
        self.reports = ReportActions(self)  # File ▸ Print… (Ctrl+P): the report dialog
        self.preferences = PreferencesActions(self)  # Edit ▸ Preferences… (Ctrl+,)
        self._build_toolbar()
        self._build_status_bar()

        self.sidebar.viewChosen.connect(self._on_view_chosen)
        self.list_panel.currentContactChanged.connect(self._show_contact)
        self.list_panel.currentContactChanged.connect(self.contacts.update_enabled)
        self.list_panel.columnsChosen.connect(self.set_columns)
        self.details.editRequested.connect(self.contacts.edit_contact)
        self.details.logRequested.connect(lambda _contact_id: self.contacts.log_current())
        self.model.countChanged.connect(self._update_count)
        self.model.loadingChanged.connect(self._show_loading)
        self.model.loadFailed.connect(self.contacts.report_error)
        self.reader.jobFailed.connect(lambda _key, error: self.contacts.report_error(error))
        self.writer.busyChanged.connect(self._show_loading)
        self.followups = install_followups(self)  # the Follow-ups page, its badge and the morning notice

        self.resize(1400, 860)
        self._restore_state()
        self._show_store()

    @staticmethod
    def _padded(widget: QWidget) -> QWidget:
        host = QWidget()
        layout = QVBoxLayout(host)
        layout.setContentsMargins(6, 8, 6, 0)
        layout.addWidget(widget)
        return host

    # -- actions and menus ------------------------------------------------------------

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        slot: Any = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.open_action = self._action(
            QCoreApplication.translate("MainWindow", "&Open Database…"), QKeySequence.StandardKey.Open
        )
        self.open_action.triggered.connect(self.choose_database)
        self.quit_action = self._action(
            QCoreApplication.translate("MainWindow", "&Quit"), "Ctrl+Q", self.close
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo_action = self.undo_stack.createUndoAction(
            self, QCoreApplication.translate("MainWindow", "&Undo")
        )
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_stack.createRedoAction(
            self, QCoreApplication.translate("MainWindow", "&Redo")
        )
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Shift+Z") not in redo_keys:  # what most people press, whatever the platform
            redo_keys.append(QKeySequence("Ctrl+Shift+Z"))
        self.redo_action.setShortcuts(redo_keys)
        self.find_action = self._action(
            QCoreApplication.translate("MainWindow", "&Find Contacts"),
            QKeySequence.StandardKey.Find,
            self.list_panel.focus_search,
        )
        self.sidebar_action = self._action(
            QCoreApplication.translate("MainWindow", "&Sidebar"), "Ctrl+Shift+B"
        )
        self.sidebar_action.setCheckable(True)
        self.sidebar_action.setChecked(True)
        self.sidebar_action.toggled.connect(self.sidebar.setVisible)
        self.details_action = self._action(
            QCoreApplication.translate("MainWindow", "&Details Pane"), "Ctrl+Shift+D"
        )
        self.details_action.setCheckable(True)
        self.details_action.setChecked(True)
        self.details_action.toggled.connect(self.details.setVisible)
        self.refresh_action = self._action(
            QCoreApplication.translate("MainWindow", "&Refresh"), QKeySequence.StandardKey.Refresh
        )
        self.refresh_action.triggered.connect(self.refresh)
        self.about_action = self._action(
            QCoreApplication.translate("MainWindow", "&About segdesk"), None, self.show_about
        )
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.dark_action = self._action(QCoreApplication.translate("MainWindow", "&Dark Theme"))
        self.dark_action.setCheckable(True)
        self.dark_action.setChecked(wants_dark(self._settings))
        self.dark_action.toggled.connect(self.set_dark_theme)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
        self.file_menu.addAction(self.contacts.new_action)
        self.file_menu.addAction(self.open_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.contacts.export_action)
        self.file_menu.addAction(self.contacts.print_action)
        self.file_menu.addSeparator()
        self.backups_action = self.file_menu.addAction(
            QCoreApplication.translate("MainWindow", "&Backups…"), lambda: open_backups_dialog(self)
        )
        self.backups_action.setObjectName("backupsAction")
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.contact_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Contact"))
        self.contact_menu.addAction(self.contacts.new_action)
        self.contact_menu.addAction(self.contacts.edit_action)
        self.contact_menu.addAction(self.contacts.log_action)
        self.contact_menu.addAction(self.contacts.history_action)
        self.contact_menu.addAction(self.contacts.export_person_action)
        self.contact_menu.addSeparator()
        self.contact_menu.addMenu(self.contacts.bulk_menu(self))
        self.contact_menu.addAction(self.contacts.delete_action)
        self.view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
        self.view_menu.addAction(self.sidebar_action)
        self.view_menu.addAction(self.details_action)
        self.columns_menu = self.view_menu.addMenu(QCoreApplication.translate("MainWindow", "&Columns"))
        self.columns_menu.aboutToShow.connect(self._fill_columns_menu)
        self.view_menu.addAction(self.dark_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.refresh_action)
        self.help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        self.help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Toolbar"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(18, 18))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        # segdesk's icons (ui/icons.py) follow the light and dark palettes; menus show them too.
        for action, name in (
            (self.open_action, "database"),
            (self.find_action, "search"),
            (self.refresh_action, "refresh"),
            (self.imports.import_action, "import"),
            (self.contacts.print_action, "print"),
            (self.contacts.add_tag_action, "tag"),
            (self.segment_menu.new_action, "segments"),
            (self.undo_action, "undo"),
            (self.redo_action, "redo"),
        ):
            action.setIcon(icon(name))
        toolbar_icons = (
            (self.contacts.new_action, "contact-new"),
            (self.contacts.edit_action, "edit"),
            (self.contacts.log_action, "contact-log"),
            (self.contacts.delete_action, "delete"),
            (self.contacts.print_action, "print"),
            (self.contacts.export_action, "export"),
        )
        for action, name in toolbar_icons:
            action.setIcon(icon(name))
            self.toolbar.addAction(action)
            if action is self.contacts.log_action:
                self.toolbar.addSeparator()
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def _fill_columns_menu(self) -> None:
        self.columns_menu.clear()
        chooser = column_menu(self.model.catalogue, self.list_panel.visual_columns(), self.set_columns, self)
        for action in chooser.actions():
            self.columns_menu.addAction(action)
        chooser.setParent(self.columns_menu)  # keeps its submenus and actions alive

    def _build_status_bar(self) -> None:
        self.busy_label = QLabel()
        self.busy_label.setObjectName("busyLabel")
        self.busy_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.location_label = QLabel()
        self.location_label.setObjectName("locationLabel")
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.location_label)

    # -- what is shown ---------------------------------------------------------------

    def _show_store(self) -> None:
        path = self.store.sqlite_path
        name = path.name if path is not None else self.store.display_name
        self.setWindowTitle(f"{name} – segdesk")
        self.location_label.setText(
            QCoreApplication.translate("MainWindow", "Database: %1").replace("%1", self.store.display_name)
        )
        self.location_label.setToolTip(self.store.display_name)
        self._refresh_sidebar()
        self._update_count(self.model.count())
        store = self.store  # once a day, remember every segment's members (movements, size over time)
        self.reader.run("daily-snapshots", lambda: snapshot_if_due(store, date.today()))

    def _refresh_sidebar(self, *, wait: bool = True) -> None:
        """Fill the sidebar's counts: at once when the window opens, else on a worker thread."""
        if wait:
            self._show_sidebar(sidebar(self.store, date.today()))
            return
        store = self.store
        self.reader.run("sidebar", lambda: sidebar(store, date.today()), self._show_sidebar)

    def _show_sidebar(self, summary: Sidebar) -> None:
        self.sidebar.show_summary(summary)
        if summary.segments:
            store = self.store
            self.reader.run(
                "segment-sizes",
                lambda: {s.name: s.size for s in list_segments(store, date.today())},
                self.sidebar.show_segment_sizes,
            )

    def _show_loading(self, _busy: bool = False) -> None:
        if self.writer.is_busy():
            text = QCoreApplication.translate("MainWindow", "Saving…")
        elif self.model.loading:
            text = QCoreApplication.translate("MainWindow", "Searching…")
        else:
            text = ""
        self.busy_label.setText(text)

    def currency_symbol(self) -> str:
        money = self._currency
        return CURRENCY_SYMBOLS.get(money, money) if money else ""

    def _update_count(self, count: int) -> None:
        query = self.model.query
        if query.search or query.followups_due_by is not None:
            text = QCoreApplication.translate("MainWindow", "%Ln contacts shown", None, count)
        else:
            text = QCoreApplication.translate("MainWindow", "%Ln contacts", None, count)
        self.count_label.setText(text)

    def _on_view_chosen(self, key: str) -> None:
        segment_id = int(key.split(":", 1)[1]) if key.startswith("segment:") else None
        self.list_panel.show_segment(segment_id, date.today())
        self.list_panel.show_followups_due(date.today() if key == FOLLOWUPS_DUE else None)

    def _show_contact(self, contact_id: int | None) -> None:
        found = contact_details(self.store, contact_id, date.today()) if contact_id is not None else None
        self.details.show_contact(found)

    def refresh(self) -> None:
        """Read the database again (another program, or a colleague, may have changed it)."""
        self.model.refresh()
        self._refresh_sidebar(wait=False)
        self._show_contact(self.list_panel.current_contact_id())
        self.followups.refresh()

    def set_columns(self, columns: list[str]) -> None:
        """Show these fields as the list's columns (the column chooser); remembered for next time."""
        self.list_panel.set_columns(columns)
        if self._save_state:
            self._settings.setValue("contactList/columns", list(self.model.columns))

    def _saved_columns(self, catalogue: Catalogue) -> list[str]:
        saved = self._settings.value("contactList/columns")
        if isinstance(saved, str):
            saved = [saved]
        offered = set(list_columns(catalogue))
        columns = [c for c in saved if c in offered] if isinstance(saved, list) else []
        return columns or list(DEFAULT_COLUMNS)

    def set_dark_theme(self, dark: bool) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, dark)
        if self._save_state:
            self._settings.setValue(DARK_THEME_SETTING, dark)

    # -- databases --------------------------------------------------------------------

    def choose_database(self) -> None:
        start = str(self.store.sqlite_path.parent) if self.store.sqlite_path else str(Path.home())
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("MainWindow", "Open Database"),
            start,
            QCoreApplication.translate(
                "MainWindow", "segdesk databases (*.sqlite3 *.sqlite *.db);;All files (*)"
            ),
        )
        if chosen:
            self.open_database(chosen)

    def open_database(self, location: str) -> bool:
        """Show another database in this window; tells the user and returns False if it cannot be opened."""
        try:
            store = open_database(location)
        except StoreError as exc:
            QMessageBox.warning(self, QCoreApplication.translate("MainWindow", "Open Database"), str(exc))
            return False
        if not self.contacts.close_editors():
            store.close()
            return False
        self.reader.wait()
        self.writer.wait()
        previous = self._owned_store
        self.store = store
        self._owned_store = store
        self.undo_stack.clear()
        money = currency(store)
        self._currency = money
        self.contacts.command_context.store = store
        self.contacts.command_context.actor = actor_for(store)  # "me" is chosen per database
        self.contacts.reset_choices()
        self.details.set_currency(money)
        self.details.show_contact(None)
        self.model.set_store(store, currency=money)
        self.model.set_catalogue(load_catalogue(store))
        self._show_store()
        self.followups.store_changed()
        if previous is not None:
            previous.close()
        return True

    def show_about(self) -> None:
        blurb = QCoreApplication.translate(
            "MainWindow",
            "A contact manager for small businesses: customer segments, follow-ups, "
            "call sheets and mailing lists.",
        )
        location = QCoreApplication.translate("MainWindow", "Database: %1").replace(
            "%1", html.escape(self.store.display_name)
        )
        text = (
            f"<h3>segdesk {__version__}</h3><p>{html.escape(blurb)}</p><p>{location}</p>"
            f"<p><small>Qt {qVersion()} · Python {platform.python_version()} · {QLocale().name()}</small></p>"
        )
        QMessageBox.about(self, QCoreApplication.translate("MainWindow", "About segdesk"), text)

    # -- window state ---------------------------------------------------------------------

    def _restore_state(self) -> None:
        s = self._settings
        if s.value("mainWindow/version", 0, int) != SETTINGS_VERSION:
            return
        geometry = s.value("mainWindow/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = s.value("mainWindow/state")
        if state is not None:
            self.restoreState(state)
        splitter = s.value("mainWindow/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        self.sidebar_action.setChecked(bool(s.value("mainWindow/sidebarVisible", True, bool)))
        self.details_action.setChecked(bool(s.value("mainWindow/detailsVisible", True, bool)))
        widths = s.value("contactList/columnWidths")
        if isinstance(widths, dict) and widths:
            self.list_panel.fit_columns_when_shown = False
            for column, field_id in enumerate(self.model.columns):
                if field_id in widths:
                    self.list_panel.table.setColumnWidth(column, max(40, int(widths[field_id])))

    def save_state(self) -> None:
        s = self._settings
        s.setValue("mainWindow/version", SETTINGS_VERSION)
        s.setValue("mainWindow/geometry", self.saveGeometry())
        s.setValue("mainWindow/state", self.saveState())
        s.setValue("mainWindow/splitter", self.splitter.saveState())
        s.setValue("mainWindow/sidebarVisible", self.sidebar_action.isChecked())
        s.setValue("mainWindow/detailsVisible", self.details_action.isChecked())
        s.setValue("contactList/columns", self.list_panel.visual_columns())
        s.setValue("contactList/columnWidths", self.list_panel.column_widths())
        s.setValue(DARK_THEME_SETTING, self.dark_action.isChecked())
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.contacts.close_editors():
            event.ignore()
            return
        self.reader.wait()
        self.writer.wait()
        if self._save_state:
            self.save_state()
        if self._owned_store is not None:
            self._owned_store.close()
            self._owned_store = None
        super().closeEvent(event)
