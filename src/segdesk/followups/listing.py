"""Who is due: follow-up rows for the view, the command line, call sheets and calendars.

One SELECT over ``contacts`` by the indexed ``next_followup_at`` (kept true by
:func:`segdesk.followups.due.refresh_due_dates`); the latest interaction of each listed
contact is found through its index, never by a Python loop over contacts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, literal, or_, select, true
from sqlalchemy.orm import Session

from segdesk.domain import i18n
from segdesk.domain.cadence import BUCKETS, Bucket, DueFilter, bucket_of, due_range, week_end
from segdesk.domain.i18n import QT_TRANSLATE_NOOP
from segdesk.followups.due import active_rows
from segdesk.followups.schema import contacts, followups, interactions, load_settings, team_members
from segdesk.store.derived import local_date

__all__ = [
    "BUCKET_LABELS",
    "CHANNEL_LABELS",
    "DueCounts",
    "FollowUpRow",
    "IdFilter",
    "LastContact",
    "OwnerFilter",
    "bucket_condition",
    "bucket_label",
    "channel_label",
    "count_due",
    "due_condition",
    "due_rows",
    "group_rows",
    "owner_ids",
]

OwnerFilter = str | int | None  # a team member's name (any case) or id; None: everyone

CHANNEL_LABELS: dict[str, str] = {
    "call": QT_TRANSLATE_NOOP("Follow-ups", "call"),
    "email": QT_TRANSLATE_NOOP("Follow-ups", "email"),
    "meeting": QT_TRANSLATE_NOOP("Follow-ups", "meeting"),
    "visit": QT_TRANSLATE_NOOP("Follow-ups", "visit"),
    "note": QT_TRANSLATE_NOOP("Follow-ups", "note"),
}
BUCKET_LABELS: dict[Bucket, str] = {
    "overdue": QT_TRANSLATE_NOOP("Follow-ups", "Overdue"),
    "today": QT_TRANSLATE_NOOP("Follow-ups", "Today"),
    "week": QT_TRANSLATE_NOOP("Follow-ups", "This week"),
    "later": QT_TRANSLATE_NOOP("Follow-ups", "Later"),
}


def channel_label(code: str) -> str:
    """How an interaction happened, in the user's language (unknown codes as stored)."""
    label = CHANNEL_LABELS.get(code)
    return i18n.translate("Follow-ups", label) if label is not None else code


def bucket_label(bucket: Bucket) -> str:
    """ "Overdue", "Today", "This week", "Later" in the user's language."""
    return i18n.translate("Follow-ups", BUCKET_LABELS[bucket])


@dataclass(frozen=True, slots=True)
class LastContact:
    on: date
    channel: str  # call, email, meeting, visit, note
    outcome: str | None
    note: str | None


@dataclass(frozen=True, slots=True)
class FollowUpRow:
    """One contact to follow up, as a list, a call sheet or a calendar shows it."""

    contact_id: int
    name: str
    company: str | None
    phone: str | None
    mobile: str | None
    email: str | None
    owner: str | None  # who is in charge: the follow-up's owner, else the contact's
    due_on: date
    bucket: Bucket  # overdue, today, week, later
    days_overdue: int  # today - due_on: positive when late, 0 today, negative ahead
    last_contact: LastContact | None  # the latest interaction
    phone_ok: bool  # False: the contact refused phone calls (never on a call list)
    never_contacted: bool
    set_by_hand: bool
    snoozed_until: date | None
    note: str | None  # the note of a follow-up set by hand
    cadence_days: int | None  # effective interval in days

    @property
    def phone_refused(self) -> bool:
        return not self.phone_ok

    @property
    def callable(self) -> bool:
        """On a call list: phone calls allowed and a number to call."""
        return self.phone_ok and bool(self.phone or self.mobile)

    @property
    def number(self) -> str | None:
        return self.phone or self.mobile


