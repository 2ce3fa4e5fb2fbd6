"""Demo data: reproducible, realistic, consistent with its own history, covering every field."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import phonenumbers
import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from segdesk.domain.dates import age_on, shift
from segdesk.domain.fields import BUILTIN_FIELDS, STAGES
from segdesk.services.demo import DemoSummary, generate_demo
from segdesk.store.base import Base
from segdesk.store.database import Store, open_store
from segdesk.store.derived import SUMMARY_COLUMNS, recompute_summaries, refresh_rfm
from segdesk.store.models import Contact

TODAY = date(2026, 11, 1)
SIZE = 2_500
T = Base.metadata.tables


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_store(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    generate_demo(store, SIZE, seed=7, today=TODAY)
    yield store
    store.close()


def all_rows(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    with store.sessions() as session:
        return {
            t.name: [tuple(r) for r in session.execute(select(t).order_by(*t.primary_key.columns))]
            for t in Base.metadata.sorted_tables
        }


def scalar(session: Session, sql: str, **params: Any) -> Any:
    return session.execute(text(sql), params).scalar_one()


def test_same_seed_same_rows_and_other_seed_other_rows(tmp_path: Path) -> None:
    snapshots = []
    for name, seed in (("a", 3), ("b", 3), ("c", 4)):
        store = open_store(tmp_path / f"{name}.sqlite3")
        generate_demo(store, 700, seed=seed, today=TODAY)
        snapshots.append(all_rows(store))
        store.close()
    first, again, other = snapshots
    assert first == again
    assert sum(len(rows) for rows in first.values()) > 10 * 700
    assert first["contacts"] != other["contacts"]
    assert first["products"] == other["products"]  # the catalogue does not depend on the seed


# How to tell that a field has values somewhere; "segment" needs saved segments, not demo data.
COVERAGE = {
    "id": "SELECT COUNT(*) FROM contacts",
    "kind": "SELECT COUNT(DISTINCT kind) - 1 FROM contacts",
    "company": "SELECT COUNT(*) FROM contacts WHERE company_name IS NOT NULL AND kind = 'person'",
    "age": "SELECT COUNT(birth_date) FROM contacts",
    "annual_revenue": "SELECT COUNT(annual_revenue_cents) FROM contacts",
    "owner": "SELECT COUNT(owner_id) FROM contacts",
    "tags": "SELECT COUNT(*) FROM contact_tags",
    "needs": "SELECT COUNT(*) FROM contact_needs",
    "stage": "SELECT COUNT(DISTINCT stage) - 5 FROM contacts",
    "total_spent": "SELECT COUNT(*) FROM contacts WHERE total_spent_cents > 0",
    "avg_order_value": "SELECT COUNT(*) FROM contacts WHERE purchase_count > 0",
    "products": "SELECT COUNT(DISTINCT product_id) - 29 FROM contact_products",
    "preferred_channel": "SELECT MIN(n) FROM (SELECT SUM(online_order_count) AS n FROM contacts "
    "UNION ALL SELECT SUM(in_store_order_count) FROM contacts) AS x",
    "segment": "SELECT 1",
}
BOOLEANS = ("email_ok", "phone_ok", "mail_ok")


def test_every_field_has_values(demo_store: Store) -> None:
    with demo_store.sessions() as session:
        for field in BUILTIN_FIELDS:
            if field.id in BOOLEANS:
                values = set(session.execute(text(f"SELECT DISTINCT {field.id} FROM contacts")).scalars())
                assert values == {0, 1}, field.id
                continue
            sql = COVERAGE.get(field.id, f"SELECT COUNT({field.id}) FROM contacts")
            assert scalar(session, sql) > 0, field.id
        custom = session.execute(
            text(
                "SELECT f.value_type, COUNT(v.contact_id) FROM custom_fields f "
                "JOIN custom_values v ON v.field_key = f.key GROUP BY f.value_type"
            )
        ).all()
        assert {kind for kind, n in custom if n} == {"text", "number", "date"}
        assert set(session.execute(text("SELECT DISTINCT gender FROM contacts")).scalars()) >= {
            "female",
            "male",
            "other",
        }
        assert set(session.execute(text("SELECT DISTINCT stage FROM contacts")).scalars()) == set(STAGES)


def test_stages_agree_with_history(demo_store: Store) -> None:
    six, twelve = shift(TODAY, -6, "months"), shift(TODAY, -12, "months")
    with demo_store.sessions() as session:
        ambassadors = set(
            session.execute(
                text(
                    "SELECT ct.contact_id FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
                    "WHERE t.name = 'ambassador'"
                )
            ).scalars()
        )
        contacts = session.execute(
            select(
                Contact.id,
                Contact.stage,
                Contact.purchase_count,
                Contact.first_purchase_at,
                Contact.last_purchase_at,
            )
        ).all()
    for cid, stage, count, first, last in contacts:
        if stage in ("lead", "prospect"):
            assert count == 0, cid
        elif stage == "new":
            assert count >= 1 and first >= six, cid
        elif stage in ("loyal", "ambassador"):
            assert count >= 2 and last >= twelve and first < six, cid
            assert (cid in ambassadors) == (stage == "ambassador"), cid
        else:
            assert stage == "lapsed"
            assert count >= 1 and last < twelve, cid


def test_phone_numbers_are_valid_e164(demo_store: Store) -> None:
    with demo_store.sessions() as session:
        rows = session.execute(
            text("SELECT country, phone, mobile FROM contacts ORDER BY id LIMIT 800")
        ).all()
    checked = 0
    for country, *numbers in rows:
        for number in numbers:
            if number is None:
                continue
            parsed = phonenumbers.parse(number)
            assert phonenumbers.is_valid_number(parsed), number
            assert phonenumbers.region_code_for_number(parsed) == country, number
            assert phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164) == number
            checked += 1
    assert checked > 800


def test_counts_and_shapes_are_sane(demo_store: Store) -> None:
    with demo_store.sessions() as session:
        n = scalar(session, "SELECT COUNT(*) FROM contacts")
        b2b = scalar(
            session, "SELECT COUNT(*) FROM contacts WHERE kind = 'company' OR company_id IS NOT NULL"
        )
        assert n == SIZE
        assert 0.12 < b2b / n < 0.28
        assert scalar(session, "SELECT COUNT(*) FROM interactions") > 2 * n
        assert scalar(session, "SELECT COUNT(DISTINCT member_id) FROM interactions") in (3, 4, 5)
        assert 25 <= scalar(session, "SELECT COUNT(*) FROM products") <= 35
        # Employees carry their employer's name; order totals add up; nothing after today.
        assert (
            scalar(
                session,
                "SELECT COUNT(*) FROM contacts p JOIN contacts c ON c.id = p.company_id "
                "WHERE p.company_name <> c.company_name OR c.kind <> 'company'",
            )
            == 0
        )
        assert (
            scalar(
                session,
                "SELECT COUNT(*) FROM orders o WHERE total_cents <> "
                "(SELECT SUM(amount_cents) FROM order_lines l WHERE l.order_id = o.id)",
            )
            == 0
        )
        assert scalar(session, "SELECT MAX(date(ordered_at)) FROM orders") <= TODAY.isoformat()
        assert scalar(session, "SELECT MAX(date(occurred_at)) FROM interactions") <= TODAY.isoformat()
        assert (
            scalar(
                session,
                "SELECT COUNT(*) FROM contacts WHERE date(created_at) > COALESCE(first_purchase_at, '9999') "
                "OR date(created_at) > COALESCE(last_contact_at, '9999')",
            )
            == 0
        )
        assert (
            scalar(
                session,
                "SELECT COUNT(*) FROM contacts WHERE next_followup_at IS NOT "
                "CASE WHEN last_contact_at IS NULL THEN date(created_at) "
                "ELSE date(last_contact_at, '+' || COALESCE(cadence_days, 90) || ' days') END",
            )
            == 0
        )
        languages = dict(session.execute(text("SELECT DISTINCT country, language FROM contacts")).all())
        assert languages == {"IT": "it", "FR": "fr", "PL": "pl", "DE": "de", "ES": "es", "GB": "en"}
        births = session.execute(select(Contact.birth_date).where(Contact.birth_date.is_not(None))).scalars()
        ages = [age_on(b, TODAY) for b in births]
        assert min(ages) == 18 and max(ages) <= 85
        emails = session.execute(select(Contact.email).where(Contact.email.is_not(None))).scalars().all()
        assert all(re.fullmatch(r"[a-z0-9.]+@[a-z0-9.-]+\.[a-z]+", e) for e in emails), emails[:5]
        names = session.execute(select(Contact.full_name, Contact.sort_name)).all()
        assert any(not full.isascii() for full, _ in names)
        assert all(sort.isascii() and sort == sort.lower() for _, sort in names)


def test_summaries_match_a_recomputation(demo_store: Store) -> None:
    before = all_rows(demo_store)
    with demo_store.sessions() as session, session.begin():
        assert recompute_summaries(session) == 0
        refresh_rfm(session)
    after = all_rows(demo_store)
    assert after["contacts"] == before["contacts"]
    assert after["contact_products"] == before["contact_products"]
    with demo_store.sessions() as session:
        assert (
            scalar(session, "SELECT COUNT(*) FROM contacts WHERE purchase_count > 0 AND rfm_recency IS NULL")
            == 0
        )
        assert scalar(session, "SELECT MIN(rfm_monetary) || MAX(rfm_monetary) FROM contacts") == "15"
    assert set(SUMMARY_COLUMNS) <= {c.name for c in T["contacts"].columns}


def test_runs_on_both_backends_and_appends_after_existing_rows(store: Store) -> None:
    calls: list[tuple[int, int]] = []
    first = generate_demo(store, 120, seed=1, today=TODAY, progress=lambda d, t: calls.append((d, t)))
    second = generate_demo(store, 80, seed=2, today=TODAY)
    assert isinstance(first, DemoSummary)
    assert calls[0] == (0, 120) and calls[-1] == (120, 120)
    assert (first.first_contact_id, first.last_contact_id) == (1, 120)
    assert (second.first_contact_id, second.last_contact_id) == (121, 200)
    assert second.backup_taken == store.is_sqlite
    with store.transaction() as session:
        assert recompute_summaries(session) == 0
        # The id sequences moved past the ids the generator chose.
        now = datetime(2026, 11, 1, 12)
        contact = Contact(kind="person", full_name="New", sort_name="new", created_at=now, updated_at=now)
        session.add(contact)
        session.flush()
        assert contact.id == 201
        assert session.execute(select(func.count()).select_from(T["products"])).scalar_one() == 31
    assert generate_demo(store, 0, seed=1, today=TODAY).contacts == 0
