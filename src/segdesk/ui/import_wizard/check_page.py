"""The check step: a dry run lists every problem by row and column, and the duplicates found."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from segdesk.services.imports import ImportReport
from segdesk.ui.import_wizard.check_models import ActionDelegate, DuplicatesModel, ProblemsModel, action_texts

if TYPE_CHECKING:
    from segdesk.ui.import_wizard.wizard import ImportWizard

__all__ = ["CheckPage"]


def _table(name: str, model: ProblemsModel | DuplicatesModel) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # fast on long lists
    table.horizontalHeader().setSectionResizeMode(model.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
    return table


class CheckPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Check"))
        self.setSubTitle(self.tr("Nothing has been written yet: this is what the import would do."))
        self.setCommitPage(True)
        self.setButtonText(wizard.WizardButton.CommitButton, self.tr("&Import"))
        self.summary = QLabel()
        self.summary.setObjectName("checkSummary")
        self.summary.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setObjectName("checkProgress")
        self.bar.hide()
        style = self.style()
        self.problems_model = ProblemsModel(
            style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
        )
        self.problems = _table("problemsTable", self.problems_model)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.duplicates_model = DuplicatesModel(wizard.action_for, self.decide)
        self.duplicates = _table("duplicatesTable", self.duplicates_model)
        self.duplicates.setItemDelegateForColumn(DuplicatesModel.DO, ActionDelegate(self.duplicates))
        self.duplicates.verticalHeader().setDefaultSectionSize(QComboBox().sizeHint().height() + 2)
        self.duplicates.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.duplicates.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.duplicates.horizontalHeader().setSectionResizeMode(
            DuplicatesModel.DO, QHeaderView.ResizeMode.Interactive
        )
        self.all_combo = self._action_combo()
        self.all_combo.setObjectName("allDuplicates")
        self.all_combo.setCurrentIndex(self.all_combo.findData(wizard.on_duplicate))
        self.all_combo.activated.connect(self._all_chosen)
        self.recheck = QPushButton(self.tr("Check &Again"))
        self.recheck.clicked.connect(self.run_check)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("For every duplicate:")))
        row.addWidget(self.all_combo)
        row.addStretch(1)
        row.addWidget(self.recheck)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(row)
        lower_layout.addWidget(self.duplicates)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.problems)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.bar)
        layout.addWidget(splitter, 1)
        self.report: ImportReport | None = None
        wizard.checking.connect(self.show_progress)

    def _action_combo(self) -> QComboBox:
        combo = QComboBox()
        for action, text in action_texts().items():
            combo.addItem(text, action)
        return combo

    def initializePage(self) -> None:
        self.run_check()

    def cleanupPage(self) -> None:
        """Back to the columns: a check still running is of no use any more."""
        self.owner.stop_check()
        super().cleanupPage()

    def run_check(self) -> None:
        self.report = None
        self.completeChanged.emit()
        self.summary.setText(self.tr("Checking every row…"))
        self.bar.setRange(0, 0)
        self.bar.show()
        self.recheck.setEnabled(False)
        self.owner.dry_run(self._show, self._failed)

    def show_progress(self, stage: str, done: int, total: int) -> None:
        stages = {
            "check": self.tr("Checking every row…"),
            "match": self.tr("Looking for duplicates…"),
            "write": self.tr("Counting what the import would change…"),
        }
        self.summary.setText(stages.get(stage, self.tr("Checking every row…")))
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def _failed(self, error: BaseException) -> None:
        self.bar.hide()
        self.summary.setText(str(error))
        self.recheck.setEnabled(True)

    def _show(self, report: ImportReport) -> None:
        self.report = report
        self.bar.hide()
        self.recheck.setEnabled(True)
        self.problems_model.show(report.problems)
        self.problems.resizeColumnToContents(0)  # from the rows shown: fast however long the list
        self.problems.resizeColumnToContents(1)
        self.problems.setVisible(bool(report.problems))
        self.duplicates_model.show(report.matches)
        self.duplicates.resizeColumnToContents(0)
        self.duplicates.setColumnWidth(DuplicatesModel.DO, 200)
        if report.errors:
            text = self.tr(
                "%n row problem(s) must be fixed in the file (or its column ignored) before it can be "
                "imported; nothing will be written.",
                None,
                len(report.errors),
            )
        else:
            text = (
                self.tr("%n row(s) read.", None, report.rows)
                + " "
                + self.tr("%1 new, %2 updated, %3 unchanged, %4 skipped.")
                .replace("%1", str(report.created))
                .replace("%2", str(report.updated))
                .replace("%3", str(report.unchanged))
                .replace("%4", str(report.skipped))
            )
            if report.warnings:
                text += " " + self.tr("%n warning(s) below.", None, len(report.warnings))
        self.summary.setText(text)
        self.completeChanged.emit()

    def decide(self, row: int, action: str) -> None:
        """The user's choice for the duplicate on ``row``: update, skip or keep."""
        self.owner.decisions[row] = action
        self.duplicates_model.choices_changed()
        self.summary.setText(self.tr("Choices changed: “Check Again” updates the counts."))

    def _all_chosen(self) -> None:
        self.owner.on_duplicate = self.all_combo.currentData()
        self.owner.decisions.clear()
        self.duplicates_model.choices_changed()
        self.summary.setText(self.tr("Choices changed: “Check Again” updates the counts."))

    def isComplete(self) -> bool:
        return self.report is not None and not self.report.errors
