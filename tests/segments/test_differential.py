"""The compiled SQL selects exactly the contacts the reference evaluator accepts.

Random rule trees (every field and operator, nesting, windows, segments of segments)
over random small databases (NULLs, empty strings, Unicode case pairs, 29 February),
on SQLite and, when ``SEGDESK_TEST_PG_URL`` is set, PostgreSQL. ~200 examples per
backend by default; ``-m slow`` runs 10,000 (``SEGDESK_DIFF_EXAMPLES`` overrides both).
"""

from __future__ import annotations

import os
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from segdesk.domain.rules import Group, node_at
from segdesk.segments.compiler import compile_rules
from segdesk.segments.counts import count_tree
from segdesk.segments.membership import session_resolver
from segdesk.store.database import Store
from tests.segments.strategies import todays, trees, worlds
from tests.segments.world import CATALOGUE, World

DEFAULT_EXAMPLES = int(os.environ.get("SEGDESK_DIFF_EXAMPLES", "200"))
SLOW_EXAMPLES = int(os.environ.get("SEGDESK_DIFF_EXAMPLES", "10000"))
SETTINGS = {
    "deadline": None,
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


def check_case(store: Store, today: date, world: World, rules: Group) -> None:
    with store.transaction() as session:
        world.write(session)
    with store.transaction() as session:
        resolve = session_resolver(session)

        def matching(group: Group) -> set[int]:
            query = compile_rules(group, today=today, catalogue=CATALOGUE, resolve_segment=resolve)
            return set(session.execute(query).scalars())

        got = matching(rules)
        negated = matching(Group("none", [rules])) if rules.rules else None
        counts = count_tree(session, rules, today, catalogue=CATALOGUE, resolve_segment=resolve)
    assert got == world.expected(rules, today)
    assert counts.total == len(world.people) and counts.matched == len(got)
    for path, count in counts.nodes.items():
        node = node_at(rules, path)
        assert count == len(
            world.expected(node if isinstance(node, Group) else Group("all", [node]), today)
        ), path
    if negated is not None:
        assert got.isdisjoint(negated)
        assert got | negated == {p.id for p in world.people}


@settings(max_examples=DEFAULT_EXAMPLES, **SETTINGS)  # type: ignore[arg-type]
@given(case=cases())
def test_sql_matches_reference(shared_store: Store, case: tuple[date, World, Group]) -> None:
    check_case(shared_store, *case)


@pytest.mark.slow
@settings(max_examples=SLOW_EXAMPLES, **SETTINGS)  # type: ignore[arg-type]
@given(case=cases())
def test_sql_matches_reference_long(shared_store: Store, case: tuple[date, World, Group]) -> None:
    check_case(shared_store, *case)
