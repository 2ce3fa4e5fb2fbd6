"""The first steps of an import: read the file, show a preview, propose and load a mapping."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from segdesk.domain import i18n
from segdesk.io.collector import paused_collection
from segdesk.io.errors import SourceError
from segdesk.io.mapping import TARGETS, ColumnMapping, check_targets, mapping_from_json, propose_mapping
from segdesk.io.tables import Table, read_table
from segdesk.services.catalogue import load_catalogue
from segdesk.services.errors import UserError
from segdesk.services.files import replacing_text_file
from segdesk.store.contact_records import custom_field_specs
from segdesk.store.database import Store

__all__ = [
    "PREVIEW_ROWS",
    "Preview",
    "custom_types",
    "import_targets",
    "load_mapping",
    "preview",
    "propose",
    "read_source",
    "save_mapping",
]

PREVIEW_ROWS = 20


@dataclass(frozen=True)
class Preview:
    """What the wizard shows before anything is decided: the first rows as the file will be read."""

    headers: list[str]
    rows: list[list[str]]
    file_format: str
    encoding: str | None  # None for spreadsheets
    encoding_guessed: bool  # True: the user may want to pick another encoding
    delimiter: str | None
    layout: str | None  # google, google-legacy, outlook, mailchimp


def read_source(
    path: Path,
    *,
    file_format: str = "auto",
    encoding: str | None = None,
    language: str = "en",
    max_rows: int | None = None,
) -> Table:
    """The file as a table; a UserError (the file is refused, with the reason) when it cannot be read."""
    try:
        with paused_collection():
            return read_table(
                path, file_format=file_format, encoding=encoding, language=language, max_rows=max_rows
            )
    except SourceError as exc:
        raise UserError(i18n.fill(i18n.translate("Import", "%1: %2"), path.name, str(exc))) from exc


def preview(
    path: Path,
    encoding: str | None = None,
    *,
    file_format: str = "auto",
    language: str = "en",
    rows: int = PREVIEW_ROWS,
) -> Preview:
    """The first ``rows`` rows of ``path`` decoded with ``encoding`` (or the automatic choice)."""
    table = read_source(path, file_format=file_format, encoding=encoding, language=language, max_rows=rows)
    return Preview(
        table.headers,
        table.rows,
        table.file_format,
        table.encoding,
        table.encoding_guessed,
        table.delimiter,
        table.layout,
    )


def custom_types(store: Store) -> dict[str, str]:
    """The database's custom fields: key -> value type."""
    with store.sessions() as session:
        return {key: value_type for key, value_type, _ in custom_field_specs(session)}


def import_targets(store: Store) -> dict[str, str]:
    """Every target a column can be given, with its label in the user's language (for a picker)."""
    catalogue = load_catalogue(store)
    labels = {
        target: catalogue[target].translated_label() if target in catalogue else target for target in TARGETS
    }
    labels["full_name"] = i18n.translate("Import", "Whole name (split into first and last)")
    labels["address"] = i18n.translate("Import", "Whole address (Mailchimp)")
    labels["notes"] = i18n.translate("Import", "Notes")
    labels["consent_at"] = i18n.translate("Import", "Consent date")
    for f in catalogue:
        if f.id.startswith("custom."):
            labels[f.id] = f.translated_label()
    return labels


def propose(store: Store, table: Table) -> ColumnMapping:
    """The automatic mapping: layouts, field ids and labels, synonyms in six languages, custom fields."""
    catalogue = load_catalogue(store)
    field_labels = {f.id: f.translated_label() for f in catalogue if not f.id.startswith("custom.")}
    custom_labels = {f.id[len("custom.") :]: f.label for f in catalogue if f.id.startswith("custom.")}
    targets = propose_mapping(
        table.headers,
        layout=table.layout,
        hints=table.hints,
        custom_labels=custom_labels,
        field_labels=field_labels,
    )
    return ColumnMapping(targets, {}, dict(table.constants))


def checked_mapping(store: Store, mapping: ColumnMapping) -> ColumnMapping:
    """``mapping`` with the new custom fields it needs listed; a UserError for an unknown target."""
    try:
        check_targets(mapping, custom_types(store), mapping.custom_fields)
    except SourceError as exc:
        raise UserError(str(exc)) from exc
    return mapping


def load_mapping(store: Store, table: Table, path: Path) -> ColumnMapping:
    """A mapping saved earlier, applied to this file's headers (unnamed columns mapped automatically)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UserError(
            i18n.fill(i18n.translate("Import", "Cannot read the mapping file %1: %2"), str(path), str(exc))
        ) from exc
    proposed = propose(store, table)
    try:
        mapping = mapping_from_json(data, table.headers, proposed.targets, custom_types(store))
    except SourceError as exc:
        raise UserError(str(exc)) from exc
    for key, value in table.constants.items():
        mapping.constants.setdefault(key, value)
    return mapping


def save_mapping(path: Path, table: Table, mapping: ColumnMapping) -> None:
    with replacing_text_file(path) as stream:
        stream.write(mapping.dumps(table.headers))
        stream.write("\n")
