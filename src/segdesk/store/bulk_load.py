"""Loading many rows into a nearly empty table: its indexes are built once afterwards.

Inserting 100,000 contacts into a table with eleven secondary indexes costs 0.94 s
on SQLite; without them 0.34 s, and building them again 0.34 s (measured). The
indexes are dropped and rebuilt from their own stored SQL inside the caller's
transaction, so a rollback or a crash leaves them exactly as they were, and no
other connection ever sees the table without them (SQLite has one writer; readers
see the last commit). PostgreSQL is left alone: other users are working there.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

__all__ = ["MIN_BULK_ROWS", "rebuilt_indexes"]

MIN_BULK_ROWS = 10_000


def _indexes(session: Session, table: str) -> list[tuple[str, str]]:
    """(name, CREATE INDEX statement) of ``table``'s own indexes (not those of its keys)."""
    rows = session.execute(
        text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = :t AND sql IS NOT NULL"
        ),
        {"t": table},
    )
    return [(str(name), str(sql)) for name, sql in rows]


@contextmanager
def rebuilt_indexes(
    session: Session, table: str, adding: int, *, min_rows: int = MIN_BULK_ROWS
) -> Iterator[bool]:
    """Inside: ``table`` without its secondary indexes when ``adding`` rows will at least double it.

    Yields whether the indexes were dropped. Must run inside a write transaction.
    """
    quote = session.get_bind().dialect.identifier_preparer.quote
    dropped: list[tuple[str, str]] = []
    if session.get_bind().dialect.name == "sqlite" and adding >= min_rows:
        existing = session.scalar(text(f"SELECT count(*) FROM {quote(table)}")) or 0
        if adding >= existing:
            dropped = _indexes(session, table)
            for name, _ in dropped:
                session.execute(text(f"DROP INDEX {quote(name)}"))
    try:
        yield bool(dropped)
    except BaseException:
        # The transaction is normally rolled back now; should a caller commit it instead,
        # the indexes must be there. A transaction that cannot run SQL any more keeps the
        # first error.
        with suppress(SQLAlchemyError):
            _create(session, dropped)
        raise
    _create(session, dropped)


def _create(session: Session, indexes: list[tuple[str, str]]) -> None:
    for _, sql in indexes:
        session.execute(text(sql))
