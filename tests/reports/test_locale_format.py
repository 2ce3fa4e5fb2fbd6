"""Dates, numbers and money in the six languages, as CLDR writes them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from segdesk.domain.locale_format import (
    LANGUAGES,
    format_date,
    format_money,
    format_number,
    format_percent,
    language_code,
    pick_language,
)

NBSP, NNBSP = "\u00a0", "\u202f"
DAY = date(2026, 3, 5)


@pytest.mark.parametrize(
    ("lang", "short", "medium"),
    [
        ("en", "3/5/2026", "Mar 5, 2026"),
        ("it", "05/03/2026", "5 mar 2026"),
        ("fr", "05/03/2026", "5 mars 2026"),
        ("pl", "05.03.2026", "5 mar 2026"),
        ("de", "05.03.2026", "5. März 2026"),
        ("es", "05/03/2026", "5 mar 2026"),
    ],
)
def test_dates_follow_each_languages_order(lang: str, short: str, medium: str) -> None:
    assert format_date(DAY, lang) == short
    assert format_date(DAY, lang, style="medium") == medium


@pytest.mark.parametrize(
    ("lang", "thousand", "big"),
    [
        ("en", "1,234.5", "1,234,567.5"),
        ("it", "1.234,5", "1.234.567,5"),
        ("fr", f"1{NNBSP}234,5", f"1{NNBSP}234{NNBSP}567,5"),
        ("pl", "1234,5", f"1{NBSP}234{NBSP}567,5"),  # Polish leaves four digits ungrouped
        ("de", "1.234,5", "1.234.567,5"),
        ("es", "1234,5", "1.234.567,5"),  # so does Spanish
    ],
)
def test_numbers_use_the_languages_separators(lang: str, thousand: str, big: str) -> None:
    assert format_number(1234.5, lang, 1) == thousand
    assert format_number(Decimal("1234567.5"), lang, 1) == big


def test_numbers_round_half_up_and_keep_the_sign() -> None:
    assert format_number(2.5, "en") == "3"
    assert format_number(-1234, "de") == "-1.234"
    assert format_number(-0.4, "en") == "0"
    assert format_number(0.125, "it", 2) == "0,13"


@pytest.mark.parametrize(
    ("lang", "currency", "text"),
    [
        ("en", "EUR", "€1,234.50"),
        ("en", "CHF", f"CHF{NBSP}1,234.50"),
        ("it", "EUR", f"1.234,50{NBSP}€"),
        ("fr", "EUR", f"1{NNBSP}234,50{NBSP}€"),
        ("pl", "PLN", f"1234,50{NBSP}zł"),
        ("de", "EUR", f"1.234,50{NBSP}€"),
        ("es", "EUR", f"1234,50{NBSP}€"),
        ("en", "JPY", f"JPY{NBSP}1,234.50"),
        ("de", None, "1.234,50"),
    ],
)
def test_money_places_the_symbol_as_the_language_does(lang: str, currency: str | None, text: str) -> None:
    assert format_money(123450, currency, lang) == text


def test_money_negative_whole_units_and_empty() -> None:
    assert format_money(-150, "USD", "en") == "-$1.50"
    assert format_money(-150, "EUR", "de") == f"-1,50{NBSP}€"
    assert format_money(123456, "EUR", "it", decimals=0) == f"1.235{NBSP}€"
    assert format_money(-40, "EUR", "it", decimals=0) == f"0{NBSP}€"
    assert format_money(None, "EUR", "en") == ""


def test_percent() -> None:
    assert format_percent(0.125, "en", 1) == "12.5%"
    assert format_percent(0.125, "de", 1) == f"12,5{NBSP}%"
    assert format_percent(0.5, "fr") == f"50{NNBSP}%"
    assert format_percent(0.5, "pl") == "50%"


def test_languages_from_locale_names_fall_back_to_english() -> None:
    assert language_code("pl_PL.UTF-8") == "pl"
    assert language_code("xx") == "en"
    assert format_date(DAY, "ja") == format_date(DAY, "en")
    assert pick_language([None, "", "C.UTF-8", "de_DE.UTF-8", "it"]) == "de"
    assert pick_language([None, "C"]) == "en"
    assert set(LANGUAGES) == {"en", "it", "fr", "pl", "de", "es"}
