"""Counts per node, explanations, saving, listing, snapshots and templates through the services."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from segdesk.domain.fields import Catalogue, CustomFieldSpec, FieldType
from segdesk.domain.rule_validation import load_rules
from segdesk.segments.counts import small_segment_warning
from segdesk.segments.templates import TEMPLATES, template
from segdesk.services import segments as service
from segdesk.services.errors import UserError
from segdesk.store.database import Store
from tests.segments.test_operators import WORLD, r

T = date(2024, 3, 15)
RULES = {
    "version": 1,
    "match": "any",
    "rules": [
        r("city", "eq", "łódź"),
        {"match": "all", "rules": [r("employees", "gt", 10), r("kind", "in", ["company"])]},
    ],
}


@pytest.fixture
def store(shared_store: Store) -> Store:
    with shared_store.transaction() as session:
        WORLD.write(session)
    return shared_store


def test_count_rules_counts_every_node_in_one_go(store: Store) -> None:
    result = service.count_rules(store, RULES, T)
    assert (result.total, result.matched) == (4, 3)
    assert result.nodes == {(): 3, (0,): 2, (1,): 1, (1, 0): 2, (1, 1): 1}
    assert result.warning is not None  # 3 < 10


def test_bad_rules_are_one_user_error(store: Store) -> None:
    bad = {"version": 1, "match": "all", "rules": [{"field": "city", "op": "greater", "value": 1}]}
    with pytest.raises(UserError, match=r'rules\[0\]: unknown operator "greater"'):
        service.count_rules(store, bad, T)
    with pytest.raises(UserError, match="no segment named"):
        service.count_segment(store, "missing", T)


def test_save_list_count_and_explain(store: Store) -> None:
    service.save_segment(store, "Poles", json.dumps(RULES), description="Łódź people", colour="#ff0000")
    service.save_segment(store, "Static", None)
    listed = {s.name: s for s in service.list_segments(store, T)}
    assert listed["Poles"].size == 3 and not listed["Poles"].is_static
    assert listed["Static"].size == 0 and listed["Static"].is_static
    assert listed["Łódź"].size == 2 and listed["Hand-picked"].size == 1
    assert service.count_segment(store, "Poles", T).matched == 3
    assert service.segment_member_ids(store, T, segment="Poles") == [1, 2, 4]
    explained = service.explain(store, 3, T, segment="Poles")
    assert not explained.member
    assert [(n.path, n.matched) for n in explained.nodes] == [
        ((), False),
        ((0,), False),
        ((1,), False),
        ((1, 0), False),
        ((1, 1), False),
    ]
    assert explained.nodes[1].description
    with pytest.raises(UserError, match="no contact number 99"):
        service.explain(store, 99, T, rules=RULES)


def test_saving_a_cycle_is_refused(store: Store) -> None:
    service.save_segment(store, "A", {"version": 1, "match": "all", "rules": [r("city", "is_empty")]})
    service.save_segment(
        store, "B", {"version": 1, "match": "all", "rules": [r("segment", "in_segment", "A")]}
    )
    cycle = {"version": 1, "match": "all", "rules": [r("city", "is_empty"), r("segment", "in_segment", "B")]}
    with pytest.raises(UserError, match=r"rules\[1\]\.value: segment “A” refers back to itself through “B”"):
        service.save_segment(store, "A", cycle)


def test_snapshots_movements_and_series(store: Store) -> None:
    first = service.take_snapshots(store, date(2024, 3, 1), datetime(2024, 3, 1, 8))
    assert {s.name: s.size for s in first} == {"Łódź": 2, "Hand-picked": 1}
    with store.transaction() as session:  # Bob leaves the "always include" list
        from sqlalchemy import delete

        from segdesk.segments.columns import tables

        entries = tables("segment_list_entries")
        session.execute(delete(entries).where(entries.c.contact_id == 3))
    service.take_snapshots(store, date(2024, 3, 8), datetime(2024, 3, 8, 8))
    again = service.take_snapshots(store, date(2024, 3, 8), datetime(2024, 3, 8, 9))  # replaces that day's
    assert {s.name: s.size for s in again} == {"Łódź": 1, "Hand-picked": 1}
    moved = service.movements(store, "Łódź", date(2024, 3, 5), date(2024, 3, 9))
    assert (moved.from_day, moved.to_day, moved.joined, moved.left, moved.stayed) == (
        date(2024, 3, 1),
        date(2024, 3, 8),
        [],
        [3],
        1,
    )
    assert service.size_series(store, "Łódź") == [(date(2024, 3, 1), 2), (date(2024, 3, 8), 1)]
    with pytest.raises(UserError):
        service.movements(store, "Łódź", date(2024, 2, 1), date(2024, 3, 9))
    from segdesk.segments.snapshots import movement_matrix

    with store.transaction() as session:
        matrix = movement_matrix(session, [1, 2], date(2024, 3, 1), date(2024, 3, 8))
    assert matrix == {(1, 1): 1, (2, 2): 1, (1, None): 1}


def test_small_segment_warning() -> None:
    assert small_segment_warning(10) is None
    assert small_segment_warning(0) == "No contact matches these rules."
    assert "3" in (small_segment_warning(3) or "")


def test_every_template_is_valid_and_runs(store: Store) -> None:
    catalogue = Catalogue((CustomFieldSpec("contract_renewal", FieldType.DATE, "Renewal"),))
    for item in TEMPLATES:
        load_rules(item.rules(), catalogue)
        assert item.translated_name() and item.translated_description()
    upsell = template("upsell").rules(bought="ESP-1", not_bought="ESP-2")
    assert upsell["rules"][0]["value"] == ["ESP-1"]
    assert service.count_rules(store, template("age_band").rules(min=20, max=30), T).matched == 2
    with pytest.raises(KeyError):
        template("upsell").rules(colour="red")


def test_the_daily_snapshot_is_taken_once_a_day(sqlite_store: Store) -> None:
    from segdesk.services.segments import save_segment, snapshot_if_due

    save_segment(sqlite_store, "Everyone", {"version": 1, "match": "all", "rules": []})
    first = snapshot_if_due(sqlite_store, date(2026, 11, 24))
    assert [r.name for r in first] == ["Everyone"]
    assert snapshot_if_due(sqlite_store, date(2026, 11, 24)) == []
    save_segment(sqlite_store, "New one", None)
    assert len(snapshot_if_due(sqlite_store, date(2026, 11, 24))) == 2
