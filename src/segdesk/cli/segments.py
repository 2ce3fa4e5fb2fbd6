"""Segment commands: count, save, explain, list, snapshot, movements, templates."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any, TextIO

from segdesk.cli.base import Parents, Registry, Subcommands, iso_date, positive_int, today_of
from segdesk.domain import i18n
from segdesk.domain.rules import Path as RulePath
from segdesk.services import segments as service
from segdesk.services.databases import Store
from segdesk.services.errors import UserError
from segdesk.services.selection import read_rules_file


def register(commands: Subcommands, parents: Parents, registry: Registry) -> None:
    common, today = parents.common, parents.today
    segment = commands.add_parser("segment", parents=[common], help="count, save or explain one segment")
    actions = segment.add_subparsers(dest="segment_action", required=True)

    count = actions.add_parser("count", parents=[common, today], help="how many contacts match")
    _rules_or_segment(count)
    count.add_argument("--json", action="store_true")

    save = actions.add_parser("save", parents=[common], help="save rules as a named segment")
    save.add_argument("name")
    which = save.add_mutually_exclusive_group(required=True)
    which.add_argument("--rules", type=_rules_file, metavar="FILE", help="a rule file (JSON)")
    which.add_argument("--static", action="store_true", help="a hand-picked segment without rules")
    save.add_argument("--description", default=None)
    save.add_argument("--colour", default=None, help="#rrggbb")
    save.add_argument("--cadence", type=positive_int, default=None, help="follow up every N days")

    explain = actions.add_parser("explain", parents=[common, today], help="why a contact is in or out")
    explain.add_argument("contact_id", type=positive_int)
    _rules_or_segment(explain)

    listing = commands.add_parser("segments", parents=[common], help="all segments: list, snapshot, history")
    many = listing.add_subparsers(dest="segments_action", required=True)
    list_cmd = many.add_parser("list", parents=[common, today], help="every segment with its size")
    list_cmd.add_argument("--json", action="store_true")
    many.add_parser("snapshot", parents=[common, today], help="remember every segment's members today")
    moves = many.add_parser("movements", parents=[common], help="who joined and left between two snapshots")
    moves.add_argument("name")
    moves.add_argument("--from", dest="from_day", type=iso_date, required=True)
    moves.add_argument("--to", dest="to_day", type=iso_date, required=True)
    moves.add_argument("--json", action="store_true")
    templates = many.add_parser("templates", parents=[common], help="ready-made segments to start from")
    templates.add_argument("--json", action="store_true")
    registry.with_store.update({"segment": _segment, "segments": _segments})


def _rules_or_segment(parser: argparse.ArgumentParser) -> None:
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--rules", type=_rules_file, metavar="FILE", help="a rule file (JSON)")
    which.add_argument("--segment", metavar="NAME", help="a saved segment")


def _rules_file(text: str) -> dict[str, Any]:
    try:
        return read_rules_file(Path(text))
    except UserError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _path_text(path: RulePath) -> str:
    return "".join(f"rules[{index}]" if n == 0 else f".rules[{index}]" for n, index in enumerate(path)) or "·"


def _segment(store: Store, args: argparse.Namespace, out: TextIO) -> None:
    today = today_of(args) if hasattr(args, "today") else None
    if args.segment_action == "count":
        assert today is not None
        if args.segment is not None:
            result = service.count_segment(store, args.segment, today)
        else:
            result = service.count_rules(store, args.rules, today)
        if args.json:
            nodes = {_path_text(path): n for path, n in sorted(result.nodes.items())}
            json.dump({"matched": result.matched, "total": result.total, "groups": nodes}, out, indent=2)
            out.write("\n")
        else:
            print(result.matched, file=out)
        if result.warning and not args.json:
            print(result.warning, file=out)
    elif args.segment_action == "save":
        service.save_segment(
            store,
            args.name,
            args.rules,
            description=args.description,
            colour=args.colour,
            cadence_days=args.cadence,
        )
        print(i18n.fill(i18n.translate("Cli", "Saved segment “%1”."), args.name), file=out)
    else:
        assert today is not None
        result_explained = service.explain(
            store, args.contact_id, today, rules=args.rules, segment=args.segment
        )
        verdict = i18n.translate("Cli", "in") if result_explained.member else i18n.translate("Cli", "out")
        print(i18n.fill(i18n.translate("Cli", "Contact %1 is %2."), args.contact_id, verdict), file=out)
        for node in result_explained.nodes:
            mark = "✓" if node.matched else "✗"
            print(f"  {'  ' * len(node.path)}{mark} {node.description}", file=out)


def _segments(store: Store, args: argparse.Namespace, out: TextIO) -> None:
    if args.segments_action == "list":
        found = service.list_segments(store, today_of(args))
        if args.json:
            rows = [
                {
                    "name": s.name,
                    "size": s.size,
                    "description": s.description,
                    "colour": s.colour,
                    "static": s.is_static,
                }
                for s in found
            ]
            json.dump(rows, out, ensure_ascii=False, indent=2)
            out.write("\n")
            return
        for summary in found:
            size = "?" if summary.size is None else str(summary.size)
            print(f"{size:>9}  {summary.name}", file=out)
    elif args.segments_action == "snapshot":
        results = service.take_snapshots(store, today_of(args))
        for result in results:
            size = result.error or str(result.size)
            print(f"{result.name}: {size}", file=out)
        print(i18n.translate("Cli", "%n segments remembered.", None, len(results)), file=out)
    elif args.segments_action == "movements":
        moved = service.movements(store, args.name, args.from_day, args.to_day)
        if args.json:
            json.dump(
                {
                    "from": moved.from_day.isoformat(),
                    "to": moved.to_day.isoformat(),
                    "joined": moved.joined,
                    "left": moved.left,
                    "stayed": moved.stayed,
                },
                out,
                indent=2,
            )
            out.write("\n")
            return
        print(
            i18n.fill(
                i18n.translate("Cli", "Joined %1, left %2, stayed %3."),
                len(moved.joined),
                len(moved.left),
                moved.stayed,
            ),
            file=out,
        )
    else:
        if args.json:
            json.dump(
                [
                    {"id": t.id, "name": t.translated_name(), "category": t.category, "rules": t.rules()}
                    for t in service.TEMPLATES
                ],
                out,
                ensure_ascii=False,
                indent=2,
            )
            out.write("\n")
            return
        for t in service.TEMPLATES:
            print(f"{t.id:<22} {t.translated_name()}", file=out)
