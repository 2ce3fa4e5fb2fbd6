"""The call sheet: who to phone, how overdue they are, and room to write down what happened.

Rows have a fixed height per layout, so pages are counted before drawing ("page
N of M" in one pass) and each page's text goes through one PDF text object.
This is linear in the number of contacts: a single Platypus table over 10,000
rows is quadratic, and even chunked tables spend most of their time on
per-cell text objects.

- compact: landscape, one two-line row per contact, four outcome boxes, a notes column;
- detailed: portrait, a block per contact with e-mail, place, stage, owner, the
  last note on two lines, five outcome boxes and two ruled lines for notes.

Contacts who refused phone calls are left out and counted.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from segdesk.domain import i18n
from segdesk.domain.choice_labels import choice_label
from segdesk.domain.i18n import QT_TRANSLATE_NOOP
from segdesk.domain.locale_format import format_date
from segdesk.domain.names import sort_key
from segdesk.reports import words
from segdesk.reports.pages import (
    PageFrame,
    binary_streams,
    decorate_page,
    header_fits,
    new_canvas,
    page_frame,
)
from segdesk.reports.rows import CallRow, CallSheetResult, Consent, RenderedPdf, ReportHeader
from segdesk.reports.text import FONT, FONT_BOLD, TextWriter, ellipsize, fit_size, wrap

SORTS = ("overdue", "name", "city")
LAYOUTS = ("compact", "detailed")
OUTCOMES_COMPACT = (
    QT_TRANSLATE_NOOP("Reports", "Reached"),
    QT_TRANSLATE_NOOP("Reports", "Call back"),
    QT_TRANSLATE_NOOP("Reports", "No answer"),
    QT_TRANSLATE_NOOP("Reports", "Not interested"),
)
OUTCOMES_DETAILED = (
    QT_TRANSLATE_NOOP("Reports", "Reached"),
    QT_TRANSLATE_NOOP("Reports", "No answer"),
    QT_TRANSLATE_NOOP("Reports", "Left a message"),
    QT_TRANSLATE_NOOP("Reports", "Call back on ____"),
    QT_TRANSLATE_NOOP("Reports", "Not interested"),
)
# Compact columns: (title, share of the body width).
COLUMNS = (
    (QT_TRANSLATE_NOOP("Reports", "Name / company"), 0.18),
    (QT_TRANSLATE_NOOP("Reports", "Phone"), 0.12),
    (QT_TRANSLATE_NOOP("Reports", "Last contact"), 0.21),
    (QT_TRANSLATE_NOOP("Reports", "Overdue"), 0.08),
    (QT_TRANSLATE_NOOP("Reports", "Consent"), 0.065),
    (QT_TRANSLATE_NOOP("Reports", "Outcome"), 0.2),
    (QT_TRANSLATE_NOOP("Reports", "Notes"), 0.145),
)
COMPACT_ROW, DETAILED_ROW, COLUMN_HEAD = 26.0, 116.0, 14.0
PAD = 3.0


@dataclass(frozen=True, slots=True)
class CallSheetOptions:
    sort: str = "overdue"  # overdue | name | city
    layout: str = "compact"  # compact | detailed
    paper: str = "a4"  # a4 | letter


def sorted_rows(rows: Sequence[CallRow], sort: str, today: date) -> list[CallRow]:
    """Most overdue first (no due date last), or by name, or by city then name."""
    if sort == "name":
        return sorted(rows, key=lambda r: (r.sort_name, r.contact_id))
    if sort == "city":
        return sorted(rows, key=lambda r: (r.city is None, sort_key(r.city), r.sort_name, r.contact_id))
    if sort != "overdue":
        raise ValueError(f"unknown sort {sort!r}")

    def overdue_key(row: CallRow) -> tuple[bool, int, str, int]:
        days = words.days_overdue(row.next_followup_at, today)
        return (days is None, -(days or 0), row.sort_name, row.contact_id)

    return sorted(rows, key=overdue_key)


@binary_streams
def render_call_sheet(
    header: ReportHeader, rows: Sequence[CallRow], options: CallSheetOptions = CallSheetOptions()
) -> CallSheetResult:
    """The call sheet PDF of ``rows``; contacts who refused phone calls are left out and counted."""
    if options.layout not in LAYOUTS:
        raise ValueError(f"unknown layout {options.layout!r}")
    listed = sorted_rows(
        [r for r in rows if r.phone_consent is not Consent.REFUSED], options.sort, header.today
    )
    refused = len(rows) - len(listed)
    compact = options.layout == "compact"
    frame = page_frame(options.paper, wide=compact)
    kind = i18n.translate("Reports", "Call sheet")
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, frame, header, kind)
    intro = _intro_lines(header, frame, len(listed), refused, options.sort)
    intro_height = len(intro) * 11.0 + 6
    row_height = COMPACT_ROW if compact else DETAILED_ROW
    head = COLUMN_HEAD if compact else 0.0
    per_page = max(1, int((frame.body_top - frame.body_bottom - head) // row_height))
    first_page = max(0, int((frame.body_top - frame.body_bottom - head - intro_height) // row_height))
    pages = 1 + (math.ceil((len(listed) - first_page) / per_page) if len(listed) > first_page else 0)
    legend = words.consent_legend()
    draw_row = _CompactRow(frame, header) if compact else _DetailedRow(frame, header)
    draw_row.define(canvas)
    index = 0
    for page in range(1, pages + 1):
        decorate_page(canvas, frame, header, kind, page, pages, legend)
        text = TextWriter(canvas)
        y = frame.body_top
        if page == 1:
            for line, bold in intro:
                y -= 11
                text.put(frame.left, y, line, FONT_BOLD if bold else FONT, 9)
            y -= 6
            if not listed:
                text.put(frame.left, y - 14, i18n.translate("Reports", "No contacts to call."), FONT, 10)
        if compact and listed:
            y = _column_heads(canvas, text, frame, y)
        for row in listed[index : index + (first_page if page == 1 else per_page)]:
            draw_row.draw(canvas, text, row, y)
            y -= row_height
            index += 1
        text.flush()
        canvas.showPage()
    canvas.save()
    return CallSheetResult(RenderedPdf(buffer.getvalue(), pages), len(listed), refused)


def _intro_lines(
    header: ReportHeader, frame: PageFrame, listed: int, refused: int, sort: str
) -> list[tuple[str, bool]]:
    lines: list[tuple[str, bool]] = []
    if header.description and not header_fits(header, frame):
        lines += [(line, False) for line in wrap(header.description, FONT, 9, frame.body_width, 3)]
    sorts = {
        "overdue": i18n.translate("Reports", "most overdue first"),
        "name": i18n.translate("Reports", "sorted by name"),
        "city": i18n.translate("Reports", "sorted by city"),
    }
    facts = [i18n.translate("Reports", "%n contacts to call", None, listed), sorts[sort]]
    if refused:
        facts.append(i18n.translate("Reports", "%n left out: they refused phone calls", None, refused))
    lines += [(line, True) for line in wrap(" · ".join(facts), FONT_BOLD, 9, frame.body_width, 2)]
    return lines


def _column_heads(canvas: Any, text: TextWriter, frame: PageFrame, y: float) -> float:
    x = frame.left
    for title, share in COLUMNS:
        room = share * frame.body_width - 2 * PAD
        text.put(
            x + PAD, y - 10, ellipsize(i18n.translate("Reports", title), FONT_BOLD, 7.5, room), FONT_BOLD, 7.5
        )
        x += share * frame.body_width
    canvas.setStrokeGray(0.2)
    canvas.setLineWidth(0.8)
    canvas.line(frame.left, y - COLUMN_HEAD, frame.right, y - COLUMN_HEAD)
    return y - COLUMN_HEAD


def _last_contact_line(row: CallRow, lang: str) -> tuple[str, str]:
    last = row.last_contact
    if last is None:
        return i18n.translate("Reports", "Never contacted"), ""
    return f"{format_date(last.on, lang)} · {words.channel_word(last.channel)}", " ".join(
        (last.note or "").split()
    )


def _box(canvas: Any, x: float, y: float, size: float = 6.5) -> None:
    canvas.rect(x, y, size, size, stroke=1, fill=0)


class _CompactRow:
    """One two-line row; the boxes, their labels and the rules are a form drawn once per document."""

    FORM = "callsheet-compact-row"

    def __init__(self, frame: PageFrame, header: ReportHeader) -> None:
        self.frame, self.header = frame, header
        self.x: list[float] = []
        self.room: list[float] = []
        x = frame.left
        for _title, share in COLUMNS:
            self.x.append(x + PAD)
            self.room.append(share * frame.body_width - 2 * PAD)
            x += share * frame.body_width
        self.outcomes = [i18n.translate("Reports", o) for o in OUTCOMES_COMPACT]

    def define(self, canvas: Any) -> None:
        """The parts every row shares, drawn with the row's top at y = 0."""
        x, room = self.x, self.room
        canvas.beginForm(self.FORM, 0, -COMPACT_ROW - 1, self.frame.width, 1)
        text = TextWriter(canvas)
        half = room[5] / 2
        canvas.setStrokeGray(0.1)
        canvas.setLineWidth(0.6)
        for index, label in enumerate(self.outcomes):
            bx, by = x[5] + (index % 2) * half, (-10 if index < 2 else -20)
            _box(canvas, bx, by - 0.5)
            size = fit_size(label, FONT, 6.5, 5.5, half - 11)
            text.put(bx + 9, by, ellipsize(label, FONT, size, half - 11), FONT, size)
        text.flush()
        canvas.setStrokeGray(0.7)
        canvas.setLineWidth(0.4)
        canvas.setDash(1, 2)
        canvas.line(x[6], -18, x[6] + room[6], -18)
        canvas.setDash()
        canvas.line(self.frame.left, -COMPACT_ROW, self.frame.right, -COMPACT_ROW)
        canvas.endForm()

    def draw(self, canvas: Any, text: TextWriter, row: CallRow, top: float) -> None:
        x, room, home = self.x, self.room, self.header.home_country
        y1, y2 = top - 10, top - 20
        text.put(x[0], y1, ellipsize(row.name, FONT_BOLD, 8.5, room[0]), FONT_BOLD, 8.5)
        company = " · ".join(p for p in (row.company, row.city) if p and p != row.name)
        text.put(x[0], y2, ellipsize(company, FONT, 7.5, room[0]), FONT, 7.5, gray=0.3)
        phones = [words.format_phone(p, home) for p in row.phones] or ["—"]
        for y, phone in zip((y1, y2), phones, strict=False):
            text.put(x[1], y, ellipsize(phone, FONT, 8, room[1]), FONT, 8)
        when, note = _last_contact_line(row, self.header.lang)
        text.put(x[2], y1, ellipsize(when, FONT, 8, room[2]), FONT, 8)
        text.put(x[2], y2, ellipsize(note, FONT, 7.5, room[2]), FONT, 7.5, gray=0.3)
        days = words.days_overdue(row.next_followup_at, self.header.today)
        font = FONT_BOLD if days is not None and days > 0 else FONT
        text.put(
            x[3],
            y1,
            ellipsize(words.overdue_text(days), font, 8, room[3]),
            font,
            8,
            gray=0.0 if font == FONT_BOLD else 0.35,
        )
        marks = words.consent_marks(row.phone_consent, row.email_consent, row.post_consent)
        text.put(x[4], y1, marks, FONT, 7.5)
        _place_form(canvas, self.FORM, top)


