"""SQL functions segdesk adds to SQLite connections.

SQLite's ``lower()`` only folds ASCII letters, so text comparisons that must ignore
case for every alphabet (``Łódź`` = ``łódź``, ``Straße`` = ``STRASSE``) call
``segdesk_casefold(x)``, Python's :meth:`str.casefold`. Register it on every new
connection (``database._configure_sqlite`` does, through the engine's connect event).
"""

from __future__ import annotations

import sqlite3

__all__ = ["CASEFOLD", "casefold", "register_sqlite_functions"]

CASEFOLD = "segdesk_casefold"


def casefold(value: str | bytes | int | float | None) -> str | bytes | int | float | None:
    """``str.casefold`` for text; other values (NULL, numbers, blobs) pass through."""
    return value.casefold() if isinstance(value, str) else value


def register_sqlite_functions(dbapi_connection: sqlite3.Connection) -> None:
    """Add segdesk's functions to one DB-API connection (idempotent)."""
    dbapi_connection.create_function(CASEFOLD, 1, casefold, deterministic=True)
