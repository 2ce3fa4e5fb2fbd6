"""Due dates in the database: cadence precedence, months, weekends, touches, segments."""

from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from segdesk.domain.cadence import Cadence, FollowUpSettings
from segdesk.followups.due import CadenceSegment, mark_stale, refresh_due_dates
from segdesk.followups.schema import contacts, save_settings
from segdesk.services import followups as service
from segdesk.store.database import Store
from segdesk.store.models import Order
from tests.followups.helpers import TODAY, due_of, effective_days_of, person, static_segment, touch

D = date


def test_never_contacted_is_due_today(store: Store) -> None:
    with store.transaction() as session:
        new = person(session, "Łucja Nowak")
        refresh_due_dates(session, TODAY)
    assert due_of(store, new) == TODAY
    service.refresh(store, D(2026, 11, 12))
    assert due_of(store, new) == D(2026, 11, 12)  # still due now the next day


def test_default_cadence_counts_from_the_last_interaction(store: Store) -> None:
    with store.transaction() as session:
        seen = person(session, "Anna Rossi", last_contact_at=D(2026, 9, 1))
        refresh_due_dates(session, TODAY)
    assert due_of(store, seen) == D(2026, 11, 30)  # + 90 days
    assert effective_days_of(store, seen) == 90


def test_cadence_precedence_own_then_shortest_segment_then_default(store: Store) -> None:
    last = D(2026, 1, 31)
    with store.transaction() as session:
        own = person(session, "Own Cadence", last_contact_at=last, cadence_days=10)
        own_months = person(session, "Own Months", last_contact_at=last, cadence_months=1, cadence_days=10)
        in_two = person(session, "In Two", last_contact_at=last)
        in_one = person(session, "In One", last_contact_at=last)
        in_none = person(session, "In None", last_contact_at=last)
        static_segment(session, "Quarterly", [own, own_months, in_two, in_one], months=3)
        static_segment(session, "Monthly-ish", [own, in_two], days=45)
        static_segment(session, "No cadence", [in_none])
        save_settings(session, FollowUpSettings(Cadence(6, "months")))
        refresh_due_dates(session, TODAY)
    assert due_of(store, own) == D(2026, 2, 10)
    assert due_of(store, own_months) == D(2026, 2, 28)  # months win over days, clamped
    assert due_of(store, in_two) == D(2026, 3, 17)  # 45 days < 3 months
    assert due_of(store, in_one) == D(2026, 4, 30)  # 31 Jan + 3 months, clamped
    assert due_of(store, in_none) == D(2026, 7, 31)  # the default, 6 months
    assert [effective_days_of(store, c) for c in (own, own_months, in_two, in_one, in_none)] == [
        10, 30, 45, 91, 183,
    ]  # fmt: skip


def test_month_arithmetic_at_month_ends_in_sql(store: Store) -> None:
    cases = {
        D(2025, 1, 31): (1, D(2025, 2, 28)),
        D(2024, 1, 31): (1, D(2024, 2, 29)),
        D(2024, 2, 29): (12, D(2025, 2, 28)),
        D(2025, 8, 31): (1, D(2025, 9, 30)),
        D(2025, 12, 31): (2, D(2026, 2, 28)),
        D(2025, 10, 15): (3, D(2026, 1, 15)),
    }
    with store.transaction() as session:
        ids = {
            person(session, f"P {i}", last_contact_at=last, cadence_months=months): due
            for i, (last, (months, due)) in enumerate(cases.items())
        }
        refresh_due_dates(session, TODAY)
    assert {contact_id: due_of(store, contact_id) for contact_id in ids} == ids


def test_skip_weekends_moves_computed_dates_to_monday(store: Store) -> None:
    with store.transaction() as session:
        saturday = person(session, "Due Saturday", last_contact_at=D(2026, 11, 4), cadence_days=3)
        sunday = person(session, "Due Sunday", last_contact_at=D(2026, 11, 4), cadence_days=4)
        friday = person(session, "Due Friday", last_contact_at=D(2026, 11, 4), cadence_days=2)
        never = person(session, "Never", created_at=datetime(2026, 11, 1))
        save_settings(session, FollowUpSettings(skip_weekends=True))
        refresh_due_dates(session, D(2026, 11, 14))  # a Saturday
    assert due_of(store, saturday) == D(2026, 11, 9)
    assert due_of(store, sunday) == D(2026, 11, 9)
    assert due_of(store, friday) == D(2026, 11, 6)
    assert due_of(store, never) == D(2026, 11, 14)  # never contacted: due now, whatever the day


def test_orders_restart_the_interval_only_when_configured(store: Store) -> None:
    with store.transaction() as session:
        buyer = person(session, "Buyer", last_contact_at=D(2026, 1, 10), last_purchase_at=D(2026, 6, 1))
        only_orders = person(session, "Only Orders", last_purchase_at=D(2026, 6, 1))
        refresh_due_dates(session, TODAY)
    assert due_of(store, buyer) == D(2026, 4, 10)
    assert due_of(store, only_orders) == TODAY
    service.save_followup_settings(store, FollowUpSettings(touch="interaction_or_order"), today=TODAY)
    assert due_of(store, buyer) == D(2026, 8, 30)
    assert due_of(store, only_orders) == D(2026, 8, 30)


def test_segment_cadence_changes_recompute_everyone(store: Store) -> None:
    with store.transaction() as session:
        vip = person(session, "Vip Customer", last_contact_at=D(2026, 10, 1))
        static_segment(session, "VIP", [vip])
    service.refresh(store, TODAY)
    assert due_of(store, vip) == D(2026, 12, 30)
    service.set_segment_cadence(store, "VIP", Cadence(1, "months"), today=TODAY)
    assert due_of(store, vip) == D(2026, 11, 1)
    assert effective_days_of(store, vip) == 30
    service.set_segment_cadence(store, "VIP", None, today=TODAY)
    assert due_of(store, vip) == D(2026, 12, 30)


