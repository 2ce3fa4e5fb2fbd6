"""Composition root: parse the arguments, open the store, then start the window or run a command."""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
from collections.abc import Sequence

from segdesk import cli
from segdesk.domain.locale_format import preferred_language
from segdesk.services.preferences import LoadedPreferences, backup_options, language_choice, load_preferences
from segdesk.store.database import Store, StoreError, open_store


def _requested_language(argv: Sequence[str]) -> str | None:
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def _run_command(args: argparse.Namespace, loaded: LoadedPreferences) -> int:
    if loaded.problem:
        print(f"segdesk: {loaded.problem}", file=sys.stderr)
    try:
        return _run_store_command(args, loaded)
    except BrokenPipeError:
        # The reader went away (``segdesk followups list | head``): stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return cli.EXIT_OK


def _run_store_command(args: argparse.Namespace, loaded: LoadedPreferences) -> int:
    if not cli.needs_store(args):
        return cli.run(None, args)
    backup_dir, keep = backup_options(loaded.preferences)
    try:
        store = open_store(args.db, backup_dir=backup_dir, backup_keep=keep)
    except StoreError as exc:
        print(f"segdesk: {exc}", file=sys.stderr)
        return cli.EXIT_FAILURE
    try:
        return cli.run(store, args)
    finally:
        store.close()


def _run_window(args: argparse.Namespace, loaded: LoadedPreferences) -> int:
    from segdesk.services.databases import open_database
    from segdesk.ui import run_gui, show_startup_error

    language = language_choice(args.lang, loaded.preferences)
    try:
        store: Store = open_database(args.db, loaded.preferences)
    except StoreError as exc:
        return show_startup_error(str(exc), language=language, db=args.db, error=exc)
    if loaded.problem:
        store.warnings.append(loaded.problem)
    try:
        return run_gui(store, smoke_test=args.smoke_test, language=language)
    finally:
        store.close()


def main(argv: Sequence[str] | None = None) -> int:
    # In a frozen build a helper process (spawn) starts this executable again: run its work, then exit.
    multiprocessing.freeze_support()
    argv = list(sys.argv[1:] if argv is None else argv)
    loaded = load_preferences()
    language = preferred_language(language_choice(_requested_language(argv), loaded.preferences))
    # Messages of the command line, argument errors included, in the user's language
    # (English too: its translation holds the plural forms).
    from segdesk.ui.translation import load_cli_translator

    load_cli_translator(language)
    args = cli.parse_args(argv, loaded.preferences)
    if args.command is None:
        return _run_window(args, loaded)
    return _run_command(args, loaded)


if __name__ == "__main__":
    raise SystemExit(main())
