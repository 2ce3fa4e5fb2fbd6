"""Everything stored about one person, as a PDF (the right of access: "export everything about me").

Drawn from plain, already translated and formatted text (``services.privacy``
fills it from the same rows as the JSON export): a few sections of facts
(label and value) and tables (interactions, orders, consent, audit trail...).
DejaVu Sans throughout, so every letter of a name prints; "page N of M" and
the date of the export on every page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import KeepTogether

from segdesk.domain import i18n
from segdesk.reports.pages import binary_streams, build_flowing_pdf, page_frame
from segdesk.reports.rows import RenderedPdf, ReportHeader
from segdesk.reports.text import FONT, FONT_BOLD, register_fonts

__all__ = ["Facts", "PersonRecord", "RecordTable", "render_person_record"]

GRID = colors.Color(0.8, 0.8, 0.8)
MUTED = colors.Color(0.35, 0.35, 0.35)


@dataclass(frozen=True, slots=True)
class Facts:
    """A titled list of label and value pairs (empty values are left out before)."""

    title: str
    facts: tuple[tuple[str, str], ...]
    empty: str = ""  # said when there are no facts


@dataclass(frozen=True, slots=True)
class RecordTable:
    """A titled table; ``shares`` are the columns' parts of the page width."""

    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    shares: tuple[float, ...]
    empty: str = ""  # said instead of an empty table


@dataclass(frozen=True, slots=True)
class PersonRecord:
    name: str
    exported_at: datetime
    lang: str
    intro: str  # what the document is, who exported it, from which database
    sections: tuple[Facts | RecordTable, ...]


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=8.5, leading=11)
    return {
        "body": base,
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10),
        "head": ParagraphStyle("head", parent=base, fontName=FONT_BOLD, fontSize=8, leading=10),
        "label": ParagraphStyle("label", parent=base, fontSize=8.5, textColor=MUTED),
        "heading": ParagraphStyle(
            "heading", parent=base, fontName=FONT_BOLD, fontSize=11, leading=14, spaceBefore=10, spaceAfter=4
        ),
        "note": ParagraphStyle("note", parent=base, textColor=MUTED),
    }


def _text(value: str) -> str:
    """Paragraph markup for plain text: escaped, line breaks kept."""
    return "<br/>".join(escape(line) for line in value.splitlines()) if value else ""


def _facts(section: Facts, styles: dict[str, ParagraphStyle], width: float) -> list[Any]:
    heading = Paragraph(escape(section.title), styles["heading"])
    if not section.facts:
        return [KeepTogether([heading, Paragraph(escape(section.empty), styles["note"])])]
    rows = [
        [Paragraph(_text(label), styles["label"]), Paragraph(_text(value), styles["body"])]
        for label, value in section.facts
    ]
    table = Table(rows, colWidths=[width * 0.3, width * 0.7])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID),
            ]
        )
    )
    return [heading, table]


def _table(section: RecordTable, styles: dict[str, ParagraphStyle], width: float) -> list[Any]:
    heading = Paragraph(escape(section.title), styles["heading"])
    if not section.rows:
        return [KeepTogether([heading, Paragraph(escape(section.empty), styles["note"])])]
    total = sum(section.shares)
    widths = [width * share / total for share in section.shares]
    data = [[Paragraph(escape(h), styles["head"]) for h in section.headers]]
    data += [[Paragraph(_text(cell), styles["cell"]) for cell in row] for row in section.rows]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.Color(0.2, 0.2, 0.2)),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, GRID),
            ]
        )
    )
    return [heading, table]


@binary_streams
def render_person_record(record: PersonRecord, paper: str = "a4") -> RenderedPdf:
    """The PDF of everything stored about one person."""
    register_fonts()
    frame = page_frame(paper)
    kind = i18n.translate("Reports", "Everything stored about this person")
    header = ReportHeader(title=record.name, today=record.exported_at.date(), lang=record.lang)
    styles = _styles()
    width = frame.body_width
    story: list[Any] = [Paragraph(_text(record.intro), styles["note"]), Spacer(1, 4)]
    for section in record.sections:
        if isinstance(section, Facts):
            story += _facts(section, styles, width)
        else:
            story += _table(section, styles, width)
    return build_flowing_pdf(story, frame, header, kind)
