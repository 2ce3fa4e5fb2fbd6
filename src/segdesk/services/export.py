"""Exporting contacts to files: CSV, Excel, vCard, Mailchimp-ready CSV, Google and Outlook CSV.

Contacts stream from the database in chunks of value tuples (one query, only the
columns the export needs), so a million rows never sit in memory. A mailing export
(Mailchimp always, any other format on request) holds only contacts who agreed to
email and have a valid address; the number left out is returned. Google and Outlook
files are address books, so they hold everyone unless marked as a mailing list.
Cells that look like formulas are neutralised in CSV and written as text in Excel.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from segdesk.domain import i18n
from segdesk.domain.fields import Catalogue, FieldType
from segdesk.io.address_books import LAYOUT_FIELDS, LAYOUTS
from segdesk.io.address_books import Contact as LayoutContact
from segdesk.io.csv_export import write_csv_rows
from segdesk.io.errors import SourceError
from segdesk.io.machine_form import machine_formatter, machine_value
from segdesk.io.mailing import MAILCHIMP_FIELDS, mailable_address, write_mailchimp
from segdesk.io.spreadsheet import MAX_XLSX_ROWS, write_xlsx
from segdesk.io.vcard import vcard_text
from segdesk.services.catalogue import catalogue_for_session
from segdesk.services.errors import OperationFailed, UserError
from segdesk.services.files import replacing_text_file
from segdesk.services.selection import Selection, select_contacts
from segdesk.store.contact_records import unknown_fields
from segdesk.store.database import Store
from segdesk.store.models import Contact
from segdesk.store.record_rows import iter_row_chunks

__all__ = [
    "DEFAULT_COLUMNS",
    "EXPORT_FORMATS",
    "ExportResult",
    "export_contacts",
    "machine_value",
    "parse_columns",
]

EXPORT_FORMATS = ("csv", "xlsx", "vcard", "vcard4", "mailchimp", "google", "outlook")
DEFAULT_COLUMNS = (
    "full_name", "company", "email", "phone", "mobile", "street", "postal_code", "city", "country", "stage",
    "last_contact_at",
)  # fmt: skip
VCARD_FIELDS = (
    "kind", "first_name", "last_name", "full_name", "company", "job_title", "email", "email_ok", "phone",
    "mobile", "website", "street", "city", "region", "postal_code", "country", "birth_date", "tags",
)  # fmt: skip
DELIMITERS = {",": ",", ";": ";", "tab": "\t", "\t": "\t", "|": "|"}
# Types whose values are never text a spreadsheet could take for a formula.
_NOT_TEXT = {FieldType.NUMBER, FieldType.MONEY, FieldType.DATE, FieldType.BOOLEAN}
Row = Sequence[Any]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    left_out: int = 0  # contacts selected but not written: no email consent or no valid address


def parse_columns(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def _field_ids(catalogue: Catalogue, columns: Sequence[str] | None) -> tuple[list[str], list[str]]:
    """(field ids, headers): the machine form's ids, or the default columns with translated labels."""
    field_ids = list(columns) if columns else list(DEFAULT_COLUMNS)
    if not field_ids:
        raise UserError(i18n.translate("Export", "Name at least one column to export."))
    unknown = unknown_fields(field_ids, catalogue)
    if unknown:
        raise UserError(
            i18n.translate("Export", "Unknown column “%1”: “segdesk fields” lists the field ids.").replace(
                "%1", unknown[0]
            )
        )
    headers = field_ids if columns else [catalogue[f].translated_label() for f in field_ids]
    return field_ids, headers


class _Reader:
    """Chunks of rows for one export; with ``mailing``, only mailable contacts, the rest counted."""

    def __init__(
        self, session: Session, contact_ids: Select[Any] | None, today: date, *, mailing: bool
    ) -> None:
        self.session, self.contact_ids, self.today, self.mailing = session, contact_ids, today, mailing
        self.left_out = 0

    def chunks(self, field_ids: Sequence[str]) -> Iterator[list[Row]]:
        if not self.mailing:
            yield from iter_row_chunks(self.session, self.contact_ids, field_ids, self.today)
            return
        width = len(field_ids)
        email_at = [i for i, f in enumerate(field_ids) if f == "email"]
        wanted = [*field_ids, "email", "email_ok"]
        for rows in iter_row_chunks(self.session, self.contact_ids, wanted, self.today):
            kept: list[Row] = []
            for row in rows:
                address = mailable_address(row[width], row[width + 1])
                if address is None:
                    self.left_out += 1
                    continue
                values = list(row[:width])
                for i in email_at:
                    values[i] = address  # the address as checked (domain in lower case)
                kept.append(values)
            yield kept

    def records(self, field_ids: Sequence[str]) -> Iterator[dict[str, Any]]:
        for rows in self.chunks(field_ids):
            for row in rows:
                yield dict(zip(field_ids, row, strict=True))


def _spreadsheet_rows(chunks: Iterable[list[Row]]) -> Iterator[list[Any]]:
    for rows in chunks:
        for row in rows:
            yield [_spreadsheet_value(value) for value in row]


def _spreadsheet_value(value: Any) -> Any:
    if isinstance(value, frozenset | set):
        return "; ".join(sorted(str(v) for v in value))
    return value


