"""Follow-up cadence arithmetic: intervals, the effective cadence, due dates, buckets.

Pure Python on local calendar dates. The SQL of :mod:`segdesk.followups` computes the
same things set-based; the tests compare both.

- A cadence is a number of days or of calendar months. Months step like
  :func:`segdesk.domain.dates.shift`, clamped to the month's end
  (31 January + 1 month = 28 or 29 February).
- The effective cadence of a contact is its own, else the shortest of its segments',
  else the default. "Shortest" compares nominal lengths with a month of 30.4375 days
  (365.25 / 12), so 90 days is shorter than 3 months; on a tie days win.
- Due date = last touch + cadence, moved from Saturday or Sunday to Monday when
  weekends are skipped; never touched = due today.
- Buckets: overdue (before today), today, week (after today up to the Sunday of the ISO
  week holding today), later.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal, get_args

from segdesk.domain import i18n
from segdesk.domain.dates import shift_clamped

__all__ = [
    "BUCKETS",
    "DEFAULT_CADENCE",
    "DUE_FILTERS",
    "MAX_DAYS",
    "MAX_MONTHS",
    "SETTING_KEYS",
    "TOUCHES",
    "Bucket",
    "Cadence",
    "CadenceError",
    "DueFilter",
    "FollowUpSettings",
    "Touch",
    "bucket_of",
    "computed_due",
    "due_range",
    "effective_cadence",
    "last_touch",
    "parse_cadence",
    "shortest",
    "skip_weekend",
    "week_end",
]

CadenceUnit = Literal["days", "months"]
Touch = Literal["interaction", "interaction_or_order"]
Bucket = Literal["overdue", "today", "week", "later"]
DueFilter = Literal["overdue", "today", "week", "all"]
TOUCHES: tuple[Touch, ...] = get_args(Touch)
BUCKETS: tuple[Bucket, ...] = get_args(Bucket)
DUE_FILTERS: tuple[DueFilter, ...] = get_args(DueFilter)

MAX_DAYS = 3660  # ten years
MAX_MONTHS = 120
# Nominal lengths compare as integers: a day weighs 48, a month 1461 (30.4375 days x 48).
DAY_WEIGHT, MONTH_WEIGHT = 48, 1461


class CadenceError(ValueError):
    """A cadence the user wrote that cannot be used; the message is in the user's language."""


