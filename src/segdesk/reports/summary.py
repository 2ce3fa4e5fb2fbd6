"""The segment summary: size now and over time, who joined and left, breakdowns, value, top contacts.

One or two pages for a meeting, built with Platypus; "page N of M" is drawn once
the page count is known (see :func:`segdesk.reports.pages.numbered_canvas`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import KeepTogether

from segdesk.domain import i18n
from segdesk.domain.choice_labels import choice_label
from segdesk.domain.fields import STAGES
from segdesk.domain.locale_format import format_date, format_money, format_number, format_percent
from segdesk.reports import charts
from segdesk.reports.pages import binary_streams, build_flowing_pdf, header_fits, page_frame
from segdesk.reports.rows import RenderedPdf, SummaryData
from segdesk.reports.text import FONT, FONT_BOLD, ellipsize, register_fonts

GRID = colors.Color(0.8, 0.8, 0.8)
CHART_HEIGHT = 124.0


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12)
    return {
        "body": base,
        "heading": ParagraphStyle(
            "heading", parent=base, fontName=FONT_BOLD, fontSize=11, leading=14, spaceBefore=6, spaceAfter=4
        ),
        "figure": ParagraphStyle("figure", parent=base, fontName=FONT_BOLD, fontSize=16, leading=19),
        "caption": ParagraphStyle(
            "caption", parent=base, fontSize=7.5, leading=9, textColor=colors.Color(0.35, 0.35, 0.35)
        ),
    }


def _not_set() -> str:
    return i18n.translate("Reports", "Not set")


def _labelled(counts: Sequence[tuple[str | None, int]], field: str | None = None) -> list[tuple[str, int]]:
    return [(choice_label(field, code) if field and code else (code or _not_set()), n) for code, n in counts]


def _stage_counts(counts: Sequence[tuple[str | None, int]]) -> list[tuple[str, int]]:
    """Stages in the order of the customer journey, unknown ones after, "not set" last."""
    order = {code: index for index, code in enumerate(STAGES)}
    ranked = sorted(
        counts, key=lambda item: (item[0] is None, order.get(item[0] or "", len(order)), item[0] or "")
    )
    return _labelled(ranked, "stage")


def _channel_counts(counts: Sequence[tuple[str | None, int]]) -> list[tuple[str, int]]:
    none = i18n.translate("Reports", "No preference")
    return [(choice_label("preferred_channel", code) if code else none, n) for code, n in counts if n]


def _figures(data: SummaryData, styles: dict[str, ParagraphStyle], width: float) -> Table:
    lang, currency = data.header.lang, data.header.currency
    if data.last_snapshot is None:
        change = "—"
        change_caption = i18n.translate("Reports", "No snapshot yet")
    else:
        change = f"+{format_number(data.joined or 0, lang)} / −{format_number(data.left or 0, lang)}"
        change_caption = i18n.fill(
            i18n.translate("Reports", "joined / left since %1"),
            format_date(data.last_snapshot, lang, style="medium"),
        )
    average = data.total_cents // data.size if data.size else None
    cells = [
        (format_number(data.size, lang), i18n.translate("Reports", "contacts now")),
        (change, change_caption),
        (
            format_money(data.total_cents, currency, lang, decimals=0),
            i18n.translate("Reports", "total spent"),
        ),
        (
            format_money(average, currency, lang) if average is not None else "—",
            i18n.translate("Reports", "average per contact"),
        ),
    ]
    row = [
        [Paragraph(escape(value), styles["figure"]), Paragraph(escape(caption), styles["caption"])]
        for value, caption in cells
    ]
    table = Table([row], colWidths=[width / 4] * 4)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (-1, -1), 0.5, GRID),
                ("INNERGRID", (0, 0), (-1, -1), 0.5, GRID),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def _side_by_side(left: Any, right: Any, width: float) -> Table:
    table = Table([[left, right]], colWidths=[width / 2, width / 2])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def _top_table(data: SummaryData, styles: dict[str, ParagraphStyle], width: float) -> Table:
    lang, currency = data.header.lang, data.header.currency
    shares = (0.05, 0.26, 0.24, 0.15, 0.15, 0.15)
    rooms = [share * width - 12 for share in shares]
    head = [
        "#",
        i18n.translate("Reports", "Name"),
        i18n.translate("Reports", "Company"),
        i18n.translate("Reports", "City"),
        i18n.translate("Reports", "Last purchase"),
        i18n.translate("Reports", "Spent"),
    ]
    rows: list[list[str]] = [
        [ellipsize(text, FONT_BOLD, 8, room) for text, room in zip(head, rooms, strict=True)]
    ]
    for rank, top in enumerate(data.top, start=1):
        cells = [
            str(rank),
            top.name,
            top.company if top.company and top.company != top.name else "",
            top.city or "",
            format_date(top.last_purchase_at, lang),
            format_money(top.total_cents, currency, lang),
        ]
        rows.append([ellipsize(text, FONT, 8, room) for text, room in zip(cells, rooms, strict=True)])
    table = Table(rows, colWidths=[share * width for share in shares], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 8),
                ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8),
                ("ALIGN", (-1, 0), (-1, -1), "RIGHT"),
                ("ALIGN", (0, 0), (0, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.Color(0.2, 0.2, 0.2)),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, GRID),
            ]
        )
    )
    return table


@binary_streams
def render_summary(data: SummaryData, paper: str = "a4") -> RenderedPdf:
    """The summary PDF of one segment (or rule, or selection)."""
    register_fonts()
    header, lang = data.header, data.header.lang
    frame = page_frame(paper)
    kind = i18n.translate("Reports", "Segment summary")
    styles = _styles()
    width = frame.body_width
    no_data = i18n.translate("Reports", "No contacts")

    def numbers(value: float) -> str:
        return format_number(value, lang)

    story: list[Any] = []
    if header.description and not header_fits(header, frame):
        story += [Paragraph(escape(" ".join(header.description.split())), styles["body"]), Spacer(1, 8)]
    story += [_figures(data, styles, width), Spacer(1, 10)]
    points = list(data.history)
    if points and points[-1][0] < header.today:
        points.append((header.today, data.size))
    story.append(
        charts.size_chart(
            i18n.translate("Reports", "Size over time"),
            points,
            lambda d: format_date(d, lang),
            numbers,
            width,
            140,
            i18n.translate(
                "Reports", "Not enough history yet: snapshots are taken with “segdesk segments snapshot”."
            ),
        )
    )
    story.append(Spacer(1, 10))
    half = width / 2 - 6
    story.append(
        _side_by_side(
            charts.bar_chart(
                i18n.translate("Reports", "By stage"),
                _stage_counts(data.by_stage),
                numbers,
                half,
                CHART_HEIGHT,
                no_data,
            ),
            charts.pie_chart(
                i18n.translate("Reports", "Preferred channel"),
                _channel_counts(data.by_channel),
                lambda share: format_percent(share, lang),
                half,
                CHART_HEIGHT,
                no_data,
            ),
            width,
        )
    )
    story.append(Spacer(1, 10))
    other = i18n.translate("Reports", "Other")
    story.append(
        _side_by_side(
            charts.bar_chart(
                i18n.translate("Reports", "By region"),
                charts.top_with_other(_labelled(data.by_region), other),
                numbers,
                half,
                CHART_HEIGHT,
                no_data,
            ),
            charts.bar_chart(
                i18n.translate("Reports", "By industry"),
                charts.top_with_other(_labelled(data.by_industry), other),
                numbers,
                half,
                CHART_HEIGHT,
                no_data,
            ),
            width,
        )
    )
    heading = Paragraph(escape(i18n.translate("Reports", "Top 10 contacts by value")), styles["heading"])
    if data.top:
        story.append(KeepTogether([heading, _top_table(data, styles, width)]))
    return build_flowing_pdf(story, frame, header, kind)
