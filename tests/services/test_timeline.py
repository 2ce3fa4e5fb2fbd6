"""What the editor shows beside the fields, the list's ids by rows, and the editor's choices."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from segdesk.services import contact_bulk, privacy
from segdesk.services.contact_form import check_values, countries, form_choices
from segdesk.services.contact_list import ContactListQuery, fetch_page, ids_in_rows
from segdesk.services.list_export import export_list
from segdesk.services.timeline import consent_states, contact_timeline, find_companies, linked_company
from segdesk.store.database import Store
from segdesk.store.models import Contact, Interaction, Order, OrderLine, Product, Segment, SegmentListEntry
from tests.factories import NOW, fill_shop, make_contact


def _person_and_company(store: Store) -> tuple[int, int]:
    fill_shop(store)
    with store.sessions() as session:
        person = session.scalar(select(Contact.id).where(Contact.kind == "person"))
        company = session.scalar(select(Contact.id).where(Contact.kind == "company"))
    assert person is not None and company is not None
    return person, company


def test_the_timeline_merges_interactions_and_orders_newest_first(store: Store) -> None:
    person, _company = _person_and_company(store)
    with store.transaction() as session:
        products = {p.code: p.id for p in session.scalars(select(Product))}
        session.add_all(
            [
                Interaction(contact_id=person, occurred_at=datetime(2026, 10, 1, 10), channel="call",
                            outcome="Reached", note="Wants a quote"),
                Interaction(contact_id=person, occurred_at=datetime(2026, 10, 20, 9), channel="email"),
            ]
        )  # fmt: skip
        order = Order(contact_id=person, ordered_at=datetime(2026, 10, 10, 12), channel="online",
                      total_cents=4250, reference="A-17")  # fmt: skip
        session.add(order)
        session.flush()
        session.add_all(
            [
                OrderLine(
                    order_id=order.id, product_id=products["ESPRESSO-1"], quantity=2, amount_cents=3000
                ),
                OrderLine(order_id=order.id, product_id=products["BEANS-1"], quantity=1, amount_cents=1250),
            ]
        )
    entries = contact_timeline(store, person)
    assert [(e.kind, e.at.date()) for e in entries] == [
        ("interaction", date(2026, 10, 20)),
        ("order", date(2026, 10, 10)),
        ("interaction", date(2026, 10, 1)),
    ]
    order_entry = entries[1]
    assert order_entry.amount == Decimal("42.50") and order_entry.reference == "A-17"
    assert order_entry.products == ("2 × Espresso", "Beans")
    assert entries[2].outcome == "Reached" and entries[2].note == "Wants a quote"
    assert contact_timeline(store, person, limit=1) == entries[:1]


def test_a_person_shows_its_companys_firmographics(store: Store) -> None:
    _person, company = _person_and_company(store)
    facts = linked_company(store, company)
    assert facts is not None and facts.name == "Bar Żółw sp. z o.o."
    assert dict(facts.values) == {
        "industry": "hospitality",
        "legal_form": None,
        "employees": 8,
        "annual_revenue": Decimal("1250000.50"),
    }
    assert linked_company(store, 999_999) is None
    assert [m.name for m in find_companies(store, "żółw")] in (
        [],
        ["Bar Żółw sp. z o.o."],
    )  # SQLite: ASCII case
    assert [m.name for m in find_companies(store, "Bar")] == ["Bar Żółw sp. z o.o."]
    assert find_companies(store, "   ") == []


def test_consent_states_say_when_and_how(store: Store) -> None:
    person, _company = _person_and_company(store)
    privacy.set_consent(store, person, "phone", True, actor="t", source="shop form", at=datetime(2026, 3, 1))
    states = {s.channel: s for s in consent_states(store, person)}
    assert list(states) == ["email", "phone", "post"]
    assert states["email"].granted and states["email"].recorded_at is None
    assert states["phone"].granted and states["phone"].source == "shop form"
    assert states["phone"].recorded_at == datetime(2026, 3, 1)
    assert not states["post"].granted
    privacy.set_consent(store, person, "phone", False, actor="t", at=datetime(2026, 4, 1))
    phone = next(s for s in consent_states(store, person) if s.channel == "phone")
    assert not phone.granted and phone.recorded_at == datetime(2026, 4, 1) and phone.source is None
    assert consent_states(store, 999_999) == []


def test_ids_in_rows_follow_the_lists_order(store: Store) -> None:
    with store.transaction() as session:
        for i in range(12):
            make_contact(session, first_name=f"P{i:02d}", last_name="Test", city="Lyon" if i % 2 else "Roma")
    query = ContactListQuery(sort_field="id", descending=True)
    page = fetch_page(store, query, ["id"], 0, 12)
    shown = [row.id for row in page.rows]
    assert ids_in_rows(store, query, [(0, 1), (5, 6), (1, 2)]) == [
        shown[0],
        shown[1],
        shown[2],
        shown[5],
        shown[6],
    ]
    lyon = ContactListQuery(search="lyon")
    assert len(ids_in_rows(store, lyon, [(0, 100)])) == 6
    assert ids_in_rows(store, lyon, [(3, 2)]) == []


def test_form_choices_and_checks(store: Store) -> None:
    fill_shop(store)
    with store.transaction() as session:
        session.add(Segment(name="Static", created_at=NOW, updated_at=NOW))
        session.add(Segment(name="Rules", rules_json='{"version": 1}', created_at=NOW, updated_at=NOW))
        make_contact(session, first_name="A", source="fair", industry="bakery")
    choices = form_choices(store)
    assert choices.team == ("Marta",)
    assert choices.tags == ("newsletter", "vip")
    assert choices.sources == ("fair",)
    assert choices.industries == ("bakery", "hospitality")
    assert choices.segments == ("Rules", "Static") and choices.static_segments == ("Static",)
    assert choices.custom_types == {"card": "number"}
    assert choices.values_of("owner") == ("Marta",)
    good, problems = check_values({"phone": "02 1234 5678", "email": "x@"}, "IT", {})
    assert good == {"phone": "+390212345678"}
    assert set(problems) == {"email"}
    names = dict(countries("it"))
    assert names["DE"] == "Germania" and names["XK"] == "Kosovo"


def test_undo_of_adding_to_a_segment_gives_back_the_old_places(store: Store) -> None:
    with store.transaction() as session:
        a = make_contact(session, first_name="A").id
        b = make_contact(session, first_name="B").id
        segment = Segment(name="Hand-picked", created_at=NOW, updated_at=NOW)
        session.add(segment)
        session.flush()
        session.add(SegmentListEntry(segment_id=segment.id, contact_id=a, role="exclude"))
    change = contact_bulk.add_to_segment(store, [a, b], "Hand-picked", actor="t")
    assert set(change.changed_ids) == {a, b}
    contact_bulk.undo_change(store, change, actor="t", segment="Hand-picked")
    with store.sessions() as session:
        entries = dict(session.execute(select(SegmentListEntry.contact_id, SegmentListEntry.role)).all())
    assert entries == {a: "exclude"}


def test_the_list_as_shown_can_be_exported(store: Store, tmp_path: Path) -> None:
    with store.transaction() as session:
        for i, city in enumerate(("Lyon", "Roma", "Lyon")):
            make_contact(session, first_name=f"P{i}", last_name="Test", city=city)
    out = tmp_path / "lyon.csv"
    result = export_list(
        store, out, ContactListQuery(search="lyon"), file_format="csv", today=date(2026, 11, 1)
    )
    assert result.rows == 2
    assert out.read_text(encoding="utf-8-sig").count("Lyon") == 2
