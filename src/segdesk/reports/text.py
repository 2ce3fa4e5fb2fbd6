"""Fonts and fitting text into a width: the embedded DejaVu Sans, ellipsis, shrink to fit, wrapping.

Every report draws user data in DejaVu Sans, shipped inside the package
(``segdesk/resources/fonts``) and embedded (subset) in each PDF, so Polish,
French, German and Spanish letters print on any computer. The standard PDF
fonts (Helvetica...) cover Latin-1 only and are never used for user text.
"""

from __future__ import annotations

import functools
import io
from importlib import resources
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

__all__ = ["ELLIPSIS", "FONT", "FONT_BOLD", "TextWriter", "ellipsize", "fit_size", "register_fonts", "width"]

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
ELLIPSIS = "…"
_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}


@functools.cache
def register_fonts() -> tuple[str, str]:
    """Register the packaged fonts with ReportLab once; their names (regular, bold)."""
    folder = resources.files("segdesk").joinpath("resources", "fonts")
    for name, file_name in _FILES.items():
        data = folder.joinpath(file_name).read_bytes()
        pdfmetrics.registerFont(TTFont(name, io.BytesIO(data)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    return FONT, FONT_BOLD


def width(text: str, font: str, size: float) -> float:
    """Width of ``text`` in points."""
    return float(pdfmetrics.stringWidth(text, font, size))


def ellipsize(text: str, font: str, size: float, room: float) -> str:
    """``text`` cut with "…" so it fits ``room`` points (unchanged when it already fits)."""
    if width(text, font, size) <= room:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if width(text[:middle].rstrip() + ELLIPSIS, font, size) <= room:
            low = middle
        else:
            high = middle - 1
    return (
        text[:low].rstrip() + ELLIPSIS if low else (ELLIPSIS if width(ELLIPSIS, font, size) <= room else "")
    )


def fit_size(text: str, font: str, size: float, minimum: float, room: float) -> float:
    """The largest size, from ``size`` down to ``minimum`` in quarter points, at which ``text`` fits."""
    wide = width(text, font, size)
    if wide <= room:
        return size
    scaled = int(size * room / wide * 4) / 4  # widths scale with the size
    return max(minimum, scaled)


def wrap(text: str, font: str, size: float, room: float, max_lines: int) -> list[str]:
    """Greedy word wrap into at most ``max_lines`` lines; the last one is ellipsized if text remains."""
    words = text.split()
    lines: list[str] = []
    current = ""
    for index, word in enumerate(words):
        candidate = f"{current} {word}" if current else word
        if width(candidate, font, size) <= room or not current:
            current = candidate
            continue
        lines.append(current)
        if len(lines) == max_lines:
            lines[-1] = ellipsize(" ".join([current, *words[index:]]), font, size, room)
            return lines
        current = word
    if current:
        lines.append(ellipsize(current, font, size, room))
    return lines[:max_lines]


class TextWriter:
    """Text for one page through a single PDF text object: far cheaper than one ``drawString`` each.

    Call :meth:`flush` before ``showPage``; fonts and greys are only re-set when they change.
    """

    def __init__(self, canvas: Any) -> None:
        self._canvas = canvas
        self._text: Any = None
        self._font: tuple[str, float] | None = None
        self._gray = 0.0

    def _object(self) -> Any:
        if self._text is None:
            self._text = self._canvas.beginText()
            self._font = None
            self._gray = 0.0
        return self._text

    def put(self, x: float, y: float, text: str, font: str, size: float, *, gray: float = 0.0) -> None:
        if not text:
            return
        obj = self._object()
        if self._font != (font, size):
            obj.setFont(font, size)
            self._font = (font, size)
        if gray != self._gray:
            obj.setFillGray(gray)
            self._gray = gray
        obj.setTextOrigin(x, y)
        obj.textOut(text)

    def put_right(
        self, right: float, y: float, text: str, font: str, size: float, *, gray: float = 0.0
    ) -> None:
        self.put(right - width(text, font, size), y, text, font, size, gray=gray)

    def put_centred(self, centre: float, y: float, text: str, font: str, size: float) -> None:
        self.put(centre - width(text, font, size) / 2, y, text, font, size)

    def flush(self) -> None:
        if self._text is not None:
            if self._gray:
                self._text.setFillGray(0)  # fill colour outlives the text object: leave black behind
            self._canvas.drawText(self._text)
            self._text = None