@dataclass(frozen=True, slots=True)
class DueCounts:
    """How many follow-ups fall in each bucket; :attr:`due` is the sidebar badge."""

    overdue: int = 0
    today: int = 0
    week: int = 0
    later: int = 0

    @property
    def due(self) -> int:
        """Due now: overdue plus today."""
        return self.overdue + self.today

    def of(self, bucket: Bucket) -> int:
        return {"overdue": self.overdue, "today": self.today, "week": self.week, "later": self.later}[bucket]


def due_condition(column: ColumnElement[Any], due: DueFilter, today: date) -> ColumnElement[bool]:
    """The SQL test on a due-date column for a list filter (see :func:`domain.cadence.due_range`)."""
    first, last = due_range(due, today)
    parts: list[ColumnElement[bool]] = [column.is_not(None)]
    if first is not None:
        parts.append(column >= first)
    if last is not None:
        parts.append(column <= last)
    return and_(*parts)


def owner_ids(session: Session, owner: str) -> list[int]:
    """Ids of the team members called ``owner`` (ignoring case and surrounding spaces)."""
    wanted = owner.strip().casefold()
    members = session.execute(select(team_members.c.id, team_members.c.name)).all()
    return [m.id for m in members if m.name.strip().casefold() == wanted]


def _owner_condition(
    session: Session, owner_id: ColumnElement[Any], owner: OwnerFilter
) -> ColumnElement[bool]:
    if owner is None:
        return true()
    if isinstance(owner, int):
        return owner_id == owner
    return owner_id.in_(owner_ids(session, owner))


def _callable(c: Any) -> ColumnElement[bool]:
    return and_(
        c.c.phone_ok == true(),
        or_(func.coalesce(c.c.phone, "") != "", func.coalesce(c.c.mobile, "") != ""),
    )


def bucket_condition(column: ColumnElement[Any], bucket: Bucket, today: date) -> ColumnElement[bool]:
    """The SQL test on a due-date column for one bucket of the view."""
    end = week_end(today)
    if bucket == "overdue":
        return column < today
    if bucket == "today":
        return column == today
    if bucket == "week":
        return and_(column > today, column <= end)
    return column > end


IdFilter = Select[Any] | Iterable[int] | None  # a SELECT of contact ids, or ids; None: everyone


def _rows_select(
    session: Session,
    today: date,
    due_filter: DueFilter,
    bucket: Bucket | None,
    owner: OwnerFilter,
    call_list: bool,
    contact_ids: IdFilter,
    limit: int | None,
    offset: int,
) -> Select[Any]:
    """Pick the page of contacts first (index order, LIMIT), then read their details."""
    settings = load_settings(session)
    c = contacts.alias("lc")
    act = active_rows(settings)
    row = followups.alias("lf")
    owner_id = func.coalesce(row.c.owner_id, c.c.owner_id)
    due = c.c.next_followup_at
    where = [
        bucket_condition(due, bucket, today) if bucket else due_condition(due, due_filter, today),
        _owner_condition(session, owner_id, owner),
    ]
    if call_list:
        where.append(_callable(c))
    if isinstance(contact_ids, Select):
        where.append(c.c.id.in_(contact_ids.scalar_subquery()))
    elif contact_ids is not None:
        where.append(c.c.id.in_(list(contact_ids)))
    pick = (
        select(c.c.id.label("cid"), act.c.followup_id.label("fid"), owner_id.label("oid"))
        .select_from(
            c.outerjoin(act, act.c.contact_id == c.c.id).outerjoin(row, row.c.id == act.c.followup_id)
        )
        .where(*where)
        .order_by(due, c.c.sort_name, c.c.id)
        .limit(limit)
        .offset(offset or None)
        .subquery("pick")
    )
    d = contacts.alias("ld")
    chosen = followups.alias("lf2")
    member = team_members.alias("lm")
    latest = (
        select(interactions.c.id)
        .where(interactions.c.contact_id == d.c.id)
        .order_by(interactions.c.occurred_at.desc(), interactions.c.id.desc())
        .limit(1)
        .correlate(d)
        .scalar_subquery()
    )
    # The page's rows with the id of each one's latest interaction (an index lookup per row)...
    page = (
        select(
            d.c.id,
            d.c.full_name,
            d.c.sort_name,
            d.c.company_name,
            d.c.phone,
            d.c.mobile,
            d.c.email,
            member.c.name.label("owner"),
            d.c.next_followup_at,
            d.c.phone_ok,
            d.c.last_contact_at,
            d.c.effective_cadence_days,
            func.coalesce(chosen.c.set_by_hand, literal(False)).label("set_by_hand"),
            chosen.c.snoozed_until,
            case((chosen.c.set_by_hand == true(), chosen.c.note), else_=None).label("hand_note"),
            latest.label("last_id"),
        )
        .select_from(
            pick.join(d, d.c.id == pick.c.cid)
            .outerjoin(chosen, chosen.c.id == pick.c.fid)
            .outerjoin(member, member.c.id == pick.c.oid)
        )
        .subquery("page")
    )
    # ...then that interaction by its primary key.
    last = interactions.alias("li")
    return (
        select(
            page,
            local_date(last.c.occurred_at).label("last_on"),
            last.c.channel,
            last.c.outcome,
            last.c.note,
        )
        .select_from(page.outerjoin(last, last.c.id == page.c.last_id))
        .order_by(page.c.next_followup_at, page.c.sort_name, page.c.id)
    )


