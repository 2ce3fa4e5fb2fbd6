"""Logging a contact ("Log contact"): the interaction, its summaries and the next follow-up.

One transaction: the interaction is added, the contact's summaries follow
(:func:`segdesk.store.derived.record_interaction`), every open follow-up is marked
done, a next date set by hand is recorded if given, and the due date is recomputed
from the new last touch (the next interval starts).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, func, insert, select, update

from segdesk.domain import i18n
from segdesk.followups import actions
from segdesk.followups.due import refresh_due_dates
from segdesk.followups.listing import CHANNEL_LABELS, owner_ids
from segdesk.followups.schema import followups, interactions
from segdesk.services.errors import UserError
from segdesk.services.followups import now_on
from segdesk.store.database import Store
from segdesk.store.derived import recompute_summaries, record_interaction

__all__ = ["CHANNELS", "LoggedContact", "log_contact"]

CHANNELS: tuple[str, ...] = tuple(CHANNEL_LABELS)  # call, email, meeting, visit, note
OUTCOME_MAX = 60


@dataclass(frozen=True, slots=True)
class LoggedContact:
    interaction_id: int
    next_followup_at: date | None  # the contact's new due date
    closed_followups: tuple[int, ...] = ()  # open follow-ups the contact closed (reopened by undo)
    created_followups: tuple[int, ...] = ()  # follow-ups it set (removed by undo)


def log_contact(
    store: Store,
    contact_id: int,
    *,
    channel: str,
    today: date,
    occurred_at: datetime | None = None,
    outcome: str | None = None,
    note: str | None = None,
    next_on: date | None = None,
    member: str | None = None,
    now: datetime | None = None,
) -> LoggedContact:
    """Record that the contact was reached (or tried) by ``channel``; the follow-up restarts.

    ``occurred_at`` defaults to now; ``next_on`` sets the next follow-up by hand
    ("call back on 3 December") instead of the cadence; ``member`` is the team member
    who made the contact (a name).
    """
    moment = now_on(today, now)
    occurred = occurred_at or moment
    if channel not in CHANNELS:
        raise UserError(
            i18n.fill(
                i18n.translate("Follow-ups", "Unknown way of contact “%1”; choose one of: %2."),
                channel,
                ", ".join(CHANNELS),
            )
        )
    outcome = (outcome or "").strip() or None
    if outcome is not None and len(outcome) > OUTCOME_MAX:
        raise UserError(
            i18n.fill(
                i18n.translate("Follow-ups", "Keep the outcome to %1 characters; put more in the note."),
                OUTCOME_MAX,
            )
        )
    if next_on is not None and next_on < occurred.date():
        raise UserError(i18n.translate("Follow-ups", "The next follow-up cannot come before this contact."))
    with store.transaction() as session:
        if not actions.contact_exists(session, contact_id):
            raise UserError(
                i18n.fill(i18n.translate("Follow-ups", "There is no contact with the id %1."), contact_id)
            )
        member_id = None
        if member:
            found = owner_ids(session, member)
            if not found:
                raise UserError(
                    i18n.fill(i18n.translate("Follow-ups", "No team member is called “%1”."), member)
                )
            member_id = found[0]
        followup_ids = followups.c.id
        was_open = tuple(
            session.scalars(
                select(followup_ids).where(
                    followups.c.contact_id == contact_id, followups.c.done_at.is_(None)
                )
            )
        )
        last_before = session.scalar(
            select(func.max(followup_ids)).where(followups.c.contact_id == contact_id)
        )
        interaction_id = session.execute(
            insert(interactions)
            .values(
                contact_id=contact_id,
                occurred_at=occurred,
                channel=channel,
                outcome=outcome,
                note=(note or "").strip() or None,
                member_id=member_id,
            )
            .returning(interactions.c.id)
        ).scalar_one()
        record_interaction(session, contact_id, occurred)
        actions.close_open(session, contact_id, moment)
        if next_on is not None:
            actions.set_date(session, contact_id, next_on, today=today, now=moment)
        else:
            refresh_due_dates(session, today, [contact_id])
        created = tuple(
            session.scalars(
                select(followup_ids).where(
                    followups.c.contact_id == contact_id, followup_ids > (last_before or 0)
                )
            )
        )
        return LoggedContact(interaction_id, actions.current_due(session, contact_id), was_open, created)


def unlog_contact(store: Store, contact_id: int, logged: LoggedContact, *, today: date) -> date | None:
    """Take back a :func:`log_contact` (undo): the interaction goes, its follow-ups are as before.

    The follow-ups the contact closed are open again, the ones it set are gone, and the
    contact's summaries and due date follow; the new due date is returned.
    """
    with store.transaction() as session:
        session.execute(
            delete(interactions).where(
                interactions.c.id == logged.interaction_id, interactions.c.contact_id == contact_id
            )
        )
        if logged.created_followups:
            session.execute(delete(followups).where(followups.c.id.in_(logged.created_followups)))
        if logged.closed_followups:
            session.execute(
                update(followups).where(followups.c.id.in_(logged.closed_followups)).values(done_at=None)
            )
        recompute_summaries(session, [contact_id])
        refresh_due_dates(session, today, [contact_id])
        return actions.current_due(session, contact_id)
