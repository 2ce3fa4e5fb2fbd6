"""Plain-language, translatable summaries of rule trees.

``City is Milano or Torino, and Last contact more than 90 days ago, and (Products bought
include ESPRESSO-1, or Tags include all of vip, newsletter)``. Field labels come from the
catalogue as they are (not lower-cased, which would be wrong in German); values are shown
as stored. The summary never fails on an invalid rule: unknown parts are shown raw.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from segdesk.domain import i18n
from segdesk.domain.fields import Catalogue
from segdesk.domain.i18n import QT_TRANSLATE_NOOP
from segdesk.domain.rules import Condition, Group, Node, Window, number_value, relative_value

__all__ = ["describe_condition", "describe_match", "summarize"]

_CONDITION_TEMPLATES: dict[str, str] = {
    "eq": QT_TRANSLATE_NOOP("RuleSummary", "%1 is %2"),
    "neq": QT_TRANSLATE_NOOP("RuleSummary", "%1 is not %2"),
    "lt": QT_TRANSLATE_NOOP("RuleSummary", "%1 less than %2"),
    "lte": QT_TRANSLATE_NOOP("RuleSummary", "%1 at most %2"),
    "gt": QT_TRANSLATE_NOOP("RuleSummary", "%1 more than %2"),
    "gte": QT_TRANSLATE_NOOP("RuleSummary", "%1 at least %2"),
    "between": QT_TRANSLATE_NOOP("RuleSummary", "%1 between %2 and %3"),
    "contains": QT_TRANSLATE_NOOP("RuleSummary", "%1 contains %2"),
    "not_contains": QT_TRANSLATE_NOOP("RuleSummary", "%1 does not contain %2"),
    "starts_with": QT_TRANSLATE_NOOP("RuleSummary", "%1 starts with %2"),
    "ends_with": QT_TRANSLATE_NOOP("RuleSummary", "%1 ends with %2"),
    "in": QT_TRANSLATE_NOOP("RuleSummary", "%1 is %2"),
    "not_in": QT_TRANSLATE_NOOP("RuleSummary", "%1 is none of %2"),
    "is_empty": QT_TRANSLATE_NOOP("RuleSummary", "%1 is empty"),
    "is_not_empty": QT_TRANSLATE_NOOP("RuleSummary", "%1 is not empty"),
    "on": QT_TRANSLATE_NOOP("RuleSummary", "%1 on %2"),
    "before": QT_TRANSLATE_NOOP("RuleSummary", "%1 before %2"),
    "after": QT_TRANSLATE_NOOP("RuleSummary", "%1 after %2"),
    "within_last": QT_TRANSLATE_NOOP("RuleSummary", "%1 in the last %2"),
    "older_than": QT_TRANSLATE_NOOP("RuleSummary", "%1 more than %2 ago"),
    "within_next": QT_TRANSLATE_NOOP("RuleSummary", "%1 in the next %2"),
    "in_period": QT_TRANSLATE_NOOP("RuleSummary", "%1: %2"),
    "anniversary_within_next": QT_TRANSLATE_NOOP("RuleSummary", "%1 anniversary in the next %2"),
    "includes_any": QT_TRANSLATE_NOOP("RuleSummary", "%1 include any of %2"),
    "includes_one": QT_TRANSLATE_NOOP("RuleSummary", "%1 include %2"),
    "includes_all": QT_TRANSLATE_NOOP("RuleSummary", "%1 include all of %2"),
    "excludes_any": QT_TRANSLATE_NOOP("RuleSummary", "%1 include none of %2"),
    "is_true": QT_TRANSLATE_NOOP("RuleSummary", "%1: yes"),
    "is_false": QT_TRANSLATE_NOOP("RuleSummary", "%1: no"),
    "in_segment": QT_TRANSLATE_NOOP("RuleSummary", "in segment %2"),
    "not_in_segment": QT_TRANSLATE_NOOP("RuleSummary", "not in segment %2"),
}

_PERIODS: dict[str, str] = {
    "this_week": QT_TRANSLATE_NOOP("RuleSummary", "this week"),
    "last_week": QT_TRANSLATE_NOOP("RuleSummary", "last week"),
    "this_month": QT_TRANSLATE_NOOP("RuleSummary", "this month"),
    "last_month": QT_TRANSLATE_NOOP("RuleSummary", "last month"),
    "this_quarter": QT_TRANSLATE_NOOP("RuleSummary", "this quarter"),
    "last_quarter": QT_TRANSLATE_NOOP("RuleSummary", "last quarter"),
    "this_year": QT_TRANSLATE_NOOP("RuleSummary", "this year"),
    "last_year": QT_TRANSLATE_NOOP("RuleSummary", "last year"),
}

_MATCHES: dict[str, str] = {
    "all": QT_TRANSLATE_NOOP("RuleSummary", "all of the following"),
    "any": QT_TRANSLATE_NOOP("RuleSummary", "any of the following"),
    "none": QT_TRANSLATE_NOOP("RuleSummary", "none of the following"),
}


def _fill(template: str, *args: str) -> str:
    return i18n.fill(i18n.translate("RuleSummary", template), *args)


def _duration(window: Window) -> str:
    n = window.amount
    if window.unit == "days":
        return i18n.translate("RuleSummary", "1 day") if n == 1 else i18n.translate(
            "RuleSummary", "%n days", None, n
        )
    if window.unit == "weeks":
        return i18n.translate("RuleSummary", "1 week") if n == 1 else i18n.translate(
            "RuleSummary", "%n weeks", None, n
        )
    if window.unit == "months":
        return i18n.translate("RuleSummary", "1 month") if n == 1 else i18n.translate(
            "RuleSummary", "%n months", None, n
        )
    if window.unit == "years":
        return i18n.translate("RuleSummary", "1 year") if n == 1 else i18n.translate(
            "RuleSummary", "%n years", None, n
        )
    return f"{n} {window.unit}"


def _value(value: object) -> str:
    if isinstance(value, str):
        return value
    number = number_value(value)
    if number is not None:
        return str(int(number)) if number == number.to_integral_value() else str(number)
    try:
        return json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        return str(value)


def _join(items: Sequence[str], template: str) -> str:
    if not items:
        return ""
    text = items[0]
    for item in items[1:]:
        text = _fill(template, text, item)
    return text


def _values(value: object, template: str) -> str:
    if isinstance(value, list):
        return _join([_value(v) for v in value], template)
    return _value(value)


def describe_condition(condition: Condition, catalogue: Catalogue) -> str:
    """One condition in words, e.g. ``Total spent in the last 12 months at least 500``."""
    fld = catalogue.get(condition.field)
    subject = fld.translated_label() if fld is not None else condition.field
    if condition.window is not None:
        in_window = i18n.translate("RuleSummary", "%1 in the last %2", "window")
        subject = i18n.fill(in_window, subject, _duration(condition.window))
    op, value = condition.op, condition.value
    template = _CONDITION_TEMPLATES.get(op)
    if template is None:
        return f"{subject} {op} {_value(value)}".rstrip()
    or_list = QT_TRANSLATE_NOOP("RuleSummary", "%1 or %2")
    comma_list = QT_TRANSLATE_NOOP("RuleSummary", "%1, %2")
    if op == "between" and isinstance(value, list) and len(value) == 2:
        return _fill(template, subject, _value(value[0]), _value(value[1]))
    if op in ("within_last", "older_than", "within_next", "anniversary_within_next"):
        window = relative_value(value)
        return _fill(template, subject, _duration(window) if window else _value(value))
    if op == "in_period":
        period = _PERIODS.get(value) if isinstance(value, str) else None
        return _fill(template, subject, i18n.translate("RuleSummary", period) if period else _value(value))
    if op == "in":
        return _fill(template, subject, _values(value, or_list))
    if op == "includes_any" and isinstance(value, list) and len(value) == 1:
        template = _CONDITION_TEMPLATES["includes_one"]
    if value is None:
        return _fill(template, subject, "…")  # a value still to be chosen (operators with no value ignore it)
    return _fill(template, subject, _values(value, comma_list))


def describe_match(match: str) -> str:
    """A group's heading, e.g. ``any of the following``."""
    template = _MATCHES.get(match)
    return i18n.translate("RuleSummary", template) if template else match


def _describe(node: Node, catalogue: Catalogue, nested: bool) -> str:
    if isinstance(node, Condition):
        return describe_condition(node, catalogue)
    if not node.rules:
        if node.match == "any":
            return i18n.translate("RuleSummary", "no one")
        return i18n.translate("RuleSummary", "everyone")
    parts = [_describe(child, catalogue, True) for child in node.rules]
    or_joiner = QT_TRANSLATE_NOOP("RuleSummary", "%1, or %2")
    if node.match == "none":
        return _fill(QT_TRANSLATE_NOOP("RuleSummary", "not (%1)"), _join(parts, or_joiner))
    and_joiner = QT_TRANSLATE_NOOP("RuleSummary", "%1, and %2")
    text = _join(parts, or_joiner if node.match == "any" else and_joiner)
    if nested and len(parts) > 1:
        return _fill(QT_TRANSLATE_NOOP("RuleSummary", "(%1)"), text)
    return text


def summarize(group: Group, catalogue: Catalogue) -> str:
    """The whole tree in one sentence, nested groups in parentheses."""
    return _describe(group, catalogue, nested=False)
