"""Segments on the command line, on demo data: count, save, list, explain, snapshot, export, report."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from segdesk.app import main
from tests.factories import run_cli as run

TODAY = "2026-11-24"
LOMBARDY_ESPRESSO = {
    "version": 1,
    "match": "all",
    "rules": [
        {"field": "country", "op": "in", "value": ["IT"]},
        {
            "match": "any",
            "rules": [
                {"field": "products", "op": "includes_any", "value": ["ESPRESSO-1"]},
                {
                    "field": "total_spent",
                    "op": "gte",
                    "value": 200,
                    "window": {"amount": 12, "unit": "months"},
                },
            ],
        },
    ],
}




@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    assert main(["--db", str(db), "demo", "--contacts", "400", "--seed", "5", "--today", TODAY]) == 0
    return db


def test_count_save_list_and_export_a_segment(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rules = tmp_path / "rules.json"
    rules.write_text(json.dumps(LOMBARDY_ESPRESSO), encoding="utf-8")
    code, out, err = run(
        capsys, "--db", str(demo_db), "segment", "count", "--rules", str(rules), "--today", TODAY, "--json"
    )
    assert (code, err) == (0, "")
    counted = json.loads(out)
    assert 0 < counted["matched"] < counted["total"] == 400
    assert set(counted["groups"]) == {"·", "rules[0]", "rules[1]", "rules[1].rules[0]", "rules[1].rules[1]"}

    assert run(capsys, "--db", str(demo_db), "segment", "save", "Espresso IT", "--rules", str(rules))[0] == 0
    code, out, _ = run(capsys, "--db", str(demo_db), "segments", "list", "--json", "--today", TODAY)
    assert {"name": "Espresso IT", "size": counted["matched"]}.items() <= json.loads(out)[0].items()

    exported = tmp_path / "espresso.csv"
    code, _, _ = run(
        capsys,
        "--db",
        str(demo_db),
        "export",
        "--segment",
        "Espresso IT",
        "--columns",
        "id,country",
        "-o",
        str(exported),
        "--today",
        TODAY,
    )
    assert code == 0
    with exported.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == counted["matched"] and {r["country"] for r in rows} == {"IT"}

    code, out, _ = run(
        capsys,
        "--db",
        str(demo_db),
        "segment",
        "explain",
        rows[0]["id"],
        "--segment",
        "Espresso IT",
        "--today",
        TODAY,
    )
    assert code == 0 and "is in" in out and "✓" in out


def test_snapshots_and_movements(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", str(demo_db), "segment", "save", "Loyal", "--rules", "missing.json")
    assert code == 2 and "Cannot read" in err
    code, _, err = run(capsys, "--db", str(demo_db), "segment", "save", "Static picks", "--static")
    assert code == 0
    assert run(capsys, "--db", str(demo_db), "segments", "snapshot", "--today", "2026-11-01")[0] == 0
    code, out, _ = run(capsys, "--db", str(demo_db), "segments", "snapshot", "--today", TODAY)
    assert code == 0 and "segments remembered" in out
    code, out, _ = run(
        capsys,
        "--db",
        str(demo_db),
        "segments",
        "movements",
        "Static picks",
        "--from",
        "2026-11-01",
        "--to",
        TODAY,
        "--json",
    )
    assert code == 0 and json.loads(out)["stayed"] == 0


@pytest.mark.parametrize(
    ("rules", "message"),
    [
        (
            {"version": 1, "match": "all", "rules": [{"field": "city", "op": "greater", "value": 3}]},
            'rules[0]: unknown operator "greater"',
        ),
        ({"version": 2, "match": "all", "rules": []}, "version"),
        ({"version": 1, "match": "all", "rules": [{"field": "shoe", "op": "eq", "value": 3}]}, "rules[0]"),
    ],
)
def test_bad_rules_are_one_clear_sentence(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], rules: dict[str, object], message: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(rules), encoding="utf-8")
    code, out, err = run(capsys, "--db", str(demo_db), "segment", "count", "--rules", str(path))
    assert code == 2 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_an_unknown_segment_is_a_user_mistake(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", str(demo_db), "segment", "count", "--segment", "Nope")
    assert code == 2 and "Nope" in err
