"""The rule canvas as a view: real drag events, drop indicators, refusals, keys, the palette."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QThreadPool
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from segdesk.domain.fields import DEFAULT_CATALOGUE
from segdesk.domain.rules import parse_rules, to_json
from segdesk.ui.rule_editor.canvas import RuleCanvas
from segdesk.ui.rule_editor.choices import ValueChoices
from segdesk.ui.rule_editor.condition_row import ConditionRow
from segdesk.ui.rule_editor.dnd import field_mime
from segdesk.ui.rule_editor.group_row import GroupHeader
from segdesk.ui.rule_editor.palette import FieldPalette
from segdesk.ui.rule_editor.tree_model import RuleTreeModel
from tests.ui.test_rule_model import DOC, A, B, C, D, E, F, doc, g

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
ACTIONS = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
NO_BUTTON, NO_KEYS = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier


@pytest.fixture
def canvas(qtbot: QtBot) -> Iterator[RuleCanvas]:
    pool = QThreadPool()
    model = RuleTreeModel(parse_rules(DOC))
    view = RuleCanvas(model, ValueChoices(None, pool))
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    view.executeDelayedItemsLayout()
    QApplication.processEvents()
    yield view
    pool.waitForDone()


def point_in(canvas: RuleCanvas, *path: int, share: float = 0.5) -> QPoint:
    """A point inside the row widget of the node at ``path``, ``share`` of the way down."""
    rect = canvas.layout_.widget_rect(canvas.rule_model.index_of_path(tuple(path)))
    return QPoint(rect.left() + 120, rect.top() + int(rect.height() * share))


def drag_events(
    target: QWidget, data: QMimeData, at: QPoint, modifiers: Qt.KeyboardModifier = NO_KEYS
) -> tuple[QDragMoveEvent, QDropEvent]:
    """Enter, move and drop at ``at`` as Qt delivers them during a drag; the move and drop events."""
    enter = QDragEnterEvent(QPointF(at), ACTIONS, data, NO_BUTTON, modifiers)
    QApplication.sendEvent(target, enter)
    move = QDragMoveEvent(QPointF(at), ACTIONS, data, NO_BUTTON, modifiers)
    QApplication.sendEvent(target, move)
    dropped = QDropEvent(QPointF(at), ACTIONS, data, NO_BUTTON, modifiers)
    if move.isAccepted():
        QApplication.sendEvent(target, dropped)
    else:
        QApplication.sendEvent(target, QDragLeaveEvent())
    return move, dropped


def test_rows_are_widgets_inside_nested_frames(canvas: RuleCanvas) -> None:
    model = canvas.rule_model
    root = model.index(0, 0)
    assert isinstance(canvas.indexWidget(root), GroupHeader)
    assert isinstance(canvas.indexWidget(model.index_of_path((2, 1, 0))), ConditionRow)
    outer, inner = (
        canvas.layout_.frame(model.index_of_path((2,))),
        canvas.layout_.frame(model.index_of_path((2, 1))),
    )
    assert outer.contains(inner)
    assert inner.contains(canvas.layout_.widget_rect(model.index_of_path((2, 1, 1))))
    assert canvas.layout_.frame(root).contains(outer)
    assert outer.bottom() > inner.bottom()  # nested frames never share a border


def test_a_real_drag_moves_a_condition_into_a_nested_group(canvas: RuleCanvas) -> None:
    model = canvas.rule_model
    data = model.mimeData([model.index_of_path((0,))])
    target = point_in(canvas, 2, 1, share=0.8)  # lower part of the inner group's header: into it, first
    move, dropped = drag_events(canvas.viewport(), data, target)
    assert move.isAccepted()
    assert dropped.isAccepted() and dropped.dropAction() == Qt.DropAction.MoveAction
    assert to_json(model.root) == doc(B, g("any", C, g("all", A, D, E)), F)
    assert model.undo_stack.count() == 1
    assert canvas.overlay.spot is None  # the indicator goes away with the drop
    model.undo_stack.undo()
    assert to_json(model.root) == DOC
    model.undo_stack.redo()
    assert to_json(model.root) == doc(B, g("any", C, g("all", A, D, E)), F)


def test_the_drop_indicator_follows_the_pointer(canvas: RuleCanvas) -> None:
    model = canvas.rule_model
    data = model.mimeData([model.index_of_path((3,))])
    QApplication.sendEvent(
        canvas.viewport(), QDragEnterEvent(QPointF(point_in(canvas, 0)), ACTIONS, data, NO_BUTTON, NO_KEYS)
    )
    for share, expected in ((0.1, (0, False)), (0.5, (-1, True)), (0.9, (1, False))):
        move = QDragMoveEvent(QPointF(point_in(canvas, 0, share=share)), ACTIONS, data, NO_BUTTON, NO_KEYS)
        QApplication.sendEvent(canvas.viewport(), move)
        spot = canvas.overlay.spot
        assert move.isAccepted() and spot is not None
        assert (spot.row, spot.onto) == expected
        assert (spot.box is not None) == spot.onto  # a root-level line needs no outline
        assert (spot.line is not None) != spot.onto
    QApplication.sendEvent(canvas.viewport(), QDragLeaveEvent())
    assert canvas.overlay.spot is None


def test_dropping_onto_a_condition_groups_both(canvas: RuleCanvas) -> None:
    model = canvas.rule_model
    data = model.mimeData([model.index_of_path((3,))])
    _move, dropped = drag_events(canvas.viewport(), data, point_in(canvas, 1))
    assert dropped.isAccepted()
    assert to_json(model.root) == doc(A, g("all", B, F), g("any", C, g("all", D, E)))
    assert model.undo_stack.count() == 1
    assert isinstance(canvas.indexWidget(model.index_of_path((1,))), GroupHeader)
    assert isinstance(canvas.indexWidget(model.index_of_path((1, 1))), ConditionRow)


def test_a_group_cannot_be_dropped_into_itself_and_says_why(canvas: RuleCanvas) -> None:
    model = canvas.rule_model
    data = model.mimeData([model.index_of_path((2,))])
    move, dropped = drag_events(canvas.viewport(), data, point_in(canvas, 2, 1, 0, share=0.5))
    assert not move.isAccepted()
    assert not dropped.isAccepted()
    assert to_json(model.root) == DOC
    assert model.undo_stack.count() == 0
    at = QPointF(point_in(canvas, 2, 1, 0))
    QApplication.sendEvent(canvas.viewport(), QDragEnterEvent(at, ACTIONS, data, NO_BUTTON, NO_KEYS))
    QApplication.sendEvent(canvas.viewport(), QDragMoveEvent(at, ACTIONS, data, NO_BUTTON, NO_KEYS))
    assert canvas.overlay.refusal == "A group cannot go inside itself"
    assert canvas.overlay.spot is not None and canvas.overlay.spot.box is not None  # outlined in red
    QApplication.sendEvent(canvas.viewport(), QDragLeaveEvent())


def test_ctrl_drag_copies_and_a_palette_field_becomes_a_condition(canvas: RuleCanvas) -> None:
    model = canvas.rule_model
    data = model.mimeData([model.index_of_path((0,))])
    _move, dropped = drag_events(
        canvas.viewport(), data, point_in(canvas, 3, share=0.95), Qt.KeyboardModifier.ControlModifier
    )
    assert dropped.dropAction() == Qt.DropAction.CopyAction
    assert to_json(model.root)["rules"] == [A, B, g("any", C, g("all", D, E)), F, A]
    drag_events(canvas.viewport(), field_mime("stage"), point_in(canvas, 2, share=0.8))
    first = model.node((2, 0))
    assert (first.field, first.op) == ("stage", "in")  # type: ignore[union-attr]
    assert model.undo_stack.count() == 2


def test_dropping_a_rule_on_the_palette_deletes_it(qtbot: QtBot, canvas: RuleCanvas) -> None:
    palette = FieldPalette(DEFAULT_CATALOGUE)
    qtbot.addWidget(palette)
    palette.show()
    model = canvas.rule_model
    palette.nodeDiscarded.connect(lambda uid: model.remove_node(model.path_of_uid(uid) or ()))
    data = model.mimeData([model.index_of_path((2, 1))])
    move, dropped = drag_events(palette, data, QPoint(30, 30))
    assert move.isAccepted() and dropped.isAccepted()
    assert to_json(model.root) == doc(A, B, g("any", C), F)


def select(canvas: RuleCanvas, *path: int) -> None:
    index = canvas.rule_model.index_of_path(tuple(path))
    canvas.setCurrentIndex(index)
    canvas.setFocus()


def test_keys_move_and_delete_rules(qtbot: QtBot, canvas: RuleCanvas) -> None:
    model = canvas.rule_model
    alt = Qt.KeyboardModifier.AltModifier
    select(canvas, 3)
    qtbot.keyClick(canvas, Qt.Key.Key_Up, alt)
    assert to_json(model.root)["rules"] == [A, B, F, g("any", C, g("all", D, E))]
    qtbot.keyClick(canvas, Qt.Key.Key_Down, alt)
    assert to_json(model.root) == DOC
    qtbot.keyClick(canvas, Qt.Key.Key_Right, alt)  # into the group above: moves with the rule
    assert to_json(model.root)["rules"] == [A, B, g("any", C, g("all", D, E), F)]
    qtbot.keyClick(canvas, Qt.Key.Key_Left, alt)  # back out, after its group
    assert to_json(model.root) == DOC
    select(canvas, 2, 1, 0)
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    assert to_json(model.root)["rules"][2] == g("any", C, g("all", E))
    while model.undo_stack.canUndo():
        model.undo_stack.undo()
    assert to_json(model.root) == DOC


def test_a_problem_outlines_the_row_with_its_message(canvas: RuleCanvas) -> None:
    model = canvas.rule_model
    uid = model.node((1,)).uid
    model.set_problems({uid: ['"x" is not one of lead, prospect']})
    row = canvas.indexWidget(model.index_of_path((1,)))
    assert isinstance(row, ConditionRow)
    assert row.problems and row.problem_label.isVisibleTo(row)
    assert row.card_colours()[1].name() == "#d93025"
    canvas.executeDelayedItemsLayout()
    assert (
        canvas.visualRect(model.index_of_path((1,))).height()
        > canvas.visualRect(model.index_of_path((0,))).height()
    )


def test_editing_a_row_is_an_undoable_command(qtbot: QtBot, canvas: RuleCanvas) -> None:
    model = canvas.rule_model
    row = canvas.indexWidget(model.index_of_path((2, 1, 1)))
    assert isinstance(row, ConditionRow)
    row.op_combo.setCurrentIndex(row.op_combo.findData("between"))
    row.op_combo.activated.emit(row.op_combo.currentIndex())
    assert to_json(model.root)["rules"][2]["rules"][1]["rules"][1] == c_between(500)
    editor: Any = row.editor
    editor.high.setText("900")
    editor.high.textEdited.emit("900")
    assert model.node((2, 1, 1)).value == [500, 900]  # type: ignore[union-attr]
    row.window_check.setChecked(True)
    assert model.node((2, 1, 1)).window is not None  # type: ignore[union-attr]
    model.undo_stack.undo()
    model.undo_stack.undo()
    model.undo_stack.undo()
    assert to_json(model.root) == DOC


def c_between(low: int) -> dict[str, Any]:
    return {"field": "total_spent", "op": "between", "value": [low, low]}