def due_rows(
    session: Session,
    today: date,
    *,
    due: DueFilter = "today",
    bucket: Bucket | None = None,
    owner: OwnerFilter = None,
    call_list: bool = False,
    contact_ids: IdFilter = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[FollowUpRow]:
    """Follow-ups due (by ``due``, or exactly one ``bucket``), most overdue first, then by name.

    ``call_list`` leaves out contacts who refused phone calls or have no number;
    otherwise they are listed with ``phone_ok`` False so a view can mark them.
    ``limit``/``offset`` page through long lists (the details are read for that page only).
    """
    stmt = _rows_select(session, today, due, bucket, owner, call_list, contact_ids, limit, offset)
    rows = []
    for r in session.execute(stmt):
        last = LastContact(r.last_on, r.channel, r.outcome, r.note) if r.last_on is not None else None
        rows.append(
            FollowUpRow(
                contact_id=r.id,
                name=r.full_name,
                company=r.company_name if r.company_name != r.full_name else None,
                phone=r.phone,
                mobile=r.mobile,
                email=r.email,
                owner=r.owner,
                due_on=r.next_followup_at,
                bucket=bucket_of(r.next_followup_at, today),
                days_overdue=(today - r.next_followup_at).days,
                last_contact=last,
                phone_ok=bool(r.phone_ok),
                never_contacted=r.last_contact_at is None and last is None,
                set_by_hand=bool(r.set_by_hand),
                snoozed_until=r.snoozed_until,
                note=r.hand_note,
                cadence_days=r.effective_cadence_days,
            )
        )
    return rows


def group_rows(rows: Iterable[FollowUpRow]) -> dict[Bucket, list[FollowUpRow]]:
    """Rows by bucket, every bucket present (in order: overdue, today, week, later)."""
    groups: dict[Bucket, list[FollowUpRow]] = {bucket: [] for bucket in BUCKETS}
    for row in rows:
        groups[row.bucket].append(row)
    return groups


def count_due(
    session: Session, today: date, *, owner: OwnerFilter = None, call_list: bool = False
) -> DueCounts:
    """How many follow-ups are overdue, due today, later this ISO week and later on."""
    c = contacts.alias("cc")
    due = c.c.next_followup_at
    where: list[ColumnElement[bool]] = [due.is_not(None)]
    source: Any = c
    if owner is not None:
        act = active_rows(load_settings(session))
        row = followups.alias("cf")
        source = c.outerjoin(act, act.c.contact_id == c.c.id).outerjoin(row, row.c.id == act.c.followup_id)
        where.append(_owner_condition(session, func.coalesce(row.c.owner_id, c.c.owner_id), owner))
    if call_list:
        where.append(_callable(c))

    def counted(condition: ColumnElement[bool]) -> Any:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    result = session.execute(
        select(*(counted(bucket_condition(due, bucket, today)) for bucket in BUCKETS))
        .select_from(source)
        .where(*where)
    ).one()
    return DueCounts(*(int(value) for value in result))
