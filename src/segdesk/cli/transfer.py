"""Moving contacts in and out: ``segdesk import``, ``segdesk imports list|undo`` and ``segdesk export``."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any, TextIO

from segdesk.cli.base import (
    Parents,
    Parser,
    Registry,
    Subcommands,
    add_selection_arguments,
    positive_int,
    selection_of,
    today_of,
    user_language,
)
from segdesk.domain import i18n
from segdesk.services import export as export_service
from segdesk.services import imports as import_service
from segdesk.services.databases import Store
from segdesk.services.errors import UserError

LANGUAGES = ("en", "it", "fr", "pl", "de", "es")
COUNTRY_OF_LANGUAGE = {"it": "IT", "fr": "FR", "pl": "PL", "de": "DE", "es": "ES"}
SHOWN_PROBLEMS = 50
SHOWN_MATCHES = 20


def register(commands: Subcommands, parents: Parents, registry: Registry) -> None:
    common, today = parents.common, parents.today
    importing = commands.add_parser("import", parents=[common, today], help="import contacts from a file")
    importing.add_argument("file", type=Path)
    importing.add_argument("--format", default="auto", choices=("auto", "csv", "xlsx", "vcard"))
    importing.add_argument("--encoding", default=None, help="text encoding when the file is not UTF-8")
    importing.add_argument("--mapping", type=Path, default=None, help="a saved column mapping (JSON)")
    importing.add_argument("--save-mapping", type=Path, default=None, help="save the mapping used as JSON")
    importing.add_argument("--dry-run", action="store_true", help="check and report; write nothing")
    importing.add_argument("--country", default=None, help="country of phone numbers without +, e.g. IT")
    importing.add_argument(
        "--on-duplicate", default="skip", choices=import_service.ACTIONS, help="what to do with a match"
    )

    imports = commands.add_parser("imports", parents=[common], help="list or undo imports")
    actions = imports.add_subparsers(dest="imports_action", parser_class=Parser, required=True)
    listing = actions.add_parser("list", parents=[common], help="the imports, newest first")
    listing.add_argument("--json", action="store_true")
    undo = actions.add_parser("undo", parents=[common], help="undo one import as a whole")
    undo.add_argument("batch", type=positive_int, metavar="BATCH_ID")
    undo.add_argument("--force", action="store_true", help="also remove contacts with activity since")

    export = commands.add_parser("export", parents=[common, today], help="export contacts to a file")
    add_selection_arguments(export)
    export.add_argument(
        "--format",
        default="csv",
        choices=export_service.EXPORT_FORMATS,
        help="google and outlook: those programs' own CSV layouts, to import there",
    )
    export.add_argument("-o", "--output", type=Path, required=True)
    export.add_argument("--columns", default=None, help="comma-separated field ids (machine form)")
    export.add_argument("--mailing", action="store_true", help="only contacts who may be emailed")
    export.add_argument("--delimiter", default=",", help="CSV delimiter: , ; tab | (csv format only)")
    export.add_argument("--encoding", default=None, help="text encoding of CSV formats (default UTF-8)")

    registry.with_store.update({"import": _import, "imports": _imports, "export": _export})


def default_country(args: argparse.Namespace, language: str) -> str | None:
    """``--country``, else the locale's territory (``it_IT`` -> IT), else the language's country."""
    if args.country:
        return str(args.country)
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = (os.environ.get(name) or "").split(".")[0]
        if "_" in value and len(value.split("_")[1]) == 2:
            return value.split("_")[1].upper()
    return COUNTRY_OF_LANGUAGE.get(language)


def _progress(stage: str, done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{stage}: {done}/{total}", end="", file=sys.stderr, flush=True)


def _import(store: Store, args: argparse.Namespace, out: TextIO) -> None:
    language = user_language(args)
    options = import_service.ImportOptions(
        today=today_of(args),
        country=default_country(args, language),
        language=language,
        on_duplicate=args.on_duplicate,
    )
    table = import_service.read_source(
        args.file, file_format=args.format, encoding=args.encoding, language=language
    )
    mapping = (
        import_service.load_mapping(store, table, args.mapping)
        if args.mapping
        else import_service.propose(store, table)
    )
    if args.save_mapping:
        import_service.save_mapping(args.save_mapping, table, mapping)
    report = import_service.import_table(
        store, table, mapping, options, file_name=args.file.name, dry_run=args.dry_run, progress=_progress
    )
    if sys.stderr.isatty():
        print(file=sys.stderr)
    _print_report(report, table, mapping, out)


def _print_report(
    report: import_service.ImportReport,
    table: import_service.Table,
    mapping: import_service.ColumnMapping,
    out: TextIO,
) -> None:
    where = report.encoding or report.file_format
    print(
        i18n.fill(
            i18n.translate("Cli", "Read %1 rows from %2 (%3)."),
            report.rows,
            report.file_name,
            ", ".join(p for p in (report.layout or report.file_format, where) if p),
        ),
        file=out,
    )
    mapped = [f"{h} -> {t}" for h, t in zip(table.headers, mapping.targets, strict=True) if t]
    print(i18n.translate("Cli", "Columns:") + " " + "; ".join(mapped), file=out)
    ignored = [h for h, t in zip(table.headers, mapping.targets, strict=True) if not t]
    if ignored:
        print(i18n.translate("Cli", "Ignored columns:") + " " + "; ".join(ignored), file=out)
    for problem in report.problems[:SHOWN_PROBLEMS]:
        prefix = i18n.translate("Cli", "error") if problem.error else i18n.translate("Cli", "warning")
        print(f"  {prefix}: {problem.text()}", file=out)
    if len(report.problems) > SHOWN_PROBLEMS:
        print(
            i18n.fill(i18n.translate("Cli", "  ... and %1 more."), len(report.problems) - SHOWN_PROBLEMS),
            file=out,
        )
    if report.errors:
        rows = len({p.row for p in report.errors})
        raise UserError(
            i18n.fill(
                i18n.translate(
                    "Cli", "%1 rows have problems, so nothing was imported; fix them and try again."
                ),
                rows,
            )
        )
    for match in report.matches[:SHOWN_MATCHES]:
        print("  " + _match_text(match), file=out)
    if len(report.matches) > SHOWN_MATCHES:
        print(
            i18n.fill(i18n.translate("Cli", "  ... and %1 more."), len(report.matches) - SHOWN_MATCHES),
            file=out,
        )
    counts = (report.created, report.updated, report.unchanged, report.skipped)
    if report.dry_run:
        template = i18n.translate("Cli", "Dry run: would add %1, update %2, leave %3 unchanged, skip %4.")
        print(i18n.fill(template, *counts), file=out)
    elif report.batch_id is None:
        print(i18n.translate("Cli", "Nothing to import: every contact is already there."), file=out)
    else:
        template = i18n.translate("Cli", "Import %5: added %1, updated %2, unchanged %3, skipped %4.")
        print(i18n.fill(template, *counts, report.batch_id), file=out)
        print(
            i18n.fill(i18n.translate("Cli", "Undo it with: segdesk imports undo %1"), report.batch_id),
            file=out,
        )


def _match_text(match: import_service.Match) -> str:
    if match.contact_id is None:
        return i18n.fill(
            i18n.translate("Cli", "row %1 repeats row %2 (%3)"), match.row, match.other_row, match.reason
        )
    return i18n.fill(
        i18n.translate("Cli", "row %1 matches contact %2 “%3” (%4, %5%)"),
        match.row,
        match.contact_id,
        match.contact_name,
        match.reason,
        match.score,
    )


def _imports(store: Store, args: argparse.Namespace, out: TextIO) -> None:
    if args.imports_action == "undo":
        result = import_service.undo_import(store, args.batch, force=args.force)
        template = i18n.translate("Cli", "Undid import %1: removed %2 contacts, restored %3.")
        print(i18n.fill(template, result.batch_id, result.removed, result.restored), file=out)
        if result.edited_since:
            template = i18n.translate(
                "Cli", "%1 of them had been edited since the import; those edits are gone too."
            )
            print(i18n.fill(template, result.edited_since), file=out)
        return
    found = import_service.list_imports(store)
    if args.json:
        rows: list[dict[str, Any]] = [
            {
                "id": b.id,
                "file_name": b.file_name,
                "format": b.file_format,
                "imported_at": b.imported_at.isoformat(timespec="seconds"),
                "created": b.created,
                "updated": b.updated,
                "undone_at": b.undone_at.isoformat(timespec="seconds") if b.undone_at else None,
            }
            for b in found
        ]
        json.dump(rows, out, indent=2, ensure_ascii=False)
        out.write("\n")
        return
    if not found:
        print(i18n.translate("Cli", "No imports yet."), file=out)
    for b in found:
        state = i18n.translate("Cli", "undone") if b.undone_at else ""
        print(
            f"{b.id:>5}  {b.imported_at:%Y-%m-%d %H:%M}  {b.file_format:<13} +{b.created:<7} ~{b.updated:<7} "
            f"{b.file_name}  {state}".rstrip(),
            file=out,
        )


def _export(store: Store, args: argparse.Namespace, out: TextIO) -> None:
    columns = export_service.parse_columns(args.columns) if args.columns is not None else None
    if columns is not None and not columns:
        raise UserError(i18n.translate("Cli", "--columns needs at least one field id."))
    selection = selection_of(args)
    result = export_service.export_contacts(
        store,
        args.output,
        file_format=args.format,
        columns=columns,
        selection=selection,
        today=today_of(args),
        mailing=args.mailing,
        delimiter=args.delimiter,
        encoding=args.encoding,
    )
    print(
        i18n.fill(i18n.translate("Cli", "Exported %1 contacts to %2."), str(result.rows), str(result.path)),
        file=out,
    )
    if result.left_out:
        template = i18n.translate(
            "Cli", "Left out %1 contacts without email consent or a valid email address."
        )
        print(i18n.fill(template, result.left_out), file=out)
