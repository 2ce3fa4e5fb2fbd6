"""What every report page shares: paper sizes, the header and footer, "page N of M", PDF metadata."""

from __future__ import annotations

import functools
import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ParamSpec, TypeVar

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from segdesk.domain import i18n
from segdesk.domain.locale_format import format_date
from segdesk.reports.rows import RenderedPdf, ReportHeader
from segdesk.reports.text import FONT, FONT_BOLD, TextWriter, ellipsize, register_fonts

P = ParamSpec("P")
R = TypeVar("R")
PAPERS: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}
HEADER_HEIGHT = 40.0
FOOTER_HEIGHT = 22.0
RULE_GRAY = 0.6


@dataclass(frozen=True, slots=True)
class PageFrame:
    """A page and the body area between the header and the footer, in points."""

    width: float
    height: float
    margin: float = 36.0

    @property
    def left(self) -> float:
        return self.margin

    @property
    def right(self) -> float:
        return self.width - self.margin

    @property
    def body_top(self) -> float:
        return self.height - self.margin - HEADER_HEIGHT

    @property
    def body_bottom(self) -> float:
        return self.margin + FOOTER_HEIGHT

    @property
    def body_width(self) -> float:
        return self.right - self.left


def binary_streams(render: Callable[P, R]) -> Callable[P, R]:
    """Run ``render`` with page and font streams compressed but not ASCII85-wrapped.

    ReportLab wraps every compressed stream in ASCII85 by default (``rl_config.useA85``),
    a 7-bit safety nobody needs any more that costs a quarter of the file size and,
    in pure Python, a tenth of the time of a long call sheet.
    """

    @functools.wraps(render)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        previous = rl_config.useA85
        rl_config.useA85 = 0
        try:
            return render(*args, **kwargs)
        finally:
            rl_config.useA85 = previous

    return wrapper


def page_frame(paper: str, *, wide: bool = False, margin: float = 36.0) -> PageFrame:
    size = PAPERS.get(paper.lower(), A4)
    width, height = landscape(size) if wide else size
    return PageFrame(float(width), float(height), margin)


def new_canvas(buffer: io.BytesIO, frame: PageFrame, header: ReportHeader, kind: str, **kwargs: Any) -> Any:
    """A canvas with metadata; ``invariant`` so the same data gives the same bytes."""
    register_fonts()
    canvas = Canvas(
        buffer,
        pagesize=(frame.width, frame.height),
        invariant=1,
        lang=header.lang,
        initialFontName=FONT,
        initialFontSize=9,
        **kwargs,
    )
    canvas.setTitle(f"{kind}: {header.title}")
    canvas.setAuthor("segdesk")
    canvas.setCreator("segdesk")
    canvas.setSubject(kind)
    return canvas


def page_label(page: int, pages: int) -> str:
    return i18n.fill(i18n.translate("Reports", "Page %1 of %2"), page, pages)


def _about(header: ReportHeader) -> str:
    about = []
    if header.owner:
        about.append(i18n.fill(i18n.translate("Reports", "Owner: %1"), header.owner))
    if header.description:
        about.append(" ".join(header.description.split()))
    return " · ".join(about)


def header_fits(header: ReportHeader, frame: PageFrame) -> bool:
    """Whether the owner and description line of the header shows the description whole."""
    about = _about(header)
    return ellipsize(about, FONT, 8, frame.body_width) == about


def decorate_page(
    canvas: Any, frame: PageFrame, header: ReportHeader, kind: str, page: int, pages: int, legend: str = ""
) -> None:
    """Header (report kind, title, owner, persona, date) and footer (legend, page N of M) of one page."""
    text = TextWriter(canvas)
    top = frame.height - frame.margin
    date_text = format_date(header.today, header.lang, style="medium")
    text.put_right(frame.right, top - 10, date_text, FONT, 9, gray=0.3)
    text.put(frame.left, top - 8, kind.upper(), FONT_BOLD, 7, gray=0.45)
    room = frame.body_width - 90
    text.put(frame.left, top - 22, ellipsize(header.title, FONT_BOLD, 13, room), FONT_BOLD, 13)
    about = _about(header)
    if about:
        text.put(frame.left, top - 33, ellipsize(about, FONT, 8, frame.body_width), FONT, 8, gray=0.3)
    bottom = frame.margin
    text.put_right(frame.right, bottom + 4, page_label(page, pages), FONT, 8, gray=0.3)
    if legend:
        text.put(frame.left, bottom + 4, ellipsize(legend, FONT, 7, frame.body_width - 80), FONT, 7, gray=0.3)
    text.flush()
    canvas.setStrokeGray(RULE_GRAY)
    canvas.setLineWidth(0.6)
    canvas.line(frame.left, top - HEADER_HEIGHT + 3, frame.right, top - HEADER_HEIGHT + 3)
    canvas.line(frame.left, bottom + 14, frame.right, bottom + 14)


def numbered_canvas(decorate: Callable[[Any, int, int], None], counter: list[int]) -> type[Any]:
    """A canvas class for Platypus that decorates each page once the page count is known.

    Pages are kept until ``save``; then ``decorate(canvas, page, pages)`` runs on each and the
    count is appended to ``counter`` (the caller reads the page count from there).
    """

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab has no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("invariant", 1)
            kwargs.setdefault("initialFontName", FONT)
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                decorate(self, number, total)
                super().showPage()
            counter.append(total)
            super().save()

    return NumberedCanvas


def build_flowing_pdf(story: list[Any], frame: PageFrame, header: ReportHeader, kind: str) -> RenderedPdf:
    """Lay out a Platypus ``story`` on ``frame``'s pages, with segdesk's header and "Page N of M" footer."""
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=(frame.width, frame.height),
        leftMargin=frame.margin,
        rightMargin=frame.margin,
        topMargin=frame.height - frame.body_top,
        bottomMargin=frame.body_bottom,
        title=f"{kind}: {header.title}",
        author="segdesk",
        creator="segdesk",
        subject=kind,
        lang=header.lang,
        invariant=1,
        initialFontName=FONT,
        initialFontSize=9,
    )
    body = Frame(
        frame.left,
        frame.body_bottom,
        frame.body_width,
        frame.body_top - frame.body_bottom - 6,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[body])])
    counter: list[int] = []
    canvasmaker = numbered_canvas(
        lambda canvas, page, pages: decorate_page(canvas, frame, header, kind, page, pages), counter
    )
    doc.build(story, canvasmaker=canvasmaker)
    return RenderedPdf(buffer.getvalue(), counter[-1])
