"""Import speed: a 100,000-row CSV, validated, deduplicated and written, next to a raw executemany.

    python bench/import_bench.py [--rows 100000]

1. writes a realistic CSV (names, email, national phone numbers, city, postal code,
   country name, birth date dd/mm/yyyy, tags);
2. imports it into an empty SQLite database with segdesk (read, check every value,
   match against existing contacts, write in one transaction) and prints rows/s;
3. inserts the same rows, already normalised, with a raw ``sqlite3`` executemany into
   the contacts table of another segdesk database file (same schema and indexes);
4. times the duplicate step alone (index of the 100,000 existing contacts + matching a
   second 100,000-row file of which half are the same people, a quarter changed slightly);
5. times a 100,000-row CSV export;
6. imports that second file for real into the 100,000-contact database (duplicates skipped).
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

from segdesk.domain.names import full_name_for, sort_name_for
from segdesk.io.collector import paused_collection
from segdesk.io.rows import RowOptions
from segdesk.services.imports import ImportOptions, Table, import_file, propose, read_source
from segdesk.services.imports.checking import pool_workers, validate_table
from segdesk.services.imports.plan import check, decide
from segdesk.store.database import open_store

TODAY = date(2026, 11, 24)
FIRST = (
    "Marco Giulia Luca Anna Paolo Chiara Matteo Sara Davide Elena Łucja Jürgen François Zoë Álvaro".split()
)
LAST = "Rossi Bianchi Verdi Ferri Russo Romano Colombo Ricci Marino Greco Bruno Gallo Conti Müller".split()
RAW_CPU: list[float] = []
CITIES = [("Milano", "201"), ("Torino", "101"), ("Roma", "001"), ("Napoli", "801"), ("Bologna", "401")]


def make_rows(count: int, seed: int, offset: int = 0) -> list[list[str]]:
    rng = random.Random(seed)
    rows = []
    for i in range(offset, offset + count):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        city, prefix = rng.choice(CITIES)
        birth = date(1950 + rng.randrange(55), 1 + rng.randrange(12), 1 + rng.randrange(28))
        rows.append(
            [
                first,
                f"{last}{i}",
                f"{first.lower()}.{last.lower()}{i}@example.it",
                f"02 {1000 + i // 10000} {i % 10000:04d}",
                city,
                f"{prefix}{i % 100:02d}",
                "Italia",
                birth.strftime("%d/%m/%Y"),
                rng.choice(["vip", "clienti", ""]),
            ]
        )
    return rows


def write_csv(path: Path, rows: list[list[str]]) -> None:
    header = "Nome;Cognome;Email;Telefono;Città;CAP;Paese;Data di nascita;Tag\n"
    path.write_text(header + "".join(";".join(row) + "\n" for row in rows), encoding="utf-8")


def raw_executemany(db: Path, rows: list[list[str]]) -> float:
    """The same rows, already normalised, straight into a segdesk contacts table."""
    open_store(db).close()
    now = datetime.now().isoformat(sep=" ")
    params = []
    for i, (first, last, email, phone, city, postal, _, birth, _) in enumerate(rows, start=1):
        digits = "".join(ch for ch in phone if ch.isdigit())
        day, month, year = birth.split("/")
        params.append(
            (
                i,
                "person",
                first,
                last,
                full_name_for("person", first, last, None),
                sort_name_for("person", first, last, None),
                email,
                "+39" + digits,
                city,
                postal,
                "IT",
                f"{year}-{month}-{day}",
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                None,
                1,
                now,
                now,
            )
        )
    sql = (
        "INSERT INTO contacts (id, kind, first_name, last_name, full_name, sort_name, email, phone, city,"
        " postal_code, country, birth_date, email_ok, phone_ok, mail_ok, interaction_count, purchase_count,"
        " total_spent_cents, online_order_count, in_store_order_count, import_batch_id, version, created_at,"
        " updated_at)"
        " VALUES (" + ",".join("?" * 24) + ")"
    )
    connection = sqlite3.connect(db)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")
    cpu = time.process_time()
    start = time.perf_counter()
    connection.executemany(sql, params)
    connection.commit()
    elapsed = time.perf_counter() - start
    RAW_CPU.append(time.process_time() - cpu)
    connection.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    n = args.rows
    options = ImportOptions(today=TODAY, country="IT", language="it")
    row_options = RowOptions(TODAY, "IT", "it")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        rows = make_rows(n, seed=1)
        source = work / "contacts.csv"
        write_csv(source, rows)
        print(f"{n} rows, {source.stat().st_size / 1e6:.1f} MB of CSV")

        store = open_store(work / "import.sqlite3")
        start = time.perf_counter()
        table = read_source(source, language="it")
        read_s = time.perf_counter() - start
        mapping = propose(store, table)
        start = time.perf_counter()
        single = validate_table(table, mapping, row_options, pool_min_rows=n + 1)
        single_s = time.perf_counter() - start
        start = time.perf_counter()
        validation = check(table, mapping, options, {})
        check_s = time.perf_counter() - start
        assert not validation.errors, validation.errors[:3]
        assert validation.drafts == single.drafts and validation.problems == single.problems
        stages: dict[str, float] = {}
        cpu = time.process_time()
        start = time.perf_counter()
        report = import_file(
            store, source, options, progress=lambda stage, *_: stages.setdefault(stage, time.perf_counter())
        )
        import_s = time.perf_counter() - start
        import_cpu = time.process_time() - cpu
        assert report.created == n, (report.created, report.skipped, report.problems[:3])
        workers = pool_workers(n)
        where = f"in {workers} helper processes" if workers else "in this process"
        print(
            f"  of the import: read {read_s:.2f} s, check {check_s:.2f} s ({where};"
            f" {single_s:.2f} s in one process)"
        )
        if "check" in stages and "write" in stages:
            print(
                f"  stages: up to the check {stages['check'] - start:.2f} s,"
                f" check + match {stages['write'] - stages['check']:.2f} s,"
                f" write + commit {start + import_s - stages['write']:.2f} s"
            )
        rate = n / import_s
        print(f"segdesk import: {import_s:.2f} s = {rate:,.0f} rows/s (validated, deduplicated, written)")

        raw_s = raw_executemany(work / "raw.sqlite3", rows)
        print(f"raw sqlite3 executemany: {raw_s:.2f} s = {n / raw_s:,.0f} rows/s")
        print(f"ratio: segdesk import takes {import_s / raw_s:.1f}x the raw insert")
        print(
            f"CPU time of this process: import {import_cpu:.2f} s, raw insert {RAW_CPU[-1]:.2f} s"
            f" ({import_cpu / RAW_CPU[-1]:.1f}x; a busy machine stretches wall times, less so CPU times)"
        )
        print(f"load average while this ran: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")

        second = make_rows(n // 2, seed=1) + make_rows(n - n // 2, seed=2, offset=n)
        for row in second[: n // 4]:
            row[2] = row[2].replace("@example.it", "@example.com")  # new email: matched by phone
        validation = check(second_table(work, second), mapping, options, {})
        start = time.perf_counter()
        with paused_collection(), store.sessions() as session:  # as inside import_table
            decisions = decide(session, validation.drafts, options)
        dedupe_s = time.perf_counter() - start
        print(
            f"dedupe against {n} existing contacts: {dedupe_s:.2f} s for {len(validation.drafts)} rows"
            f" ({len(decisions.matches)} matches, {len(decisions.create)} new)"
        )

        from segdesk.services.export import export_contacts

        start = time.perf_counter()
        result = export_contacts(store, work / "out.csv", today=TODAY)
        export_s = time.perf_counter() - start
        print(f"CSV export of {result.rows} contacts: {export_s:.2f} s")

        # The second file imported for real (duplicates skipped): matching overlaps the check.
        start = time.perf_counter()
        again = import_file(store, work / "second.csv", options)
        again_s = time.perf_counter() - start
        print(
            f"import of the second file into the {n}-contact database: {again_s:.2f} s"
            f" ({again.created} new, {again.skipped} duplicates skipped)"
        )
        store.close()


def second_table(work: Path, rows: list[list[str]]) -> Table:
    path = work / "second.csv"
    write_csv(path, rows)
    return read_source(path, language="it")


if __name__ == "__main__":
    main()
