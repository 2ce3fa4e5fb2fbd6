"""Exporting contacts to files: CSV, Excel, vCard and Mailchimp-ready CSV.

Contacts stream from the database in chunks, so a million rows never sit in
memory. A mailing export (Mailchimp always, any other format on request) holds
only contacts who agreed to email and have a valid address; the number left out
is returned. Cells that look like formulas are neutralised in CSV and written as
text in Excel.
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
from segdesk.io.csv_export import write_csv
from segdesk.io.errors import SourceError
from segdesk.io.machine_form import machine_value
from segdesk.io.mailing import MAILCHIMP_FIELDS, mailable_email, write_mailchimp
from segdesk.io.spreadsheet import MAX_XLSX_ROWS, write_xlsx
from segdesk.io.vcard import vcard_text
from segdesk.services.catalogue import catalogue_for_session
from segdesk.services.errors import OperationFailed, UserError
from segdesk.services.files import replacing_text_file
from segdesk.services.selection import Selection, select_contacts
from segdesk.store.contact_records import iter_records, unknown_fields
from segdesk.store.database import Store
from segdesk.store.models import Contact

__all__ = [
    "DEFAULT_COLUMNS",
    "EXPORT_FORMATS",
    "ExportResult",
    "export_contacts",
    "machine_value",
    "parse_columns",
]

EXPORT_FORMATS = ("csv", "xlsx", "vcard", "vcard4", "mailchimp")
DEFAULT_COLUMNS = (
    "full_name", "company", "email", "phone", "mobile", "street", "postal_code", "city", "country", "stage",
    "last_contact_at",
)  # fmt: skip
VCARD_FIELDS = (
    "kind", "first_name", "last_name", "full_name", "company", "job_title", "email", "email_ok", "phone",
    "mobile", "website", "street", "city", "region", "postal_code", "country", "birth_date", "tags",
)  # fmt: skip
DELIMITERS = {",": ",", ";": ";", "tab": "\t", "\t": "\t", "|": "|"}


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    left_out: int = 0  # contacts selected but not written: no email consent or no valid address


def parse_columns(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def _mailable(records: Iterable[dict[str, Any]], counter: list[int]) -> Iterator[dict[str, Any]]:
    for record in records:
        email = mailable_email(record)
        if email is None:
            counter[0] += 1
            continue
        yield {**record, "email": email}


def _field_ids(session: Session, columns: Sequence[str] | None) -> tuple[list[str], list[str]]:
    """(field ids, headers): the machine form's ids, or the default columns with translated labels."""
    catalogue = catalogue_for_session(session)
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

    With ``columns`` the headers are the field ids and values the machine form;
    without, a default set of columns with headers in the user's language.
    ``mailing`` keeps only contacts who may be emailed (always so for ``mailchimp``).
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
    left_out = [0]
    with store.sessions() as session:
        if selection is not None:
            contact_ids = select_contacts(session, selection, today)
        if file_format == "xlsx":
            total = session.scalar(
                select(func.count()).select_from(
                    contact_ids.subquery() if contact_ids is not None else Contact
                )
            )
            if (total or 0) > MAX_XLSX_ROWS:
                raise UserError(
                    i18n.translate("Export", "Excel holds at most 1,048,575 rows; export to CSV instead.")
                )
        if file_format in ("csv", "xlsx"):
            field_ids, headers = _field_ids(session, columns)
            wanted = [*field_ids, "email", "email_ok"] if mailing else field_ids
            records: Iterable[dict[str, Any]] = iter_records(
                session, contact_ids, list(dict.fromkeys(wanted)), today
            )
            if mailing:
                records = _mailable(records, left_out)
            if file_format == "xlsx":
                rows = _write_xlsx(out, headers, field_ids, records)
            else:
                rows = _write_csv(out, headers, field_ids, records, columns, DELIMITERS[delimiter], encoding)
        elif file_format == "mailchimp":
            records = iter_records(session, contact_ids, MAILCHIMP_FIELDS, today)
            with replacing_text_file(out, encoding=encoding or "utf-8") as stream:
                rows, left_out[0] = write_mailchimp(stream, records)
        else:
            records = iter_records(session, contact_ids, VCARD_FIELDS, today)
            if mailing:
                records = _mailable(records, left_out)
            rows = _write_vcards(out, records, "4.0" if file_format == "vcard4" else "3.0")
    return ExportResult(out, rows, left_out[0])


def _write_csv(
    out: Path,
    headers: Sequence[str],
    field_ids: Sequence[str],
    records: Iterable[dict[str, Any]],
    columns: Sequence[str] | None,
    delimiter: str,
    encoding: str | None,
) -> int:
    # Machine form for machines; people open files in spreadsheets, which need a BOM for UTF-8
    # and must not run cells that look like formulas.
    chosen = encoding or ("utf-8" if columns else "utf-8-sig")
    try:
        with replacing_text_file(out, encoding=chosen) as stream:
            return write_csv(
                stream, headers, field_ids, records, protect_formulas=not columns, delimiter=delimiter
            )
    except UnicodeEncodeError as exc:
        raise UserError(
            i18n.fill(
                i18n.translate("Export", "“%1” cannot be written in %2; choose UTF-8."),
                exc.object[exc.start : exc.end],
                chosen,
            )
        ) from exc
    except LookupError as exc:
        raise UserError(
            i18n.fill(i18n.translate("Export", "“%1” is not a known text encoding."), chosen)
        ) from exc


def _write_xlsx(
    out: Path, headers: Sequence[str], field_ids: Sequence[str], records: Iterable[dict[str, Any]]
) -> int:
    out = out.expanduser()
    partial = out.with_name(f".{out.name}.part")
    rows = ([_spreadsheet_value(record[f]) for f in field_ids] for record in records)
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
