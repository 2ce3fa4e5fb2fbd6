"""``segdesk report callsheet|labels|summary``: PDFs of a segment, a rule file or the follow-ups due."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from segdesk.cli.base import (
    Parents,
    Parser,
    Registry,
    Subcommands,
    add_selection_arguments,
    selection_of,
    today_of,
    user_language,
)
from segdesk.domain import i18n
from segdesk.services import reports as service
from segdesk.services.databases import Store
from segdesk.services.errors import UserError
from segdesk.services.preferences import label_preset
from segdesk.services.reports import LAYOUTS, PRESETS, SORTS, CallSheetOptions, LabelSheet, preset


def register(commands: Subcommands, parents: Parents, registry: Registry) -> None:
    common, today = parents.common, parents.today
    report = commands.add_parser("report", parents=[common], help="printable PDF reports")
    kinds = report.add_subparsers(dest="report_kind", parser_class=Parser, required=True, metavar="KIND")

    def kind(name: str, help_text: str) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = kinds.add_parser(name, parents=[common, today], help=help_text)
        which = add_selection_arguments(parser, required=name != "labels")
        which.add_argument("--followups", action="store_true", help="the contacts whose follow-up is due")
        parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
        return parser

    callsheet = kind("callsheet", "who to phone, with room for notes")
    callsheet.add_argument("--sort", choices=SORTS, default="overdue")
    callsheet.add_argument("--layout", choices=LAYOUTS, default="compact")
    callsheet.add_argument("--paper", choices=("a4", "letter"), default="a4")

    labels = kind("labels", "mailing labels on a sheet of labels")
    labels.add_argument(
        "--preset",
        default=None,
        help=f"{', '.join(PRESETS)} or PAGE:COLSxROWS:WxH[:GXxGY] (mm); default: the one set in Preferences",
    )
    labels.add_argument("--start-row", type=int, default=1, metavar="R", help="first free row on the sheet")
    labels.add_argument(
        "--start-col", type=int, default=1, metavar="C", help="first free column on the sheet"
    )
    labels.add_argument(
        "--offset-x", type=float, default=0.0, metavar="MM", help="move everything right (mm)"
    )
    labels.add_argument("--offset-y", type=float, default=0.0, metavar="MM", help="move everything down (mm)")
    labels.add_argument("--per-address", action="store_true", help="one label per shared address")
    labels.add_argument("--alignment", action="store_true", help="print the alignment test page instead")

    summary = kind("summary", "a one-page summary of a segment")
    summary.add_argument("--paper", choices=("a4", "letter"), default="a4")

    registry.with_store["report"] = _report


def scope_of(args: argparse.Namespace) -> service.ReportScope:
    if args.followups:
        return service.ReportScope(followups_due=True)
    selection = selection_of(args)
    if selection is not None:
        return service.ReportScope(selection, title=args.rules.stem if args.rules else None)
    raise UserError(
        i18n.translate("Cli", "Say whose report: --segment NAME, --rules FILE, --followups or --all.")
    )


def _sheet(name: str) -> LabelSheet:
    try:
        return preset(name)
    except ValueError as exc:
        raise UserError(str(exc)) from exc


def _report(store: Store, args: argparse.Namespace, out: TextIO) -> None:
    lang, today = user_language(args), today_of(args)
    if args.report_kind == "callsheet":
        options = CallSheetOptions(sort=args.sort, layout=args.layout, paper=args.paper)
        result = service.call_sheet(store, scope_of(args), today=today, options=options, lang=lang)
        path = service.save_pdf(result.pdf, args.output)
        message = i18n.translate("Cli", "Wrote a call sheet of %n contacts", None, result.listed)
        print(_pages(message, result.pdf.pages, path), file=out)
        if result.refused_phone:
            print(
                i18n.translate("Cli", "Left out %n who refused phone calls.", None, result.refused_phone),
                file=out,
            )
    elif args.report_kind == "labels":
        _labels(store, args, out, lang)
    else:
        pdf, data = service.segment_summary(store, scope_of(args), today=today, lang=lang, paper=args.paper)
        path = service.save_pdf(pdf, args.output)
        print(
            _pages(
                i18n.translate("Cli", "Wrote the summary of %n contacts", None, data.size), pdf.pages, path
            ),
            file=out,
        )


def _labels(store: Store, args: argparse.Namespace, out: TextIO, lang: str) -> None:
    sheet, today = _sheet(args.preset or label_preset(store)), today_of(args)
    if args.alignment:
        pdf = service.alignment_page(
            sheet, today=today, offset_x=args.offset_x, offset_y=args.offset_y, lang=lang
        )
        path = service.save_pdf(pdf, args.output)
        print(
            i18n.fill(i18n.translate("Cli", "Wrote the alignment test page for %1 to %2."), sheet.name, path),
            file=out,
        )
        return
    result = service.mailing_labels(
        store,
        scope_of(args),
        sheet,
        today=today,
        start_row=args.start_row,
        start_column=args.start_col,
        offset_x=args.offset_x,
        offset_y=args.offset_y,
        per_address=args.per_address,
        lang=lang,
    )
    path = service.save_pdf(result.pdf, args.output)
    print(
        _pages(i18n.translate("Cli", "Wrote %n labels", None, result.labels), result.pdf.pages, path),
        file=out,
    )
    if result.no_consent:
        print(i18n.translate("Cli", "Skipped %n without consent to post.", None, result.no_consent), file=out)
    if result.incomplete:
        print(
            i18n.translate("Cli", "Skipped %n with an incomplete address.", None, result.incomplete), file=out
        )


def _pages(what: str, pages: int, path: Path) -> str:
    return i18n.fill(
        i18n.translate("Cli", "%1 (%2) to %3."), what, i18n.translate("Cli", "%n pages", None, pages), path
    )
