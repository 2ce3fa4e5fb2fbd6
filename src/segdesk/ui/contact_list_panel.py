"""The middle of the window: a search box over the contact table, or a word when the list is empty."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from segdesk.domain.fields import FieldType
from segdesk.ui.column_chooser import column_menu
from segdesk.ui.contact_table_model import CONTACT_ID_ROLE, ContactTableModel

__all__ = ["SEARCH_DELAY_MS", "ContactListPanel"]

SEARCH_DELAY_MS = 200
_WIDTH_BY_FIELD = {
    "full_name": 200,
    "company": 180,
    "email": 220,
    "phone": 135,
    "mobile": 135,
    "city": 120,
    "stage": 120,
    "id": 70,
    "postal_code": 90,
    "country": 70,
}
_SMALLEST_FIT = (
    0.6  # text columns shrink to fit the window down to this share of their width, then it scrolls
)
_FLEXIBLE = (FieldType.TEXT, FieldType.CHOICE)
_WIDTH_BY_TYPE = {
    FieldType.DATE: 100,
    FieldType.MONEY: 100,
    FieldType.NUMBER: 90,
    FieldType.BOOLEAN: 70,
    FieldType.CHOICE: 130,
}


class ContactListPanel(QWidget):
    """Search box and table; emits the current contact's id (or None) as the selection moves."""

    currentContactChanged = Signal(object)  # int | None
    contactActivated = Signal(int)  # double-click or Enter on a row: open the contact
    columnsChosen = Signal(list)  # field ids, from the header's column chooser

    def __init__(self, model: ContactTableModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = model
        self._selected_before_reset: int | None = None
        self.fit_columns_when_shown = True  # off once the user's own widths were restored

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(
            QCoreApplication.translate("ContactList", "Search names, companies, emails, phones, cities…")
        )
        self.search_edit.setAccessibleName(QCoreApplication.translate("ContactList", "Search contacts"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.search_edit.returnPressed.connect(self.apply_search)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search_edit)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self.search_edit.clear)

        self.table = QTableView()
        self.table.setObjectName("contactTable")
        self._setup_table()

        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyListLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setMargin(32)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self._stack = QStackedWidget()
        self._stack.addWidget(self.table)
        self._stack.addWidget(self.empty_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.search_edit)
        layout.addWidget(self._stack, 1)

        model.modelAboutToBeReset.connect(self._remember_selection)
        model.modelReset.connect(self._restore_selection)
        model.countChanged.connect(self._update_empty_state)
        self._update_empty_state(model.count())

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Fixed row heights: never ResizeToContents, which measures every row (56 s at 100k rows).
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        rows.hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.apply_default_widths()
        header.setSortIndicator(max(self.model.sort_column(), 0), Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._on_sort_indicator_changed)
        table.setSortingEnabled(True)
        table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_column_menu)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.doubleClicked.connect(self._activate)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda: self._activate(table.currentIndex()))

    # -- columns ---------------------------------------------------------------------

    def _show_column_menu(self, position: QPoint) -> None:
        menu = column_menu(self.model.catalogue, self.visual_columns(), self.columnsChosen.emit, self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.horizontalHeader().mapToGlobal(position))

    def visual_columns(self) -> list[str]:
        """The shown field ids in the order the user sees them (columns can be dragged)."""
        header = self.table.horizontalHeader()
        columns = self.model.columns
        return [columns[header.logicalIndex(v)] for v in range(header.count()) if header.logicalIndex(v) >= 0]

    def column_widths(self) -> dict[str, int]:
        return {field_id: self.table.columnWidth(c) for c, field_id in enumerate(self.model.columns)}

    def set_columns(self, columns: Sequence[str], widths: Mapping[str, int] | None = None) -> None:
        """Show ``columns`` in this order; kept columns keep their width, new ones get a default."""
        widths = {**self.column_widths(), **(widths or {})}
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        self.model.set_columns(columns)
        for visual in range(header.count()):  # the model's order is the order shown
            logical = header.logicalIndex(visual)
            if logical != visual:
                header.moveSection(header.visualIndex(visual), visual)
        for column, field_id in enumerate(self.model.columns):
            self.table.setColumnWidth(
                column, max(40, int(widths.get(field_id) or self._default_width(column)))
            )
        order = Qt.SortOrder.DescendingOrder if self.model.query.descending else Qt.SortOrder.AscendingOrder
        sort_column = self.model.sort_column()
        header.setSortIndicatorShown(sort_column >= 0)
        header.setSortIndicator(max(sort_column, 0), order)
        header.blockSignals(False)

    # -- selection of many -------------------------------------------------------------

    def selected_ranges(self) -> list[tuple[int, int]]:
        """The selected rows as (first, last) ranges — a million selected rows are one range."""
        selection = self.table.selectionModel().selection()
        ranges = sorted(
            {(r.top(), r.bottom()) for r in (selection.at(i) for i in range(selection.size())) if r.isValid()}
        )
        merged: list[tuple[int, int]] = []
        for top, bottom in ranges:
            if merged and top <= merged[-1][1] + 1:
                merged[-1] = (merged[-1][0], max(merged[-1][1], bottom))
            else:
                merged.append((top, bottom))
        return merged

    def selected_count(self) -> int:
        return sum(bottom - top + 1 for top, bottom in self.selected_ranges())

    def selected_ids_if_few(self) -> list[int] | None:
        """The selected contacts' ids as the list shows them, for a few thousand rows (else None)."""
        ids: list[int] = []
        for top, bottom in self.selected_ranges():
            if bottom - top > 2000:
                return None
            for row in range(top, bottom + 1):
                contact_id = self.model.contact_id(row)
                if contact_id is None:
                    return None
                ids.append(contact_id)
        return ids

    def _activate(self, index: QModelIndex) -> None:
        contact_id = index.data(CONTACT_ID_ROLE) if index.isValid() else None
        if contact_id is not None:
            self.contactActivated.emit(int(contact_id))

    def _default_width(self, column: int) -> int:
        field = self.model.field(column)
        return _WIDTH_BY_FIELD.get(field.id) or _WIDTH_BY_TYPE.get(field.type, 150)

    def apply_default_widths(self) -> None:
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, self._default_width(column))

    def fit_columns(self) -> None:
        """Narrow the default widths so every column fits the table, unless they would get too narrow."""
        columns = range(self.model.columnCount())
        widths = [self._default_width(c) for c in columns]
        flexible = [
            c
            for c in columns
            if self.model.field(c).type in _FLEXIBLE and self.model.field(c).id not in ("phone", "mobile")
        ]
        fixed = sum(widths) - sum(widths[c] for c in flexible)
        available = self.table.viewport().width() - fixed
        if not flexible or available <= 0:
            return
        factor = min(1.0, available / sum(widths[c] for c in flexible))
        if factor < _SMALLEST_FIT:
            return
        for column in flexible:
            self.table.setColumnWidth(column, int(widths[column] * factor))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.fit_columns_when_shown:
            self.fit_columns_when_shown = False
            QTimer.singleShot(0, self.fit_columns)

    # -- search and views -----------------------------------------------------------

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def apply_search(self) -> None:
        """Filter by the search box now (typing waits for a pause of :data:`SEARCH_DELAY_MS`)."""
        self._search_timer.stop()
        self.model.set_query(replace(self.model.query, search=self.search_edit.text().strip()))

    def show_segment(self, segment_id: int | None, today: date) -> None:
        """Only the members of a saved segment; None shows every contact again."""
        self.model.set_query(replace(self.model.query, segment_id=segment_id, segment_on=today))

    def show_followups_due(self, today: date | None) -> None:
        """Only contacts due for a follow-up by ``today``; None shows every contact again."""
        self.model.set_query(replace(self.model.query, followups_due_by=today))

    # -- selection ------------------------------------------------------------------------

    def current_contact_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(CONTACT_ID_ROLE) if index.isValid() else None

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        if not index.isValid():
            return
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def _remember_selection(self) -> None:
        self._selected_before_reset = self.current_contact_id()

    def _restore_selection(self) -> None:
        contact_id, self._selected_before_reset = self._selected_before_reset, None
        row = self.model.row_of(contact_id) if contact_id is not None else None
        if row is not None:
            self.select_row(row)
        else:
            self.currentContactChanged.emit(None)

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        contact_id = current.data(CONTACT_ID_ROLE) if current.isValid() else None
        self.model.follow_id = contact_id
        self.currentContactChanged.emit(contact_id)

    def _on_sort_indicator_changed(self, section: int, _order: Qt.SortOrder) -> None:
        if self.model.is_sortable(section):
            return
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        order = Qt.SortOrder.DescendingOrder if self.model.query.descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(self.model.sort_column(), order)
        header.blockSignals(False)

    def _update_empty_state(self, count: int) -> None:
        if count:
            self._stack.setCurrentWidget(self.table)
            return
        query = self.model.query
        if query.search:
            text = QCoreApplication.translate("ContactList", "No contacts match “%1”.").replace(
                "%1", query.search
            )
        elif query.followups_due_by is not None:
            text = QCoreApplication.translate("ContactList", "Nobody is due for a follow-up. Well done!")
        else:
            text = QCoreApplication.translate(
                "ContactList",
                "There are no contacts in this database yet.\n"
                "Import a file or fill it with demo data (segdesk demo --contacts 2000).",
            )
        self.empty_label.setText(text)
        self._stack.setCurrentWidget(self.empty_label)
