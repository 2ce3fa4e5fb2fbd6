"""The canvas: the rule as framed groups of condition rows, edited by drag and drop or keyboard.

A :class:`QTreeView` over :class:`RuleTreeModel` whose rows are widgets
(:class:`GroupHeader`, :class:`ConditionRow`). Drags start from a row's grip or
background and carry the node's uid; the drop position and its indicator come from
:mod:`.canvas_layout` and the drop itself from the model's ``dropMimeData`` (one undo
step). A drop the model refuses is shown in red with the reason, and not accepted.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QTreeView,
    QWidget,
)

from segdesk.domain.rules import Group, Node
from segdesk.services.rule_editing import new_condition
from segdesk.ui.rule_editor import dnd
from segdesk.ui.rule_editor.canvas_layout import INDENT, DropSpot, Layout
from segdesk.ui.rule_editor.choices import ValueChoices
from segdesk.ui.rule_editor.condition_row import ConditionRow
from segdesk.ui.rule_editor.drop_overlay import DropOverlay, RowDelegate
from segdesk.ui.rule_editor.group_row import GroupHeader
from segdesk.ui.rule_editor.row_base import ACCENT, MATCH_COLOURS, RowWidget
from segdesk.ui.rule_editor.tree_model import COUNT_ROLE, EXPLAIN_ROLE, PROBLEMS_ROLE, RuleTreeModel, plain

__all__ = ["RuleCanvas"]

_FEEDBACK_ROLES = {COUNT_ROLE, PROBLEMS_ROLE, EXPLAIN_ROLE}
AnyIndex = QModelIndex | QPersistentModelIndex


class RuleCanvas(QTreeView):
    """Emits ``currentNodeChanged(uid)`` as the current row moves (the group new fields go to)."""

    currentNodeChanged = Signal(int)

    def __init__(
        self,
        model: RuleTreeModel,
        choices: ValueChoices,
        *,
        currency: str = "",
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ruleCanvas")
        self.rule_model = model
        self.choices = choices
        self.currency = currency
        self.today = today
        self.layout_ = Layout(self)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setExpandsOnDoubleClick(False)
        self.setIndentation(INDENT)
        self.setUniformRowHeights(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)  # ours is drawn above the row widgets
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setAccessibleName(QCoreApplication.translate("RuleEditor", "Rule"))
        self.setItemDelegate(RowDelegate(self))
        self.overlay = DropOverlay(self)
        self._dragging = False
        self.setModel(model)
        model.rowsInserted.connect(self._structure_changed)
        model.rowsRemoved.connect(self._structure_changed)
        model.rowsMoved.connect(self._structure_changed)
        model.layoutChanged.connect(self._structure_changed)
        model.modelReset.connect(self._structure_changed)
        model.dataChanged.connect(self._data_changed)
        model.nodeAdded.connect(self._node_added)
        self.selectionModel().currentChanged.connect(self._current_changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self._structure_changed()
        self.setCurrentIndex(model.index(0, 0))

    # -- rows as widgets ------------------------------------------------------------------------

    def _indexes(self, parent: QModelIndex | None = None) -> list[QModelIndex]:
        model = self.rule_model
        parent = parent if parent is not None else QModelIndex()
        found: list[QModelIndex] = []
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            found.append(index)
            found.extend(self._indexes(index))
        return found

    def row_widget(self, index: AnyIndex) -> RowWidget | None:
        widget = self.indexWidget(plain(index))
        return widget if isinstance(widget, RowWidget) else None

    def _make_row(self, index: QModelIndex) -> RowWidget:
        persistent = QPersistentModelIndex(index)
        if isinstance(self.rule_model.node_of(index), Group):
            header = GroupHeader(persistent, self.rule_model)
            header.addField.connect(lambda field_id, p=persistent: self.add_field(field_id, plain(p)))
            header.addGroup.connect(lambda p=persistent: self.add_group(plain(p)))
            return header
        return ConditionRow(
            persistent, self.rule_model, self.choices, currency=self.currency, today=self.today
        )

    def _structure_changed(self, *_args: object) -> None:
        for index in self._indexes():
            widget = self.row_widget(index)
            if widget is None:
                widget = self._make_row(index)
                self.setIndexWidget(index, widget)
            widget.refresh()  # type: ignore[attr-defined]
        self.expandAll()
        self.scheduleDelayedItemsLayout()
        self._mark_current()
        self.overlay.raise_()
        self.viewport().update()

    def _data_changed(self, top: QModelIndex, bottom: QModelIndex, roles: list[int] | None = None) -> None:
        widget = self.row_widget(top)
        if widget is None:
            return
        if roles and set(roles) <= _FEEDBACK_ROLES:
            widget.show_feedback()  # type: ignore[attr-defined]
        else:
            widget.refresh()  # type: ignore[attr-defined]
        if not roles or PROBLEMS_ROLE in roles:
            self.scheduleDelayedItemsLayout()
        self.viewport().update()

    # -- painting the frames -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for index in self._indexes():
            node = self.rule_model.node_of(index)
            if not isinstance(node, Group):
                continue
            frame = self.layout_.frame(index)
            if not frame.intersects(event.rect()):
                continue
            colour = QColor(MATCH_COLOURS.get(node.match, ACCENT))
            fill = QColor(colour)
            fill.setAlpha(14)
            colour.setAlpha(150)
            painter.setPen(QPen(colour, 1.2))
            painter.setBrush(fill)
            painter.drawRoundedRect(frame.adjusted(0, 0, -1, 0), 8, 8)
        painter.end()
        super().paintEvent(event)

    def drawBranches(self, painter: QPainter, rect: QRect, index: AnyIndex) -> None:
        pass  # groups are always open; their frames show the nesting

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.overlay.setGeometry(self.viewport().rect())
        self.scheduleDelayedItemsLayout()

    # -- current row ---------------------------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._mark_current()
        node = self.rule_model.node_of(current)
        if node is not None:
            self.currentNodeChanged.emit(node.uid)

    def _mark_current(self) -> None:
        current = self.currentIndex()
        for index in self._indexes():
            widget = self.row_widget(index)
            if widget is not None:
                widget.set_current(index == current)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        widget = new
        while widget is not None and widget is not self.viewport():
            if isinstance(widget, RowWidget) and widget.index.isValid():
                if plain(widget.index) != self.currentIndex():
                    self.selectionModel().setCurrentIndex(
                        plain(widget.index), self.selectionModel().SelectionFlag.ClearAndSelect
                    )
                return
            widget = widget.parentWidget()

    def current_group_path(self) -> tuple[int, ...]:
        """The group new rules go into: the current group, or the current condition's group."""
        model = self.rule_model
        index = self.currentIndex()
        if not index.isValid():
            return ()
        if not isinstance(model.node_of(index), Group):
            index = index.parent()
        return model.path_of(index) or ()

    def insertion_point(self) -> tuple[tuple[int, ...], int]:
        """Where a pasted or added rule goes: after the current condition, else at the end of the group."""
        model = self.rule_model
        index = self.currentIndex()
        path = model.path_of(index) if index.isValid() else ()
        if path and not isinstance(model.node_of(index), Group):
            return path[:-1], path[-1] + 1
        group = model.node(path or ())
        assert isinstance(group, Group)
        return path or (), len(group.rules)

    def _node_added(self, index: QModelIndex) -> None:
        self._structure_changed()
        self.selectionModel().setCurrentIndex(index, self.selectionModel().SelectionFlag.ClearAndSelect)
        self.scrollTo(index)
        widget = self.row_widget(index)
        if isinstance(widget, ConditionRow):
            widget.focus_value()
        elif isinstance(widget, GroupHeader):
            widget.match_combo.setFocus(Qt.FocusReason.OtherFocusReason)  # all/any/none comes first

    def add_field(self, field_id: str, group: QModelIndex | None = None) -> None:
        """A condition on ``field_id`` at the end of ``group``, or where :meth:`insertion_point` says."""
        self._add(new_condition(self.rule_model.catalogue[field_id]), group)

    def add_group(self, group: QModelIndex | None = None) -> None:
        self._add(Group("all", []), group)

    def _add(self, node: Node, group: QModelIndex | None) -> None:
        model = self.rule_model
        if group is None:
            parent, row = self.insertion_point()
        else:
            parent = model.path_of(group) or ()
            target = model.node(parent)
            assert isinstance(target, Group)
            row = len(target.rules)
        model.add_node(parent, row, node)

    # -- keyboard ------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        path = self.rule_model.path_of(self.currentIndex())
        key, mods = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and path:
            self.rule_model.remove_node(path)
            return
        if mods & Qt.KeyboardModifier.AltModifier and path and self._move_by_key(path, key):
            return
        super().keyPressEvent(event)

    def _move_by_key(self, path: tuple[int, ...], key: int) -> bool:
        """Alt+Up/Down: among its neighbours; Alt+Left: out of its group; Alt+Right: into the group above."""
        model = self.rule_model
        parent = model.node(path[:-1])
        assert isinstance(parent, Group)
        uid = model.node(path).uid
        moved = False
        if key == Qt.Key.Key_Up and path[-1] > 0:
            moved = model.move_node(path, path[:-1], path[-1] - 1)
        elif key == Qt.Key.Key_Down and path[-1] < len(parent.rules) - 1:
            moved = model.move_node(path, path[:-1], path[-1] + 2)
        elif key == Qt.Key.Key_Left and len(path) > 1:
            moved = model.move_node(path, path[:-2], path[-2] + 1)
        elif key == Qt.Key.Key_Right and path[-1] > 0 and isinstance(parent.rules[path[-1] - 1], Group):
            above = parent.rules[path[-1] - 1]
            assert isinstance(above, Group)
            moved = model.move_node(path, (*path[:-1], path[-1] - 1), len(above.rules))
        else:
            return False
        if moved:
            index = model.index_of_uid(uid)
            self.selectionModel().setCurrentIndex(index, self.selectionModel().SelectionFlag.ClearAndSelect)
            self.scrollTo(index)
        return True

    # -- drag and drop ------------------------------------------------------------------------------

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        index = self.currentIndex()
        if not index.isValid() or not self.rule_model.flags(index) & Qt.ItemFlag.ItemIsDragEnabled:
            return
        drag = QDrag(self)
        drag.setMimeData(self.rule_model.mimeData([index]))
        widget = self.row_widget(index)
        if widget is not None:
            pixmap = widget.grab()
            drag.setPixmap(pixmap)
            drag.setHotSpot(QPoint(20, pixmap.height() // 2))
        self._dragging = True
        try:
            drag.exec(Qt.DropAction.MoveAction | Qt.DropAction.CopyAction, Qt.DropAction.MoveAction)
        finally:
            self._dragging = False
            self.overlay.show_spot(None)

    def _drop_action(self, event: QDropEvent) -> Qt.DropAction:
        if event.mimeData().hasFormat(dnd.FIELD_MIME):
            return Qt.DropAction.CopyAction
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return Qt.DropAction.CopyAction
        return Qt.DropAction.MoveAction

    def _judge(self, event: QDropEvent) -> tuple[DropSpot, str | None, Qt.DropAction]:
        pos = event.position().toPoint()
        spot = self.layout_.drop_spot(pos)
        action = self._drop_action(event)
        reason = dnd.check_drop(self.rule_model, event.mimeData(), action, spot.row, spot.parent)
        return spot, reason, action

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        data = event.mimeData()
        if data.hasFormat(dnd.NODE_MIME) or data.hasFormat(dnd.FIELD_MIME):
            event.accept()
            self.dragMoveEvent(event)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        spot, reason, action = self._judge(event)
        self._autoscroll(event.position().toPoint())
        self.overlay.show_spot(
            spot if reason is None else self._refused_spot(spot), reason, event.position().toPoint()
        )
        if reason is None:
            event.setDropAction(action)
            event.accept()
        else:
            event.ignore()

    def _refused_spot(self, spot: DropSpot) -> DropSpot:
        target = plain(spot.parent)
        box = (
            self.layout_.frame(target) if self.layout_.is_group(target) else self.layout_.widget_rect(target)
        )
        return DropSpot(spot.parent, spot.row, box=box)

    def _autoscroll(self, pos: QPoint) -> None:
        bar, margin = self.verticalScrollBar(), 24
        if pos.y() < margin:
            bar.setValue(bar.value() - 12)
        elif pos.y() > self.viewport().height() - margin:
            bar.setValue(bar.value() + 12)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.overlay.show_spot(None)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        spot, reason, action = self._judge(event)
        self.overlay.show_spot(None)
        if reason is not None:
            event.ignore()
            return
        if self.rule_model.dropMimeData(event.mimeData(), action, spot.row, 0, plain(spot.parent)):
            event.setDropAction(action)
            event.accept()
        else:
            event.ignore()
