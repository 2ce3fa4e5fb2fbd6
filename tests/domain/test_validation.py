from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings

from segdesk.domain.fields import Catalogue, CustomFieldSpec, FieldType
from segdesk.domain.rule_validation import RuleError, load_rules, validate
from segdesk.domain.rules import Condition, Group, Window, parse_rules

from .samples import DESIGN_EXAMPLE
from .strategies import SEGMENTS, valid_trees

CATALOGUE = Catalogue((CustomFieldSpec("shoe_size", FieldType.NUMBER, "Shoe size"),))


def problems(*rules: dict[str, Any], segment_names: list[str] | None = None) -> list[str]:
    tree = parse_rules({"version": 1, "match": "all", "rules": list(rules)})
    return [str(p) for p in validate(tree, CATALOGUE, segment_names=segment_names)]


def test_design_example_is_valid() -> None:
    assert validate(parse_rules(DESIGN_EXAMPLE), CATALOGUE) == []


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        ({"field": "citty", "op": "eq", "value": "Roma"}, 'rules[0]: unknown field "citty"'),
        ({"field": "custom.hat_size", "op": "gt", "value": 3}, 'rules[0]: unknown field "custom.hat_size"'),
        ({"field": "employees", "op": "greater", "value": 3}, 'rules[0]: unknown operator "greater"'),
        ({"field": "city", "op": "gt", "value": 3}, 'rules[0]: operator "gt" does not apply to "city"'),
        ({"field": "kind", "op": "eq", "value": "person"},
         'rules[0]: operator "eq" does not apply to "kind"'),
        ({"field": "employees", "op": "gt", "value": "10"}, "rules[0].value: expected a number"),
        ({"field": "employees", "op": "gt", "value": True}, "rules[0].value: expected a number"),
        ({"field": "employees", "op": "eq"}, "rules[0].value: expected a number"),
        ({"field": "custom.shoe_size", "op": "lt", "value": [40]}, "rules[0].value: expected a number"),
        ({"field": "city", "op": "eq", "value": 3}, "rules[0].value: expected non-empty text"),
        ({"field": "city", "op": "contains", "value": ""}, "rules[0].value: expected non-empty text"),
        ({"field": "city", "op": "in", "value": []}, "rules[0].value: expected a non-empty list of values"),
        ({"field": "city", "op": "not_in", "value": "Roma"},
         "rules[0].value: expected a non-empty list of values"),
        ({"field": "city", "op": "in", "value": ["Roma", 7]}, "rules[0].value[1]: expected non-empty text"),
        ({"field": "stage", "op": "in", "value": ["Lead", "leed"]},
         'rules[0].value[1]: "leed" is not one of lead, prospect, new, loyal, ambassador, lapsed'),
        ({"field": "tags", "op": "includes_all", "value": []},
         "rules[0].value: expected a non-empty list of values"),
        ({"field": "employees", "op": "between", "value": [10]},
         "rules[0].value: expected a list of two values [low, high]"),
        ({"field": "employees", "op": "between", "value": [10, 5]},
         "rules[0].value: the low end is greater than the high end"),
        ({"field": "annual_revenue", "op": "between", "value": [1, "x"]},
         "rules[0].value[1]: expected a number"),
        ({"field": "birth_date", "op": "between", "value": ["2020-01-02", "2020-01-01"]},
         "rules[0].value: the low end is greater than the high end"),
        ({"field": "birth_date", "op": "between", "value": [1, 2]},
         "rules[0].value[0]: expected a date as YYYY-MM-DD\n"
         "rules[0].value[1]: expected a date as YYYY-MM-DD"),
        ({"field": "birth_date", "op": "on", "value": "01/02/2020"},
         "rules[0].value: expected a date as YYYY-MM-DD"),
        ({"field": "birth_date", "op": "before", "value": "2023-02-29"},
         "rules[0].value: expected a date as YYYY-MM-DD"),
        ({"field": "last_contact_at", "op": "older_than", "value": 90},
         'rules[0].value: expected {"amount": N, "unit": "days"} (or weeks, months, years)'),
        ({"field": "last_contact_at", "op": "within_last", "value": {"amount": -1, "unit": "days"}},
         "rules[0].value.amount: expected a whole number, 0 or more"),
        ({"field": "birth_date", "op": "anniversary_within_next", "value": {"amount": 7, "unit": "day"}},
         'rules[0].value.unit: unknown unit "day" (expected days, weeks, months or years)'),
        ({"field": "created_at", "op": "in_period", "value": "this_decade"},
         "rules[0].value: expected one of this_week, last_week, this_month, last_month, this_quarter, "
         "last_quarter, this_year, last_year"),
        ({"field": "email", "op": "is_empty", "value": ""}, "rules[0].value: this operator takes no value"),
        ({"field": "email_ok", "op": "is_true", "value": True},
         "rules[0].value: this operator takes no value"),
        ({"field": "segment", "op": "in_segment", "value": ""}, "rules[0].value: expected a segment name"),
        ({"field": "segment", "op": "in_segment", "value": "Ghosts"},
         'rules[0].value: unknown segment "Ghosts"'),
        ({"field": "city", "op": "eq", "value": "Roma", "window": {"amount": 1, "unit": "years"}},
         'rules[0].window: "window" only applies to purchase and activity totals'),
        ({"field": "total_spent", "op": "gt", "value": 1, "window": {"amount": -2, "unit": "aeons"}},
         "rules[0].window.amount: expected a whole number, 0 or more\n"
         'rules[0].window.unit: unknown unit "aeons" (expected days, weeks, months or years)'),
        ({"field": "nope", "op": "nope", "value": 1, "window": {"amount": 1, "unit": "days"}},
         'rules[0]: unknown field "nope"\nrules[0]: unknown operator "nope"'),
        ({"match": "any", "rules": []}, "rules[0]: empty group"),
    ],
)
def test_problem_messages(rule: dict[str, Any], expected: str) -> None:
    assert "\n".join(problems(rule, segment_names=SEGMENTS)) == expected


