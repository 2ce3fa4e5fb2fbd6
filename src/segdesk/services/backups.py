"""Backups of an embedded database: list, make one now, restore one.

These work on the database file without opening it through the store, so a
damaged database can still be restored. A restore first backs up the state it
replaces ("before restore"), so a restore can itself be undone from the list.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from segdesk.domain import i18n
from segdesk.domain.i18n import QT_TRANSLATE_NOOP
from segdesk.services.errors import UserError
from segdesk.services.preferences import backup_folder_for, backup_options
from segdesk.store.backup import (
    BACKUP_SUFFIX,
    BackupError,
    backup_sqlite,
    list_backups,
    restore_sqlite,
)
from segdesk.store.database import Store, resolve_url
from segdesk.store.errors import DamagedDatabaseError
from segdesk.store.safety import InstanceLock

__all__ = [
    "BackupInfo",
    "BackupListing",
    "RestoreResult",
    "back_up_now",
    "backup_folder",
    "backups_of",
    "database_file",
    "describe_reason",
    "is_damaged_database_error",
    "listing_for",
    "make_backup",
    "restore_backup",
    "restore_latest_good",
]

# store.backup names files "<stem>-<YYYYmmdd-HHMMSS-micro>-<reason>.sqlite3"
_NAME = re.compile(r"^(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z0-9-]+)$")
BEFORE_RESTORE = "before-restore"
_REASONS = {
    "daily": QT_TRANSLATE_NOOP("Backups", "Daily"),
    "manual": QT_TRANSLATE_NOOP("Backups", "Made by hand"),
    "before-import": QT_TRANSLATE_NOOP("Backups", "Before an import"),
    "before-undo": QT_TRANSLATE_NOOP("Backups", "Before undoing an import"),
    "before-migration": QT_TRANSLATE_NOOP("Backups", "Before updating the database to a new segdesk"),
    "before-delete": QT_TRANSLATE_NOOP("Backups", "Before deleting contacts"),
    "before-demo": QT_TRANSLATE_NOOP("Backups", "Before adding demo data"),
    "before-merge": QT_TRANSLATE_NOOP("Backups", "Before merging contacts"),
    BEFORE_RESTORE: QT_TRANSLATE_NOOP("Backups", "Before restoring a backup"),
}


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    size_bytes: int
    reason: str | None = None  # daily, manual, before-import... (None: not recorded)

    @property
    def reason_text(self) -> str:
        return describe_reason(self.reason)


@dataclass(frozen=True)
class BackupListing:
    """What File ▸ Backups… shows: the backups of a database file, or why there are none to show."""

    database: Path | None  # None: a server database
    folder: Path | None
    backups: tuple[BackupInfo, ...] = ()
    server_note: str = ""  # for a server database: who makes its backups

    @property
    def is_server(self) -> bool:
        return self.database is None


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    database: Path
    kept_aside: Path | None
    saved_current: Path | None = None  # the "before restore" backup of the state replaced


def describe_reason(reason: str | None) -> str:
    """Why a backup was made, in the user's words ("" when not recorded)."""
    if not reason:
        return ""
    known = _REASONS.get(reason)
    return i18n.translate("Backups", known) if known else reason.replace("-", " ")


def database_file(db: str | os.PathLike[str] | None) -> Path:
    url = resolve_url(db)
    if url.get_backend_name() != "sqlite" or not url.database:
        raise UserError(
            i18n.translate("Backups", "Backups are for database files; a server keeps its own backups.")
        )
    return Path(url.database)


def backup_folder(db_path: Path) -> Path:
    """Where the backups of ``db_path`` go: the folder chosen in Preferences, else ``backups`` beside it."""
    return backup_folder_for(db_path)


def _describe(path: Path, stem: str) -> BackupInfo | None:
    """A backup file's date and reason from its name (the file's time when the name has none)."""
    rest = path.name[len(stem) + 1 : -len(BACKUP_SUFFIX)]
    found = _NAME.match(rest)
    if found is None:
        return None  # another database's backups, e.g. "shop-old-…" next to "shop-…"
    stat = path.stat()
    try:
        taken_at = datetime.strptime(found["stamp"], "%Y%m%d-%H%M%S-%f")
    except ValueError:
        taken_at = datetime.fromtimestamp(stat.st_mtime)
    return BackupInfo(path, taken_at, stat.st_size, found["reason"])


