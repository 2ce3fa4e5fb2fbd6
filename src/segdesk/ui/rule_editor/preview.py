"""A preview of the contacts the rule matches: the first ones in a table, read off the GUI thread.

The ids come from :func:`segdesk.services.rule_editing.preview_ids` (at most a few
hundred); the table is the main window's :class:`ContactTableModel` limited to them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QSize, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from segdesk.domain.fields import Catalogue
from segdesk.services.contact_list import ContactListQuery
from segdesk.services.databases import Store
from segdesk.ui.contact_table_model import CONTACT_ID_ROLE, ContactTableModel
from segdesk.ui.workers import JobRunner

__all__ = ["PREVIEW_COLUMNS", "PreviewPanel"]

PREVIEW_COLUMNS = ("full_name", "company", "city", "stage", "last_contact_at", "total_spent")


class PreviewPanel(QWidget):
    """Emits ``contactPicked(id)`` when a row becomes current (to explain that contact)."""

    contactPicked = Signal(int)

    def __init__(
        self, store: Store, catalogue: Catalogue, currency: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("previewPanel")
        self.runner = JobRunner(self)  # the table reads its rows off the GUI thread too
        self.model = ContactTableModel(
            store, PREVIEW_COLUMNS, catalogue=catalogue, currency=currency, runner=self.runner, parent=self
        )
        self.model.set_query(ContactListQuery(contact_ids=frozenset()))
        self.caption = QLabel(QCoreApplication.translate("RuleEditor", "Counting…"))
        self.caption.setObjectName("previewCaption")
        self.caption.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("previewTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(QCoreApplication.translate("RuleEditor", "Matching contacts"))
        for column, width in enumerate((170, 130, 90, 100, 90)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)

    def show_ids(self, ids: list[int], matched: int) -> None:
        """The first matching contacts (``ids``) out of ``matched``."""
        self.model.set_query(ContactListQuery(contact_ids=frozenset(ids)))
        locale = QLocale()
        if not matched:
            self.caption.setText(QCoreApplication.translate("RuleEditor", "No contact matches."))
        elif len(ids) < matched:
            text = QCoreApplication.translate("RuleEditor", "The first %1 of %2 matching contacts:")
            self.caption.setText(
                text.replace("%1", locale.toString(len(ids))).replace("%2", locale.toString(matched))
            )
        else:
            self.caption.setText(
                QCoreApplication.translate("RuleEditor", "%n matching contact(s):", None, matched)
            )

    def show_failure(self, message: str) -> None:
        self.model.set_query(ContactListQuery(contact_ids=frozenset()))
        self.caption.setText(message)

    def busy(self) -> bool:
        return self.model.loading

    def shown_ids(self) -> list[int]:
        return [self.model.contact_id(row) or 0 for row in range(self.model.rowCount())]

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        contact_id = current.data(CONTACT_ID_ROLE) if current.isValid() else None
        if contact_id is not None:
            self.contactPicked.emit(int(contact_id))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        hint.setWidth(max(hint.width(), 420))
        return hint
