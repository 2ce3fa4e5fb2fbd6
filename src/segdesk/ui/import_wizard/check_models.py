"""The check step's two lists as models: problems, and duplicates with the choice for each.

Models, not a widget per row: importing the same 100,000-row file again finds 100,000
duplicates, and a combo box for each took seconds per thousand rows. The choice is edited
with a combo box only while a row's "Do" cell is being edited.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QWidget,
)

from segdesk.services.imports import ACTIONS, Match, Problem

__all__ = ["ActionDelegate", "DuplicatesModel", "ProblemsModel", "action_texts"]

Index = QModelIndex | QPersistentModelIndex
Item = TypeVar("Item")
_DISPLAY = Qt.ItemDataRole.DisplayRole


def action_texts() -> dict[str, str]:
    return {
        "update": QCoreApplication.translate("CheckPage", "Update the contact"),
        "skip": QCoreApplication.translate("CheckPage", "Skip the row"),
        "keep": QCoreApplication.translate("CheckPage", "Keep both"),
    }


class _ListModel(QAbstractTableModel, Generic[Item]):
    """A read-only list of ``items`` under ``headers``, replaced as a whole by :meth:`show`."""

    def __init__(self, headers: list[str]) -> None:
        super().__init__()
        self.items: Sequence[Item] = ()
        self.headers = headers

    def show(self, items: Sequence[Item]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return self.headers[section]
        return None


class ProblemsModel(_ListModel[Problem]):
    """Row, column and message of every problem, errors and warnings told apart by their icon."""

    def __init__(self, error_icon: QIcon, warning_icon: QIcon) -> None:
        super().__init__(
            [
                QCoreApplication.translate("CheckPage", "Row"),
                QCoreApplication.translate("CheckPage", "Column"),
                QCoreApplication.translate("CheckPage", "Problem"),
            ]
        )
        self.icons = (warning_icon, error_icon)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        problem = self.items[index.row()]
        if role == _DISPLAY:
            values = ("" if problem.row is None else str(problem.row), problem.column or "", problem.message)
            return values[index.column()]
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return self.icons[problem.error]
        return None


class DuplicatesModel(_ListModel[Match]):
    """Each match: the row, who it is, how it was found, and what to do (editable)."""

    DO = 3

    def __init__(self, action_for: Callable[[int], str], choose: Callable[[int, str], None]) -> None:
        super().__init__(
            [
                QCoreApplication.translate("CheckPage", "Row"),
                QCoreApplication.translate("CheckPage", "Already there"),
                QCoreApplication.translate("CheckPage", "Found by"),
                QCoreApplication.translate("CheckPage", "Do"),
            ]
        )
        self.action_for, self.choose = action_for, choose
        self.reasons: Mapping[str, str] = {
            "email": QCoreApplication.translate("CheckPage", "email"),
            "phone": QCoreApplication.translate("CheckPage", "phone"),
            "name": QCoreApplication.translate("CheckPage", "name"),
        }
        self.texts = action_texts()

    def choices_changed(self) -> None:
        if self.items:
            self.dataChanged.emit(self.index(0, self.DO), self.index(len(self.items) - 1, self.DO))

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        match = self.items[index.row()]
        column = index.column()
        if column == self.DO and role == Qt.ItemDataRole.EditRole:
            return self.action_for(match.row)
        if role != _DISPLAY:
            return None
        if column == 0:
            return str(match.row)
        if column == 1:
            return match.contact_name
        if column == 2:
            found = self.reasons.get(match.reason, match.reason)
            return found if match.score >= 100 else f"{found} ({match.score}%)"
        return self.texts[self.action_for(match.row)]

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.column() != self.DO or role != Qt.ItemDataRole.EditRole or value not in ACTIONS:
            return False
        self.choose(self.items[index.row()].row, value)
        self.dataChanged.emit(index, index)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == self.DO else flags


class ActionDelegate(QStyledItemDelegate):
    """A "Do" cell drawn as a combo box (so it looks like what it is), a real one while edited."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        box = QStyleOptionComboBox()
        box.rect = option.rect.adjusted(1, 1, -1, -1)
        box.state = option.state | QStyle.StateFlag.State_Enabled
        box.palette = option.palette
        box.currentText = str(index.data())
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, box, painter, widget)
        style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, box, painter, widget)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for action, text in action_texts().items():
            combo.addItem(text, action)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(editor.findData(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
