"""The iCalendar export parses back with the icalendar library: count, dates, UIDs, escaped text."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from segdesk.domain import i18n
from segdesk.followups import actions
from segdesk.services import followups as service
from segdesk.services.interactions import log_contact
from segdesk.store.database import Store
from tests.followups.helpers import NOW, TODAY, person, touch

NASTY_NOTE = 'Prices, terms; "samples"\nsecond line \\ with a backslash'


@pytest.fixture
def filled(store: Store) -> dict[str, int]:
    with store.transaction() as session:
        lucja = person(session, "Łucja Nowak", company_name="Bar Żółw, Kraków; Stare Miasto")
        touch(session, lucja, datetime(2026, 8, 1, 9), channel="meeting", note=NASTY_NOTE)
        refused = person(session, "Refused Calls", phone_ok=False)
        later = person(session, "Later On", last_contact_at=date(2026, 11, 1))
        actions.set_date(
            session, later, date(2026, 12, 3), today=TODAY, now=NOW, note="call back; bring quote"
        )
    service.refresh(store, TODAY)
    return {"lucja": lucja, "refused": refused, "later": later}


def _components(path: Path, name: str = "VTODO") -> dict[str, Any]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(c["UID"]): c for c in calendar.walk(name)}


def test_one_todo_per_followup_with_all_day_due_dates(
    store: Store, filled: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "followups.ics"
    result = service.export_ics(store, out, today=TODAY, now=NOW)
    rows = service.due_followups(store, TODAY, "all")
    todos = _components(out)
    assert result.count == len(rows) == len(todos) == 3
    for row in rows:
        todo = todos[f"followup-{row.contact_id}@segdesk"]
        assert todo["DUE"].dt == row.due_on and type(todo["DUE"].dt) is date
        assert todo["DUE"].params.get("VALUE") == "DATE"
        assert todo["STATUS"] == "NEEDS-ACTION"
    raw = out.read_bytes()
    assert b"DUE;VALUE=DATE:20261203\r\n" in raw
    assert all(line.endswith(b"\r\n") for line in raw.splitlines(keepends=True))
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n")


def test_uids_are_stable_so_a_new_export_updates_the_same_entries(
    store: Store, filled: dict[str, int], tmp_path: Path
) -> None:
    first, second = tmp_path / "first.ics", tmp_path / "second.ics"
    service.export_ics(store, first, today=TODAY, now=NOW)
    log_contact(store, filled["lucja"], channel="call", today=TODAY, now=NOW)
    service.export_ics(store, second, today=TODAY, now=NOW + timedelta(hours=2))
    before, after = _components(first), _components(second)
    assert set(before) == set(after)
    uid = f"followup-{filled['lucja']}@segdesk"
    assert (before[uid]["DUE"].dt, after[uid]["DUE"].dt) == (date(2026, 10, 30), TODAY + timedelta(days=90))
    assert after[uid]["DTSTAMP"].dt > before[uid]["DTSTAMP"].dt


def test_text_with_commas_semicolons_and_new_lines_round_trips(
    store: Store, filled: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "f.ics"
    service.export_ics(store, out, today=TODAY, now=NOW)
    todos = _components(out)
    lucja = todos[f"followup-{filled['lucja']}@segdesk"]
    assert str(lucja["SUMMARY"]) == "Call Łucja Nowak"
    description = str(lucja["DESCRIPTION"])
    assert f"Note: {NASTY_NOTE}" in description
    assert "Company: Bar Żółw, Kraków; Stare Miasto" in description
    assert "Last contact: 2026-08-01 (meeting)" in description
    raw = out.read_bytes().decode("utf-8")
    assert "Bar Żółw\\, Kraków\\; Stare Miasto" in raw.replace("\r\n ", "")  # escaped on the wire
    later = todos[f"followup-{filled['later']}@segdesk"]
    assert "Follow-up note: call back; bring quote" in str(later["DESCRIPTION"])
    refused = todos[f"followup-{filled['refused']}@segdesk"]
    assert str(refused["SUMMARY"]) == "Follow up with Refused Calls"
    assert "No phone calls" in str(refused["DESCRIPTION"])
    assert "Never contacted." in str(refused["DESCRIPTION"])


@pytest.fixture
def italian() -> Iterator[None]:
    words = {"Call %1": "Chiama %1", "segdesk follow-ups": "Promemoria segdesk"}

    def translator(context: str, text: str, disambiguation: str | None, n: int) -> str:
        return words.get(text, text)

    i18n.install(translator)
    yield
    i18n.uninstall()


def test_summary_is_translated(store: Store, filled: dict[str, int], tmp_path: Path, italian: None) -> None:
    out = tmp_path / "f.ics"
    service.export_ics(store, out, today=TODAY, now=NOW)
    calendar = Calendar.from_ical(out.read_bytes())
    assert str(calendar["X-WR-CALNAME"]) == "Promemoria segdesk"
    assert str(_components(out)[f"followup-{filled['lucja']}@segdesk"]["SUMMARY"]) == "Chiama Łucja Nowak"


def test_all_day_events_for_calendars_without_tasks(
    store: Store, filled: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "events.ics"
    service.export_ics(store, out, today=TODAY, now=NOW, kind="event", due="week")
    events = _components(out, "VEVENT")
    assert set(events) == {
        f"followup-{filled['lucja']}-event@segdesk",
        f"followup-{filled['refused']}-event@segdesk",
    }
    event = events[f"followup-{filled['lucja']}-event@segdesk"]
    assert (event["DTSTART"].dt, event["DTEND"].dt) == (date(2026, 10, 30), date(2026, 10, 31))
    assert event["DTSTART"].params.get("VALUE") == "DATE"
    assert not _components(out)  # no tasks in an events file


def test_a_new_export_replaces_the_old_file_whole(
    store: Store, filled: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "calendar" / "f.ics"
    out.parent.mkdir()
    out.write_bytes(b"x" * 100_000)
    service.export_ics(store, out, today=TODAY, now=NOW, due="overdue")
    assert len(_components(out)) == 1
    assert [p.name for p in out.parent.iterdir()] == ["f.ics"]  # no temporary file left behind
