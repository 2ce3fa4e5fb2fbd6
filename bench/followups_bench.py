"""Follow-ups at scale: refresh_due_dates, lists and counts over N contacts (SQLite and PostgreSQL).

    python bench_followups.py --contacts 1000000 [--pg URL]

Synthetic data written by SQL: N contacts (10% never contacted, last contacts over three
years, 5% with an own cadence, a third with an order), two interactions per contacted
contact, 10,000 follow-up rows (snoozes, dismissals, dates by hand), a static segment of
N/10 members (30 days) and a dynamic segment (city = Milano, 3 months).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import text

from segdesk.followups.due import refresh_due_dates
from segdesk.followups.listing import count_due, due_rows
from segdesk.followups.schema import segments
from segdesk.services import followups as service
from segdesk.store.database import Store, open_store

TODAY = date(2026, 11, 11)

SQLITE_CONTACTS = """
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :n)
INSERT INTO contacts (id, kind, full_name, sort_name, city, phone, phone_ok, email_ok, mail_ok,
  cadence_days, last_contact_at, last_purchase_at, interaction_count, purchase_count, total_spent_cents,
  online_order_count, in_store_order_count, created_at, updated_at, version, owner_id)
SELECT i, 'person', 'Person ' || i, 'person ' || printf('%07d', (i * 7919) % :n),
  CASE i % 5 WHEN 0 THEN 'Milano' WHEN 1 THEN 'Torino' ELSE 'Roma' END,
  '+39020000' || i, (i % 4) <> 0, 0, 0,
  CASE WHEN i % 20 = 0 THEN 30 + i % 60 END,
  CASE WHEN i % 10 <> 0 THEN date('2023-11-11', '+' || ((i * 7) % 1096) || ' days') END,
  CASE WHEN i % 3 = 0 THEN date('2024-01-01', '+' || ((i * 13) % 1000) || ' days') END,
  2, 0, 0, 0, 0, '2023-01-01 00:00:00', '2023-01-01 00:00:00', 1, 1 + i % 3
FROM n
"""
PG_CONTACTS = """
INSERT INTO contacts (id, kind, full_name, sort_name, city, phone, phone_ok, email_ok, mail_ok,
  cadence_days, last_contact_at, last_purchase_at, interaction_count, purchase_count, total_spent_cents,
  online_order_count, in_store_order_count, created_at, updated_at, version, owner_id)
SELECT i, 'person', 'Person ' || i, 'person ' || lpad(((i::bigint * 7919) % :n)::text, 7, '0'),
  CASE i % 5 WHEN 0 THEN 'Milano' WHEN 1 THEN 'Torino' ELSE 'Roma' END,
  '+39020000' || i, (i % 4) <> 0, false, false,
  CASE WHEN i % 20 = 0 THEN 30 + i % 60 END,
  CASE WHEN i % 10 <> 0 THEN DATE '2023-11-11' + ((i * 7) % 1096) END,
  CASE WHEN i % 3 = 0 THEN DATE '2024-01-01' + ((i * 13) % 1000) END,
  2, 0, 0, 0, 0, TIMESTAMP '2023-01-01', TIMESTAMP '2023-01-01', 1, 1 + i % 3
FROM generate_series(1, :n) AS i
"""
INTERACTIONS = """
INSERT INTO interactions (contact_id, occurred_at, channel, note)
SELECT id, {stamp}, CASE id % 3 WHEN 0 THEN 'call' WHEN 1 THEN 'email' ELSE 'visit' END, 'note ' || id
FROM contacts WHERE last_contact_at IS NOT NULL
"""
OLDER = """
INSERT INTO interactions (contact_id, occurred_at, channel, note)
SELECT id, {older}, 'note', 'older' FROM contacts WHERE last_contact_at IS NOT NULL
"""
FOLLOWUPS = """
INSERT INTO followups (contact_id, due_on, snoozed_until, set_by_hand, created_at, dismissed_at)
SELECT id, {due}, CASE WHEN id % 3 = 0 THEN {due} END, id % 3 = 1, {created},
  CASE WHEN id % 3 = 2 THEN {created} END
