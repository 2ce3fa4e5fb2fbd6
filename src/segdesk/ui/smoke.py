"""``segdesk --smoke-test``: does this installation (a packaged build above all) have all it needs?

Each check uses what a user's session would load, and prints one line:

- window: the main window, built on the database given (``--db``), shown and closed;
- database: a new throwaway database (a temporary folder) migrated to the newest
  schema by Alembic, which reads its scripts as source files;
- demo data: a few demo contacts written into it (the demo data modules);
- translation: Polish, segdesk's own and Qt's (standard buttons and dialogs);
- rule count: a condition read in a helper process started with ``spawn``, as the rule
  editor does (in a frozen build the child runs the executable again:
  ``multiprocessing.freeze_support`` must send it to the helper's work);
- files: the contacts exported to Excel and vCard and read back by a dry-run import
  (XlsxWriter, calamine, vobject, phone numbers, e-mail addresses, fuzzy matching), the
  follow-ups to iCalendar, the PostgreSQL driver loaded (psycopg's binary build);
- pdf: a call sheet drawn with the packaged DejaVu fonts and rendered to an image.

Nothing is written to the database given, nor next to the working directory.
Exit code 0 when every check passed.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import text

from segdesk.services.databases import Store, open_database
from segdesk.services.demo import generate_demo
from segdesk.services.export import export_contacts
from segdesk.services.followups import export_ics
from segdesk.services.imports.plan import ImportOptions
from segdesk.services.imports.run import import_file
from segdesk.services.info import database_info
from segdesk.services.reports import ReportScope, call_sheet
from segdesk.services.rule_counting import read_bitmap
from segdesk.services.segments import count_rules
from segdesk.services.selection import Selection
from segdesk.ui.print_preview import open_pdf, renderer_name
from segdesk.ui.translation import install_translators

__all__ = ["CHECKS", "run_smoke_test"]

DEMO_CONTACTS = 40
HELPER_TIMEOUT = 120.0  # seconds for the helper process to start and answer
RULES: dict[str, Any] = {"version": 1, "match": "all", "rules": [{"field": "email", "op": "is_not_empty"}]}
CHECKS = ("window", "database", "demo data", "translation", "rule count", "files", "pdf")


class SmokeFailure(Exception):
    """A check found something missing or wrong."""


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)


def _check_window(app: QApplication, window: QWidget) -> str:
    app.processEvents()
    _require(window.isVisible(), "the main window is not visible")
    size = window.size()
    window.close()
    window.deleteLater()
    app.processEvents()
    return f"{type(window).__name__} {size.width()}x{size.height()}"


def _check_database(store: Store) -> str:
    with store.sessions() as session:
        revision = session.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    head = database_info(store).schema_revision
    _require(revision == head, f"the database is at revision {revision}, the newest is {head}")
    return f"migrated to {revision}"


def _check_demo(store: Store, today: date) -> str:
    summary = generate_demo(store, DEMO_CONTACTS, seed=7, today=today)
    info = database_info(store)
    _require(info.people + info.companies == DEMO_CONTACTS, f"{info.people + info.companies} contacts")
    return f"{summary.contacts} contacts, {summary.interactions} interactions, {summary.orders} orders"


def _check_translation(app: QApplication, language: str | None) -> str:
    try:
        _require(install_translators(app, "pl") == "pl", "Polish was not chosen")
        menu = QCoreApplication.translate("MainWindow", "&File")
        _require(menu != "&File", "segdesk's Polish translation did not load")
        # Looked up through variables so lupdate leaves it to qtbase_pl.qm instead of segdesk's own file.
        qt_context, qt_text = "QPlatformTheme", "Cancel"
        cancel = QCoreApplication.translate(qt_context, qt_text)
        _require(cancel != "Cancel", "Qt's own Polish translation (qtbase_pl.qm) did not load")
    finally:
        install_translators(app, language)
    return f"pl: “&File” → “{menu}”, Qt's “Cancel” → “{cancel}”"


def _check_rule_count(store: Store, today: date) -> str:
    expected = count_rules(store, RULES, today)
    url = store.url.render_as_string(hide_password=False)
    # The rule editor's way (services.rule_counting): a spawned helper process, its own connection.
    context = multiprocessing.get_context("spawn")
    started = time.monotonic()
    with ProcessPoolExecutor(1, mp_context=context) as pool:
        helper = pool.submit(os.getpid).result(timeout=HELPER_TIMEOUT)
        bits = pool.submit(read_bitmap, url, today, RULES).result(timeout=HELPER_TIMEOUT)
    seconds = time.monotonic() - started
    _require(helper != os.getpid(), "the helper ran in this process")
    counted = int(bits).bit_count()
    _require(counted == expected.matched, f"the helper counted {counted}, the engine {expected.matched}")
    _require(0 < counted <= expected.total, f"{counted} of {expected.total} contacts have an e-mail address")
    return f"{counted} of {expected.total} contacts, helper process {helper} ({seconds:.1f} s)"


def _check_files(store: Store, today: date, folder: Path) -> str:
    import psycopg
    from sqlalchemy.dialects import registry

    spreadsheet = export_contacts(store, folder / "contacts.xlsx", file_format="xlsx", today=today)
    cards = export_contacts(store, folder / "contacts.vcf", file_format="vcard", today=today)
    options = ImportOptions(today=today, country="IT", on_duplicate="skip")
    read_back = []
    for exported in (spreadsheet, cards):
        report = import_file(store, exported.path, options, dry_run=True)
        _require(not report.errors, f"{exported.path.name}: {report.errors[0]}" if report.errors else "")
        _require(report.rows == exported.rows, f"{exported.path.name}: {report.rows} of {exported.rows} rows")
        _require(report.created == 0, f"{exported.path.name}: {report.created} contacts not recognised")
        read_back.append(f"{exported.path.suffix[1:]} {report.rows}")
    calendar = export_ics(store, folder / "followups.ics", today=today)
    _require(calendar.path.read_bytes().startswith(b"BEGIN:VCALENDAR"), "the iCalendar file is not one")
    registry.load("postgresql.psycopg")
    _require(psycopg.pq.__impl__ in ("binary", "c"), f"psycopg uses its {psycopg.pq.__impl__} implementation")
    return f"{', '.join(read_back)} rows read back, ics {calendar.count}, psycopg {psycopg.pq.__impl__}"


def _check_pdf(store: Store, today: date) -> str:
    result = call_sheet(store, ReportScope(selection=Selection(everyone=True)), today=today, lang="pl")
    data = result.pdf.data
    _require(data.startswith(b"%PDF"), "the call sheet is not a PDF")
    _require(b"DejaVuSans" in data, "the DejaVu fonts are not embedded")
    pages = open_pdf(data)
    _require(pages is not None, "no PDF renderer (pypdfium2) is installed")
    assert pages is not None
    try:
        image = pages.render(0, QSize(400, 566))
    finally:
        pages.close()
    _require(not image.isNull(), "the first page did not render")
    inked = sum(
        1
        for y in range(0, image.height(), 4)
        for x in range(0, image.width(), 4)
        if QColor(image.pixel(x, y)).lightness() < 128
    )
    _require(inked > 0, "the first page rendered blank")
    return (
        f"call sheet, {result.listed} contacts on {result.pdf.pages} page(s), DejaVu fonts, "
        f"rendered by {renderer_name()}"
    )


def _throwaway_checks(
    app: QApplication,
    language: str | None,
    folder: Path,
    today: date,
    check: Callable[[str, Callable[[], str]], bool],
) -> None:
    store: Store | None = None

    def open_throwaway() -> str:
        nonlocal store
        store = open_database(folder / "smoke.sqlite3")
        return _check_database(store)

    if not check("database", open_throwaway) or store is None:
        return
    opened: Store = store
    try:
        check("demo data", lambda: _check_demo(opened, today))
        check("translation", lambda: _check_translation(app, language))
        check("rule count", lambda: _check_rule_count(opened, today))
        check("files", lambda: _check_files(opened, today, folder))
        check("pdf", lambda: _check_pdf(opened, today))
    finally:
        opened.close()


def _print(line: str) -> None:
    print(line, flush=True)  # a windowed build on Windows has no stdout: print then does nothing


def run_smoke_test(
    app: QApplication, window: QWidget, language: str | None = None, *, out: Callable[[str], None] = _print
) -> int:
    """Run every check (the window first, then on a throwaway database); 0 when all passed."""
    today = date.today()
    failed: list[str] = []
    started = time.monotonic()

    def check(name: str, run: Callable[[], str]) -> bool:
        try:
            out(f"smoke test: {name}: ok, {run()}")
        except Exception as exc:  # every check reports, whatever broke
            failed.append(name)
            out(f"smoke test: {name}: FAILED, {type(exc).__name__}: {exc}")
            return False
        return True

    check("window", lambda: _check_window(app, window))
    with tempfile.TemporaryDirectory(prefix="segdesk-smoke-", ignore_cleanup_errors=True) as temp:
        _throwaway_checks(app, language, Path(temp), today, check)
    seconds = time.monotonic() - started
    frozen = " (frozen build)" if getattr(sys, "frozen", False) else ""
    if failed:
        out(f"smoke test: FAILED {len(failed)} of {len(CHECKS)} checks: {', '.join(failed)}{frozen}")
        return 1
    out(f"smoke test: passed all {len(CHECKS)} checks in {seconds:.1f} s{frozen}")
    return 0
