"""Reading report PDFs back: text and word boxes with poppler's ``pdftotext``, pages and fonts in pure Python.

The pure-Python checks always run; the ``pdftotext`` ones are skipped with a reason
when poppler-utils is not installed (``apt-get install poppler-utils``).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from html import unescape
from pathlib import Path

import pytest

PDFTOTEXT = shutil.which("pdftotext")
needs_pdftotext = pytest.mark.skipif(
    PDFTOTEXT is None, reason="pdftotext not found: install poppler-utils to read PDF text back"
)
POINTS_PER_MM = 72 / 25.4


def page_count(data: bytes) -> int:
    """Pages of a PDF, from its page objects (ReportLab leaves object dictionaries uncompressed)."""
    return len(re.findall(rb"/Type /Page\b(?!s)", data))


def font_names(data: bytes) -> set[str]:
    """The base font names a PDF uses, subset prefixes removed (``ABCDEF+DejaVuSans`` -> ``DejaVuSans``)."""
    names = re.findall(rb"/BaseFont /([A-Za-z0-9+\-_]+)", data)
    return {name.decode().split("+")[-1] for name in names}


def embedded_font_files(data: bytes) -> int:
    """How many embedded TrueType font programs the PDF carries."""
    return len(re.findall(rb"/FontFile2 ", data))


def _run(data: bytes, *options: str) -> str:
    assert PDFTOTEXT is not None
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "report.pdf"
        pdf.write_bytes(data)
        done = subprocess.run(
            [PDFTOTEXT, *options, str(pdf), "-"], capture_output=True, check=True, timeout=120
        )
    return done.stdout.decode("utf-8")


def pdf_text(data: bytes, *, first: int | None = None, last: int | None = None) -> str:
    """The text of the PDF in reading order (``-layout``)."""
    pages = [*(["-f", str(first)] if first else []), *(["-l", str(last)] if last else [])]
    return _run(data, "-layout", *pages)


@dataclass(frozen=True)
class Word:
    page: int
    text: str
    x_min: float  # points from the left edge
    y_min: float  # points from the top edge
    x_max: float
    y_max: float


def pdf_words(data: bytes) -> list[Word]:
    """Every word with its box (``pdftotext -bbox``), pages counted from 1."""
    html = _run(data, "-bbox")
    words: list[Word] = []
    page = 0
    for line in html.splitlines():
        if "<page " in line:
            page += 1
        found = re.search(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line
        )
        if found:
            x0, y0, x1, y1 = (float(found.group(i)) for i in range(1, 5))
            words.append(Word(page, unescape(found.group(5)), x0, y0, x1, y1))
    return words
