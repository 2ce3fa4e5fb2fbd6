"""Where things are on the canvas: group frames, row cards, and the drop spot under the pointer.

The canvas is a :class:`QTreeView` whose rows are widgets. A group is drawn as a
frame from its header row down to its last descendant; rows where frames close get
a little extra height so nested frames never share a border. Everything here is
computed from the view's ``visualRect`` and the model, so it stays right while
scrolling and after any edit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect

from segdesk.domain.rules import Group
from segdesk.ui.rule_editor.tree_model import plain

if TYPE_CHECKING:
    from segdesk.ui.rule_editor.canvas import RuleCanvas
    from segdesk.ui.rule_editor.tree_model import RuleTreeModel

__all__ = [
    "CLOSE_GAP",
    "CONDITION_HEIGHT",
    "HEADER_HEIGHT",
    "INDENT",
    "PROBLEM_HEIGHT",
    "DropSpot",
    "Layout",
]

INDENT = 24  # the view's indentation: the strip of a group's frame left of its rules
HEADER_HEIGHT = 38
CONDITION_HEIGHT = 42
PROBLEM_HEIGHT = 16
HEADER_TOP = 8  # space above a nested group's frame
CLOSE_GAP = 7  # space below a row per group frame closing under it
RIGHT_STEP = 8  # each nesting level ends this much further left


@dataclass
class DropSpot:
    """Where a drop would land: ``row`` in group ``parent`` (-1: at the end), or *onto* a condition.

    ``line`` is the insertion line to draw (y and x range) or ``box`` the outline for
    "into this group" and "onto this condition".
    """

    parent: QPersistentModelIndex
    row: int
    onto: bool = False
    line: tuple[int, int, int] | None = None  # y, x1, x2
    box: QRect | None = None


class Layout:
    """Geometry questions about one canvas."""

    def __init__(self, canvas: RuleCanvas) -> None:
        self.canvas = canvas

    @property
    def model(self) -> RuleTreeModel:
        return self.canvas.rule_model

    # -- structure ---------------------------------------------------------------------------

    def depth(self, index: QModelIndex | QPersistentModelIndex) -> int:
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        return depth

    def is_group(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        return isinstance(self.model.node_of(index), Group)

    def last_row(self, index: QModelIndex) -> QModelIndex:
        """The last row drawn inside ``index``'s frame (itself for a condition or an empty group)."""
        model = self.model
        while model.rowCount(index):
            index = model.index(model.rowCount(index) - 1, 0, index)
        return index

    def closing(self, index: QModelIndex | QPersistentModelIndex) -> list[QModelIndex]:
        """Groups whose frames end at this row, innermost first."""
        model = self.model
        index = plain(index)
        found: list[QModelIndex] = []
        if self.is_group(index):
            if model.rowCount(index):
                return found
            found.append(index)
        node = index
        parent = node.parent()
        while parent.isValid() and node.row() == model.rowCount(parent) - 1:
            found.append(parent)
            node, parent = parent, parent.parent()
        return found

    # -- heights ----------------------------------------------------------------------------

    def row_height(self, index: QModelIndex | QPersistentModelIndex, problems: bool) -> int:
        if self.is_group(index):
            height = HEADER_HEIGHT + (HEADER_TOP if index.parent().isValid() else 2)
            height += PROBLEM_HEIGHT if problems else 0
        else:
            height = CONDITION_HEIGHT + (PROBLEM_HEIGHT if problems else 0)
        return height + CLOSE_GAP * len(self.closing(index))

    # -- rectangles -------------------------------------------------------------------------

    def frame_right(self, depth: int) -> int:
        return self.canvas.viewport().width() - 4 - depth * RIGHT_STEP

    def frame(self, group: QModelIndex) -> QRect:
        """The frame drawn around a group and its rules."""
        header = self.canvas.visualRect(group)
        depth = self.depth(group)
        top = header.top() + (HEADER_TOP if group.parent().isValid() else 2)
        last = self.last_row(group)
        closes = self.closing(last)
        position = next((i for i, g in enumerate(closes) if g == group), len(closes) - 1)
        bottom = self.canvas.visualRect(last).bottom() - CLOSE_GAP * (len(closes) - 1 - position) - 2
        left = header.left() + 1
        return QRect(QPoint(left, top), QPoint(self.frame_right(depth), bottom))

    def widget_rect(self, index: QModelIndex | QPersistentModelIndex, row: QRect | None = None) -> QRect:
        """Where a row's widget goes inside the row ``visualRect``."""
        rect = row if row is not None else self.canvas.visualRect(plain(index))
        depth = self.depth(index)
        gaps = CLOSE_GAP * len(self.closing(index))
        if self.is_group(index):
            top = rect.top() + (HEADER_TOP if index.parent().isValid() else 2) + 3
            return QRect(
                QPoint(rect.left() + 4, top), QPoint(self.frame_right(depth) - 3, rect.bottom() - gaps - 2)
            )
        right = self.frame_right(depth - 1) - 6
        return QRect(QPoint(rect.left() + 2, rect.top() + 3), QPoint(right, rect.bottom() - gaps - 3))

    # -- dropping ---------------------------------------------------------------------------

    def drop_spot(self, pos: QPoint) -> DropSpot:
        """Where a drop at ``pos`` (viewport coordinates) lands."""
        canvas, model = self.canvas, self.model
        root = model.index(0, 0)
        index = canvas.indexAt(pos)
        if not index.isValid():
            return self._insert_spot(root, model.rowCount(root))
        card = self.widget_rect(index)
        if self.is_group(index):
            if index == root or (pos.y() - card.top()) > card.height() * 0.35:
                return self._insert_spot(index, 0)
            return self._insert_spot(index.parent(), index.row())
        share = (pos.y() - card.top()) / max(card.height(), 1)
        if share < 0.25:
            return self._insert_spot(index.parent(), index.row())
        if share <= 0.75:
            return DropSpot(QPersistentModelIndex(index), -1, onto=True, box=card.adjusted(-3, -3, 3, 3))
        node = index
        while (
            node.parent().parent().isValid()
            and node.row() == model.rowCount(node.parent()) - 1
            and pos.x() < self.frame(node.parent()).left() + INDENT // 2
        ):
            node = node.parent()
        return self._insert_spot(node.parent(), node.row() + 1)

    def _insert_spot(self, parent: QModelIndex, row: int) -> DropSpot:
        """A line where the rule would go; a nested target group is outlined too."""
        model = self.model
        count = model.rowCount(parent)
        frame = self.frame(parent)
        x1, x2 = frame.left() + INDENT - 2, frame.right() - 6
        target = QPersistentModelIndex(parent)
        box = frame if parent.parent().isValid() or count == 0 else None
        if count == 0:
            return DropSpot(target, 0, line=(self.widget_rect(parent).bottom() + 3, x1, x2), box=box)
        if row < count:
            child = model.index(row, 0, parent)
            top = self.frame(child).top() if self.is_group(child) else self.widget_rect(child).top()
            return DropSpot(target, row, line=(top - 2, x1, x2), box=box)
        last = model.index(count - 1, 0, parent)
        bottom = self.frame(last).bottom() if self.is_group(last) else self.widget_rect(last).bottom()
        return DropSpot(target, count, line=(bottom + 3, x1, x2), box=box)
