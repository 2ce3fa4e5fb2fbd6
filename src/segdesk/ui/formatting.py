"""Field values as the user reads them: dates, numbers and money in their locale, words for codes."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any

import phonenumbers
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt

from segdesk.domain.choice_labels import choice_label
from segdesk.domain.fields import Field, FieldType
from segdesk.services.contact_form import country_label

__all__ = ["CURRENCY_SYMBOLS", "alignment", "date_format", "display_text", "format_phone"]

PHONE_FIELDS = frozenset({"phone", "mobile"})
CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "PLN": "zł", "CHF": "CHF", "SEK": "kr", "DKK": "kr"}


@lru_cache(maxsize=4096)
def format_phone(stored: str) -> str:
    """An E.164 number grouped for reading (+39 02 1234 5678); other text unchanged."""
    try:
        number = phonenumbers.parse(stored, None)
    except phonenumbers.NumberParseException:
        return stored
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


@lru_cache(maxsize=1024)
def _country_name(code: str, language: str) -> str:
    """The country's name for an ISO code, in the user's language (the code when unknown)."""
    return country_label(code, language)


def date_format(locale: QLocale) -> str:
    """The locale's short date format, always with four-digit years (05/01/2025, 5.1.2025)."""
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"  # the C locale's own "d MM yyyy" reads like a typo; ISO reads everywhere
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def _yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("Format", "Yes")
    return QCoreApplication.translate("Format", "No")


def display_text(
    field: Field,
    value: Any,
    locale: QLocale,
    *,
    currency: str = "",
    dates: str | None = None,
) -> str:
    """``value`` of ``field`` as shown in lists and panes; empty values are ""."""
    if value is None or value == "" or value == frozenset():
        return ""
    kind = field.type
    if kind is FieldType.DATE and isinstance(value, date):
        if isinstance(value, datetime):
            value = value.date()
        return locale.toString(QDate(value.year, value.month, value.day), dates or date_format(locale))
    if kind is FieldType.MONEY and isinstance(value, Decimal | int | float):
        return locale.toCurrencyString(float(value), currency or locale.currencySymbol())
    if kind is FieldType.NUMBER and isinstance(value, int | float | Decimal):
        if field.id == "id":
            return str(value)
        return locale.toString(value) if isinstance(value, int) else locale.toString(float(value), "g", 12)
    if kind is FieldType.BOOLEAN:
        return _yes_no(bool(value))
    if kind is FieldType.CHOICE:
        if field.id == "language":
            name = QLocale(str(value)).nativeLanguageName()
            return name or str(value)
        if field.id == "country":
            return _country_name(str(value), locale.name().split("_")[0])
        return choice_label(field.id, str(value))
    if isinstance(value, frozenset | set | list | tuple):
        return ", ".join(sorted((str(v) for v in value), key=str.casefold))
    if field.id in PHONE_FIELDS:
        return format_phone(str(value))
    return str(value)


def alignment(field: Field) -> Qt.AlignmentFlag:
    """Numbers and money line up on the right, everything else on the left."""
    if field.type in (FieldType.NUMBER, FieldType.MONEY) and field.id != "id":
        return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
