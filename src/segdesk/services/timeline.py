"""What the contact editor shows beside the fields: history, the linked company, consent.

* :func:`contact_timeline` — interactions and orders of one contact, newest first.
* :func:`linked_company` — the firmographics a person inherits from its company.
* :func:`find_companies` — companies whose name contains some text (to link a person).
* :func:`consent_states` — the current consent per channel with when and how it was given.

Each call owns its session and returns plain, frozen data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from segdesk.store.database import Store
from segdesk.store.models import ConsentRecord, Contact, Interaction, Order, OrderLine, Product, TeamMember

__all__ = [
    "CONSENT_CHANNELS",
    "FIRMOGRAPHIC_FIELDS",
    "CompanyFacts",
    "CompanyMatch",
    "ConsentState",
    "TimelineEntry",
    "consent_states",
    "contact_timeline",
    "find_companies",
    "linked_company",
    "order_products",
]

TIMELINE_LIMIT = 500
FIRMOGRAPHIC_FIELDS: tuple[str, ...] = ("industry", "legal_form", "employees", "annual_revenue")
# privacy.set_consent's channels and the contact's boolean that each one sets
CONSENT_CHANNELS: tuple[tuple[str, str], ...] = (
    ("email", "email_ok"),
    ("phone", "phone_ok"),
    ("post", "mail_ok"),
)


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One interaction (``kind="interaction"``) or order (``kind="order"``) of a contact."""

    kind: str
    id: int
    at: datetime
    channel: str  # call, email, meeting, visit, note; for an order online or in_store
    outcome: str | None = None
    note: str | None = None
    member: str | None = None  # the team member who made the contact
    amount: Decimal | None = None  # an order's total
    reference: str | None = None  # an order's reference
    products: tuple[str, ...] = ()  # an order's product names


@dataclass(frozen=True, slots=True)
class CompanyFacts:
    id: int
    name: str
    values: tuple[tuple[str, Any], ...]  # FIRMOGRAPHIC_FIELDS with their values (money as Decimal)


@dataclass(frozen=True, slots=True)
class CompanyMatch:
    id: int
    name: str
    city: str | None


@dataclass(frozen=True, slots=True)
class ConsentState:
    channel: str  # email, phone, post
    field: str  # email_ok, phone_ok, mail_ok
    granted: bool
    recorded_at: datetime | None  # the latest consent record, None if none was recorded
    source: str | None


def _cents(value: int | None) -> Decimal | None:
    return None if value is None else Decimal(value).scaleb(-2)


def contact_timeline(store: Store, contact_id: int, *, limit: int = TIMELINE_LIMIT) -> list[TimelineEntry]:
    """The contact's latest ``limit`` interactions and orders together, newest first."""
    with store.sessions() as session:
        interactions = [
            TimelineEntry(
                "interaction", row.id, row.occurred_at, row.channel, row.outcome, row.note, row.name
            )
            for row in session.execute(
                select(
                    Interaction.id,
                    Interaction.occurred_at,
                    Interaction.channel,
                    Interaction.outcome,
                    Interaction.note,
                    TeamMember.name,
                )
                .outerjoin(TeamMember, TeamMember.id == Interaction.member_id)
                .where(Interaction.contact_id == contact_id)
                .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
                .limit(limit)
            )
        ]
        orders = session.execute(
            select(Order.id, Order.ordered_at, Order.channel, Order.total_cents, Order.reference)
            .where(Order.contact_id == contact_id)
            .order_by(Order.ordered_at.desc(), Order.id.desc())
            .limit(limit)
        ).all()
        products = order_products(session, [o.id for o in orders])
    entries = interactions + [
        TimelineEntry(
            "order",
            row.id,
            row.ordered_at,
            row.channel,
            amount=_cents(row.total_cents),
            reference=row.reference,
            products=tuple(products.get(row.id, ())),
        )
        for row in orders
    ]
    entries.sort(key=lambda e: (e.at, e.kind == "order", e.id), reverse=True)
    return entries[:limit]


def order_products(session: Session, order_ids: list[int]) -> dict[int, list[str]]:
    """What each order held, line by line: "Shoes", or "2 × Shoes" for more than one."""
    products: dict[int, list[str]] = {}
    if not order_ids:
        return products
    for order_id, name, quantity in session.execute(
        select(OrderLine.order_id, Product.name, OrderLine.quantity)
        .join(Product, Product.id == OrderLine.product_id)
        .where(OrderLine.order_id.in_(order_ids))
        .order_by(OrderLine.order_id, OrderLine.id)
    ):
        products.setdefault(order_id, []).append(name if quantity == 1 else f"{quantity} × {name}")
    return products


def linked_company(store: Store, company_id: int) -> CompanyFacts | None:
    """The company a person works for, with its firmographics; None if it no longer exists."""
    with store.sessions() as session:
        row = session.execute(
            select(
                Contact.id,
                Contact.full_name,
                Contact.industry,
                Contact.legal_form,
                Contact.employees,
                Contact.annual_revenue_cents,
            ).where(Contact.id == company_id)
        ).one_or_none()
    if row is None:
        return None
    values = (
        ("industry", row.industry),
        ("legal_form", row.legal_form),
        ("employees", row.employees),
        ("annual_revenue", _cents(row.annual_revenue_cents)),
    )
    return CompanyFacts(row.id, row.full_name, values)


def find_companies(store: Store, text: str, *, limit: int = 20) -> list[CompanyMatch]:
    """Companies whose name contains ``text`` (ignoring case), by name."""
    words = text.strip()
    if not words:
        return []
    escaped = words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    with store.sessions() as session:
        rows = session.execute(
            select(Contact.id, Contact.full_name, Contact.city)
            .where(Contact.kind == "company", Contact.full_name.ilike(f"%{escaped}%", escape="\\"))
            .order_by(Contact.sort_name, Contact.id)
            .limit(limit)
        ).all()
    return [CompanyMatch(row.id, row.full_name, row.city) for row in rows]


def consent_states(store: Store, contact_id: int) -> list[ConsentState]:
    """Email, phone and post consent of a contact, each with its latest record's date and source."""
    with store.sessions() as session:
        flags = session.execute(
            select(Contact.email_ok, Contact.phone_ok, Contact.mail_ok).where(Contact.id == contact_id)
        ).one_or_none()
        latest = (
            select(ConsentRecord.channel, func.max(ConsentRecord.id).label("id"))
            .where(ConsentRecord.contact_id == contact_id)
            .group_by(ConsentRecord.channel)
            .subquery()
        )
        records = {
            row.channel: row
            for row in session.execute(
                select(ConsentRecord.channel, ConsentRecord.recorded_at, ConsentRecord.source).join(
                    latest, latest.c.id == ConsentRecord.id
                )
            )
        }
    if flags is None:
        return []
    granted = dict(zip(("email_ok", "phone_ok", "mail_ok"), flags, strict=True))
    states = []
    for channel, field in CONSENT_CHANNELS:
        record = records.get(channel)
        states.append(
            ConsentState(
                channel,
                field,
                bool(granted[field]),
                record.recorded_at if record is not None else None,
                record.source if record is not None else None,
            )
        )
    return states
