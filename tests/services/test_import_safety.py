"""All or nothing: bad rows, bad files, a dry run and a killed process leave the database as it was."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from segdesk.services.errors import UserError
from segdesk.services.imports import ImportCancelled, import_table, propose, read_source
from segdesk.store.backup import list_backups
from segdesk.store.database import Store, open_store
from tests.io.support import DATA, count, options, run_import, snapshot


def test_any_bad_row_means_nothing_is_written_and_every_problem_is_reported(store: Store) -> None:
    run_import(store, "google_current.csv")
    before = snapshot(store)
    report = run_import(store, "bad_rows.csv")
    assert report.batch_id is None and report.created == 0
    assert [p.text() for p in report.errors] == [
        "Row 3, column “Email”: “bruno@@example” is not a valid email address",
        "Row 3, column “Birth date”: “1981-02-30” is not a date (read as day/month/year)",
        "Row 3, column “Employees”: “many” is not a number",
        "Row 4, column “Phone”: “12” is not a phone number",
    ]
    assert snapshot(store) == before


def test_problems_are_in_the_users_language(sqlite_store: Store) -> None:
    from segdesk.domain import i18n

    def pirate(context: str, text: str, disambiguation: str | None, n: int) -> str:
        return {
            "Row %1, column “%2”: %3": "Riga %1, colonna «%2»: %3",
            "“%1” is not a phone number": "«%1» non è un numero di telefono",
        }.get(text, text)

    i18n.install(pirate)
    report = run_import(sqlite_store, "bad_rows.csv")
    assert report.errors[-1].text() == "Riga 4, colonna «Phone»: «12» non è un numero di telefono"


def test_a_dry_run_reports_and_writes_nothing(sqlite_store: Store) -> None:
    before = snapshot(sqlite_store)
    report = run_import(sqlite_store, "polish_cp1250.csv", country="PL", language="pl", dry_run=True)
    assert (report.dry_run, report.created, report.batch_id) == (True, 3, None)
    assert snapshot(sqlite_store) == before
    assert list_backups(sqlite_store.backup_dir or Path(), "segdesk") == []


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("truncated.csv", "truncated.csv: The file is damaged near line 3"),
        ("binary.csv", "binary.csv: This is not a text file"),
        ("empty.csv", "empty.csv: The file is empty."),
        ("nowhere.csv", "nowhere.csv: Cannot read"),
    ],
)
def test_bad_files_are_refused_and_change_nothing(sqlite_store: Store, name: str, message: str) -> None:
    before = snapshot(sqlite_store)
    with pytest.raises(UserError, match=message):
        run_import(sqlite_store, name)
    assert snapshot(sqlite_store) == before


def test_a_wrong_encoding_is_refused(sqlite_store: Store) -> None:
    with pytest.raises(UserError, match="not readable as ascii"):
        run_import(sqlite_store, "polish_cp1250.csv", encoding="ascii")


def test_a_backup_is_made_before_writing(sqlite_store: Store) -> None:
    report = run_import(sqlite_store, "google_current.csv")
    assert report.backup is not None and "before-import" in report.backup.name
    with sqlite3.connect(report.backup) as copy:
        assert copy.execute("SELECT count(*) FROM contacts").fetchone() == (0,)


def test_a_cancelled_import_rolls_back(sqlite_store: Store) -> None:
    table = read_source(DATA / "polish_cp1250.csv", language="pl")
    with pytest.raises(ImportCancelled, match="cancelled"):
        import_table(
            sqlite_store,
            table,
            propose(sqlite_store, table),
            options(country="PL"),
            file_name="p.csv",
            cancelled=lambda: True,
        )
    assert count(sqlite_store, "contacts") == 0 and count(sqlite_store, "import_batches") == 0


KILLER = """
import os, signal, sys
from datetime import date
from pathlib import Path
from segdesk.services.imports import ImportOptions, import_file
from segdesk.store.database import open_store

def progress(stage, done, total):
    if stage == "write" and done > 0:  # the first chunk of contacts is in, the transaction still open
        os.kill(os.getpid(), signal.SIGKILL)

store = open_store(Path(sys.argv[1]))
options = ImportOptions(today=date(2026, 11, 24), country="IT")
import_file(store, Path(sys.argv[2]), options, progress=progress)
"""


def test_killing_the_import_midway_leaves_none_of_its_rows(tmp_path: Path) -> None:
    db, source = tmp_path / "shop.sqlite3", tmp_path / "big.csv"
    lines = ["First name,Last name,Email,City"]
    lines += [f"Anna{i},Verdi{i},anna{i}@example.it,Milano" for i in range(12_000)]
    source.write_text("\n".join(lines), encoding="utf-8")
    store = open_store(db)
    run_import(store, "google_legacy.csv")
    store.close()
    script = textwrap.dedent(KILLER)
    result = subprocess.run(
        [sys.executable, "-c", script, str(db), str(source)], capture_output=True, timeout=120
    )
    assert result.returncode == -9, result.stderr.decode()
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    store = open_store(db)
    assert (count(store, "contacts"), count(store, "import_batches")) == (1, 1)
    store.close()
