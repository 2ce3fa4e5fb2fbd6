"""The import wizard: file, preview and encoding, columns, check, import, done.

It keeps what the steps decide (file, encoding, table, mapping, choices per
duplicate) and runs every service call on a worker thread: reading and the dry
run on :attr:`reader` (the newest request wins), the import and its undo on
:attr:`writer` (one after another).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget, QWizard

from segdesk.services.databases import Store
from segdesk.services.imports import (
    ColumnMapping,
    ImportOptions,
    ImportReport,
    Table,
    import_table,
    import_targets,
    propose,
    read_source,
)
from segdesk.services.imports.source import custom_types
from segdesk.services.preferences import phone_country
from segdesk.ui.import_wizard.check_page import CheckPage
from segdesk.ui.import_wizard.mapping_page import MappingPage
from segdesk.ui.import_wizard.run_pages import DonePage, RunPage
from segdesk.ui.import_wizard.source_pages import EncodingPage, FilePage
from segdesk.ui.translation import resolve_language
from segdesk.ui.workers import JobRunner

__all__ = ["ImportWizard"]

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Progress(QObject):
    """Carries progress from the worker thread to the GUI thread (a queued signal)."""

    progressed = Signal(str, int, int)
    checking = Signal(str, int, int)


class ImportWizard(QWizard):
    FILE, ENCODING, MAPPING, CHECK, RUN, DONE = range(6)

    progressed = Signal(str, int, int)  # stage, done, total: the import
    checking = Signal(str, int, int)  # the same, of the check (a dry run)
    imported = Signal(object)  # ImportReport, once written
    undone = Signal(object)  # UndoResult

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        country: str | None = None,
        writer: JobRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import Contacts"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.store = store
        self.today = today or date.today()
        # Numbers without + in rows without a country: the database's default (Preferences ▸ Contacts).
        self.country = country if country is not None else phone_country(store)
        self.language = resolve_language()
        self.reader = JobRunner(self)
        self.writer = writer if writer is not None else JobRunner(self, serial=True)
        self._progress = _Progress(self)
        self._progress.progressed.connect(self.progressed)
        self._progress.checking.connect(self.checking)
        self.cancel_event = threading.Event()
        self._check_stop = threading.Event()  # of the newest check; an older one is stopped

        self.path: Path | None = None
        self.encoding: str | None = None  # None: the automatic choice
        self.table: Table | None = None
        self.mapping: ColumnMapping | None = None
        self.targets: dict[str, str] = {}
        self.custom_types: dict[str, str] = {}
        self.on_duplicate = "skip"
        self.decisions: dict[int, str] = {}
        self.dry_report: ImportReport | None = None
        self.report: ImportReport | None = None

        self.file_page = FilePage(self)
        self.encoding_page = EncodingPage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.run_page = RunPage(self)
        self.done_page = DonePage(self)
        pages = (
            self.file_page,
            self.encoding_page,
            self.mapping_page,
            self.check_page,
            self.run_page,
            self.done_page,
        )
        for number, page in enumerate(pages):
            self.setPage(number, page)
        self.resize(960, 640)

    def start_with(self, path: Path) -> None:
        """Fill in ``path`` as the file to import (a file dropped on the window, or a test)."""
        if self.currentId() < 0:
            self.restart()
        self.file_page.path_edit.setText(str(path))

    def reset_after_source(self) -> None:
        """The file or its encoding changed: what was read and decided from it goes."""
        self.table = None
        self.mapping = None
        self.decisions.clear()
        self.dry_report = None
        self.mapping_page.ready = False

    def action_for(self, row: int) -> str:
        return self.decisions.get(row, self.on_duplicate)

    def import_options(self) -> ImportOptions:
        return ImportOptions(
            today=self.today,
            country=self.country,
            language=self.language,
            on_duplicate=self.on_duplicate,
            decisions=dict(self.decisions),
        )

    # -- service calls, off the GUI thread ------------------------------------------------------

    def read_source(self, on_done: Done, on_error: Failed) -> None:
        store, path, encoding, language = self.store, self.path, self.encoding, self.language
        assert path is not None

        def work() -> tuple[Table, ColumnMapping, dict[str, str], dict[str, str]]:
            table = read_source(path, encoding=encoding, language=language)
            return table, propose(store, table), import_targets(store), custom_types(store)

        def done(result: tuple[Table, ColumnMapping, dict[str, str], dict[str, str]]) -> None:
            self.table, self.mapping, self.targets, self.custom_types = result
            on_done(result)

        self.reader.run("source", work, done, on_error)

    def _import(self, dry_run: bool) -> Callable[[], ImportReport]:
        store, table, mapping, options = self.store, self.table, self.mapping, self.import_options()
        assert table is not None and mapping is not None and self.path is not None
        name = self.path.name
        if dry_run:
            self.stop_check()
            self._check_stop = threading.Event()
            emit, cancelled = self._progress.checking.emit, self._check_stop.is_set
        else:
            self.cancel_event.clear()
            emit, cancelled = self._progress.progressed.emit, self.cancel_event.is_set
        # The rows the first check read: not checked again unless the file or the mapping changed.
        checked = self.dry_report.checked if self.dry_report is not None else None
        return lambda: import_table(
            store,
            table,
            mapping,
            options,
            file_name=name,
            dry_run=dry_run,
            progress=emit,
            cancelled=cancelled,
            checked=checked,
        )

    def dry_run(self, on_done: Done, on_error: Failed) -> None:
        def done(report: ImportReport) -> None:
            self.dry_report = report
            on_done(report)

        self.reader.run("check", self._import(True), done, on_error)

    def stop_check(self) -> None:
        """Stop the check running, if any (it writes nothing; its result is not shown)."""
        self._check_stop.set()

    def run_import(self, on_done: Done, on_error: Failed) -> None:
        def done(report: ImportReport) -> None:
            self.report = report
            if report.written:
                self.imported.emit(report)
            on_done(report)

        self.writer.submit(self._import(False), done, on_error)

    # -- closing ----------------------------------------------------------------------------------

    def reject(self) -> None:
        self.stop_check()
        if self.writer.is_busy():
            self.cancel_event.set()  # the import stops and rolls back; the wizard closes when it has
            self.writer.wait()
        super().reject()

    def done(self, result: int) -> None:
        self.reader.wait()
        self.writer.wait()
        # The window keeps the last wizard: let go of the file and its checked rows (big files).
        self.reset_after_source()
        if self.report is not None:
            self.report.checked = None
        super().done(result)
