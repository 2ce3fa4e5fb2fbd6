"""Opening another database from the window (File ▸ Open Database…)."""

from __future__ import annotations

import os

from segdesk.services.preferences import ComputerPreferences, backup_options
from segdesk.store.database import Store, StoreError, open_store

__all__ = ["Store", "StoreError", "open_database"]


def open_database(location: str | os.PathLike[str], preferences: ComputerPreferences | None = None) -> Store:
    """Open a database for the window: locked against a second copy, checked, migrated after a backup.

    :class:`StoreError` says why not; ``Store.warnings`` holds what the user should hear once.
    Backups go where Preferences say (``preferences`` when already read), and as many are kept.
    """
    backup_dir, keep = backup_options(preferences)
    return open_store(location, guard=True, backup_dir=backup_dir, backup_keep=keep)
