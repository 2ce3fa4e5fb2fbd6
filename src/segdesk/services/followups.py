"""Follow-up reminders: what is due, one-call actions, cadences, settings and calendar export.

Each call owns its transaction and returns plain data. Dates are injected: ``today``
is the local date (``--today`` on the command line), ``now`` defaults to the current
time of day on ``today``.

For the window: :func:`followup_groups` fills the Overdue / Today / This week / Later
view, :func:`count_due` the sidebar badge and the tray notice (``.due``), and
:func:`ensure_current` runs at start and each morning (due dates of never-contacted
contacts and segment memberships move with the date). Logging a contact is
:func:`segdesk.services.interactions.log_contact`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from segdesk.domain import i18n
from segdesk.domain.cadence import (
    BUCKETS,
    DUE_FILTERS,
    Bucket,
    Cadence,
    CadenceError,
    DueFilter,
    FollowUpSettings,
    parse_cadence,
)
from segdesk.followups import actions
from segdesk.followups.due import RefreshResult, refresh_due_dates
from segdesk.followups.ics import CalendarKind, calendar_bytes
from segdesk.followups.listing import (
    DueCounts,
    FollowUpRow,
    IdFilter,
    LastContact,
    OwnerFilter,
    bucket_label,
    channel_label,
    due_rows,
    group_rows,
    owner_ids,
)
from segdesk.followups.listing import count_due as count_in_session
from segdesk.followups.schema import (
    contacts,
    load_settings,
    mark_refreshed,
    refreshed_on,
    save_settings,
    segments,
)
from segdesk.services.contacts import audit
from segdesk.services.errors import UserError
from segdesk.services.files import replacing_text_file
from segdesk.store.database import Store

__all__ = [
    "Bucket",
    "Cadence",
    "DueCounts",
    "DueFilter",
    "FollowUpGroups",
    "FollowUpRow",
    "FollowUpSettings",
    "IcsResult",
    "LastContact",
    "RefreshResult",
    "bucket_label",
    "channel_label",
    "count_due",
    "dismiss",
    "due_followups",
    "ensure_current",
    "export_ics",
    "followup_groups",
    "followup_settings",
    "group_rows",
    "parse_cadence_text",
    "refresh",
    "reset_followup",
    "save_followup_settings",
    "set_contact_cadence",
    "set_followup_date",
    "set_segment_cadence",
    "snooze",
]  # fmt: skip


def now_on(today: date, now: datetime | None = None) -> datetime:
    """``now``, or the current time of day on ``today`` (so an injected date stays consistent)."""
    return now or datetime.combine(today, datetime.now().time())


def _check_filters(session: Session, due: str, owner: OwnerFilter) -> None:
    if due not in DUE_FILTERS:
        raise UserError(
            i18n.fill(
                i18n.translate("Follow-ups", "Unknown follow-up list “%1”; choose one of: %2."),
                due,
                ", ".join(DUE_FILTERS),
            )
        )
    if isinstance(owner, str) and not owner_ids(session, owner):
        raise _no_member(owner)


def _no_member(name: str) -> UserError:
    return UserError(i18n.fill(i18n.translate("Follow-ups", "No team member is called “%1”."), name))


def _check_contact(session: Session, contact_id: int) -> None:
    if not actions.contact_exists(session, contact_id):
        raise UserError(
            i18n.fill(i18n.translate("Follow-ups", "There is no contact with the id %1."), contact_id)
        )


# ------------------------------------------------------------------ lists


def due_followups(
    store: Store,
    today: date,
    due: DueFilter = "today",
    owner: OwnerFilter = None,
    *,
    bucket: Bucket | None = None,
    call_list: bool = False,
    contact_ids: IdFilter = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[FollowUpRow]:
    """Follow-ups by ``due`` (overdue | today = due by today | week = by Sunday | all), most overdue first.

    ``bucket`` lists exactly one group of the view instead (overdue, today, week, later),
    e.g. the next page of a long group with ``limit``/``offset``. ``owner``: a team
    member's name or id ("mine"). ``call_list``: leave out contacts who refused phone
    calls or have no number (otherwise they are listed with ``phone_ok`` False).
    ``contact_ids``: only these contacts (ids, or a SELECT of ids such as a segment's).
    """
    with store.sessions() as session:
        _check_filters(session, due, owner)
        return due_rows(
            session,
            today,
            due=due,
            bucket=bucket,
            owner=owner,
            call_list=call_list,
            contact_ids=contact_ids,
            limit=limit,
            offset=offset,
        )


@dataclass(frozen=True)
class FollowUpGroups:
    """The follow-ups view: the first rows of each bucket, and each bucket's full count."""

    groups: dict[Bucket, list[FollowUpRow]] = field(default_factory=dict)
    counts: DueCounts = field(default_factory=DueCounts)

    def rows(self, bucket: Bucket) -> list[FollowUpRow]:
        return self.groups.get(bucket, [])

    def more(self, bucket: Bucket) -> int:
        """How many rows of ``bucket`` were left out (fetch them with ``due_followups(bucket=...)``)."""
        return self.counts.of(bucket) - len(self.rows(bucket))


def followup_groups(
    store: Store,
    today: date,
    owner: OwnerFilter = None,
    *,
    call_list: bool = False,
    limit_per_group: int | None = 500,
) -> FollowUpGroups:
    """Overdue, Today, This week and Later: up to ``limit_per_group`` rows each, with full counts."""
    with store.sessions() as session:
        _check_filters(session, "all", owner)
        groups = {
            bucket: due_rows(
                session, today, bucket=bucket, owner=owner, call_list=call_list, limit=limit_per_group
            )
            for bucket in BUCKETS
        }
        counts = count_in_session(session, today, owner=owner, call_list=call_list)
    return FollowUpGroups(groups, counts)


def count_due(store: Store, today: date, owner: OwnerFilter = None, *, call_list: bool = False) -> DueCounts:
    """Counts per bucket; ``.due`` (overdue + today) is the badge and the morning notice."""
    with store.sessions() as session:
        return count_in_session(session, today, owner=owner, call_list=call_list)


# ------------------------------------------------------------------ one-call actions


def snooze(
    store: Store, contact_id: int, until: date, *, today: date, now: datetime | None = None
) -> date | None:
    """Put the contact's follow-up off until ``until`` (today or later); the new due date."""
    if until < today:
        raise UserError(i18n.translate("Follow-ups", "Snooze to today or a later day."))
    with store.transaction() as session:
        _check_contact(session, contact_id)
        return actions.snooze(session, contact_id, until, today=today, now=now_on(today, now))


def dismiss(store: Store, contact_id: int, *, today: date, now: datetime | None = None) -> date | None:
    """No follow-up for the contact until the next touch; the due date (None)."""
    with store.transaction() as session:
        _check_contact(session, contact_id)
        return actions.dismiss(session, contact_id, today=today, now=now_on(today, now))


def set_followup_date(
    store: Store,
    contact_id: int,
    on: date,
    *,
    today: date,
    note: str | None = None,
    owner: str | None = None,
    now: datetime | None = None,
) -> date | None:
    """A follow-up on ``on`` set by hand ("call back on 3 December"); it wins until done."""
    with store.transaction() as session:
        _check_contact(session, contact_id)
        owner_id = None
        if owner:
            found = owner_ids(session, owner)
            if not found:
                raise _no_member(owner)
            owner_id = found[0]
        return actions.set_date(
            session, contact_id, on, today=today, now=now_on(today, now), note=note or None, owner_id=owner_id
        )


def reset_followup(store: Store, contact_id: int, *, today: date, now: datetime | None = None) -> date | None:
    """Undo snoozes, dismissals and dates set by hand: back to the computed due date."""
    with store.transaction() as session:
        _check_contact(session, contact_id)
        return actions.reset(session, contact_id, today=today, now=now_on(today, now))


# ------------------------------------------------------------------ cadences and settings


def parse_cadence_text(text: str) -> Cadence:
    """A cadence typed by the user ("90 days", "3 months"); a :class:`UserError` if unreadable."""
    try:
        return parse_cadence(text)
    except CadenceError as exc:
        raise UserError(str(exc)) from None


def set_contact_cadence(
    store: Store, contact_id: int, cadence: Cadence | None, *, today: date, actor: str = "segdesk"
) -> date | None:
    """The contact's own interval (None: use its segments' or the default); the new due date."""
    days, months = cadence.columns() if cadence else (None, None)
    with store.transaction() as session:
        _check_contact(session, contact_id)
        c = contacts.c
        old = session.execute(select(c.cadence_days, c.cadence_months).where(c.id == contact_id)).one()
        if (old.cadence_days, old.cadence_months) == (days, months):
            return actions.current_due(session, contact_id)
        before = Cadence.from_columns(old.cadence_days, old.cadence_months)
        session.execute(
            update(contacts)
            .where(c.id == contact_id)
            .values(
                cadence_days=days,
                cadence_months=months,
                version=c.version + 1,
                updated_at=now_on(today),
            )
        )
        audit(
            session, contact_id, actor, "updated", {"cadence_days": (str(before or ""), str(cadence or ""))}
        )
        refresh_due_dates(session, today, [contact_id])
        return actions.current_due(session, contact_id)


def set_segment_cadence(
    store: Store, segment: str | int, cadence: Cadence | None, *, today: date
) -> RefreshResult:
    """A segment's interval (None: none); due dates of everyone are recomputed."""
    days, months = cadence.columns() if cadence else (None, None)
    with store.transaction() as session:
        s = segments.c
        which = s.id == segment if isinstance(segment, int) else s.name == segment
        found = session.execute(select(s.id).where(which)).first()
        if found is None:
            raise UserError(i18n.fill(i18n.translate("Follow-ups", "There is no segment “%1”."), segment))
        session.execute(
            update(segments)
            .where(s.id == found.id)
            .values(cadence_days=days, cadence_months=months, version=s.version + 1, updated_at=now_on(today))
        )
        result = refresh_due_dates(session, today)
        mark_refreshed(session, today)
    return _after_bulk(store, result)


def followup_settings(store: Store) -> FollowUpSettings:
    with store.sessions() as session:
        return load_settings(session)


def save_followup_settings(store: Store, settings: FollowUpSettings, *, today: date) -> RefreshResult:
    """Store the settings and recompute every due date with them."""
    with store.transaction() as session:
        save_settings(session, settings)
        result = refresh_due_dates(session, today, settings=settings)
        mark_refreshed(session, today)
    return _after_bulk(store, result)


# ------------------------------------------------------------------ keeping due dates true


BULK_CHANGE = 10_000  # due dates changed at once beyond which PostgreSQL's statistics are renewed


def _after_bulk(store: Store, result: RefreshResult) -> RefreshResult:
    """Renew the planner's statistics of ``contacts`` after many due dates moved (PostgreSQL).

    Lists pick their rows by ``next_followup_at``; statistics from before a big change
    (a first refresh, a new default interval) can make the planner choose badly until
    autovacuum catches up.
    """
    if result.changed >= BULK_CHANGE and not store.is_sqlite:
        with store.engine.connect() as connection:
            connection.execute(text("ANALYZE contacts"))
            connection.commit()
    return result


def refresh(store: Store, today: date, contact_ids: Iterable[int] | None = None) -> RefreshResult:
    """Recompute due dates (after imports, or of some contacts after other changes)."""
    ids = list(contact_ids) if contact_ids is not None else None
    with store.transaction() as session:
        result = refresh_due_dates(session, today, ids)
        if ids is None:
            mark_refreshed(session, today)
    return _after_bulk(store, result)


def ensure_current(store: Store, today: date) -> RefreshResult | None:
    """Keep due dates current for ``today``: call at start, each morning, before a list.

    The first call of a day refreshes every contact (never-contacted contacts are due
    today, segment memberships move with the date); later calls only compute contacts
    added since (none: returns None without writing).
    """
    with store.sessions() as session:
        if refreshed_on(session) == today:
            c = contacts.c
            new = session.scalar(
                select(c.id).where(c.next_followup_at.is_(None), c.effective_cadence_days.is_(None)).limit(1)
            )
            if new is None:
                return None
            full = False
        else:
            full = True
    if full:
        return refresh(store, today)
    with store.transaction() as session:
        return refresh_due_dates(session, today, missing_only=True)


# ------------------------------------------------------------------ calendar


@dataclass(frozen=True)
class IcsResult:
    path: Path
    count: int


def export_ics(
    store: Store,
    out: Path,
    *,
    today: date,
    due: DueFilter = "all",
    owner: OwnerFilter = None,
    kind: CalendarKind = "todo",
    now: datetime | None = None,
) -> IcsResult:
    """Write the follow-ups as an iCalendar file (replaced whole, never half-written)."""
    rows = due_followups(store, today, due, owner)
    data = calendar_bytes(rows, now=now_on(today, now).astimezone(), kind=kind)
    # Bytes through a text stream that adds nothing: UTF-8, the library's CRLF line ends kept.
    with replacing_text_file(out, encoding="utf-8", newline="") as stream:
        stream.write(data.decode("utf-8"))
    return IcsResult(out, len(rows))
