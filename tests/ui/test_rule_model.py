"""The rule editor's Qt model: a thin adapter over the rule tree, drag and drop through
``mimeData``/``dropMimeData`` for every kind of move, one undo step per drop."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from segdesk.domain import rules as domain
from segdesk.domain.fields import DEFAULT_CATALOGUE
from segdesk.domain.rules import Condition, Group, Window, parse_rules, to_json
from segdesk.ui.rule_editor.dnd import FIELD_MIME, before_move, field_mime, is_same_place
from segdesk.ui.rule_editor.palette import FieldPalette
from segdesk.ui.rule_editor.tree_model import COUNT_ROLE, PATH_ROLE, PROBLEMS_ROLE, RuleTreeModel

MOVE, COPY = Qt.DropAction.MoveAction, Qt.DropAction.CopyAction


def c(field: str, op: str, value: Any = None) -> dict[str, Any]:
    rule: dict[str, Any] = {"field": field, "op": op}
    if value is not None:
        rule["value"] = value
    return rule


A = c("city", "in", ["Milano"])
B = c("stage", "in", ["loyal"])
C = c("tags", "includes_any", ["vip"])
D = c("email_ok", "is_true")
E = c("total_spent", "gte", 500)
F = c("kind", "in", ["company"])

# root: [A, B, any[C, all[D, E]], F]
DOC: dict[str, Any] = {
    "version": 1,
    "match": "all",
    "rules": [A, B, {"match": "any", "rules": [C, {"match": "all", "rules": [D, E]}]}, F],
}


def g(match: str, *rules: dict[str, Any]) -> dict[str, Any]:
    return {"match": match, "rules": list(rules)}


def doc(*rules: dict[str, Any], match: str = "all") -> dict[str, Any]:
    return {"version": 1, "match": match, "rules": list(rules)}


@pytest.fixture
def model(qtmodeltester: ModelTester) -> RuleTreeModel:
    built = RuleTreeModel(parse_rules(DOC))
    qtmodeltester.check(built)  # the tester keeps watching every signal of the edits below
    return built


def at(model: RuleTreeModel, *path: int) -> QModelIndex:
    return model.index_of_path(tuple(path))


def drop(model: RuleTreeModel, data: QMimeData, action: Qt.DropAction, row: int, *parent: int) -> bool:
    target = at(model, *parent)
    assert model.canDropMimeData(data, action, row, 0, target)
    return model.dropMimeData(data, action, row, 0, target)


def test_the_root_is_the_one_top_level_row_and_paths_map_to_indexes(model: RuleTreeModel) -> None:
    assert model.rowCount() == 1
    root = model.index(0, 0)
    assert model.rowCount(root) == 4
    nested = at(model, 2, 1, 0)
    assert model.data(nested, PATH_ROLE) == (2, 1, 0)
    assert model.data(nested) == "Email allowed: yes"
    assert model.parent(nested) == at(model, 2, 1)
    assert not model.flags(root) & Qt.ItemFlag.ItemIsDragEnabled
    assert model.flags(nested) & Qt.ItemFlag.ItemIsDragEnabled
    assert model.flags(nested) & Qt.ItemFlag.ItemNeverHasChildren


MOVES = {
    # name: (dragged path, action, drop row, drop parent path, expected rules of the root)
    "reorder down in the root": ((0,), MOVE, 3, (), [B, g("any", C, g("all", D, E)), A, F]),
    "reorder up in the root": ((3,), MOVE, 0, (), [F, A, B, g("any", C, g("all", D, E))]),
    "reorder in a nested group": ((2, 1, 1), MOVE, 0, (2, 1), [A, B, g("any", C, g("all", E, D)), F]),
    "condition into a group": ((0,), MOVE, 1, (2,), [B, g("any", C, A, g("all", D, E)), F]),
    "condition two levels down": ((1,), MOVE, 2, (2, 1), [A, g("any", C, g("all", D, E, B)), F]),
    "condition out to the root": ((2, 1, 0), MOVE, 4, (), [A, B, g("any", C, g("all", E)), F, D]),
    "condition between nested groups": ((2, 1, 1), MOVE, 0, (2,), [A, B, g("any", E, C, g("all", D)), F]),
    "condition appended (row -1)": ((3,), MOVE, -1, (2, 1), [A, B, g("any", C, g("all", D, E, F))]),
    "group out to the root": ((2, 1), MOVE, 0, (), [g("all", D, E), A, B, g("any", C), F]),
    "group into a later sibling": (
        (2, 1),
        MOVE,
        0,
        (2,),
        [A, B, g("any", g("all", D, E), C), F],
    ),
    "onto a condition: both in a new group": (
        (0,),
        MOVE,
        -1,
        (1,),
        [g("all", B, A), g("any", C, g("all", D, E)), F],
    ),
    "onto a condition in another group": (
        (3,),
        MOVE,
        -1,
        (2, 1, 0),
        [A, B, g("any", C, g("all", g("all", D, F), E))],
    ),
    "group onto a condition": ((2, 1), MOVE, -1, (0,), [g("all", A, g("all", D, E)), B, g("any", C), F]),
    "copy with Ctrl": ((0,), COPY, 2, (2, 1), [A, B, g("any", C, g("all", D, E, A)), F]),
    "copy a group": ((2,), COPY, 0, (), [g("any", C, g("all", D, E)), A, B, g("any", C, g("all", D, E)), F]),
}


@pytest.mark.parametrize("case", list(MOVES), ids=list(MOVES))
def test_every_kind_of_drop_is_one_undo_step(model: RuleTreeModel, case: str) -> None:
    dragged, action, row, parent, expected = MOVES[case]
    before = to_json(model.root)
    steps = model.undo_stack.count()
    data = model.mimeData([at(model, *dragged)])
    assert drop(model, data, action, row, *parent)
    after = to_json(model.root)
    assert after == doc(*expected)
    assert model.undo_stack.count() == steps + 1
    model.undo_stack.undo()
    assert to_json(model.root) == before
    model.undo_stack.redo()
    assert to_json(model.root) == after
    model.undo_stack.undo()
    assert to_json(model.root) == before


def test_a_moved_node_keeps_its_identity(model: RuleTreeModel) -> None:
    node = model.node((0,))
    drop(model, model.mimeData([at(model, 0)]), MOVE, 0, 2, 1)
    assert model.node((1, 1, 0)) is node
    model.undo_stack.undo()
    assert model.node((0,)) is node


@pytest.mark.parametrize(
    ("dragged", "row", "parent"),
    [
        ((2,), 0, (2,)),  # a group into itself
        ((2,), 1, (2, 1)),  # a group into its own subgroup
        ((2,), -1, (2, 0)),  # a group onto one of its conditions
        ((0,), 0, (1,)),  # between the rules of a condition
        ((0,), -1, (0,)),  # onto itself
        ((0,), 9, ()),  # past the end
    ],
)
def test_impossible_drops_are_refused_and_change_nothing(
    model: RuleTreeModel, dragged: tuple[int, ...], row: int, parent: tuple[int, ...]
) -> None:
    before = to_json(model.root)
    data = model.mimeData([at(model, *dragged)])
    target = at(model, *parent)
    assert not model.canDropMimeData(data, MOVE, row, 0, target)
    assert not model.dropMimeData(data, MOVE, row, 0, target)
    assert to_json(model.root) == before
    assert model.undo_stack.count() == 0


def test_the_root_cannot_be_dragged_and_foreign_data_is_refused(model: RuleTreeModel) -> None:
    assert not model.mimeData([model.index(0, 0)]).formats()
    text = QMimeData()
    text.setText("hello")
    assert not model.canDropMimeData(text, MOVE, 0, 0, model.index(0, 0))
    assert not model.canDropMimeData(field_mime("no_such_field"), COPY, 0, 0, model.index(0, 0))


def test_a_dropped_field_becomes_a_condition_with_a_default_operator(model: RuleTreeModel) -> None:
    assert drop(model, field_mime("last_contact_at"), COPY, 0, 2, 1)
    added = model.node((2, 1, 0))
    assert isinstance(added, Condition)
    assert (added.field, added.op, added.value) == (
        "last_contact_at",
        "older_than",
        {"amount": 90, "unit": "days"},
    )
    model.undo_stack.undo()
    assert to_json(model.root) == DOC


def test_a_field_dropped_onto_a_condition_groups_them(model: RuleTreeModel) -> None:
    assert drop(model, field_mime("email_ok"), COPY, -1, 1)
    assert to_json(model.root)["rules"][1] == g("all", B, c("email_ok", "is_true"))
    assert model.undo_stack.count() == 1


def test_a_rule_dragged_to_another_editor_is_copied(qtmodeltester: ModelTester) -> None:
    source = RuleTreeModel(parse_rules(DOC))
    target = RuleTreeModel(parse_rules(doc(F)))
    qtmodeltester.check(target)
    data = source.mimeData([source.index_of_path((2,))])
    assert target.dropMimeData(data, MOVE, 0, 0, target.index(0, 0))
    assert to_json(target.root) == doc(g("any", C, g("all", D, E)), F)
    assert to_json(source.root) == DOC


def test_edits_of_a_condition_merge_while_typing(model: RuleTreeModel) -> None:
    model.edit_condition((3,), ("kind", "in", ["person"], None))
    model.edit_condition((0,), ("city", "in", ["M"], None), merge=True)
    model.edit_condition((0,), ("city", "in", ["Mi"], None), merge=True)
    model.edit_condition((0,), ("city", "in", ["Mil"], None), merge=True)
    assert model.undo_stack.count() == 2
    model.undo_stack.undo()
    assert model.node((0,)).value == ["Milano"]  # type: ignore[union-attr]
    model.edit_condition((2, 1, 1), ("total_spent", "gte", 500, Window(12, "months")))
    assert to_json(model.root)["rules"][2]["rules"][1]["rules"][1]["window"] == {
        "amount": 12,
        "unit": "months",
    }


def test_match_wrap_unwrap_duplicate_remove_and_replace_undo(model: RuleTreeModel) -> None:
    model.set_match((2,), "none")
    model.wrap_node((1,), "any")
    model.unwrap_group((2, 1))
    model.duplicate_node((0,))
    model.remove_node((2,))
    model.replace_root(Group("any", [Condition("email_ok", "is_true")]), "Template")
    assert to_json(model.root) == doc(c("email_ok", "is_true"), match="any")
    states = []
    while model.undo_stack.canUndo():
        model.undo_stack.undo()
        states.append(to_json(model.root))
    assert states[-1] == DOC
    assert states[-2]["rules"][2]["match"] == "none"
    assert states[-3]["rules"][1] == g("any", B)
    assert states[-4]["rules"][2]["rules"] == [C, D, E]
    while model.undo_stack.canRedo():
        model.undo_stack.redo()
    assert to_json(model.root) == doc(c("email_ok", "is_true"), match="any")


def test_feedback_roles_are_announced_per_node(model: RuleTreeModel) -> None:
    uid = model.node((2, 1)).uid
    model.set_counts({uid: 12})
    model.set_problems({uid: ["empty group"]})
    index = at(model, 2, 1)
    assert model.data(index, COUNT_ROLE) == 12
    assert model.data(index, PROBLEMS_ROLE) == ["empty group"]
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == "empty group"


def test_before_move_inverts_every_move_of_a_tree() -> None:
    """Undo relocates with the drop position :func:`before_move` computes: it must land the same."""
    paths = [(0,), (1,), (2,), (2, 0), (2, 1), (2, 1, 0), (2, 1, 1), (3,)]
    tried = 0
    for source in paths:
        for parent in [(), (2,), (2, 1)]:
            if parent[: len(source)] == source:
                continue
            target = domain.node_at(parse_rules(DOC), parent)
            assert isinstance(target, Group)
            for index in range(len(target.rules) + 1):
                if is_same_place(source, parent, index):
                    continue
                moved = parse_rules(DOC)
                new = domain.move(moved, source, parent, index)
                again = parse_rules(DOC)
                assert domain.move(again, source, *before_move(source, new)) == new
                assert to_json(again) == to_json(moved)
                tried += 1
    assert tried > 30


def test_palette_models_pass_the_model_tester(qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    palette = FieldPalette(DEFAULT_CATALOGUE)
    qtbot.addWidget(palette)
    qtmodeltester.check(palette.model)
    qtmodeltester.check(palette.proxy)
    palette.search.setText("spent")
    assert palette.visible_fields() == ["total_spent"]
    first = palette.model.index(0, 0, palette.model.index(0, 0))
    assert bytes(palette.model.mimeData([first]).data(FIELD_MIME).data()).decode() == "id"


def test_json_payload_carries_the_rule() -> None:
    model = RuleTreeModel(parse_rules(DOC))
    data = model.mimeData([model.index_of_path((2,))])
    payload = json.loads(bytes(data.data("application/x-segdesk-rule-node").data()).decode())
    assert payload["uid"] == model.node((2,)).uid
    assert payload["rule"]["rules"][0] == C
