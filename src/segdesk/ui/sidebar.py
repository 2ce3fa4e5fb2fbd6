"""The navigation sidebar: all contacts, follow-ups due and the saved segments, with counts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
)

from segdesk.services.overview import Sidebar
from segdesk.ui.icons import icon

__all__ = ["ALL_CONTACTS", "FOLLOWUPS_DUE", "NavigationSidebar"]

ALL_CONTACTS = "all"
FOLLOWUPS_DUE = "followups"
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
BADGE_ROLE = Qt.ItemDataRole.UserRole + 2  # a count that asks for attention: drawn as a pill


def _colour_dot(colour: str | None, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(colour) if colour and QColor(colour).isValid() else QColor("#9aa0a6")
    painter.setBrush(QBrush(fill))
    painter.setPen(fill.darker(120))
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    painter.end()
    return QIcon(pixmap)


class _CountDelegate(QStyledItemDelegate):
    """Counts in grey on the right; a count that needs attention in a coloured pill."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if index.column() != 1 or not index.data(Qt.ItemDataRole.DisplayRole):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        rect = opt.rect.adjusted(2, 3, -6, -3)
        if index.data(BADGE_ROLE):
            width = opt.fontMetrics.horizontalAdvance(text) + 12
            pill = QRectF(rect.right() - width, rect.top(), width, rect.height())
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#d93025"))
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setPen(QColor("white"))
            font = QFont(opt.font)
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        else:
            selected = bool(opt.state & QStyle.StateFlag.State_Selected)
            role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
            painter.setPen(opt.palette.color(role))
            painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 12, max(size.height(), option.fontMetrics.height() + 10))


class NavigationSidebar(QTreeWidget):
    """Where the list comes from; emits the chosen entry's key (:data:`ALL_CONTACTS`, ...)."""

    viewChosen = Signal(str)
    segmentActivated = Signal(int)  # a saved segment was double-clicked: edit its rules

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigationSidebar")
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(12)
        self.setFrameShape(QTreeWidget.Shape.NoFrame)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setItemDelegateForColumn(1, _CountDelegate(self))
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setMinimumWidth(180)

        self._all = self._entry(ALL_CONTACTS, QCoreApplication.translate("Sidebar", "All contacts"))
        self._all.setIcon(0, icon("contacts"))
        self._due = self._entry(FOLLOWUPS_DUE, QCoreApplication.translate("Sidebar", "Follow-ups due"))
        self._due.setIcon(0, icon("followups"))
        self._segments = QTreeWidgetItem([QCoreApplication.translate("Sidebar", "Segments")])
        # Last counted sizes, shown again while a refresh recounts (seconds at 1,000,000 contacts)
        self._sizes: dict[str, int | None] = {}
        self._segments.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = self._segments.font(0)
        font.setBold(True)
        self._segments.setFont(0, font)
        self._segments.setForeground(0, self.palette().brush(QPalette.ColorRole.PlaceholderText))
        self.addTopLevelItems([self._all, self._due, self._segments])
        self._segments.setFirstColumnSpanned(True)
        self._segments.setExpanded(True)
        self.setCurrentItem(self._all)
        self.currentItemChanged.connect(self._on_current_changed)
        self.itemDoubleClicked.connect(self._on_double_clicked)

    def _entry(self, key: str, text: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text, ""])
        item.setData(0, KEY_ROLE, key)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        )
        return item

    def current_key(self) -> str:
        item = self.currentItem()
        key = item.data(0, KEY_ROLE) if item is not None else None
        return key or ALL_CONTACTS

    def select_key(self, key: str) -> None:
        for item in (self._all, self._due):
            if item.data(0, KEY_ROLE) == key:
                self.setCurrentItem(item)

    def set_followups_due(self, count: int) -> None:
        """The "Follow-ups due" badge alone (``count_due(...).due``): after follow-ups and each morning."""
        self._due.setText(1, QLocale().toString(count) if count else "")
        self._due.setData(1, BADGE_ROLE, count > 0)
        tip = QCoreApplication.translate("Sidebar", "%Ln contacts to follow up today or earlier", None, count)
        self._due.setToolTip(0, tip)

    def followups_due_text(self) -> str:
        return self._due.text(1)

    def show_summary(self, summary: Sidebar) -> None:
        """Fill in the counts and the saved segments."""
        locale = QLocale()
        self._all.setText(1, locale.toString(summary.contacts))
        self._due.setText(1, locale.toString(summary.followups_due) if summary.followups_due else "")
        self._due.setData(1, BADGE_ROLE, summary.followups_due > 0)
        self._due.setToolTip(
            0,
            QCoreApplication.translate(
                "Sidebar", "%Ln contacts to follow up today or earlier", None, summary.followups_due
            ),
        )
        self._segments.takeChildren()
        for segment in summary.segments:
            size = self._sizes.get(segment.name)
            child = QTreeWidgetItem([segment.name, "" if size is None else locale.toString(size)])
            child.setIcon(0, _colour_dot(segment.colour))
            child.setData(0, KEY_ROLE, f"segment:{segment.id}")
            child.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
            )
            if segment.description:
                child.setToolTip(0, segment.description)
            self._segments.addChild(child)
        if not summary.segments:
            empty = QTreeWidgetItem([QCoreApplication.translate("Sidebar", "No saved segments yet")])
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren)
            font = empty.font(0)
            font.setItalic(True)
            empty.setFont(0, font)
            empty.setForeground(0, self.palette().brush(QPalette.ColorRole.PlaceholderText))
            self._segments.addChild(empty)
            empty.setFirstColumnSpanned(True)
        self._segments.setExpanded(True)

    def show_segment_sizes(self, sizes: dict[str, int | None]) -> None:
        """Each saved segment's member count, by name (counted off the GUI thread)."""
        self._sizes = dict(sizes)
        locale = QLocale()
        for index in range(self._segments.childCount()):
            child = self._segments.child(index)
            if child is None:
                continue
            size = sizes.get(child.text(0))
            child.setText(1, "" if size is None else locale.toString(size))

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        key = current.data(0, KEY_ROLE) if current is not None else None
        if key in (ALL_CONTACTS, FOLLOWUPS_DUE) or (isinstance(key, str) and key.startswith("segment:")):
            self.viewChosen.emit(key)

    def _on_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        key = item.data(0, KEY_ROLE)
        if isinstance(key, str) and key.startswith("segment:"):
            self.segmentActivated.emit(int(key.split(":", 1)[1]))
