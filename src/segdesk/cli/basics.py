"""Everyday commands: demo data, the field catalogue, database info, backups (exports: ``transfer``)."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path
from typing import TextIO

from segdesk.cli.base import Parents, Parser, Registry, Subcommands, positive_int, today_of
from segdesk.domain import i18n
from segdesk.services import backups as backups_service
from segdesk.services.catalogue import load_catalogue
from segdesk.services.databases import Store
from segdesk.services.info import database_info


def register(commands: Subcommands, parents: Parents, registry: Registry) -> None:
    common, today = parents.common, parents.today
    demo = commands.add_parser("demo", parents=[common, today], help="fill the database with demo data")
    demo.add_argument("--contacts", type=positive_int, required=True)
    demo.add_argument("--seed", type=int, default=1)

    fields = commands.add_parser("fields", parents=[common], help="list the field catalogue")
    fields.add_argument("--json", action="store_true")

    info = commands.add_parser("info", parents=[common], help="what the database holds")
    info.add_argument("--json", action="store_true")

    backups = commands.add_parser("backups", parents=[common], help="list, make or restore backups")
    backup_actions = backups.add_subparsers(dest="backup_action", parser_class=Parser, required=True)
    backup_list = backup_actions.add_parser("list", parents=[common], help="the backups, newest first")
    backup_list.add_argument("--json", action="store_true")
    backup_actions.add_parser("create", parents=[common], help="back up the database now")
    restore = backup_actions.add_parser(
        "restore", parents=[common], help="replace the database with a backup (the newest by default)"
    )
    restore.add_argument("backup", nargs="?", type=Path, default=None)

    registry.with_store.update({"demo": _demo, "fields": _fields, "info": _info})
    # Backups work on the file itself, without opening it: it may be damaged.
    registry.without_store["backups"] = _backups


def _demo(store: Store, args: argparse.Namespace, out: TextIO) -> None:
    from segdesk.services.demo import generate_demo

    summary = generate_demo(store, contacts=args.contacts, seed=args.seed, today=today_of(args))
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
        if result.saved_current is not None:
            saved = i18n.translate("Cli", "The state before the restore is backed up as %1.")
            print(i18n.fill(saved, result.saved_current), file=out)
        if result.kept_aside is not None:
            print(
                i18n.fill(i18n.translate("Cli", "The replaced file is kept as %1."), result.kept_aside),
                file=out,
            )
