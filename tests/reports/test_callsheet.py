"""The call sheet drawn from plain rows: who is listed, in which order, on how many pages, in which fonts."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from segdesk.domain.names import sort_name_for
from segdesk.reports.callsheet import CallSheetOptions, render_call_sheet, sorted_rows
from segdesk.reports.rows import CallRow, Consent, LastContact, ReportHeader
from segdesk.reports.words import format_phone
from tests.reports.pdfcheck import embedded_font_files, font_names, needs_pdftotext, page_count, pdf_text

TODAY = date(2026, 11, 24)
HEADER = ReportHeader(
    title="Bary w Warszawie",
    today=TODAY,
    lang="pl",
    owner="Marta",
    description="Właściciele małych barów.",
    home_country="PL",
)


def call(contact_id: int, name: str, overdue: int | None, **values: Any) -> CallRow:
    due = TODAY - timedelta(days=overdue) if overdue is not None else None
    first, last = name.split(" ", 1)
    sort_name = sort_name_for("person", first, last, None)
    return CallRow(contact_id=contact_id, name=name, sort_name=sort_name, next_followup_at=due, **values)


ROWS = [
    call(
        1,
        "Łucja Nowak",
        3,
        company="Bar Żółw sp. z o.o.",
        city="Warszawa",
        phones=("+48221234567",),
        phone_consent=Consent.GRANTED,
        last_contact=LastContact(date(2026, 9, 1), "call", "Zadzwonić po 15"),
    ),
    call(2, "Jürgen Weiß", 40, city="Berlin", country="DE", phones=("+4930123456",)),
    call(3, "Zofia Odmowa", 90, city="Kraków", phone_consent=Consent.REFUSED),
    call(4, "Begoña Muñoz", None, city="Alicante", country="ES"),
    call(5, "Ángel Ruiz", -5, city="Bilbao", country="ES"),
]


def test_sorting_by_overdue_name_and_city() -> None:
    by_overdue = [r.contact_id for r in sorted_rows(ROWS, "overdue", TODAY)]
    assert by_overdue == [3, 2, 1, 5, 4]  # most overdue first, not yet due after, no date last
    assert [r.contact_id for r in sorted_rows(ROWS, "name", TODAY)] == [
        4,
        1,
        3,
        5,
        2,
    ]  # by last name, accents ignored
    assert [r.contact_id for r in sorted_rows(ROWS, "city", TODAY)] == [4, 2, 5, 3, 1]
    with pytest.raises(ValueError):
        sorted_rows(ROWS, "age", TODAY)


def test_refused_phone_calls_are_left_out_and_counted() -> None:
    result = render_call_sheet(HEADER, ROWS)
    assert (result.listed, result.refused_phone) == (4, 1)
    assert result.pdf.pages == page_count(result.pdf.data) == 1


def test_fonts_are_the_embedded_dejavu_never_helvetica() -> None:
    for layout in ("compact", "detailed"):
        data = render_call_sheet(HEADER, ROWS, CallSheetOptions(layout=layout)).pdf.data
        assert font_names(data) == {"DejaVuSans", "DejaVuSans-Bold"}
        assert b"/Helvetica" not in data and b"Times-Roman" not in data
        assert embedded_font_files(data) == 2


def test_phone_numbers_national_at_home_international_abroad() -> None:
    assert format_phone("+48221234567", "PL") == "22 123 45 67"
    assert format_phone("+4930123456", "PL") == "+49 30 123456"
    assert format_phone("not a number", "PL") == "not a number"


@needs_pdftotext
@pytest.mark.parametrize("layout", ["compact", "detailed"])
def test_the_text_reads_back_with_polish_letters_in_overdue_order(layout: str) -> None:
    text = pdf_text(render_call_sheet(HEADER, ROWS, CallSheetOptions(layout=layout)).pdf.data)
    for expected in (
        "Bary w Warszawie",
        "Łucja Nowak",
        "Bar Żółw sp. z o.o.",
        "Jürgen Weiß",
        "Begoña Muñoz",
        "22 123 45 67",
        "+49 30 123456",
        "Page 1 of 1",
        "1 left out: they refused phone calls",
        "Owner: Marta",
        "Zadzwonić po 15",
    ):
        assert expected in text, expected
    assert "Zofia Odmowa" not in text
    positions = [text.index(name) for name in ("Jürgen Weiß", "Łucja Nowak", "Ángel Ruiz", "Begoña Muñoz")]
    assert positions == sorted(positions)
    assert "40 days" in text and "in 5 days" in text


@needs_pdftotext
def test_detailed_layout_shows_more_per_contact() -> None:
    text = pdf_text(render_call_sheet(HEADER, ROWS, CallSheetOptions(layout="detailed")).pdf.data)
    assert "Last contact: 01.09.2026 · Call — Zadzwonić po 15" in text
    assert "Overdue: 40 days" in text
    assert "Berlin, Niemcy" in text  # abroad: the country in the user's language
    assert "Left a message" in text


@needs_pdftotext
def test_many_contacts_make_numbered_pages() -> None:
    rows = [call(i, f"Kontakt {i:03d}", i % 50, phones=("+48221234567",)) for i in range(1, 151)]
    result = render_call_sheet(HEADER, rows, CallSheetOptions(sort="name"))
    assert result.listed == 150
    assert result.pdf.pages == page_count(result.pdf.data) > 1
    last = result.pdf.pages
    text = pdf_text(result.pdf.data)
    assert f"Page {last} of {last}" in text and f"Page 1 of {last}" in text
    assert all(f"Kontakt {i:03d}" in text for i in range(1, 151))
    letters = [text.index(f"Kontakt {i:03d}") for i in (1, 50, 100, 150)]
    assert letters == sorted(letters)


@needs_pdftotext
def test_an_empty_sheet_says_so() -> None:
    result = render_call_sheet(HEADER, [])
    assert (result.pdf.pages, result.listed) == (1, 0)
    assert "No contacts to call." in pdf_text(result.pdf.data)


def test_the_same_rows_give_the_same_bytes() -> None:
    assert render_call_sheet(HEADER, ROWS).pdf.data == render_call_sheet(HEADER, ROWS).pdf.data
