"""Filling a database with realistic, reproducible demo data (``segdesk demo``).

The same seed and the same ``today`` give identical rows in a fresh database.
Contacts are generated and inserted in chunks (bounded memory, one transaction
each) with SQLAlchemy Core executemany; primary keys are assigned here, after
the largest id already stored, so child rows need no round trips.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, Table, func, insert, select, text
from sqlalchemy.orm import Session

from segdesk.services.demo.data_business import CUSTOM_FIELDS, NEEDS, PRODUCTS, TAGS, TEAM
from segdesk.services.demo.generator import TABLE_ORDER, DemoGenerator, Lookups, NextIds
from segdesk.store.base import Base
from segdesk.store.database import Store
from segdesk.store.derived import refresh_rfm

__all__ = ["CHUNK_SIZE", "DemoSummary", "generate_demo"]

CHUNK_SIZE = 5_000
SQLITE_CACHE_KIB = 256 * 1024
_ID_TABLES = ("contacts", "interactions", "orders", "order_lines", "consent_records")
Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class DemoSummary:
    contacts: int
    companies: int
    interactions: int
    orders: int
    order_lines: int
    first_contact_id: int | None
    last_contact_id: int | None
    backup_taken: bool
    rows: int  # rows inserted, all tables
    seconds: dict[str, float]  # wall time per phase: setup, generate, insert, rfm


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _ensure(session: Session, table: str, key: str, rows: list[dict[str, object]]) -> dict[str, int]:
    """Insert the rows whose ``key`` is missing; return ``key -> id`` for all of them."""
    t = _table(table)
    existing = {k: int(i) for k, i in session.execute(select(t.c[key], t.c.id))}
    missing = [row for row in rows if row[key] not in existing]
    if missing:
        start = int(session.execute(select(func.coalesce(func.max(t.c.id), 0))).scalar_one()) + 1
        for offset, row in enumerate(missing):
            row["id"] = start + offset
            existing[str(row[key])] = start + offset
        session.execute(insert(t), missing)
    return existing


def _prepare(session: Session) -> Lookups:
    team = _ensure(
        session, "team_members", "name", [{"name": n, "email": e, "active": True} for n, e in TEAM]
    )
    products = _ensure(
        session,
        "products",
        "code",
        [
            {
                "code": p.code,
                "name": p.name,
                "category": p.category,
                "unit_price_cents": p.price_cents,
                "active": True,
            }
            for p in PRODUCTS
        ],
    )
    tags = _ensure(session, "tags", "name", [{"name": n} for n in TAGS])
    needs = _ensure(session, "needs", "name", [{"name": n} for n in NEEDS])
    fields = _table("custom_fields")
    known = set(session.execute(select(fields.c.key)).scalars())
    start = int(session.execute(select(func.coalesce(func.max(fields.c.position), 0))).scalar_one())
    new_fields = [
        {"key": key, "value_type": kind, "label": label, "position": start + n + 1}
        for n, (key, kind, label) in enumerate(CUSTOM_FIELDS)
        if key not in known
    ]
    if new_fields:
        session.execute(insert(fields), new_fields)
    return Lookups(
        team=tuple(team[n] for n, _ in TEAM),
        products=tuple(products[p.code] for p in PRODUCTS),
        tags={n: tags[n] for n in TAGS},
        needs={n: needs[n] for n in NEEDS},
    )


def _next_ids(session: Session) -> NextIds:
    values = [
        int(session.execute(select(func.coalesce(func.max(_table(t).c.id), 0))).scalar_one()) + 1
        for t in _ID_TABLES
    ]
    return NextIds(*values)


def _sync_sequences(session: Session) -> None:
    """After explicit ids, move PostgreSQL's id sequences past them (SQLite needs nothing)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for name in (*_ID_TABLES, "team_members", "products", "tags", "needs"):
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {name}), false)"
            )
        )


@contextmanager
def _big_cache(connection: Connection) -> Iterator[None]:
    """Give SQLite a large page cache while inserting: index pages of a big file stay in memory."""
    if connection.dialect.name != "sqlite":
        yield
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
    connection.commit()
    try:
        yield
    finally:
        connection.rollback()
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")
        connection.commit()


def generate_demo(
    store: Store,
    contacts: int,
    seed: int,
    today: date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Add ``contacts`` demo contacts with several years of history, then score RFM."""
    if contacts < 0:
        raise ValueError("the number of contacts cannot be negative")
    today = today or date.today()
    clock = time.perf_counter()
    seconds = dict.fromkeys(("setup", "generate", "insert", "rfm"), 0.0)

    def lap(phase: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        seconds[phase] += now - clock
        clock = now

    with store.transaction() as session:
        had_contacts = session.execute(select(_table("contacts").c.id).limit(1)).first() is not None
    backup_taken = had_contacts and store.backup("before-demo") is not None
    counts = dict.fromkeys(("companies", "interactions", "orders", "order_lines", "rows"), 0)
    # One connection throughout, so a bigger SQLite page cache lasts for the whole run.
    with store.engine.connect() as connection, _big_cache(connection), Session(connection) as session:
        with session.begin():
            lookups = _prepare(session)
            ids = _next_ids(session)
        first_id = ids.contacts
        generator = DemoGenerator(seed, today, lookups, ids)
        lap("setup")
        done = 0
        if progress:
            progress(0, contacts)
        while done < contacts:
            size = min(CHUNK_SIZE, contacts - done)
            rows = generator.chunk(size).rows
            lap("generate")
            with session.begin():
                for table in TABLE_ORDER:
                    if rows[table]:
                        session.execute(insert(_table(table)), rows[table])
                        counts["rows"] += len(rows[table])
            lap("insert")
            counts["companies"] += sum(1 for row in rows["contacts"] if row["kind"] == "company")
            for table in ("interactions", "orders", "order_lines"):
                counts[table] += len(rows[table])
            done += size
            if progress:
                progress(done, contacts)
        with session.begin():
            _sync_sequences(session)
            refresh_rfm(session)
        lap("rfm")
    return DemoSummary(
        contacts=contacts,
        companies=counts["companies"],
        interactions=counts["interactions"],
        orders=counts["orders"],
        order_lines=counts["order_lines"],
        first_contact_id=first_id if contacts else None,
        last_contact_id=first_id + contacts - 1 if contacts else None,
        backup_taken=backup_taken,
        rows=counts["rows"],
        seconds=seconds,
    )
