"""Backups of an embedded database: list, make one now, restore one.

These work on the database file without opening it through the store, so a
damaged database can still be restored.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from segdesk.domain import i18n
from segdesk.services.errors import UserError
from segdesk.store.backup import backup_sqlite, list_backups, restore_sqlite
from segdesk.store.database import resolve_url
from segdesk.store.safety import InstanceLock


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    size_bytes: int


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    database: Path
    kept_aside: Path | None


def database_file(db: str | os.PathLike[str] | None) -> Path:
    url = resolve_url(db)
    if url.get_backend_name() != "sqlite" or not url.database:
        raise UserError(
            i18n.translate("Backups", "Backups are for database files; a server keeps its own backups.")
        )
    return Path(url.database)


def backup_folder(db_path: Path) -> Path:
    return db_path.parent / "backups"


def backups_of(db: str | os.PathLike[str] | None) -> list[BackupInfo]:
    path = database_file(db)
    found = []
    for backup in list_backups(backup_folder(path), path.stem):
        stat = backup.stat()
        found.append(BackupInfo(backup, datetime.fromtimestamp(stat.st_mtime), stat.st_size))
    return found


def make_backup(db: str | os.PathLike[str] | None) -> Path:
    path = database_file(db)
    if not path.exists():
        raise UserError(i18n.fill(i18n.translate("Backups", "There is no database at %1."), path))
    return backup_sqlite(path, backup_folder(path), "manual")


def restore_backup(db: str | os.PathLike[str] | None, backup: Path | None = None) -> RestoreResult:
    """Replace the database with ``backup`` (the newest when None), keeping the replaced file aside."""
    path = database_file(db)
    if backup is None:
        available = list_backups(backup_folder(path), path.stem)
        if not available:
            raise UserError(i18n.fill(i18n.translate("Backups", "There are no backups of %1."), path))
        backup = available[0]
    elif not backup.is_file():
        raise UserError(i18n.fill(i18n.translate("Backups", "There is no backup file at %1."), backup))
    lock = InstanceLock(path)
    lock.acquire()  # refuses while segdesk has the database open
    try:
        kept_aside = restore_sqlite(backup, path)
    finally:
        lock.release()
    return RestoreResult(backup, path, kept_aside)