def _place_form(canvas: Any, name: str, top: float) -> None:
    canvas.saveState()
    canvas.translate(0, top)
    canvas.doForm(name)
    canvas.restoreState()


class _DetailedRow:
    """A block per contact; the static parts are a form, as for compact rows."""

    FORM = "callsheet-detailed-row"

    def __init__(self, frame: PageFrame, header: ReportHeader) -> None:
        self.frame, self.header = frame, header
        self.outcomes = [i18n.translate("Reports", o) for o in OUTCOMES_DETAILED]
        self.notes = i18n.translate("Reports", "Notes")

    def draw(self, canvas: Any, text: TextWriter, row: CallRow, top: float) -> None:
        f, home, lang = self.frame, self.header.home_country, self.header.lang
        left, right, room = f.left, f.right, f.body_width
        days = words.days_overdue(row.next_followup_at, self.header.today)
        overdue = words.overdue_text(days)
        if days is not None and days > 0:
            overdue = i18n.fill(i18n.translate("Reports", "Overdue: %1"), overdue)
        y = top - 13
        text.put_right(right, y, overdue, FONT_BOLD, 9)
        title = row.name + (f" — {row.company}" if row.company and row.company != row.name else "")
        if row.job_title:
            title += f" ({row.job_title})"
        text.put(left, y, ellipsize(title, FONT_BOLD, 10.5, room - 110), FONT_BOLD, 10.5)
        y -= 13
        phones = "   ".join(words.format_phone(p, home) for p in row.phones) or i18n.translate(
            "Reports", "no phone number"
        )
        marks = words.consent_marks(row.phone_consent, row.email_consent, row.post_consent)
        text.put_right(right, y, marks, FONT, 9)
        text.put(left, y, ellipsize(f"{words.PHONE} {phones}", FONT, 10, room - 70), FONT, 10)
        y -= 12
        country = words.country_name(row.country, lang) if row.country and row.country != home else None
        place = ", ".join(p for p in (row.city, country) if p)
        stage = _stage_word(row.stage)
        details = [p for p in (row.email, place, stage) if p]
        if row.owner:
            details.append(i18n.fill(i18n.translate("Reports", "Owner: %1"), row.owner))
        text.put(left, y, ellipsize(" · ".join(details), FONT, 8, room), FONT, 8, gray=0.3)
        y -= 12
        when, note = _last_contact_line(row, lang)
        lead = i18n.fill(i18n.translate("Reports", "Last contact: %1"), when) if row.last_contact else when
        lines = wrap(f"{lead} — {note}" if note else lead, FONT, 8.5, room, 2)
        for line in lines:
            text.put(left, y, line, FONT, 8.5)
            y -= 11
        _place_form(canvas, self.FORM, top)

    def define(self, canvas: Any) -> None:
        """Outcome boxes, the notes lines and the rule under the block, with its top at y = 0."""
        f = self.frame
        left, right, room = f.left, f.right, f.body_width
        canvas.beginForm(self.FORM, 0, -DETAILED_ROW - 1, f.width, 1)
        text = TextWriter(canvas)
        y = -74.0
        canvas.setStrokeGray(0.1)
        canvas.setLineWidth(0.6)
        x = left
        step = room / len(self.outcomes)
        for label in self.outcomes:
            _box(canvas, x, y - 1, 7.5)
            size = fit_size(label, FONT, 8, 6.5, step - 14)
            text.put(x + 11, y, ellipsize(label, FONT, size, step - 14), FONT, size)
            x += step
        text.put(left, y - 17, self.notes, FONT, 8, gray=0.35)
        text.flush()
        canvas.setStrokeGray(0.65)
        canvas.setLineWidth(0.4)
        canvas.setDash(1, 2)
        canvas.line(left + 32, y - 18, right, y - 18)
        canvas.line(left, y - 31, right, y - 31)
        canvas.setDash()
        canvas.setStrokeGray(0.3)
        canvas.setLineWidth(0.8)
        canvas.line(left, -DETAILED_ROW + 4, right, -DETAILED_ROW + 4)
        canvas.endForm()


def _stage_word(stage: str | None) -> str | None:
    return choice_label("stage", stage) if stage else None
