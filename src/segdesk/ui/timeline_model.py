"""A list model over a contact's timeline (interactions and orders), newest first."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication

from segdesk.domain.choice_labels import choice_label, outcome_words
from segdesk.services.timeline import TimelineEntry

__all__ = ["ENTRY_ROLE", "TimelineModel", "channel_label"]

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex
_NOTE_PREVIEW = 140


def channel_label(code: str) -> str:
    """The word for a way of contact (call, email…) in the user's language."""
    return {
        "call": QCoreApplication.translate("Timeline", "Call"),
        "email": QCoreApplication.translate("Timeline", "Email"),
        "meeting": QCoreApplication.translate("Timeline", "Meeting"),
        "visit": QCoreApplication.translate("Timeline", "Visit"),
        "note": QCoreApplication.translate("Timeline", "Note"),
    }.get(code, code)


_ICON_COLOURS = {
    "call": "#1a73e8",
    "email": "#9334e6",
    "meeting": "#e37400",
    "visit": "#188038",
    "note": "#5f6368",
    "order": "#c5221f",
}


@lru_cache(maxsize=16)
def _icon(kind: str) -> QIcon:
    """A coloured disc with the channel's initial (orders: a currency sign)."""
    size = 22
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(_ICON_COLOURS.get(kind, "#5f6368")))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.setPen(QColor("white"))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(12)
    painter.setFont(font)
    letter = "€" if kind == "order" else channel_label(kind)[:1].upper()
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, letter)
    painter.end()
    return QIcon(pixmap)


def _when(at: datetime, locale: QLocale) -> str:
    moment = QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute))
    if at.hour == 0 and at.minute == 0:
        return locale.toString(moment.date(), QLocale.FormatType.ShortFormat)
    return locale.toString(moment, QLocale.FormatType.ShortFormat)


class TimelineModel(QAbstractListModel):
    """One row per entry; the display text is two lines: when and what, then the note or products."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: tuple[TimelineEntry, ...] = ()
        self._texts: tuple[str, ...] = ()
        self._currency = ""

    def set_currency(self, symbol: str) -> None:
        self._currency = symbol

    def set_entries(self, entries: Sequence[TimelineEntry]) -> None:
        self.beginResetModel()
        self._entries = tuple(entries)
        locale = QLocale()
        self._texts = tuple(self._text(e, locale) for e in self._entries)
        self.endResetModel()

    def entries(self) -> tuple[TimelineEntry, ...]:
        return self._entries

    def _text(self, entry: TimelineEntry, locale: QLocale) -> str:
        when = _when(entry.at, locale)
        if entry.kind == "order":
            amount = locale.toCurrencyString(
                float(entry.amount or 0), self._currency or locale.currencySymbol()
            )
            head = QCoreApplication.translate("Timeline", "%1 · Order (%2) · %3")
            head = head.replace("%1", when).replace("%2", choice_label("preferred_channel", entry.channel))
            head = head.replace("%3", amount)
            detail = ", ".join(entry.products)
        else:
            parts = [when, channel_label(entry.channel)]
            if entry.outcome:
                parts.append(outcome_words(entry.outcome))
            if entry.member:
                parts.append(entry.member)
            head = " · ".join(parts)
            detail = (entry.note or "").replace("\n", " ")
        if len(detail) > _NOTE_PREVIEW:
            detail = detail[: _NOTE_PREVIEW - 1] + "…"
        return f"{head}\n{detail}" if detail else head

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.note if entry.kind == "interaction" and entry.note else None
        if role == Qt.ItemDataRole.DecorationRole:
            if not isinstance(QApplication.instance(), QApplication):
                return None
            return _icon("order" if entry.kind == "order" else entry.channel)
        if role == ENTRY_ROLE:
            return entry
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
