"""The command line: argument parsing and the commands, each a thin call into services.

Each module of this package registers its commands with :func:`register`;
this one builds the parser and runs the chosen command with its exit code.
"""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Sequence
from typing import TextIO

from segdesk import __version__
from segdesk.cli import basics, followups, people, reports, segments, transfer
from segdesk.cli.base import EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK, Parents, Parser, Registry, iso_date
from segdesk.services.databases import Store, StoreError
from segdesk.services.errors import OperationFailed, UserError
from segdesk.services.preferences import ComputerPreferences, database_location

__all__ = ["EXIT_BAD_INPUT", "EXIT_FAILURE", "EXIT_OK", "build_parser", "needs_store", "parse_args", "run"]

COMMAND_MODULES = (basics, people, reports, transfer, followups, segments)


@functools.cache
def _build() -> tuple[argparse.ArgumentParser, Registry]:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        help=(
            "database file or URL (postgresql+psycopg://...); default: $SEGDESK_DB, "
            "else the one chosen in Preferences, else segdesk.sqlite3 in the user data folder"
        ),
    )
    today = argparse.ArgumentParser(add_help=False)
    today.add_argument("--today", type=iso_date, default=None, help="compute dates as if today were D")

    parser = Parser(prog="segdesk", description="Contacts, segments, follow-ups.", parents=[common])
    parser.add_argument("--version", action="version", version=f"segdesk {__version__}")
    parser.add_argument(
        "--lang",
        default=None,
        help="language of messages: en, it, fr, pl, de, es (pseudo: stretched English, to check layouts)",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="check that the installed program works (window, database, helpers, PDF) and quit",
    )
    commands = parser.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")
    registry = Registry(with_store={}, without_store={})
    for module in COMMAND_MODULES:
        module.register(commands, Parents(common, today), registry)
    return parser, registry


def build_parser() -> argparse.ArgumentParser:
    return _build()[0]


def parse_args(
    argv: Sequence[str] | None = None, preferences: ComputerPreferences | None = None
) -> argparse.Namespace:
    """The arguments; ``preferences`` as already read at start-up (else read from the file)."""
    args = build_parser().parse_args(argv)
    # --db, else $SEGDESK_DB, else Preferences; None: the default file in the user data folder.
    args.db = database_location(getattr(args, "db", None), preferences)
    return args


def needs_store(args: argparse.Namespace) -> bool:
    return args.command not in _build()[1].without_store


def run(
    store: Store | None, args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run the parsed command (on ``store`` when it needs one); the process exit code."""
    out = out or sys.stdout
    err = err or sys.stderr
    registry = _build()[1]
    try:
        if store is None:
            registry.without_store[args.command](args, out)
        else:
            registry.with_store[args.command](store, args, out)
    except UserError as exc:
        print(f"segdesk: {exc}", file=err)
        return EXIT_BAD_INPUT
    except (OperationFailed, StoreError) as exc:
        print(f"segdesk: {exc}", file=err)
        return EXIT_FAILURE
    return EXIT_OK
