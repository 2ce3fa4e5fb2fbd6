"""Why segdesk keeps summary columns on contacts: read and write cost, measured.

For each question segments ask all the time (last contact, orders, spend,
products bought) this times a count on the summary column next to the same
count aggregated from the facts, on the same demo database, and checks both
give the same answer. It also times the price paid on writes: logging an
interaction with and without updating the summary in the same transaction.

    python bench/derived_columns.py --contacts 100000 1000000
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta

from sqlalchemy import Connection, insert, text

from common import best_of, demo_store
from segdesk.store.database import Store
from segdesk.store.derived import recompute_summaries, record_interaction
from segdesk.store.models import Interaction

TODAY = date(2026, 11, 24)

# (question, count on summary columns, count aggregated from facts)
QUERIES: list[tuple[str, str, str]] = [
    (
        "last contact more than 90 days ago",
        "SELECT count(*) FROM contacts WHERE last_contact_at < :cutoff",
        "SELECT count(*) FROM (SELECT contact_id FROM interactions GROUP BY contact_id"
        " HAVING max(occurred_at) < :cutoff) AS t",
    ),
    (
        "spent at least 500",
        "SELECT count(*) FROM contacts WHERE total_spent_cents >= 50000",
        "SELECT count(*) FROM (SELECT contact_id FROM orders GROUP BY contact_id"
        " HAVING sum(total_cents) >= 50000) AS t",
    ),
    (
        "5 orders or more",
        "SELECT count(*) FROM contacts WHERE purchase_count >= 5",
        "SELECT count(*) FROM (SELECT contact_id FROM orders GROUP BY contact_id HAVING count(*) >= 5) AS t",
    ),
    (
        "bought ESPRESSO-1",
        "SELECT count(*) FROM contact_products cp JOIN products p ON p.id = cp.product_id"
        " WHERE p.code = 'ESPRESSO-1'",
        "SELECT count(DISTINCT o.contact_id) FROM orders o JOIN order_lines l ON l.order_id = o.id"
        " JOIN products p ON p.id = l.product_id WHERE p.code = 'ESPRESSO-1'",
    ),
]


def _count(connection: Connection, sql: str, params: dict[str, object]) -> Callable[[], object]:
    return lambda: connection.execute(text(sql), params).scalar()


def compare_reads(store: Store) -> None:
    cutoff = datetime.combine(TODAY - timedelta(days=90), datetime.min.time())
    print(f"{'question':<38} {'summary ms':>11} {'facts ms':>10} {'facts/summary':>14}")
    with store.engine.connect() as connection:
        for question, summary_sql, facts_sql in QUERIES:
            summary_params = {"cutoff": cutoff.date() if "last_contact_at" in summary_sql else cutoff}
            summary_s, summary_n = best_of(3, _count(connection, summary_sql, summary_params))
            facts_s, facts_n = best_of(3, _count(connection, facts_sql, {"cutoff": cutoff}))
            same = "" if summary_n == facts_n else f"  MISMATCH {summary_n} != {facts_n}"
            print(
                f"{question:<38} {summary_s * 1000:>11.1f} {facts_s * 1000:>10.1f} "
                f"{facts_s / summary_s:>13.0f}x{same}"
            )


def compare_writes(store: Store, samples: int = 300) -> None:
    """Median time to log one interaction, alone and with its summary update, one transaction each."""
    at = datetime.combine(TODAY, datetime.min.time()).replace(hour=11)
    plain, with_summary = [], []
    for n in range(samples):
        contact_id = 1 + n * 7
        for timings, update in ((plain, False), (with_summary, True)):
            start = time.perf_counter()
            with store.transaction() as session:
                session.execute(
                    insert(Interaction).values(
                        contact_id=contact_id, occurred_at=at, channel="call", note="bench"
                    )
                )
                if update:
                    record_interaction(session, contact_id, at)
            timings.append(time.perf_counter() - start)
    with store.transaction() as session:
        session.execute(text("DELETE FROM interactions WHERE note = 'bench'"))
        recompute_summaries(session, [1 + n * 7 for n in range(samples)])
    p, s = statistics.median(plain) * 1000, statistics.median(with_summary) * 1000
    print(f"log one interaction: {p:.2f} ms plain insert, {s:.2f} ms with summary update ({s / p:.2f}x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, nargs="+", default=[100_000])
    args = parser.parse_args()
    for contacts in args.contacts:
        print(f"\n== {contacts:,} contacts ==")
        store = demo_store(contacts)
        compare_reads(store)
        compare_writes(store)
        store.close()


if __name__ == "__main__":
    main()
