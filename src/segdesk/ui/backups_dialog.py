"""File ▸ Backups…: the database's backups, newest first; back up now, restore one, show the folder.

A restore closes the window's database, puts the backup in place (the state it
replaces is backed up first, so the restore itself can be undone from this
list) and opens the database again in the window. On a server database the
dialog only explains that backups are the server administrator's job.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from segdesk.services.backups import (
    BackupInfo,
    BackupListing,
    RestoreResult,
    back_up_now,
    listing_for,
    restore_backup,
)
from segdesk.services.databases import StoreError
from segdesk.services.errors import UserError
from segdesk.ui.formatting import date_format

if TYPE_CHECKING:
    from segdesk.ui.main_window import MainWindow

__all__ = ["BackupsDialog", "format_moment", "open_backups_dialog", "restore_in_window"]

PATH_ROLE = Qt.ItemDataRole.UserRole


def format_moment(moment: datetime, locale: QLocale | None = None) -> str:
    """A date and time in the user's locale: ``24/11/2026 14:05``."""
    locale = locale or QLocale()
    value = QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute, moment.second)
    )
    time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if locale.language() == QLocale.Language.C:
        time_format = "HH:mm"
    return locale.toString(value, f"{date_format(locale)} {time_format}")


def restore_in_window(window: MainWindow, backup: Path) -> RestoreResult | None:
    """Close the window's database, restore ``backup`` over it and show it again.

    None when an editor stayed open (the user kept unsaved changes). Raises
    :class:`UserError` or :class:`StoreError` when the restore failed; the
    database is opened again in the window either way.
    """
    store = window.store
    location = store.sqlite_path
    if location is None:
        raise UserError(
            QCoreApplication.translate("Backups", "A server database is restored on the server, not here.")
        )
    if not window.contacts.close_editors():
        return None
    window.reader.wait()
    window.writer.wait()
    folder, keep = store.backup_dir, store.backup_keep
    store.close()  # releases the single-instance lock the restore takes
    try:
        return restore_backup(location, backup, folder=folder, keep=keep)
    finally:
        window.open_database(str(location))


