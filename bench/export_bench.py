"""Export speed: 100,000 demo contacts to CSV (and XLSX, vCard, Google, Outlook), next to raw SQL + csv.

    python bench/export_bench.py [--contacts 100000] [--runs 3] [--memory] [--cli] [--csv-only]

On the demo database of ``bench/common.py`` (made on first use) this times, best of
``--runs``:

- the reference: a hand-written ``SELECT`` of the default export columns through plain
  ``sqlite3``, fetched in lists of 2,000 rows and written with ``csv.writer.writerows``
  to a UTF-8 file with a BOM (no formatting, no formula checks): the floor for this file;
- ``export_contacts`` with the default columns (what ``segdesk export --format csv`` and
  File > Export write: translated headers, formula-like cells neutralised, BOM);
- a machine-form CSV of 16 columns including tags, money, booleans and a derived field;
- a mailing CSV (only contacts who may be emailed; the count left out);
- once each, for the record: XLSX, vCard 3.0, Google CSV, Outlook CSV, Mailchimp CSV.

``--memory`` reruns the default CSV export under ``tracemalloc`` and prints the peak
Python memory (it stays flat with the number of contacts: rows stream in chunks).
``--cli`` times the whole command ``segdesk export --all --format csv`` in a new process.
"""

from __future__ import annotations

import argparse
import csv
import sqlite3
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import date
from pathlib import Path

from common import best_of, demo_store
from segdesk.services.export import export_contacts

TODAY = date(2026, 11, 24)
REFERENCE_SQL = (
    "SELECT full_name, company_name, email, phone, mobile, street, postal_code, city, country, stage, last_contact_at"
    " FROM contacts ORDER BY id"
)
MACHINE_COLUMNS = [
    "id", "kind", "first_name", "last_name", "company", "email", "email_ok", "phone", "city", "country",
    "birth_date", "tags", "total_spent", "avg_order_value", "preferred_channel", "industry",
]  # fmt: skip


def reference(db: Path, out: Path) -> int:
    connection = sqlite3.connect(db)
    count = 0
    with out.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow(["Name", "Company", "Email", "Phone", "Mobile", "Street", "Postal code", "City",
                         "Country", "Relationship stage", "Last contact"])  # fmt: skip
        cursor = connection.execute(REFERENCE_SQL)
        while rows := cursor.fetchmany(2000):
            writer.writerows(rows)
            count += len(rows)
    connection.close()
    return count


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--memory", action="store_true", help="peak Python memory of the CSV export")
    parser.add_argument("--cli", action="store_true", help="time the segdesk export command as well")
    parser.add_argument("--csv-only", action="store_true", help="only the default CSV (e.g. for older code)")
    args = parser.parse_args()
    store = demo_store(args.contacts)
    assert store.sqlite_path is not None
    db = store.sqlite_path
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        ref_s, ref_rows = best_of(args.runs, lambda: reference(db, work / "reference.csv"))
        print(f"reference (sqlite3 + csv.writer, {ref_rows:,} rows): {ref_s:.2f} s")

        def timed(label: str, runs: int, **options: object) -> None:
            name = f"out-{options.get('file_format', 'csv')}"
            seconds, result = best_of(
                runs,
                lambda: export_contacts(store, work / name, today=TODAY, **options),  # type: ignore[arg-type]
            )
            left = f", {result.left_out:,} left out" if result.left_out else ""
            size = (work / name).stat().st_size / 1e6
            print(
                f"{label}: {seconds:.2f} s ({result.rows:,} rows{left}, {size:.1f} MB)"
                f" = {result.rows / seconds:,.0f} rows/s, {seconds / ref_s:.1f}x the reference"
            )

        timed("CSV, default columns (segdesk export --format csv)", args.runs)
        if not args.csv_only:
            timed("CSV, 16 columns in machine form", args.runs, columns=MACHINE_COLUMNS)
            timed("CSV marked as a mailing list", args.runs, mailing=True)
            for file_format in ("xlsx", "vcard", "google", "outlook", "mailchimp"):
                timed(file_format, 1, file_format=file_format)

        if args.memory:
            tracemalloc.start()
            export_contacts(store, work / "traced.csv", today=TODAY)
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            print(f"peak Python memory of the default CSV export: {peak / 1e6:.1f} MB")

        if args.cli:
            command = [sys.executable, "-m", "segdesk", "export", "--db", str(db), "--all", "--format", "csv",
                       "-o", str(work / "cli.csv")]  # fmt: skip
            version = [sys.executable, "-m", "segdesk", "--version"]
            startup_s, _ = best_of(
                args.runs, lambda: subprocess.run(version, check=True, capture_output=True)
            )
            cli_s, _ = best_of(args.runs, lambda: subprocess.run(command, check=True, capture_output=True))
            print(f"segdesk export --all --format csv, whole command: {cli_s:.2f} s")
            print(f"  of which starting Python and segdesk (segdesk --version): {startup_s:.2f} s")
    store.close()


if __name__ == "__main__":
    started = time.perf_counter()
    main()
    print(f"(bench ran {time.perf_counter() - started:.0f} s)")
