"""Cadence arithmetic: intervals, precedence, due dates, weekends and buckets (pure Python)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from segdesk.domain.cadence import (
    DEFAULT_CADENCE,
    Cadence,
    CadenceError,
    FollowUpSettings,
    bucket_of,
    computed_due,
    due_range,
    effective_cadence,
    last_touch,
    parse_cadence,
    shortest,
    skip_weekend,
    week_end,
)

D = date
DAYS = Cadence(90)
MONTHS = Cadence(3, "months")


@pytest.mark.parametrize(
    ("touched", "cadence", "expected"),
    [
        (D(2025, 1, 31), Cadence(1, "months"), D(2025, 2, 28)),
        (D(2024, 1, 31), Cadence(1, "months"), D(2024, 2, 29)),
        (D(2024, 11, 30), Cadence(3, "months"), D(2025, 2, 28)),
        (D(2025, 3, 31), Cadence(6, "months"), D(2025, 9, 30)),
        (D(2024, 2, 29), Cadence(12, "months"), D(2025, 2, 28)),
        (D(2025, 12, 15), Cadence(1, "months"), D(2026, 1, 15)),
        (D(2025, 1, 31), Cadence(30), D(2025, 3, 2)),
        (D(2024, 12, 31), Cadence(1), D(2025, 1, 1)),
    ],
)
def test_due_is_last_touch_plus_cadence_with_months_clamped(
    touched: date, cadence: Cadence, expected: date
) -> None:
    assert computed_due(touched, cadence, D(2000, 1, 1), skip_weekends=False) == expected


def test_never_contacted_is_due_today_even_when_weekends_are_skipped() -> None:
    saturday = D(2026, 11, 7)
    assert computed_due(None, DAYS, saturday, skip_weekends=False) == saturday
    assert computed_due(None, DAYS, saturday, skip_weekends=True) == saturday


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (D(2026, 11, 6), D(2026, 11, 6)),  # Friday stays
        (D(2026, 11, 7), D(2026, 11, 9)),  # Saturday -> Monday
        (D(2026, 11, 8), D(2026, 11, 9)),  # Sunday -> Monday
        (D(2026, 11, 9), D(2026, 11, 9)),  # Monday stays
        (D(2026, 12, 27), D(2026, 12, 28)),  # Sunday across a year's last week
        (D(2027, 1, 2), D(2027, 1, 4)),
    ],
)
def test_skip_weekend_moves_saturday_and_sunday_to_monday(day: date, expected: date) -> None:
    assert skip_weekend(day) == expected


def test_skipping_weekends_applies_to_the_computed_date() -> None:
    # 2026-08-08 + 3 months = 2026-11-08, a Sunday.
    assert computed_due(D(2026, 8, 8), MONTHS, D(2026, 1, 1), skip_weekends=True) == D(2026, 11, 9)
    assert computed_due(D(2026, 8, 8), MONTHS, D(2026, 1, 1), skip_weekends=False) == D(2026, 11, 8)


@given(st.dates(D(2000, 1, 1), D(2090, 12, 31)))
def test_skip_weekend_lands_on_a_weekday_at_most_two_days_later(day: date) -> None:
    moved = skip_weekend(day)
    assert moved.weekday() < 5
    assert 0 <= (moved - day).days <= 2
    assert (moved == day) == (day.weekday() < 5)


def test_effective_cadence_own_then_shortest_segment_then_default() -> None:
    default = Cadence(120)
    assert effective_cadence(Cadence(200), [Cadence(30)], default) == Cadence(200)
    assert effective_cadence(
        None, [Cadence(6, "months"), Cadence(45), Cadence(2, "months")], default
    ) == Cadence(45)
    assert effective_cadence(None, [], default) == default


def test_shortest_compares_months_as_30_4375_days_and_prefers_days_on_a_tie() -> None:
    assert shortest([MONTHS, Cadence(91)]) == Cadence(91)  # 91 < 91.3125
    assert shortest([MONTHS, Cadence(92)]) == MONTHS
    assert shortest([Cadence(16, "months"), Cadence(487)]) == Cadence(487)  # exactly equal lengths
    assert shortest([]) is None


def test_approximate_days_of_month_cadences() -> None:
    assert [Cadence(n, "months").approx_days for n in (1, 2, 3, 6, 12)] == [30, 61, 91, 183, 365]
    assert Cadence(45).approx_days == 45


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("90", Cadence(90)),
        ("90 days", Cadence(90)),
        ("1 day", Cadence(1)),
        ("2 weeks", Cadence(14)),
        ("3 months", MONTHS),
        ("every 6 Months", Cadence(6, "months")),
        ("1 year", Cadence(12, "months")),
        ("  45d ", Cadence(45)),
    ],
)
def test_parse_cadence(text: str, expected: Cadence) -> None:
    assert parse_cadence(text) == expected
    assert parse_cadence(str(expected)) == expected


@pytest.mark.parametrize(
    "text", ["", "soon", "3 fortnights", "-5 days", "0 days", "121 months", "99999 days"]
)
def test_unusable_cadences_are_refused_in_words(text: str) -> None:
    with pytest.raises(CadenceError) as raised:
        parse_cadence(text)
    assert "Traceback" not in str(raised.value) and str(raised.value)


def test_cadence_columns_months_win_and_non_positive_values_are_unset() -> None:
    assert Cadence.from_columns(90, 3) == MONTHS
    assert Cadence.from_columns(90, None) == DAYS
    assert Cadence.from_columns(0, 0) is None
    assert Cadence.from_columns(-4, None) is None
    assert MONTHS.columns() == (None, 3)
    assert DAYS.columns() == (90, None)


def test_describe_uses_the_plural_hook() -> None:
    assert MONTHS.describe() == "every 3 months"
    assert Cadence(1).describe() == "every 1 days"  # English plural forms come from the translator


def test_last_touch_counts_orders_only_when_configured() -> None:
    visit, order = D(2026, 3, 1), D(2026, 5, 1)
    assert last_touch(visit, order, "interaction") == visit
    assert last_touch(visit, order, "interaction_or_order") == order
    assert last_touch(None, order, "interaction") is None
    assert last_touch(None, order, "interaction_or_order") == order
    assert last_touch(visit, None, "interaction_or_order") == visit


# Monday 2026-11-09 .. Sunday 2026-11-15 is ISO week 46.
@pytest.mark.parametrize(
    ("today", "due", "bucket"),
    [
        (D(2026, 11, 9), D(2026, 11, 8), "overdue"),
        (D(2026, 11, 9), D(2026, 11, 9), "today"),
        (D(2026, 11, 9), D(2026, 11, 15), "week"),
        (D(2026, 11, 9), D(2026, 11, 16), "later"),
        (D(2026, 11, 15), D(2026, 11, 15), "today"),
        (D(2026, 11, 15), D(2026, 11, 16), "later"),  # on Sunday, Monday is next week
        (D(2026, 11, 14), D(2026, 11, 15), "week"),
        (D(2026, 12, 31), D(2027, 1, 3), "week"),  # ISO week 53 spans the new year
        (D(2026, 12, 31), D(2027, 1, 4), "later"),
    ],
)
def test_buckets_follow_the_iso_week(today: date, due: date, bucket: str) -> None:
    assert bucket_of(due, today) == bucket


@given(st.dates(D(2000, 1, 1), D(2090, 12, 31)))
def test_week_end_is_the_sunday_of_the_iso_week(today: date) -> None:
    end = week_end(today)
    assert end.weekday() == 6
    assert end.isocalendar()[:2] == today.isocalendar()[:2]


def test_due_ranges() -> None:
    wednesday = D(2026, 11, 11)
    assert due_range("overdue", wednesday) == (None, wednesday - timedelta(days=1))
    assert due_range("today", wednesday) == (None, wednesday)
    assert due_range("week", wednesday) == (None, D(2026, 11, 15))
    assert due_range("all", wednesday) == (None, None)
    with pytest.raises(CadenceError):
        due_range("someday", wednesday)  # type: ignore[arg-type]


def test_settings_round_trip_and_fall_back_to_defaults() -> None:
    settings = FollowUpSettings(MONTHS, "interaction_or_order", True)
    assert FollowUpSettings.from_mapping(settings.to_mapping()) == settings
    assert FollowUpSettings.from_mapping({}) == FollowUpSettings(DEFAULT_CADENCE, "interaction", False)
    broken = {"followup.default_cadence": "often", "followup.touch": "smoke signals"}
    assert FollowUpSettings.from_mapping(broken) == FollowUpSettings()
