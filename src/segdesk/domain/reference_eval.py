"""A plain-Python evaluator of rule trees, written straight from DESIGN.md's semantics.

It is the reference the SQL compiler is tested against, and it explains why one contact
is in or out of a segment. Semantics (two-valued):

- A contact's facts are read through :class:`ContactFacts` (``value(field_id, window)``);
  a plain mapping ``field id -> value`` is accepted too. Empty is ``None``, and also ``""``
  for text and choice fields and an empty collection for set fields.
- Text, choice and set comparisons ignore case (``str.casefold``), for tags and product
  codes alike. No other normalisation (accents, spaces) is applied.
- Numbers compare exactly as ``Decimal`` (a float is taken by its shortest repr, so
  ``19.99`` equals ``Decimal("19.99")``).
- Every comparison on an empty value is false. Each negative operator (``neq``,
  ``not_contains``, ``not_in``, ``excludes_any``, ``is_not_empty``, ``is_false``,
  ``not_in_segment``) is computed as ``not`` its positive one, and ``match: none`` as
  ``not any``, so negatives match empty values.
- ``all`` of no rules is true, ``any`` of no rules false, ``none`` of no rules true.
- Relative dates follow :func:`segdesk.domain.dates.relative_bounds`; a ``window`` is
  resolved by the facts provider (orders or interactions dated T − N u … T).
- Derived fields (``age``, ``last_contact_at``...) are read from the facts like any
  other; a test computes them with :mod:`segdesk.domain.dates` (``age_on``).
- ``in_segment NAME`` is true when the contact's ``id`` is in ``segment_members[NAME]``;
  an unknown name has no members.
"""

from __future__ import annotations

import dataclasses
import operator
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, NamedTuple, Protocol

from segdesk.domain.dates import next_anniversary, period_bounds, relative_bounds
from segdesk.domain.fields import DEFAULT_CATALOGUE, NEGATIONS, Catalogue, FieldType
from segdesk.domain.problems import path_str
from segdesk.domain.rule_summary import describe_condition, describe_match
from segdesk.domain.rules import (
    Condition,
    Group,
    Node,
    Path,
    Window,
    date_value,
    number_value,
    relative_value,
)

__all__ = ["ContactFacts", "Explanation", "Facts", "evaluate", "explain"]


class ContactFacts(Protocol):
    """What the evaluator knows about one contact."""

    def value(self, field_id: str, window: Window | None) -> object:
        """The field's value, limited to ``window`` for aggregates (``None`` when empty)."""
        ...


@dataclass(frozen=True, slots=True)
class Facts:
    """Facts from mappings: ``values[field_id]`` and ``windowed[(field_id, window)]``.

    A field missing from ``values`` is empty; a missing windowed value raises ``KeyError``
    (a test must say what each windowed aggregate is).
    """

    values: Mapping[str, object]
    windowed: Mapping[tuple[str, Window], object] = dataclasses.field(default_factory=dict)

    def value(self, field_id: str, window: Window | None) -> object:
        if window is None:
            return self.values.get(field_id)
        return self.windowed[(field_id, window)]


class Explanation(NamedTuple):
    """One node's outcome for one contact: ``("rules[1]", "City is Milano", False)``."""

    path: str
    description: str
    matched: bool


@dataclass(frozen=True, slots=True)
class _Context:
    facts: ContactFacts
    today: date
    catalogue: Catalogue
    segment_members: Mapping[str, set[int]]


def evaluate(
    group: Group,
    record: Mapping[str, object] | ContactFacts,
    today: date,
    *,
    catalogue: Catalogue = DEFAULT_CATALOGUE,
    segment_members: Mapping[str, set[int]] | None = None,
) -> bool:
    """Whether the contact described by ``record`` matches ``group`` on ``today``.

    The rules must be valid (see :func:`segdesk.domain.rule_validation.validate`);
    otherwise ``ValueError`` may be raised.
    """
    return _node(group, _context(record, today, catalogue, segment_members))


def explain(
    group: Group,
    record: Mapping[str, object] | ContactFacts,
    today: date,
    *,
    catalogue: Catalogue = DEFAULT_CATALOGUE,
    segment_members: Mapping[str, set[int]] | None = None,
) -> list[Explanation]:
    """Every node's outcome, parents before children (the root's path is ``""``)."""
    ctx = _context(record, today, catalogue, segment_members)
    out: list[Explanation] = []
    _explain(group, (), ctx, out)
    return out


def _context(
    record: Mapping[str, object] | ContactFacts,
    today: date,
    catalogue: Catalogue,
    segment_members: Mapping[str, set[int]] | None,
) -> _Context:
    facts: ContactFacts = Facts(record) if isinstance(record, Mapping) else record
    return _Context(facts, today, catalogue, segment_members or {})


def _explain(node: Node, path: Path, ctx: _Context, out: list[Explanation]) -> bool:
    if isinstance(node, Condition):
        matched = _condition(node, ctx)
        out.append(Explanation(path_str(path), describe_condition(node, ctx.catalogue), matched))
        return matched
    slot = len(out)
    out.append(Explanation(path_str(path), describe_match(node.match), False))
    results = [_explain(child, (*path, i), ctx, out) for i, child in enumerate(node.rules)]
    matched = _combine(node.match, results)
    out[slot] = out[slot]._replace(matched=matched)
    return matched


