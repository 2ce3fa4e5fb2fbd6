"""Mailing labels on Avery (or custom) sheets, and the alignment test page to calibrate a printer.

Each label's lines are set as large as the label allows (up to 11 pt), vertically
centred; a line still too wide shrinks on its own down to 6 pt, then ends in "…".
Nothing is ever drawn outside its label.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from segdesk.domain import i18n
from segdesk.domain.locale_format import format_number
from segdesk.reports.addresses import address_lines, plan_mailing
from segdesk.reports.label_sheets import MM, LabelBox, LabelSheet, label_box, sheets_needed
from segdesk.reports.pages import PageFrame, binary_streams, new_canvas
from segdesk.reports.rows import LabelsResult, MailRow, RenderedPdf, ReportHeader
from segdesk.reports.text import FONT, FONT_BOLD, TextWriter, ellipsize, fit_size

MAX_SIZE, MIN_SIZE, LEADING = 11.0, 6.0, 1.18


@dataclass(frozen=True, slots=True)
class LabelOptions:
    start: int = 0  # first free slot on the first sheet (see label_sheets.first_slot)
    offset_x: float = 0.0  # mm to the right
    offset_y: float = 0.0  # mm downwards
    per_address: bool = False  # one label per shared address (household or company)
    outlines: bool = False  # draw each label's outline (for a preview or plain paper)


def padding(sheet: LabelSheet) -> tuple[float, float]:
    """Inner margins (mm): Avery advises keeping about 5 mm clear of the die cut on larger labels."""
    return min(5.0, sheet.label_width * 0.07), min(3.0, sheet.label_height * 0.1)


def fit_lines(lines: Sequence[str], box: LabelBox, sheet: LabelSheet) -> list[tuple[str, float]]:
    """Each line with its font size so the block fits the label: (text, size in pt)."""
    pad_x, pad_y = padding(sheet)
    room_w = (box.width - 2 * pad_x) * MM
    room_h = (box.height - 2 * pad_y) * MM
    size = max(MIN_SIZE, min(MAX_SIZE, room_h / (max(1, len(lines)) * LEADING)))
    fitted = []
    for line in lines:
        line_size = fit_size(line, FONT, size, MIN_SIZE, room_w)
        fitted.append((ellipsize(line, FONT, line_size, room_w), line_size))
    return fitted


def _draw_label(text: TextWriter, lines: Sequence[str], box: LabelBox, sheet: LabelSheet) -> None:
    fitted = fit_lines(lines, box, sheet)
    pad_x, _ = padding(sheet)
    height = sum(size * LEADING for _, size in fitted)
    centre = (box.y + box.height / 2) * MM
    y = centre + height / 2
    for line, size in fitted:
        y -= size * LEADING
        text.put((box.x + pad_x) * MM, y + size * 0.22, line, FONT, size)


def _outline(canvas: Any, box: LabelBox, sheet: LabelSheet) -> None:
    canvas.roundRect(
        box.x * MM, box.y * MM, box.width * MM, box.height * MM, sheet.corner * MM, stroke=1, fill=0
    )


@binary_streams
def render_labels(
    header: ReportHeader, rows: Sequence[MailRow], sheet: LabelSheet, options: LabelOptions = LabelOptions()
) -> LabelsResult:
    """Labels for ``rows`` that may and can be mailed; the others are counted, by reason."""
    mailing = plan_mailing(rows, per_address=options.per_address)
    frame = PageFrame(sheet.page_width * MM, sheet.page_height * MM)
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, frame, header, i18n.translate("Reports", "Mailing labels"))
    canvas.setLineWidth(0.3)
    canvas.setStrokeGray(0.6)
    pages = max(1, sheets_needed(sheet, len(mailing.addressees), options.start))
    text = TextWriter(canvas)
    current = 0
    for number, addressee in enumerate(mailing.addressees):
        box = label_box(sheet, options.start + number, options.offset_x, options.offset_y)
        if box.sheet != current:
            text.flush()
            canvas.showPage()
            canvas.setLineWidth(0.3)
            canvas.setStrokeGray(0.6)
            current = box.sheet
        if options.outlines:
            _outline(canvas, box, sheet)
        _draw_label(text, address_lines(addressee, header.home_country, header.lang), box, sheet)
    text.flush()
    canvas.showPage()
    canvas.save()
    return LabelsResult(
        pdf=RenderedPdf(buffer.getvalue(), pages),
        labels=len(mailing.addressees),
        contacts=mailing.contacts,
        no_consent=len(mailing.no_consent),
        incomplete=len(mailing.incomplete),
        skipped_ids=tuple(sorted(mailing.no_consent + mailing.incomplete)),
    )


@binary_streams
def render_alignment_page(
    header: ReportHeader, sheet: LabelSheet, options: LabelOptions = LabelOptions()
) -> RenderedPdf:
    """Every label's outline, a crosshair at its centre and its row/column, with the offsets applied.

    Printed on plain paper and held against a label sheet to the light, it shows how far
    the printer is off; enter that as the offset and print again.
    """
    frame = PageFrame(sheet.page_width * MM, sheet.page_height * MM)
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, frame, header, i18n.translate("Reports", "Label alignment test"))
    text = TextWriter(canvas)
    canvas.setLineWidth(0.4)
    for slot in range(sheet.per_sheet):
        box = label_box(sheet, slot, options.offset_x, options.offset_y)
        canvas.setStrokeGray(0.2)
        _outline(canvas, box, sheet)
        cx, cy = (box.x + box.width / 2) * MM, (box.y + box.height / 2) * MM
        arm = min(4.0, box.height / 4) * MM
        canvas.line(cx - arm, cy, cx + arm, cy)
        canvas.line(cx, cy - arm, cx, cy + arm)
        label = i18n.fill(i18n.translate("Reports", "row %1, column %2"), box.row, box.column)
        text.put_centred(cx, cy - arm - 8, label, FONT, 6.5)
    lang = header.lang
    lines = [
        i18n.fill(
            i18n.translate("Reports", "Alignment test for %1: offset %2 mm right, %3 mm down."),
            sheet.name,
            format_number(options.offset_x, lang, 1),
            format_number(options.offset_y, lang, 1),
        ),
        i18n.translate(
            "Reports",
            "Print at 100 % (no “fit to page”) on plain paper, hold it against a label sheet to the light "
            "and measure how far the outlines are off.",
        ),
    ]
    top_margin = min(sheet.top + options.offset_y, 12.0)
    y = (sheet.page_height - max(2.0, top_margin / 2 - 2.0)) * MM
    for index, line in enumerate(lines):
        font = FONT_BOLD if index == 0 else FONT
        text.put_centred(
            frame.width / 2, y - 6 - index * 8, ellipsize(line, font, 6.5, frame.width - 20), font, 6.5
        )
    _scale(canvas, text, sheet, lang)
    text.flush()
    canvas.showPage()
    canvas.save()
    return RenderedPdf(buffer.getvalue(), 1)


def _scale(canvas: Any, text: TextWriter, sheet: LabelSheet, lang: str) -> None:
    """A 100 mm ruler in the bottom margin: if it does not measure 100 mm, the printer is scaling."""
    bottom = sheet.page_height - sheet.top - (sheet.rows - 1) * sheet.pitch_y - sheet.label_height
    y = max(3.0, bottom / 2) * MM
    left = (sheet.page_width - 100) / 2 * MM
    canvas.setStrokeGray(0)
    canvas.line(left, y, left + 100 * MM, y)
    for tick in range(11):
        x = left + tick * 10 * MM
        canvas.line(x, y, x, y + (2.5 if tick % 5 else 4) * MM)
    text.put(left + 100 * MM + 4, y, f"{format_number(100, lang)} mm", FONT, 6.5)
