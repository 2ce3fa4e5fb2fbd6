"""Exporting the contacts a list shows (File ▸ Export…, Ctrl+E), in the list's search and filter."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from segdesk.services.contact_list import ContactListQuery, matching_ids
from segdesk.services.export import EXPORT_FORMATS, ExportResult, export_contacts
from segdesk.store.database import Store

__all__ = ["EXPORT_FORMATS", "ExportResult", "export_list"]


def export_list(
    store: Store, out: Path, query: ContactListQuery, *, file_format: str, today: date
) -> ExportResult:
    """Write every contact of ``query`` to ``out`` (the default columns, headers in the user's language)."""
    ids = matching_ids(store, query)
    return export_contacts(store, out, file_format=file_format, contact_ids=ids, today=today)
