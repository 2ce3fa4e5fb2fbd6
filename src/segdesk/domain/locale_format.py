"""Dates, numbers and money as people write them in segdesk's six languages, without Qt or Babel.

Layers below ``ui/`` (reports, command-line output) need locale-aware text but
must not import Qt. These are simple per-language patterns following CLDR for
``en`` (US English), ``it``, ``fr``, ``pl``, ``de`` and ``es``: decimal comma or
point, the thousands separator (French uses a narrow no-break space, Polish a
no-break space; Polish and Spanish leave four-digit numbers ungrouped), the date
order and where the currency symbol goes. Unknown languages fall back to English.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

__all__ = [
    "CURRENCY_SYMBOLS",
    "LANGUAGES",
    "format_date",
    "format_money",
    "format_number",
    "format_percent",
    "language_code",
    "pick_language",
]

LANGUAGES = ("en", "it", "fr", "pl", "de", "es")
CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "PLN": "zł", "CHF": "CHF", "SEK": "kr", "DKK": "kr"}
NBSP = "\u00a0"
NARROW_NBSP = "\u202f"


@dataclass(frozen=True, slots=True)
class _Conventions:
    decimal: str
    group: str
    min_grouping: int  # digits before a number is grouped at all: 4 -> 1234, 5 -> 12 345 (CLDR "2")
    short_date: str  # strftime-like with {d} {m} {y}
    medium_date: str  # {d} {mon} {y}
    months: tuple[str, ...]
    symbol_first: bool  # €1.00 (en) or 1,00 € (others)


_C = _Conventions
_CONVENTIONS: dict[str, _Conventions] = {
    "en": _C(
        ".",
        ",",
        4,
        "{m}/{d}/{y}",
        "{mon} {d}, {y}",
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
        True,
    ),
    "it": _C(
        ",",
        ".",
        4,
        "{dd}/{mm}/{y}",
        "{d} {mon} {y}",
        ("gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"),
        False,
    ),
    "fr": _C(
        ",",
        NARROW_NBSP,
        4,
        "{dd}/{mm}/{y}",
        "{d} {mon} {y}",
        ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."),
        False,
    ),
    "pl": _C(
        ",",
        NBSP,
        5,
        "{dd}.{mm}.{y}",
        "{d} {mon} {y}",
        ("sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"),
        False,
    ),
    "de": _C(
        ",",
        ".",
        4,
        "{dd}.{mm}.{y}",
        "{d}. {mon} {y}",
        ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."),
        False,
    ),
    "es": _C(
        ",",
        ".",
        5,
        "{dd}/{mm}/{y}",
        "{d} {mon} {y}",
        ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"),
        False,
    ),
}


def language_code(lang: str | None) -> str:
    """``pl_PL.UTF-8`` -> ``pl``; anything unsupported -> ``en``."""
    code = (lang or "").split("_")[0].split("-")[0].split(".")[0].lower()
    return code if code in _CONVENTIONS else "en"


def pick_language(candidates: Iterable[str | None]) -> str:
    """The first supported language among ``candidates`` (``--lang``, environment...), else English."""
    for candidate in candidates:
        code = (candidate or "").split("_")[0].split("-")[0].split(".")[0].lower()
        if code in _CONVENTIONS:
            return code
    return "en"


def preferred_language(explicit: str | None = None) -> str:
    """The user's language: ``explicit`` (``--lang``), ``$SEGDESK_LANG``, the locale's, else English."""
    candidates = [explicit, os.environ.get("SEGDESK_LANG")]
    candidates += [os.environ.get(name) for name in ("LC_ALL", "LC_MESSAGES", "LANG")]
    candidates.append(locale.getlocale()[0])
    return pick_language(candidates)


def _conventions(lang: str | None) -> _Conventions:
    return _CONVENTIONS[language_code(lang)]


def format_date(value: date | None, lang: str | None, *, style: str = "short") -> str:
    """``value`` as the language writes it: short ``24/11/2026`` / ``11/24/2026``, medium ``24 lis 2026``."""
    if value is None:
        return ""
    c = _conventions(lang)
    pattern = c.medium_date if style == "medium" else c.short_date
    return pattern.format(
        d=value.day,
        dd=f"{value.day:02d}",
        m=value.month,
        mm=f"{value.month:02d}",
        y=f"{value.year:04d}",
        mon=c.months[value.month - 1],
    )


def _group(digits: str, c: _Conventions) -> str:
    if len(digits) < c.min_grouping:
        return digits
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return c.group.join(parts)


def format_number(value: int | float | Decimal, lang: str | None, decimals: int = 0) -> str:
    """``value`` rounded half up to ``decimals`` places, grouped: ``1,234.5`` / ``1.234,5`` / ``1 234,5``."""
    c = _conventions(lang)
    quantum = Decimal(1).scaleb(-decimals)
    rounded = Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP)
    negative = rounded < 0 and rounded != 0
    text = f"{abs(rounded):.{decimals}f}"
    whole, _, fraction = text.partition(".")
    result = _group(whole, c) + (c.decimal + fraction if fraction else "")
    return "-" + result if negative else result


def format_money(cents: int | None, currency: str | None, lang: str | None, *, decimals: int = 2) -> str:
    """An amount of integer cents with its currency: ``€1,234.50`` (en), ``1.234,50 €`` (it, de, es).

    ``decimals=0`` rounds to whole units (for charts and headline figures). Without a
    currency the number alone is shown.
    """
    if cents is None:
        return ""
    c = _conventions(lang)
    amount = Decimal(cents).scaleb(-2)
    number = format_number(abs(amount), lang, decimals)
    sign = "-" if amount.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP) < 0 else ""
    code = (currency or "").strip().upper()
    if not code:
        return sign + number
    symbol = CURRENCY_SYMBOLS.get(code, code)
    if c.symbol_first:
        spacer = "" if len(symbol) == 1 else NBSP
        return f"{sign}{symbol}{spacer}{number}"
    return f"{sign}{number}{NBSP}{symbol}"


def format_percent(fraction: float, lang: str | None, decimals: int = 0) -> str:
    """``0.125`` -> ``12.5%`` (en), ``12,5%`` (it, pl), ``12,5 %`` (fr, de, es)."""
    number = format_number(fraction * 100, lang, decimals)
    code = language_code(lang)
    if code in ("en", "it", "pl"):
        return f"{number}%"
    return f"{number}{NARROW_NBSP if code == 'fr' else NBSP}%"
