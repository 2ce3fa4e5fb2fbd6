"""Drawn over and under the canvas rows: the drop indicator overlay, and the delegate sizing rows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from segdesk.ui.rule_editor.canvas_layout import DropSpot
from segdesk.ui.rule_editor.row_base import ACCENT, ERROR
from segdesk.ui.rule_editor.tree_model import PROBLEMS_ROLE

if TYPE_CHECKING:
    from segdesk.ui.rule_editor.canvas import RuleCanvas

__all__ = ["DropOverlay", "RowDelegate"]

AnyIndex = QModelIndex | QPersistentModelIndex


class RowDelegate(QStyledItemDelegate):
    """Rows are widgets: the delegate only sizes them and places them inside the frames."""

    def __init__(self, canvas: RuleCanvas) -> None:
        super().__init__(canvas)
        self.canvas = canvas

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        pass

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        size = super().sizeHint(option, index)
        problems = bool(index.data(PROBLEMS_ROLE))
        size.setHeight(self.canvas.layout_.row_height(index, problems))
        return size

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        editor.setGeometry(self.canvas.layout_.widget_rect(index, option.rect))


class DropOverlay(QWidget):
    """Drawn above the row widgets: the drop indicator, or why a drop is refused."""

    def __init__(self, canvas: RuleCanvas) -> None:
        super().__init__(canvas.viewport())
        self.canvas = canvas
        self.setObjectName("dropOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.spot: DropSpot | None = None
        self.refusal: str | None = None
        self.refusal_at = QPoint()

    def show_spot(self, spot: DropSpot | None, refusal: str | None = None, at: QPoint | None = None) -> None:
        self.spot, self.refusal = spot, refusal
        self.refusal_at = at or QPoint()
        self.raise_()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        spot = self.spot
        if spot is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = ERROR if self.refusal else ACCENT
        if spot.box is not None:
            into_group = spot.line is not None and not spot.onto and not self.refusal
            outline = QColor(colour)
            outline.setAlpha(150 if into_group else 255)
            painter.setPen(QPen(outline, 2, Qt.PenStyle.SolidLine if into_group else Qt.PenStyle.DashLine))
            fill = QColor(colour)
            fill.setAlpha(16 if into_group else 28)
            painter.setBrush(fill)
            painter.drawRoundedRect(spot.box, 8, 8)
        if spot.line is not None and not spot.onto:
            y, x1, x2 = spot.line
            painter.setPen(QPen(colour, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawLine(x1 + 6, y, x2, y)
            painter.setBrush(self.palette().base())
            painter.drawEllipse(QPoint(x1 + 3, y), 4, 4)
        label = self.refusal or (
            QCoreApplication.translate("RuleEditor", "Put both in a new group") if spot.onto else None
        )
        if label:
            anchor = spot.box.topRight() if spot.box is not None and not self.refusal else self.refusal_at
            metrics = painter.fontMetrics()
            box = QRect(0, 0, metrics.horizontalAdvance(label) + 16, metrics.height() + 8)
            box.moveTopRight(anchor + QPoint(-8, -box.height() // 2))
            if box.left() < 4:
                box.moveLeft(4)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(box, 5, 5)
            painter.setPen(QColor("white"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
        painter.end()
