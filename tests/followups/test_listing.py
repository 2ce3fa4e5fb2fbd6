"""Lists of follow-ups: filters, buckets at ISO week edges, owners, consent, what each row shows."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from segdesk.domain.cadence import BUCKETS
from segdesk.followups import actions
from segdesk.services import followups as service
from segdesk.store.database import Store
from tests.followups.helpers import NOW, member, person, touch

D = date
SUNDAY = D(2026, 11, 15)  # the last day of ISO week 46


@pytest.fixture
def shop(store: Store) -> dict[str, int]:
    """Contacts whose follow-ups fall around the week of SUNDAY (dates set by hand)."""
    ids: dict[str, int] = {}
    with store.transaction() as session:
        marta, jonas = member(session, "Marta"), member(session, "Jonas")
        due = {
            "long overdue": D(2026, 10, 1),
            "overdue": D(2026, 11, 14),
            "today": SUNDAY,
            "monday": D(2026, 11, 16),
            "later": D(2026, 12, 24),
        }
        for label, on in due.items():
            ids[label] = person(session, label.title(), owner_id=marta, last_contact_at=D(2026, 9, 1))
            actions.set_date(session, ids[label], on, today=SUNDAY, now=NOW)
        ids["refused"] = person(session, "Refused Calls", phone_ok=False, owner_id=jonas)
        ids["no number"] = person(session, "No Number", phone=None, owner_id=jonas)
        ids["jonas by hand"] = person(session, "Handed Over", owner_id=marta, last_contact_at=D(2026, 9, 1))
        actions.set_date(session, ids["jonas by hand"], D(2026, 11, 2), today=SUNDAY, now=NOW, owner_id=jonas)
    service.refresh(store, SUNDAY, [ids["refused"], ids["no number"]])
    return ids


def _names(rows: list[service.FollowUpRow]) -> list[str]:
    return [row.name for row in rows]


def test_filters_and_order_most_overdue_first(store: Store, shop: dict[str, int]) -> None:
    today_list = service.due_followups(store, SUNDAY, "today")
    assert _names(today_list) == [
        "Long Overdue",
        "Handed Over",
        "Overdue",
        "No Number",
        "Refused Calls",
        "Today",
    ]
    assert [row.days_overdue for row in today_list] == [45, 13, 1, 0, 0, 0]
    assert _names(service.due_followups(store, SUNDAY, "overdue")) == [
        "Long Overdue",
        "Handed Over",
        "Overdue",
    ]
    # On Sunday this week ends today: Monday is already next week.
    assert _names(service.due_followups(store, SUNDAY, "week")) == _names(today_list)
    assert _names(service.due_followups(store, SUNDAY, "all"))[-2:] == ["Monday", "Later"]
    assert len(service.due_followups(store, SUNDAY, "all", limit=2)) == 2


def test_buckets_at_the_iso_week_edges(store: Store, shop: dict[str, int]) -> None:
    saturday = D(2026, 11, 14)
    buckets = {row.name: row.bucket for row in service.due_followups(store, saturday, "all")}
    assert buckets["Overdue"] == "today"
    assert buckets["Today"] == "week"  # Sunday is still this week on Saturday
    assert buckets["Monday"] == "later"
    monday = D(2026, 11, 16)
    buckets = {row.name: row.bucket for row in service.due_followups(store, monday, "all")}
    assert (buckets["Today"], buckets["Monday"], buckets["Later"]) == ("overdue", "today", "later")


def test_groups_and_counts_for_the_view_and_the_badge(store: Store, shop: dict[str, int]) -> None:
    friday = D(2026, 11, 13)
    service.ensure_current(store, friday)  # as the window does at start and each morning
    groups = service.followup_groups(store, friday, limit_per_group=None)
    assert _names(groups.rows("overdue")) == ["Long Overdue", "Handed Over"]
    assert _names(groups.rows("today")) == ["No Number", "Refused Calls"]  # never contacted: due now
    assert _names(groups.rows("week")) == ["Overdue", "Today"]
    assert _names(groups.rows("later")) == ["Monday", "Later"]
    assert groups.counts == service.DueCounts(overdue=2, today=2, week=2, later=2)
    assert groups.counts.due == 4
    assert service.count_due(store, friday) == groups.counts
    first = service.followup_groups(store, friday, limit_per_group=1)
    assert [_names(first.rows(b)) for b in BUCKETS] == [
        ["Long Overdue"],
        ["No Number"],
        ["Overdue"],
        ["Monday"],
    ]
    assert first.counts == groups.counts and first.more("overdue") == 1
    next_page = service.due_followups(store, friday, bucket="overdue", limit=1, offset=1)
    assert _names(next_page) == ["Handed Over"]


def test_owner_is_the_followups_else_the_contacts(store: Store, shop: dict[str, int]) -> None:
    jonas = service.due_followups(store, SUNDAY, "all", owner="  jonas ")
    assert _names(jonas) == ["Handed Over", "No Number", "Refused Calls"]
    assert {row.owner for row in jonas} == {"Jonas"}
    marta = service.due_followups(store, SUNDAY, "all", owner="Marta")
    assert "Handed Over" not in _names(marta) and len(marta) == 5
    assert service.count_due(store, SUNDAY, owner="MARTA").due == 3
    assert service.count_due(store, SUNDAY, owner="Jonas").due == 3
    marta_id = next(row for row in marta).contact_id
    assert marta_id in {row.contact_id for row in service.due_followups(store, SUNDAY, "all", owner=1)}


def test_phone_refused_is_marked_and_kept_off_call_lists(store: Store, shop: dict[str, int]) -> None:
    everyone = {row.name: row for row in service.due_followups(store, SUNDAY, "today")}
    refused = everyone["Refused Calls"]
    assert refused.phone_refused and not refused.callable
    assert not everyone["No Number"].callable and not everyone["No Number"].phone_refused
    calls = _names(service.due_followups(store, SUNDAY, "today", call_list=True))
    assert "Refused Calls" not in calls and "No Number" not in calls
    assert len(calls) == len(everyone) - 2
    assert service.count_due(store, SUNDAY, call_list=True).due == len(calls)


def test_rows_show_the_last_contact_and_the_followup_details(store: Store) -> None:
    with store.transaction() as session:
        who = person(session, "Łucja Nowak", company_name="Bar Żółw", email="l@example.pl")
        touch(session, who, datetime(2026, 8, 1, 9), channel="email", note="Sent prices")
        touch(session, who, datetime(2026, 8, 3, 17), channel="visit", note="Tasted the new blend")
        touch(session, who, datetime(2026, 7, 30, 9), channel="call", note="older, imported late")
        actions.set_date(session, who, D(2026, 11, 2), today=SUNDAY, now=NOW, note="bring samples")
        company = person(session, "Bar", kind="company", company_name="Bar Żółw sp. z o.o.")
    service.refresh(store, SUNDAY, [company])
    rows = {row.contact_id: row for row in service.due_followups(store, SUNDAY, "all")}
    row = rows[who]
    assert (row.company, row.email, row.number) == ("Bar Żółw", "l@example.pl", "+390212345678")
    assert row.last_contact == service.LastContact(D(2026, 8, 3), "visit", None, "Tasted the new blend")
    assert (row.set_by_hand, row.note, row.never_contacted, row.cadence_days) == (
        True,
        "bring samples",
        False,
        90,
    )
    assert (
        rows[company].company is None and rows[company].never_contacted
    )  # a company is not its own employer
