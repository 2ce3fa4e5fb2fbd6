"""What condition rows and group headers share: the card, the grip, the count, the words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from segdesk.domain.fields import FieldType

__all__ = [
    "ERROR",
    "MATCH_COLOURS",
    "CountBadge",
    "Grip",
    "RowWidget",
    "operator_label",
    "type_label",
]

ERROR = QColor("#d93025")
ACCENT = QColor("#1a73e8")
PASS, FAIL = QColor("#188038"), QColor("#d93025")
MATCH_COLOURS = {"all": QColor("#1a73e8"), "any": QColor("#0b8043"), "none": QColor("#c5221f")}


def _tr(text: str, disambiguation: str | None = None) -> str:
    return QCoreApplication.translate("RuleEditor", text, disambiguation)


def type_label(kind: FieldType) -> str:
    return {
        FieldType.TEXT: _tr("text"),
        FieldType.NUMBER: _tr("number"),
        FieldType.MONEY: _tr("money"),
        FieldType.DATE: _tr("date"),
        FieldType.CHOICE: _tr("choice"),
        FieldType.SET: _tr("list"),
        FieldType.BOOLEAN: _tr("yes/no"),
        FieldType.SEGMENT: _tr("segment"),
    }[kind]


def operator_label(op: str, kind: FieldType) -> str:
    """How an operator reads between the field and the value (``Total spent`` *at least* ``500``)."""
    if kind is FieldType.DATE:
        dated = {
            "on": _tr("is on"),
            "before": _tr("is before"),
            "after": _tr("is after"),
            "between": _tr("is between", "dates"),
            "within_last": _tr("is in the last"),
            "older_than": _tr("is more than", "time ago"),
            "within_next": _tr("is in the next"),
            "in_period": _tr("is in"),
            "anniversary_within_next": _tr("anniversary in the next"),
        }
        if op in dated:
            return dated[op]
    if kind is FieldType.SET:
        sets = {
            "includes_any": _tr("include any of"),
            "includes_all": _tr("include all of"),
            "excludes_any": _tr("include none of"),
        }
        if op in sets:
            return sets[op]
    return {
        "eq": _tr("is"),
        "neq": _tr("is not"),
        "contains": _tr("contains"),
        "not_contains": _tr("does not contain"),
        "starts_with": _tr("starts with"),
        "ends_with": _tr("ends with"),
        "in": _tr("is one of"),
        "not_in": _tr("is none of"),
        "is_empty": _tr("is empty"),
        "is_not_empty": _tr("is not empty"),
        "lt": _tr("is less than"),
        "lte": _tr("is at most"),
        "gt": _tr("is more than"),
        "gte": _tr("is at least"),
        "between": _tr("is between"),
        "is_true": _tr("is yes"),
        "is_false": _tr("is no"),
        "in_segment": _tr("is in segment"),
        "not_in_segment": _tr("is not in segment"),
    }.get(op, op)


class Grip(QLabel):
    """The handle a row is dragged by; mouse presses fall through to the canvas, which starts the drag."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("⠿", parent)
        self.setObjectName("dragGrip")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFixedWidth(14)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.setToolTip(_tr("Drag to move; Ctrl+drag to copy"))


class CountBadge(QLabel):
    """A node's own count in grey (``—`` while counting or when it cannot be counted)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countBadge")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMinimumWidth(64)
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.show_count(None)

    def show_count(self, count: int | None) -> None:
        self.setText("—" if count is None else QLocale().toString(count))
        self.setToolTip(
            _tr("Contacts matching this on its own") if count is not None else _tr("Not counted (incomplete)")
        )


class RowWidget(QWidget):
    """A row of the canvas for one node: paints its card; knows its model index."""

    card_radius = 6.0

    def __init__(self, index: QPersistentModelIndex, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.current = False
        self.problems: list[str] = []
        self.explained: bool | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)

    def set_current(self, current: bool) -> None:
        if current != self.current:
            self.current = current
            self.update()

    def card_colours(self) -> tuple[QColor, QColor, float]:
        """Fill, border and border width of the card."""
        palette = self.palette()
        fill = palette.color(QPalette.ColorRole.Base)
        if self.problems:
            return fill, ERROR, 2.0
        if self.current:
            return fill, palette.color(QPalette.ColorRole.Highlight), 2.0
        return fill, palette.color(QPalette.ColorRole.Mid), 1.0

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill, border, width = self.card_colours()
        rect = QRectF(self.rect()).adjusted(width / 2, width / 2, -width / 2, -width / 2)
        painter.setPen(QPen(border, width, Qt.PenStyle.DashLine if self.problems else Qt.PenStyle.SolidLine))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, self.card_radius, self.card_radius)
        if self.explained is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(PASS if self.explained else FAIL)
            painter.drawRoundedRect(QRectF(rect.left(), rect.top(), 5, rect.height()), 2, 2)
        painter.end()
