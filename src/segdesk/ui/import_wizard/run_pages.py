"""The last steps: the import itself (progress, cancel), then what it did, with "Undo this import"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QVBoxLayout, QWizardPage

from segdesk.services.imports import ImportCancelled, ImportReport, UndoResult
from segdesk.ui.import_wizard.history import undo_text, undo_with_questions

if TYPE_CHECKING:
    from segdesk.ui.import_wizard.wizard import ImportWizard

__all__ = ["DonePage", "RunPage"]


class RunPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr("All or nothing: a cancelled or failed import writes nothing."))
        self.status = QLabel()
        self.status.setObjectName("runStatus")
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setObjectName("importProgress")
        self.cancel_button = QPushButton(self.tr("&Stop Import"))
        self.cancel_button.setObjectName("stopImport")
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        layout.addStretch(1)
        self.finished = False
        wizard.progressed.connect(self.show_progress)

    def initializePage(self) -> None:
        self.finished = False
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.status.setText(self.tr("Backing up the database, then importing…"))
        self.owner.run_import(self._done, self._failed)

    def show_progress(self, stage: str, done: int, total: int) -> None:
        stages = {"match": self.tr("Looking for duplicates…"), "write": self.tr("Writing contacts…")}
        self.status.setText(stages.get(stage, self.tr("Importing…")))
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def cancel(self) -> None:
        self.owner.cancel_event.set()
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Stopping…"))

    def _done(self, report: ImportReport) -> None:
        self.finished = True
        self.cancel_button.setEnabled(False)
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.completeChanged.emit()
        self.wizard().next()

    def _failed(self, error: BaseException) -> None:
        self.cancel_button.setEnabled(False)
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        if isinstance(error, ImportCancelled):
            self.status.setText(self.tr("The import was stopped; nothing was written."))
        else:
            self.status.setText(str(error))

    def isComplete(self) -> bool:
        return self.finished


class DonePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Done"))
        self.status = QLabel()
        self.status.setObjectName("doneStatus")
        self.status.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("&Undo This Import"))
        self.undo_button.setObjectName("undoImport")
        self.undo_button.clicked.connect(lambda: self.undo())
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.undo_button)
        layout.addStretch(1)

    def initializePage(self) -> None:
        report = self.owner.report
        assert report is not None
        lines = [
            self.tr("%n new contact(s)", None, report.created),
            self.tr("%n updated", None, report.updated),
            self.tr("%n unchanged", None, report.unchanged),
            self.tr("%n row(s) skipped", None, report.skipped),
        ]
        text = "\n".join(lines)
        if not report.written:
            text = self.tr("Nothing needed changing: the contacts were already there.") + "\n\n" + text
        elif report.backup is not None:
            text += "\n\n" + self.tr("A backup was made first: %1").replace("%1", str(report.backup))
        self.status.setText(text)
        self.undo_button.setVisible(report.written)
        self.undo_button.setEnabled(report.written)

    def undo(self) -> bool:
        report = self.owner.report
        if report is None or report.batch_id is None:
            return False
        self.undo_button.setEnabled(False)
        self.status.setText(self.tr("Undoing the import…"))
        undo_with_questions(
            self, self.owner.store, self.owner.writer, report.batch_id, self._undone, self._failed
        )
        return True

    def _undone(self, result: UndoResult) -> None:
        self.status.setText(undo_text(result))
        self.owner.undone.emit(result)

    def _failed(self, message: str) -> None:
        self.status.setText(message)
        self.undo_button.setEnabled(True)
