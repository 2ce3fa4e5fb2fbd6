"""The follow-ups tree: Overdue / Today / This week / Later group rows, contacts under them.

A thin Qt adapter over :class:`segdesk.services.followups.FollowUpGroups` (plain data read
off the GUI thread). Group rows carry the bucket's full count; when a bucket holds more
rows than were read, ``canFetchMore(group)`` is true and ``fetchMore(group)`` emits
:attr:`FollowUpsModel.moreRequested` so the view reads the next page in the background
and hands it to :meth:`FollowUpsModel.append_rows`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication

from segdesk.services.followups import Bucket, FollowUpGroups, FollowUpRow
from segdesk.ui.formatting import date_format, format_phone
from segdesk.ui.timeline_model import channel_label

__all__ = ["BUCKETS", "CONTACT_ID_ROLE", "ROW_ROLE", "FollowUpsModel", "bucket_title"]

Index = QModelIndex | QPersistentModelIndex
BUCKETS: tuple[Bucket, ...] = ("overdue", "today", "week", "later")
CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the FollowUpRow of a contact row
BUCKET_ROLE = Qt.ItemDataRole.UserRole + 3
GROUP = 0xFFFFFFFF  # internalId of a group row; a contact row holds its group's number
COLUMNS = 6


def bucket_title(bucket: Bucket) -> str:
    titles = {
        "overdue": QCoreApplication.translate("FollowUps", "Overdue"),
        "today": QCoreApplication.translate("FollowUps", "Today"),
        "week": QCoreApplication.translate("FollowUps", "This week"),
        "later": QCoreApplication.translate("FollowUps", "Later"),
    }
    return titles[bucket]


def _headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("FollowUps", "Contact"),
        QCoreApplication.translate("FollowUps", "Phone"),
        QCoreApplication.translate("FollowUps", "Due"),
        QCoreApplication.translate("FollowUps", "Overdue by"),
        QCoreApplication.translate("FollowUps", "Last contact"),
        QCoreApplication.translate("FollowUps", "Owner"),
    )


_NO_CALLS_ICON: QIcon | None = None


def no_calls_icon() -> QIcon:
    """A small red "no entry" sign: the contact refused phone calls."""
    global _NO_CALLS_ICON
    if _NO_CALLS_ICON is None:
        pixmap = QPixmap(14, 14)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#d93025"), 2))
        painter.drawEllipse(QRectF(1.5, 1.5, 11, 11))
        painter.drawLine(4, 10, 10, 4)
        painter.end()
        _NO_CALLS_ICON = QIcon(pixmap)
    return _NO_CALLS_ICON


class FollowUpsModel(QAbstractItemModel):
    moreRequested = Signal(str, int)  # bucket, offset: read the next page of this group

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: dict[Bucket, list[FollowUpRow]] = {bucket: [] for bucket in BUCKETS}
        self._counts: dict[Bucket, int] = dict.fromkeys(BUCKETS, 0)
        self._fetching: set[Bucket] = set()
        self.today = date.today()
        self._dates = date_format(QLocale())

    # -- filling ----------------------------------------------------------------------------

    def set_groups(self, groups: FollowUpGroups, today: date) -> None:
        self.beginResetModel()
        self.today = today
        self._rows = {bucket: list(groups.rows(bucket)) for bucket in BUCKETS}
        self._counts = {bucket: groups.counts.of(bucket) for bucket in BUCKETS}
        self._fetching.clear()
        self.endResetModel()

    def append_rows(self, bucket: Bucket, offset: int, rows: list[FollowUpRow]) -> None:
        """The next page of ``bucket`` (read from ``offset``); a page that no longer fits is dropped."""
        self._fetching.discard(bucket)
        have = self._rows[bucket]
        if offset != len(have) or not rows:
            return
        parent = self.index(BUCKETS.index(bucket), 0)
        self.beginInsertRows(parent, len(have), len(have) + len(rows) - 1)
        have.extend(rows)
        self.endInsertRows()

    def counts(self) -> dict[Bucket, int]:
        return dict(self._counts)

    def loaded(self, bucket: Bucket) -> list[FollowUpRow]:
        return list(self._rows[bucket])

    def row_at(self, index: Index) -> FollowUpRow | None:
        if not index.isValid() or index.internalId() == GROUP:
            return None
        rows = self._rows[BUCKETS[index.internalId()]]
        return rows[index.row()] if 0 <= index.row() < len(rows) else None

    def group_index(self, bucket: Bucket) -> QModelIndex:
        return self.index(BUCKETS.index(bucket), 0)

    # -- structure --------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, GROUP)
        return self.createIndex(row, column, parent.row())

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == GROUP:
            return QModelIndex()
        return self.createIndex(child.internalId(), 0, GROUP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(BUCKETS)
        if parent.internalId() == GROUP and parent.column() == 0:
            return len(self._rows[BUCKETS[parent.row()]])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return COLUMNS

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def canFetchMore(self, parent: Index) -> bool:
        if not parent.isValid() or parent.internalId() != GROUP or parent.column() != 0:
            return False
        bucket = BUCKETS[parent.row()]
        return bucket not in self._fetching and len(self._rows[bucket]) < self._counts[bucket]

    def fetchMore(self, parent: Index) -> None:
        if self.canFetchMore(parent):
            bucket = BUCKETS[parent.row()]
            self._fetching.add(bucket)
            self.moreRequested.emit(bucket, len(self._rows[bucket]))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == GROUP:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < COLUMNS:
            return _headers()[section]
        return None

    # -- data -------------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == GROUP:
            return self._group_data(BUCKETS[index.row()], index.column(), role)
        row = self.row_at(index)
        if row is None:
            return None
        if role == CONTACT_ID_ROLE:
            return row.contact_id
        if role == ROW_ROLE:
            return row
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == 1 and not row.phone_ok:
            return no_calls_icon()
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _group_data(self, bucket: Bucket, column: int, role: int) -> Any:
        if role == BUCKET_ROLE:
            return bucket
        if column != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{bucket_title(bucket)} ({QLocale().toString(self._counts[bucket])})"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and bucket == "overdue" and self._counts[bucket]:
            return QColor("#c5221f")
        return None

    def _date(self, value: date) -> str:
        return QLocale().toString(QDate(value.year, value.month, value.day), self._dates)

    def _text(self, row: FollowUpRow, column: int) -> str:
        if column == 0:
            return f"{row.name} · {row.company}" if row.company and row.company != row.name else row.name
        if column == 1:
            number = format_phone(row.number) if row.number else ""
            if not row.phone_ok and not number:  # else the "no calls" sign says it
                return QCoreApplication.translate("FollowUps", "no calls")
            return number
        if column == 2:
            return self._date(row.due_on)
        if column == 3:
            return self._overdue_text(row.days_overdue)
        if column == 4:
            return self._last_contact_text(row)
        if column == 5:
            return row.owner or ""
        return ""

    @staticmethod
    def _overdue_text(days: int) -> str:
        if days > 0:
            return QCoreApplication.translate("FollowUps", "%Ln days", None, days)
        if days == 0:
            return QCoreApplication.translate("FollowUps", "due today")
        return QCoreApplication.translate("FollowUps", "in %Ln days", None, -days)

    def _last_contact_text(self, row: FollowUpRow) -> str:
        last = row.last_contact
        if last is None:
            return QCoreApplication.translate("FollowUps", "Never contacted")
        parts = [self._date(last.on), channel_label(last.channel)]
        if last.outcome:  # free text; a code such as "left_message" reads as words
            outcome = last.outcome
            parts.append(outcome.replace("_", " ") if outcome.isidentifier() else outcome)
        text = " · ".join(parts)
        if last.note:
            note = " ".join(last.note.split())
            text += f" — {note[:80]}…" if len(note) > 80 else f" — {note}"
        return text

    def _tooltip(self, row: FollowUpRow, column: int) -> str | None:
        if column == 1 and not row.phone_ok:
            return QCoreApplication.translate("FollowUps", "Refused phone calls: do not call.")
        if column == 4 and row.last_contact is not None and row.last_contact.note:
            return row.last_contact.note
        if column == 2:
            notes = []
            if row.snoozed_until is not None:
                notes.append(
                    QCoreApplication.translate("FollowUps", "Snoozed until %1").replace(
                        "%1", self._date(row.snoozed_until)
                    )
                )
            if row.set_by_hand:
                notes.append(QCoreApplication.translate("FollowUps", "Date set by hand"))
            if row.note:
                notes.append(row.note)
            return "\n".join(notes) or None
        return None

    def _foreground(self, row: FollowUpRow, column: int) -> Any:
        palette = QApplication.palette()
        if column == 3 and row.days_overdue > 0:
            return QColor("#c5221f")
        if column == 1 and not row.phone_ok:
            return palette.color(QPalette.ColorRole.PlaceholderText)
        if column == 4 and row.last_contact is None:
            return palette.color(QPalette.ColorRole.PlaceholderText)
        return None
