"""The readable form of "everything about this person": the text of the person-record PDF.

The same rows as the JSON export (``privacy.person_data``), in the user's
language: field labels from the catalogue, dates, money and yes/no written out,
team members and products by name.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from segdesk.domain import i18n
from segdesk.domain.choice_labels import outcome_words
from segdesk.domain.locale_format import format_date
from segdesk.reports.person_record import Facts, PersonRecord, RecordTable
from segdesk.reports.words import channel_word
from segdesk.services.audit import ValueWords, history_rows, value_words
from segdesk.services.contacts import _details
from segdesk.services.errors import UserError
from segdesk.services.segments import member_query
from segdesk.services.timeline import order_products
from segdesk.store.database import Store
from segdesk.store.models import (
    ConsentRecord,
    FollowUp,
    Interaction,
    Order,
    Segment,
    SnapshotMember,
    TeamMember,
)

__all__ = ["person_record", "segments_of"]

ADDRESS_FIELDS = ("email", "phone", "mobile", "website", "street", "postal_code", "city", "region", "country")
SHOWN_DERIVED = ("id", "full_name", "created_at", "age")


def segments_of(session: Session, contact_id: int, today: date) -> list[str]:
    """The saved segments the contact is in on ``today`` (hand-picked and by rules), by name."""
    names = []
    for name in session.scalars(select(Segment.name).order_by(Segment.name)):
        try:
            members = member_query(session, today, segment=name).subquery()
        except UserError:  # a segment whose rules no longer load: it has no members
            continue
        (id_column,) = members.c
        if session.scalar(select(func.count()).select_from(members).where(id_column == contact_id)):
            names.append(name)
    return names


def _moment(value: datetime | None, lang: str) -> str:
    return f"{format_date(value.date(), lang)} {value:%H:%M}" if value is not None else ""


def _channel_name(code: str) -> str:
    if code == "email":
        return i18n.translate("Privacy", "Email")
    if code == "phone":
        return i18n.translate("Privacy", "Phone")
    if code == "post":
        return i18n.translate("Privacy", "Post")
    return code


def _details_sections(values: dict[str, object], words: ValueWords) -> tuple[Facts, Facts, Facts]:
    identity: list[tuple[str, str]] = []
    addresses: list[tuple[str, str]] = []
    figures: list[tuple[str, str]] = []
    for field in words.catalogue:
        if field.id not in values:
            continue
        shown = words.typed(field.id, values[field.id])
        if not shown:
            continue
        pair = (field.translated_label(), shown)
        if field.id in ADDRESS_FIELDS:
            addresses.append(pair)
        elif field.derived and field.id not in SHOWN_DERIVED:
            figures.append(pair)
        else:
            identity.append(pair)
    none = i18n.translate("Privacy", "Nothing recorded.")
    return (
        Facts(i18n.translate("Privacy", "Identity"), tuple(identity), none),
        Facts(i18n.translate("Privacy", "Addresses and numbers"), tuple(addresses), none),
        Facts(i18n.translate("Privacy", "Figures segdesk works out from the history"), tuple(figures), none),
    )


def _consent(session: Session, contact_id: int, lang: str) -> RecordTable:
    rows = session.execute(
        select(ConsentRecord)
        .where(ConsentRecord.contact_id == contact_id)
        .order_by(ConsentRecord.recorded_at, ConsentRecord.id)
    ).scalars()
    return RecordTable(
        i18n.translate("Privacy", "Consent"),
        (
            i18n.translate("Privacy", "When"),
            i18n.translate("Privacy", "Channel"),
            i18n.translate("Privacy", "Statement"),
            i18n.translate("Privacy", "Source"),
            i18n.translate("Privacy", "Wording"),
        ),
        tuple(
            (
                _moment(r.recorded_at, lang),
                _channel_name(r.channel),
                i18n.translate("Privacy", "Agreed") if r.granted else i18n.translate("Privacy", "Refused"),
                r.source or "",
                r.wording or "",
            )
            for r in rows
        ),
        (1.3, 0.8, 0.9, 1.2, 2.8),
        i18n.translate("Privacy", "No consent was recorded."),
    )


def _interactions(session: Session, contact_id: int, lang: str) -> RecordTable:
    rows = session.execute(
        select(
            Interaction.occurred_at,
            Interaction.channel,
            Interaction.outcome,
            Interaction.note,
            TeamMember.name,
        )
        .outerjoin(TeamMember, TeamMember.id == Interaction.member_id)
        .where(Interaction.contact_id == contact_id)
        .order_by(Interaction.occurred_at, Interaction.id)
    ).all()
    return RecordTable(
        i18n.translate("Privacy", "Interactions"),
        (
            i18n.translate("Privacy", "When"),
            i18n.translate("Privacy", "How"),
            i18n.translate("Privacy", "Outcome"),
            i18n.translate("Privacy", "By"),
            i18n.translate("Privacy", "Note"),
        ),
        tuple(
            (
                _moment(r.occurred_at, lang),
                channel_word(r.channel),
                outcome_words(r.outcome or ""),
                r.name or "",
                r.note or "",
            )
            for r in rows
        ),
        (1.3, 0.8, 1.2, 1.0, 2.7),
        i18n.translate("Privacy", "No interactions recorded."),
    )


def _orders(session: Session, contact_id: int, words: ValueWords) -> RecordTable:
    orders = session.execute(
        select(Order.id, Order.ordered_at, Order.channel, Order.reference, Order.total_cents)
        .where(Order.contact_id == contact_id)
        .order_by(Order.ordered_at, Order.id)
    ).all()
    products = order_products(session, [o.id for o in orders])
    return RecordTable(
        i18n.translate("Privacy", "Orders"),
        (
            i18n.translate("Privacy", "When"),
            i18n.translate("Privacy", "Reference"),
            i18n.translate("Privacy", "Where"),
            i18n.translate("Privacy", "Products"),
            i18n.translate("Privacy", "Total"),
        ),
        tuple(
            (
                _moment(o.ordered_at, words.lang),
                o.reference or "",
                words.typed("preferred_channel", o.channel),
                ", ".join(products.get(o.id, ())),
                words.typed("total_spent", o.total_cents / 100),
            )
            for o in orders
        ),
        (1.3, 1.0, 0.9, 2.7, 1.0),
        i18n.translate("Privacy", "No orders recorded."),
    )


def _followups(session: Session, contact_id: int, lang: str) -> RecordTable:
    rows = session.execute(
        select(FollowUp).where(FollowUp.contact_id == contact_id).order_by(FollowUp.due_on, FollowUp.id)
    ).scalars()

    def state(f: FollowUp) -> str:
        if f.done_at is not None:
            return i18n.fill(i18n.translate("Privacy", "done %1"), format_date(f.done_at.date(), lang))
        if f.dismissed_at is not None:
            return i18n.fill(
                i18n.translate("Privacy", "dismissed %1"), format_date(f.dismissed_at.date(), lang)
            )
        if f.snoozed_until is not None:
            return i18n.fill(
                i18n.translate("Privacy", "snoozed until %1"), format_date(f.snoozed_until, lang)
            )
        return i18n.translate("Privacy", "open")

    return RecordTable(
        i18n.translate("Privacy", "Follow-ups"),
        (
            i18n.translate("Privacy", "Due"),
            i18n.translate("Privacy", "State"),
            i18n.translate("Privacy", "Note"),
        ),
        tuple((format_date(f.due_on, lang), state(f), f.note or "") for f in rows),
        (1.0, 1.5, 4.0),
        i18n.translate("Privacy", "No follow-ups recorded."),
    )


def _audit(session: Session, contact_id: int, lang: str) -> RecordTable:
    rows = history_rows(session, contact_id, lang=lang, newest_first=False)
    return RecordTable(
        i18n.translate("Privacy", "Changes (audit trail)"),
        (
            i18n.translate("Privacy", "When"),
            i18n.translate("Privacy", "Who"),
            i18n.translate("Privacy", "What"),
            i18n.translate("Privacy", "Field"),
            i18n.translate("Privacy", "Before"),
            i18n.translate("Privacy", "After"),
        ),
        tuple((_moment(r.at, lang), r.actor, r.action_text, r.field_text, r.old, r.new) for r in rows),
        (1.25, 0.9, 0.9, 1.1, 1.4, 1.4),
        i18n.translate("Privacy", "No changes recorded."),
    )


def person_record(
    store: Store,
    contact_id: int,
    *,
    lang: str = "en",
    now: datetime | None = None,
    actor: str | None = None,
) -> PersonRecord:
    """Everything stored about one contact, as the sections of the person-record PDF."""
    now = now or datetime.now()
    today = now.date()
    with store.sessions() as session:
        details = _details(session, contact_id, today)  # ContactNotFound when there is no such contact
        words = value_words(session, lang)
        identity, addresses, figures = _details_sections(details.values, words)
        segments = segments_of(session, contact_id, today)
        snapshots = session.scalar(
            select(func.count()).select_from(SnapshotMember).where(SnapshotMember.contact_id == contact_id)
        )
        sections: list[Facts | RecordTable] = [identity, addresses]
        if details.notes and details.notes.strip():
            sections.append(
                Facts(
                    i18n.translate("Privacy", "Notes"), ((i18n.translate("Privacy", "Notes"), details.notes),)
                )
            )
        sections += [
            _consent(session, contact_id, lang),
            _interactions(session, contact_id, lang),
            _orders(session, contact_id, words),
            _followups(session, contact_id, lang),
            Facts(
                i18n.translate("Privacy", "Segments"),
                tuple((i18n.translate("Privacy", "Member of"), name) for name in segments),
                i18n.translate("Privacy", "Not in any saved segment."),
            ),
            figures,
            _audit(session, contact_id, lang),
        ]
    name = str(details.values.get("full_name") or "") or i18n.fill(
        i18n.translate("Privacy", "Contact %1"), contact_id
    )
    intro = i18n.fill(
        i18n.translate(
            "Privacy",
            "Everything segdesk stores about %1 (contact number %2), exported on %3. "
            "The person also appears in %4 daily segment membership records (dates and numbers only).",
        ),
        name,
        contact_id,
        _moment(now, lang),
        snapshots or 0,
    )
    if actor:
        intro += " " + i18n.fill(i18n.translate("Privacy", "Exported by %1."), actor)
    return PersonRecord(name, now, lang, intro, tuple(sections))
