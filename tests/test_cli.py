"""The command line: entry points, catalogue, info, machine-form export, and user mistakes."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from segdesk import __version__
from segdesk.store.database import open_store
from segdesk.store.models import CustomField
from tests.factories import fill_shop, make_contact
from tests.factories import run_cli as run

DESIGN_FIELD_IDS = (
    "id kind first_name last_name full_name company job_title email phone mobile website street "
    "postal_code city region country language birth_date age gender education income_band industry "
    "legal_form employees annual_revenue stage source owner created_at tags needs last_contact_at "
    "interaction_count cadence_days next_followup_at first_purchase_at last_purchase_at purchase_count "
    "total_spent avg_order_value products preferred_channel rfm_recency rfm_frequency rfm_monetary "
    "email_ok phone_ok mail_ok segment"
).split()




def test_python_dash_m_prints_the_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "segdesk", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"segdesk {__version__}"


def test_fields_json_lists_every_field_id_of_the_design(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "fields", "--json", "--db", str(tmp_path / "a.sqlite3"))
    assert code == 0
    fields = {f["id"]: f for f in json.loads(out)}
    assert set(DESIGN_FIELD_IDS) <= set(fields)
    assert fields["total_spent"]["type"] == "money" and fields["total_spent"]["accepts_window"]
    assert fields["tags"]["operators"] == [
        "includes_any",
        "includes_all",
        "excludes_any",
        "is_empty",
        "is_not_empty",
    ]


def test_fields_lists_custom_fields_of_the_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "a.sqlite3"
    store = open_store(db)
    with store.transaction() as session:
        session.add(CustomField(key="renewal", value_type="date", label="Contract renewal"))
    store.close()
    code, out, _ = run(capsys, "--db", str(db), "fields")
    assert code == 0
    assert any(line.startswith("custom.renewal") and "Contract renewal" in line for line in out.splitlines())


def test_info_counts_people_and_companies(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "a.sqlite3"
    store = open_store(db)
    with store.transaction() as session:
        make_contact(session, kind="company", company_name="Acme GmbH")
        make_contact(session, first_name="Zoë", last_name="Müller")
    store.close()
    code, out, _ = run(capsys, "info", "--json", "--db", str(db))
    assert code == 0
    info = json.loads(out)
    assert (info["people"], info["companies"], info["backend"]) == (1, 1, "sqlite")


def _shop(db: Path) -> None:
    store = open_store(db)
    fill_shop(store)
    store.close()


def test_export_with_columns_writes_the_machine_form(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, out_file = tmp_path / "shop.sqlite3", tmp_path / "out.csv"
    _shop(db)
    columns = (
        "id,kind,full_name,company,industry,employees,annual_revenue,age,birth_date,created_at,owner,tags,"
        "products,total_spent,avg_order_value,preferred_channel,email_ok,phone_ok,last_contact_at,"
        "custom.card,city,job_title"
    )
    code, out, err = run(
        capsys,
        "--db",
        str(db),
        "export",
        "--all",
        "--format",
        "csv",
        "--columns",
        columns,
        "-o",
        str(out_file),
        "--today",
        "2026-11-24",
    )
    assert (code, err) == (0, "")
    assert "2" in out
    raw = out_file.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8").splitlines()))
    assert rows[0] == columns.split(",")
    assert rows[1] == [
        "1",
        "company",
        "Bar Żółw sp. z o.o.",
        "Bar Żółw sp. z o.o.",
        "hospitality",
        "8",
        "1250000.50",
        "",
        "",
        "2026-11-01",
        "",
        "",
        "",
        "0.00",
        "",
        "",
        "false",
        "false",
        "",
        "",
        "",
        "",
    ]
    assert rows[2] == [
        "2",
        "person",
        "Łucja Nowak",
        "Bar Żółw sp. z o.o.",
        "hospitality",
        "8",
        "1250000.50",
        "36",
        "1990-02-28",
        "2025-01-02",
        "Marta",
        "newsletter;vip",
        "ESPRESSO-1",
        "100.00",
        "33.33",
        "online",
        "true",
        "false",
        "2026-10-30",
        "1234",
        "",
        "=HYPERLINK()",
    ]


def test_export_without_columns_has_translated_headers_and_defused_formulas(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, out_file = tmp_path / "shop.sqlite3", tmp_path / "out.csv"
    _shop(db)
    code, _, _ = run(capsys, "--db", str(db), "export", "--all", "-o", str(out_file))
    assert code == 0
    text = out_file.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("Name,Company,Email")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["export", "--all", "-o", "x.csv", "--columns", "id,shoe_size"], "Unknown column “shoe_size”"),
        (["export", "--all", "-o", "x.csv", "--columns", " , "], "at least one field id"),
        (["export", "--all", "-o", "x.csv", "--today", "24/11/2026"], "is not a date"),
        (["export", "-o", "x.csv"], "one of the arguments --all"),
        (["demo", "--contacts", "-5"], "not a whole number"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_user_mistakes_are_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path / "a.sqlite3"), *argv)
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x.csv").exists()


def test_a_corrupt_database_fails_with_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "broken.sqlite3"
    db.write_bytes(b"garbage" * 1000)
    code, _, err = run(capsys, "--db", str(db), "info")
    assert code == 1
    assert err.startswith("segdesk: Cannot open the database") and len(err.strip().splitlines()) == 1


def test_export_to_an_unwritable_place_fails_cleanly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "shop.sqlite3"
    _shop(db)
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    code, _, err = run(capsys, "--db", str(db), "export", "--all", "-o", str(blocker / "out.csv"))
    assert code == 1
    assert "Could not write" in err


def test_backups_create_list_and_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "shop.sqlite3"
    _shop(db)
    code, out, _ = run(capsys, "--db", str(db), "backups", "create")
    assert code == 0 and "Backed up to" in out
    code, out, _ = run(capsys, "backups", "list", "--json", "--db", str(db))
    (listed,) = json.loads(out)
    assert Path(listed["path"]).parent == tmp_path / "backups"

    store = open_store(db)
    with store.transaction() as session:
        session.execute(text("DELETE FROM contacts"))
    store.close()
    code, out, _ = run(capsys, "--db", str(db), "backups", "restore")
    assert code == 0 and "Restored" in out
    code, out, _ = run(capsys, "--db", str(db), "info", "--json")
    assert json.loads(out)["people"] == 1


def test_restore_is_refused_while_the_app_has_the_database_open(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "shop.sqlite3"
    _shop(db)
    run(capsys, "--db", str(db), "backups", "create")
    window = open_store(db, guard=True)
    code, _, err = run(capsys, "--db", str(db), "backups", "restore")
    window.close()
    assert code == 1 and "already open" in err


def test_backups_of_a_server_database_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", "postgresql://nobody@127.0.0.1:1/none", "backups", "list")
    assert code == 2 and "server keeps its own backups" in err


def test_person_data_consent_and_erasure_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "shop.sqlite3"
    _shop(db)
    code, out, _ = run(capsys, "--db", str(db), "contact", "show", "2", "--json")
    assert code == 0 and json.loads(out)["full_name"] == "Łucja Nowak"
    code, _, _ = run(capsys, "--db", str(db), "consent", "2", "--withdraw", "--source", "phone")
    assert code == 0
    data_file = tmp_path / "lucja.json"
    code, _, _ = run(capsys, "--db", str(db), "contact", "data", "2", "-o", str(data_file))
    data = json.loads(data_file.read_text(encoding="utf-8"))
    assert data["contacts"][0]["email_ok"] is False
    assert len(data["consent_records"]) == 3
    code, _, err = run(capsys, "--db", str(db), "contact", "erase", "2")
    assert code == 2 and "--yes" in err
    code, out, _ = run(capsys, "--db", str(db), "contact", "erase", "2", "--yes", "--reason", "asked")
    assert code == 0 and "Erased contact 2" in out
    code, _, err = run(capsys, "--db", str(db), "contact", "show", "2")
    assert code == 2 and "no contact number 2" in err


def test_demo_fills_the_database_reproducibly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    exports = []
    for name in ("a", "b"):
        db = tmp_path / f"{name}.sqlite3"
        code, out, err = run(
            capsys, "--db", str(db), "demo", "--contacts", "60", "--seed", "3", "--today", "2026-11-24"
        )
        assert (code, err) == (0, "")
        assert "Added 60 demo contacts" in out
        out_file = tmp_path / f"{name}.csv"
        run(
            capsys,
            "--db",
            str(db),
            "export",
            "--all",
            "--columns",
            "id,full_name,city,tags,total_spent",
            "-o",
            str(out_file),
            "--today",
            "2026-11-24",
        )
        exports.append(out_file.read_text(encoding="utf-8"))
    assert exports[0] == exports[1]
    assert len(exports[0].splitlines()) == 61
