"""Segment history: daily member snapshots, movements between two dates, size series.

A snapshot stores a segment's members on one day (``segment_snapshots`` +
``snapshot_members``); taking it again the same day replaces that day's. Comparisons
use, for each date asked, the latest snapshot taken on or before it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, delete, func, insert, literal, select, update
from sqlalchemy.orm import Session

from segdesk.domain.fields import DEFAULT_CATALOGUE, Catalogue
from segdesk.domain.problems import RuleError
from segdesk.segments.columns import tables
from segdesk.segments.compiler import SegmentDef
from segdesk.segments.membership import segment_compiled, session_resolver

__all__ = [
    "Movement",
    "SnapshotResult",
    "all_segments",
    "movement",
    "movement_matrix",
    "size_series",
    "snapshot_on",
    "take_snapshots",
]

snapshots = tables("segment_snapshots")
members = tables("snapshot_members")
segments = tables("segments")


@dataclass(frozen=True)
class SnapshotResult:
    segment_id: int
    name: str
    size: int | None  # None when the segment's rules cannot be used
    error: str | None = None


@dataclass(frozen=True)
class Movement:
    """Who joined, left and stayed between the snapshots of ``from_day`` and ``to_day``."""

    from_day: date
    to_day: date
    joined: list[int]
    left: list[int]
    stayed: int


def all_segments(session: Session) -> list[SegmentDef]:
    rows = session.execute(
        select(segments.c.id, segments.c.name, segments.c.rules_json).order_by(segments.c.name)
    )
    return [SegmentDef(r.id, r.name, r.rules_json) for r in rows]


def take_snapshots(
    session: Session,
    today: date,
    now: datetime,
    *,
    catalogue: Catalogue = DEFAULT_CATALOGUE,
    only: Sequence[SegmentDef] | None = None,
) -> list[SnapshotResult]:
    """Snapshot every segment (or ``only`` these) as of ``today``; replaces today's snapshots."""
    resolver = session_resolver(session)
    results = []
    for definition in only if only is not None else all_segments(session):
        try:
            compiled = segment_compiled(session, definition, today, catalogue=catalogue, resolver=resolver)
        except RuleError as exc:
            results.append(SnapshotResult(definition.id, definition.name, None, str(exc)))
            continue
        old = select(snapshots.c.id).where(
            snapshots.c.segment_id == definition.id, snapshots.c.taken_on == today
        )
        session.execute(delete(members).where(members.c.snapshot_id.in_(old.scalar_subquery())))
        session.execute(delete(snapshots).where(snapshots.c.id.in_(old.scalar_subquery())))
        snapshot_id = session.execute(
            insert(snapshots)
            .values(segment_id=definition.id, taken_on=today, taken_at=now, size=0)
            .returning(snapshots.c.id)
        ).scalar_one()
        source = compiled.scope.select(literal(snapshot_id), compiled.scope.contact_id).where(compiled.where)
        session.execute(insert(members).from_select(["snapshot_id", "contact_id"], source))
        size = session.execute(
            select(func.count()).select_from(members).where(members.c.snapshot_id == snapshot_id)
        ).scalar_one()
        session.execute(update(snapshots).where(snapshots.c.id == snapshot_id).values(size=size))
        results.append(SnapshotResult(definition.id, definition.name, int(size)))
    return results


def snapshot_on(session: Session, segment_id: int, day: date) -> tuple[int, date] | None:
    """(id, date) of the segment's latest snapshot taken on or before ``day``."""
    row = session.execute(
        select(snapshots.c.id, snapshots.c.taken_on)
        .where(snapshots.c.segment_id == segment_id, snapshots.c.taken_on <= day)
        .order_by(snapshots.c.taken_on.desc())
        .limit(1)
    ).first()
    return None if row is None else (row.id, row.taken_on)


def _ids(session: Session, query: Any) -> list[int]:
    return sorted(int(v) for v in session.execute(query).scalars())


def movement(session: Session, segment_id: int, from_day: date, to_day: date) -> Movement | None:
    """Members gained and lost between two dates; ``None`` without a snapshot on or before both."""
    first, second = snapshot_on(session, segment_id, from_day), snapshot_on(session, segment_id, to_day)
    if first is None or second is None:
        return None
    a, b = members.alias("a"), members.alias("b")

    def only_in(x: Any, x_id: int, y: Any, y_id: int) -> list[int]:
        other = select(y.c.contact_id).where(y.c.snapshot_id == y_id, y.c.contact_id == x.c.contact_id)
        return _ids(session, select(x.c.contact_id).where(x.c.snapshot_id == x_id, ~other.exists()))

    stayed = session.execute(
        select(func.count())
        .select_from(a.join(b, and_(b.c.contact_id == a.c.contact_id, b.c.snapshot_id == second[0])))
        .where(a.c.snapshot_id == first[0])
    ).scalar_one()
    return Movement(
        first[1],
        second[1],
        joined=only_in(b, second[0], a, first[0]),
        left=only_in(a, first[0], b, second[0]),
        stayed=int(stayed),
    )


def size_series(session: Session, segment_id: int) -> list[tuple[date, int]]:
    """(date, size) of every snapshot of the segment, oldest first."""
    rows = session.execute(
        select(snapshots.c.taken_on, snapshots.c.size)
        .where(snapshots.c.segment_id == segment_id)
        .order_by(snapshots.c.taken_on)
    )
    return [(r.taken_on, int(r.size)) for r in rows]


def movement_matrix(
    session: Session, segment_ids: Iterable[int], from_day: date, to_day: date
) -> dict[tuple[int | None, int | None], int]:
    """How many contacts went from segment X (at ``from_day``) to segment Y (at ``to_day``).

    Keys are (X, Y) segment ids; ``None`` stands for "in none of these segments" (newly
    arrived contacts have X ``None``, contacts that left all of them Y ``None``). A contact
    in several of the segments counts once per pair.
    """
    ids = list(dict.fromkeys(segment_ids))
    before = [s for s in (snapshot_on(session, i, from_day) for i in ids) if s is not None]
    after = [s for s in (snapshot_on(session, i, to_day) for i in ids) if s is not None]

    def side(found: list[tuple[int, date]], name: str) -> Any:
        return (
            select(members.c.contact_id, snapshots.c.segment_id)
            .join(snapshots, snapshots.c.id == members.c.snapshot_id)
            .where(members.c.snapshot_id.in_([s[0] for s in found]))
            .subquery(name)
        )

    a, b = side(before, "a"), side(after, "b")
    out: dict[tuple[int | None, int | None], int] = {}
    pairs = (
        select(a.c.segment_id, b.c.segment_id, func.count())
        .select_from(a.join(b, b.c.contact_id == a.c.contact_id))
        .group_by(a.c.segment_id, b.c.segment_id)
    )
    for x, y, n in session.execute(pairs):
        out[(x, y)] = int(n)
    for x_side, y_side, as_key in ((a, b, lambda s: (s, None)), (b, a, lambda s: (None, s))):
        nowhere = ~select(y_side.c.contact_id).where(y_side.c.contact_id == x_side.c.contact_id).exists()
        query = (
            select(x_side.c.segment_id, func.count(func.distinct(x_side.c.contact_id)))
            .where(nowhere)
            .group_by(x_side.c.segment_id)
        )
        for seg, n in session.execute(query):
            out[as_key(seg)] = int(n)
    return out
