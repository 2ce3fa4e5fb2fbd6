"""Segment count speed: every template compiled, next to hand-written SQL for the same segment.

    python bench/segments.py [--db FILE_OR_URL] [--contacts 100000] [--seed 1] [--today 2026-11-01] [--runs 5]

Fills the database with ``generate_demo`` unless it already holds that many contacts,
then for each template times ``SELECT count(*)`` of the compiled rules and of a hand
query (best of ``--runs``), checks both give the same number, and prints the ratio.
Last, one :func:`count_tree` call (every node of a nested tree in one query).
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, text

from segdesk.domain.dates import period_bounds, shift
from segdesk.domain.rule_validation import load_rules
from segdesk.segments.compiler import where_clause
from segdesk.segments.counts import count_tree
from segdesk.segments.templates import TEMPLATES
from segdesk.services.catalogue import catalogue_for_session
from segdesk.services.demo import generate_demo
from segdesk.store.database import Store, open_store


def hand_queries(today: date) -> dict[str, tuple[str, dict[str, Any]]]:
    """Plain SQL a developer would write for each template (text compared with lower())."""
    d = today.isoformat()
    end = (today + timedelta(days=1)).isoformat()

    def ago(n: int, unit: str) -> str:
        return shift(today, -n, unit).isoformat()

    first, last = period_bounds("last_month", today)
    exists_product = (
        "EXISTS (SELECT 1 FROM contact_products cp JOIN products p ON p.id = cp.product_id "
        "WHERE cp.contact_id = c.id AND p.code = :{0})"
    )
    return {
        "industry": (
            "SELECT count(*) FROM contacts c LEFT JOIN contacts co ON co.id = c.company_id "
            "WHERE lower(coalesce(co.industry, c.industry)) IN ('cafe', 'bakery')",
            {},
        ),
        "company_size": (
            "SELECT count(*) FROM contacts c WHERE c.kind = 'company' AND c.employees BETWEEN 10 AND 49",
            {},
        ),
        "age_band": (
            "SELECT count(*) FROM contacts c WHERE c.kind = 'person' "
            "AND c.birth_date > :old AND c.birth_date <= :young",
            {"old": ago(35, "years"), "young": ago(25, "years")},
        ),
        "region": ("SELECT count(*) FROM contacts c WHERE lower(c.region) IN ('lombardia')", {}),
        "needs": (
            "SELECT count(*) FROM contacts c WHERE EXISTS (SELECT 1 FROM contact_needs cn "
            "JOIN needs n ON n.id = cn.need_id WHERE cn.contact_id = c.id AND n.name = 'financing')",
            {},
        ),
        "top_spenders": ("SELECT count(*) FROM contacts c WHERE c.rfm_monetary >= 5", {}),
        "rfm_champions": (
            "SELECT count(*) FROM contacts c WHERE c.rfm_recency >= 4 AND c.rfm_frequency >= 4 "
            "AND c.rfm_monetary >= 4",
            {},
        ),
        "at_risk": (
            "SELECT count(*) FROM contacts c WHERE c.rfm_recency <= 2 AND c.rfm_frequency >= 3 "
            "AND c.rfm_monetary >= 3",
            {},
        ),
        "frequent_buyers": (
            "SELECT count(*) FROM contacts c WHERE (SELECT count(*) FROM orders o WHERE o.contact_id = c.id "
            "AND o.ordered_at >= :start AND o.ordered_at < :end) >= 5",
            {"start": ago(12, "months"), "end": end},
        ),
        "online_buyers": (
            "SELECT count(*) FROM contacts c WHERE c.online_order_count > c.in_store_order_count",
            {},
        ),
        "in_store_buyers": (
            "SELECT count(*) FROM contacts c WHERE c.in_store_order_count > c.online_order_count",
            {},
        ),
        "active_customers": (
            "SELECT count(*) FROM contacts c WHERE c.last_purchase_at BETWEEN :start AND :today",
            {"start": ago(6, "months"), "today": d},
        ),
        "inactive_customers": (
            "SELECT count(*) FROM contacts c WHERE c.purchase_count >= 1 AND c.last_purchase_at < :start",
            {"start": ago(6, "months")},
        ),
        "stage": ("SELECT count(*) FROM contacts c WHERE c.stage = 'loyal'", {}),
        "lapsed": (
            "SELECT count(*) FROM contacts c WHERE c.purchase_count >= 1 AND c.last_purchase_at < :start",
            {"start": ago(12, "months")},
        ),
        "contacted_last_month": (
            "SELECT count(*) FROM contacts c WHERE c.last_contact_at BETWEEN :first AND :last",
            {"first": first.isoformat(), "last": last.isoformat()},
        ),
        "not_contacted_90_days": (
            "SELECT count(*) FROM contacts c WHERE c.last_contact_at < :start OR c.last_contact_at IS NULL",
            {"start": ago(90, "days")},
        ),
        "upsell": (
            f"SELECT count(*) FROM contacts c WHERE {exists_product.format('a')} "
            f"AND NOT {exists_product.format('b')}",
            {"a": "ESPRESSO-1", "b": "GRINDER-1"},
        ),
        "compelling_event": (
            "SELECT count(*) FROM contacts c WHERE EXISTS (SELECT 1 FROM custom_values cv "
            "WHERE cv.contact_id = c.id AND cv.field_key = 'contract_renewal' "
            "AND cv.date_value BETWEEN :today AND :end)",
            {"today": d, "end": (today + timedelta(days=30)).isoformat()},
        ),
    }


def best(runs: int, call: Callable[[], int]) -> tuple[float, int]:
    times, result = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        result = call()
        times.append(time.perf_counter() - start)
    return min(times), result


def ensure_demo(store: Store, contacts: int, seed: int, today: date) -> None:
    with store.transaction() as session:
        have = session.execute(text("SELECT count(*) FROM contacts")).scalar_one()
    if have < contacts:
        print(f"generating {contacts - have} demo contacts...", flush=True)
        generate_demo(store, contacts - have, seed, today=today)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="bench/.data/segments-100k.sqlite3")
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--today", type=date.fromisoformat, default=date(2026, 11, 1))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    store = open_store(args.db)
    ensure_demo(store, args.contacts, args.seed, args.today)
    hand = hand_queries(args.today)
    ratios = []
    with store.sessions() as session:
        catalogue = catalogue_for_session(session)
        print(f"{'template':24} {'count':>8} {'compiled ms':>12} {'hand ms':>9} {'ratio':>6}")
        for item in TEMPLATES:
            group = load_rules(item.rules(), catalogue)
            compiled = where_clause(group, today=args.today, catalogue=catalogue)
            query = compiled.scope.select(func.count()).where(compiled.where)
            t_rules, n_rules = best(args.runs, lambda q=query: int(session.execute(q).scalar_one()))
            sql, params = hand[item.id]
            t_hand, n_hand = best(
                args.runs, lambda s=sql, p=params: int(session.execute(text(s), p).scalar_one())
            )
            flag = "" if n_rules == n_hand else f"  MISMATCH hand={n_hand}"
            ratios.append(t_rules / t_hand)
            ms = f"{t_rules * 1000:12.1f} {t_hand * 1000:9.1f}"
            print(f"{item.id:24} {n_rules:8} {ms} {t_rules / t_hand:6.2f}{flag}")
        print(f"median ratio {statistics.median(ratios):.2f}, worst {max(ratios):.2f}")
        tree = {
            "version": 1,
            "match": "all",
            "rules": [TEMPLATES[i].rules() | {"version": 1} for i in (0, 11)]
            + [{"match": "none", "rules": [{"field": "tags", "op": "includes_any", "value": ["vip"]}]}],
        }
        tree["rules"] = [{k: v for k, v in node.items() if k != "version"} for node in tree["rules"]]
        group = load_rules(tree, catalogue)
        t_tree, _ = best(
            args.runs, lambda: count_tree(session, group, args.today, catalogue=catalogue).matched
        )
        nodes = len(count_tree(session, group, args.today, catalogue=catalogue).nodes)
        print(f"count_tree: {nodes} nodes in one query, {t_tree * 1000:.1f} ms")
    store.close()


if __name__ == "__main__":
    main()
