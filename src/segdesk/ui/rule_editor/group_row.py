"""The header of a group on the canvas: all/any/none, its own count, and buttons to add to it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPersistentModelIndex, QSignalBlocker, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QWidget

from segdesk.domain.rules import Group
from segdesk.ui.rule_editor.field_menu import field_menu
from segdesk.ui.rule_editor.row_base import ERROR, MATCH_COLOURS, CountBadge, Grip, RowWidget
from segdesk.ui.rule_editor.tree_model import COUNT_ROLE, EXPLAIN_ROLE, PROBLEMS_ROLE, RuleTreeModel

__all__ = ["GroupHeader", "match_label"]


def match_label(match: str) -> str:
    return {
        "all": QCoreApplication.translate("RuleEditor", "All of these are true"),
        "any": QCoreApplication.translate("RuleEditor", "Any of these is true"),
        "none": QCoreApplication.translate("RuleEditor", "None of these is true"),
    }.get(match, match)


class GroupHeader(RowWidget):
    """Emits ``addField(field id)`` and ``addGroup()`` for the canvas to act on this group."""

    addField = Signal(str)
    addGroup = Signal()

    def __init__(
        self, index: QPersistentModelIndex, model: RuleTreeModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(index, parent)
        self.setObjectName("groupHeader")
        self.model = model
        is_root = model.node_of(index) is model.root
        self.match_combo = QComboBox()
        self.match_combo.setObjectName("matchCombo")
        self.match_combo.setAccessibleName(QCoreApplication.translate("RuleEditor", "Contacts match when"))
        for match in ("all", "any", "none"):
            self.match_combo.addItem(match_label(match), match)
        self.match_combo.activated.connect(self._choose_match)
        self.empty_label = QLabel(
            QCoreApplication.translate("RuleEditor", "Drop fields here, or use + Condition")
        )
        self.empty_label.setObjectName("emptyGroupLabel")
        self.empty_label.setStyleSheet("color: palette(placeholder-text); font-style: italic;")
        self.problem_label = QLabel()
        self.problem_label.setStyleSheet(f"color: {ERROR.name()};")
        self.count = CountBadge()
        self.add_condition_button = QToolButton()
        self.add_condition_button.setObjectName("addConditionButton")
        self.add_condition_button.setText(QCoreApplication.translate("RuleEditor", "+ Condition"))
        self.add_condition_button.setToolTip(
            QCoreApplication.translate("RuleEditor", "Add a condition to this group")
        )
        self.add_condition_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_condition_button.setMenu(field_menu(model.catalogue, self.addField.emit, self))
        self.add_group_button = QToolButton()
        self.add_group_button.setObjectName("addGroupButton")
        self.add_group_button.setText(QCoreApplication.translate("RuleEditor", "+ Group"))
        self.add_group_button.setToolTip(
            QCoreApplication.translate("RuleEditor", "Add a group inside this one (Ctrl+G)")
        )
        self.add_group_button.clicked.connect(self.addGroup)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 6, 4)
        layout.setSpacing(6)
        if not is_root:
            layout.addWidget(Grip())
        layout.addWidget(self.match_combo)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.problem_label)
        layout.addStretch(1)
        layout.addWidget(self.count)
        layout.addWidget(self.add_condition_button)
        layout.addWidget(self.add_group_button)
        if not is_root:
            delete = QToolButton()
            delete.setObjectName("deleteButton")
            delete.setText("✕")
            delete.setAutoRaise(True)
            delete.setToolTip(
                QCoreApplication.translate("RuleEditor", "Delete this group and its conditions (Del)")
            )
            delete.setAccessibleName(QCoreApplication.translate("RuleEditor", "Delete group"))
            delete.clicked.connect(self._delete)
            layout.addWidget(delete)
        self.refresh()

    def group(self) -> Group | None:
        node = self.model.node_of(self.index)
        return node if isinstance(node, Group) else None

    def refresh(self) -> None:
        group = self.group()
        if group is None:
            return
        with QSignalBlocker(self.match_combo):
            self.match_combo.setCurrentIndex(self.match_combo.findData(group.match))
        self.empty_label.setVisible(not group.rules)
        self.show_feedback()

    def show_feedback(self) -> None:
        self.count.show_count(self.model.data(self.index, COUNT_ROLE))
        self.problems = self.model.data(self.index, PROBLEMS_ROLE) or []
        self.explained = self.model.data(self.index, EXPLAIN_ROLE)
        self.problem_label.setText("; ".join(self.problems))
        self.problem_label.setVisible(bool(self.problems))
        self.update()

    def match_colour(self) -> QColor:
        group = self.group()
        return MATCH_COLOURS.get(group.match if group else "all", MATCH_COLOURS["all"])

    def card_colours(self) -> tuple[QColor, QColor, float]:
        colour = self.match_colour()
        base = self.palette().color(QPalette.ColorRole.Base)
        share = 0.22 if self.current else 0.12
        fill = QColor.fromRgbF(
            base.redF() + (colour.redF() - base.redF()) * share,
            base.greenF() + (colour.greenF() - base.greenF()) * share,
            base.blueF() + (colour.blueF() - base.blueF()) * share,
        )
        if self.problems:
            return fill, ERROR, 2.0
        return fill, colour, 2.0 if self.current else 1.0

    def _choose_match(self, _row: int) -> None:
        path = self.model.path_of(self.index)
        if path is not None:
            self.model.set_match(path, self.match_combo.currentData())

    def _delete(self) -> None:
        path = self.model.path_of(self.index)
        if path:
            self.model.remove_node(path)
