"""The menu entries of importing: File ▸ Import Contacts… (Ctrl+I) and File ▸ Import History…."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from segdesk.ui.import_wizard.history import ImportHistoryDialog
from segdesk.ui.import_wizard.wizard import ImportWizard

if TYPE_CHECKING:
    from segdesk.ui.main_window import MainWindow

__all__ = ["ImportActions"]


class ImportActions:
    """Adds the import entries to the window's File menu (above Export) and opens their dialogs."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.import_action = QAction(QCoreApplication.translate("ImportActions", "&Import Contacts…"), window)
        self.import_action.setObjectName("importAction")
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(lambda: self.open_wizard())
        self.history_action = QAction(QCoreApplication.translate("ImportActions", "Import &History…"), window)
        self.history_action.setObjectName("importHistoryAction")
        self.history_action.triggered.connect(lambda: self.open_history())
        menu = window.file_menu
        before = window.contacts.export_action
        menu.insertAction(before, self.import_action)
        menu.insertAction(before, self.history_action)
        self.wizard: ImportWizard | None = None
        self.history: ImportHistoryDialog | None = None

    def open_wizard(self, *, modal: bool = True) -> ImportWizard:
        wizard = ImportWizard(self.window.store, self.window, writer=self.window.writer)
        wizard.imported.connect(self._changed)
        wizard.undone.connect(self._changed)
        self.wizard = wizard
        if modal:
            wizard.exec()
            wizard.deleteLater()
        return wizard

    def open_history(self, *, modal: bool = True) -> ImportHistoryDialog:
        dialog = ImportHistoryDialog(self.window.store, self.window, runner=self.window.writer)
        dialog.undone.connect(self._changed)
        self.history = dialog
        if modal:
            dialog.exec()
            dialog.deleteLater()
        return dialog

    def _changed(self, *_args: Any) -> None:
        """Contacts came or went: show the list and counts again."""
        self.window.refresh()
