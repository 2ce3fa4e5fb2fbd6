"""What a user does to one contact's follow-up, inside the caller's transaction.

Each action writes ``followups`` rows (see :mod:`segdesk.followups.due` for which row
counts) and then refreshes that contact's due date, which it returns:

- :func:`snooze` to a date; :func:`dismiss` until the next touch;
- :func:`set_date` by hand ("call back on 3 December"), winning until done;
- :func:`close_open` when a contact is logged (the next interval starts);
- :func:`reset` back to the computed date (to undo a snooze, a dismissal or a date).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from segdesk.domain.cadence import FollowUpSettings
from segdesk.followups.due import Membership, active_rows, engine_membership, refresh_due_dates
from segdesk.followups.schema import contacts, followups, load_settings

__all__ = [
    "ActiveFollowUp",
    "active_followup",
    "close_open",
    "contact_exists",
    "current_due",
    "dismiss",
    "reset",
    "set_date",
    "snooze",
]


@dataclass(frozen=True, slots=True)
class ActiveFollowUp:
    """The ``followups`` row that decides a contact's due date now."""

    id: int
    due_on: date
    snoozed_until: date | None
    set_by_hand: bool
    note: str | None
    owner_id: int | None
    dismissed: bool


def contact_exists(session: Session, contact_id: int) -> bool:
    return session.scalar(select(contacts.c.id).where(contacts.c.id == contact_id)) is not None


def current_due(session: Session, contact_id: int) -> date | None:
    due: date | None = session.scalar(select(contacts.c.next_followup_at).where(contacts.c.id == contact_id))
    return due


def active_followup(
    session: Session, contact_id: int, settings: FollowUpSettings | None = None
) -> ActiveFollowUp | None:
    act = active_rows(settings or load_settings(session), [contact_id])
    f = followups.c
    row = session.execute(
        select(f.id, f.due_on, f.snoozed_until, f.set_by_hand, f.note, f.owner_id, f.dismissed_at).join(
            act, act.c.followup_id == f.id
        )
    ).first()
    if row is None:
        return None
    return ActiveFollowUp(
        row.id,
        row.due_on,
        row.snoozed_until,
        bool(row.set_by_hand),
        row.note,
        row.owner_id,
        row.dismissed_at is not None,
    )


def close_open(session: Session, contact_id: int, now: datetime) -> int:
    """Mark every not-done row of the contact done (a contact was logged); how many."""
    result = session.execute(
        update(followups)
        .where(followups.c.contact_id == contact_id, followups.c.done_at.is_(None))
        .values(done_at=now)
    )
    count: int = result.rowcount  # type: ignore[attr-defined]
    return max(count, 0)


def _new_row(session: Session, contact_id: int, now: datetime, **values: object) -> None:
    values.setdefault("set_by_hand", False)
    session.execute(insert(followups).values(contact_id=contact_id, created_at=now, **values))


def _refresh(
    session: Session, contact_id: int, today: date, settings: FollowUpSettings, membership: Membership
) -> date | None:
    refresh_due_dates(session, today, [contact_id], settings=settings, membership=membership)
    return current_due(session, contact_id)


def snooze(
    session: Session,
    contact_id: int,
    until: date,
    *,
    today: date,
    now: datetime,
    membership: Membership = engine_membership,
) -> date | None:
    """Put the follow-up off until ``until``; a date set by hand keeps its note and owner."""
    settings = load_settings(session)
    active = active_followup(session, contact_id, settings)
    if active is not None and not active.dismissed:
        session.execute(update(followups).where(followups.c.id == active.id).values(snoozed_until=until))
    else:
        due = current_due(session, contact_id) or today
        close_open(session, contact_id, now)
        _new_row(session, contact_id, now, due_on=due, snoozed_until=until)
    return _refresh(session, contact_id, today, settings, membership)


def dismiss(
    session: Session,
    contact_id: int,
    *,
    today: date,
    now: datetime,
    membership: Membership = engine_membership,
) -> date | None:
    """No follow-up for this contact until the next touch (an interaction, or an order if they count)."""
    settings = load_settings(session)
    active = active_followup(session, contact_id, settings)
    if active is not None and not active.dismissed:
        session.execute(update(followups).where(followups.c.id == active.id).values(dismissed_at=now))
    elif active is None:
        due = current_due(session, contact_id) or today
        close_open(session, contact_id, now)
        _new_row(session, contact_id, now, due_on=due, dismissed_at=now)
    return _refresh(session, contact_id, today, settings, membership)


def set_date(
    session: Session,
    contact_id: int,
    on: date,
    *,
    today: date,
    now: datetime,
    note: str | None = None,
    owner_id: int | None = None,
    membership: Membership = engine_membership,
) -> date | None:
    """A follow-up on ``on`` set by hand; it wins over the computed date until done."""
    settings = load_settings(session)
    close_open(session, contact_id, now)
    _new_row(session, contact_id, now, due_on=on, set_by_hand=True, note=note, owner_id=owner_id)
    return _refresh(session, contact_id, today, settings, membership)


def reset(
    session: Session,
    contact_id: int,
    *,
    today: date,
    now: datetime,
    membership: Membership = engine_membership,
) -> date | None:
    """Forget snoozes, dismissals and dates set by hand: back to the computed due date."""
    settings = load_settings(session)
    close_open(session, contact_id, now)
    return _refresh(session, contact_id, today, settings, membership)
