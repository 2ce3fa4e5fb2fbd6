"""Excel workbooks: reading with python-calamine (safely), writing with XlsxWriter (never a formula).

A workbook is a zip of XML parts. Before calamine sees one, the zip is checked
so a hostile file is refused cleanly: too many bytes once unpacked, an absurd
compression ratio (a zip bomb), or XML parts declaring a DOCTYPE (the door to
entity expansion attacks; Excel never writes one).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import python_calamine
import xlsxwriter

from segdesk.domain import i18n
from segdesk.io.errors import SourceError
from segdesk.io.tables import Table

__all__ = ["MAX_XLSX_ROWS", "cell_text", "check_zip", "read_spreadsheet", "write_xlsx"]

MAX_UNPACKED_BYTES = 1024 * 1024 * 1024
MAX_RATIO = 200  # unpacked / packed size of one part
RATIO_FLOOR = 10 * 1024 * 1024  # small parts may compress as well as they like
MAX_XLSX_ROWS = 1_048_575  # Excel's limit, less the header row
PROLOG_BYTES = 4096


def _refused(reason: str) -> SourceError:
    return SourceError(
        i18n.fill(i18n.translate("Import", "This spreadsheet was refused for safety: %1."), reason)
    )


def check_zip(data: bytes) -> None:
    """Refuse zip bombs and XML with a DOCTYPE; a SourceError for anything that is not a sound zip."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise SourceError(
            i18n.translate(
                "Import", "The spreadsheet is damaged or cut short; open and save it again in Excel."
            )
        ) from exc
    with archive:
        infos = archive.infolist()
        total = sum(info.file_size for info in infos)
        if total > MAX_UNPACKED_BYTES:
            raise _refused(i18n.translate("Import", "it unpacks to more than 1 GB"))
        for info in infos:
            if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise _refused(i18n.translate("Import", "it is compressed suspiciously well (a zip bomb)"))
            if info.filename.endswith((".xml", ".rels", ".vml")):
                try:
                    with archive.open(info) as part:
                        prolog = part.read(PROLOG_BYTES)
                except (zipfile.BadZipFile, OSError, EOFError, RuntimeError) as exc:
                    raise SourceError(
                        i18n.translate(
                            "Import",
                            "The spreadsheet is damaged or cut short; open and save it again in Excel.",
                        )
                    ) from exc
                if b"<!DOCTYPE" in prolog.upper() or b"<!ENTITY" in prolog.upper():
                    raise _refused(i18n.translate("Import", "it declares XML entities"))


def cell_text(value: Any) -> str:
    """A spreadsheet cell as the text a user would type for it (dates in ISO form)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e17:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value).strip()


def read_spreadsheet(path: Path, data: bytes, *, max_rows: int | None = None) -> Table:
    """The first sheet with anything on it, as a Table (first non-empty row = headers)."""
    if data.startswith(b"PK"):
        check_zip(data)
    try:
        workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        grid: list[list[Any]] = []
        for index in range(len(workbook.sheet_names)):
            grid = workbook.get_sheet_by_index(index).to_python(skip_empty_area=True)
            if any(any(cell not in ("", None) for cell in row) for row in grid):
                break
    except python_calamine.PasswordError as exc:
        raise SourceError(
            i18n.translate("Import", "The spreadsheet is password-protected; save a copy without a password.")
        ) from exc
    except (python_calamine.CalamineError, ValueError, OSError) as exc:
        raise SourceError(
            i18n.fill(i18n.translate("Import", "This is not a spreadsheet segdesk can read: %1"), str(exc))
        ) from exc
    rows = [[cell_text(cell) for cell in row] for row in grid]
    while rows and not any(rows[0]):
        rows.pop(0)
    if not rows:
        raise SourceError(i18n.translate("Import", "The file has no contacts in it."))
    headers = [h or i18n.fill(i18n.translate("Import", "Column %1"), i + 1) for i, h in enumerate(rows[0])]
    body = [row for row in rows[1:] if any(row)]
    if max_rows is not None:
        body = body[:max_rows]
    return Table(headers=headers, rows=body, file_format="xlsx")


def write_xlsx(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    sheet_name: str = "Contacts",
) -> int:
    """Write a header row and ``rows``; text always as text (no formulas, links or numbers guessed).

    Rows are streamed (constant memory); the number of data rows written is returned.
    """
    options = {
        "constant_memory": True,
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
        "default_date_format": "yyyy-mm-dd",
    }
    workbook = xlsxwriter.Workbook(str(path), options)
    workbook.set_properties({"created": datetime(2000, 1, 1)})  # stable bytes for the same data
    sheet = workbook.add_worksheet(sheet_name)
    bold = workbook.add_format({"bold": True})
    dates = workbook.add_format({"num_format": "yyyy-mm-dd"})
    for column, header in enumerate(headers):
        sheet.write_string(0, column, header, bold)
        sheet.set_column(column, column, max(10, min(40, len(header) + 4)))
    sheet.freeze_panes(1, 0)
    count = 0
    for count, row in enumerate(rows, start=1):
        if count > MAX_XLSX_ROWS:
            workbook.close()
            raise SourceError(
                i18n.translate("Export", "Excel holds at most 1,048,575 rows; export to CSV instead.")
            )
        for column, value in enumerate(row):
            _write_cell(sheet, count, column, value, dates)
    workbook.close()
    return count


def _write_cell(sheet: Any, row: int, column: int, value: Any, dates: Any) -> None:
    if value is None or value == "":
        return
    if isinstance(value, bool):
        sheet.write_boolean(row, column, value)
    elif isinstance(value, int | float | Decimal):
        sheet.write_number(row, column, float(value))
    elif isinstance(value, datetime):
        sheet.write_datetime(row, column, value, dates)
    elif isinstance(value, date):
        sheet.write_datetime(row, column, datetime(value.year, value.month, value.day), dates)
    else:
        sheet.write_string(row, column, str(value))
