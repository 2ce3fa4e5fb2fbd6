from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from segdesk.domain.dates import (
    DateRange,
    age_on,
    next_anniversary,
    period_bounds,
    relative_bounds,
    shift,
    shift_clamped,
)

D = date


@pytest.mark.parametrize(
    ("start", "amount", "unit", "expected"),
    [
        (D(2023, 3, 31), -1, "months", D(2023, 2, 28)),
        (D(2024, 3, 31), -1, "months", D(2024, 2, 29)),
        (D(2024, 1, 31), 1, "months", D(2024, 2, 29)),
        (D(2023, 5, 31), 1, "months", D(2023, 6, 30)),
        (D(2024, 2, 29), 1, "years", D(2025, 2, 28)),
        (D(2024, 2, 29), -4, "years", D(2020, 2, 29)),
        (D(2024, 1, 15), -13, "months", D(2022, 12, 15)),
        (D(2024, 12, 15), 1, "months", D(2025, 1, 15)),
        (D(2024, 3, 1), -1, "days", D(2024, 2, 29)),
        (D(2024, 1, 1), -2, "weeks", D(2023, 12, 18)),
        (D(2024, 1, 1), 0, "years", D(2024, 1, 1)),
    ],
)
def test_shift(start: date, amount: int, unit: str, expected: date) -> None:
    assert shift(start, amount, unit) == expected


def test_shift_rejects_unknown_unit_and_overflows() -> None:
    with pytest.raises(ValueError, match="fortnights"):
        shift(D(2024, 1, 1), 1, "fortnights")
    with pytest.raises(OverflowError):
        shift(D(9999, 12, 1), 1, "months")
    with pytest.raises(OverflowError):
        shift(D(2024, 1, 1), -3000, "years")
    assert shift_clamped(D(2024, 1, 1), -3000, "years") == date.min
    assert shift_clamped(D(2024, 1, 1), 4 * 10**6, "days") == date.max


@settings(deadline=None)
@given(st.dates(D(1900, 1, 1), D(2100, 12, 31)), st.integers(-600, 600))
def test_month_shift_is_clamped_calendar_step(d: date, months: int) -> None:
    moved = shift(d, months, "months")
    assert (moved.year * 12 + moved.month) - (d.year * 12 + d.month) == months
    assert moved.day == d.day or (moved.day < d.day and (moved + timedelta(days=1)).day == 1)


@pytest.mark.parametrize(
    ("period", "today", "first", "last"),
    [
        ("this_week", D(2024, 12, 31), D(2024, 12, 30), D(2025, 1, 5)),  # ISO week 1 of 2025
        ("this_week", D(2021, 1, 3), D(2020, 12, 28), D(2021, 1, 3)),  # a Sunday
        ("this_week", D(2024, 6, 3), D(2024, 6, 3), D(2024, 6, 9)),  # a Monday
        ("last_week", D(2025, 1, 2), D(2024, 12, 23), D(2024, 12, 29)),
        ("this_month", D(2024, 2, 10), D(2024, 2, 1), D(2024, 2, 29)),
        ("last_month", D(2024, 3, 31), D(2024, 2, 1), D(2024, 2, 29)),
        ("last_month", D(2024, 1, 15), D(2023, 12, 1), D(2023, 12, 31)),
        ("this_quarter", D(2024, 5, 31), D(2024, 4, 1), D(2024, 6, 30)),
        ("this_quarter", D(2024, 12, 31), D(2024, 10, 1), D(2024, 12, 31)),
        ("last_quarter", D(2024, 2, 29), D(2023, 10, 1), D(2023, 12, 31)),
        ("last_quarter", D(2024, 8, 1), D(2024, 4, 1), D(2024, 6, 30)),
        ("this_year", D(2024, 7, 4), D(2024, 1, 1), D(2024, 12, 31)),
        ("last_year", D(2024, 1, 1), D(2023, 1, 1), D(2023, 12, 31)),
    ],
)
def test_period_bounds(period: str, today: date, first: date, last: date) -> None:
    assert period_bounds(period, today) == (first, last)


