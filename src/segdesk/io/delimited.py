"""Delimited text: CSV, semicolon CSV (Excel in most of Europe), TSV and Excel's "Unicode text"."""

from __future__ import annotations

import csv
import io
from collections import Counter

from segdesk.domain import i18n
from segdesk.io.errors import SourceError
from segdesk.io.tables import Table

__all__ = ["guess_delimiter", "read_delimited"]

DELIMITERS = ",;\t|"
SNIFF_CHARS = 65_536


def _outside_quotes(line: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    quoted = False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in DELIMITERS:
            counts[ch] += 1
    return counts


def guess_delimiter(text: str) -> str:
    """The delimiter of ``text``: csv.Sniffer first, else the most frequent one in the header line."""
    sample = text[:SNIFF_CHARS]
    if len(text) > SNIFF_CHARS:
        sample = sample[: sample.rfind("\n") + 1] or sample
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        sniffed = None
    first_line = sample.splitlines()[0] if sample else ""
    counts = _outside_quotes(first_line)
    if sniffed and (counts[sniffed] or not counts):
        # The Sniffer can pick a character that only appears inside values; trust it only when the
        # header line agrees (or has no delimiter at all: a single column).
        return sniffed
    return counts.most_common(1)[0][0] if counts else ","


def read_delimited(text: str, *, max_rows: int | None = None) -> Table:
    delimiter = guess_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[list[str]] = []
    headers: list[str] | None = None
    try:
        for cells in reader:
            if headers is None:
                if any(c.strip() for c in cells):
                    headers = [c.strip() for c in cells]
                continue
            if not any(c.strip() for c in cells):
                continue
            rows.append(cells)
            if max_rows is not None and len(rows) >= max_rows:
                break
    except csv.Error as exc:
        if "NUL" in str(exc):
            raise SourceError(
                i18n.translate("Import", "This is not a text file (it holds binary data).")
            ) from exc
        raise SourceError(
            i18n.fill(
                i18n.translate(
                    "Import",
                    "The file is damaged near line %1 (a quoted cell is not closed); it may be cut short.",
                ),
                reader.line_num,
            )
        ) from exc
    if headers is None:
        raise SourceError(i18n.translate("Import", "The file is empty."))
    _name_blank_headers(headers)
    return Table(headers=headers, rows=rows, file_format="csv", delimiter=delimiter)


def _name_blank_headers(headers: list[str]) -> None:
    for index, header in enumerate(headers):
        if not header:
            headers[index] = i18n.fill(i18n.translate("Import", "Column %1"), index + 1)
