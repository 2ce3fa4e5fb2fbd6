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

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, qVersion
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QSplitter, QVBoxLayout, QWidget

from segdesk import __version__
from segdesk.services.catalogue import load_catalogue
from segdesk.services.databases import Store, StoreError, open_database
from segdesk.services.overview import contact_details, currency, sidebar
from segdesk.ui.contact_list_panel import ContactListPanel
from segdesk.ui.contact_table_model import ContactTableModel
from segdesk.ui.details_pane import DetailsPane
from segdesk.ui.sidebar import FOLLOWUPS_DUE, NavigationSidebar

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

        catalogue = load_catalogue(store)
        money = currency(store)
        self.model = ContactTableModel(store, catalogue=catalogue, currency=money, parent=self)
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

        self._build_actions()
        self._build_menus()
        self._build_status_bar()

        self.sidebar.viewChosen.connect(self._on_view_chosen)
        self.list_panel.currentContactChanged.connect(self._show_contact)
        self.model.countChanged.connect(self._update_count)

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
        self.redo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
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

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
        self.file_menu.addAction(self.open_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
        self.view_menu.addAction(self.sidebar_action)
        self.view_menu.addAction(self.details_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.refresh_action)
        self.help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        self.help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.location_label = QLabel()
        self.location_label.setObjectName("locationLabel")
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addWidget(self.count_label, 1)
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

    def _refresh_sidebar(self) -> None:
        self.sidebar.show_summary(sidebar(self.store, date.today()))

    def _update_count(self, count: int) -> None:
        query = self.model.query
        if query.search or query.followups_due_by is not None:
            text = QCoreApplication.translate("MainWindow", "%Ln contacts shown", None, count)
        else:
            text = QCoreApplication.translate("MainWindow", "%Ln contacts", None, count)
        self.count_label.setText(text)

    def _on_view_chosen(self, key: str) -> None:
        self.list_panel.show_followups_due(date.today() if key == FOLLOWUPS_DUE else None)

    def _show_contact(self, contact_id: int | None) -> None:
        found = contact_details(self.store, contact_id, date.today()) if contact_id is not None else None
        self.details.show_contact(found)

    def refresh(self) -> None:
        """Read the database again (another program, or a colleague, may have changed it)."""
        self.model.refresh()
        self._refresh_sidebar()

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
        previous = self._owned_store
        self.store = store
        self._owned_store = store
        self.undo_stack.clear()
        money = currency(store)
        self.details.set_currency(money)
        self.details.show_contact(None)
        self.model.set_store(store, currency=money)
        self._show_store()
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
        widths = s.value("contactList/widths")
        if isinstance(widths, list) and len(widths) == self.model.columnCount():
            self.list_panel.fit_columns_when_shown = False
            for column, width in enumerate(widths):
                self.list_panel.table.setColumnWidth(column, max(40, int(width)))

    def save_state(self) -> None:
        s = self._settings
        s.setValue("mainWindow/version", SETTINGS_VERSION)
        s.setValue("mainWindow/geometry", self.saveGeometry())
        s.setValue("mainWindow/state", self.saveState())
        s.setValue("mainWindow/splitter", self.splitter.saveState())
        s.setValue("mainWindow/sidebarVisible", self.sidebar_action.isChecked())
        s.setValue("mainWindow/detailsVisible", self.details_action.isChecked())
        table = self.list_panel.table
        s.setValue("contactList/widths", [table.columnWidth(c) for c in range(self.model.columnCount())])
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._save_state:
            self.save_state()
        if self._owned_store is not None:
            self._owned_store.close()
            self._owned_store = None
        super().closeEvent(event)
