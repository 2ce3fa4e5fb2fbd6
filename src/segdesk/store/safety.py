"""Guards around an embedded database file: one app at a time, integrity, risky locations.

The lock file next to the database does two jobs. While a segdesk holds the
OS lock on it, a second copy is told the database is in use. And because a
clean close deletes it, finding it unlocked at the next start means the last
session ended without closing (a crash, a power cut), so a full integrity
check runs instead of the quick one.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path, PurePath
from typing import IO

from segdesk.domain import i18n
from segdesk.store.errors import DamagedDatabaseError, DatabaseInUseError

SYNC_FOLDER_MARKERS = (
    "onedrive",
    "dropbox",
    "icloud",
    "icloud drive",
    "google drive",
    "googledrive",
    "box sync",
)


def _try_lock(stream: IO[str]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(stream.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(stream.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class InstanceLock:
    """An exclusive OS lock on ``<database>.lock`` for as long as the database is open."""

    def __init__(self, db_path: Path) -> None:
        self.path = db_path.with_name(db_path.name + ".lock")
        self._stream: IO[str] | None = None
        self.previous_session_crashed = False

    def acquire(self) -> None:
        existed = self.path.exists()
        stream = self.path.open("a+", encoding="utf-8")
        if not _try_lock(stream):
            stream.close()
            raise DatabaseInUseError(
                i18n.fill(
                    i18n.translate(
                        "Safety",
                        "The database %1 is already open in another segdesk window or on another "
                        "computer. Close it there first; for several people at once, use team mode.",
                    ),
                    self.path.with_suffix(""),
                )
            )
        self.previous_session_crashed = existed
        stream.seek(0)
        stream.truncate()
        stream.write(str(os.getpid()))
        stream.flush()
        self._stream = stream

    def release(self) -> None:
        if self._stream is None:
            return
        self._stream.close()
        self._stream = None
        self.path.unlink(missing_ok=True)


def check_integrity(db_path: Path, *, full: bool) -> None:
    """``PRAGMA quick_check`` (or the slower ``integrity_check`` after a crash); raises when damaged."""
    pragma = "integrity_check" if full else "quick_check"
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        problems = [row[0] for row in connection.execute(f"PRAGMA {pragma}")]
    except sqlite3.DatabaseError as exc:
        problems = [str(exc)]
    finally:
        connection.close()
    if problems != ["ok"]:
        raise DamagedDatabaseError(
            i18n.fill(
                i18n.translate(
                    "Safety",
                    "The database %1 is damaged (%2). Restore the latest good backup: "
                    "segdesk backups restore.",
                ),
                db_path,
                "; ".join(problems[:3]),
            )
        )


NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "afpfs", "webdav", "davfs"}


def _is_network_path(path: Path) -> bool:
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":
        import ctypes

        drive_remote = 4
        root = os.path.splitdrive(text)[0] + "\\"
        return bool(ctypes.windll.kernel32.GetDriveTypeW(root) == drive_remote)
    mounts = Path("/proc/mounts")
    if not mounts.exists():
        return False
    best, best_type = "", ""
    for line in mounts.read_text(encoding="utf-8", errors="replace").splitlines():
        fields = line.split()
        if len(fields) >= 3 and text.startswith(fields[1]) and len(fields[1]) > len(best):
            best, best_type = fields[1], fields[2]
    return best_type in NETWORK_FILESYSTEMS


def in_sync_folder(path: Path) -> bool:
    return any(marker in part.casefold() for part in PurePath(path).parts for marker in SYNC_FOLDER_MARKERS)


def risky_location_warning(db_path: Path) -> str | None:
    """A warning when the file sits in a network share or a sync folder, where SQLite files get damaged."""
    if not (in_sync_folder(db_path) or _is_network_path(db_path)):
        return None
    return i18n.fill(
        i18n.translate(
            "Safety",
            "%1 is in a shared or synchronised folder. Two computers writing the same file there can "
            "damage it: keep the database on this computer, or use team mode with a PostgreSQL server.",
        ),
        db_path,
    )
