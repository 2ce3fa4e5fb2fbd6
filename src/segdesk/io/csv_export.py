"""CSV files of contact records."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TextIO

from segdesk.io.machine_form import machine_value

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(text: str) -> str:
    """Keep spreadsheet programs from running a cell as a formula (CSV injection)."""
    if text.startswith(FORMULA_PREFIXES) and not _is_number(text):
        return "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def write_csv(
    out: TextIO,
    headers: Sequence[str],
    field_ids: Sequence[str],
    records: Iterable[dict[str, Any]],
    *,
    format_value: Callable[[Any], str] = machine_value,
    protect_formulas: bool = False,
    delimiter: str = ",",
) -> int:
    """Write a header row and one row per record; the number of records written."""
    writer = csv.writer(out, lineterminator="\r\n", delimiter=delimiter)
    writer.writerow(headers)
    count = 0
    for record in records:
        cells = [format_value(record[f]) for f in field_ids]
        if protect_formulas:
            cells = [neutralise_formula(cell) for cell in cells]
        writer.writerow(cells)
        count += 1
    return count