def test_dynamic_segment_membership_comes_from_the_segment_engine(store: Store) -> None:
    rules = {"version": 1, "match": "all", "rules": [{"field": "city", "op": "eq", "value": "milano"}]}
    with store.transaction() as session:
        milan = person(session, "In Milan", city="Milano", last_contact_at=D(2026, 10, 1))
        turin = person(session, "In Turin", city="Torino", last_contact_at=D(2026, 10, 1))
        static_segment(session, "Milan", [], days=14, rules_json=json.dumps(rules))
        result = refresh_due_dates(session, TODAY)
    assert result.broken_segments == ()
    assert due_of(store, milan) == D(2026, 10, 15)
    assert due_of(store, turin) == D(2026, 12, 30)


def test_a_segment_with_unusable_rules_is_left_out_and_named(store: Store) -> None:
    broken = {"version": 1, "match": "all", "rules": [{"field": "city", "op": "greater", "value": 1}]}
    with store.transaction() as session:
        anyone = person(session, "Anyone", last_contact_at=D(2026, 10, 1))
        static_segment(session, "Broken", [], days=7, rules_json=json.dumps(broken))
        result = refresh_due_dates(session, TODAY)
    assert result.broken_segments == ("Broken",)
    assert due_of(store, anyone) == D(2026, 12, 30)


def test_membership_can_be_injected(store: Store) -> None:
    with store.transaction() as session:
        first = person(session, "First", last_contact_at=D(2026, 10, 1))
        second = person(session, "Second", last_contact_at=D(2026, 10, 1))
        static_segment(session, "Everyone (says the test)", [], days=5)

        def everyone_but_second(session: Session, segment: CadenceSegment, today: date) -> object:
            return select(contacts.c.id).where(contacts.c.id != second)

        refresh_due_dates(session, TODAY, membership=everyone_but_second)  # type: ignore[arg-type]
    assert due_of(store, first) == D(2026, 10, 6)
    assert due_of(store, second) == D(2026, 12, 30)


def test_refresh_of_some_contacts_leaves_the_others(store: Store) -> None:
    with store.transaction() as session:
        a = person(session, "A", last_contact_at=D(2026, 10, 1))
        b = person(session, "B", last_contact_at=D(2026, 10, 1))
        result = refresh_due_dates(session, TODAY, [a])
        assert result.changed == 1
        assert refresh_due_dates(session, TODAY, [a]).changed == 0  # nothing left to write
        assert refresh_due_dates(session, TODAY, []).changed == 0
    assert due_of(store, a) == D(2026, 12, 30)
    assert due_of(store, b) is None


def test_ensure_current_refreshes_once_a_day(store: Store) -> None:
    with store.transaction() as session:
        new = person(session, "New")
    assert service.ensure_current(store, TODAY) is not None
    assert service.ensure_current(store, TODAY) is None
    assert due_of(store, new) == TODAY
    assert service.ensure_current(store, D(2026, 11, 12)) is not None
    assert due_of(store, new) == D(2026, 11, 12)


def test_an_imported_order_counts_as_a_touch_when_configured(store: Store) -> None:
    with store.transaction() as session:
        buyer = person(session, "Buyer", last_contact_at=D(2026, 1, 10))
        session.add(Order(contact_id=buyer, ordered_at=datetime(2026, 10, 1, 12), channel="online"))
        session.execute(
            contacts.update().where(contacts.c.id == buyer).values(last_purchase_at=D(2026, 10, 1))
        )
        save_settings(session, FollowUpSettings(touch="interaction_or_order"))
        touch(session, buyer, datetime(2026, 9, 1, 9))
        refresh_due_dates(session, TODAY)
    assert due_of(store, buyer) == D(2026, 12, 30)


def test_segments_chosen_by_followup_dates_give_no_cadence(store: Store) -> None:
    due_soon = {"version": 1, "match": "all", "rules": [{"field": "next_followup_at", "op": "is_empty"}]}
    via = {
        "version": 1,
        "match": "any",
        "rules": [{"field": "segment", "op": "in_segment", "value": "Due soon"}],
    }
    with store.transaction() as session:
        anyone = person(session, "Anyone", last_contact_at=D(2026, 10, 1))
        static_segment(session, "Due soon", [], days=7, rules_json=json.dumps(due_soon))
        static_segment(session, "Through another", [], days=5, rules_json=json.dumps(via))
        result = refresh_due_dates(session, TODAY)
        assert result.circular_segments == ("Through another", "Due soon")
        assert refresh_due_dates(session, TODAY).changed == 0  # stable, no flipping
    assert due_of(store, anyone) == D(2026, 12, 30)


def test_contacts_added_today_are_computed_by_the_next_check(store: Store) -> None:
    service.ensure_current(store, TODAY)
    with store.transaction() as session:
        added = person(session, "Added Later", last_contact_at=D(2026, 10, 1))
    assert due_of(store, added) is None
    result = service.ensure_current(store, TODAY)
    assert result is not None and result.changed == 1
    assert due_of(store, added) == D(2026, 12, 30)
    assert service.ensure_current(store, TODAY) is None


def test_marked_stale_means_a_full_refresh_at_the_next_check(store: Store) -> None:
    with store.transaction() as session:
        seen = person(session, "Seen", last_contact_at=D(2026, 10, 1))
    service.ensure_current(store, TODAY)
    with store.transaction() as session:
        session.execute(contacts.update().where(contacts.c.id == seen).values(cadence_days=10))
        mark_stale(session)
    assert service.ensure_current(store, TODAY) is not None
    assert due_of(store, seen) == D(2026, 10, 11)
