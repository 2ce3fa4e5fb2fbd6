"""Due dates, set-based: ``contacts.next_followup_at`` and ``contacts.effective_cadence_days``.

For each contact (SQL of :mod:`segdesk.domain.cadence`, one UPDATE per chunk of ids):

1. effective cadence: its own (``cadence_months`` else ``cadence_days``), else the
   shortest cadence of the segments it belongs to, else the default setting;
2. computed due date: last touch + cadence (weekends skipped when set); never touched
   = today;
3. the *active* row of ``followups``, if any, wins over the computed date:
   dismissed -> no due date; snoozed -> ``snoozed_until``; else its ``due_on`` (a date
   set by hand).

A ``followups`` row is active while it is not done (``done_at`` NULL) and either is an
undismissed date set by hand, or the contact's last touch is not later than the row
(its dismissal day for a dismissal, else the day it was made). So a touch recorded
later, even by an import, ends a snooze or a dismissal of the computed follow-up; a date
set by hand stays until the follow-up is done (logging a contact marks all rows done).
The newest active row counts when there are several.

A segment whose rules name ``cadence_days`` or ``next_followup_at`` (itself or through
``in_segment``) gives no cadence: its cadence would decide its members, which decide its
cadence, flipping at every refresh.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    FromClause,
    Integer,
    Select,
    and_,
    bindparam,
    case,
    func,
    literal,
    null,
    or_,
    select,
    true,
    union_all,
    update,
)
from sqlalchemy.orm import Session

from segdesk.domain.cadence import MAX_DAYS, MAX_MONTHS, Cadence, FollowUpSettings
from segdesk.domain.problems import RuleError
from segdesk.followups.schema import contacts, followups, load_settings, mark_refreshed, segments
from segdesk.followups.sqldates import add_days, add_months, later_of, skip_weekend
from segdesk.segments.compiler import SegmentDef
from segdesk.segments.membership import member_select
from segdesk.store.derived import ID_CHUNK, local_date

__all__ = [
    "CadenceSegment",
    "Membership",
    "RefreshResult",
    "active_rows",
    "cadence_segments",
    "engine_membership",
    "mark_stale",
    "reads_followup_fields",
    "refresh_due_dates",
    "touch_of",
]


@dataclass(frozen=True, slots=True)
class CadenceSegment:
    """A saved segment with a follow-up cadence."""

    id: int
    name: str
    rules_json: str | None  # None: a static (hand-picked) segment
    cadence: Cadence


# Given a segment, a SELECT whose first column is the id of each member on ``today``.
Membership = Callable[[Session, CadenceSegment, date], Select[Any]]


@dataclass(frozen=True, slots=True)
class RefreshResult:
    changed: int  # contacts whose due date or effective cadence changed
    broken_segments: tuple[str, ...] = ()  # segments whose rules cannot be used: cadence ignored
    circular_segments: tuple[str, ...] = ()  # rules read follow-up dates themselves: cadence ignored


FOLLOWUP_FIELDS = frozenset({"cadence_days", "next_followup_at"})


def reads_followup_fields(
    session: Session, rules_json: str | None, seen: frozenset[str] = frozenset()
) -> bool:
    """Whether rules name ``cadence_days`` or ``next_followup_at``, directly or through ``in_segment``.

    Such a segment's cadence would decide who is in the segment, which decides its
    cadence: its membership would flip at every refresh, so its cadence is not used.
    """
    try:
        document = json.loads(rules_json) if rules_json else None
    except ValueError:
        return False
    pending: list[Any] = [document]
    while pending:
        node = pending.pop()
        if isinstance(node, list):
            pending.extend(node)
        elif isinstance(node, dict):
            if node.get("field") in FOLLOWUP_FIELDS:
                return True
            name = node.get("value")
            if node.get("field") == "segment" and isinstance(name, str) and name not in seen:
                other = session.scalar(select(segments.c.rules_json).where(segments.c.name == name))
                if reads_followup_fields(session, other, seen | {name}):
                    return True
            pending.extend(node.values())
    return False


def mark_stale(session: Session) -> None:
    """Due dates need a full refresh (a segment's rules changed...): the next daily check does it."""
    mark_refreshed(session, None)


def engine_membership(session: Session, segment: CadenceSegment, today: date) -> Select[Any]:
    """Members as the segment engine sees them (rules, always-include/exclude lists, static lists)."""
    return member_select(session, SegmentDef(segment.id, segment.name, segment.rules_json), today)


def cadence_segments(session: Session) -> list[CadenceSegment]:
    """Segments with a cadence, shortest first (days before months on a tie, then by id)."""
    s = segments.c
    rows = session.execute(
        select(s.id, s.name, s.rules_json, s.cadence_days, s.cadence_months).where(
            or_(s.cadence_days > 0, s.cadence_months > 0)
        )
    ).all()
    found = []
    for row in rows:
        cadence = Cadence.from_columns(row.cadence_days, row.cadence_months)
        if cadence is not None:
            found.append(CadenceSegment(row.id, row.name, row.rules_json, cadence))
    return sorted(found, key=lambda seg: (seg.cadence.length_key, seg.cadence.unit != "days", seg.id))


def touch_of(c: Any, settings: FollowUpSettings) -> ColumnElement[Any]:
    """The last touch of contact row ``c`` (a FROM clause over ``contacts``)."""
    if settings.touch == "interaction_or_order":
        return later_of(c.c.last_contact_at, c.c.last_purchase_at)
    return c.c.last_contact_at  # type: ignore[no-any-return]


def _only(col: ColumnElement[Any], ids: list[int] | None) -> ColumnElement[bool]:
    return col.in_(ids) if ids is not None else true()


def active_rows(settings: FollowUpSettings, ids: list[int] | None = None) -> FromClause:
    """``(contact_id, followup_id)`` of the active ``followups`` row of each contact that has one.

    Read from the not-done rows (few: one per contact at most), each looking up its
    contact's last touch by primary key.
    """
    f = followups.c
    c = contacts.alias("ac")
    touch = select(touch_of(c, settings)).where(c.c.id == f.contact_id).scalar_subquery()
    since = case((f.dismissed_at.is_not(None), local_date(f.dismissed_at)), else_=local_date(f.created_at))
    return (
        select(f.contact_id, func.max(f.id).label("followup_id"))
        .where(
            f.done_at.is_(None),
            _only(f.contact_id, ids),
            or_(and_(f.set_by_hand == true(), f.dismissed_at.is_(None)), touch.is_(None), touch <= since),
        )
        .group_by(f.contact_id)
        .subquery("act")
    )


Chosen = list[tuple[CadenceSegment, Select[Any]]]  # cadence segments with their member SELECTs


def _best_segment(chosen: Chosen, ids: list[int] | None) -> FromClause | None:
    """``(contact_id, p)``: ``p`` the index in ``chosen`` of the contact's shortest-cadence segment."""
    if not chosen:
        return None
    parts = []
    for index, (_segment, members) in enumerate(chosen):
        if ids is not None:
            members = members.where(members.selected_columns[0].in_(ids))
        sub = members.subquery(f"m{index}")
        member_id = next(iter(sub.c))
        parts.append(select(member_id.label("contact_id"), literal(index, Integer).label("p")))
    union = union_all(*parts).subquery("sm")
    return (
        select(union.c.contact_id, func.min(union.c.p).label("p")).group_by(union.c.contact_id).subquery("sb")
    )


def _clamped(col: ColumnElement[Any], limit: int) -> ColumnElement[Any]:
    return case((col > limit, limit), else_=col)


def _due_source(
    settings: FollowUpSettings,
    today: date,
    best: FromClause | None,
    chosen: Chosen,
    ids: list[int] | None,
    missing_only: bool,
) -> Select[Any]:
    c = contacts.alias("fc")
    own_months, own_days = c.c.cadence_months, c.c.cadence_days
    amount_cases: list[tuple[ColumnElement[bool], Any]] = [
        (own_months > 0, _clamped(own_months, MAX_MONTHS)),
        (own_days > 0, _clamped(own_days, MAX_DAYS)),
    ]
    months_cases: list[tuple[ColumnElement[bool], Any]] = [(own_months > 0, 1), (own_days > 0, 0)]
    if best is not None:
        for index, (segment, _members) in enumerate(chosen):
            amount_cases.append((best.c.p == index, segment.cadence.amount))
            months_cases.append((best.c.p == index, int(segment.cadence.unit == "months")))
    default = settings.default_cadence
    amount = case(*amount_cases, else_=literal(default.amount, Integer))
    is_months = case(*months_cases, else_=literal(int(default.unit == "months"), Integer))

    touch = touch_of(c, settings)
    stepped: ColumnElement[Any] = case(
        (is_months == 1, add_months(touch, amount)), else_=add_days(touch, amount)
    )
    if settings.skip_weekends:
        stepped = skip_weekend(stepped)
    computed = case((touch.is_(None), bindparam(None, today, Date)), else_=stepped)

    act = active_rows(settings, ids)
    row = followups.alias("af")
    due = case(
        (row.c.dismissed_at.is_not(None), null()),
        (row.c.snoozed_until.is_not(None), row.c.snoozed_until),
        (row.c.id.is_not(None), row.c.due_on),
        else_=computed,
    )
    effective_days = case((is_months == 1, (amount * 1461 + 24) // 48), else_=amount)

    joined = c.outerjoin(act, act.c.contact_id == c.c.id).outerjoin(row, row.c.id == act.c.followup_id)
    if best is not None:
        joined = joined.outerjoin(best, best.c.contact_id == c.c.id)
    where = [_only(c.c.id, ids)]
    if missing_only:
        where += [c.c.next_followup_at.is_(None), c.c.effective_cadence_days.is_(None)]
    return (
        select(c.c.id, due.label("due"), effective_days.label("effective_days"))
        .select_from(joined)
        .where(*where)
    )


def _chunks(ids: Sequence[int] | None) -> list[list[int] | None]:
    if ids is None:
        return [None]
    unique = sorted(set(ids))
    return [unique[start : start + ID_CHUNK] for start in range(0, len(unique), ID_CHUNK)]


def refresh_due_dates(
    session: Session,
    today: date,
    contact_ids: Sequence[int] | None = None,
    *,
    settings: FollowUpSettings | None = None,
    membership: Membership = engine_membership,
    missing_only: bool = False,
) -> RefreshResult:
    """Recompute ``next_followup_at`` and ``effective_cadence_days`` (all contacts, or some).

    One UPDATE per chunk of contact ids, inside the caller's transaction; only rows
    whose values change are written. ``membership`` says who is in a segment (the
    segment engine by default). A segment whose rules cannot be compiled, or read the
    follow-up fields themselves, is left out and named in the result. ``missing_only``:
    only contacts never computed yet (new ones).
    """
    settings = settings or load_settings(session)
    chosen: Chosen = []
    broken: list[str] = []
    circular: list[str] = []
    for segment in cadence_segments(session):
        if reads_followup_fields(session, segment.rules_json):
            circular.append(segment.name)
            continue
        try:
            chosen.append((segment, membership(session, segment, today)))
        except RuleError:
            broken.append(segment.name)
    changed = 0
    for ids in _chunks(contact_ids):
        best = _best_segment(chosen, ids)
        source = _due_source(settings, today, best, chosen, ids, missing_only).subquery("fs")
        target = contacts.c
        result = session.execute(
            update(contacts)
            .values(next_followup_at=source.c.due, effective_cadence_days=source.c.effective_days)
            .where(
                target.id == source.c.id,
                or_(
                    target.next_followup_at.is_distinct_from(source.c.due),
                    target.effective_cadence_days.is_distinct_from(source.c.effective_days),
                ),
            )
        )
        changed += max(result.rowcount, 0)  # type: ignore[attr-defined]
    return RefreshResult(changed, tuple(broken), tuple(circular))
