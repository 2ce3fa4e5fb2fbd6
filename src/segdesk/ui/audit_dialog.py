"""Contact ▸ History…: who changed what on a contact, and when (the audit trail).

The rows come from :func:`segdesk.services.audit.contact_history`, already in
words (field labels, money, dates, yes/no); the model only shows them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from segdesk.domain.fields import Catalogue
from segdesk.services.audit import HistoryRow, contact_history
from segdesk.services.catalogue import load_catalogue
from segdesk.services.databases import Store
from segdesk.ui.backups_dialog import format_moment
from segdesk.ui.formatting import display_text
from segdesk.ui.translation import resolve_language

__all__ = ["HistoryDialog", "HistoryModel"]

AnyIndex = QModelIndex | QPersistentModelIndex


class HistoryModel(QAbstractTableModel):
    """Audit rows, newest first: when, who, what, field, before, after."""

    def __init__(self, rows: Sequence[HistoryRow] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._rows = list(rows)
        self._locale = QLocale()
        self._catalogue: Catalogue | None = None
        self._currency = ""
        self._headers = (
            QCoreApplication.translate("History", "When"),
            QCoreApplication.translate("History", "Who"),
            QCoreApplication.translate("History", "What"),
            QCoreApplication.translate("History", "Field"),
            QCoreApplication.translate("History", "Before"),
            QCoreApplication.translate("History", "After"),
        )

    def set_rows(self, rows: Sequence[HistoryRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> HistoryRow:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def set_catalogue(self, catalogue: Catalogue, currency: str = "") -> None:
        """Dates, money and numbers are then written the window's way (its locale, its currency)."""
        self._catalogue = catalogue
        self._currency = currency

    def _value(self, entry: HistoryRow, value: Any, words: str) -> str:
        field = self._catalogue.get(entry.field) if self._catalogue and entry.field else None
        if field is None or value is None:
            return words
        return display_text(field, value, self._locale, currency=self._currency) or words

    def _text(self, entry: HistoryRow, column: int) -> str:
        if column == 0:
            return format_moment(entry.at, self._locale)
        if column == 4:
            return self._value(entry, entry.old_value, entry.old)
        if column == 5:
            return self._value(entry, entry.new_value, entry.new)
        return (entry.actor, entry.action_text, entry.field_text)[column - 1]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        entry = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(entry, index.column())
            if role == Qt.ItemDataRole.ToolTipRole:
                return text if len(text) > 30 else None
            return text.replace("\n", " ⏎ ")
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 4 and entry.old:
            return QPalette().brush(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class HistoryDialog(QDialog):
    """The audit trail of one contact, read when the dialog opens."""

    def __init__(
        self,
        store: Store,
        contact_id: int,
        name: str = "",
        parent: QWidget | None = None,
        *,
        currency: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.store = store
        self.contact_id = contact_id
        shown = name or QCoreApplication.translate("History", "contact %1").replace("%1", str(contact_id))
        self.setWindowTitle(QCoreApplication.translate("History", "History – %1").replace("%1", shown))
        self.resize(860, 460)
        self.model = HistoryModel(parent=self)
        self.model.set_catalogue(load_catalogue(store), currency)
        self.table = QTableView()
        self.table.setObjectName("historyTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.empty_label = QLabel(
            QCoreApplication.translate("History", "No changes recorded for this contact yet.")
        )
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.summary_label = QLabel()
        self.summary_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        rows = contact_history(self.store, self.contact_id, lang=resolve_language())
        self.model.set_rows(rows)
        self.empty_label.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self.summary_label.setText(
            QCoreApplication.translate("History", "%n changes, newest first.", None, len(rows))
        )
        self.summary_label.setVisible(bool(rows))
        self.table.resizeColumnsToContents()
        for column, most in ((0, 150), (1, 160), (2, 170), (3, 180), (4, 200)):
            if self.table.columnWidth(column) > most:
                self.table.setColumnWidth(column, most)
