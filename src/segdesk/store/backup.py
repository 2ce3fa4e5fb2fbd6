"""Verified, rotated backups of a SQLite database file (SQLite online backup API)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from segdesk.domain import i18n
from segdesk.store.errors import StoreError

BACKUP_SUFFIX = ".sqlite3"
DEFAULT_KEEP = 10


class BackupError(StoreError):
    """A backup could not be written or did not verify."""


def backup_sqlite(
    db_path: Path, backup_dir: Path, reason: str, *, keep: int = DEFAULT_KEEP, now: datetime | None = None
) -> Path:
    """Copy ``db_path`` into ``backup_dir`` while it may be open, verify the copy, rotate old ones.

    The copy is written under a temporary name and renamed once ``quick_check``
    passes, so a half-written backup is never mistaken for a good one.
    """
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir / f"{db_path.stem}-{stamp}-{reason}{BACKUP_SUFFIX}"
    partial = target.with_suffix(".partial")
    try:
        source = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            copy = sqlite3.connect(partial)
            try:
                source.backup(copy)
                (result,) = copy.execute("PRAGMA quick_check").fetchone()
            finally:
                copy.close()
        finally:
            source.close()
        if result != "ok":
            raise BackupError(
                i18n.fill(
                    i18n.translate("Backup", "The backup copy of %1 is damaged: %2"),
                    str(db_path),
                    str(result),
                )
            )
        partial.replace(target)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(
            i18n.fill(i18n.translate("Backup", "Could not back up %1: %2"), str(db_path), str(exc))
        ) from exc
    rotate(backup_dir, db_path.stem, keep)
    return target


def list_backups(backup_dir: Path, stem: str) -> list[Path]:
    """Backups of the database named ``stem``, newest first."""
    if not backup_dir.is_dir():
        return []
    return sorted(backup_dir.glob(f"{stem}-*{BACKUP_SUFFIX}"), reverse=True)


def rotate(backup_dir: Path, stem: str, keep: int) -> None:
    for old in list_backups(backup_dir, stem)[keep:]:
        old.unlink(missing_ok=True)


def restore_sqlite(backup: Path, db_path: Path, *, now: datetime | None = None) -> Path | None:
    """Put a verified backup in place of ``db_path``; the replaced file is kept aside, its new path returned.

    The database must not be open. The backup is checked first, so a damaged
    backup never replaces anything.
    """
    try:
        connection = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            (result,) = connection.execute("PRAGMA integrity_check").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as exc:
        result = str(exc)
    if result != "ok":
        raise BackupError(
            i18n.fill(
                i18n.translate("Backup", "The backup %1 is damaged (%2); nothing was restored."),
                backup,
                result,
            )
        )
    kept_aside = None
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    try:
        if db_path.exists():
            kept_aside = db_path.with_name(f"{db_path.stem}-replaced-{stamp}{db_path.suffix}")
            db_path.replace(kept_aside)
            for suffix in ("-wal", "-shm"):  # they belong to the file kept aside
                companion = Path(f"{db_path}{suffix}")
                if companion.exists():
                    companion.replace(Path(f"{kept_aside}{suffix}"))
        partial = db_path.with_name(db_path.name + ".restoring")
        source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            target = sqlite3.connect(partial)
            try:
                source.backup(target)
            finally:
                target.close()
        finally:
            source.close()
        partial.replace(db_path)
    except (sqlite3.Error, OSError) as exc:
        if kept_aside is not None and not db_path.exists():
            kept_aside.replace(db_path)
        raise BackupError(
            i18n.fill(i18n.translate("Backup", "Could not restore %1: %2"), backup, exc)
        ) from exc
    return kept_aside
