"""Operator by operator on a small hand-built database, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

import pytest

from segdesk.domain.problems import RuleError
from segdesk.domain.rules import Group
from segdesk.segments.compiler import compile_rules
from segdesk.segments.membership import session_resolver
from segdesk.store.database import Store
from tests.segments.world import CATALOGUE, Order, Person, SavedSegment, World, parse

T = date(2024, 3, 15)

ACME = Person(1, {"kind": "company", "company_name": "ACME", "industry": "Retail", "employees": 50})
ANNA = Person(
    2,
    {
        "company_id": 1,
        "first_name": "Anna",
        "city": "Łódź",
        "street": "Hauptstraße 5",
        "industry": "Food",
        "employees": 3,
        "birth_date": date(2000, 2, 29),
        "owner_id": 2,
        "stage": "Loyal",
        "email_ok": True,
        "created_at": datetime(2024, 3, 14, 23, 59),
    },
    tags={1, 4},
    orders=[
        Order(datetime(2024, 3, 1, 10), "online", 1001, [(1, 1001)]),
        Order(datetime(2023, 1, 1, 9), "in_store", 500, [(2, 500)]),
        Order(datetime(2024, 3, 16, 9), "online", 0, [(4, 0)]),
    ],
    interactions=[datetime(2024, 3, 10, 9), datetime(2023, 3, 15, 8)],
    custom={"score": 1.5, "note": "STRASSE", "renewal": date(2024, 4, 1)},
)
BOB = Person(3, {"first_name": "Bob", "city": "", "last_name": "a%b", "birth_date": date(1990, 3, 15)})
ELA = Person(
    4,
    {"first_name": "ela", "city": "łódź", "region": "", "employees": None, "birth_date": date(2004, 2, 28)},
    orders=[Order(datetime(2024, 2, 1), "in_store", 101), Order(datetime(2024, 2, 2), "in_store", 0)],
)
WORLD = World(
    [ACME, ANNA, BOB, ELA],
    [
        SavedSegment(
            1,
            "Łódź",
            parse({"match": "all", "rules": [{"field": "city", "op": "eq", "value": "ŁÓDŹ"}]}),
            {4: "exclude", 3: "include"},
        ),
        SavedSegment(2, "Hand-picked", None, {1: "member", 2: "include"}),
    ],
)


@pytest.fixture(scope="module")
def world_store(shared_store: Store) -> Iterator[Store]:
    with shared_store.transaction() as session:
        WORLD.write(session)
    yield shared_store


def ids(store: Store, rule: dict[str, Any] | Group, today: date = T) -> set[int]:
    group = rule if isinstance(rule, Group) else parse({"match": "all", "rules": [rule]})
    with store.transaction() as session:
        query = compile_rules(
            group, today=today, catalogue=CATALOGUE, resolve_segment=session_resolver(session)
        )
        found = set(session.execute(query).scalars())
    assert found == WORLD.expected(group, today), "SQL and the reference evaluator disagree"
    return found


def r(field_id: str, op: str, value: Any = None, window: tuple[int, str] | None = None) -> dict[str, Any]:
    rule: dict[str, Any] = {"field": field_id, "op": op}
    if value is not None:
        rule["value"] = value
    if window is not None:
        rule["window"] = {"amount": window[0], "unit": window[1]}
    return rule


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        (r("city", "eq", "ŁÓDŹ"), {2, 4}),
        (r("city", "neq", "łódź"), {1, 3}),
        (r("city", "is_empty"), {1, 3}),
        (r("city", "is_not_empty"), {2, 4}),
        (r("city", "in", ["Milano", "łÓdŹ"]), {2, 4}),
        (r("city", "not_in", ["Milano"]), {1, 2, 3, 4}),
        (r("street", "contains", "STRASSE"), {2}),
        (r("street", "starts_with", "hauptstr"), {2}),
        (r("street", "ends_with", "SSE 5"), {2}),
        (r("last_name", "contains", "%"), {3}),
        (r("last_name", "contains", "_"), set()),
        (r("first_name", "not_contains", "n"), {1, 3, 4}),
        (r("custom.note", "eq", "straße"), {2}),
        (r("custom.note", "is_empty"), {1, 3, 4}),
        (r("owner", "in", ["ŁUKASZ"]), {2}),
        (r("owner", "is_empty"), {1, 3, 4}),
        (r("stage", "in", ["loyal"]), {2}),
        (r("stage", "not_in", ["loyal"]), {1, 3, 4}),
    ],
)
def test_text_and_choice(world_store: Store, rule: dict[str, Any], expected: set[int]) -> None:
    assert ids(world_store, rule) == expected


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        (r("industry", "in", ["retail"]), {1, 2}),  # Anna inherits ACME's industry
        (r("employees", "gt", 10), {1, 2}),
        (r("employees", "lt", 10), set()),
        (r("employees", "is_empty"), {3, 4}),
        (r("employees", "neq", 50), {3, 4}),
        (r("employees", "between", [49.5, 50]), {1, 2}),
        (r("employees", "eq", 50.5), set()),
        (r("age", "eq", 24), {2}),  # born 29 February 2000
        (r("age", "gte", 20), {2, 3, 4}),
        (r("age", "lt", 20), set()),
        (r("age", "between", [19, 20]), {4}),
        (r("age", "is_empty"), {1}),
        (r("custom.score", "gt", 1), {2}),
        (r("custom.score", "eq", 1.5), {2}),
    ],
)
def test_numbers_inheritance_and_age(world_store: Store, rule: dict[str, Any], expected: set[int]) -> None:
    assert ids(world_store, rule) == expected


def test_age_on_28_february_of_a_common_year(world_store: Store) -> None:
    # Born 29 February 2000: turns 23 on 28 February 2023.
    assert 2 in ids(world_store, r("age", "eq", 23), date(2023, 2, 28))
    assert 2 in ids(world_store, r("age", "eq", 22), date(2023, 2, 27))


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        (r("purchase_count", "gte", 3), {2}),
        (r("purchase_count", "gte", 1, (2, "months")), {2, 4}),
        (r("purchase_count", "eq", 0, (14, "days")), {1, 3, 4}),  # the 16 March order is after today
        (r("total_spent", "gte", 15.01), {2}),
        (r("total_spent", "gte", 10.01, (1, "months")), {2}),
        (r("total_spent", "lt", 10.01, (1, "months")), {1, 3, 4}),
        (r("avg_order_value", "is_empty"), {1, 3}),
        (r("avg_order_value", "eq", 0.5), {4}),  # 101 cents / 2 = 50.5, half-even -> 50
        (r("avg_order_value", "gte", 0.51), {2}),
        (r("interaction_count", "eq", 1, (1, "years")), set()),  # T - 1 year is inclusive
        (r("interaction_count", "eq", 2, (1, "years")), {2}),
        (r("interaction_count", "eq", 1, (364, "days")), {2}),
        (r("interaction_count", "eq", 2), {2}),
        (r("products", "includes_any", ["esp-1"]), {2}),
        (r("products", "includes_any", ["ESP-2"], (6, "months")), set()),
        (r("products", "includes_all", ["esp-1", "ESP-2"]), {2}),
        (r("products", "excludes_any", ["esp-1"]), {1, 3, 4}),
        (r("products", "is_empty", None, (1, "months")), {1, 3, 4}),
        (r("tags", "includes_any", ["VIP"]), {2}),
        (r("tags", "includes_all", ["vip", "STRASSE"]), {2}),
        (r("tags", "is_empty"), {1, 3, 4}),
        (r("needs", "is_not_empty"), set()),
        (r("preferred_channel", "in", ["online"]), {2}),
        (r("preferred_channel", "in", ["in_store"]), {4}),
        (r("preferred_channel", "is_empty"), {1, 3}),
        (r("email_ok", "is_true"), {2}),
        (r("email_ok", "is_false"), {1, 3, 4}),
    ],
)
def test_aggregates_sets_and_flags(world_store: Store, rule: dict[str, Any], expected: set[int]) -> None:
    assert ids(world_store, rule) == expected


@pytest.mark.parametrize(
    ("rule", "today", "expected"),
    [
        (r("created_at", "on", "2024-03-14"), T, {2}),
        (r("created_at", "after", "2024-03-13"), T, {2}),
        (r("last_contact_at", "within_last", {"amount": 5, "unit": "days"}), T, {2}),
        (r("last_contact_at", "older_than", {"amount": 5, "unit": "days"}), T, set()),
        (r("last_contact_at", "is_empty"), T, {1, 3, 4}),
        (r("custom.renewal", "within_next", {"amount": 17, "unit": "days"}), T, {2}),
        (r("custom.renewal", "within_next", {"amount": 16, "unit": "days"}), T, set()),
        # 31 March - 1 month = 29 February (2024 is a leap year)
        (r("last_purchase_at", "within_last", {"amount": 1, "unit": "months"}), date(2024, 3, 31), {2}),
        (r("birth_date", "on", "2000-02-29"), T, {2}),
        (r("birth_date", "between", ["1990-01-01", "2000-02-29"]), T, {2, 3}),
        (r("created_at", "in_period", "this_week"), date(2024, 3, 17), {2}),  # ISO week Mon 11 - Sun 17
        (r("created_at", "in_period", "last_week"), date(2024, 3, 18), {2}),
        (r("created_at", "in_period", "this_week"), date(2024, 3, 18), set()),
        (r("last_contact_at", "in_period", "last_quarter"), date(2024, 4, 2), {2}),
        # 29 February births count as 28 February in common years
        (
            r("birth_date", "anniversary_within_next", {"amount": 0, "unit": "days"}),
            date(2023, 2, 28),
            {2, 4},
        ),
        (r("birth_date", "anniversary_within_next", {"amount": 0, "unit": "days"}), date(2024, 2, 28), {4}),
        (
            r("birth_date", "anniversary_within_next", {"amount": 1, "unit": "days"}),
            date(2024, 2, 28),
            {2, 4},
        ),
        (
            r("birth_date", "anniversary_within_next", {"amount": 3, "unit": "months"}),
            date(2023, 12, 20),
            {2, 3, 4},
        ),
        (
            r("birth_date", "anniversary_within_next", {"amount": 2, "unit": "months"}),
            date(2023, 12, 20),
            set(),
        ),
        (r("birth_date", "anniversary_within_next", {"amount": 2, "unit": "years"}), T, {2, 3, 4}),
    ],
)
def test_dates(world_store: Store, rule: dict[str, Any], today: date, expected: set[int]) -> None:
    assert ids(world_store, rule, today) == expected


def test_groups_and_partition(world_store: Store) -> None:
    rule = r("employees", "gt", 10)
    inside = ids(world_store, parse({"match": "all", "rules": [rule]}))
    outside = ids(world_store, parse({"match": "none", "rules": [rule]}))
    assert inside | outside == {1, 2, 3, 4} and not inside & outside
    assert ids(world_store, parse({"match": "any", "rules": []})) == set()
    assert ids(world_store, parse({"match": "all", "rules": []})) == {1, 2, 3, 4}
    nested = {
        "match": "any",
        "rules": [r("city", "is_empty"), {"match": "none", "rules": [r("tags", "is_empty")]}],
    }
    assert ids(world_store, parse(nested)) == {1, 2, 3}


def test_segments_of_segments(world_store: Store) -> None:
    # "Łódź": city is Łódź (2, 4), always include 3, always exclude 4.
    assert ids(world_store, r("segment", "in_segment", "Łódź")) == {2, 3}
    assert ids(world_store, r("segment", "not_in_segment", "Łódź")) == {1, 4}
    # A static segment is its member list only.
    assert ids(world_store, r("segment", "in_segment", "Hand-picked")) == {1}


def test_unknown_segment_and_cycles(world_store: Store) -> None:
    rules = parse({"match": "all", "rules": [r("city", "is_empty"), r("segment", "in_segment", "Nope")]})
    with (
        world_store.transaction() as session,
        pytest.raises(RuleError, match=r"rules\[1\]\.value: unknown segment"),
    ):
        compile_rules(rules, today=T, catalogue=CATALOGUE, resolve_segment=session_resolver(session))
    from segdesk.segments.compiler import SegmentDef

    a = parse({"match": "all", "rules": [r("city", "is_empty"), r("segment", "in_segment", "B")]})
    b = parse({"match": "any", "rules": [r("segment", "in_segment", "A")]})
    defs = {"A": SegmentDef(10, "A", a), "B": SegmentDef(11, "B", b)}
    message = r"rules\[1\]\.value: segment “A” refers back to itself through “B”"
    with pytest.raises(RuleError, match=message):
        compile_rules(a, today=T, catalogue=CATALOGUE, resolve_segment=defs.get, segment_name="A")
    itself = parse({"match": "all", "rules": [r("segment", "in_segment", "A")]})
    with pytest.raises(RuleError, match=r"rules\[0\]\.value: segment “A” refers to itself"):
        compile_rules(itself, today=T, catalogue=CATALOGUE, resolve_segment=defs.get, segment_name="A")
