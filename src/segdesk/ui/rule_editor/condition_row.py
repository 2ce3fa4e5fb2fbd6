"""One condition on the canvas: field, operator (only those of its type), value, window, count.

The row shows the node at its model index and turns every change into an undo
command through the model; it keeps no rule state of its own.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QPersistentModelIndex, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from segdesk.domain.fields import Field, FieldType, ValueSource
from segdesk.domain.rules import Condition, Window
from segdesk.services.rule_editing import EditorKind, change_field, change_operator, value_kind
from segdesk.ui.rule_editor.choices import ValueChoices
from segdesk.ui.rule_editor.field_menu import field_menu
from segdesk.ui.rule_editor.row_base import ERROR, CountBadge, Grip, RowWidget, operator_label, type_label
from segdesk.ui.rule_editor.tree_model import COUNT_ROLE, EXPLAIN_ROLE, PROBLEMS_ROLE, RuleTreeModel
from segdesk.ui.rule_editor.value_editors import AmountUnit, ValueEditor, make_editor

__all__ = ["ConditionRow"]

_NEEDS_CHOICES = (EditorKind.TEXT, EditorKind.TEXT_LIST, EditorKind.SEGMENT)


class ConditionRow(RowWidget):
    def __init__(
        self,
        index: QPersistentModelIndex,
        model: RuleTreeModel,
        choices: ValueChoices,
        *,
        currency: str = "",
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(index, parent)
        self.setObjectName("conditionRow")
        self.model = model
        self.choices = choices
        self.currency = currency
        self.today = today
        self._field: Field | None = None
        self._kind: EditorKind | None = None

        self.field_button = QPushButton()
        self.field_button.setObjectName("fieldButton")
        self.field_button.setFlat(True)
        self.field_button.setStyleSheet("text-align: left; padding: 2px 6px; font-weight: bold;")
        self.field_button.setAccessibleName(QCoreApplication.translate("RuleEditor", "Field"))
        self.field_button.setMenu(field_menu(model.catalogue, self._choose_field, self))
        self.op_combo = QComboBox()
        self.op_combo.setObjectName("operatorCombo")
        self.op_combo.setAccessibleName(QCoreApplication.translate("RuleEditor", "Operator"))
        self.op_combo.activated.connect(self._choose_operator)
        self.editor: ValueEditor = make_editor(EditorKind.NONE)
        self.suffix = QLabel(QCoreApplication.translate("RuleEditor", "ago"))
        self.window_check = QCheckBox(QCoreApplication.translate("RuleEditor", "in the last"))
        self.window_check.setObjectName("windowCheck")
        self.window_check.setToolTip(
            QCoreApplication.translate("RuleEditor", "Only count purchases or contacts in a recent period")
        )
        self.window_edit = AmountUnit()
        self.window_check.toggled.connect(self._window_changed)
        self.window_edit.changed.connect(self._window_changed)
        self.count = CountBadge()
        self.delete_button = QToolButton()
        self.delete_button.setObjectName("deleteButton")
        self.delete_button.setText("✕")
        self.delete_button.setAutoRaise(True)
        self.delete_button.setToolTip(QCoreApplication.translate("RuleEditor", "Delete this condition (Del)"))
        self.delete_button.setAccessibleName(QCoreApplication.translate("RuleEditor", "Delete condition"))
        self.delete_button.clicked.connect(self._delete)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("problemLabel")
        self.problem_label.setStyleSheet(f"color: {ERROR.name()}; font-size: small;")
        self.problem_label.setWordWrap(False)
        self.problem_label.hide()

        self._line = QHBoxLayout()
        self._line.setSpacing(6)
        self._line.addWidget(Grip())
        self._line.addWidget(self.field_button)
        self._line.addWidget(self.op_combo)
        self._line.addWidget(self.editor)
        self._line.addWidget(self.suffix)
        self._line.addWidget(self.window_check)
        self._line.addWidget(self.window_edit)
        self._line.addStretch(1)
        self._line.addWidget(self.count)
        self._line.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 6, 4)
        layout.setSpacing(0)
        layout.addLayout(self._line)
        layout.addWidget(self.problem_label)
        choices.loaded.connect(self._choices_loaded)
        self.refresh()

    # -- showing the node --------------------------------------------------------------------

    def condition(self) -> Condition | None:
        node = self.model.node_of(self.index)
        return node if isinstance(node, Condition) else None

    def refresh(self) -> None:
        condition = self.condition()
        if condition is None:
            return
        fld = self.model.catalogue.get(condition.field)
        if fld is not None and fld is not self._field:
            self._show_field(fld)
        elif fld is None:
            self.field_button.setText(
                condition.field or QCoreApplication.translate("RuleEditor", "choose a field")
            )
        if fld is not None:
            with QSignalBlocker(self.op_combo):
                self.op_combo.setCurrentIndex(self.op_combo.findData(condition.op))
            self._show_editor(fld, condition)
            self._show_window(fld, condition.window)
        self.editor.set_value(condition.value)
        self.suffix.setVisible(condition.op == "older_than")
        self.show_feedback()

    def show_feedback(self) -> None:
        self.count.show_count(self.model.data(self.index, COUNT_ROLE))
        problems = self.model.data(self.index, PROBLEMS_ROLE) or []
        self.explained = self.model.data(self.index, EXPLAIN_ROLE)
        if problems != self.problems:
            self.problems = problems
            self.problem_label.setText("; ".join(problems))
            self.problem_label.setVisible(bool(problems))
            self.setToolTip("\n".join(problems))
        self.update()

    def _show_field(self, fld: Field) -> None:
        self._field = fld
        self.field_button.setText(fld.translated_label())
        tip = QCoreApplication.translate("RuleEditor", "%1 (%2) – click to choose another field")
        tip = tip.replace("%1", fld.translated_label()).replace("%2", type_label(fld.type))
        self.field_button.setToolTip(tip)
        with QSignalBlocker(self.op_combo):
            self.op_combo.clear()
            for op in fld.operators:
                self.op_combo.addItem(operator_label(op, fld.type), op)
        self._kind = None

    def _show_editor(self, fld: Field, condition: Condition) -> None:
        kind = value_kind(fld, condition.op)
        if kind is self._kind:
            return
        self._kind = kind
        currency = self.currency if fld.type is FieldType.MONEY else ""
        editor = make_editor(kind, currency=currency, free_text=fld.values_from is not ValueSource.OPTIONS)
        self._line.replaceWidget(self.editor, editor)
        self.editor.deleteLater()
        self.editor = editor
        editor.valueEdited.connect(self._value_edited)
        if kind in _NEEDS_CHOICES:
            editor.set_choices(self.choices.get(fld))
        editor.setVisible(kind is not EditorKind.NONE)

    def _show_window(self, fld: Field, window: Window | None) -> None:
        self.window_check.setVisible(fld.accepts_window)
        self.window_edit.setVisible(fld.accepts_window)
        with QSignalBlocker(self.window_check):
            self.window_check.setChecked(window is not None)
        self.window_edit.setEnabled(window is not None)
        if window is not None:
            self.window_edit.show_value(window.amount, window.unit)
        elif self.window_edit.amount.value() == 0:
            self.window_edit.show_value(12, "months")

    def _choices_loaded(self, field_id: str) -> None:
        if self._field is not None and self._field.id == field_id and self._kind in _NEEDS_CHOICES:
            self.editor.set_choices(self.choices.get(self._field))

    def focus_value(self) -> None:
        """Put the keyboard in the value editor (or on the operator when there is no value)."""
        if self._kind in (None, EditorKind.NONE):
            self.op_combo.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.editor.focus_first()

    # -- edits ---------------------------------------------------------------------------------

    def _edit(self, new: Condition, *, merge: bool = False) -> None:
        path = self.model.path_of(self.index)
        if path is not None:
            self.model.edit_condition(path, (new.field, new.op, new.value, new.window), merge=merge)

    def _choose_field(self, field_id: str) -> None:
        condition = self.condition()
        fld = self.model.catalogue.get(field_id)
        if condition is not None and fld is not None and field_id != condition.field:
            self._edit(change_field(condition, fld))

    def _choose_operator(self, _row: int) -> None:
        condition, fld = self.condition(), self._field
        op = self.op_combo.currentData()
        if condition is not None and fld is not None and op != condition.op:
            self._edit(change_operator(condition, fld, op, self.today or date.today()))

    def _value_edited(self, value: object, typing: bool) -> None:
        condition = self.condition()
        if condition is not None:
            self._edit(Condition(condition.field, condition.op, value, condition.window), merge=typing)

    def _window_changed(self) -> None:
        condition = self.condition()
        if condition is None:
            return
        checked = self.window_check.isChecked()
        self.window_edit.setEnabled(checked)
        window = None
        if checked:
            value = self.window_edit.value()
            window = Window(int(value["amount"]), str(value["unit"]))
        self._edit(Condition(condition.field, condition.op, condition.value, window))

    def _delete(self) -> None:
        path = self.model.path_of(self.index)
        if path:
            self.model.remove_node(path)
