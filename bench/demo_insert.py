"""Demo data generation speed, next to a raw sqlite3 reference on the same rows.

    python bench/demo_insert.py [--contacts 100000 1000000] [--seed 1] [--today 2026-11-01]

For each N: ``generate_demo`` fills a fresh SQLite file (timed per phase); then
the rows it wrote are read back table by table and inserted into a second fresh
file with the same schema using plain ``sqlite3`` ``executemany`` (only the
inserts are timed). The ratio shows what the generator and SQLAlchemy cost on
top of SQLite's own insert speed.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from segdesk.services.demo import generate_demo
from segdesk.services.demo.generator import TABLE_ORDER
from segdesk.store.database import open_store

SETUP_TABLES = ("team_members", "products", "tags", "needs", "custom_fields")
BATCH = 50_000


def reference_insert(source: Path, target: Path) -> tuple[int, float]:
    """Copy every demo table's rows with raw executemany; (rows, seconds spent inserting)."""
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target, isolation_level=None)
    # The very same schema (tables, indexes, Alembic version) as the file the demo wrote.
    for (sql,) in src.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"):
        dst.execute(sql)
    dst.execute("PRAGMA journal_mode = WAL")
    dst.execute("PRAGMA synchronous = NORMAL")
    dst.execute("PRAGMA foreign_keys = ON")
    dst.execute("PRAGMA cache_size = -262144")  # as generate_demo does
    rows = 0
    spent = 0.0
    for table in (*SETUP_TABLES, *TABLE_ORDER):
        columns = [r[1] for r in src.execute(f"PRAGMA table_info({table})")]
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        cursor = src.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY rowid")
        while batch := cursor.fetchmany(BATCH):
            started = time.perf_counter()
            dst.execute("BEGIN")
            dst.executemany(sql, batch)
            dst.execute("COMMIT")
            spent += time.perf_counter() - started
            rows += len(batch) if table in TABLE_ORDER else 0
    src.close()
    dst.close()
    return rows, spent


def run(contacts: int, seed: int, today: date, folder: Path) -> dict[str, float]:
    demo_file = folder / f"demo-{contacts}.sqlite3"
    store = open_store(demo_file)
    started = time.perf_counter()
    summary = generate_demo(store, contacts, seed, today)
    total = time.perf_counter() - started
    store.close()
    ref_rows, ref_seconds = reference_insert(demo_file, folder / f"reference-{contacts}.sqlite3")
    assert ref_rows == summary.rows, (ref_rows, summary.rows)
    phases = summary.seconds
    print(f"\n== {contacts:,} contacts, seed {seed}, today {today} ==")
    print(f"rows: {summary.rows:,}; {summary.interactions:,} interactions, {summary.orders:,} orders")
    for phase, seconds in phases.items():
        print(f"  {phase:<9} {seconds:8.2f} s")
    print(f"  {'total':<9} {total:8.2f} s  -> {summary.rows / total:,.0f} rows/s end to end")
    print(f"  insert only: {summary.rows / phases['insert']:,.0f} rows/s (SQLAlchemy Core executemany)")
    print(f"reference raw sqlite3 executemany: {ref_seconds:.2f} s -> {ref_rows / ref_seconds:,.0f} rows/s")
    print(
        f"ratio demo end-to-end / raw: {total / ref_seconds:.2f}x; insert phase / raw: "
        f"{phases['insert'] / ref_seconds:.2f}x"
    )
    print(f"file size: {demo_file.stat().st_size / 1e6:,.0f} MB")
    return {"rows": summary.rows, "total": total, "reference": ref_seconds, **phases}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--contacts", type=int, nargs="+", default=[100_000])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--today", type=date.fromisoformat, default=date(2026, 11, 1))
    parser.add_argument("--keep", type=Path, help="write the files in this folder and keep them")
    args = parser.parse_args(argv)
    print(f"Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}, {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory(prefix="segdesk-bench-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for n in args.contacts:
            run(n, args.seed, args.today, folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
