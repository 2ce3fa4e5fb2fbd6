"""The models on SQLite and PostgreSQL: every table round-trips, rules hold, views can't lazy-load."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError, InvalidRequestError
from sqlalchemy.orm.exc import StaleDataError

from segdesk.store.database import Store
from segdesk.store.models import (
    ConsentRecord,
    Contact,
    ContactProduct,
    ContactTag,
    CustomField,
    CustomValue,
    FollowUp,
    ImportBatch,
    Interaction,
    Order,
    OrderLine,
    Product,
    Segment,
    SegmentListEntry,
    SegmentSnapshot,
    SnapshotMember,
    Tag,
    TeamMember,
)
from tests.factories import NOW, make_contact


def _fill(store: Store) -> tuple[int, int]:
    with store.transaction() as session:
        anna = TeamMember(name="Anna Rossi", email="anna@example.com")
        batch = ImportBatch(file_name="clienti.xlsx", file_format="xlsx", imported_at=NOW, row_count=2)
        session.add_all([anna, batch])
        session.flush()
        company = make_contact(
            session,
            kind="company",
            company_name="Caffè Żółć S.r.l.",
            industry="hospitality",
            legal_form="S.r.l.",
            employees=12,
            annual_revenue_cents=150_000_00,
            country="IT",
            import_batch_id=batch.id,
        )
        person = make_contact(
            session,
            first_name="Łukasz",
            last_name="Wójcik",
            company_id=company.id,
            company_name=company.company_name,
            email="lukasz@example.pl",
            phone="+48221234567",
            city="Łódź",
            country="PL",
            language="pl",
            birth_date=date(1980, 2, 29),
            stage="loyal",
            owner_id=anna.id,
            email_ok=True,
            cadence_days=90,
            import_batch_id=batch.id,
        )
        espresso = Product(code="ESPRESSO-1", name="Espresso machine", unit_price_cents=899_00)
        tag = Tag(name="vip")
        session.add_all([espresso, tag])
        session.flush()
        order = Order(contact_id=person.id, ordered_at=NOW, channel="in_store", total_cents=899_00)
        order.lines.append(OrderLine(product_id=espresso.id, quantity=1, amount_cents=899_00))
        session.add_all(
            [
                order,
                ContactTag(contact_id=person.id, tag_id=tag.id),
                ContactProduct(
                    contact_id=person.id,
                    product_id=espresso.id,
                    first_bought_at=NOW.date(),
                    last_bought_at=NOW.date(),
                    quantity=1,
                ),
                Interaction(
                    contact_id=person.id,
                    occurred_at=NOW,
                    channel="call",
                    outcome="reached",
                    note="Wants a grinder",
                    member_id=anna.id,
                ),
                ConsentRecord(
                    contact_id=person.id,
                    channel="email",
                    granted=True,
                    recorded_at=NOW,
                    source="shop form",
                    wording="Newsletter",
                ),
                CustomField(key="loyalty_card", value_type="text", label="Loyalty card"),
                FollowUp(contact_id=person.id, due_on=date(2027, 2, 1), created_at=NOW, owner_id=anna.id),
            ]
        )
        session.flush()
        session.add(CustomValue(contact_id=person.id, field_key="loyalty_card", text_value="LC-001"))
        segment = Segment(
            name="Loyal in Łódź",
            rules_json='{"version": 1, "match": "all", "rules": []}',
            colour="#3366cc",
            created_at=NOW,
            updated_at=NOW,
        )
        session.add(segment)
        session.flush()
        snapshot = SegmentSnapshot(segment_id=segment.id, taken_on=NOW.date(), taken_at=NOW, size=1)
        session.add_all(
            [snapshot, SegmentListEntry(segment_id=segment.id, contact_id=person.id, role="include")]
        )
        session.flush()
        session.add(SnapshotMember(snapshot_id=snapshot.id, contact_id=person.id))
        return company.id, person.id


def test_every_table_round_trips_unicode_dates_and_money(store: Store) -> None:
    _, person_id = _fill(store)
    with store.sessions() as session:
        person = session.get_one(Contact, person_id)
        assert (person.first_name, person.city, person.company_name) == (
            "Łukasz",
            "Łódź",
            "Caffè Żółć S.r.l.",
        )
        assert person.birth_date == date(1980, 2, 29)
        assert person.version == 1
        order = session.scalars(select(Order)).one()
        assert order.ordered_at == NOW and order.total_cents == 899_00
        assert session.scalar(select(func.count()).select_from(OrderLine)) == 1
        assert session.scalar(select(CustomValue.text_value)) == "LC-001"
        assert session.scalar(select(SnapshotMember.contact_id)) == person_id


def test_relationships_refuse_to_load_lazily(store: Store) -> None:
    _, person_id = _fill(store)
    with store.sessions() as session:
        person = session.get_one(Contact, person_id)
        with pytest.raises(InvalidRequestError, match="lazy='raise'"):
            _ = person.company


def test_second_save_of_a_stale_contact_is_refused(store: Store) -> None:
    _, person_id = _fill(store)
    with store.sessions() as first, store.sessions() as second:
        # As in the editor: each side loads, then saves later in a new transaction.
        mine = first.get_one(Contact, person_id)
        first.commit()
        theirs = second.get_one(Contact, person_id)
        theirs.city = "Kraków"
        second.commit()
        mine.city = "Gdańsk"
        with pytest.raises(StaleDataError):
            first.commit()
    with store.sessions() as session:
        saved = session.get_one(Contact, person_id)
        assert (saved.city, saved.version) == ("Kraków", 2)


def test_deleting_a_contact_removes_its_facts_but_keeps_snapshot_history(store: Store) -> None:
    company_id, person_id = _fill(store)
    with store.transaction() as session:
        session.delete(session.get_one(Contact, person_id))
    with store.sessions() as session:
        for table in (Order, OrderLine, Interaction, ContactTag, ConsentRecord, FollowUp, CustomValue):
            assert session.scalar(select(func.count()).select_from(table)) == 0, table
        assert session.scalar(select(func.count()).select_from(SnapshotMember)) == 1
        assert session.get(Contact, company_id) is not None


def test_deleting_a_company_unlinks_its_people(store: Store) -> None:
    company_id, person_id = _fill(store)
    with store.transaction() as session:
        session.delete(session.get_one(Contact, company_id))
    with store.sessions() as session:
        assert session.get_one(Contact, person_id).company_id is None


@pytest.mark.parametrize(
    ("model", "values"),
    [
        (Contact, {"kind": "robot"}),
        (Interaction, {"channel": "fax"}),
        (Order, {"channel": "mail_order"}),
    ],
)
def test_check_constraints_reject_unknown_kinds(store: Store, model: type, values: dict[str, str]) -> None:
    _, person_id = _fill(store)
    with pytest.raises(IntegrityError), store.transaction() as session:
        if model is Contact:
            session.add(Contact(full_name="X", sort_name="x", created_at=NOW, updated_at=NOW, **values))
        elif model is Interaction:
            session.add(Interaction(contact_id=person_id, occurred_at=datetime(2026, 1, 1), **values))
        else:
            session.add(Order(contact_id=person_id, ordered_at=datetime(2026, 1, 1), total_cents=1, **values))