def _backups_in(folder: Path, stem: str) -> list[BackupInfo]:
    found = []
    for path in list_backups(folder, stem):
        try:
            info = _describe(path, stem)
        except OSError:  # rotated away meanwhile
            continue
        if info is not None:
            found.append(info)
    found.sort(key=lambda b: b.taken_at, reverse=True)
    return found


def backups_of(db: str | os.PathLike[str] | None, *, folder: Path | None = None) -> list[BackupInfo]:
    """The database file's backups, newest first."""
    path = database_file(db)
    return _backups_in(folder or backup_folder(path), path.stem)


def listing_for(store: Store) -> BackupListing:
    """The open database's backups (in the store's backup folder), or a note for a server database."""
    path = store.sqlite_path
    if path is None:
        return BackupListing(
            None,
            None,
            server_note=i18n.translate(
                "Backups",
                "This database is on a server. Its backups are made on the server by its administrator "
                "(for example with pg_dump), and restored there; segdesk does not replace a shared "
                "database from here.",
            ),
        )
    folder = store.backup_dir or backup_folder(path)
    return BackupListing(path, folder, tuple(_backups_in(folder, path.stem)))


def make_backup(db: str | os.PathLike[str] | None, *, folder: Path | None = None) -> Path:
    path = database_file(db)
    if not path.exists():
        raise UserError(i18n.fill(i18n.translate("Backups", "There is no database at %1."), path))
    return backup_sqlite(path, folder or backup_folder(path), "manual", keep=backup_options()[1])


def back_up_now(store: Store) -> Path:
    """A verified "manual" backup of the open database file."""
    made = store.backup("manual")
    if made is None:
        raise UserError(
            i18n.translate("Backups", "Backups are for database files; a server keeps its own backups.")
        )
    return made


def _save_current(path: Path, folder: Path, keep: int) -> Path | None:
    """Back up the file about to be replaced; None when it is missing or too damaged to copy."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    existing = len(list_backups(folder, path.stem))
    try:
        # Rotate nothing now: the backup being restored may be the oldest one.
        return backup_sqlite(path, folder, BEFORE_RESTORE, keep=max(keep, existing) + 1)
    except BackupError:
        return None  # a damaged file: restore_sqlite still keeps it aside


def restore_backup(
    db: str | os.PathLike[str] | None,
    backup: Path | None = None,
    *,
    folder: Path | None = None,
    keep: int | None = None,
    save_current: bool = True,
) -> RestoreResult:
    """Replace the database with ``backup`` (the newest when None).

    With ``save_current`` the state replaced is first backed up ("before restore");
    the replaced file itself is kept aside too. The database must not be open.
    """
    path = database_file(db)
    folder = folder or backup_folder(path)
    if backup is None:
        available = _backups_in(folder, path.stem)
        if not available:
            raise UserError(i18n.fill(i18n.translate("Backups", "There are no backups of %1."), path))
        backup = available[0].path
    elif not backup.is_file():
        raise UserError(i18n.fill(i18n.translate("Backups", "There is no backup file at %1."), backup))
    lock = InstanceLock(path)
    lock.acquire()  # refuses while segdesk has the database open
    try:
        saved = (
            _save_current(path, folder, keep if keep is not None else backup_options()[1])
            if save_current
            else None
        )
        try:
            kept_aside = restore_sqlite(backup, path)
        except BackupError:
            if saved is not None:
                saved.unlink(missing_ok=True)  # nothing was replaced: no "before restore" to offer
            raise
    finally:
        lock.release()
    return RestoreResult(backup, path, kept_aside, saved)


def restore_latest_good(
    db: str | os.PathLike[str] | None, *, folder: Path | None = None
) -> tuple[RestoreResult, BackupInfo]:
    """Put the newest backup that passes the integrity check in place of a damaged database.

    Damaged backups are skipped; the damaged database is kept aside, not backed up.
    """
    path = database_file(db)
    candidates = _backups_in(folder or backup_folder(path), path.stem)
    if not candidates:
        raise UserError(i18n.fill(i18n.translate("Backups", "There are no backups of %1."), path))
    problems = []
    for candidate in candidates:
        try:
            return restore_backup(path, candidate.path, save_current=False), candidate
        except BackupError as exc:  # a damaged backup: try the one before it
            problems.append(str(exc))
    raise UserError(
        i18n.fill(
            i18n.translate("Backups", "None of the %1 backups could be restored: %2"),
            len(candidates),
            problems[-1] if problems else "",
        )
    )


def is_damaged_database_error(error: BaseException | None) -> bool:
    """Whether opening failed because the database file is damaged (a backup can bring it back)."""
    return isinstance(error, DamagedDatabaseError)
