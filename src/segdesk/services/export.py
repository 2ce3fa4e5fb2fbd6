"""Exporting contacts to files."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Select

from segdesk.domain import i18n
from segdesk.io.csv_export import write_csv
from segdesk.services.catalogue import catalogue_for_session
from segdesk.services.errors import UserError
from segdesk.services.files import replacing_text_file
from segdesk.store.contact_records import iter_records, unknown_fields
from segdesk.store.database import Store

EXPORT_FORMATS = ("csv",)
DEFAULT_COLUMNS = (
    "full_name", "company", "email", "phone", "mobile", "street", "postal_code", "city", "country", "stage",
    "last_contact_at",
)  # fmt: skip


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int


def parse_columns(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def export_contacts(
    store: Store,
    out: Path,
    *,
    file_format: str = "csv",
    columns: Sequence[str] | None = None,
    contact_ids: Select[Any] | None = None,
    today: date,
) -> ExportResult:
    """Write the selected contacts (all when ``contact_ids`` is None) to ``out``.

    With ``columns`` the headers are the field ids and values the machine form;
    without, a default set of columns with headers in the user's language.
    """
    if file_format not in EXPORT_FORMATS:
        raise UserError(
            i18n.fill(
                i18n.translate("Export", "Unknown export format “%1”; choose one of: %2."),
                file_format,
                ", ".join(EXPORT_FORMATS),
            )
        )
    with store.sessions() as session:
        catalogue = catalogue_for_session(session)
        field_ids = list(columns) if columns else list(DEFAULT_COLUMNS)
        if not field_ids:
            raise UserError(i18n.translate("Export", "Name at least one column to export."))
        unknown = unknown_fields(field_ids, catalogue)
        if unknown:
            raise UserError(
                i18n.translate(
                    "Export", "Unknown column “%1”: “segdesk fields” lists the field ids."
                ).replace("%1", unknown[0])
            )
        if columns:
            headers = field_ids
        else:
            headers = [catalogue[f].translated_label() for f in field_ids]
        records = iter_records(session, contact_ids, field_ids, today)
        # Machine form for machines; people open files in spreadsheets, which need a BOM for UTF-8
        # and must not run cells that look like formulas.
        encoding = "utf-8" if columns else "utf-8-sig"
        with replacing_text_file(out, encoding=encoding) as stream:
            rows = write_csv(stream, headers, field_ids, records, protect_formulas=not columns)
    return ExportResult(out, rows)
