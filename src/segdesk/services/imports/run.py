"""Running an import: check every row, back up, then write everything in one transaction or nothing.

With any bad row nothing is written and every problem is reported. A dry run
does the whole import in a transaction that is rolled back, so its counts are
exactly what a real run would do; only new people are counted without being
inserted. An import that would change nothing (the same file again) writes
nothing at all, not even an empty batch.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import insert
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from segdesk.domain import i18n
from segdesk.io.collector import paused_collection
from segdesk.io.mapping import ColumnMapping
from segdesk.io.rows import Problem
from segdesk.io.tables import Table
from segdesk.services.imports.checking import validate_table
from segdesk.services.imports.plan import (
    CheckedFile,
    ImportOptions,
    ImportReport,
    Progress,
    decide,
    row_options,
)
from segdesk.services.imports.source import checked_mapping, custom_types, load_mapping, propose, read_source
from segdesk.services.imports.write import T, Writer, create_custom_fields, reserve_ids, write_drafts
from segdesk.store.database import Store, StoreError, write_failure_message

__all__ = ["import_file", "import_table"]


def import_file(
    store: Store,
    path: Path,
    options: ImportOptions,
    *,
    file_format: str = "auto",
    encoding: str | None = None,
    mapping_path: Path | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Read, map (automatically or with a saved mapping) and import ``path``: the command line's import."""
    table = read_source(path, file_format=file_format, encoding=encoding, language=options.language)
    mapping = load_mapping(store, table, mapping_path) if mapping_path else propose(store, table)
    return import_table(
        store, table, mapping, options, file_name=path.name, dry_run=dry_run, progress=progress
    )


@contextmanager
def _session(store: Store) -> Iterator[Session]:
    try:
        with store.write_sessions() as session:
            session.begin()
            try:
                yield session
            except BaseException:
                session.rollback()
                raise
    except OperationalError as exc:
        raise StoreError(write_failure_message(exc)) from exc


def _encoding_note(table: Table) -> Problem | None:
    if not table.encoding_guessed or table.encoding is None:
        return None
    return Problem(
        None,
        None,
        i18n.fill(
            i18n.translate(
                "Import",
                "The file is not UTF-8; it was read as %1. If letters look wrong, choose its encoding.",
            ),
            table.encoding,
        ),
        error=False,
    )


def import_table(
    store: Store,
    table: Table,
    mapping: ColumnMapping,
    options: ImportOptions,
    *,
    file_name: str,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    checked: CheckedFile | None = None,
) -> ImportReport:
    """Import a table read by :func:`read_source` with ``mapping`` (the wizard's last step).

    ``checked``, an earlier report's :attr:`ImportReport.checked` (the dry run's), saves
    checking the rows again; it is ignored when the table, mapping or options differ.
    """
    with paused_collection():
        return _import_table(store, table, mapping, options, file_name, dry_run, progress, cancelled, checked)


def _types(store: Store, mapping: ColumnMapping) -> dict[str, str]:
    return custom_types(store) | {key: value_type for key, (value_type, _) in mapping.custom_fields.items()}


def _checked_rows(
    table: Table,
    mapping: ColumnMapping,
    options: ImportOptions,
    types: dict[str, str],
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
    reuse: CheckedFile | None,
) -> CheckedFile:
    """``reuse`` when it fits, else the rows checked now."""
    reading = row_options(table, mapping, options, types)
    if reuse is not None and reuse.fits(table, mapping, reading):
        return reuse
    validation = validate_table(table, mapping, reading, progress=progress, cancelled=cancelled)
    return CheckedFile.of(table, mapping, reading, validation)


def _import_table(
    store: Store,
    table: Table,
    mapping: ColumnMapping,
    options: ImportOptions,
    file_name: str,
    dry_run: bool,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
    reuse: CheckedFile | None,
) -> ImportReport:
    mapping = checked_mapping(store, mapping)
    types = _types(store, mapping)
    rows = _checked_rows(table, mapping, options, types, progress, cancelled, reuse)
    report = ImportReport(
        file_name,
        table.file_format,
        table.layout,
        table.encoding,
        table.encoding_guessed,
        len(table.rows),
        list(rows.validation.problems),
        dry_run=dry_run,
        checked=rows,
    )
    note = _encoding_note(table)
    if note is not None:
        report.problems.insert(0, note)
    if report.errors:
        return report
    if not dry_run:
        report.backup = store.backup("before-import")
    with _session(store) as session:
        decisions = decide(session, rows.validation.drafts, options, progress)
        report.matches, report.skipped = decisions.matches, decisions.skipped
        now = datetime.now().replace(microsecond=0)
        (batch_id,) = reserve_ids(session, T["import_batches"], 1)
        session.execute(
            insert(T["import_batches"]).values(
                id=batch_id,
                file_name=file_name[-500:],
                file_format=(table.layout or table.file_format)[:20],
                imported_at=now,
                row_count=0,
            )
        )
        created_fields = create_custom_fields(session, mapping.custom_fields)
        writer = Writer(
            session,
            batch_id,
            now,
            types,
            explicit_kind="kind" in mapping.targets,
            consent_source=f"import:{batch_id}",
            progress=progress,
            cancelled=cancelled,
            dry_run=dry_run,
        )
        write_drafts(writer, decisions)
        report.created, report.updated, report.unchanged = writer.created, writer.updated, writer.unchanged
        record = {
            "mapping": mapping.to_json(table.headers),
            "encoding": table.encoding,
            "created": {**writer.lookups.created, "custom_fields": created_fields},
            "counts": {
                "created": writer.created,
                "updated": writer.updated,
                "unchanged": writer.unchanged,
                "skipped": report.skipped,
            },
        }
        session.execute(
            T["import_batches"]
            .update()
            .where(T["import_batches"].c.id == batch_id)
            .values(
                row_count=writer.created + writer.updated, mapping_json=json.dumps(record, ensure_ascii=False)
            )
        )
        if dry_run or not (writer.created or writer.updated):
            session.rollback()
            return report
        session.commit()
        report.batch_id = batch_id
    return report
