"""How long printable reports take for 10,000 contacts, next to ReportLab drawing the same strings.

For a demo database of N contacts this times, best of a few runs:

- the call sheet (compact layout, everyone) through the service: query, rows, PDF;
- the same rendering from rows already read (``reports.callsheet`` alone);
- 10,000 mailing labels (L7160) from rows already read, everyone taken as consenting so
  every contact gets a label, and the labels service on the real consent flags;

and, as a reference in the same process, ``canvas.drawString`` drawing the same
strings at the same places in the same embedded font and the same stream settings
(no fitting, no measuring): the floor ReportLab sets. With ``--tables`` it also times the same call sheet
strings as Platypus tables: one table (quadratic) and tables of 60 rows.

    python bench/reports_bench.py --contacts 10000 [--tables]
"""

from __future__ import annotations

import argparse
import dataclasses
import io
from collections.abc import Sequence
from datetime import date

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle
from sqlalchemy import select

from common import best_of, demo_store
from segdesk.domain.locale_format import format_date
from segdesk.reports import words
from segdesk.reports.addresses import address_lines, plan_mailing
from segdesk.reports.callsheet import CallSheetOptions, render_call_sheet, sorted_rows
from segdesk.reports.label_sheets import MM, PRESETS, label_box
from segdesk.reports.labels import render_labels
from segdesk.reports.pages import binary_streams
from segdesk.reports.rows import CallRow, Consent, MailRow, ReportHeader
from segdesk.reports.text import FONT, register_fonts
from segdesk.services import reports as service
from segdesk.services.selection import Selection
from segdesk.store.models import Contact

TODAY = date(2026, 11, 24)
EVERYONE = service.ReportScope(Selection(everyone=True))


def call_strings(header: ReportHeader, rows: Sequence[CallRow]) -> list[list[str]]:
    """Per contact, the strings the compact call sheet draws (unfitted)."""
    outcomes = ["Reached", "Call back", "No answer", "Not interested"]
    table = []
    for row in sorted_rows([r for r in rows if r.phone_consent is not Consent.REFUSED], "overdue", TODAY):
        last = row.last_contact
        when = (
            f"{format_date(last.on, header.lang)} · {words.channel_word(last.channel)}" if last else "Never"
        )
        phones = [words.format_phone(p, header.home_country) for p in row.phones]
        table.append(
            [
                row.name,
                row.company or "",
                *phones,
                when,
                (last.note or "") if last else "",
                words.overdue_text(words.days_overdue(row.next_followup_at, TODAY)),
                words.consent_marks(row.phone_consent, row.email_consent, row.post_consent),
                *outcomes,
            ]
        )
    return table


@binary_streams
def reference_call_sheet(strings: list[list[str]], per_page: int = 17) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=landscape(A4), invariant=1, initialFontName=FONT)
    for index, cells in enumerate(strings):
        if index and index % per_page == 0:
            canvas.showPage()
        y = 480 - (index % per_page) * 26
        for column, text in enumerate(cells):
            canvas.setFont(FONT, 8)
            canvas.drawString(36 + column * 60, y - (column % 2) * 10, text)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@binary_streams
def reference_labels(header: ReportHeader, rows: Sequence[MailRow]) -> bytes:
    sheet = PRESETS["L7160"]
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(sheet.page_width * MM, sheet.page_height * MM), invariant=1)
    page = 0
    for slot, addressee in enumerate(plan_mailing(rows).addressees):
        box = label_box(sheet, slot)
        if box.sheet != page:
            canvas.showPage()
            page = box.sheet
        y = (box.y + box.height) * MM - 14
        for line in address_lines(addressee, header.home_country, header.lang):
            canvas.setFont(FONT, 10)
            canvas.drawString((box.x + 4.4) * MM, y, line)
            y -= 12
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@binary_streams
def tables(strings: list[list[str]], chunk: int) -> bytes:
    buffer = io.BytesIO()
    style = TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    data = [["\n".join(cells[0:2]), "\n".join(cells[2:4]), *cells[4:]] for cells in strings]
    story = [Table(data[i : i + chunk], style=style, repeatRows=0) for i in range(0, len(data), chunk)]
    SimpleDocTemplate(buffer, pagesize=landscape(A4), initialFontName=FONT).build(story)
    return buffer.getvalue()


def line(what: str, seconds: float, reference: float | None = None, note: str = "") -> None:
    ratio = f"{seconds / reference:>6.2f}x" if reference else " " * 7
    print(f"{what:<52} {seconds:>7.2f} s {ratio}  {note}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--tables", action="store_true", help="also time Platypus tables (slow)")
    args = parser.parse_args()
    register_fonts()
    store = demo_store(args.contacts)
    with store.sessions() as session:
        call_rows = service.call_rows(session, select(Contact.id))
        mail_rows = service.mail_rows(session, select(Contact.id))
    header = ReportHeader(title="Bench", today=TODAY, lang="en", home_country="IT")
    print(f"\n== {args.contacts:,} contacts; best of {args.runs}; ratio = segdesk / drawString reference ==")

    strings = call_strings(header, call_rows)
    reference, _ = best_of(args.runs, lambda: reference_call_sheet(strings))
    line(f"reference: drawString of {len(strings):,} call rows", reference)
    seconds, result = best_of(args.runs, lambda: render_call_sheet(header, call_rows, CallSheetOptions()))
    line(
        "call sheet from rows (compact)",
        seconds,
        reference,
        f"{result.listed:,} rows, {result.pdf.pages} pages",
    )
    seconds, result = best_of(args.runs, lambda: service.call_sheet(store, EVERYONE, today=TODAY))
    line(
        "call sheet through the service (query + rows + PDF)", seconds, reference, f"{result.pdf.pages} pages"
    )
    detailed = CallSheetOptions(layout="detailed")
    seconds, result = best_of(1, lambda: render_call_sheet(header, call_rows, detailed))
    line("call sheet from rows (detailed)", seconds, reference, f"{result.pdf.pages} pages")

    consenting = [dataclasses.replace(row, mail_ok=True) for row in mail_rows]
    reference, _ = best_of(args.runs, lambda: reference_labels(header, consenting))
    line(f"reference: drawString of {len(consenting):,} labels", reference)
    seconds, labels = best_of(args.runs, lambda: render_labels(header, consenting, PRESETS["L7160"]))
    line(
        "labels from rows (L7160)", seconds, reference, f"{labels.labels:,} labels, {labels.pdf.pages} sheets"
    )
    seconds, labels = best_of(
        args.runs, lambda: service.mailing_labels(store, EVERYONE, PRESETS["L7160"], today=TODAY)
    )
    line("labels through the service (real consent)", seconds, None, f"{labels.labels:,} labels")

    if args.tables:
        seconds, _ = best_of(1, lambda: tables(strings, 60))
        line("Platypus tables of 60 rows, same strings", seconds)
        seconds, _ = best_of(1, lambda: tables(strings, len(strings)))
        line("one Platypus table, same strings", seconds)
    store.close()


if __name__ == "__main__":
    main()
