"""A small shop to report on: people in Poland, Germany and Spain, a company, consent, calls, a segment."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from segdesk.store.database import Store
from segdesk.store.models import (
    ConsentRecord,
    Interaction,
    Segment,
    SegmentSnapshot,
    SnapshotMember,
    TeamMember,
)
from tests.factories import make_contact

TODAY = date(2026, 11, 24)
AT = datetime(2026, 11, 1, 9, 0)


@dataclass(frozen=True)
class Shop:
    company: int
    lucja: int  # due 10 days ago, phone consent, last call with a note, full address
    jurgen: int  # due 3 days ago, no consent recorded, no street
    zofia: int  # due 30 days ago, refused phone calls
    begona: int  # due in 5 days, no postal consent
    segment: int


def fill(store: Store) -> Shop:
    with store.transaction() as session:
        marta = TeamMember(name="Marta")
        session.add(marta)
        session.flush()
        company = make_contact(
            session,
            kind="company",
            company_name="Bar Żółw sp. z o.o.",
            industry="hospitality",
            region="Mazowieckie",
            street="ul. Świętokrzyska 12",
            postal_code="00-116",
            city="Warszawa",
            country="PL",
            mail_ok=True,
            phone="+48221234567",
            total_spent_cents=900_00,
            online_order_count=1,
            in_store_order_count=3,
        )
        lucja = make_contact(
            session,
            first_name="Łucja",
            last_name="Nowak",
            company_id=company.id,
            company_name="Bar Żółw sp. z o.o.",
            phone="+48221234567",
            mobile="+48601234567",
            street="ul. Świętokrzyska 12",
            postal_code="00-116",
            city="Warszawa",
            region="Mazowieckie",
            country="PL",
            phone_ok=True,
            mail_ok=True,
            stage="loyal",
            owner_id=marta.id,
            next_followup_at=TODAY - timedelta(days=10),
            total_spent_cents=1234_56,
            online_order_count=3,
            last_purchase_at=date(2026, 10, 2),
        )
        jurgen = make_contact(
            session,
            first_name="Jürgen",
            last_name="Weiß",
            phone="+4930123456",
            city="Berlin",
            postal_code="10623",
            country="DE",
            mail_ok=True,
            stage="lead",
            next_followup_at=TODAY - timedelta(days=3),
        )
        zofia = make_contact(
            session,
            first_name="Zofia",
            last_name="Odmowa",
            phone="+48221234999",
            city="Kraków",
            country="PL",
            next_followup_at=TODAY - timedelta(days=30),
            stage="lapsed",
        )
        begona = make_contact(
            session,
            first_name="Begoña",
            last_name="Muñoz",
            mobile="+34612345678",
            street="Calle Mayor 1",
            postal_code="28013",
            city="Madrid",
            country="ES",
            next_followup_at=TODAY + timedelta(days=5),
            total_spent_cents=50_00,
            in_store_order_count=1,
        )
        session.add_all(
            [
                ConsentRecord(contact_id=lucja.id, channel="phone", granted=True, recorded_at=AT),
                ConsentRecord(contact_id=zofia.id, channel="phone", granted=True, recorded_at=AT),
                ConsentRecord(
                    contact_id=zofia.id, channel="phone", granted=False, recorded_at=AT + timedelta(1)
                ),
                ConsentRecord(contact_id=begona.id, channel="post", granted=False, recorded_at=AT),
                Interaction(
                    contact_id=lucja.id, occurred_at=datetime(2026, 8, 1, 10), channel="email", note="old"
                ),
                Interaction(
                    contact_id=lucja.id,
                    occurred_at=datetime(2026, 9, 1, 10),
                    channel="call",
                    note="Zadzwonić po 15: pytała o młynek",
                ),
                Interaction(contact_id=jurgen.id, occurred_at=datetime(2026, 7, 3, 16), channel="visit"),
            ]
        )
        segment = Segment(
            name="Bary w Warszawie",
            description="Właściciele małych barów; kupują kawę co miesiąc.",
            owner_id=marta.id,
            created_at=AT,
            updated_at=AT,
        )
        session.add(segment)
        session.flush()
        for taken_on, members in [
            (date(2026, 9, 1), [company.id]),
            (date(2026, 10, 1), [company.id, zofia.id]),
        ]:
            snapshot = SegmentSnapshot(
                segment_id=segment.id, taken_on=taken_on, taken_at=AT, size=len(members)
            )
            session.add(snapshot)
            session.flush()
            session.add_all(SnapshotMember(snapshot_id=snapshot.id, contact_id=c) for c in members)
    return Shop(company.id, lucja.id, jurgen.id, zofia.id, begona.id, segment.id)
