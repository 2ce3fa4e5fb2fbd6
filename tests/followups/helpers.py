"""Builders for follow-up tests: contacts, interactions, segments, written through the real tables."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from segdesk.followups.schema import contacts, segments
from segdesk.store.database import Store
from segdesk.store.derived import record_interaction
from segdesk.store.models import Interaction, SegmentListEntry, TeamMember
from tests.factories import make_contact

TODAY = date(2026, 11, 11)  # a Wednesday; its ISO week runs 9-15 November
NOW = datetime(2026, 11, 11, 10, 0)


def person(session: Session, name: str, **values: Any) -> int:
    """A person called ``name``; ``cadence_months`` and other extra columns are set afterwards."""
    extra = {key: values.pop(key) for key in ("cadence_months",) if key in values}
    first, _, last = name.partition(" ")
    values.setdefault("phone_ok", True)
    values.setdefault("phone", "+390212345678")
    contact = make_contact(session, first_name=first, last_name=last or None, **values)
    if extra:
        session.execute(update(contacts).where(contacts.c.id == contact.id).values(**extra))
    return contact.id


def member(session: Session, name: str) -> int:
    row = TeamMember(name=name)
    session.add(row)
    session.flush()
    return row.id


def touch(
    session: Session, contact_id: int, when: datetime, channel: str = "call", note: str | None = None
) -> None:
    """An interaction added as an import would add it: summaries follow, follow-ups are left alone."""
    session.add(Interaction(contact_id=contact_id, occurred_at=when, channel=channel, note=note))
    session.flush()
    record_interaction(session, contact_id, when)


def static_segment(
    session: Session,
    name: str,
    members: Iterable[int],
    *,
    days: int | None = None,
    months: int | None = None,
    rules_json: str | None = None,
) -> int:
    segment_id: int = session.execute(
        insert(segments)
        .values(
            name=name,
            rules_json=rules_json,
            cadence_days=days,
            cadence_months=months,
            created_at=NOW,
            updated_at=NOW,
            version=1,
        )
        .returning(segments.c.id)
    ).scalar_one()
    session.add_all(SegmentListEntry(segment_id=segment_id, contact_id=c, role="member") for c in members)
    session.flush()
    return segment_id


def due_of(store: Store, contact_id: int) -> date | None:
    with store.sessions() as session:
        due: date | None = session.scalar(
            select(contacts.c.next_followup_at).where(contacts.c.id == contact_id)
        )
        return due


def effective_days_of(store: Store, contact_id: int) -> int | None:
    with store.sessions() as session:
        days: int | None = session.scalar(
            select(contacts.c.effective_cadence_days).where(contacts.c.id == contact_id)
        )
        return days