FROM contacts WHERE (id + 3) % :step = 0
"""


def fill(store: Store, n: int) -> None:
    pg = not store.is_sqlite
    with store.transaction() as session:
        for i, name in enumerate(("Marta", "Jonas", "Lucía"), 1):
            session.execute(text("INSERT INTO team_members (id, name, active) VALUES (:i, :n, true)"), {"i": i, "n": name})
        session.execute(text(PG_CONTACTS if pg else SQLITE_CONTACTS), {"n": n})
        stamp = "last_contact_at + TIME '10:00'" if pg else "datetime(last_contact_at, '+10 hours')"
        older = "last_contact_at - 30 + TIME '09:00'" if pg else "datetime(last_contact_at, '-30 days', '+9 hours')"
        session.execute(text(INTERACTIONS.format(stamp=stamp)))
        session.execute(text(OLDER.format(older=older)))
        due = "DATE '2026-11-20' + (id % 40)" if pg else "date('2026-11-20', '+' || (id % 40) || ' days')"
        created = "TIMESTAMP '2026-11-01 09:00'" if pg else "'2026-11-01 09:00:00.000000'"
        session.execute(text(FOLLOWUPS.format(due=due, created=created)), {"step": max(n // 10_000, 1)})
        now = datetime(2026, 1, 1)
        session.execute(
            segments.insert().values(id=1, name="Static tenth", cadence_days=30, created_at=now, updated_at=now, version=1)
        )
        rules = {"version": 1, "match": "all", "rules": [{"field": "city", "op": "eq", "value": "Milano"}]}
        session.execute(
            segments.insert().values(
                id=2, name="Milan", rules_json=json.dumps(rules), cadence_months=3, created_at=now, updated_at=now, version=1
            )
        )
        session.execute(
            text("INSERT INTO segment_list_entries (segment_id, contact_id, role) SELECT 1, id, 'member' FROM contacts WHERE id % 10 = 3")
        )
    with store.engine.connect() as conn:
        conn.execute(text("ANALYZE"))
        conn.commit()


def timed(label: str, action):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = action()
    print(f"  {label:<46} {time.perf_counter() - started:8.2f} s   {result}")
    return result


def run(store: Store, n: int) -> None:
    print(f"{store.url.get_backend_name()}: {n:,} contacts")
    timed("fill (synthetic, SQL)", lambda: fill(store, n))

    def refresh(ids=None):  # type: ignore[no-untyped-def]
        if ids is None:  # the service: one transaction, then ANALYZE on PostgreSQL after a bulk change
            return service.refresh(store, TODAY).changed
        with store.transaction() as session:
            return refresh_due_dates(session, TODAY, ids).changed

    timed("refresh_due_dates, all (first: every row)", refresh)
    timed("refresh_due_dates, all again (nothing changes)", refresh)
    timed("refresh_due_dates, one contact", lambda: refresh([12345]))
    timed("refresh_due_dates, 5,000 contacts (an import)", lambda: refresh(list(range(1, 100_001, 20))))
    with store.sessions() as session:
        timed("count_due", lambda: count_due(session, TODAY))
        timed("count_due, owner", lambda: count_due(session, TODAY, owner="Marta"))
        timed("due_rows overdue, first 500", lambda: len(due_rows(session, TODAY, bucket="overdue", limit=500)))
        timed("due_rows overdue, page 100 (offset 50,000)", lambda: len(due_rows(session, TODAY, bucket="overdue", limit=500, offset=50_000)))
        timed("due_rows today, call list, owner, first 500", lambda: len(due_rows(session, TODAY, owner="Jonas", call_list=True, limit=500)))
        timed("due_rows week (this week only)", lambda: len(due_rows(session, TODAY, bucket="week")))
        timed("followup_groups (500 per group) + counts", lambda: sum(map(len, service.followup_groups(store, TODAY).groups.values())))
        timed("due_rows today, all rows", lambda: len(due_rows(session, TODAY, due="today")))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=1_000_000)
    parser.add_argument("--pg", default=None)
    parser.add_argument("--skip-sqlite", action="store_true")
    args = parser.parse_args()
    if not args.skip_sqlite:
        folder = Path(tempfile.mkdtemp())
        store = open_store(folder / "bench.sqlite3")
        run(store, args.contacts)
        store.close()
    if args.pg:
        store = open_store(args.pg)
        run(store, args.contacts)
        store.close()


if __name__ == "__main__":
    main()
