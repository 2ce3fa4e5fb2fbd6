"""Opening another database from the window (File ▸ Open Database…)."""

from __future__ import annotations

import os

from segdesk.store.database import Store, StoreError, open_store

__all__ = ["Store", "StoreError", "open_database"]


def open_database(location: str | os.PathLike[str]) -> Store:
    """Open a database file or URL, migrating it after a backup; :class:`StoreError` says why not."""
    return open_store(location)
