"""The check step: a dry run lists every problem by row and column, and the duplicates found."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from segdesk.services.imports import ACTIONS, ImportReport

if TYPE_CHECKING:
    from segdesk.ui.import_wizard.wizard import ImportWizard

__all__ = ["CheckPage"]


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
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
        self.problems = _table("problemsTable", [self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.duplicates = _table(
            "duplicatesTable", [self.tr("Row"), self.tr("Already there"), self.tr("Found by"), self.tr("Do")]
        )
        self.duplicates.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.duplicates.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
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
        layout.addWidget(splitter, 1)
        self.report: ImportReport | None = None

    def _action_combo(self) -> QComboBox:
        combo = QComboBox()
        texts = {
            "update": self.tr("Update the contact"),
            "skip": self.tr("Skip the row"),
            "keep": self.tr("Keep both"),
        }
        for action in ACTIONS:
            combo.addItem(texts[action], action)
        return combo

    def initializePage(self) -> None:
        self.run_check()

    def run_check(self) -> None:
        self.report = None
        self.completeChanged.emit()
        self.summary.setText(self.tr("Checking every row…"))
        self.recheck.setEnabled(False)
        self.owner.dry_run(self._show, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.summary.setText(str(error))
        self.recheck.setEnabled(True)

    def _show(self, report: ImportReport) -> None:
        self.report = report
        self.recheck.setEnabled(True)
        style = self.style()
        error_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        warning_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.problems.setRowCount(len(report.problems))
        for r, problem in enumerate(report.problems):
            row = QTableWidgetItem("" if problem.row is None else str(problem.row))
            row.setIcon(error_icon if problem.error else warning_icon)
            self.problems.setItem(r, 0, row)
            self.problems.setItem(r, 1, QTableWidgetItem(problem.column or ""))
            self.problems.setItem(r, 2, QTableWidgetItem(problem.message))
        self.problems.resizeColumnToContents(0)
        self.problems.resizeColumnToContents(1)
        self.problems.setVisible(bool(report.problems))
        self._show_duplicates(report)
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

    def _show_duplicates(self, report: ImportReport) -> None:
        self.duplicates.setRowCount(len(report.matches))
        reasons = {"email": self.tr("email"), "phone": self.tr("phone"), "name": self.tr("name")}
        for r, match in enumerate(report.matches):
            self.duplicates.setItem(r, 0, QTableWidgetItem(str(match.row)))
            self.duplicates.setItem(r, 1, QTableWidgetItem(match.contact_name))
            found = reasons.get(match.reason, match.reason)
            if match.score < 100:
                found += f" ({match.score}%)"
            self.duplicates.setItem(r, 2, QTableWidgetItem(found))
            combo = self._action_combo()
            combo.setObjectName(f"decision{match.row}")
            combo.setCurrentIndex(combo.findData(self.owner.action_for(match.row)))
            combo.activated.connect(lambda _i, row=match.row, c=combo: self.decide(row, c.currentData()))
            self.duplicates.setCellWidget(r, 3, combo)
        self.duplicates.resizeColumnToContents(0)
        self.duplicates.setColumnWidth(3, 200)

    def decide(self, row: int, action: str) -> None:
        """The user's choice for the duplicate on ``row``: update, skip or keep."""
        self.owner.decisions[row] = action
        self.summary.setText(self.tr("Choices changed: “Check Again” updates the counts."))

    def _all_chosen(self) -> None:
        self.owner.on_duplicate = self.all_combo.currentData()
        self.owner.decisions.clear()
        for r in range(self.duplicates.rowCount()):
            combo = self.duplicates.cellWidget(r, 3)
            if isinstance(combo, QComboBox):
                combo.setCurrentIndex(combo.findData(self.owner.on_duplicate))
        self.summary.setText(self.tr("Choices changed: “Check Again” updates the counts."))

    def isComplete(self) -> bool:
        return self.report is not None and not self.report.errors
