from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings

from segdesk.domain.problems import Problem, RuleError
from segdesk.domain.rules import Condition, Group, Window, date_value, number_value, parse_rules, to_json

from .samples import DESIGN_EXAMPLE
from .strategies import any_trees


def test_design_example_parses_and_round_trips() -> None:
    tree = parse_rules(DESIGN_EXAMPLE)
    assert tree == Group("all", [
        Condition("city", "in", ["Milano", "Torino"]),
        Condition("last_contact_at", "older_than", {"amount": 90, "unit": "days"}),
        Condition("total_spent", "gte", 500, Window(12, "months")),
        Group("any", [
            Condition("products", "includes_any", ["ESPRESSO-1"]),
            Condition("tags", "includes_all", ["vip", "newsletter"]),
        ]),
    ])
    assert to_json(tree) == DESIGN_EXAMPLE
    assert parse_rules(json.dumps(DESIGN_EXAMPLE)) == tree


def test_value_is_omitted_when_none_and_copied_on_parse() -> None:
    doc: dict[str, Any] = {"version": 1, "match": "all", "rules": [
        {"field": "email", "op": "is_empty", "value": None},
        {"field": "city", "op": "in", "value": ["Roma"]},
    ]}
    tree = parse_rules(doc)
    assert to_json(tree)["rules"] == [
        {"field": "email", "op": "is_empty"},
        {"field": "city", "op": "in", "value": ["Roma"]},
    ]
    doc["rules"][1]["value"].append("Bari")
    assert tree.rules[1] == Condition("city", "in", ["Roma"])


def test_uids_are_unique_and_ignored_by_equality() -> None:
    a, b = parse_rules(DESIGN_EXAMPLE), parse_rules(DESIGN_EXAMPLE)
    assert a == b
    assert a.uid != b.uid and a.rules[0].uid != b.rules[0].uid


@settings(deadline=None)
@given(any_trees())
def test_json_round_trip(tree: Group) -> None:
    doc = to_json(tree)
    assert parse_rules(doc) == tree
    assert parse_rules(json.dumps(doc)) == tree
    assert to_json(parse_rules(doc)) == doc


def _problems(doc: object) -> list[str]:
    with pytest.raises(RuleError) as info:
        parse_rules(doc)  # type: ignore[arg-type]
    return [str(p) for p in info.value.problems]


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        ("{not json", ["not valid JSON: Expecting property name enclosed in double quotes: "
                       "line 1 column 2 (char 1)"]),
        ([], ["the rules must be a JSON object"]),
        ({"match": "all", "rules": []}, ["version: missing (expected 1)"]),
        ({"version": 2, "match": "all", "rules": []}, ["version: unsupported version 2 (expected 1)"]),
        ({"version": "1", "match": "all", "rules": []}, ['version: unsupported version "1" (expected 1)']),
        ({"version": True, "match": "all", "rules": []}, ["version: unsupported version true (expected 1)"]),
        ({"version": 1, "rules": []}, ['match: missing (expected "all", "any" or "none")']),
        ({"version": 1, "match": "or", "rules": []}, ['match: expected "all", "any" or "none", not "or"']),
        ({"version": 1, "match": "all"}, ["rules: missing (expected a list of rules)"]),
        ({"version": 1, "match": "all", "rules": {}}, ["rules: expected a list of rules"]),
        ({"version": 1, "match": "all", "rules": [], "name": "x"}, ['unknown key "name"']),
        ({"version": 1, "match": "all", "rules": [3]},
         ["rules[0]: expected an object (a condition or a group)"]),
        ({"version": 1, "match": "all", "rules": [{"match": "any", "rules": [{"field": "city"}]}]},
         ["rules[0].rules[0].op: missing"]),
        ({"version": 1, "match": "all", "rules": [{"field": 3, "op": "", "values": 1}]},
         ['rules[0]: unknown key "values"', "rules[0].field: expected a non-empty string",
          "rules[0].op: expected a non-empty string"]),
        ({"version": 1, "match": "all", "rules": [
            {"field": "total_spent", "op": "gt", "value": 1, "window": {"amount": "12", "unit": "months"}}]},
         ['rules[0].window: expected {"amount": N, "unit": "days"} (or weeks, months, years)']),
        ({"version": 1, "match": "all", "rules": [{"match": "any", "rules": [], "version": 1}]},
         ['rules[0]: unknown key "version"']),
    ],
)
def test_structural_problems(doc: object, expected: list[str]) -> None:
    assert _problems(doc) == expected


def test_rule_error_lists_every_problem() -> None:
    error = RuleError([Problem("rules[0]", "a"), Problem("", "b")])
    assert str(error) == "rules[0]: a\nb"
    assert isinstance(error, ValueError)


def test_typed_value_views() -> None:
    assert str(date_value("2024-02-29")) == "2024-02-29"
    assert date_value("2023-02-29") is None
    assert date_value("20240229") is None
    assert date_value(20240229) is None
    assert str(number_value(19.99)) == "19.99"
    assert number_value(True) is None
    assert number_value(float("nan")) is None
