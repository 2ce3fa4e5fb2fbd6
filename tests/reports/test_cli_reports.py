"""``segdesk report ...`` on the command line: files written, counts said, mistakes in one sentence."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from segdesk.services.preferences import database_preferences, save_database_preferences
from segdesk.store.database import open_store
from tests.factories import run_cli
from tests.reports.pdfcheck import page_count
from tests.reports.world import fill


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    return run_cli(capsys, "--lang", "en", *argv)


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "shop.sqlite3"
    store = open_store(path)
    fill(store)
    store.close()
    return str(path)


def test_call_sheet_of_the_follow_ups_due(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "calls.pdf"
    code, out, err = run(
        capsys,
        "report",
        "callsheet",
        "--followups",
        "-o",
        str(out_file),
        "--db",
        db,
        "--today",
        "2026-11-24",
        "--layout",
        "detailed",
        "--sort",
        "name",
    )
    assert (code, err) == (0, "")
    assert "Wrote a call sheet of 2 contacts" in out and str(out_file) in out
    assert "Left out 1 who refused phone calls." in out
    assert page_count(out_file.read_bytes()) == 1


def test_labels_from_a_given_row_and_column(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "labels.pdf"
    code, out, _ = run(
        capsys,
        "report",
        "labels",
        "--all",
        "-o",
        str(out_file),
        "--db",
        db,
        "--preset",
        "5160",
        "--start-row",
        "10",
        "--start-col",
        "3",
        "--offset-x",
        "0.5",
    )
    assert code == 0
    assert "Wrote 2 labels" in out and "(2 pages)" in out
    assert "Skipped 2 without consent to post." in out and "Skipped 1 with an incomplete address." in out
    assert page_count(out_file.read_bytes()) == 2


def test_alignment_page_needs_no_contacts(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "align.pdf"
    code, out, _ = run(
        capsys, "report", "labels", "--alignment", "--preset", "L7163", "-o", str(out_file), "--db", db
    )
    assert code == 0 and "alignment test page for L7163" in out
    assert page_count(out_file.read_bytes()) == 1


def test_labels_default_to_the_sheet_chosen_in_preferences(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = open_store(db)
    chosen = replace(database_preferences(store), label_preset="L7161")
    save_database_preferences(store, chosen, today=date(2026, 11, 24))
    store.close()
    out_file = tmp_path / "align.pdf"
    code, out, _ = run(capsys, "report", "labels", "--alignment", "-o", str(out_file), "--db", db)
    assert code == 0 and "alignment test page for L7161" in out


def test_summary(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "summary.pdf"
    code, out, _ = run(
        capsys, "report", "summary", "--all", "-o", str(out_file), "--db", db, "--paper", "letter"
    )
    assert code == 0 and "Wrote the summary of 5 contacts" in out
    assert b"/MediaBox [ 0 0 612 792 ]" in out_file.read_bytes()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["report", "callsheet", "-o", "x.pdf"], "one of the arguments --all --rules --segment --followups"),
        (["report", "labels", "-o", "x.pdf"], "Say whose report"),
        (["report", "labels", "--all", "--preset", "L9999", "-o", "x.pdf"], "Unknown label sheet “L9999”"),
        (["report", "labels", "--all", "--start-col", "4", "-o", "x.pdf"], "7 rows and 3 columns"),
        (["report", "summary", "--segment", "Nope", "-o", "x.pdf"], "no segment named “Nope”"),
        (["report", "callsheet", "--sort", "age", "--all", "-o", "x.pdf"], "invalid choice"),
    ],
)
def test_mistakes_are_one_sentence_and_exit_2(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, _, err = run(capsys, *argv, "--db", db)
    assert code == 2
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x.pdf").exists()


def test_a_rule_file_that_is_not_json(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rules = tmp_path / "rules.json"
    rules.write_text("{not json", encoding="utf-8")
    code, _, err = run(
        capsys, "report", "callsheet", "--rules", str(rules), "-o", str(tmp_path / "x.pdf"), "--db", db
    )
    assert code == 2 and "is not a JSON rule file" in err
    rules.write_text(json.dumps([1, 2]), encoding="utf-8")
    code, _, err = run(
        capsys, "report", "callsheet", "--rules", str(rules), "-o", str(tmp_path / "x.pdf"), "--db", db
    )
    assert code == 2 and "is not a JSON rule file" in err
    code, _, err = run(
        capsys, "report", "callsheet", "--rules", str(tmp_path / "missing.json"), "-o", "x.pdf", "--db", db
    )
    assert code == 2 and "Cannot read" in err
