"""``segdesk followups ...`` and ``segdesk log``: JSON output, actions, and mistakes in one sentence."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from icalendar import Calendar

from segdesk.store.database import Store
from tests.factories import run_cli as run
from tests.followups.helpers import member, person, static_segment, touch

TODAY = "2026-11-11"




@pytest.fixture
def db(store: Store) -> str:
    """The ``--db`` of a store (SQLite file or PostgreSQL URL) holding a few contacts."""
    with store.transaction() as session:
        marta = member(session, "Marta")
        lucja = person(session, "Łucja Nowak", owner_id=marta, company_name="Bar Żółw")
        touch(session, lucja, datetime(2026, 8, 1, 9), channel="visit", note="Liked the blend; wants prices")
        person(session, "Refused Calls", phone_ok=False)
        soon = person(session, "Seen Lately", last_contact_at=date(2026, 10, 1))
        static_segment(session, "VIP", [soon])
    return store.url.render_as_string(hide_password=False)


def test_list_json(capsys: pytest.CaptureFixture[str], db: str) -> None:
    code, out, err = run(capsys, "followups", "list", "--json", "--today", TODAY, "--db", db)
    assert (code, err) == (0, "")
    rows = json.loads(out)
    assert [r["name"] for r in rows] == ["Łucja Nowak", "Refused Calls"]
    lucja = rows[0]
    assert lucja["due_on"] == "2026-10-30" and lucja["days_overdue"] == 12 and lucja["bucket"] == "overdue"
    assert lucja["owner"] == "Marta" and lucja["company"] == "Bar Żółw" and lucja["callable"]
    assert lucja["last_contact"] == {
        "on": "2026-08-01",
        "channel": "visit",
        "outcome": None,
        "note": "Liked the blend; wants prices",
    }
    assert rows[1]["phone_ok"] is False and rows[1]["never_contacted"] and rows[1]["bucket"] == "today"

    code, out, _ = run(capsys, "--db", db, "followups", "list", "--json", "--today", TODAY, "--call-list")
    assert [r["name"] for r in json.loads(out)] == ["Łucja Nowak"]
    code, out, _ = run(
        capsys, "--db", db, "followups", "list", "--json", "--today", TODAY, "--owner", "marta"
    )
    assert [r["name"] for r in json.loads(out)] == ["Łucja Nowak"]
    code, out, _ = run(capsys, "--db", db, "followups", "list", "--due", "all", "--json", "--today", TODAY)
    assert [r["name"] for r in json.loads(out)][-1] == "Seen Lately"


def test_list_text_groups_by_bucket_and_marks_refused_calls(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    code, out, _ = run(capsys, "--db", db, "followups", "list", "--due", "all", "--today", TODAY)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Overdue (1)"
    assert "Łucja Nowak · Bar Żółw" in lines[1] and "last: 2026-08-01 visit" in lines[1]
    assert lines[2] == "Today (1)" and "no calls" in lines[3] and "never contacted" in lines[3]
    assert lines[4] == "Later (1)"


def test_log_snooze_done_dismiss_set_reset(capsys: pytest.CaptureFixture[str], db: str) -> None:
    def due_of(name: str, today: str = TODAY) -> str | None:
        _, out, _ = run(capsys, "--db", db, "followups", "list", "--due", "all", "--json", "--today", today)
        return next((r["due_on"] for r in json.loads(out) if r["name"] == name), None)

    assert run(capsys, "--db", db, "followups", "snooze", "1", "--until", "2026-11-20", "--today", TODAY)[
        1
    ] == ("Contact 1: next follow-up on 2026-11-20.\n")
    assert due_of("Łucja Nowak") == "2026-11-20"
    code, out, _ = run(
        capsys, "--db", db, "log", "1", "--channel", "call", "--note", "Ordered", "--today", TODAY
    )
    assert (code, out) == (0, "Contact 1: next follow-up on 2027-02-09.\n")
    run(
        capsys, "--db", db, "followups", "set", "1", "--on", "2026-12-03", "--note", "quote", "--today", TODAY
    )
    assert due_of("Łucja Nowak") == "2026-12-03"
    run(capsys, "--db", db, "followups", "done", "1", "--today", "2026-12-03")
    assert due_of("Łucja Nowak", "2026-12-03") == "2027-03-03"
    assert run(capsys, "--db", db, "followups", "dismiss", "2", "--today", TODAY)[1] == (
        "Contact 2: no follow-up until the next contact.\n"
    )
    assert due_of("Refused Calls") is None
    run(capsys, "--db", db, "followups", "reset", "2", "--today", TODAY)
    assert due_of("Refused Calls") == TODAY


def test_cadence_and_settings(capsys: pytest.CaptureFixture[str], db: str) -> None:
    code, out, _ = run(capsys, "--db", db, "followups", "cadence", "--segment", "VIP", "--every", "2 weeks")
    assert (code, out) == (0, "Segment “VIP”: follow up every 14 days.\n")
    _, out, _ = run(capsys, "--db", db, "followups", "list", "--due", "overdue", "--json", "--today", TODAY)
    assert "Seen Lately" in [r["name"] for r in json.loads(out)]
    code, out, _ = run(capsys, "--db", db, "followups", "cadence", "--contact", "3", "--every", "6 months")
    assert (code, out) == (0, "Contact 3: next follow-up on 2027-04-01.\n")
    code, out, _ = run(capsys, "--db", db, "followups", "cadence", "--default", "--every", "1 month")
    assert out == "Default follow-up: every 1 month.\n"
    code, out, _ = run(capsys, "--db", db, "followups", "settings", "--skip-weekends", "yes", "--json")
    assert json.loads(out) == {
        "followup.default_cadence": "1 months",
        "followup.touch": "interaction",
        "followup.skip_weekends": "true",
    }
    code, out, _ = run(capsys, "--db", db, "followups", "refresh", "--today", TODAY)
    assert code == 0 and out.startswith("Due dates changed for")


def test_ics_command(capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path) -> None:
    out_file = tmp_path / "followups.ics"
    code, out, _ = run(capsys, "--db", db, "followups", "ics", "-o", str(out_file), "--today", TODAY)
    assert (code, out) == (0, f"Wrote 3 follow-ups to {out_file}.\n")
    assert len(Calendar.from_ical(out_file.read_bytes()).walk("VTODO")) == 3


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["followups", "snooze", "99", "--until", "2026-12-01"], "no contact with the id 99"),
        (["followups", "snooze", "1", "--until", "2026-13-01"], "is not a date"),
        (["followups", "list", "--due", "someday"], "invalid choice"),
        (["followups", "list", "--owner", "Nobody"], "No team member is called “Nobody”"),
        (["followups", "cadence", "--contact", "1", "--every", "often"], "“often” is not an interval"),
        (["followups", "cadence", "--segment", "Nope", "--clear"], "There is no segment “Nope”"),
        (["log", "1", "--channel", "fax"], "invalid choice"),
        (["log", "1"], "--channel"),
    ],
)
def test_mistakes_are_one_sentence_and_exit_code_2(
    capsys: pytest.CaptureFixture[str], db: str, argv: list[str], message: str
) -> None:
    code, _, err = run(capsys, "--db", db, *argv)
    assert code == 2
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
