"""The editor's live counter (conditions read once, groups combined in memory) agrees with the
engine's one-query counts on random trees and worlds, and reads nothing again after a drop."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from segdesk.domain import rules as tree
from segdesk.domain.rules import Condition, Group, to_json
from segdesk.services.rule_counting import TreeCounter, bitmap_of
from segdesk.services.segments import count_rules
from segdesk.store.database import Store
from tests.segments.strategies import todays, trees, worlds
from tests.segments.test_operators import WORLD
from tests.segments.world import World

SETTINGS = {
    "deadline": None,
    "max_examples": 60,
    "suppress_health_check": [
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
    "database": None,
}


@st.composite
def cases(draw: st.DrawFn) -> tuple[date, World, Group]:
    today = draw(todays)
    return today, draw(worlds(today)), draw(trees())


@settings(**SETTINGS)  # type: ignore[arg-type]
@given(case=cases())
def test_live_counts_equal_the_engines(shared_store: Store, case: tuple[date, World, Group]) -> None:
    today, world, rules = case
    with shared_store.transaction() as session:
        world.write(session)
    doc = to_json(rules)
    live = TreeCounter(shared_store, today).count(doc)
    engine = count_rules(shared_store, doc, today)
    assert (live.total, live.matched, live.nodes, live.warning) == (
        engine.total,
        engine.matched,
        engine.nodes,
        engine.warning,
    )


@pytest.mark.parametrize("processes", [True, False], ids=["helper processes", "threads"])
def test_a_drop_reads_nothing_and_a_new_value_reads_one_condition(
    shared_store: Store, processes: bool
) -> None:
    today = date(2024, 3, 15)
    with shared_store.transaction() as session:
        WORLD.write(session)
    rules = Group(
        "all",
        [
            Condition("email_ok", "is_true"),
            Group("any", [Condition("kind", "in", ["company"]), Condition("mail_ok", "is_false")]),
        ],
    )
    counter = TreeCounter(shared_store, today, processes=processes)
    first = counter.count(to_json(rules))
    assert counter.reads == 4  # three conditions and everyone
    tree.move(rules, (0,), (1,), 0)
    moved = counter.count(to_json(rules))
    assert counter.reads == 4
    assert moved == count_rules(shared_store, to_json(rules), today)
    assert first.total == moved.total
    rules.rules[0].rules[0] = Condition("email_ok", "is_false")  # type: ignore[union-attr]
    counter.count(to_json(rules))
    assert counter.reads == 5
    counter.forget()
    counter.count(to_json(rules))
    assert counter.reads == 9


def test_bitmaps() -> None:
    assert bitmap_of([]) == 0
    assert bitmap_of([0, 3, 9]) == 0b1000001001
    assert bitmap_of(range(1, 100_001)).bit_count() == 100_000
