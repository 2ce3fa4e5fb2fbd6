"""Dates and numbers, read the way the whole column is written.

Whether 03/04/2025 is the 3rd of April or the 4th of March, and whether 1.250
is one thousand two hundred and fifty or one and a quarter, is decided per
column from its values (a 25/12 settles day/month; a 1.250,50 settles the
decimal comma); only when the column never says does the user's convention decide.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from segdesk.domain import i18n
from segdesk.io.errors import ValueProblem

__all__ = ["DateReader", "NumberReader", "detect_date_order", "detect_decimal_separator", "has_slashed_dates"]

_DMY = re.compile(r"(\d{1,2})[./\-](\d{1,2})[./\-](\d{2}|\d{4})(?:[ T].*)?")
_YMD = re.compile(r"(\d{4})[./\-](\d{1,2})[./\-](\d{1,2})(?:[ T].*)?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_SERIAL = re.compile(r"\d{1,7}(?:\.\d+)?")
_NO_YEAR = re.compile(r"--\d{2}-?\d{2}|\d{1,2}[./\-]\d{1,2}\.?")
_EMPTY_DATE = re.compile(r"0{1,4}[./\-]0{1,2}[./\-]0{1,4}")
EXCEL_EPOCH = date(1899, 12, 30)
MIN_SERIAL, MAX_SERIAL = 60, 2_958_465  # 1900-03-01 .. 9999-12-31
_NUMBER_JUNK = re.compile(r"[\s\u00a0\u202f'’€$£¥]|zł|PLN|EUR|USD|GBP|CHF|Fr\.|kr", re.IGNORECASE)


def detect_date_order(values: Iterable[str], default: str) -> tuple[str, bool]:
    """``("dmy" | "mdy", decided)`` for a column; ``decided`` is False when no value told."""
    day_first = month_first = 0
    for value in values:
        match = _DMY.fullmatch(value.strip())
        if match is None:
            continue
        first, second = int(match.group(1)), int(match.group(2))
        if first > 12 >= second:
            day_first += 1
        elif second > 12 >= first:
            month_first += 1
    if day_first or month_first:
        return ("dmy" if day_first >= month_first else "mdy"), True
    return default, False


def has_slashed_dates(values: Iterable[str]) -> bool:
    """Whether any value is a full date whose day and month could be swapped (03/04/2025)."""
    return any(_DMY.fullmatch(value.strip()) for value in values)


def _two_digit_year(year: int, today: date) -> int:
    return 2000 + year if 2000 + year <= today.year else 1900 + year


@dataclass(frozen=True)
class DateReader:
    order: str  # dmy or mdy
    today: date

    def parse(self, text: str) -> date | None:
        """The date in ``text``; None for the empty dates of Outlook and dates without a year."""
        text = text.strip()
        if not text or _EMPTY_DATE.fullmatch(text.split(" ")[0]) or _NO_YEAR.fullmatch(text):
            return None
        if match := _YMD.fullmatch(text):
            year, month, day = (int(g) for g in match.groups())
        elif match := _DMY.fullmatch(text):
            first, second, year = (int(g) for g in match.groups())
            day, month = (first, second) if self.order == "dmy" else (second, first)
            if len(match.group(3)) == 2:
                year = _two_digit_year(year, self.today)
        elif match := _COMPACT.fullmatch(text):
            year, month, day = (int(g) for g in match.groups())
        elif _SERIAL.fullmatch(text):
            serial = int(float(text))
            if not MIN_SERIAL <= serial <= MAX_SERIAL:
                raise self._bad(text)
            return EXCEL_EPOCH + timedelta(days=serial)
        else:
            raise self._bad(text)
        try:
            return date(year, month, day)
        except ValueError:
            raise self._bad(text) from None

    def _bad(self, text: str) -> ValueProblem:
        template = (
            i18n.translate("Import", "“%1” is not a date (read as day/month/year)")
            if self.order == "dmy"
            else i18n.translate("Import", "“%1” is not a date (read as month/day/year)")
        )
        return ValueProblem(i18n.fill(template, text))


def _separators(text: str) -> str:
    return "".join(ch for ch in text if ch in ".,")


def detect_decimal_separator(values: Iterable[str], default: str) -> str:
    """``"."`` or ``","``: the decimal separator a column's numbers use."""
    for value in values:
        cleaned = _NUMBER_JUNK.sub("", value)
        seps = _separators(cleaned)
        if not seps:
            continue
        if "." in seps and "," in seps:
            return seps[-1]
        if len(seps) == 1:
            digits_after = len(cleaned) - cleaned.rfind(seps) - 1
            if digits_after != 3:
                return seps
    return default


@dataclass(frozen=True)
class NumberReader:
    decimal: str  # "." or ","

    def parse(self, text: str) -> Decimal:
        cleaned = _NUMBER_JUNK.sub("", text)
        negative = cleaned.startswith("-") or (cleaned.startswith("(") and cleaned.endswith(")"))
        cleaned = cleaned.strip("-+()")
        seps = _separators(cleaned)
        if "." in seps and "," in seps:
            decimal = seps[-1]
        elif len(seps) > 1:
            decimal = "." if seps[0] == "," else ","  # repeated: thousands separators
        elif seps and len(cleaned) - cleaned.rfind(seps) - 1 != 3:
            decimal = seps  # 12,5 or 1.25: only a decimal separator has other than 3 digits after it
        else:
            decimal = self.decimal
        thousands = "," if decimal == "." else "."
        plain = cleaned.replace(thousands, "").replace(decimal, ".")
        try:
            number = Decimal(plain)
        except InvalidOperation:
            raise ValueProblem(i18n.fill(i18n.translate("Import", "“%1” is not a number"), text)) from None
        if not number.is_finite():
            raise ValueProblem(i18n.fill(i18n.translate("Import", "“%1” is not a number"), text))
        return -number if negative else number

    def whole(self, text: str) -> int:
        number = self.parse(text)
        if number != number.to_integral_value() or number < 0:
            raise ValueProblem(
                i18n.fill(i18n.translate("Import", "“%1” is not a whole number of zero or more"), text)
            )
        return int(number)

    def cents(self, text: str) -> int:
        return int((self.parse(text) * 100).to_integral_value())
