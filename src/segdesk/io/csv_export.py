"""CSV files of contact rows, written a chunk at a time.

Rows arrive in chunks (lists of value tuples). Each chunk is turned into columns
once, so that converting a column (money, booleans, sets) and checking it for
formula-like text are one pass in C over the whole column; the common column,
plain text with nothing that looks like a formula, costs no Python per cell.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TextIO

__all__ = ["FORMULA_PREFIXES", "neutralise_formula", "protect_column", "write_csv_rows"]

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# A cell that neutralise_formula changes, in cells each preceded by NUL: one starting with a
# formula prefix, unless it is a signed number (E.164 phone numbers are). Starting with a
# literal NUL lets the regex engine skip ahead to cell starts.
_RISKY = re.compile(r"\x00(?:[=@\t\r]|[+\-](?!(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+\-]?\d+)?(?:\x00|\Z)))")


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


def protect_column(values: Sequence[Any]) -> Sequence[Any]:
    """``values`` with formula-like text neutralised; ``values`` itself when no cell looks like one."""
    cells = list(filter(None, values))
    if not cells:
        return values
    try:
        text = "\x00" + "\x00".join(cells)
    except TypeError:  # not all text: check cell by cell
        risky = True
    else:  # a NUL inside a cell would blur the cells' starts: check those cell by cell too
        risky = text.count("\x00") != len(cells) or _RISKY.search(text) is not None
    if not risky:
        return values
    return [neutralise_formula(v) if isinstance(v, str) else v for v in values]


def write_csv_rows(
    out: TextIO,
    headers: Sequence[str],
    chunks: Iterable[Sequence[Sequence[Any]]],
    *,
    formatters: Sequence[Callable[[Any], Any] | None] = (),
    protected: Sequence[bool] = (),
    delimiter: str = ",",
) -> int:
    """Write a header row and every row of ``chunks``; the number of rows written.

    ``formatters[i]`` converts column i's values (None: written as they are, None as
    empty); ``protected[i]`` neutralises formula-like text in column i.
    """
    writer = csv.writer(out, lineterminator="\r\n", delimiter=delimiter)
    writer.writerow(headers)
    conversions = [(i, f) for i, f in enumerate(formatters) if f is not None]
    checks = [i for i, p in enumerate(protected) if p]
    count = 0
    for rows in chunks:
        if not rows:
            continue
        count += len(rows)
        if conversions or checks:
            columns: list[Sequence[Any]] = list(zip(*rows, strict=True))
            for i, convert in conversions:
                columns[i] = list(map(convert, columns[i]))
            for i in checks:
                columns[i] = protect_column(columns[i])
            writer.writerows(zip(*columns, strict=True))
        else:
            writer.writerows(rows)
    return count
