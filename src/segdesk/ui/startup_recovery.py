"""The way back when the database is damaged at start-up: restore the latest good backup, then start.

:func:`offer_restore` shows the error with a "Restore the Latest Good Backup"
button beside Close. The newest backup that passes the integrity check replaces
the damaged file (which is kept aside, renamed); then segdesk starts as usual.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from segdesk.services.backups import BackupInfo, backups_of, restore_latest_good
from segdesk.services.databases import StoreError
from segdesk.services.errors import UserError
from segdesk.ui.backups_dialog import format_moment

__all__ = ["RecoveryBox", "offer_restore"]


class RecoveryBox(QMessageBox):
    """The start-up error, with the restore button when there is a backup to restore."""

    def __init__(self, message: str, newest: BackupInfo | None) -> None:
        super().__init__(QMessageBox.Icon.Critical, "segdesk", message, QMessageBox.StandardButton.Close)
        self.setObjectName("startupRecoveryBox")
        self.restore_button: QAbstractButton | None = None
        if newest is None:
            self.setInformativeText(
                QCoreApplication.translate(
                    "StartupRecovery",
                    "There is no backup of this database to restore. Choose another database with "
                    "--db PATH, or set SEGDESK_DB, and start segdesk again.",
                )
            )
            return
        self.setInformativeText(
            QCoreApplication.translate(
                "StartupRecovery",
                "segdesk can put back the latest backup that is intact (the newest is from %1). "
                "What was entered after it is lost; the damaged file is kept aside, renamed.",
            ).replace("%1", format_moment(newest.taken_at))
        )
        self.restore_button = self.addButton(
            QCoreApplication.translate("StartupRecovery", "Restore the Latest Good Backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        self.setDefaultButton(self.restore_button)

    def ask(self) -> bool:
        """Show the box; True when the user chose to restore (tests replace this)."""
        self.exec()
        return self.restore_button is not None and self.clickedButton() is self.restore_button


def _newest(db: str | os.PathLike[str] | None) -> BackupInfo | None:
    try:
        found = backups_of(db)
    except (UserError, OSError):
        return None
    return found[0] if found else None


def offer_restore(message: str, db: str | os.PathLike[str] | None) -> Path | None:
    """Show ``message`` with the way back; the restored database file, or None (the user closed)."""
    box = RecoveryBox(message, _newest(db))
    if not box.ask():
        return None
    try:
        result, used = restore_latest_good(db)
    except (UserError, StoreError) as exc:
        QMessageBox.critical(None, "segdesk", str(exc))
        return None
    done = QCoreApplication.translate(
        "StartupRecovery", "The backup of %1 was restored; segdesk starts now."
    ).replace("%1", format_moment(used.taken_at))
    notice = QMessageBox(QMessageBox.Icon.Information, "segdesk", done, QMessageBox.StandardButton.Ok)
    notice.setObjectName("restoredNotice")
    if result.kept_aside is not None:
        notice.setInformativeText(
            QCoreApplication.translate("StartupRecovery", "The damaged file is kept as %1.").replace(
                "%1", str(result.kept_aside)
            )
        )
    show_notice(notice)
    return result.database


def show_notice(box: QMessageBox) -> None:
    """Show an information box and wait for OK (tests replace this)."""
    box.exec()
