"""The positive operators as SQL predicates on one value (see :mod:`segdesk.segments.columns`).

Negative operators are built by the compiler as ``NOT`` of these. Numbers compare
exactly: a rule value is a ``Decimal``; against integer columns (counts, cents) the
bounds are rounded up or down in Python so the integer comparison is exact, against
float columns (custom numbers) the value is bound as the nearest float.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, extract, false, or_, true

from segdesk.domain.dates import (
    DateRange,
    age_on,
    anniversary_in_year,
    period_bounds,
    relative_bounds,
    shift,
)
from segdesk.domain.rules import date_value, number_value, relative_value
from segdesk.segments.columns import AgeSource, AverageSource, ColumnSource, Pred, ValueKind
from segdesk.segments.folding import casefold, fold_value

__all__ = [
    "age_predicate",
    "average_predicate",
    "date_predicate",
    "number_predicate",
    "text_predicate",
]

LIKE_ESCAPE = "/"


def _like_escape(text: str) -> str:
    return text.replace("/", "//").replace("%", "/%").replace("_", "/_")


def _texts(value: object) -> list[str]:
    items = value if isinstance(value, list) else [value]
    return list(dict.fromkeys(fold_value(v) for v in items))


def _in(expr: ColumnElement[Any], values: Iterable[Any]) -> ColumnElement[bool]:
    values = list(values)
    if not values:
        return false()
    if len(values) == 1:
        single: ColumnElement[bool] = expr == values[0]
        return single
    return expr.in_(values)


def _option_in(source: ColumnSource, wanted: list[str]) -> ColumnElement[bool]:
    """``in`` on a fixed-choice column: exact codes first, folding only for odd spellings."""
    codes = [o for o in source.options if o.casefold() in wanted]
    if source.canonical:
        return _in(source.expr, codes)
    odd = and_(source.expr.not_in(source.options), _in(casefold(source.expr), wanted))
    return or_(_in(source.expr, codes), odd)


def text_predicate(op: str, value: object, source: Any) -> Pred | ColumnElement[bool]:
    """``eq``, ``in``, ``contains``, ``starts_with``, ``ends_with`` ignoring case.

    Returns a whole predicate (already guarded) for fixed-choice columns, else a Pred.
    """
    wanted = _texts(value)
    if op in ("eq", "in") and isinstance(source, ColumnSource) and source.options:
        return source.positive(lambda _expr: _option_in(source, wanted))
    if op in ("eq", "in"):
        return lambda expr: _in(casefold(expr), wanted)
    text = _like_escape(wanted[0])
    pattern = {"contains": f"%{text}%", "starts_with": f"{text}%", "ends_with": f"%{text}"}[op]
    return lambda expr: casefold(expr).like(pattern, escape=LIKE_ESCAPE)


# ------------------------------------------------------------------ numbers


def _decimal(value: object) -> Decimal:
    number = number_value(value)
    if number is None:
        raise ValueError(f"not a number: {value!r}")
    return number


def _bounds(op: str, value: object, scale: int) -> tuple[Decimal | None, Decimal | None, bool]:
    """(low, high, exact_only) as scaled Decimals: ``low <= x <= high``; eq needs x == low."""
    if op == "between":
        assert isinstance(value, list)
        return _decimal(value[0]) * scale, _decimal(value[1]) * scale, False
    v = _decimal(value) * scale
    return {
        "eq": (v, v, True),
        "gte": (v, None, False),
        "lte": (None, v, False),
        "gt": (v, None, False),
        "lt": (None, v, False),
    }[op]


def _int_range(op: str, value: object, scale: int) -> tuple[int | None, int | None] | None:
    """The integers matched, as an inclusive range; ``None`` when no integer matches."""
    low, high, _ = _bounds(op, value, scale)
    lo = None if low is None else (math.floor(low) + 1 if op == "gt" else math.ceil(low))
    hi = None if high is None else (math.ceil(high) - 1 if op == "lt" else math.floor(high))
    if lo is not None and hi is not None and lo > hi:
        return None
    return lo, hi


def zero_matches(op: str, value: object, scale: int) -> bool:
    """Whether the number 0 satisfies ``op value`` (a count or total with no facts is 0)."""
    span = _int_range(op, value, scale)
    return span is not None and (span[0] is None or span[0] <= 0) and (span[1] is None or span[1] >= 0)


def number_predicate(op: str, value: object, kind: ValueKind, scale: int) -> Pred | ColumnElement[bool]:
    """Comparisons of a number (``scale`` 100 for money in cents)."""
    if kind == "int":
        span = _int_range(op, value, scale)
        if span is None:
            return false()
        lo, hi = span

        def pred(expr: ColumnElement[Any]) -> ColumnElement[bool]:
            parts = []
            if lo is not None and lo == hi:
                return expr == lo
            if lo is not None:
                parts.append(expr >= lo)
            if hi is not None:
                parts.append(expr <= hi)
            return and_(*parts) if parts else true()

        return pred
    low, high, _ = _bounds(op, value, scale)
    flo = None if low is None else float(low)
    fhi = None if high is None else float(high)
    compare = {
        "eq": lambda e: e == flo,
        "gte": lambda e: e >= flo,
        "gt": lambda e: e > flo,
        "lte": lambda e: e <= fhi,
        "lt": lambda e: e < fhi,
        "between": lambda e: and_(e >= flo, e <= fhi),
    }
    return compare[op]


def average_predicate(op: str, value: object, source: AverageSource) -> ColumnElement[bool]:
    """Average order value rounded half-even to the cent, compared exactly in integers.

    ``round(total / count) >= k`` iff ``2 total > (2k - 1) count``, or ``>=`` when ``k``
    is even (a tie rounds to the even neighbour).
    """
    total, count = source.total, source.count

    def at_least(k: int) -> ColumnElement[bool]:
        left, right = 2 * total, (2 * k - 1) * count
        return left >= right if k % 2 == 0 else left > right

    span = _int_range(op, value, 100)
    if span is None:
        return false()
    lo, hi = span
    parts = [count > 0]
    if lo is not None:
        parts.append(at_least(lo))
    if hi is not None:
        parts.append(~at_least(hi + 1))
    return source.wrap(and_(*parts))


def _latest_birth(years: int, today: date) -> date | bool | None:
    """The latest birth date aged at least ``years`` today: a date, False (none) or True (all)."""
    try:
        candidate = shift(today, -years, "years")
    except OverflowError:
        return years < 0
    while candidate < date.max and age_on(candidate + timedelta(days=1), today) >= years:
        candidate += timedelta(days=1)
    return candidate


def _born_by(years: int, today: date, birth: ColumnElement[Any]) -> ColumnElement[bool]:
    """``age >= years`` on a non-NULL birth date."""
    latest = _latest_birth(years, today)
    if isinstance(latest, bool):
        return true() if latest else false()
    return birth <= latest


def age_predicate(op: str, value: object, source: AgeSource, today: date) -> ColumnElement[bool]:
    span = _int_range(op, value, 1)
    if span is None:
        return false()
    lo, hi = span
    parts: list[ColumnElement[bool]] = [source.birth.is_not(None)]
    if lo is not None:
        parts.append(_born_by(lo, today, source.birth))
    if hi is not None:
        parts.append(~_born_by(hi + 1, today, source.birth))
    return and_(*parts)


# ------------------------------------------------------------------ dates


def _date_range(op: str, value: object, today: date) -> DateRange:
    if op == "in_period":
        first, last = period_bounds(str(value), today)
        return DateRange(first, last)
    if op == "between":
        assert isinstance(value, list)
        return DateRange(date_value(value[0]), date_value(value[1]))
    if op in ("on", "before", "after"):
        day = date_value(value)
        assert day is not None
        if op == "on":
            return DateRange(day, day)
        if op == "before":
            return (
                DateRange(None, day - timedelta(days=1)) if day > date.min else DateRange(date.max, date.min)
            )
        return DateRange(day + timedelta(days=1), None) if day < date.max else DateRange(date.max, date.min)
    window = relative_value(value)
    assert window is not None
    return relative_bounds(op, window.amount, window.unit, today)


def _in_range(expr: ColumnElement[Any], kind: ValueKind, span: DateRange) -> ColumnElement[bool]:
    if span.is_empty:
        return false()
    parts = []
    if span.first is not None:
        first: date | datetime = span.first
        if kind == "datetime":
            first = datetime.combine(span.first, time.min)
        parts.append(expr >= first)
    if span.last is not None:
        if kind == "datetime":
            if span.last < date.max:
                parts.append(expr < datetime.combine(span.last + timedelta(days=1), time.min))
        else:
            parts.append(expr <= span.last)
    return and_(*parts) if parts else true()


_YEAR_KEYS = [d.month * 100 + d.day for d in (date(2000, 1, 1) + timedelta(days=i) for i in range(366))]


def _month_day_runs(first: date, last: date) -> list[tuple[int, int]] | None:
    """``month * 100 + day`` keys whose next anniversary falls in first..last, as runs.

    ``None`` when every date matches (the window spans a whole year).
    """
    if (last - first).days >= 365:
        return None
    keys: set[int] = set()
    day = first
    while day <= last:
        keys.add(day.month * 100 + day.day)
        if day.month == 2 and day.day == 28 and anniversary_in_year(date(2000, 2, 29), day.year) == day:
            keys.add(229)  # 29 February counts as 28 February in other years
        if day == date.max:
            break
        day += timedelta(days=1)
    runs: list[tuple[int, int]] = []
    previous = False
    for key in _YEAR_KEYS:
        if key in keys:
            runs[-1:] = [(runs[-1][0], key)] if previous else [*runs[-1:], (key, key)]
        previous = key in keys
    return runs


def _anniversary(expr: ColumnElement[Any], span: DateRange) -> ColumnElement[bool]:
    assert span.first is not None and span.last is not None
    if span.is_empty:
        return false()
    runs = _month_day_runs(span.first, span.last)
    if runs is None:
        return true()
    key = extract("month", expr) * 100 + extract("day", expr)
    return or_(*(key == lo if lo == hi else key.between(lo, hi) for lo, hi in runs)) if runs else false()


def date_predicate(op: str, value: object, kind: ValueKind, today: date) -> Pred | ColumnElement[bool]:
    span = _date_range(op, value, today)
    if op == "anniversary_within_next":
        return lambda expr: _anniversary(expr, span)
    if span.is_empty:
        return false()
    return lambda expr: _in_range(expr, kind, span)
