"""Running an import: check every row, back up, then write everything in one transaction or nothing.

With any bad row nothing is written and every problem is reported. A dry run
does the whole import in a transaction that is rolled back, so its counts are
exactly what a real run would do; only new people are counted without being
inserted. An import that would change nothing (the same file again) writes
nothing at all, not even an empty batch.

The rows are checked inside the import's write transaction: each chunk is matched
against the database as it comes in, while helper processes check the next ones.
The backup is taken once the whole file is known to be clean, before the first write.
When the write transaction cannot begin (another program is writing), the file is
checked on its own first, so its problems are still reported.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import insert
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from segdesk.domain import i18n
from segdesk.io.collector import paused_collection
from segdesk.io.mapping import ColumnMapping
from segdesk.io.rows import Draft, Problem, RowOptions
from segdesk.io.tables import Table
from segdesk.services.imports.checking import validate_table
from segdesk.services.imports.plan import (
    CheckedFile,
    Decider,
    Decisions,
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


class _NoWriteLock(Exception):
    """The write transaction could not begin (the database is busy or read-only)."""


@dataclass(frozen=True)
class _Job:
    """One import's inputs, checked."""

    store: Store
    table: Table
    mapping: ColumnMapping
    options: ImportOptions
    reading: RowOptions
    types: dict[str, str]
    file_name: str
    dry_run: bool
    progress: Progress | None
    cancelled: Callable[[], bool] | None


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
    reading = row_options(table, mapping, options, types)
    job = _Job(store, table, mapping, options, reading, types, file_name, dry_run, progress, cancelled)
    if reuse is not None and reuse.fits(table, mapping, reading):
        return _import_checked(job, reuse)
    try:
        return _check_and_import(job)
    except _NoWriteLock:
        # A busy or read-only database must not hide the file's own problems: check alone first.
        validation = validate_table(table, mapping, reading, progress=progress, cancelled=cancelled)
        return _import_checked(job, CheckedFile.of(table, mapping, reading, validation))


def _check_and_import(job: _Job) -> ImportReport:
    """Check the rows inside the write transaction, matching each chunk while the next is checked.

    The existing contacts are loaded for matching when the first chunk is in: the helper
    processes are started by then, and do not have to copy them.
    """
    with _session(job.store) as session:
        decider: Decider | None = None
        failed = False

        def match(drafts: list[Draft], problems: list[Problem]) -> None:
            nonlocal decider, failed
            failed = failed or any(p.error for p in problems)
            if failed:  # a file with mistakes is not imported: no use matching the rest
                return
            if decider is None:
                decider = _decider(session, job.options)
            decider.feed(drafts)

        validation = validate_table(
            job.table, job.mapping, job.reading, progress=job.progress, cancelled=job.cancelled, sink=match
        )
        rows = CheckedFile.of(job.table, job.mapping, job.reading, validation)
        report = _report(job, rows)
        if report.errors:
            session.rollback()
            return report
        if not job.dry_run:
            report.backup = job.store.backup("before-import")  # nothing is written yet
        return _write(job, session, report, (decider or _decider(session, job.options)).decisions)


def _decider(session: Session, options: ImportOptions) -> Decider:
    try:
        return Decider(session, options)  # its first query begins the write transaction
    except OperationalError as exc:
        raise _NoWriteLock from exc


def _import_checked(job: _Job, rows: CheckedFile) -> ImportReport:
    """Import rows checked earlier: match them inside the write transaction, then write."""
    report = _report(job, rows)
    if report.errors:
        return report
    if not job.dry_run:
        report.backup = job.store.backup("before-import")
    with _session(job.store) as session:
        decisions = decide(session, rows.validation.drafts, job.options, job.progress)
        return _write(job, session, report, decisions)


def _report(job: _Job, rows: CheckedFile) -> ImportReport:
    table = job.table
    report = ImportReport(
        job.file_name,
        table.file_format,
        table.layout,
        table.encoding,
        table.encoding_guessed,
        len(table.rows),
        list(rows.validation.problems),
        dry_run=job.dry_run,
        checked=rows,
    )
    note = _encoding_note(table)
    if note is not None:
        report.problems.insert(0, note)
    return report


def _write(job: _Job, session: Session, report: ImportReport, decisions: Decisions) -> ImportReport:
    """Write what was decided, then commit; a dry run, or an import changing nothing, rolls back."""
    report.matches, report.skipped = decisions.matches, decisions.skipped
    now = datetime.now().replace(microsecond=0)
    (batch_id,) = reserve_ids(session, T["import_batches"], 1)
    session.execute(
        insert(T["import_batches"]).values(
            id=batch_id,
            file_name=job.file_name[-500:],
            file_format=(job.table.layout or job.table.file_format)[:20],
            imported_at=now,
            row_count=0,
        )
    )
    created_fields = create_custom_fields(session, job.mapping.custom_fields)
    writer = Writer(
        session,
        batch_id,
        now,
        job.types,
        explicit_kind="kind" in job.mapping.targets,
        consent_source=f"import:{batch_id}",
        progress=job.progress,
        cancelled=job.cancelled,
        dry_run=job.dry_run,
    )
    write_drafts(writer, decisions)
    report.created, report.updated, report.unchanged = writer.created, writer.updated, writer.unchanged
    record = {
        "mapping": job.mapping.to_json(job.table.headers),
        "encoding": job.table.encoding,
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
    if job.dry_run or not (writer.created or writer.updated):
        session.rollback()
        return report
    session.commit()
    report.batch_id = batch_id
    return report
