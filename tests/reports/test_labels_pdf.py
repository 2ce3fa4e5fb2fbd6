"""Mailing labels read back from the PDF: where each label's text sits, what shrinks, what is skipped."""

from __future__ import annotations

from datetime import date

import pytest

from segdesk.reports.label_sheets import MM, PRESETS, first_slot, label_box
from segdesk.reports.labels import LabelOptions, fit_lines, padding, render_alignment_page, render_labels
from segdesk.reports.rows import MailRow, ReportHeader
from tests.reports.pdfcheck import POINTS_PER_MM, font_names, needs_pdftotext, page_count, pdf_text, pdf_words

HEADER = ReportHeader(title="Mailing", today=date(2026, 11, 24), lang="pl", home_country="PL")
LONG = "Przedsiębiorstwo Handlowo-Usługowe „Żółw” spółka z ograniczoną odpowiedzialnością i wspólnicy"


def mail(contact_id: int, name: str, **values: object) -> MailRow:
    defaults: dict[str, object] = {
        "street": f"ul. Świętokrzyska {contact_id}",
        "postal_code": f"00-{contact_id:03d}",
        "city": "Warszawa",
        "country": "PL",
        "mail_ok": True,
    }
    defaults.update(values)
    return MailRow(contact_id=contact_id, name=name, sort_name=name.casefold(), **defaults)  # type: ignore[arg-type]


ROWS = [mail(i, f"Łucja Nowak {i:02d}") for i in range(1, 31)]


def test_skipped_contacts_are_counted() -> None:
    rows = [
        *ROWS[:5],
        mail(90, "Bez Zgody", mail_ok=False),
        mail(91, "Bez Ulicy", street=None),
        mail(92, "Bez Kodu", postal_code=""),
    ]
    result = render_labels(HEADER, rows, PRESETS["L7160"])
    assert (result.labels, result.contacts, result.no_consent, result.incomplete) == (5, 5, 1, 2)
    assert result.skipped_ids == (90, 91, 92)
    assert result.pdf.pages == page_count(result.pdf.data) == 1
    assert font_names(result.pdf.data) == {"DejaVuSans"} and b"/Helvetica" not in result.pdf.data


def test_a_half_used_sheet_spills_onto_a_second_one() -> None:
    sheet = PRESETS["L7160"]
    result = render_labels(HEADER, ROWS, sheet, LabelOptions(start=first_slot(sheet, 6, 2)))
    assert result.pdf.pages == page_count(result.pdf.data) == 3  # 5 on the first sheet, 21, then 4


@needs_pdftotext
@pytest.mark.parametrize("name", sorted(PRESETS))
def test_text_starts_within_half_a_millimetre_of_each_labels_inner_margin(name: str) -> None:
    sheet = PRESETS[name]
    start = first_slot(sheet, 2, 2)
    result = render_labels(HEADER, ROWS, sheet, LabelOptions(start=start))
    found = [w for w in pdf_words(result.pdf.data) if w.text == "Łucja"]
    words = sorted(found, key=lambda w: (w.page, round(w.y_min), w.x_min))  # row by row, as labels are laid
    assert len(words) == 30
    pad_x, _ = padding(sheet)
    for number, word in enumerate(words):
        box = label_box(sheet, start + number)
        assert word.page == box.sheet + 1
        assert word.x_min / POINTS_PER_MM == pytest.approx(box.x + pad_x, abs=0.5)
        top_mm = sheet.page_height - (box.y + box.height)  # the label's top edge, from the page's top
        assert top_mm < word.y_min / POINTS_PER_MM < top_mm + box.height / 2


@needs_pdftotext
def test_offsets_move_the_text() -> None:
    sheet = PRESETS["L7163"]
    plain = pdf_words(render_labels(HEADER, ROWS[:1], sheet).pdf.data)[0]
    moved = pdf_words(
        render_labels(HEADER, ROWS[:1], sheet, LabelOptions(offset_x=2, offset_y=1.5)).pdf.data
    )[0]
    assert (moved.x_min - plain.x_min) / POINTS_PER_MM == pytest.approx(2, abs=0.05)
    assert (moved.y_min - plain.y_min) / POINTS_PER_MM == pytest.approx(1.5, abs=0.05)


def test_long_lines_shrink_then_end_in_an_ellipsis() -> None:
    sheet = PRESETS["5160"]
    box = label_box(sheet, 0)
    fitted = fit_lines([LONG[:40], "ul. Świętokrzyska 12", "00-116 Warszawa", LONG], box, sheet)
    sizes = [size for _, size in fitted]
    assert sizes[1] == sizes[2] > sizes[0] >= 6  # only the long line shrinks
    assert fitted[3][1] == 6 and fitted[3][0].endswith("…")


@needs_pdftotext
def test_no_text_leaves_its_label() -> None:
    sheet = PRESETS["5160"]
    rows = [mail(i, LONG, company=LONG, street=LONG) for i in range(1, 4)]
    result = render_labels(HEADER, rows, sheet)
    right_edges = [label_box(sheet, slot).x + sheet.label_width for slot in range(3)]
    for word in pdf_words(result.pdf.data):
        column = min(range(3), key=lambda c: abs(label_box(sheet, c).x - word.x_min / POINTS_PER_MM))
        assert word.x_max / POINTS_PER_MM <= right_edges[column]
    assert "…" in pdf_text(result.pdf.data)


@needs_pdftotext
def test_polish_and_foreign_addresses_read_back() -> None:
    rows = [
        mail(1, "Łucja Nowak", company="Bar Żółw sp. z o.o."),
        mail(
            2,
            "Jürgen Weiß",
            street="Straße des 17. Juni 135",
            postal_code="10623",
            city="Berlin",
            country="DE",
        ),
    ]
    text = pdf_text(render_labels(HEADER, rows, PRESETS["L7163"]).pdf.data)
    for expected in (
        "Łucja Nowak",
        "Bar Żółw sp. z o.o.",
        "ul. Świętokrzyska 1",
        "00-001 Warszawa",
        "Straße des 17. Juni 135",
        "10623 Berlin",
        "NIEMCY",
    ):
        assert expected in text


@needs_pdftotext
def test_alignment_page_outlines_every_label() -> None:
    pdf = render_alignment_page(HEADER, PRESETS["L7160"], LabelOptions(offset_x=1.5, offset_y=-0.5))
    assert pdf.pages == page_count(pdf.data) == 1
    text = pdf_text(pdf.data)
    assert "row 7, column 3" in text and "row 1, column 1" in text
    assert "offset 1,5 mm right, -0,5 mm down" in text  # Polish decimal comma
    assert "100 mm" in text
    assert b"/Helvetica" not in pdf.data


def test_points_per_mm_agree() -> None:
    assert pytest.approx(POINTS_PER_MM) == MM