def test_paths_in_nested_groups_and_every_problem_reported() -> None:
    found = problems(
        {"field": "city", "op": "eq", "value": "Roma"},
        {"field": "employees", "op": "gt", "value": "many"},
        {"field": "total_spent", "op": "gte", "value": 500, "window": {"amount": 12, "unit": "months"}},
        {"match": "any", "rules": [
            {"field": "products", "op": "includes_any", "value": ["ESPRESSO-1"]},
            {"match": "none", "rules": [{"field": "tags", "op": "greater", "value": 1}]},
        ]},
        {"field": "phone", "op": "is_not_empty", "value": "x"},
    )
    assert found == [
        "rules[1].value: expected a number",
        'rules[3].rules[1].rules[0]: unknown operator "greater"',
        "rules[4].value: this operator takes no value",
    ]


def test_segment_names_are_only_checked_when_given() -> None:
    rule = {"field": "segment", "op": "not_in_segment", "value": "Ghosts"}
    assert problems(rule) == []
    assert problems(rule, segment_names=["Ghosts"]) == []


def test_empty_root_is_valid_and_programmatic_trees_are_checked() -> None:
    assert validate(Group("any", []), CATALOGUE) == []
    tree = Group("xor", [Condition("total_spent", "gt", 1, Window(-1, "days"))])
    assert [str(p) for p in validate(tree, CATALOGUE)] == [
        'match: expected "all", "any" or "none", not "xor"',
        "rules[0].window.amount: expected a whole number, 0 or more",
    ]


def test_load_rules_raises_with_all_problems() -> None:
    doc: dict[str, Any] = {"version": 1, "match": "all", "rules": [
        {"field": "citty", "op": "eq", "value": "Roma"},
        {"field": "segment", "op": "in_segment", "value": "X"},
    ]}
    with pytest.raises(RuleError) as info:
        load_rules(doc, CATALOGUE, segment_names=["Y"])
    assert str(info.value) == 'rules[0]: unknown field "citty"\nrules[1].value: unknown segment "X"'
    with pytest.raises(RuleError, match="version: missing"):
        load_rules({"match": "all", "rules": []}, CATALOGUE)
    good = {"version": 1, "match": "all", "rules": [doc["rules"][1]]}
    assert load_rules(good, CATALOGUE, segment_names=["X"]) == parse_rules(good)


def test_custom_fields_are_known() -> None:
    assert problems({"field": "custom.shoe_size", "op": "between", "value": [38, 42.5]}) == []


@settings(deadline=None)
@given(valid_trees())
def test_generated_valid_trees_validate(tree: Group) -> None:
    # nested groups from the strategy are never empty; the strategy never draws "id"
    assert validate(tree, CATALOGUE, segment_names=SEGMENTS) == []
