"""One slice of a table's rows checked in a helper process, and its result sent back.

Kept apart from the import service on purpose: a helper started with spawn imports
only this module and :mod:`segdesk.io.rows` (about 0.05 s), not the database layer
and the rest of the program (about 0.35 s more, per helper, per check).
"""

from __future__ import annotations

from typing import Any

from segdesk.io.collector import paused_collection
from segdesk.io.rows import Draft, Problem, RowCheck, check_rows

__all__ = ["Packed", "check_chunk", "check_inherited_chunk", "inherit", "unpack"]

Packed = tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]

# The rows of the table being checked, for helpers made by fork: they inherit them with the
# rest of memory, which saves pickling the whole table (0.13 s per 100,000 rows, and as much
# again to unpickle it in the helpers). Fork is only used with no other thread running.
_inherited_rows: list[list[str]] | None = None


def inherit(rows: list[list[str]] | None) -> None:
    """The rows helpers forked from now on hold (None once the check is over)."""
    global _inherited_rows
    _inherited_rows = rows


def check_chunk(check: RowCheck, rows: list[list[str]], start: int) -> Packed:
    """:func:`check_rows` as plain tuples (unpickled several times faster than drafts)."""
    with paused_collection():
        drafts, problems = check_rows(check, rows, start)
    return (
        [(d.row, d.values, d.owner, d.tags, d.needs, d.custom, d.consent, d.consent_at) for d in drafts],
        [(p.row, p.column, p.message, p.error) for p in problems],
    )


def check_inherited_chunk(check: RowCheck, start: int, stop: int) -> Packed:
    """In a forked helper: :func:`check_chunk` of rows it already holds."""
    assert _inherited_rows is not None
    return check_chunk(check, _inherited_rows[start:stop], start)


def unpack(packed: Packed) -> tuple[list[Draft], list[Problem]]:
    return [Draft(*d) for d in packed[0]], [Problem(*p) for p in packed[1]]