def export_contacts(
    store: Store,
    out: Path,
    *,
    file_format: str = "csv",
    columns: Sequence[str] | None = None,
    contact_ids: Select[Any] | None = None,
    selection: Selection | None = None,
    today: date,
    mailing: bool = False,
    delimiter: str = ",",
    encoding: str | None = None,
) -> ExportResult:
    """Write the selected contacts (all when neither ``contact_ids`` nor ``selection``) to ``out``.

    With ``columns`` (csv and xlsx) the headers are the field ids and values the machine
    form; without, a default set of columns with headers in the user's language. Google
    and Outlook files have those programs' own columns. ``mailing`` keeps only contacts
    who may be emailed (always so for ``mailchimp``). ``delimiter`` is for ``csv`` only;
    ``encoding`` for every CSV format (default UTF-8, with a BOM where Excel or Outlook
    open the file).
    """
    if file_format not in EXPORT_FORMATS:
        raise UserError(
            i18n.fill(
                i18n.translate("Export", "Unknown export format “%1”; choose one of: %2."),
                file_format,
                ", ".join(EXPORT_FORMATS),
            )
        )
    if delimiter not in DELIMITERS:
        raise UserError(
            i18n.fill(i18n.translate("Export", "Unknown delimiter “%1”; use , ; tab or |."), delimiter)
        )
    mailing = mailing or file_format == "mailchimp"
    with store.sessions() as session:
        if selection is not None:
            contact_ids = select_contacts(session, selection, today)
        # Mailchimp rows are checked and counted as they are written
        reader = _Reader(session, contact_ids, today, mailing=mailing and file_format != "mailchimp")
        if file_format == "csv":
            rows = _export_csv(reader, out, columns, DELIMITERS[delimiter], encoding)
        elif file_format == "xlsx":
            rows = _export_xlsx(reader, out, columns)
        elif file_format in LAYOUTS:
            layout = LAYOUTS[file_format]
            chunks = reader.chunks(LAYOUT_FIELDS)
            layout_rows = ([layout.row(LayoutContact._make(row)) for row in rows] for rows in chunks)
            rows = _write_csv(
                out,
                layout.headers,
                layout_rows,
                protected=[True] * len(layout.headers),
                delimiter=",",
                encoding=encoding or layout.encoding,
            )
        elif file_format == "mailchimp":
            with replacing_text_file(out, encoding=encoding or "utf-8") as stream:
                rows, reader.left_out = write_mailchimp(stream, reader.records(MAILCHIMP_FIELDS))
        else:
            rows = _write_vcards(
                out, reader.records(VCARD_FIELDS), "4.0" if file_format == "vcard4" else "3.0"
            )
    return ExportResult(out, rows, reader.left_out)


def _export_csv(
    reader: _Reader, out: Path, columns: Sequence[str] | None, delimiter: str, encoding: str | None
) -> int:
    # Machine form for machines; people open files in spreadsheets, which need a BOM for UTF-8
    # and must not run cells that look like formulas.
    catalogue = catalogue_for_session(reader.session)
    field_ids, headers = _field_ids(catalogue, columns)
    types = [catalogue[f].type for f in field_ids]
    return _write_csv(
        out,
        headers,
        reader.chunks(field_ids),
        formatters=[machine_formatter(t) for t in types],
        protected=[not columns and t not in _NOT_TEXT for t in types],
        delimiter=delimiter,
        encoding=encoding or ("utf-8" if columns else "utf-8-sig"),
    )


def _export_xlsx(reader: _Reader, out: Path, columns: Sequence[str] | None) -> int:
    contact_ids = reader.contact_ids
    total = reader.session.scalar(
        select(func.count()).select_from(contact_ids.subquery() if contact_ids is not None else Contact)
    )
    if (total or 0) > MAX_XLSX_ROWS:
        raise UserError(
            i18n.translate("Export", "Excel holds at most 1,048,575 rows; export to CSV instead.")
        )
    field_ids, headers = _field_ids(catalogue_for_session(reader.session), columns)
    return _write_xlsx(out, headers, _spreadsheet_rows(reader.chunks(field_ids)))


def _write_csv(
    out: Path,
    headers: Sequence[str],
    chunks: Iterable[Sequence[Row]],
    *,
    formatters: Sequence[Any] = (),
    protected: Sequence[bool],
    delimiter: str,
    encoding: str,
) -> int:
    try:
        with replacing_text_file(out, encoding=encoding) as stream:
            return write_csv_rows(
                stream, headers, chunks, formatters=formatters, protected=protected, delimiter=delimiter
            )
    except UnicodeEncodeError as exc:
        raise UserError(
            i18n.fill(
                i18n.translate("Export", "“%1” cannot be written in %2; choose UTF-8."),
                exc.object[exc.start : exc.end],
                encoding,
            )
        ) from exc
    except LookupError as exc:
        raise UserError(
            i18n.fill(i18n.translate("Export", "“%1” is not a known text encoding."), encoding)
        ) from exc


def _write_xlsx(out: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    out = out.expanduser()
    partial = out.with_name(f".{out.name}.part")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        count = write_xlsx(partial, headers, rows)
        partial.replace(out)
    except SourceError as exc:
        partial.unlink(missing_ok=True)
        raise UserError(str(exc)) from exc
    except Exception as exc:  # XlsxWriter wraps OS errors in its own exception types
        partial.unlink(missing_ok=True)
        if (
            isinstance(exc, OSError)
            or isinstance(exc.__cause__, OSError)
            or "FileCreateError" in type(exc).__name__
        ):
            raise OperationFailed(
                i18n.fill(i18n.translate("Files", "Could not write %1: %2"), str(out), str(exc))
            ) from exc
        raise
    return count


def _write_vcards(out: Path, records: Iterable[dict[str, Any]], version: str) -> int:
    count = 0
    with replacing_text_file(out, encoding="utf-8") as stream:
        for record in records:
            stream.write(vcard_text(record, version=version))
            count += 1
    return count
