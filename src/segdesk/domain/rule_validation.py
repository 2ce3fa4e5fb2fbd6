"""Checks a rule tree against the field catalogue and reports every problem with its path.

Decisions: an empty *root* group is valid (``all``/``none`` of nothing match everyone,
``any`` of nothing matches no one, as in logic); an empty *nested* group is a problem,
since it is always an editing leftover. Text values must be non-empty strings (use
``is_empty`` to look for empty values). ``choice`` fields with a fixed option list only
accept those options (compared ignoring case).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from segdesk.domain import i18n
from segdesk.domain.fields import OPERATORS, PERIODS, UNITS, Catalogue, Field, FieldType
from segdesk.domain.problems import Problem, RuleError, path_str
from segdesk.domain.rules import (
    MATCHES,
    Condition,
    Group,
    Path,
    Window,
    date_value,
    number_value,
    parse_rules,
    relative_value,
    walk,
)

__all__ = ["Problem", "RuleError", "load_rules", "validate"]

ALL_OPERATORS = frozenset(op for ops in OPERATORS.values() for op in ops)
NO_VALUE_OPS = frozenset({"is_empty", "is_not_empty", "is_true", "is_false"})
COMPARISON_OPS = frozenset({"eq", "neq", "lt", "lte", "gt", "gte"})
TEXT_OPS = frozenset({"contains", "not_contains", "starts_with", "ends_with"})
LIST_OPS = frozenset({"in", "not_in", "includes_any", "includes_all", "excludes_any"})
DATE_OPS = frozenset({"on", "before", "after"})
RELATIVE_OPS = frozenset({"within_last", "older_than", "within_next", "anniversary_within_next"})
SEGMENT_OPS = frozenset({"in_segment", "not_in_segment"})


def load_rules(
    doc: Mapping[str, Any] | str, catalogue: Catalogue, segment_names: Collection[str] | None = None
) -> Group:
    """Parse and validate ``doc``; raises :class:`RuleError` listing every problem."""
    group = parse_rules(doc)
    problems = validate(group, catalogue, segment_names=segment_names)
    if problems:
        raise RuleError(problems)
    return group


def validate(
    group: Group, catalogue: Catalogue, *, segment_names: Collection[str] | None = None
) -> list[Problem]:
    """Every problem in ``group``, in tree order; an empty list means the rules can run."""
    problems: list[Problem] = []
    for path, node in walk(group):
        if isinstance(node, Group):
            if node.match not in MATCHES:
                message = i18n.translate("Rules", "expected \"all\", \"any\" or \"none\", not \"%1\"")
                problems.append(Problem(path_str(path, "match"), i18n.fill(message, node.match)))
            if path and not node.rules:
                problems.append(Problem(path_str(path), i18n.translate("Rules", "empty group")))
        else:
            _ConditionCheck(node, path, catalogue, segment_names, problems).run()
    return problems


class _ConditionCheck:
    """The checks of one condition, appending to a shared problem list."""

    def __init__(
        self,
        condition: Condition,
        path: Path,
        catalogue: Catalogue,
        segment_names: Collection[str] | None,
        problems: list[Problem],
    ) -> None:
        self.condition = condition
        self.path = path
        self.catalogue = catalogue
        self.segment_names = segment_names
        self.problems = problems

    def add(self, message: str, *suffix: str) -> None:
        self.problems.append(Problem(path_str(self.path, *suffix), message))

    def run(self) -> None:
        cond = self.condition
        fld = self.catalogue.get(cond.field)
        if fld is None:
            self.add(i18n.fill(i18n.translate("Rules", "unknown field \"%1\""), cond.field))
        if cond.op not in ALL_OPERATORS:
            self.add(i18n.fill(i18n.translate("Rules", "unknown operator \"%1\""), cond.op))
        elif fld is not None and cond.op not in fld.operators:
            message = i18n.translate("Rules", "operator \"%1\" does not apply to \"%2\"")
            self.add(i18n.fill(message, cond.op, fld.id))
        elif fld is not None:
            self.check_value(fld)
        if cond.window is not None:
            self.check_window(fld, cond.window)

    def check_window(self, fld: Field | None, window: Window) -> None:
        if fld is not None and not fld.accepts_window:
            message = i18n.translate("Rules", "\"window\" only applies to purchase and activity totals")
            self.add(message, "window")
            return
        self.check_amount_unit(window, "window")

    def check_amount_unit(self, window: Window, where: str) -> None:
        if window.amount < 0:
            self.add(i18n.translate("Rules", "expected a whole number, 0 or more"), where, "amount")
        if window.unit not in UNITS:
            message = i18n.translate("Rules", "unknown unit \"%1\" (expected days, weeks, months or years)")
            self.add(i18n.fill(message, window.unit), where, "unit")

    def check_value(self, fld: Field) -> None:
        op, value = self.condition.op, self.condition.value
        if op in NO_VALUE_OPS:
            if value is not None:
                self.add(i18n.translate("Rules", "this operator takes no value"), "value")
        elif op in COMPARISON_OPS:
            if fld.type in (FieldType.NUMBER, FieldType.MONEY):
                self.check_number(value, "value")
            else:
                self.check_text(value, "value")
        elif op in TEXT_OPS:
            self.check_text(value, "value")
        elif op in LIST_OPS:
            self.check_text_list(value, fld)
        elif op == "between":
            self.check_between(value, fld)
        elif op in DATE_OPS:
            self.check_date(value, "value")
        elif op in RELATIVE_OPS:
            window = relative_value(value)
            if window is None:
                message = i18n.translate(
                    "Rules", "expected {\"amount\": N, \"unit\": \"days\"} (or weeks, months, years)"
                )
                self.add(message, "value")
            else:
                self.check_amount_unit(window, "value")
        elif op == "in_period":
            if value not in PERIODS:
                message = i18n.translate("Rules", "expected one of %1")
                self.add(i18n.fill(message, ", ".join(PERIODS)), "value")
        elif op in SEGMENT_OPS:
            self.check_segment(value)

    def check_number(self, value: object, *where: str) -> bool:
        if number_value(value) is None:
            self.add(i18n.translate("Rules", "expected a number"), *where)
            return False
        return True

    def check_text(self, value: object, *where: str) -> bool:
        if not isinstance(value, str) or not value:
            self.add(i18n.translate("Rules", "expected non-empty text"), *where)
            return False
        return True

    def check_date(self, value: object, *where: str) -> bool:
        if date_value(value) is None:
            self.add(i18n.translate("Rules", "expected a date as YYYY-MM-DD"), *where)
            return False
        return True

    def check_text_list(self, value: object, fld: Field) -> None:
        if not isinstance(value, list) or not value:
            self.add(i18n.translate("Rules", "expected a non-empty list of values"), "value")
            return
        options = {o.casefold() for o in fld.options}
        for i, item in enumerate(value):
            if self.check_text(item, f"value[{i}]") and options and str(item).casefold() not in options:
                message = i18n.translate("Rules", "\"%1\" is not one of %2")
                self.add(i18n.fill(message, str(item), ", ".join(fld.options)), f"value[{i}]")

    def check_between(self, value: object, fld: Field) -> None:
        if not isinstance(value, list) or len(value) != 2:
            self.add(i18n.translate("Rules", "expected a list of two values [low, high]"), "value")
            return
        if fld.type is FieldType.DATE:
            ok = [self.check_date(v, f"value[{i}]") for i, v in enumerate(value)]
            d_low, d_high = date_value(value[0]), date_value(value[1])
            inverted = d_low is not None and d_high is not None and d_low > d_high
        else:
            ok = [self.check_number(v, f"value[{i}]") for i, v in enumerate(value)]
            n_low, n_high = number_value(value[0]), number_value(value[1])
            inverted = n_low is not None and n_high is not None and n_low > n_high
        if all(ok) and inverted:
            self.add(i18n.translate("Rules", "the low end is greater than the high end"), "value")

    def check_segment(self, value: object) -> None:
        if not isinstance(value, str) or not value:
            self.add(i18n.translate("Rules", "expected a segment name"), "value")
        elif self.segment_names is not None and value not in self.segment_names:
            self.add(i18n.fill(i18n.translate("Rules", "unknown segment \"%1\""), value), "value")
