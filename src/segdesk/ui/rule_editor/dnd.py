"""Drag and drop of the rule model: payloads, which drops are allowed, and what a drop does.

Two payloads:

- :data:`NODE_MIME`: ``{"model": <id of the source model>, "uid": N, "rule": <node JSON>}``.
  Within one editor the uid addresses the node (a move, or a copy with Ctrl); from
  another editor the JSON is inserted as a copy.
- :data:`FIELD_MIME`: a field id dragged from the palette; dropping it adds a condition
  with the field's default operator.

Where a drop lands follows Qt's convention for ``dropMimeData``: ``parent`` a group and
``row`` a position among its rules (-1: at the end); ``parent`` a *condition* (row -1)
means "onto it": both are put into a new group. A whole drop is one undo step.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from segdesk.domain import rules as tree
from segdesk.domain.problems import RuleError
from segdesk.domain.rules import Condition, Group, Node, Path
from segdesk.services.rule_editing import new_condition

if TYPE_CHECKING:
    from segdesk.ui.rule_editor.tree_model import RuleTreeModel

__all__ = [
    "FIELD_MIME",
    "NODE_MIME",
    "before_move",
    "check_drop",
    "drop",
    "field_mime",
    "is_same_place",
    "mime_for",
    "node_mime",
]

NODE_MIME = "application/x-segdesk-rule-node"
FIELD_MIME = "application/x-segdesk-field"
AnyIndex = QModelIndex | QPersistentModelIndex


# -- paths --------------------------------------------------------------------------------


def is_same_place(from_path: Path, to_parent: Path, index: int) -> bool:
    """Whether moving ``from_path`` before child ``index`` of ``to_parent`` leaves it where it is."""
    return to_parent == from_path[:-1] and index in (from_path[-1], from_path[-1] + 1)


def before_move(from_path: Path, to_path: Path) -> tuple[Path, int]:
    """The drop position (parent and index in the tree before the move) that lands a node on ``to_path``.

    The inverse of the adjustment :func:`segdesk.domain.rules.move` makes.
    """
    depth = len(from_path) - 1
    parent = list(to_path[:-1])
    index = to_path[-1]
    if len(parent) > depth and tuple(parent[:depth]) == from_path[:-1] and parent[depth] >= from_path[-1]:
        parent[depth] += 1
    if tuple(parent) == from_path[:-1] and index >= from_path[-1]:
        index += 1
    return tuple(parent), index


# -- payloads -------------------------------------------------------------------------------


def node_mime(model: RuleTreeModel, node: Node) -> QMimeData:
    data = QMimeData()
    rule = tree.to_json(node) if isinstance(node, Group) else _condition_json(node)
    payload = {"model": id(model), "uid": node.uid, "rule": rule}
    data.setData(NODE_MIME, json.dumps(payload, ensure_ascii=False).encode())
    return data


def _condition_json(condition: Condition) -> dict[str, Any]:
    body = tree.to_json(Group("all", [condition]))["rules"]
    assert isinstance(body, list)
    return dict(body[0])


def field_mime(field_id: str) -> QMimeData:
    data = QMimeData()
    data.setData(FIELD_MIME, field_id.encode())
    return data


def mime_for(model: RuleTreeModel, indexes: list[QModelIndex]) -> QMimeData:
    nodes = [n for n in (model.node_of(i) for i in indexes) if n is not None and n is not model.root]
    return node_mime(model, nodes[0]) if nodes else QMimeData()


def _payload(data: QMimeData) -> dict[str, Any] | None:
    if not data.hasFormat(NODE_MIME):
        return None
    try:
        payload = json.loads(bytes(data.data(NODE_MIME).data()).decode())
    except (ValueError, UnicodeDecodeError):
        return None
    return payload if isinstance(payload, dict) else None


def node_from_payload(payload: dict[str, Any]) -> Node | None:
    """A fresh copy (new uids) of the node a payload carries, or None if it holds no rule."""
    rule = payload.get("rule")
    if not isinstance(rule, dict):
        return None
    try:
        if "match" in rule or "rules" in rule:
            return tree.parse_rules({"version": 1, **rule})
        wrapped = tree.parse_rules({"version": 1, "match": "all", "rules": [rule]})
    except RuleError:
        return None
    return wrapped.rules[0]


def _dragged_path(model: RuleTreeModel, payload: dict[str, Any]) -> Path | None:
    """The dragged node's path when it comes from this very model, else None."""
    uid = payload.get("uid")
    if payload.get("model") != id(model) or not isinstance(uid, int):
        return None
    return model.path_of_uid(uid)


