"""Charts of the segment summary (reportlab.graphics), every string in the embedded DejaVu Sans."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors

from segdesk.reports.text import FONT, FONT_BOLD, ellipsize

PALETTE = [colors.HexColor(c) for c in ("#2f6f9f", "#e08a2e", "#5a9e4b", "#b5485d", "#7a65a8", "#8c8c8c")]
MAX_BARS = 8


def _title(drawing: Drawing, text: str, width: float, height: float) -> None:
    drawing.add(
        String(0, height - 11, ellipsize(text, FONT_BOLD, 9.5, width), fontName=FONT_BOLD, fontSize=9.5)
    )


def _empty(drawing: Drawing, message: str, width: float, height: float) -> Drawing:
    drawing.add(
        String(
            width / 2,
            height / 2,
            message,
            fontName=FONT,
            fontSize=8.5,
            textAnchor="middle",
            fillColor=colors.Color(0.4, 0.4, 0.4),
        )
    )
    return drawing


def size_chart(
    title: str,
    points: Sequence[tuple[date, int]],
    date_text: Callable[[date], str],
    number_text: Callable[[float], str],
    width: float,
    height: float,
    empty: str,
) -> Drawing:
    """Members over time: one point per snapshot plus today."""
    drawing = Drawing(width, height, initialFontName=FONT, initialFontSize=8)
    _title(drawing, title, width, height)
    if len(points) < 2:
        return _empty(drawing, empty, width, height - 14)
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = 42, 24, width - 60, height - 46
    plot.data = [[(float(day.toordinal()), float(size)) for day, size in points]]
    line = plot.lines[0]
    line.strokeColor = PALETTE[0]
    line.strokeWidth = 1.6
    line.symbol = makeMarker("FilledCircle", size=3.5, fillColor=PALETTE[0], strokeColor=PALETTE[0])
    first, last = points[0][0].toordinal(), points[-1][0].toordinal()
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = first, max(last, first + 1)
    steps = min(6, len(points))
    plot.xValueAxis.valueSteps = sorted(
        {round(first + (last - first) * i / (steps - 1)) for i in range(steps)}
    )
    plot.xValueAxis.labelTextFormat = lambda value: date_text(date.fromordinal(int(value)))
    top = max(size for _, size in points)
    plot.yValueAxis.valueMin = 0
    plot.yValueAxis.valueMax = max(1, top) * 1.15
    plot.yValueAxis.labelTextFormat = lambda value: number_text(value)
    plot.yValueAxis.visibleGrid = True
    plot.yValueAxis.gridStrokeColor = colors.Color(0.85, 0.85, 0.85)
    _style_axes(plot.xValueAxis, plot.yValueAxis)
    drawing.add(plot)
    return drawing


def _style_axes(*axes: Any) -> None:
    for axis in axes:
        axis.labels.fontName = FONT
        axis.labels.fontSize = 7
        axis.strokeColor = colors.Color(0.5, 0.5, 0.5)


def top_with_other(
    counts: Sequence[tuple[str, int]], other: str, limit: int = MAX_BARS
) -> list[tuple[str, int]]:
    """The ``limit - 1`` largest and the rest summed as ``other`` (when more than ``limit``)."""
    ranked = sorted(counts, key=lambda item: -item[1])
    if len(ranked) <= limit:
        return ranked
    head = ranked[: limit - 1]
    return [*head, (other, sum(count for _, count in ranked[limit - 1 :]))]


def bar_chart(
    title: str,
    counts: Sequence[tuple[str, int]],
    number_text: Callable[[float], str],
    width: float,
    height: float,
    empty: str,
) -> Drawing:
    """Horizontal bars, largest on top, with the count at the end of each bar."""
    drawing = Drawing(width, height, initialFontName=FONT, initialFontSize=8)
    _title(drawing, title, width, height)
    if not counts or not any(count for _, count in counts):
        return _empty(drawing, empty, width, height - 14)
    labels_room = min(120.0, width * 0.42)
    chart = HorizontalBarChart()
    chart.width = width - labels_room - 34
    chart.height = min(height - 24, 17.0 * len(counts))
    chart.x, chart.y = labels_room + 4, height - 18 - chart.height
    ordered = list(reversed(counts))  # the chart draws the first category at the bottom
    chart.data = [[count for _, count in ordered]]
    chart.categoryAxis.categoryNames = [ellipsize(name, FONT, 7.5, labels_room - 6) for name, _ in ordered]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.visibleTicks = False
    chart.categoryAxis.strokeColor = colors.Color(0.5, 0.5, 0.5)
    chart.valueAxis.visible = False
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(count for _, count in counts) * 1.02
    chart.bars[0].fillColor = PALETTE[0]
    chart.bars[0].strokeColor = None
    chart.barWidth = 8
    chart.barLabelFormat = lambda value: number_text(value)
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def pie_chart(
    title: str,
    counts: Sequence[tuple[str, int]],
    share_text: Callable[[float], str],
    width: float,
    height: float,
    empty: str,
) -> Drawing:
    """A pie with "label 42 %" beside each slice."""
    drawing = Drawing(width, height, initialFontName=FONT, initialFontSize=8)
    _title(drawing, title, width, height)
    total = sum(count for _, count in counts)
    if not total:
        return _empty(drawing, empty, width, height - 14)
    pie = Pie()
    size = min(width * 0.45, height - 40)
    pie.x, pie.y = (width - size) / 2, (height - 14 - size) / 2
    pie.width = pie.height = size
    pie.data = [count for _, count in counts]
    pie.labels = [f"{name} {share_text(count / total)}" for name, count in counts]
    pie.simpleLabels = 0
    pie.sideLabels = 1
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 1
    pie.slices.fontName = FONT
    pie.slices.fontSize = 7.5
    for index in range(len(counts)):
        pie.slices[index].fillColor = PALETTE[index % len(PALETTE)]
    drawing.add(pie)
    return drawing
