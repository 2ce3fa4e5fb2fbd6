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


def type_label(kind: FieldType) -> str:
    return {
        FieldType.TEXT: QCoreApplication.translate("RuleEditor", "text"),
        FieldType.NUMBER: QCoreApplication.translate("RuleEditor", "number"),
        FieldType.MONEY: QCoreApplication.translate("RuleEditor", "money"),
        FieldType.DATE: QCoreApplication.translate("RuleEditor", "date"),
        FieldType.CHOICE: QCoreApplication.translate("RuleEditor", "choice"),
        FieldType.SET: QCoreApplication.translate("RuleEditor", "list"),
        FieldType.BOOLEAN: QCoreApplication.translate("RuleEditor", "yes/no"),
        FieldType.SEGMENT: QCoreApplication.translate("RuleEditor", "segment"),
    }[kind]


def operator_label(op: str, kind: FieldType) -> str:
    """How an operator reads between the field and the value (``Total spent`` *at least* ``500``)."""
    if kind is FieldType.DATE:
        dated = {
            "on": QCoreApplication.translate("RuleEditor", "is on"),
            "before": QCoreApplication.translate("RuleEditor", "is before"),
            "after": QCoreApplication.translate("RuleEditor", "is after"),
            "between": QCoreApplication.translate("RuleEditor", "is between", "dates"),
            "within_last": QCoreApplication.translate("RuleEditor", "is in the last"),
            "older_than": QCoreApplication.translate("RuleEditor", "is more than", "time ago"),
            "within_next": QCoreApplication.translate("RuleEditor", "is in the next"),
            "in_period": QCoreApplication.translate("RuleEditor", "is in"),
            "anniversary_within_next": QCoreApplication.translate("RuleEditor", "anniversary in the next"),
        }
        if op in dated:
            return dated[op]
    if kind is FieldType.SET:
        sets = {
            "includes_any": QCoreApplication.translate("RuleEditor", "include any of"),
            "includes_all": QCoreApplication.translate("RuleEditor", "include all of"),
            "excludes_any": QCoreApplication.translate("RuleEditor", "include none of"),
        }
        if op in sets:
            return sets[op]
    return {
        "eq": QCoreApplication.translate("RuleEditor", "is"),
        "neq": QCoreApplication.translate("RuleEditor", "is not"),
        "contains": QCoreApplication.translate("RuleEditor", "contains"),
        "not_contains": QCoreApplication.translate("RuleEditor", "does not contain"),
        "starts_with": QCoreApplication.translate("RuleEditor", "starts with"),
        "ends_with": QCoreApplication.translate("RuleEditor", "ends with"),
        "in": QCoreApplication.translate("RuleEditor", "is one of"),
        "not_in": QCoreApplication.translate("RuleEditor", "is none of"),
        "is_empty": QCoreApplication.translate("RuleEditor", "is empty"),
        "is_not_empty": QCoreApplication.translate("RuleEditor", "is not empty"),
        "lt": QCoreApplication.translate("RuleEditor", "is less than"),
        "lte": QCoreApplication.translate("RuleEditor", "is at most"),
        "gt": QCoreApplication.translate("RuleEditor", "is more than"),
        "gte": QCoreApplication.translate("RuleEditor", "is at least"),
        "between": QCoreApplication.translate("RuleEditor", "is between"),
        "is_true": QCoreApplication.translate("RuleEditor", "is yes"),
        "is_false": QCoreApplication.translate("RuleEditor", "is no"),
        "in_segment": QCoreApplication.translate("RuleEditor", "is in segment"),
        "not_in_segment": QCoreApplication.translate("RuleEditor", "is not in segment"),
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
        self.setToolTip(QCoreApplication.translate("RuleEditor", "Drag to move; Ctrl+drag to copy"))


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
            QCoreApplication.translate("RuleEditor", "Contacts matching this on its own")
            if count is not None
            else QCoreApplication.translate("RuleEditor", "Not counted (incomplete)")
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
