"""What the main window shows beside the list: the sidebar's entries and one contact's details."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select

from segdesk.services.catalogue import catalogue_for_session
from segdesk.store.contact_records import iter_records
from segdesk.store.database import Store
from segdesk.store.models import Contact, Segment, Setting

__all__ = [
    "DETAIL_FIELDS",
    "ContactDetails",
    "SegmentEntry",
    "Sidebar",
    "contact_details",
    "currency",
    "sidebar",
]

# The fields of the details pane, in the order shown; empty ones are left out by the view.
DETAIL_FIELDS: tuple[str, ...] = (
    "kind",
    "job_title",
    "company",
    "email",
    "phone",
    "mobile",
    "website",
    "street",
    "postal_code",
    "city",
    "region",
    "country",
    "language",
    "birth_date",
    "stage",
    "source",
    "owner",
    "tags",
    "last_contact_at",
    "next_followup_at",
    "purchase_count",
    "total_spent",
    "last_purchase_at",
    "email_ok",
    "phone_ok",
    "mail_ok",
    "created_at",
)


@dataclass(frozen=True, slots=True)
class SegmentEntry:
    id: int
    name: str
    colour: str | None  # "#rrggbb" as stored, or None
    description: str | None
    is_static: bool  # hand-picked members rather than rules


@dataclass(frozen=True, slots=True)
class Sidebar:
    contacts: int
    followups_due: int
    segments: tuple[SegmentEntry, ...]


@dataclass(frozen=True, slots=True)
class ContactDetails:
    id: int
    full_name: str
    values: tuple[tuple[str, Any], ...]  # (field id, value) in DETAIL_FIELDS order, then custom fields
    notes: str | None


def sidebar(store: Store, today: date) -> Sidebar:
    """The counts and saved segments of the navigation sidebar."""
    with store.sessions() as session:
        contacts = session.scalar(select(func.count()).select_from(Contact)) or 0
        due = (
            session.scalar(select(func.count()).select_from(Contact).where(Contact.next_followup_at <= today))
            or 0
        )
        segments = tuple(
            SegmentEntry(row.id, row.name, row.colour, row.description, row.rules_json is None)
            for row in session.execute(
                select(
                    Segment.id, Segment.name, Segment.colour, Segment.description, Segment.rules_json
                ).order_by(func.lower(Segment.name), Segment.id)
            )
        )
    return Sidebar(contacts, due, segments)


def contact_details(store: Store, contact_id: int, today: date) -> ContactDetails | None:
    """The details pane's fields of one contact; None when it no longer exists."""
    with store.sessions() as session:
        custom = [f.id for f in catalogue_for_session(session) if f.id.startswith("custom.")]
        fields = [*DETAIL_FIELDS, *custom]
        records = list(
            iter_records(
                session, select(Contact.id).where(Contact.id == contact_id), ["full_name", *fields], today
            )
        )
        if not records:
            return None
        notes = session.scalar(select(Contact.notes).where(Contact.id == contact_id))
    record = records[0]
    return ContactDetails(contact_id, record["full_name"], tuple((f, record[f]) for f in fields), notes)


def currency(store: Store) -> str | None:
    """The database's currency (ISO 4217 code such as ``EUR``), if one was set."""
    with store.sessions() as session:
        value = session.scalar(select(Setting.value).where(Setting.key == "currency"))
    return value.strip().upper() if value and value.strip() else None