@dataclass(frozen=True, slots=True)
class Cadence:
    """Every ``amount`` days or calendar months."""

    amount: int
    unit: CadenceUnit = "days"

    def __post_init__(self) -> None:
        if self.unit not in ("days", "months"):
            raise CadenceError(f"unknown cadence unit {self.unit!r}")
        if self.unit == "days" and not 1 <= self.amount <= MAX_DAYS:
            message = i18n.translate("Follow-ups", "A follow-up interval must be from 1 to %1 days.")
            raise CadenceError(i18n.fill(message, MAX_DAYS))
        if self.unit == "months" and not 1 <= self.amount <= MAX_MONTHS:
            message = i18n.translate("Follow-ups", "A follow-up interval must be from 1 to %1 months.")
            raise CadenceError(i18n.fill(message, MAX_MONTHS))

    @classmethod
    def from_columns(cls, days: int | None, months: int | None) -> Cadence | None:
        """The cadence stored as ``cadence_days`` / ``cadence_months`` (months win; 0 or less is unset)."""
        if months is not None and months > 0:
            return cls(min(months, MAX_MONTHS), "months")
        if days is not None and days > 0:
            return cls(min(days, MAX_DAYS), "days")
        return None

    def columns(self) -> tuple[int | None, int | None]:
        """``(cadence_days, cadence_months)`` to store."""
        return (self.amount, None) if self.unit == "days" else (None, self.amount)

    @property
    def length_key(self) -> int:
        """Nominal length as an integer (1/48 day): what "shortest" compares."""
        return self.amount * (DAY_WEIGHT if self.unit == "days" else MONTH_WEIGHT)

    @property
    def approx_days(self) -> int:
        """Length in whole days (months of 30.4375 days, rounded): the ``cadence_days`` field."""
        if self.unit == "days":
            return self.amount
        return (self.amount * MONTH_WEIGHT + DAY_WEIGHT // 2) // DAY_WEIGHT

    def after(self, day: date) -> date:
        """``day`` plus this interval (months clamp to the month's end)."""
        return shift_clamped(day, self.amount, self.unit)

    def __str__(self) -> str:
        """Machine form, as stored in settings: ``90 days``, ``3 months``."""
        return f"{self.amount} {self.unit}"

    def describe(self) -> str:
        """For people, in their language: "every 3 months"."""
        if self.unit == "days":
            return i18n.translate("Follow-ups", "every %n days", None, self.amount)
        return i18n.translate("Follow-ups", "every %n months", None, self.amount)


DEFAULT_CADENCE = Cadence(90, "days")
SETTING_KEYS = ("followup.default_cadence", "followup.touch", "followup.skip_weekends")

_CADENCE_TEXT = re.compile(r"^\s*(?:every\s+)?(\d{1,6})\s*([a-z]*)\s*$", re.IGNORECASE)
_UNITS: dict[str, tuple[CadenceUnit, int]] = {
    "": ("days", 1),
    "d": ("days", 1),
    "day": ("days", 1),
    "days": ("days", 1),
    "w": ("days", 7),
    "week": ("days", 7),
    "weeks": ("days", 7),
    "m": ("months", 1),
    "month": ("months", 1),
    "months": ("months", 1),
    "y": ("months", 12),
    "year": ("months", 12),
    "years": ("months", 12),
}


def parse_cadence(text: str) -> Cadence:
    """``"90"``, ``"90 days"``, ``"2 weeks"``, ``"3 months"``, ``"every 1 year"`` -> a cadence."""
    match = _CADENCE_TEXT.match(text)
    unit = _UNITS.get(match.group(2).lower()) if match else None
    if match is None or unit is None:
        raise CadenceError(
            i18n.fill(
                i18n.translate(
                    "Follow-ups", "“%1” is not an interval; write for example “90 days” or “3 months”."
                ),
                text,
            )
        )
    return Cadence(int(match.group(1)) * unit[1], unit[0])


def shortest(cadences: Iterable[Cadence]) -> Cadence | None:
    """The shortest cadence (days before months on a tie), or None for none."""
    return min(cadences, key=lambda c: (c.length_key, c.unit != "days"), default=None)


def effective_cadence(own: Cadence | None, segments: Iterable[Cadence], default: Cadence) -> Cadence:
    """The contact's own cadence, else the shortest of its segments', else the default."""
    if own is not None:
        return own
    return shortest(segments) or default


def skip_weekend(day: date) -> date:
    """Saturday and Sunday move to the next Monday; other days stay."""
    weekday = day.weekday()
    return day + timedelta(days=7 - weekday) if weekday >= 5 else day


def last_touch(last_contact: date | None, last_order: date | None, touch: Touch) -> date | None:
    """The latest interaction, or the later of interaction and order when orders count."""
    if touch == "interaction" or last_order is None:
        return last_contact
    if last_contact is None:
        return last_order
    return max(last_contact, last_order)


def computed_due(touched: date | None, cadence: Cadence, today: date, *, skip_weekends: bool) -> date:
    """When the next follow-up falls due: last touch + cadence; never touched = today."""
    if touched is None:
        return today
    due = cadence.after(touched)
    return skip_weekend(due) if skip_weekends else due


def week_end(today: date) -> date:
    """The Sunday of the ISO week holding ``today``."""
    return today + timedelta(days=6 - today.weekday())


def bucket_of(due: date, today: date) -> Bucket:
    if due < today:
        return "overdue"
    if due == today:
        return "today"
    if due <= week_end(today):
        return "week"
    return "later"


def due_range(due: DueFilter, today: date) -> tuple[date | None, date | None]:
    """Due dates (inclusive, None = open) listed by a filter.

    ``overdue``: before today; ``today``: on or before today (what is due now, overdue
    included); ``week``: on or before the Sunday of this ISO week; ``all``: any date.
    """
    if due == "overdue":
        return None, today - timedelta(days=1)
    if due == "today":
        return None, today
    if due == "week":
        return None, week_end(today)
    if due == "all":
        return None, None
    raise CadenceError(
        i18n.fill(
            i18n.translate("Follow-ups", "Unknown follow-up list “%1”; choose one of: %2."),
            due,
            ", ".join(DUE_FILTERS),
        )
    )


@dataclass(frozen=True, slots=True)
class FollowUpSettings:
    """Per-database follow-up settings (the ``settings`` table, keys in :data:`SETTING_KEYS`)."""

    default_cadence: Cadence = DEFAULT_CADENCE
    touch: Touch = "interaction"
    skip_weekends: bool = False

    @classmethod
    def from_mapping(cls, values: Mapping[str, str]) -> FollowUpSettings:
        """Read stored settings; unreadable values fall back to the defaults."""
        cadence = DEFAULT_CADENCE
        text = values.get("followup.default_cadence")
        if text:
            try:
                cadence = parse_cadence(text)
            except CadenceError:
                cadence = DEFAULT_CADENCE
        touch_text = values.get("followup.touch", "interaction")
        touch: Touch = "interaction_or_order" if touch_text == "interaction_or_order" else "interaction"
        skip = values.get("followup.skip_weekends", "").strip().lower() in ("1", "true", "yes", "on")
        return cls(cadence, touch, skip)

    def to_mapping(self) -> dict[str, str]:
        return {
            "followup.default_cadence": str(self.default_cadence),
            "followup.touch": self.touch,
            "followup.skip_weekends": "true" if self.skip_weekends else "false",
        }
