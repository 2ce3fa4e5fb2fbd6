"""Opening another database from the window (File ▸ Open Database…)."""

from __future__ import annotations

import os

from segdesk.store.database import Store, StoreError, open_store

__all__ = ["Store", "StoreError", "open_database"]


def open_database(location: str | os.PathLike[str]) -> Store:
    """Open a database for the window: locked against a second copy, checked, migrated after a backup.

    :class:`StoreError` says why not; ``Store.warnings`` holds what the user should hear once.
    """
    return open_store(location, guard=True)
