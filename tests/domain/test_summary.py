from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings

from segdesk.domain import i18n
from segdesk.domain.fields import DEFAULT_CATALOGUE
from segdesk.domain.rule_summary import describe_condition, summarize
from segdesk.domain.rules import Condition, Group, Window, parse_rules

from .samples import DESIGN_EXAMPLE
from .strategies import any_trees, valid_trees


def test_design_example() -> None:
    assert summarize(parse_rules(DESIGN_EXAMPLE), DEFAULT_CATALOGUE) == (
        "City is Milano or Torino, and Last contact more than 90 days ago, and Total spent in the last "
        "12 months at least 500, and (Products bought include ESPRESSO-1, or Tags include all of vip, "
        "newsletter)"
    )


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        ({"field": "city", "op": "eq", "value": "Roma"}, "City is Roma"),
        ({"field": "city", "op": "not_in", "value": ["Roma", "Bari"]}, "City is none of Roma, Bari"),
        ({"field": "email", "op": "is_empty"}, "Email is empty"),
        ({"field": "company", "op": "not_contains", "value": "srl"}, "Company does not contain srl"),
        ({"field": "employees", "op": "between", "value": [10, 49.5]}, "Employees between 10 and 49.5"),
        ({"field": "annual_revenue", "op": "lt", "value": 1e6}, "Annual revenue less than 1000000"),
        ({"field": "birth_date", "op": "anniversary_within_next", "value": {"amount": 1, "unit": "weeks"}},
         "Birth date anniversary in the next 1 week"),
        ({"field": "created_at", "op": "in_period", "value": "last_quarter"}, "Created on: last quarter"),
        ({"field": "last_purchase_at", "op": "within_last", "value": {"amount": 2, "unit": "years"}},
         "Last purchase in the last 2 years"),
        ({"field": "next_followup_at", "op": "before", "value": "2024-05-01"},
         "Next follow-up before 2024-05-01"),
        ({"field": "tags", "op": "excludes_any", "value": ["spam"]}, "Tags include none of spam"),
        ({"field": "products", "op": "includes_any", "value": ["A", "B"],
          "window": {"amount": 1, "unit": "days"}},
         "Products bought in the last 1 day include any of A, B"),
        ({"field": "email_ok", "op": "is_false"}, "Email allowed: no"),
        ({"field": "segment", "op": "not_in_segment", "value": "VIP"}, "not in segment VIP"),
        ({"field": "mystery", "op": "warps", "value": [1]}, "mystery warps [1]"),
        ({"field": "birth_date", "op": "within_next", "value": "soon"}, "Birth date in the next soon"),
    ],
)
def test_condition_phrases(rule: dict[str, Any], text: str) -> None:
    tree = parse_rules({"version": 1, "match": "all", "rules": [rule]})
    assert summarize(tree, DEFAULT_CATALOGUE) == text


def test_groups() -> None:
    a, b = Condition("city", "eq", "Roma"), Condition("email_ok", "is_true")
    assert summarize(Group("all", []), DEFAULT_CATALOGUE) == "everyone"
    assert summarize(Group("any", []), DEFAULT_CATALOGUE) == "no one"
    assert summarize(Group("none", [a, b]), DEFAULT_CATALOGUE) == "not (City is Roma, or Email allowed: yes)"
    nested = Group("any", [Group("all", [a]), Group("all", [a, b]), Group("none", [b])])
    assert summarize(nested, DEFAULT_CATALOGUE) == (
        "City is Roma, or (City is Roma, and Email allowed: yes), or not (Email allowed: yes)"
    )


@pytest.fixture
def shouting() -> Iterator[None]:
    def translator(context: str, text: str, disambiguation: str | None, n: int) -> str:
        assert context in ("RuleSummary", "Fields")
        text = text.replace("%n", str(n)) if n >= 0 else text
        return text.upper()

    i18n.install(translator)
    yield
    i18n.uninstall()


@pytest.mark.usefixtures("shouting")
def test_phrases_go_through_the_translator() -> None:
    cond = Condition("total_spent", "gte", 500, Window(12, "months"))
    assert describe_condition(cond, DEFAULT_CATALOGUE) == "TOTAL SPENT IN THE LAST 12 MONTHS AT LEAST 500"


@settings(deadline=None)
@given(any_trees())
def test_summary_never_fails_on_bad_rules(tree: Group) -> None:
    assert isinstance(summarize(tree, DEFAULT_CATALOGUE), str)


@settings(deadline=None)
@given(valid_trees())
def test_summary_of_valid_rules(tree: Group) -> None:
    assert summarize(tree, DEFAULT_CATALOGUE)