class BackupsDialog(QDialog):
    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent if parent is not None else window)
        self.setObjectName("backupsDialog")
        self.window_ = window
        self.setWindowTitle(QCoreApplication.translate("Backups", "Backups"))
        self.resize(700, 380)
        self.last_result: RestoreResult | None = None

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tree = QTreeWidget()
        self.tree.setObjectName("backupsList")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("Backups", "When"),
                QCoreApplication.translate("Backups", "Why"),
                QCoreApplication.translate("Backups", "Size"),
            ]
        )
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda *_: self.restore_selected())
        self.empty_label = QLabel(
            QCoreApplication.translate(
                "Backups",
                "No backups yet. segdesk makes one every day it opens this database, and before "
                "imports, bulk deletes and updates.",
            )
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.note.setText(
            QCoreApplication.translate(
                "Backups",
                "Restoring puts the database back as it was then. The current state is backed up "
                "first, so a restore can be undone from this list.",
            )
        )

        self.backup_button = QPushButton(QCoreApplication.translate("Backups", "&Back Up Now"))
        self.backup_button.setObjectName("backUpNowButton")
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(QCoreApplication.translate("Backups", "&Restore…"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button = QPushButton(QCoreApplication.translate("Backups", "Show &Folder"))
        self.folder_button.setObjectName("showFolderButton")
        self.folder_button.clicked.connect(self.show_folder)
        actions = QHBoxLayout()
        actions.addWidget(self.backup_button)
        actions.addWidget(self.restore_button)
        actions.addWidget(self.folder_button)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        actions.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.note)
        layout.addLayout(actions)
        self.listing = BackupListing(None, None)
        self.reload()

    # -- what is shown ---------------------------------------------------------------------

    def reload(self) -> None:
        self.listing = listing_for(self.window_.store)
        self.tree.clear()
        if self.listing.is_server:
            self.intro.setText(self.listing.server_note)
            for widget in (self.tree, self.empty_label, self.note, self.backup_button, self.restore_button):
                widget.setVisible(False)
            self.folder_button.setVisible(False)
            return
        assert self.listing.database is not None
        self.intro.setText(
            QCoreApplication.translate("Backups", "Verified copies of %1, kept in %2.")
            .replace("%1", self.listing.database.name)
            .replace("%2", str(self.listing.folder))
        )
        locale = QLocale()
        for info in self.listing.backups:
            item = QTreeWidgetItem(
                [
                    format_moment(info.taken_at, locale),
                    info.reason_text,
                    locale.formattedDataSize(info.size_bytes),
                ]
            )
            item.setData(0, PATH_ROLE, str(info.path))
            item.setToolTip(0, str(info.path))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
        has_backups = bool(self.listing.backups)
        self.tree.setVisible(has_backups)
        self.empty_label.setVisible(not has_backups)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)
        folder = self.listing.folder
        self.folder_button.setEnabled(folder is not None and folder.is_dir())

    def selected(self) -> BackupInfo | None:
        item = self.tree.currentItem()
        if item is None or not item.isSelected():
            return None
        chosen = item.data(0, PATH_ROLE)
        return next((b for b in self.listing.backups if str(b.path) == chosen), None)

    def select_backup(self, path: Path) -> None:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None and item.data(0, PATH_ROLE) == str(path):
                self.tree.setCurrentItem(item)
                return

    # -- actions ---------------------------------------------------------------------------------

    def back_up_now(self) -> Path | None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            made = back_up_now(self.window_.store)
        except (UserError, StoreError) as exc:
            QGuiApplication.restoreOverrideCursor()
            self.show_error(QCoreApplication.translate("Backups", "Back Up Now"), str(exc))
            return None
        QGuiApplication.restoreOverrideCursor()
        self.reload()
        self.select_backup(made)
        return made

    def confirm_restore(self, info: BackupInfo) -> bool:
        """Ask before replacing the database (tests replace this)."""
        when = format_moment(info.taken_at)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Backups", "Restore Backup"),
            QCoreApplication.translate("Backups", "Restore the backup of %1?").replace("%1", when),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "Backups",
                "The database goes back to how it was on %1: whatever was entered or changed since "
                "then is replaced. The current state is backed up first, so you can undo this by "
                "restoring that copy (“Before restoring a backup”).",
            ).replace("%1", when)
        )
        restore = box.addButton(
            QCoreApplication.translate("Backups", "Restore"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is restore

    def restore_selected(self) -> RestoreResult | None:
        info = self.selected()
        if info is None or not self.confirm_restore(info):
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = restore_in_window(self.window_, info.path)
        except (UserError, StoreError) as exc:
            QGuiApplication.restoreOverrideCursor()
            self.reload()
            self.show_error(QCoreApplication.translate("Backups", "Restore Backup"), str(exc))
            return None
        QGuiApplication.restoreOverrideCursor()
        self.reload()
        if result is not None:
            self.last_result = result
            self.window_.statusBar().showMessage(
                QCoreApplication.translate("Backups", "Restored the backup of %1.").replace(
                    "%1", format_moment(info.taken_at)
                ),
                10000,
            )
            if result.saved_current is not None:
                self.select_backup(result.saved_current)
        return result

    def show_folder(self) -> bool:
        folder = self.listing.folder
        if folder is None or not folder.is_dir():
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def show_error(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)


def open_backups_dialog(window: MainWindow) -> BackupsDialog:
    """File ▸ Backups…: one dialog per window, raised when already open."""
    existing = window.findChild(BackupsDialog, "backupsDialog")
    if isinstance(existing, BackupsDialog):
        existing.reload()
        existing.show()
        existing.raise_()
        existing.activateWindow()
        return existing
    dialog = BackupsDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
