"""The command line: argument parsing and the commands, each a thin call into services."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any, NoReturn, TextIO

from segdesk import __version__
from segdesk.domain import i18n
from segdesk.services import backups as backups_service
from segdesk.services import export as export_service
from segdesk.services.catalogue import load_catalogue
from segdesk.services.errors import OperationFailed, UserError
from segdesk.services.info import database_info
from segdesk.store.database import Store, StoreError

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """Argument mistakes are one sentence on stderr and exit code 2, without the usage dump."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message}\n")


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            i18n.fill(i18n.translate("Cli", "“%1” is not a date; write it as YYYY-MM-DD."), text)
        ) from None


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(
            i18n.fill(i18n.translate("Cli", "“%1” is not a whole number of zero or more."), text)
        )
    return value


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        help="database file or URL (postgresql+psycopg://...); default: $SEGDESK_DB or the user data folder",
    )
    today = argparse.ArgumentParser(add_help=False)
    today.add_argument("--today", type=_iso_date, default=None, help="compute dates as if today were D")

    parser = _Parser(prog="segdesk", description="Contacts, segments, follow-ups.", parents=[common])
    parser.add_argument("--version", action="version", version=f"segdesk {__version__}")
    parser.add_argument("--lang", default=None, help="language of messages: en, it, fr, pl, de, es")
    parser.add_argument("--smoke-test", action="store_true", help="build the main window and quit")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    demo = commands.add_parser("demo", parents=[common, today], help="fill the database with demo data")
    demo.add_argument("--contacts", type=_positive_int, required=True)
    demo.add_argument("--seed", type=int, default=1)

    fields = commands.add_parser("fields", parents=[common], help="list the field catalogue")
    fields.add_argument("--json", action="store_true")

    info = commands.add_parser("info", parents=[common], help="what the database holds")
    info.add_argument("--json", action="store_true")

    export = commands.add_parser("export", parents=[common, today], help="export contacts to a file")
    which = export.add_mutually_exclusive_group(required=True)
    which.add_argument("--all", action="store_true")
    export.add_argument("--format", default="csv", choices=export_service.EXPORT_FORMATS)
    export.add_argument("-o", "--output", type=Path, required=True)
    export.add_argument("--columns", default=None, help="comma-separated field ids (machine form)")
    backups = commands.add_parser("backups", parents=[common], help="list, make or restore backups")
    backup_actions = backups.add_subparsers(dest="backup_action", parser_class=_Parser, required=True)
    backup_list = backup_actions.add_parser("list", parents=[common], help="the backups, newest first")
    backup_list.add_argument("--json", action="store_true")
    backup_actions.add_parser("create", parents=[common], help="back up the database now")
    restore = backup_actions.add_parser(
        "restore", parents=[common], help="replace the database with a backup (the newest by default)"
    )
    restore.add_argument("backup", nargs="?", type=Path, default=None)
    return parser


# Commands that work on the database file itself, without opening it (it may be damaged).
COMMANDS_WITHOUT_STORE = frozenset({"backups"})


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    args = build_parser().parse_args(argv)
    if not hasattr(args, "db"):
        args.db = None
    return args


def run(
    store: Store | None, args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run the parsed command (on an open store unless it is one of COMMANDS_WITHOUT_STORE); the exit code."""
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        if store is None:
            _FILE_COMMANDS[args.command](args, out)
        else:
            _COMMANDS[args.command](store, args, out)
    except UserError as exc:
        print(f"segdesk: {exc}", file=err)
        return EXIT_BAD_INPUT
    except (OperationFailed, StoreError) as exc:
        print(f"segdesk: {exc}", file=err)
        return EXIT_FAILURE
    return EXIT_OK


def _today(args: argparse.Namespace) -> date:
    return args.today or date.today()


def _demo(store: Store, args: argparse.Namespace, out: TextIO) -> None:
    from segdesk.services.demo import generate_demo

    summary = generate_demo(store, contacts=args.contacts, seed=args.seed, today=_today(args))
    print(
        i18n.fill(
            i18n.translate("Cli", "Added %1 demo contacts to %2."), str(args.contacts), store.display_name
        ),
        file=out,
    )
    for key, value in asdict(summary).items():
        print(f"  {key}: {value}", file=out)


def _fields(store: Store, args: argparse.Namespace, out: TextIO) -> None:
    catalogue = load_catalogue(store)
    if args.json:
        rows = [
            {
                "id": f.id,
                "type": f.type.value,
                "label": f.translated_label(),
                "category": f.category.value,
                "operators": list(f.operators),
                "accepts_window": f.accepts_window,
                "values_from": f.values_from.value,
                "options": list(f.options),
            }
            for f in catalogue
        ]
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    width = max(len(f.id) for f in catalogue)
    for f in catalogue:
        window = "  (window)" if f.accepts_window else ""
        print(f"{f.id:<{width}}  {f.type.value:<8} {f.translated_label()}{window}", file=out)


def _info(store: Store, args: argparse.Namespace, out: TextIO) -> None:
    info = asdict(database_info(store))
    if args.json:
        json.dump(info, out, indent=2)
        out.write("\n")
        return
    width = max(len(k) for k in info)
    for key, value in info.items():
        print(f"{key:<{width}}  {value}", file=out)


def _export(store: Store, args: argparse.Namespace, out: TextIO) -> None:
    columns = export_service.parse_columns(args.columns) if args.columns is not None else None
    if columns is not None and not columns:
        raise UserError(i18n.translate("Cli", "--columns needs at least one field id."))
    result = export_service.export_contacts(
        store, args.output, file_format=args.format, columns=columns, contact_ids=None, today=_today(args)
    )
    print(
        i18n.fill(i18n.translate("Cli", "Exported %1 contacts to %2."), str(result.rows), str(result.path)),
        file=out,
    )


def _backups(args: argparse.Namespace, out: TextIO) -> None:
    if args.backup_action == "list":
        found = backups_service.backups_of(args.db)
        if args.json:
            rows = [{"path": str(b.path), "taken_at": b.taken_at.isoformat(timespec="seconds"),
                     "size_bytes": b.size_bytes} for b in found]  # fmt: skip
            json.dump(rows, out, indent=2)
            out.write("\n")
            return
        if not found:
            print(i18n.translate("Cli", "No backups yet."), file=out)
        for backup in found:
            print(
                f"{backup.taken_at:%Y-%m-%d %H:%M}  {backup.size_bytes / 1e6:8.1f} MB  {backup.path}",
                file=out,
            )
    elif args.backup_action == "create":
        made = backups_service.make_backup(args.db)
        print(i18n.fill(i18n.translate("Cli", "Backed up to %1."), made), file=out)
    else:
        result = backups_service.restore_backup(args.db, args.backup)
        print(
            i18n.fill(i18n.translate("Cli", "Restored %1 from %2."), result.database, result.restored_from),
            file=out,
        )
        if result.kept_aside is not None:
            print(
                i18n.fill(i18n.translate("Cli", "The replaced file is kept as %1."), result.kept_aside),
                file=out,
            )


_FILE_COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO], Any]] = {"backups": _backups}

_COMMANDS: dict[str, Callable[[Store, argparse.Namespace, TextIO], Any]] = {
    "demo": _demo,
    "fields": _fields,
    "info": _info,
    "export": _export,
}
