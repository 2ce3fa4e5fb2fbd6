"""Segment use cases for the window and the command line: count, save, list, explain, history.

Each function opens and owns its transaction and returns plain data. Bad rules, unknown
segments and cycles become a :class:`UserError` with one clear sentence.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, case, func, insert, select, update
from sqlalchemy.orm import Session

from segdesk.domain import i18n
from segdesk.domain.fields import Catalogue
from segdesk.domain.problems import RuleError
from segdesk.domain.rule_validation import load_rules
from segdesk.domain.rules import Group, Path, to_json
from segdesk.followups.due import mark_stale
from segdesk.segments import snapshots
from segdesk.segments.columns import Scope, tables
from segdesk.segments.compiler import SegmentDef, where_clause
from segdesk.segments.counts import (
    NodeResult,
    count_compiled,
    explain_compiled,
    small_segment_threshold,
    small_segment_warning,
)
from segdesk.segments.membership import load_segment, segment_compiled, session_resolver
from segdesk.segments.templates import TEMPLATES, Template, template
from segdesk.services.catalogue import catalogue_for_session
from segdesk.services.errors import UserError
from segdesk.store.database import Store
from segdesk.store.models import SegmentSnapshot

__all__ = [
    "TEMPLATES",
    "CountResult",
    "ExplainResult",
    "SegmentSummary",
    "Template",
    "count_rules",
    "count_segment",
    "explain",
    "list_segments",
    "member_query",
    "movements",
    "save_segment",
    "segment_member_ids",
    "size_series",
    "take_snapshots",
    "template",
]

RulesDoc = Mapping[str, Any] | str
segments_table = tables("segments")


@dataclass(frozen=True)
class CountResult:
    total: int  # contacts in the store
    matched: int
    nodes: dict[Path, int]  # each rule node's own count (root: ())
    warning: str | None  # small segment warning


@dataclass(frozen=True)
class SegmentSummary:
    name: str
    size: int | None  # None when its rules cannot be used any more
    description: str | None
    colour: str | None
    is_static: bool


@dataclass(frozen=True)
class ExplainResult:
    member: bool
    nodes: list[NodeResult]


def _rule_error(exc: RuleError) -> UserError:
    details = "; ".join(str(p) for p in exc.problems)
    return UserError(i18n.translate("Segments", "The rules cannot be used: %1").replace("%1", details))


def _no_segment(name: str) -> UserError:
    return UserError(i18n.translate("Segments", "There is no segment named “%1”.").replace("%1", name))


@contextmanager
def _work(store: Store, *, write: bool = False) -> Iterator[tuple[Session, Catalogue]]:
    """A session for one use case: a read (counts never wait for writers) or a write transaction."""
    with store.transaction() if write else store.sessions() as session:
        try:
            yield session, catalogue_for_session(session)
        except RuleError as exc:
            raise _rule_error(exc) from None


def _load(doc: RulesDoc, catalogue: Catalogue) -> Group:
    return load_rules(doc, catalogue)


def _segment(session: Session, name: str) -> SegmentDef:
    definition = load_segment(session, name)
    if definition is None:
        raise _no_segment(name)
    return definition


def _result(counts: Any, session: Session) -> CountResult:
    warning = small_segment_warning(counts.matched, small_segment_threshold(session))
    return CountResult(counts.total, counts.matched, counts.nodes, warning)


def count_rules(store: Store, rules: RulesDoc, today: date) -> CountResult:
    """How many contacts match ``rules`` today, and each rule node's own count."""
    with _work(store) as (session, catalogue):
        group = _load(rules, catalogue)
        compiled = where_clause(
            group, today=today, catalogue=catalogue, resolve_segment=session_resolver(session), per_node=True
        )
        return _result(count_compiled(session, compiled, group), session)


def count_segment(store: Store, name: str, today: date) -> CountResult:
    """The size of a saved segment (rules, lists) and its rule nodes' counts."""
    with _work(store) as (session, catalogue):
        compiled = segment_compiled(
            session, _segment(session, name), today, catalogue=catalogue, per_node=True
        )
        return _result(count_compiled(session, compiled), session)


def save_segment(
    store: Store,
    name: str,
    rules: RulesDoc | None,
    *,
    description: str | None = None,
    colour: str | None = None,
    cadence_days: int | None = None,
    now: datetime | None = None,
) -> None:
    """Create or replace segment ``name``; ``rules`` ``None`` makes a static segment.

    The rules are checked first (fields, operators, values, referred segments, cycles).
    """
    name = name.strip()
    if not name:
        raise UserError(i18n.translate("Segments", "A segment needs a name."))
    stamp = now or datetime.now()
    with _work(store, write=True) as (session, catalogue):
        existing = load_segment(session, name)
        rules_json = None
        if rules is not None:
            group = _load(rules, catalogue)
            definition = SegmentDef(existing.id if existing else 0, name, group)
            resolver = session_resolver(session, {name: definition})
            where_clause(
                group, today=stamp.date(), catalogue=catalogue, resolve_segment=resolver, segment_name=name
            )
            rules_json = json.dumps(to_json(group), ensure_ascii=False)
        values: dict[str, Any] = {
            "rules_json": rules_json,
            "description": description,
            "colour": colour,
            "cadence_days": cadence_days,
            "updated_at": stamp,
        }
        if cadence_days is not None:
            values["cadence_months"] = None  # one interval per segment: days given now replace months
        if existing is None:
            session.execute(insert(segments_table).values(name=name, created_at=stamp, version=1, **values))
        else:
            session.execute(
                update(segments_table)
                .where(segments_table.c.id == existing.id)
                .values(version=segments_table.c.version + 1, **values)
            )
        # Membership or cadence may have changed: due dates are recomputed at the next daily check.
        mark_stale(session)


