"""Cell values to field values: emails, phones, countries, dates per column, numbers, tags, choices."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from email_validator import EmailNotValidError, validate_email
from hypothesis import given
from hypothesis import strategies as st

from segdesk.io.columns import DateReader, NumberReader, detect_date_order, detect_decimal_separator
from segdesk.io.countries import country_code
from segdesk.io.errors import ValueProblem
from segdesk.io.values import (
    clean_cell,
    parse_bool,
    parse_choice,
    parse_email,
    parse_language,
    parse_phone,
    split_name,
    split_tags,
)

TODAY = date(2026, 11, 24)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mario.Rossi@Example.IT", "Mario.Rossi@example.it"),
        ("zoë@exämple.fr", "zoë@exämple.fr"),
        ("a+tag@sub.example.co.uk", "a+tag@sub.example.co.uk"),
    ],
)
def test_emails_are_checked_and_their_domain_lowered(text: str, expected: str) -> None:
    assert parse_email(text) == expected


@pytest.mark.parametrize(
    "text", ["bruno@@example", "a..b@example.it", "a@localhost", "x@y.test", "no at sign"]
)
def test_bad_emails_are_problems(text: str) -> None:
    with pytest.raises(ValueProblem, match="not a valid email address"):
        parse_email(text)


@given(st.from_regex(r"[a-zA-Z0-9._+-]{1,12}@[a-zA-Z0-9.-]{1,12}\.[a-zA-Z]{1,4}", fullmatch=True))
def test_the_fast_email_check_agrees_with_email_validator(text: str) -> None:
    try:
        expected: str | None = validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError:
        expected = None
    try:
        found: str | None = parse_email(text)
    except ValueProblem:
        found = None
    assert found == expected


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        ("02 1234 5678", "IT", "+390212345678"),
        ("+39 333 123 4567", None, "+393331234567"),
        ("0039 333 123 4567", "PL", "+393331234567"),
        ("22 123 45 67", "PL", "+48221234567"),
        ("tel:+33-6-12-34-56-78", None, "+33612345678"),
        ("(089) 123-4567", "DE", "+49891234567"),
    ],
)
def test_phones_become_e164(text: str, region: str | None, expected: str) -> None:
    assert parse_phone(text, region) == expected


def test_a_phone_without_country_needs_one() -> None:
    with pytest.raises(ValueProblem, match="no country code"):
        parse_phone("02 1234 5678", None)
    with pytest.raises(ValueProblem, match="not a phone number"):
        parse_phone("12", "IT")


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Italia", "IT"), ("Włochy", "IT"), ("Italie", "IT"), ("Italien", "IT"), ("Italy", "IT"),
        ("Allemagne", "DE"), ("Niemcy", "DE"), ("Alemania", "DE"), ("Germania", "DE"), ("Deutschland", "DE"),
        ("Polska", "PL"), ("Pologne", "PL"), ("Polonia", "PL"), ("Polen", "PL"), ("España", "ES"),
        ("Espagne", "ES"), ("Hiszpania", "ES"), ("Spanien", "ES"), ("Royaume-Uni", "GB"), ("UK", "GB"),
        ("États-Unis", "US"), ("USA", "US"), ("Österreich", "AT"), ("Schweiz", "CH"), ("Suisse", "CH"),
        ("fr", "FR"), ("ITA", "IT"), ("the Netherlands", "NL"),
    ],
)  # fmt: skip
def test_country_names_in_six_languages(name: str, code: str) -> None:
    assert country_code(name) == code


def test_an_unknown_country_is_none() -> None:
    assert country_code("Milano") is None and country_code("") is None


def test_date_order_is_decided_per_column_from_the_data() -> None:
    assert detect_date_order(["01/02/2000", "25/12/1990"], "mdy") == ("dmy", True)
    assert detect_date_order(["01/02/2000", "12/25/1990"], "dmy") == ("mdy", True)
    assert detect_date_order(["01/02/2000", "03.04.2001"], "dmy") == ("dmy", False)
    assert detect_date_order(["1990-12-25"], "mdy") == ("mdy", False)


@pytest.mark.parametrize(
    ("order", "text", "expected"),
    [
        ("dmy", "03/04/2025", date(2025, 4, 3)),
        ("mdy", "03/04/2025", date(2025, 3, 4)),
        ("dmy", "15.3.85", date(1985, 3, 15)),
        ("dmy", "15.3.05", date(2005, 3, 15)),
        ("dmy", "1990-03-15", date(1990, 3, 15)),
        ("dmy", "1990-03-15T10:00:00", date(1990, 3, 15)),
        ("dmy", "19900315", date(1990, 3, 15)),
        ("dmy", "32874", date(1990, 1, 1)),
        ("dmy", "45000.5", date(2023, 3, 15)),
        ("mdy", "0/0/00", None),
        ("dmy", "00.00.0000", None),
        ("dmy", "--03-15", None),
        ("dmy", "--0315", None),
        ("mdy", "04/12", None),
    ],
)
def test_dates_in_the_files_convention(order: str, text: str, expected: date | None) -> None:
    assert DateReader(order, TODAY).parse(text) == expected


@pytest.mark.parametrize("text", ["31/02/2000", "yesterday", "12"])
def test_bad_dates_are_problems(text: str) -> None:
    with pytest.raises(ValueProblem, match="not a date"):
        DateReader("dmy", TODAY).parse(text)


@pytest.mark.parametrize(
    ("column", "text", "expected"),
    [
        (["1.234,56"], "1.234", Decimal("1234")),
        (["12,5"], "1.250", Decimal("1250")),
        ([], "1 250,50", Decimal("1250.50")),
        ([], "1.234.567,89", Decimal("1234567.89")),
        ([], "1,234,567.89", Decimal("1234567.89")),
        ([], "€ 99,90", Decimal("99.90")),
        ([], "1'234.50 CHF", Decimal("1234.50")),
        ([], "(12)", Decimal("-12")),
        (["1,234.50"], "1,234", Decimal("1234")),
    ],
)
def test_numbers_with_decimal_commas_and_thousands(column: list[str], text: str, expected: Decimal) -> None:
    reader = NumberReader(detect_decimal_separator(column, ","))
    assert reader.parse(text) == expected


def test_money_in_cents_and_whole_numbers() -> None:
    reader = NumberReader(",")
    assert reader.cents("1.250,505") == 125050 or reader.cents("1.250,505") == 125051
    assert reader.whole("1.200") == 1200
    with pytest.raises(ValueProblem, match="whole number"):
        reader.whole("2,5")
    with pytest.raises(ValueProblem, match="not a number"):
        reader.parse("many")


def test_tags_split_on_semicolons_commas_and_google_separators() -> None:
    assert split_tags("vip; Clienti,vip , newsletter ::: Fornitori") == [
        "vip",
        "Clienti",
        "newsletter",
        "Fornitori",
    ]


def test_names_choices_booleans_languages() -> None:
    assert split_name("Mario Rossi") == ("Mario", "Rossi")
    assert split_name("Rossi, Mario") == ("Mario", "Rossi")
    assert split_name("Anna Maria Verdi") == ("Anna Maria", "Verdi")
    assert [parse_choice("gender", g) for g in ("F", "Männlich", "kobieta", "Other")] == [
        "female", "male", "female", "other",
    ]  # fmt: skip
    assert parse_choice("kind", "Azienda") == "company" and parse_choice("stage", "Loyal") == "loyal"
    with pytest.raises(ValueProblem, match="is not one of"):
        parse_choice("stage", "vip")
    assert [parse_bool(b) for b in ("Sì", "oui", "TAK", "ja", "x", "no", "nein", "0")] == [True] * 5 + [
        False
    ] * 3
    assert [parse_language(x) for x in ("IT", "de-CH", "Polski", "español")] == ["it", "de", "pl", "es"]


def test_cells_lose_the_quote_our_exports_put_before_formulas() -> None:
    assert clean_cell("  '=HYPERLINK()  ") == "=HYPERLINK()"
    assert clean_cell("'Tis") == "'Tis"