# -- checking and doing a drop ---------------------------------------------------------------


def check_drop(
    model: RuleTreeModel, data: QMimeData, action: Qt.DropAction, row: int, parent: AnyIndex
) -> str | None:
    """None if the drop can be done, else why not (shown to the user while dragging)."""
    target = model.node_of(parent)
    if target is None:
        return QCoreApplication.translate("RuleEditor", "Drop inside the rule")
    if action not in (Qt.DropAction.MoveAction, Qt.DropAction.CopyAction):
        return QCoreApplication.translate("RuleEditor", "Only moving or copying is possible here")
    if isinstance(target, Condition) and row != -1:
        return QCoreApplication.translate("RuleEditor", "A condition holds no rules")
    if isinstance(target, Group) and not -1 <= row <= len(target.rules):
        return QCoreApplication.translate("RuleEditor", "Drop inside the rule")
    if data.hasFormat(FIELD_MIME):
        field_id = bytes(data.data(FIELD_MIME).data()).decode(errors="replace")
        return (
            None if field_id in model.catalogue else QCoreApplication.translate("RuleEditor", "Unknown field")
        )
    payload = _payload(data)
    if payload is None:
        return QCoreApplication.translate("RuleEditor", "Only fields and rules can be dropped here")
    dragged = _dragged_path(model, payload)
    if dragged is None or action == Qt.DropAction.CopyAction:
        return (
            None
            if node_from_payload(payload) is not None
            else QCoreApplication.translate("RuleEditor", "Only fields and rules can be dropped here")
        )
    target_path = model.path_of(parent)
    assert target_path is not None
    if not dragged:
        return QCoreApplication.translate("RuleEditor", "The whole rule cannot be moved")
    if target_path[: len(dragged)] == dragged:
        if target_path == dragged:
            return QCoreApplication.translate("RuleEditor", "Drop it somewhere else")
        return QCoreApplication.translate("RuleEditor", "A group cannot go inside itself")
    return None


def drop(model: RuleTreeModel, data: QMimeData, action: Qt.DropAction, row: int, parent: AnyIndex) -> bool:
    """Do the drop as one undo step; False (and nothing changed) if it is not allowed."""
    if check_drop(model, data, action, row, parent) is not None:
        return False
    target_path = model.path_of(parent)
    target = model.node_of(parent)
    assert target_path is not None and target is not None
    moving: Path | None = None
    if data.hasFormat(FIELD_MIME):
        field_id = bytes(data.data(FIELD_MIME).data()).decode()
        node: Node = new_condition(model.catalogue[field_id])
        text = QCoreApplication.translate("RuleEditor", "Add condition")
    else:
        payload = _payload(data)
        assert payload is not None
        dragged = _dragged_path(model, payload)
        if dragged is not None and action == Qt.DropAction.MoveAction:
            moving, node = dragged, model.node(dragged)
            text = (
                QCoreApplication.translate("RuleEditor", "Move group")
                if isinstance(node, Group)
                else QCoreApplication.translate("RuleEditor", "Move condition")
            )
        else:
            copied = node_from_payload(payload)
            assert copied is not None
            node = copied
            text = (
                QCoreApplication.translate("RuleEditor", "Copy group")
                if isinstance(node, Group)
                else QCoreApplication.translate("RuleEditor", "Copy condition")
            )
    if isinstance(target, Condition):
        return _drop_onto_condition(model, target_path, node, moving)
    index = len(target.rules) if row == -1 else row
    if moving is not None:
        return model.move_node(moving, target_path, index)
    model.undo_stack.beginMacro(text)
    try:
        model.add_node(target_path, index, node)
    finally:
        model.undo_stack.endMacro()
    return True


def _drop_onto_condition(model: RuleTreeModel, target: Path, node: Node, moving: Path | None) -> bool:
    """Put the target condition and the dropped node together into a new group (one undo step)."""
    model.undo_stack.beginMacro(QCoreApplication.translate("RuleEditor", "Group conditions"))
    try:
        model.wrap_node(target)
        if moving is None:
            model.add_node(target, 1, node)
        else:
            model.move_node(moving, target, 1)
    finally:
        model.undo_stack.endMacro()
    return True
