"""Calendar arithmetic for rules: shifts, periods, anniversaries, ages (DESIGN.md "Dates").

All functions work on local calendar dates (``datetime.date``), never on times.
Month and year steps clamp to the end of the month (31 March − 1 month = 28 February),
and 29 February counts as 28 February in years without one, both for anniversaries and
for ages (someone born on 29 February 2000 turns 1 on 28 February 2001).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from segdesk.domain.fields import PERIODS, UNITS

__all__ = [
    "DateRange",
    "age_on",
    "anniversary_in_year",
    "next_anniversary",
    "period_bounds",
    "relative_bounds",
    "shift",
    "shift_clamped",
]


def _add_months(d: date, months: int) -> date:
    month_index = d.year * 12 + (d.month - 1) + months
    year, month0 = divmod(month_index, 12)
    if not 1 <= year <= 9999:
        raise OverflowError("date value out of range")
    month = month0 + 1
    day = min(d.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def shift(d: date, amount: int, unit: str) -> date:
    """``d`` moved by ``amount`` units (negative goes back); months and years clamp to month end.

    Raises ``OverflowError`` when the result falls outside ``date.min``..``date.max``
    and ``ValueError`` for an unknown unit.
    """
    if unit == "days":
        return d + timedelta(days=amount)
    if unit == "weeks":
        return d + timedelta(weeks=amount)
    if unit == "months":
        return _add_months(d, amount)
    if unit == "years":
        return _add_months(d, 12 * amount)
    raise ValueError(f"unknown unit {unit!r} (expected one of {', '.join(UNITS)})")


def shift_clamped(d: date, amount: int, unit: str) -> date:
    """Like :func:`shift` but saturating at ``date.min`` / ``date.max`` instead of overflowing.

    Saturating is exact for range tests: no date lies beyond those limits.
    """
    try:
        return shift(d, amount, unit)
    except OverflowError:
        return date.max if amount > 0 else date.min


def _month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def period_bounds(period: str, today: date) -> tuple[date, date]:
    """First and last day (both inclusive) of ``period`` relative to ``today``.

    ``this_week`` is the ISO week (Monday..Sunday) holding ``today``; months,
    quarters and years are calendar ones.
    """
    if period in ("this_week", "last_week"):
        monday = today - timedelta(days=today.weekday())
        if period == "last_week":
            monday -= timedelta(weeks=1)
        return monday, monday + timedelta(days=6)
    if period in ("this_month", "last_month"):
        first = today.replace(day=1)
        if period == "last_month":
            first = _add_months(first, -1)
        return _month_bounds(first.year, first.month)
    if period in ("this_quarter", "last_quarter"):
        first = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        if period == "last_quarter":
            first = _add_months(first, -3)
        return first, _month_bounds(first.year, first.month + 2)[1]
    if period in ("this_year", "last_year"):
        year = today.year if period == "this_year" else today.year - 1
        return date(year, 1, 1), date(year, 12, 31)
    raise ValueError(f"unknown period {period!r} (expected one of {', '.join(PERIODS)})")


def anniversary_in_year(d: date, year: int) -> date:
    """The return of ``d``'s month and day in ``year`` (29 February becomes 28 February)."""
    if d.month == 2 and d.day == 29 and not calendar.isleap(year):
        return date(year, 2, 28)
    return date(year, d.month, d.day)


def next_anniversary(d: date, today: date) -> date:
    """The first yearly return of ``d``'s month and day on or after ``today``."""
    this_year = anniversary_in_year(d, today.year)
    if this_year >= today:
        return this_year
    return anniversary_in_year(d, today.year + 1)


def age_on(birth: date, today: date) -> int:
    """Whole years completed at ``today`` (0 before the first birthday, negative if not born yet)."""
    years = today.year - birth.year
    if today < anniversary_in_year(birth, today.year):
        years -= 1
    return years


@dataclass(frozen=True, slots=True)
class DateRange:
    """An inclusive range of dates; ``None`` means unbounded on that side."""

    first: date | None
    last: date | None

    @property
    def is_empty(self) -> bool:
        return self.first is not None and self.last is not None and self.first > self.last

    def __contains__(self, d: object) -> bool:
        if not isinstance(d, date):
            return False
        return (self.first is None or self.first <= d) and (self.last is None or d <= self.last)


def relative_bounds(op: str, amount: int, unit: str, today: date) -> DateRange:
    """The dates matched by a relative date operator, as an inclusive range.

    - ``within_last N u``: T − N u ≤ date ≤ T
    - ``older_than N u``: date < T − N u, i.e. date ≤ T − N u − 1 day
    - ``within_next N u`` and ``anniversary_within_next N u``: T ≤ date ≤ T + N u
      (for anniversaries the range applies to :func:`next_anniversary` of the date)

    Limits beyond the calendar saturate at ``date.min``/``date.max``; an ``older_than``
    limit at or before ``date.min`` gives an empty range (``first`` after ``last``).
    """
    if op == "within_last":
        return DateRange(shift_clamped(today, -amount, unit), today)
    if op == "older_than":
        try:
            limit = shift(today, -amount, unit)
        except OverflowError:
            return DateRange(date.max, date.min)  # nothing is older than the calendar
        if limit == date.min:
            return DateRange(date.max, date.min)
        return DateRange(None, limit - timedelta(days=1))
    if op in ("within_next", "anniversary_within_next"):
        return DateRange(today, shift_clamped(today, amount, unit))
    raise ValueError(f"{op!r} is not a relative date operator")
