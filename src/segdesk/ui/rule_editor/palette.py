"""The field palette: every field by category with its type, a search box, drag or Enter to add.

Dragging a field carries its id under :data:`FIELD_MIME`. Double-click or Enter
emits ``fieldActivated(field id)`` (the editor adds it to the selected group), so a
keyboard user types a few letters in the search box and presses Enter. Rules dragged
*onto* the palette are deleted: it emits ``nodeDiscarded(uid)``.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from segdesk.domain.fields import Catalogue
from segdesk.ui.rule_editor.dnd import FIELD_MIME, NODE_MIME, field_mime
from segdesk.ui.rule_editor.field_menu import category_label
from segdesk.ui.rule_editor.row_base import ERROR, type_label

__all__ = ["FIELD_ID_ROLE", "FieldListModel", "FieldPalette"]

FIELD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


class FieldListModel(QStandardItemModel):
    """Categories (not draggable) holding fields: label and type columns; drags give the field id."""

    def __init__(self, catalogue: Catalogue, parent: Any = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("RuleEditor", "Field"),
                QCoreApplication.translate("RuleEditor", "Type"),
            ]
        )
        grey = QBrush(QColor("#80868b"))
        for category, fields in catalogue.by_category().items():
            heading = QStandardItem(category_label(category))
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            spacer = QStandardItem("")
            spacer.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for fld in fields:
                label = QStandardItem(fld.translated_label())
                label.setData(fld.id, FIELD_ID_ROLE)
                label.setToolTip(f"{fld.translated_label()} · {type_label(fld.type)} · {fld.id}")
                kind = QStandardItem(type_label(fld.type))
                kind.setData(fld.id, FIELD_ID_ROLE)
                kind.setForeground(grey)
                flags = (
                    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
                )
                for item in (label, kind):
                    item.setFlags(flags | Qt.ItemFlag.ItemNeverHasChildren)
                heading.appendRow([label, kind])
            self.appendRow([heading, spacer])

    def mimeTypes(self) -> list[str]:
        return [FIELD_MIME]

    def mimeData(self, indexes: Any) -> QMimeData:
        ids = [i.data(FIELD_ID_ROLE) for i in indexes if i.data(FIELD_ID_ROLE)]
        return field_mime(ids[0]) if ids else QMimeData()

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


class _FieldFilter(QSortFilterProxyModel):
    """Fields whose label, type or id hold every typed word; categories stay while they hold one."""

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        words = self.filterRegularExpression().pattern().casefold().split()
        if not words or not source_parent.isValid():
            return not words or self._category_matches(source_row, words)
        model = self.sourceModel()
        text = " ".join(
            str(model.index(source_row, c, source_parent).data() or "") for c in range(2)
        ) + " " + str(model.index(source_row, 0, source_parent).data(FIELD_ID_ROLE))  # fmt: skip
        text = text.casefold()
        return all(word in text for word in words)

    def _category_matches(self, row: int, words: list[str]) -> bool:
        model = self.sourceModel()
        parent = model.index(row, 0)
        return any(self.filterAcceptsRow(r, parent) for r in range(model.rowCount(parent)))


class _FieldTree(QTreeView):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class FieldPalette(QWidget):
    fieldActivated = Signal(str)
    nodeDiscarded = Signal(int)

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldPalette")
        self.model = FieldListModel(catalogue, self)
        self.proxy = _FieldFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setObjectName("paletteSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(QCoreApplication.translate("RuleEditor", "Search fields…"))
        self.search.setAccessibleName(QCoreApplication.translate("RuleEditor", "Search fields"))
        self.tree = _FieldTree()
        self.tree.setObjectName("paletteTree")
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(10)
        self.tree.setDragEnabled(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAccessibleName(QCoreApplication.translate("RuleEditor", "Fields"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.expandAll()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._activate_first)
        self.search.installEventFilter(self)
        self.tree.activated.connect(self._activated)
        self.setAcceptDrops(True)
        self.trash_label = QLabel(QCoreApplication.translate("RuleEditor", "Drop here to delete"), self)
        self.trash_label.setObjectName("trashLabel")
        self.trash_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.trash_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.trash_label.setStyleSheet(
            f"background: rgba(217, 48, 37, 50); border: 2px dashed {ERROR.name()}; border-radius: 6px;"
            f" color: {ERROR.name()}; font-weight: bold;"
        )
        self.trash_label.hide()
        self.setMinimumWidth(200)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def visible_fields(self) -> list[str]:
        found = []
        for row in range(self.proxy.rowCount()):
            category = self.proxy.index(row, 0)
            for child in range(self.proxy.rowCount(category)):
                found.append(self.proxy.index(child, 0, category).data(FIELD_ID_ROLE))
        return found

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self.tree.expandAll()
        fields = self.visible_fields()
        if text and fields:
            first = self.proxy.index(0, 0, self.proxy.index(0, 0))
            self.tree.setCurrentIndex(first)

    def _activate_first(self) -> None:
        current = self.tree.currentIndex()
        field_id = current.data(FIELD_ID_ROLE) if current.isValid() else None
        if field_id is None or field_id not in self.visible_fields():
            fields = self.visible_fields()
            field_id = fields[0] if fields else None
        if field_id:
            self.fieldActivated.emit(field_id)

    def _activated(self, index: QModelIndex) -> None:
        field_id = index.data(FIELD_ID_ROLE)
        if field_id:
            self.fieldActivated.emit(field_id)

    def eventFilter(self, watched: object, event: object) -> bool:
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
        ):
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.tree.currentIndex().isValid() or not self.tree.currentIndex().parent().isValid():
                self.tree.setCurrentIndex(self.proxy.index(0, 0, self.proxy.index(0, 0)))
            return True
        return False

    # -- dropping a rule here deletes it ---------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(NODE_MIME):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            self._set_trash_hint(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(NODE_MIME):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._set_trash_hint(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_trash_hint(False)
        try:
            payload = json.loads(bytes(event.mimeData().data(NODE_MIME).data()).decode())
        except (ValueError, UnicodeDecodeError):
            event.ignore()
            return
        uid = payload.get("uid") if isinstance(payload, dict) else None
        if isinstance(uid, int):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            self.nodeDiscarded.emit(uid)

    def _set_trash_hint(self, shown: bool) -> None:
        self.trash_label.setGeometry(self.rect())
        self.trash_label.setVisible(shown)
        self.trash_label.raise_()
