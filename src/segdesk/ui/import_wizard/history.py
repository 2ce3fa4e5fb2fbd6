"""File ▸ Import history…: every import, newest first, each of which can be undone as a whole."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from segdesk.services.databases import Store
from segdesk.services.errors import UserError
from segdesk.services.imports import ImportSummary, UndoResult, list_imports, undo_import
from segdesk.ui.workers import JobRunner

__all__ = ["ImportHistoryDialog", "undo_text", "undo_with_questions"]


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("ImportHistory", text, None, n)


def undo_text(result: UndoResult) -> str:
    text = _tr("Import undone: %n contact(s) removed", result.removed)
    if result.restored:
        text += _tr(", %n restored as they were", result.restored)
    return text + "."


def undo_with_questions(
    parent: QWidget,
    store: Store,
    runner: JobRunner,
    batch_id: int,
    done: Callable[[UndoResult], None],
    failed: Callable[[str], None],
    *,
    force: bool = False,
) -> None:
    """Undo import ``batch_id`` on ``runner``; asks before removing what was recorded since."""

    def refused(error: BaseException) -> None:
        if isinstance(error, UserError) and not force:
            answer = QMessageBox.question(
                parent,
                _tr("Undo Import"),
                str(error) + "\n\n" + _tr("Undo the import anyway, removing those too?"),
            )
            if answer == QMessageBox.StandardButton.Yes:
                undo_with_questions(parent, store, runner, batch_id, done, failed, force=True)
                return
        failed(str(error))

    runner.submit(lambda: undo_import(store, batch_id, force=force), done, refused)


class ImportHistoryDialog(QDialog):
    """The imports of this database; "Undo Import" undoes the selected one."""

    undone = Signal(object)  # UndoResult

    def __init__(
        self, store: Store, parent: QWidget | None = None, *, runner: JobRunner | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importHistoryDialog")
        self.setWindowTitle(self.tr("Import History"))
        self.store = store
        self.runner = runner if runner is not None else JobRunner(self, serial=True)
        self.imports: list[ImportSummary] = []
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("importHistoryTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Imported"), self.tr("File"), self.tr("Created"), self.tr("Updated"), self.tr("Status")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.status = QLabel()
        self.status.setObjectName("importHistoryStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.undo_button = buttons.addButton(self.tr("&Undo Import…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.undo_button.clicked.connect(lambda: self.undo_selected())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self.reload()

    def reload(self) -> None:
        self.imports = list_imports(self.store)
        locale = QLocale()
        self.table.setRowCount(len(self.imports))
        for row, item in enumerate(self.imports):
            when = locale.toString(QDateTime(item.imported_at), QLocale.FormatType.ShortFormat)
            if item.undone_at is not None:
                status = self.tr("Undone %1").replace(
                    "%1", locale.toString(QDateTime(item.undone_at), QLocale.FormatType.ShortFormat)
                )
            else:
                status = self.tr("Imported")
            cells = [when, f"{item.file_name} ({item.file_format})", item.created, item.updated, status]
            for column, value in enumerate(cells):
                cell = QTableWidgetItem(str(value))
                if isinstance(value, int):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if not self.imports:
            self.status.setText(self.tr("No imports yet."))
        self._update_buttons()

    def selected(self) -> ImportSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.imports[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.undo_button.setEnabled(
            chosen is not None and chosen.undone_at is None and not self.runner.is_busy()
        )

    def undo_selected(self, *, confirm: bool = True) -> bool:
        chosen = self.selected()
        if chosen is None or chosen.undone_at is not None:
            return False
        if confirm:
            question = self.tr(
                "Undo the import of %1? The contacts it created are removed and those it changed get "
                "their earlier values back."
            ).replace("%1", chosen.file_name)
            if QMessageBox.question(self, self.tr("Undo Import"), question) != QMessageBox.StandardButton.Yes:
                return False
        self.status.setText(self.tr("Undoing the import…"))
        self.undo_button.setEnabled(False)
        undo_with_questions(self, self.store, self.runner, chosen.id, self._undone, self._failed)
        return True

    def _undone(self, result: UndoResult) -> None:
        self.reload()
        self.status.setText(undo_text(result))
        self.undone.emit(result)

    def _failed(self, message: str) -> None:
        self.status.setText(message)
        self._update_buttons()

    def done(self, result: int) -> None:
        self.runner.wait()
        super().done(result)