def _combine(match: str, results: Iterable[bool]) -> bool:
    if match == "all":
        return all(results)
    if match == "any":
        return any(results)
    if match == "none":
        return not any(results)
    raise ValueError(f"unknown match {match!r}")


def _node(node: Node, ctx: _Context) -> bool:
    if isinstance(node, Condition):
        return _condition(node, ctx)
    return _combine(node.match, (_node(child, ctx) for child in node.rules))


def _condition(cond: Condition, ctx: _Context) -> bool:
    fld = ctx.catalogue.get(cond.field)
    if fld is None:
        raise ValueError(f"unknown field {cond.field!r}")
    if cond.op not in fld.operators:
        raise ValueError(f"operator {cond.op!r} does not apply to {fld.id!r}")
    if cond.op in NEGATIONS:
        return not _positive(fld.type, NEGATIONS[cond.op], cond, ctx)
    return _positive(fld.type, cond.op, cond, ctx)


def _positive(kind: FieldType, op: str, cond: Condition, ctx: _Context) -> bool:
    if kind is FieldType.SEGMENT:
        contact_id = ctx.facts.value("id", None)
        return isinstance(cond.value, str) and contact_id in ctx.segment_members.get(cond.value, set())
    raw = ctx.facts.value(cond.field, cond.window)
    if kind in (FieldType.TEXT, FieldType.CHOICE):
        return _text(op, raw, cond.value)
    if kind in (FieldType.NUMBER, FieldType.MONEY):
        return _number(op, raw, cond.value)
    if kind is FieldType.DATE:
        return _date(op, raw, cond.value, ctx.today)
    if kind is FieldType.SET:
        return _set(op, raw, cond.value)
    if kind is FieldType.BOOLEAN:
        return raw is not None and bool(raw)
    raise ValueError(f"no semantics for {kind} {op}")


def _fold(value: object) -> str:
    return str(value).casefold()


def _text(op: str, raw: object, value: object) -> bool:
    if raw is None or raw == "":
        return op == "is_empty"
    text = _fold(raw)
    if op == "eq":
        return text == _fold(value)
    if op == "contains":
        return _fold(value) in text
    if op == "starts_with":
        return text.startswith(_fold(value))
    if op == "ends_with":
        return text.endswith(_fold(value))
    if op == "in":
        return isinstance(value, list) and text in {_fold(v) for v in value}
    if op == "is_empty":
        return False
    raise ValueError(f"no text semantics for {op!r}")


def _number(op: str, raw: object, value: object) -> bool:
    number = number_value(raw)
    if number is None:
        if raw is not None:
            raise ValueError(f"not a number: {raw!r}")
        return op == "is_empty"
    if op == "is_empty":
        return False
    if op == "between":
        if not isinstance(value, list) or len(value) != 2:
            raise ValueError(f"between needs [low, high], not {value!r}")
        low, high = number_value(value[0]), number_value(value[1])
        return low is not None and high is not None and low <= number <= high
    other = number_value(value)
    if other is None:
        raise ValueError(f"not a number: {value!r}")
    return _compare(op, number, other)


_COMPARISONS: dict[str, Callable[[Any, Any], bool]] = {
    "eq": operator.eq,
    "on": operator.eq,
    "lt": operator.lt,
    "before": operator.lt,
    "lte": operator.le,
    "gt": operator.gt,
    "after": operator.gt,
    "gte": operator.ge,
}


def _compare(op: str, left: Decimal | date, right: Decimal | date) -> bool:
    if op not in _COMPARISONS:
        raise ValueError(f"no comparison {op!r}")
    return _COMPARISONS[op](left, right)


def _date(op: str, raw: object, value: object, today: date) -> bool:
    if raw is None:
        return op == "is_empty"
    if not isinstance(raw, date):
        raise ValueError(f"not a date: {raw!r}")
    day = raw.date() if isinstance(raw, datetime) else raw
    if op == "is_empty":
        return False
    if op in ("on", "before", "after"):
        other = date_value(value)
        if other is None:
            raise ValueError(f"not a date: {value!r}")
        return _compare(op, day, other)
    if op == "between":
        if not isinstance(value, list) or len(value) != 2:
            raise ValueError(f"between needs [low, high], not {value!r}")
        low, high = date_value(value[0]), date_value(value[1])
        return low is not None and high is not None and low <= day <= high
    if op == "in_period":
        first, last = period_bounds(str(value), today)
        return first <= day <= last
    window = relative_value(value)
    if window is None:
        raise ValueError(f"expected {{amount, unit}}, not {value!r}")
    bounds = relative_bounds(op, window.amount, window.unit, today)
    if op == "anniversary_within_next":
        return next_anniversary(day, today) in bounds
    return day in bounds


def _set(op: str, raw: object, value: object) -> bool:
    if raw is None:
        items: set[str] = set()
    elif isinstance(raw, str) or not isinstance(raw, Iterable):
        raise ValueError(f"not a set of text values: {raw!r}")
    else:
        items = {_fold(item) for item in raw}
    if op == "is_empty":
        return not items
    if not isinstance(value, list):
        raise ValueError(f"expected a list of values, not {value!r}")
    wanted = [_fold(v) for v in value]
    if op == "includes_any":
        return any(w in items for w in wanted)
    if op == "includes_all":
        return all(w in items for w in wanted)
    raise ValueError(f"no set semantics for {op!r}")
