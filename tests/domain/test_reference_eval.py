from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from segdesk.domain.fields import DEFAULT_CATALOGUE
from segdesk.domain.reference_eval import NEGATIONS, Explanation, Facts, evaluate, explain
from segdesk.domain.rules import Condition, Group, Node, Window, parse_rules

from .strategies import contact_values, segment_members, todays, valid_conditions, valid_nodes, windowed_facts

T = date(2024, 3, 31)


def matches(rule: dict[str, Any], **values: object) -> bool:
    tree = parse_rules({"version": 1, "match": "all", "rules": [rule]})
    return evaluate(tree, values, T, segment_members={"VIP": {1, 2}})


def rel(amount: int, unit: str = "days") -> dict[str, object]:
    return {"amount": amount, "unit": unit}


@pytest.mark.parametrize(
    ("rule", "values", "expected"),
    [
        ({"field": "city", "op": "eq", "value": "milano"}, {"city": "Milano"}, True),
        ({"field": "city", "op": "eq", "value": "STRASSE"}, {"city": "straße"}, True),
        ({"field": "city", "op": "eq", "value": "Roma"}, {"city": None}, False),
        ({"field": "city", "op": "neq", "value": "Roma"}, {"city": None}, True),
        ({"field": "city", "op": "neq", "value": "Roma"}, {"city": "ROMA"}, False),
        ({"field": "city", "op": "is_empty"}, {"city": ""}, True),
        ({"field": "city", "op": "is_not_empty"}, {"city": ""}, False),
        ({"field": "city", "op": "neq", "value": "Roma"}, {"city": ""}, True),
        ({"field": "city", "op": "contains", "value": "LAN"}, {"city": "Milano"}, True),
        ({"field": "city", "op": "not_contains", "value": "x"}, {}, True),
        ({"field": "city", "op": "starts_with", "value": "mi"}, {"city": "Milano"}, True),
        ({"field": "city", "op": "ends_with", "value": "mi"}, {"city": "Milano"}, False),
        ({"field": "city", "op": "in", "value": ["milano", "Torino"]}, {"city": "MILANO"}, True),
        ({"field": "city", "op": "not_in", "value": ["milano"]}, {"city": None}, True),
        ({"field": "stage", "op": "in", "value": ["LEAD"]}, {"stage": "lead"}, True),
        ({"field": "employees", "op": "gt", "value": 10}, {"employees": None}, False),
        ({"field": "employees", "op": "lte", "value": 10}, {"employees": None}, False),
        ({"field": "employees", "op": "neq", "value": 10}, {"employees": None}, True),
        ({"field": "employees", "op": "gte", "value": 10}, {"employees": 10}, True),
        ({"field": "employees", "op": "lt", "value": 10}, {"employees": 9.5}, True),
        ({"field": "annual_revenue", "op": "eq", "value": 19.99}, {"annual_revenue": Decimal("19.99")}, True),
        ({"field": "annual_revenue", "op": "between", "value": [10, 20]}, {"annual_revenue": 20}, True),
        ({"field": "annual_revenue", "op": "between", "value": [10, 20]}, {"annual_revenue": 20.01}, False),
        ({"field": "employees", "op": "is_empty"}, {"employees": 0}, False),
        ({"field": "last_contact_at", "op": "older_than", "value": rel(90)},
         {"last_contact_at": None}, False),
        ({"field": "last_contact_at", "op": "older_than", "value": rel(90)},
         {"last_contact_at": date(2024, 1, 1)}, False),
        ({"field": "last_contact_at", "op": "older_than", "value": rel(90)},
         {"last_contact_at": date(2023, 12, 31)}, True),
        ({"field": "last_contact_at", "op": "within_last", "value": rel(1, "months")},
         {"last_contact_at": date(2024, 2, 29)}, True),
        ({"field": "last_contact_at", "op": "within_last", "value": rel(1, "months")},
         {"last_contact_at": date(2024, 2, 28)}, False),
        ({"field": "last_contact_at", "op": "within_last", "value": rel(1, "months")},
         {"last_contact_at": date(2024, 4, 1)}, False),
        ({"field": "next_followup_at", "op": "within_next", "value": rel(0)},
         {"next_followup_at": T}, True),
        ({"field": "next_followup_at", "op": "within_next", "value": rel(1, "weeks")},
         {"next_followup_at": date(2024, 3, 30)}, False),
        ({"field": "birth_date", "op": "anniversary_within_next", "value": rel(1, "years")},
         {"birth_date": date(2000, 2, 29)}, True),
        ({"field": "birth_date", "op": "anniversary_within_next", "value": rel(7)},
         {"birth_date": date(1970, 4, 7)}, True),
        ({"field": "birth_date", "op": "anniversary_within_next", "value": rel(7)},
         {"birth_date": date(1970, 4, 8)}, False),
        ({"field": "birth_date", "op": "anniversary_within_next", "value": rel(0)},
         {"birth_date": date(1970, 3, 31)}, True),
        ({"field": "created_at", "op": "in_period", "value": "this_week"},
         {"created_at": date(2024, 3, 25)}, True),
        ({"field": "created_at", "op": "in_period", "value": "last_month"},
         {"created_at": date(2024, 2, 29)}, True),
        ({"field": "created_at", "op": "in_period", "value": "last_year"},
         {"created_at": date(2024, 1, 1)}, False),
        ({"field": "created_at", "op": "on", "value": "2024-03-31"}, {"created_at": T}, True),
        ({"field": "created_at", "op": "before", "value": "2024-03-31"}, {"created_at": T}, False),
        ({"field": "created_at", "op": "between", "value": ["2024-03-01", "2024-03-31"]},
         {"created_at": T}, True),
        ({"field": "tags", "op": "includes_any", "value": ["VIP", "x"]}, {"tags": {"vip"}}, True),
        ({"field": "tags", "op": "includes_all", "value": ["VIP", "x"]}, {"tags": {"vip"}}, False),
        ({"field": "tags", "op": "includes_all", "value": ["VIP", "x"]}, {"tags": {"vip", "X", "y"}}, True),
        ({"field": "tags", "op": "excludes_any", "value": ["vip"]}, {"tags": None}, True),
        ({"field": "tags", "op": "excludes_any", "value": ["vip"]}, {"tags": {"Vip"}}, False),
        ({"field": "tags", "op": "is_empty"}, {"tags": set()}, True),
        ({"field": "email_ok", "op": "is_true"}, {"email_ok": True}, True),
        ({"field": "email_ok", "op": "is_false"}, {"email_ok": None}, True),
        ({"field": "email_ok", "op": "is_true"}, {"email_ok": None}, False),
        ({"field": "segment", "op": "in_segment", "value": "VIP"}, {"id": 2}, True),
        ({"field": "segment", "op": "in_segment", "value": "VIP"}, {"id": 3}, False),
        ({"field": "segment", "op": "not_in_segment", "value": "Ghosts"}, {"id": 1}, True),
    ],
)
def test_semantics(rule: dict[str, Any], values: dict[str, object], expected: bool) -> None:
    assert matches(rule, **values) is expected