def list_segments(store: Store, today: date) -> list[SegmentSummary]:
    """Every segment with its size today, sizes counted in one pass over the contacts."""
    with _work(store) as (session, catalogue):
        rows = session.execute(
            select(
                segments_table.c.id,
                segments_table.c.name,
                segments_table.c.rules_json,
                segments_table.c.description,
                segments_table.c.colour,
            ).order_by(segments_table.c.name)
        ).all()
        scope, resolver = Scope(), session_resolver(session)
        sizes: dict[int, Any] = {}
        for row in rows:
            try:
                definition = SegmentDef(row.id, row.name, row.rules_json)
                compiled = segment_compiled(
                    session, definition, today, catalogue=catalogue, resolver=resolver, scope=scope
                )
            except RuleError:
                continue
            sizes[row.id] = func.coalesce(func.sum(case((compiled.where, 1), else_=0)), 0)
        found: dict[int, int] = {}
        if sizes:
            values = session.execute(scope.select(*sizes.values())).one()
            found = {key: int(v) for key, v in zip(sizes, values, strict=True)}
        return [
            SegmentSummary(r.name, found.get(r.id), r.description, r.colour, r.rules_json is None)
            for r in rows
        ]


def take_snapshots(store: Store, today: date, now: datetime | None = None) -> list[snapshots.SnapshotResult]:
    """Snapshot every segment's members for ``today`` (replacing today's snapshots)."""
    with _work(store, write=True) as (session, catalogue):
        return snapshots.take_snapshots(session, today, now or datetime.now(), catalogue=catalogue)


def snapshot_if_due(store: Store, today: date, now: datetime | None = None) -> list[snapshots.SnapshotResult]:
    """Today's snapshots, unless every segment has one already (the window calls this on start).

    Returns what was taken: empty when nothing was due.
    """
    with store.sessions() as session:
        missing = session.scalar(
            select(func.count())
            .select_from(segments_table)
            .where(
                ~select(SegmentSnapshot.id)
                .where(SegmentSnapshot.segment_id == segments_table.c.id, SegmentSnapshot.taken_on == today)
                .exists()
            )
        )
    if not missing:
        return []
    return take_snapshots(store, today, now)


def movements(store: Store, name: str, from_day: date, to_day: date) -> snapshots.Movement:
    """Who joined and left segment ``name`` between two snapshot dates."""
    with _work(store) as (session, _catalogue):
        found = snapshots.movement(session, _segment(session, name).id, from_day, to_day)
        if found is None:
            message = i18n.translate("Segments", "Segment “%1” has no snapshot on or before both dates.")
            raise UserError(message.replace("%1", name))
        return found


def size_series(store: Store, name: str) -> list[tuple[date, int]]:
    with _work(store) as (session, _catalogue):
        return snapshots.size_series(session, _segment(session, name).id)


def explain(
    store: Store,
    contact_id: int,
    today: date,
    *,
    rules: RulesDoc | None = None,
    segment: str | None = None,
) -> ExplainResult:
    """Each rule's result for one contact, for ``rules`` or a saved ``segment``'s rules."""
    with _work(store) as (session, catalogue):
        if segment is not None:
            definition = _segment(session, segment)
            if definition.rules is None:
                compiled = segment_compiled(session, definition, today, catalogue=catalogue)
                group = Group("all", [])
            else:
                rules_doc = definition.rules
                group = rules_doc if isinstance(rules_doc, Group) else _load(rules_doc, catalogue)
                compiled = segment_compiled(session, definition, today, catalogue=catalogue, per_node=True)
        elif rules is not None:
            group = _load(rules, catalogue)
            compiled = where_clause(
                group,
                today=today,
                catalogue=catalogue,
                resolve_segment=session_resolver(session),
                per_node=True,
            )
        else:
            raise ValueError("explain needs rules or a segment")
        membership = compiled.scope.select(compiled.where).where(compiled.scope.contact_id == contact_id)
        member = session.execute(membership).scalar()
        nodes = explain_compiled(session, compiled, group, contact_id, catalogue) if compiled.nodes else []
        if member is None or nodes is None:
            raise UserError(
                i18n.translate("Segments", "There is no contact number %1.").replace("%1", str(contact_id))
            )
        return ExplainResult(bool(member), nodes)


def member_query(
    session: Session, today: date, *, rules: RulesDoc | None = None, segment: str | None = None
) -> Select[Any]:
    """``SELECT id`` of the matching contacts, to embed in another query of the same session."""
    catalogue = catalogue_for_session(session)
    try:
        if segment is not None:
            return segment_compiled(
                session, _segment(session, segment), today, catalogue=catalogue
            ).select_ids()
        if rules is None:
            raise ValueError("member_query needs rules or a segment")
        group = _load(rules, catalogue)
        compiled = where_clause(
            group, today=today, catalogue=catalogue, resolve_segment=session_resolver(session)
        )
        return compiled.select_ids()
    except RuleError as exc:
        raise _rule_error(exc) from None


def segment_member_ids(
    store: Store, today: date, *, rules: RulesDoc | None = None, segment: str | None = None
) -> list[int]:
    """The ids of the matching contacts, in id order."""
    with store.sessions() as session:
        query = member_query(session, today, rules=rules, segment=segment)
        return sorted(int(v) for v in session.execute(query).scalars())
