"""What every command module shares: the parser class, argument types, the registry shape."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, NoReturn, TextIO

from segdesk.domain import i18n
from segdesk.domain.locale_format import preferred_language
from segdesk.services.databases import Store
from segdesk.services.selection import Selection, read_rules_file

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2

StoreCommand = Callable[[Store, argparse.Namespace, TextIO], Any]
FileCommand = Callable[[argparse.Namespace, TextIO], Any]
Subcommands = Any  # argparse's private _SubParsersAction


class Parser(argparse.ArgumentParser):
    """Argument mistakes are one sentence on stderr and exit code 2, without the usage dump."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message}\n")


@dataclass(frozen=True)
class Parents:
    """Parent parsers a command adds for the shared options."""

    common: argparse.ArgumentParser  # --db
    today: argparse.ArgumentParser  # --today


@dataclass
class Registry:
    """Handlers by command name (``args.command``)."""

    with_store: dict[str, StoreCommand]
    without_store: dict[str, FileCommand]


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            i18n.fill(i18n.translate("Cli", "“%1” is not a date; write it as YYYY-MM-DD."), text)
        ) from None


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(
            i18n.fill(i18n.translate("Cli", "“%1” is not a whole number of zero or more."), text)
        )
    return value


def today_of(args: argparse.Namespace) -> date:
    """``--today`` when given, else the local date."""
    return getattr(args, "today", None) or date.today()


def add_selection_arguments(parser: argparse.ArgumentParser, *, required: bool = True) -> Any:
    """``--all | --rules FILE | --segment NAME``; the group, for commands that add more choices."""
    which = parser.add_mutually_exclusive_group(required=required)
    which.add_argument("--all", action="store_true", help="every contact")
    which.add_argument("--rules", type=Path, metavar="FILE", help="a rule file (JSON)")
    which.add_argument("--segment", metavar="NAME", help="a saved segment")
    return which


def selection_of(args: argparse.Namespace) -> Selection | None:
    """The contacts ``add_selection_arguments`` chose; None when none of its options was given."""
    if getattr(args, "rules", None) is not None:
        return Selection(rules=read_rules_file(args.rules))
    if getattr(args, "segment", None) is not None:
        return Selection(segment=args.segment)
    if getattr(args, "all", False):
        return Selection(everyone=True)
    return None


def user_language(args: argparse.Namespace) -> str:
    """The language for what a command writes (reports, file headers): ``--lang``, else the user's."""
    return preferred_language(getattr(args, "lang", None))
