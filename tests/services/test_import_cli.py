"""``segdesk import``, ``segdesk imports list|undo`` and ``segdesk export --format`` on the command line."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from segdesk.store.database import open_store
from tests.io.support import DATA, count
from tests.test_cli import run


def test_import_reports_and_can_be_undone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "a.sqlite3")
    code, out, err = run(capsys, "--db", db, "import", str(DATA / "outlook_cp1252.csv"), "--country", "FR")
    assert (code, err) == (0, "")
    assert "Read 3 rows from outlook_cp1252.csv (outlook, cp1252)." in out
    assert "E-mail Address -> email" in out and "Ignored columns: Middle Name; Title" in out
    assert "warning: The file is not UTF-8; it was read as cp1252." in out
    assert "Import 1: added 3, updated 0, unchanged 0, skipped 0." in out
    code, out, _ = run(capsys, "--db", db, "import", str(DATA / "outlook_cp1252.csv"), "--country", "FR")
    assert code == 0 and "Nothing to import: every contact is already there." in out
    assert "row 2 matches contact 1 “François Lefèvre” (email, 100%)" in out
    code, out, _ = run(capsys, "--db", db, "imports", "list", "--json")
    (listed,) = json.loads(out)
    assert (listed["id"], listed["created"], listed["format"], listed["undone_at"]) == (1, 3, "outlook", None)
    code, out, _ = run(capsys, "--db", db, "imports", "undo", "1")
    assert code == 0 and "Undid import 1: removed 3 contacts, restored 0." in out
    store = open_store(db)
    assert count(store, "contacts") == 0
    store.close()


def test_bad_rows_are_listed_and_the_command_fails_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", str(tmp_path / "a.sqlite3"), "import", str(DATA / "bad_rows.csv"))
    assert code == 2
    assert "error: Row 3, column “Email”: “bruno@@example” is not a valid email address" in out
    assert err.strip() == "segdesk: 2 rows have problems, so nothing was imported; fix them and try again."


def test_dry_run_with_a_mapping_and_duplicates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "a.sqlite3")
    mapping = tmp_path / "m.json"
    code, out, _ = run(
        capsys,
        "--db",
        db,
        "import",
        str(DATA / "polish_cp1250.csv"),
        "--country",
        "PL",
        "--encoding",
        "cp1250",
        "--save-mapping",
        str(mapping),
        "--dry-run",
    )
    assert code == 0 and "Dry run: would add 3, update 0, leave 0 unchanged, skip 0." in out
    assert json.loads(mapping.read_text(encoding="utf-8"))["columns"]["Miasto"] == "city"
    code, out, _ = run(
        capsys,
        "--db",
        db,
        "import",
        str(DATA / "polish_cp1250.csv"),
        "--country",
        "PL",
        "--mapping",
        str(mapping),
    )
    assert code == 0 and "Miasto -> city" in out
    code, out, _ = run(
        capsys,
        "--db",
        db,
        "import",
        str(DATA / "polish_cp1250.csv"),
        "--country",
        "PL",
        "--encoding",
        "cp1250",
        "--on-duplicate",
        "keep",
    )
    assert code == 0 and "Import 2: added 3" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["import", "missing.csv"], "missing.csv: Cannot read"),
        (["import", str(DATA / "google_current.csv"), "--country", "Atlantis"], "is not a country code"),
        (["import", str(DATA / "google_current.csv"), "--encoding", "klingon"], "not a known text encoding"),
        (["import", str(DATA / "google_current.csv"), "--on-duplicate", "merge"], "invalid choice"),
        (["imports", "undo", "7"], "There is no import number 7"),
        (["export", "--all", "-o", "x.csv", "--format", "pdf"], "invalid choice"),
        (["export", "--all", "-o", "x.csv", "--delimiter", "#"], "Unknown delimiter"),
    ],
)
def test_mistakes_are_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path / "a.sqlite3"), *argv)
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1


def test_export_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "a.sqlite3")
    run(capsys, "--db", db, "import", str(DATA / "mailchimp_subscribed.csv"))
    run(capsys, "--db", db, "import", str(DATA / "mailchimp_unsubscribed.csv"))
    code, out, _ = run(
        capsys, "--db", db, "export", "--all", "--format", "mailchimp", "-o", str(tmp_path / "m.csv")
    )
    assert code == 0 and "Exported 2 contacts" in out and "Left out 1 contacts without email consent" in out
    with (tmp_path / "m.csv").open(encoding="utf-8", newline="") as stream:
        assert [row[0] for row in csv.reader(stream)][1:] == [
            "anna.schmidt@example.de",
            "pablo.garcia@example.es",
        ]
    for file_format in ("xlsx", "vcard", "vcard4", "csv"):
        code, out, _ = run(
            capsys,
            "--db",
            db,
            "export",
            "--all",
            "--format",
            file_format,
            "-o",
            str(tmp_path / f"out.{file_format}"),
        )
        assert code == 0 and "Exported 3 contacts" in out
