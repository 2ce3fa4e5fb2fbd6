"""Verified, rotated backups of a SQLite database file (SQLite online backup API)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from segdesk.domain import i18n

BACKUP_SUFFIX = ".sqlite3"
DEFAULT_KEEP = 10


class BackupError(Exception):
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
