"""Pick several values (cities, tags, products...) from a searchable check list in a popup.

The button reads like the rule (``Milano, Torino``); Space or a click opens the popup,
where typing filters, Space ticks, Enter adds the typed text when the field takes
any text, and Escape closes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from segdesk.services.rule_editing import ValueChoice

__all__ = ["MultiSelect"]

MAX_BUTTON_ITEMS = 3


class _Popup(QFrame):
    toggled = Signal(str, bool)
    added = Signal(str)

    def __init__(self, free_text: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("multiSelectPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.free_text = free_text
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(
            QCoreApplication.translate("RuleEditor", "Search or type a new value…")
            if free_text
            else QCoreApplication.translate("RuleEditor", "Search…")
        )
        self.list = QListWidget()
        self.list.setMinimumSize(260, 220)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.returnPressed.connect(self._enter)
        self.list.itemChanged.connect(self._item_changed)
        self.filter.installEventFilter(self)

    def fill(self, choices: list[ValueChoice], chosen: list[str]) -> None:
        with QSignalBlocker(self.list):
            self.list.clear()
            known = {c.value for c in choices}
            extra = [ValueChoice(v, v) for v in chosen if v not in known]
            for choice in [*extra, *choices]:
                label = choice.label if choice.count is None else f"{choice.label}  ({choice.count})"
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, choice.value)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = choice.value in chosen
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self.list.addItem(item)
        self._apply_filter(self.filter.text())

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _item_changed(self, item: QListWidgetItem) -> None:
        self.toggled.emit(item.data(Qt.ItemDataRole.UserRole), item.checkState() == Qt.CheckState.Checked)

    def _enter(self) -> None:
        text = self.filter.text().strip()
        visible = [self.list.item(r) for r in range(self.list.count()) if not self.list.item(r).isHidden()]
        exact = [i for i in visible if i.data(Qt.ItemDataRole.UserRole).casefold() == text.casefold()]
        if exact:
            exact[0].setCheckState(Qt.CheckState.Checked)
        elif len(visible) == 1:
            visible[0].setCheckState(Qt.CheckState.Checked)
        elif text and self.free_text:
            self.added.emit(text)
        self.filter.clear()

    def eventFilter(self, watched: object, event: object) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
        ):
            self.list.setFocus()
            if self.list.currentRow() < 0:
                self.list.setCurrentRow(0)
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and self.list.hasFocus() and self.list.currentItem():
            item = self.list.currentItem()
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            return
        super().keyPressEvent(event)


class MultiSelect(QPushButton):
    """A button showing the chosen values; emits ``chosenChanged(list)`` as they change."""

    chosenChanged = Signal(list)

    def __init__(self, *, free_text: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("multiSelect")
        self.setMinimumWidth(160)
        self.setStyleSheet("text-align: left; padding: 2px 8px;")
        self.setAccessibleName(QCoreApplication.translate("RuleEditor", "Values"))
        self._choices: list[ValueChoice] = []
        self._chosen: list[str] = []
        self.popup = _Popup(free_text, self)
        self.popup.toggled.connect(self._toggled)
        self.popup.added.connect(self._added)
        self.clicked.connect(self.open_popup)
        self._update_text()

    def chosen(self) -> list[str]:
        return list(self._chosen)

    def set_chosen(self, values: list[str]) -> None:
        if values != self._chosen:
            self._chosen = list(values)
            self._update_text()
            if self.popup.isVisible():
                self.popup.fill(self._choices, self._chosen)

    def set_choices(self, choices: list[ValueChoice]) -> None:
        self._choices = list(choices)
        self._update_text()
        if self.popup.isVisible():
            self.popup.fill(self._choices, self._chosen)

    def open_popup(self) -> None:
        self.popup.fill(self._choices, self._chosen)
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup.show()
        self.popup.filter.setFocus(Qt.FocusReason.PopupFocusReason)

    def _label(self, value: str) -> str:
        label = next((c.label for c in self._choices if c.value == value), value)
        return value if label.startswith(f"{value} – ") else label  # a product: its code is enough

    def _update_text(self) -> None:
        if not self._chosen:
            self.setText(QCoreApplication.translate("RuleEditor", "choose…"))
            self.setToolTip("")
            return
        labels = [self._label(v) for v in self._chosen]
        shown = ", ".join(labels[:MAX_BUTTON_ITEMS])
        if len(labels) > MAX_BUTTON_ITEMS:
            shown += " " + QCoreApplication.translate(
                "RuleEditor", "+%n more", None, len(labels) - MAX_BUTTON_ITEMS
            )
        self.setText(shown)
        self.setToolTip("\n".join(labels))

    def _toggled(self, value: str, checked: bool) -> None:
        chosen = [v for v in self._chosen if v != value]
        if checked:
            chosen.append(value)
        self._chosen = chosen
        self._update_text()
        self.chosenChanged.emit(list(chosen))

    def _added(self, value: str) -> None:
        if value not in self._chosen:
            self._chosen.append(value)
            self._update_text()
            self.popup.fill(self._choices, self._chosen)
            self.chosenChanged.emit(list(self._chosen))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
            self.open_popup()
            return
        super().keyPressEvent(event)
