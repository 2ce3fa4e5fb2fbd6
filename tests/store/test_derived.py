"""Summary columns: recomputed from facts, and kept incrementally, give the same values.

Every test runs on a SQLite file and, when SEGDESK_TEST_PG_URL is set, on PostgreSQL
(the shared ``store`` fixture).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from segdesk.store.base import Base
from segdesk.store.database import Store
from segdesk.store.derived import (
    SUMMARY_COLUMNS,
    recompute_summaries,
    record_interaction,
    record_order,
    refresh_rfm,
)

T = Base.metadata.tables
CONTACTS: Table = T["contacts"]
NOW = datetime(2025, 6, 1, 12, 0)


def add_contact(session: Session, **values: Any) -> int:
    row = {"kind": "person", "full_name": "x", "sort_name": "x", "created_at": NOW, "updated_at": NOW}
    row.update(values)
    result = session.execute(insert(CONTACTS).values(row).returning(CONTACTS.c.id))
    return int(result.scalar_one())


def add_products(session: Session, count: int) -> list[int]:
    ids = []
    for n in range(count):
        result = session.execute(
            insert(T["products"]).values(code=f"P-{n}", name=f"Product {n}").returning(T["products"].c.id)
        )
        ids.append(int(result.scalar_one()))
    return ids


def add_interaction(session: Session, contact_id: int, at: datetime) -> None:
    session.execute(insert(T["interactions"]).values(contact_id=contact_id, occurred_at=at, channel="call"))


def add_order(
    session: Session, contact_id: int, at: datetime, channel: str, total: int, lines: list[tuple[int, int]]
) -> None:
    order_id = session.execute(
        insert(T["orders"])
        .values(contact_id=contact_id, ordered_at=at, channel=channel, total_cents=total)
        .returning(T["orders"].c.id)
    ).scalar_one()
    for product_id, quantity in lines:
        session.execute(
            insert(T["order_lines"]).values(order_id=order_id, product_id=product_id, quantity=quantity)
        )


def add_consent(session: Session, contact_id: int, channel: str, granted: bool, at: datetime) -> None:
    session.execute(
        insert(T["consent_records"]).values(
            contact_id=contact_id, channel=channel, granted=granted, recorded_at=at
        )
    )


def summaries(session: Session, contact_id: int) -> dict[str, Any]:
    row = session.execute(
        select(*(CONTACTS.c[c] for c in SUMMARY_COLUMNS)).where(CONTACTS.c.id == contact_id)
    ).one()
    return dict(row._mapping)


def products_of(session: Session, contact_id: int) -> list[tuple[Any, ...]]:
    cp = T["contact_products"]
    rows = session.execute(
        select(cp.c.product_id, cp.c.first_bought_at, cp.c.last_bought_at, cp.c.quantity)
        .where(cp.c.contact_id == contact_id)
        .order_by(cp.c.product_id)
    )
    return [tuple(r) for r in rows]


def test_recompute_from_facts(store: Store) -> None:
    with store.transaction() as s:
        p1, p2 = add_products(s, 2)
        a = add_contact(s)
        # Wrong summaries on purpose: recomputation must reset them.
        b = add_contact(s, interaction_count=7, purchase_count=2, total_spent_cents=99, email_ok=True)
        add_interaction(s, a, datetime(2024, 3, 1, 23, 59))
        add_interaction(s, a, datetime(2025, 1, 5, 0, 1))
        add_order(s, a, datetime(2023, 5, 2, 10), "online", 1_250, [(p1, 2)])
        add_order(s, a, datetime(2024, 12, 31, 23, 30), "in_store", 4_000, [(p1, 1), (p2, 3)])
        add_order(s, a, datetime(2024, 7, 7, 9), "online", 750, [(p2, 1)])
        add_consent(s, a, "email", True, datetime(2023, 1, 1))
        add_consent(s, a, "email", False, datetime(2024, 1, 1))  # withdrawn later: wins
        add_consent(s, a, "phone", False, datetime(2023, 1, 1))
        add_consent(s, a, "phone", True, datetime(2023, 6, 1))
        add_consent(s, b, "post", True, datetime(2022, 1, 1))
    with store.transaction() as s:
        assert recompute_summaries(s) == 2
    with store.transaction() as s:
        assert summaries(s, a) == {
            "last_contact_at": date(2025, 1, 5),
            "interaction_count": 2,
            "first_purchase_at": date(2023, 5, 2),
            "last_purchase_at": date(2024, 12, 31),
            "purchase_count": 3,
            "total_spent_cents": 6_000,
            "online_order_count": 2,
            "in_store_order_count": 1,
            "email_ok": False,
            "phone_ok": True,
            "mail_ok": False,
        }
        assert summaries(s, b) == {
            "last_contact_at": None,
            "interaction_count": 0,
            "first_purchase_at": None,
            "last_purchase_at": None,
            "purchase_count": 0,
            "total_spent_cents": 0,
            "online_order_count": 0,
            "in_store_order_count": 0,
            "email_ok": False,
            "phone_ok": False,
            "mail_ok": True,
        }
        assert products_of(s, a) == [
            (p1, date(2023, 5, 2), date(2024, 12, 31), 3),
            (p2, date(2024, 7, 7), date(2024, 12, 31), 4),
        ]
        assert products_of(s, b) == []
        assert recompute_summaries(s) == 0  # nothing left to change: no row written


def test_recompute_some_contacts_only(store: Store) -> None:
    with store.transaction() as s:
        (p1,) = add_products(s, 1)
        a, b = add_contact(s), add_contact(s)
        for c in (a, b):
            add_interaction(s, c, datetime(2024, 2, 2, 8))
            add_order(s, c, datetime(2024, 2, 3, 8), "online", 100, [(p1, 1)])
        recompute_summaries(s, [a, a])
        assert summaries(s, a)["purchase_count"] == 1
        assert products_of(s, a) == [(p1, date(2024, 2, 3), date(2024, 2, 3), 1)]
        assert summaries(s, b)["purchase_count"] == 0
        assert products_of(s, b) == []
        recompute_summaries(s, [])
        assert summaries(s, b)["interaction_count"] == 0


def test_refresh_rfm_quintiles(store: Store) -> None:
    with store.transaction() as s:
        buyers = [
            add_contact(
                s,
                purchase_count=n,
                total_spent_cents=1_000 * n,
                last_purchase_at=date(2024, 1, 1) + timedelta(days=n),
            )
            for n in range(1, 11)
        ]
        tied = [add_contact(s, purchase_count=1, total_spent_cents=1, last_purchase_at=date(2020, 1, 1))]
        idle = add_contact(s, rfm_recency=3, rfm_frequency=3, rfm_monetary=3)
        refresh_rfm(s)
        scores = {
            cid: tuple(r)
            for cid, *r in s.execute(
                select(
                    CONTACTS.c.id, CONTACTS.c.rfm_recency, CONTACTS.c.rfm_frequency, CONTACTS.c.rfm_monetary
                )
            )
        }
    assert scores[idle] == (None, None, None)
    assert scores[tied[0]] == (1, 1, 1)
    # 11 buyers: ranks 1..11 -> 1 + 5*(rank-1)//11; the first buyer ties with `tied` on frequency.
    assert [scores[c][0] for c in buyers] == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
    assert [scores[c][1] for c in buyers] == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
    assert [scores[c][2] for c in buyers] == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
    assert max(s[0] for s in scores.values() if s[0]) == 5


_moment = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2026, 12, 31))
_fact = st.one_of(
    st.tuples(st.just("interaction"), _moment),
    st.tuples(
        st.just("order"),
        _moment,
        st.sampled_from(["online", "in_store"]),
        st.integers(min_value=0, max_value=10_000_000),
        st.lists(st.tuples(st.integers(0, 3), st.integers(1, 50)), max_size=5),
    ),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(facts=st.lists(_fact, max_size=12))
def test_incremental_matches_recompute(store: Store, facts: list[tuple[Any, ...]]) -> None:
    with store.transaction() as s:
        products = [int(p) for p in s.execute(select(T["products"].c.id).order_by("id")).scalars()]
        if not products:
            products = add_products(s, 4)
        contact = add_contact(s)
        for fact in facts:
            if fact[0] == "interaction":
                add_interaction(s, contact, fact[1])
                record_interaction(s, contact, fact[1])
            else:
                _, at, channel, total, raw_lines = fact
                lines = [(products[i], q) for i, q in raw_lines]
                add_order(s, contact, at, channel, total, lines)
                record_order(s, contact, at, channel, total, lines)
        incremental = (summaries(s, contact), products_of(s, contact))
        assert recompute_summaries(s, [contact]) == 0
        assert (summaries(s, contact), products_of(s, contact)) == incremental
        count = s.execute(select(func.count()).select_from(T["interactions"])).scalar_one()
        assert count >= sum(1 for f in facts if f[0] == "interaction")