@settings(deadline=None)
@given(st.dates(D(1900, 1, 8), D(2100, 12, 31)))
def test_this_week_is_the_iso_week(today: date) -> None:
    first, last = period_bounds("this_week", today)
    assert first.isocalendar()[:2] == today.isocalendar()[:2] == last.isocalendar()[:2]
    assert first.isoweekday() == 1
    assert last - first == timedelta(days=6)
    assert period_bounds("last_week", today) == (first - timedelta(7), last - timedelta(7))


def test_unknown_period() -> None:
    with pytest.raises(ValueError, match="fortnight"):
        period_bounds("this_fortnight", D(2024, 1, 1))


@pytest.mark.parametrize(
    ("d", "today", "expected"),
    [
        (D(1980, 5, 10), D(2024, 5, 10), D(2024, 5, 10)),
        (D(1980, 5, 10), D(2024, 5, 11), D(2025, 5, 10)),
        (D(2000, 2, 29), D(2023, 1, 1), D(2023, 2, 28)),
        (D(2000, 2, 29), D(2023, 3, 1), D(2024, 2, 29)),
        (D(2000, 2, 29), D(2024, 2, 29), D(2024, 2, 29)),
        (D(2000, 2, 29), D(2024, 3, 1), D(2025, 2, 28)),
        (D(1990, 12, 31), D(2024, 12, 31), D(2024, 12, 31)),
        (D(1990, 1, 1), D(2024, 12, 31), D(2025, 1, 1)),
    ],
)
def test_next_anniversary(d: date, today: date, expected: date) -> None:
    assert next_anniversary(d, today) == expected


@pytest.mark.parametrize(
    ("birth", "today", "age"),
    [
        (D(1980, 5, 10), D(2024, 5, 9), 43),
        (D(1980, 5, 10), D(2024, 5, 10), 44),
        (D(2000, 2, 29), D(2001, 2, 27), 0),
        (D(2000, 2, 29), D(2001, 2, 28), 1),  # 29 February counts as 28 February
        (D(2000, 2, 29), D(2004, 2, 28), 3),
        (D(2000, 2, 29), D(2004, 2, 29), 4),
        (D(2024, 6, 1), D(2024, 6, 1), 0),
    ],
)
def test_age_on(birth: date, today: date, age: int) -> None:
    assert age_on(birth, today) == age


T = D(2024, 3, 31)


@pytest.mark.parametrize(
    ("op", "amount", "unit", "first", "last"),
    [
        ("within_last", 1, "months", D(2024, 2, 29), T),
        ("within_last", 0, "days", T, T),
        ("within_last", 2, "weeks", D(2024, 3, 17), T),
        ("older_than", 1, "months", None, D(2024, 2, 28)),
        ("older_than", 90, "days", None, D(2023, 12, 31)),
        ("within_next", 1, "years", T, D(2025, 3, 31)),
        ("anniversary_within_next", 7, "days", T, D(2024, 4, 7)),
    ],
)
def test_relative_bounds(op: str, amount: int, unit: str, first: date | None, last: date | None) -> None:
    assert relative_bounds(op, amount, unit, T) == DateRange(first, last)


def test_relative_bounds_beyond_the_calendar() -> None:
    everything = relative_bounds("within_last", 5000, "years", T)
    assert date.min in everything and T in everything and T + timedelta(1) not in everything
    nothing = relative_bounds("older_than", 5000, "years", T)
    assert nothing.is_empty and date.min not in nothing
    assert relative_bounds("within_next", 4 * 10**6, "days", T) == DateRange(T, date.max)
    with pytest.raises(ValueError, match="relative"):
        relative_bounds("on", 1, "days", T)


def test_older_than_is_strict() -> None:
    bounds = relative_bounds("older_than", 90, "days", T)
    assert T - timedelta(90) not in bounds
    assert T - timedelta(91) in bounds
