"""File ▸ Print…: choose a report (call sheet, mailing labels, summary) and its options, preview, print, save.

The PDF is made by :mod:`segdesk.services.reports` on a worker thread each time
an option changes (the newest request wins); the preview, the printer and the
saved file all use those same bytes.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from segdesk.services.databases import Store
from segdesk.services.preferences import label_preset
from segdesk.services.reports import (
    CallSheetOptions,
    RenderedPdf,
    ReportScope,
    alignment_page,
    call_sheet,
    mailing_labels,
    save_pdf,
    segment_summary,
)
from segdesk.ui.print_preview import PrintPreview, print_pdf
from segdesk.ui.report_options import LabelOptionsBox
from segdesk.ui.translation import resolve_language
from segdesk.ui.workers import JobRunner

__all__ = ["Generated", "ReportDialog", "ScopeChoice"]


@dataclass(frozen=True)
class ScopeChoice:
    """One entry of the "Contacts" list: what it is called and how to build its scope (on a worker)."""

    key: str
    label: str
    make: Callable[[], ReportScope]


@dataclass(frozen=True)
class Generated:
    kind: str  # callsheet, labels, summary, alignment
    pdf: RenderedPdf
    result: Any  # the service's result, for the counts

    @property
    def pages(self) -> int:
        return self.pdf.pages


class ReportDialog(QDialog):
    generated = Signal(object)  # Generated, once shown
    failed = Signal(str)

    def __init__(
        self,
        store: Store,
        scopes: list[ScopeChoice],
        *,
        current: str | None = None,
        today: date | None = None,
        runner: JobRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.setWindowTitle(self.tr("Print Reports"))
        self.store = store
        self.today = today or date.today()
        self.language = resolve_language()
        self.runner = runner if runner is not None else JobRunner(self)
        self.scopes = scopes
        self.current: Generated | None = None
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.generate)

        self.preview = PrintPreview()
        splitter = QSplitter()
        splitter.addWidget(self._build_options(current))
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 760])
        splitter.setChildrenCollapsible(False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = buttons.addButton(self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = buttons.addButton(self.tr("&Save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button = buttons.addButton(
            self.tr("&Open in PDF Viewer"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.clicked.connect(lambda: self.print_report())
        self.save_button.clicked.connect(lambda: self.save_report())
        self.open_button.clicked.connect(self.open_externally)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(1150, 800)
        self._set_ready(False)
        self._show_kind()
        self.schedule()  # the first preview, with the default options

    # -- the options ------------------------------------------------------------------------

    def _combo(self, items: list[tuple[str, str]], name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for key, text in items:
            combo.addItem(text, key)
        combo.currentIndexChanged.connect(self.schedule)
        return combo

    def _build_options(self, current: str | None) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        top = QFormLayout()
        self.kind_combo = self._combo(
            [
                ("callsheet", self.tr("Call sheet")),
                ("labels", self.tr("Mailing labels")),
                ("summary", self.tr("Segment summary")),
            ],
            "reportKind",
        )
        self.kind_combo.currentIndexChanged.connect(self._show_kind)
        self.scope_combo = self._combo([(s.key, s.label) for s in self.scopes], "reportScope")
        if current is not None and self.scope_combo.findData(current) >= 0:
            self.scope_combo.setCurrentIndex(self.scope_combo.findData(current))
        top.addRow(self.tr("&Report:"), self.kind_combo)
        top.addRow(self.tr("&Contacts:"), self.scope_combo)
        layout.addLayout(top)

        papers = [("a4", self.tr("A4")), ("letter", self.tr("Letter"))]
        self.options_stack = QStackedWidget()
        calls = QGroupBox(self.tr("Call sheet"))
        form = QFormLayout(calls)
        self.sort_combo = self._combo(
            [
                ("overdue", self.tr("Most overdue first")),
                ("name", self.tr("Name")),
                ("city", self.tr("City")),
            ],
            "callSort",
        )
        self.layout_combo = self._combo(
            [("compact", self.tr("Compact")), ("detailed", self.tr("Detailed"))], "callLayout"
        )
        self.call_paper = self._combo(papers, "callPaper")
        form.addRow(self.tr("&Sort by:"), self.sort_combo)
        form.addRow(self.tr("&Layout:"), self.layout_combo)
        form.addRow(self.tr("&Paper:"), self.call_paper)
        self.options_stack.addWidget(calls)
        self.labels = LabelOptionsBox(preset_name=label_preset(self.store))
        self.labels.changed.connect(self.schedule)
        self.labels.alignmentRequested.connect(lambda: self.generate(alignment=True))
        self.options_stack.addWidget(self.labels)
        summary = QGroupBox(self.tr("Summary"))
        form = QFormLayout(summary)
        self.summary_paper = self._combo(papers, "summaryPaper")
        form.addRow(self.tr("&Paper:"), self.summary_paper)
        self.options_stack.addWidget(summary)
        layout.addWidget(self.options_stack)

        self.counts_label = QLabel()
        self.counts_label.setObjectName("reportCounts")
        self.counts_label.setWordWrap(True)
        layout.addWidget(self.counts_label)
        layout.addStretch(1)
        return panel

    def _show_kind(self) -> None:
        self.options_stack.setCurrentIndex(self.kind_combo.currentIndex())

    def schedule(self, *_args: Any) -> None:
        self._debounce.start()

    def _work(self, alignment: bool) -> Callable[[], Generated]:
        store, today, lang = self.store, self.today, self.language
        kind = self.kind_combo.currentData()
        make_scope = self.scopes[max(0, self.scope_combo.currentIndex())].make
        if kind == "labels" or alignment:
            sheet = self.labels.label_sheet()
            labels = self.labels.values()
            offset_x, offset_y = labels["offset_x"], labels["offset_y"]
            if alignment:
                return lambda: self._done(
                    "alignment",
                    alignment_page(sheet, today=today, offset_x=offset_x, offset_y=offset_y, lang=lang),
                    None,
                )

            def make_labels() -> Generated:
                result = mailing_labels(store, make_scope(), sheet, today=today, lang=lang, **labels)
                return self._done("labels", result.pdf, result)

            return make_labels
        if kind == "summary":
            paper = self.summary_paper.currentData()

            def make_summary() -> Generated:
                pdf, data = segment_summary(store, make_scope(), today=today, lang=lang, paper=paper)
                return self._done("summary", pdf, data)

            return make_summary
        options = CallSheetOptions(
            self.sort_combo.currentData(), self.layout_combo.currentData(), self.call_paper.currentData()
        )

        def make_calls() -> Generated:
            result = call_sheet(store, make_scope(), today=today, options=options, lang=lang)
            return self._done("callsheet", result.pdf, result)

        return make_calls

    @staticmethod
    def _done(kind: str, pdf: RenderedPdf, result: Any) -> Generated:
        return Generated(kind, pdf, result)

    def generate(self, alignment: bool = False) -> None:
        """Make the report with the options shown (on a worker thread); the preview follows."""
        self._debounce.stop()
        try:
            work = self._work(alignment)
        except ValueError as exc:
            self._show_failure(str(exc))
            return
        self._set_ready(False)
        self.counts_label.setText(self.tr("Preparing the report…"))
        self.runner.run("report", work, self._show, lambda error: self._show_failure(str(error)))

    def _show_failure(self, message: str) -> None:
        self.current = None
        self._set_ready(False)
        self.counts_label.setText(message)
        self.preview.show_message(message)
        self.failed.emit(message)

    def _show(self, generated: Generated) -> None:
        self.current = generated
        drawn = self.preview.show_pdf(generated.pdf.data, generated.pages)
        self._set_ready(True, drawn)
        self.counts_label.setText(self.counts_text(generated))
        self.generated.emit(generated)

    def counts_text(self, generated: Generated) -> str:
        lines = [self.tr("%n page(s)", None, generated.pages)]
        result = generated.result
        if generated.kind == "callsheet":
            lines.append(self.tr("%n contact(s) listed", None, result.listed))
            if result.refused_phone:
                lines.append(self.tr("%n left out: they refused phone calls", None, result.refused_phone))
        elif generated.kind == "labels":
            lines.append(
                self.tr("%n label(s)", None, result.labels)
                + " · "
                + self.tr("%n contact(s)", None, result.contacts)
            )
            if result.no_consent:
                lines.append(self.tr("%n skipped: no postal consent", None, result.no_consent))
            if result.incomplete:
                lines.append(self.tr("%n skipped: incomplete address", None, result.incomplete))
        elif generated.kind == "summary":
            lines.append(self.tr("%n contact(s)", None, result.size))
        else:
            lines.append(self.tr("Alignment test page: print it on plain paper."))
        return "\n".join(lines)

    def _set_ready(self, ready: bool, drawn: bool = True) -> None:
        self.save_button.setEnabled(ready)
        self.open_button.setVisible(ready and not drawn)
        self.print_button.setEnabled(ready and drawn)
        self.print_button.setToolTip(
            "" if drawn else self.tr("Printing from segdesk needs QtPdf or pypdfium2; save the PDF instead.")
        )

    # -- output -------------------------------------------------------------------------------------

    def print_report(self, printer: QPrinter | None = None) -> int:
        """Print the previewed PDF: through the print dialog, or on ``printer`` as it is set up."""
        pages = self.preview.pages
        if self.current is None or pages is None:
            return 0
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(self._file_stem())
            printer.setFromTo(1, self.current.pages)
            dialog = QPrintDialog(printer, self)
            dialog.setMinMax(1, self.current.pages)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return 0
        printed = print_pdf(pages, printer)
        if not printed:
            QMessageBox.warning(self, self.tr("Print"), self.tr("The printer could not be started."))
        return printed

    def _file_stem(self) -> str:
        names = {
            "callsheet": self.tr("call-sheet"),
            "labels": self.tr("labels"),
            "summary": self.tr("summary"),
            "alignment": self.tr("alignment-test"),
        }
        kind = self.current.kind if self.current is not None else "callsheet"
        return f"{names[kind]}-{self.today.isoformat()}"

    def save_report(self, path: str | None = None) -> Path | None:
        if self.current is None:
            return None
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save as PDF"), f"{self._file_stem()}.pdf", self.tr("PDF files (*.pdf)")
            )
            if not path:
                return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            return save_pdf(self.current.pdf, Path(path))
        except Exception as exc:
            QMessageBox.warning(self, self.tr("Save as PDF"), str(exc))
            return None

    def open_externally(self) -> None:
        if self.current is None:
            return
        folder = Path(tempfile.mkdtemp(prefix="segdesk-"))
        saved = self.save_report(str(folder / f"{self._file_stem()}.pdf"))
        if saved is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(saved)))

    def done(self, result: int) -> None:
        self._debounce.stop()
        self.runner.forget("report")
        self.preview.show_message("")  # closes the document
        super().done(result)