def test_empty_groups() -> None:
    assert evaluate(Group("all", []), {}, T)
    assert not evaluate(Group("any", []), {}, T)
    assert evaluate(Group("none", []), {}, T)


def test_windowed_aggregates() -> None:
    rule = Condition("total_spent", "gte", 500, Window(12, "months"))
    facts = Facts({"total_spent": 10_000}, {("total_spent", Window(12, "months")): Decimal("499.99")})
    assert not evaluate(Group("all", [rule]), facts, T)
    with pytest.raises(KeyError):
        evaluate(Group("all", [rule]), {"total_spent": 600}, T)


def test_custom_facts_provider() -> None:
    class Provider:
        def value(self, field_id: str, window: Window | None) -> object:
            return 3 if window == Window(1, "years") else None

    rule = Condition("purchase_count", "eq", 3, Window(1, "years"))
    assert evaluate(Group("all", [rule]), Provider(), T)


def test_invalid_rules_raise_value_error() -> None:
    with pytest.raises(ValueError, match="unknown field"):
        evaluate(Group("all", [Condition("citty", "eq", "x")]), {}, T)
    with pytest.raises(ValueError, match="does not apply"):
        evaluate(Group("all", [Condition("city", "gt", 1)]), {}, T)


def test_explain() -> None:
    tree = Group("all", [
        Condition("city", "in", ["Milano", "Torino"]),
        Group("none", [Condition("email_ok", "is_false"), Condition("employees", "gt", 10)]),
    ])
    assert explain(tree, {"city": "torino", "email_ok": True, "employees": 12}, T) == [
        Explanation("", "all of the following", False),
        Explanation("rules[0]", "City is Milano or Torino", True),
        Explanation("rules[1]", "none of the following", False),
        Explanation("rules[1].rules[0]", "Email allowed: no", False),
        Explanation("rules[1].rules[1]", "Employees more than 10", True),
    ]


@settings(deadline=None)
@given(valid_nodes(), contact_values(), todays, segment_members, st.data())
def test_none_is_the_exact_complement(
    rule: Node, values: dict[str, object], today: date, members: dict[str, set[int]], data: st.DataObject
) -> None:
    facts = Facts(values, windowed_facts(data, rule))
    positive = evaluate(Group("all", [rule]), facts, today, segment_members=members)
    negative = evaluate(Group("none", [rule]), facts, today, segment_members=members)
    assert positive != negative
    outcome = explain(Group("all", [rule]), facts, today, segment_members=members)
    assert outcome[0].matched is positive


@settings(deadline=None)
@given(valid_conditions(), contact_values(), todays, segment_members, st.data())
def test_negative_operators_are_exact_complements(
    cond: Condition, values: dict[str, object], today: date, members: dict[str, set[int]], data: st.DataObject
) -> None:
    positives = {positive: negative for negative, positive in NEGATIONS.items()}
    negatives = dict(NEGATIONS)
    other = positives.get(cond.op) or negatives.get(cond.op)
    if other is None:
        return
    facts = Facts(values, windowed_facts(data, cond))
    flipped = Condition(cond.field, other, cond.value, cond.window)
    one = evaluate(Group("all", [cond]), facts, today, segment_members=members)
    two = evaluate(Group("all", [flipped]), facts, today, segment_members=members)
    assert one != two
    assert DEFAULT_CATALOGUE[cond.field].operators.count(other) == 1
