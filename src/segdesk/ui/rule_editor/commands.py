"""Undo commands of the rule editor: each changes the Qt-free rule tree through the model.

Commands store paths and nodes, never indexes or widgets: a path is valid again when
the stack is back at the state the command was made in. Every edit of the tree
returns what its inverse needs (see :mod:`segdesk.domain.rules`), which is all a
command keeps. One drag is one undo step: the model groups a drop's commands in
``beginMacro``/``endMacro``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from segdesk.domain.rules import Condition, Group, Node, Path, Window

if TYPE_CHECKING:
    from segdesk.ui.rule_editor.tree_model import RuleTreeModel

__all__ = [
    "ConditionState",
    "EditCondition",
    "InsertNode",
    "MoveNode",
    "RemoveNode",
    "ReplaceRoot",
    "SetMatch",
    "UnwrapGroup",
    "WrapNode",
]

ConditionState = tuple[str, str, object, Window | None]  # field, op, value, window
MERGE_EDIT = 0x5E6D  # id of typing merges: consecutive edits of one condition value


class _TreeCommand(QUndoCommand):
    def __init__(self, model: RuleTreeModel, text: str) -> None:
        super().__init__(text)
        self.model = model


class InsertNode(_TreeCommand):
    def __init__(self, model: RuleTreeModel, parent_path: Path, index: int, node: Node) -> None:
        if isinstance(node, Group):
            text = QCoreApplication.translate("RuleEditor", "Add group")
        else:
            text = QCoreApplication.translate("RuleEditor", "Add condition")
        super().__init__(model, text)
        self.parent_path, self.index, self.node = parent_path, index, node

    @property
    def path(self) -> Path:
        return (*self.parent_path, self.index)

    def redo(self) -> None:
        self.model.apply_insert(self.parent_path, self.index, self.node)

    def undo(self) -> None:
        self.model.apply_remove(self.path)


class RemoveNode(_TreeCommand):
    def __init__(self, model: RuleTreeModel, path: Path) -> None:
        if isinstance(model.node(path), Group):
            text = QCoreApplication.translate("RuleEditor", "Delete group")
        else:
            text = QCoreApplication.translate("RuleEditor", "Delete condition")
        super().__init__(model, text)
        self.path = path
        self.node: Node | None = None

    def redo(self) -> None:
        self.node = self.model.apply_remove(self.path)

    def undo(self) -> None:
        assert self.node is not None
        self.model.apply_insert(self.path[:-1], self.path[-1], self.node)


class MoveNode(_TreeCommand):
    """Move a node before child ``index`` of the group at ``to_parent`` (paths before the move)."""

    def __init__(self, model: RuleTreeModel, from_path: Path, to_parent: Path, index: int) -> None:
        if isinstance(model.node(from_path), Group):
            text = QCoreApplication.translate("RuleEditor", "Move group")
        else:
            text = QCoreApplication.translate("RuleEditor", "Move condition")
        super().__init__(model, text)
        self.from_path, self.to_parent, self.index = from_path, to_parent, index
        self.new_path: Path | None = None

    def redo(self) -> None:
        if self.new_path is None:
            self.new_path = self.model.apply_move(self.from_path, self.to_parent, self.index)
        else:
            self.model.apply_relocate(self.from_path, self.new_path)

    def undo(self) -> None:
        assert self.new_path is not None
        self.model.apply_relocate(self.new_path, self.from_path)


class WrapNode(_TreeCommand):
    """Put the node at ``path`` into a new group (the same group object on every redo)."""

    def __init__(self, model: RuleTreeModel, path: Path, match: str) -> None:
        super().__init__(model, QCoreApplication.translate("RuleEditor", "Put in a group"))
        self.path = path
        self.group = Group(match, [])

    def redo(self) -> None:
        self.model.apply_wrap(self.path, self.group)

    def undo(self) -> None:
        self.group = self.model.apply_unwrap(self.path)


class UnwrapGroup(_TreeCommand):
    """Replace a group by its children; undo puts them back into the same group."""

    def __init__(self, model: RuleTreeModel, path: Path) -> None:
        super().__init__(model, QCoreApplication.translate("RuleEditor", "Ungroup"))
        self.path = path
        self.group: Group | None = None
        self.size = 0

    def redo(self) -> None:
        group = self.model.node(self.path)
        assert isinstance(group, Group)
        self.size = len(group.rules)
        self.group = self.model.apply_unwrap(self.path)

    def undo(self) -> None:
        assert self.group is not None
        self.model.apply_rewrap(self.path, self.size, self.group)


class SetMatch(_TreeCommand):
    def __init__(self, model: RuleTreeModel, path: Path, old: str, new: str) -> None:
        super().__init__(model, QCoreApplication.translate("RuleEditor", "Change all/any/none"))
        self.path, self.old, self.new = path, old, new

    def redo(self) -> None:
        self.model.apply_match(self.path, self.new)

    def undo(self) -> None:
        self.model.apply_match(self.path, self.old)


def state_of(condition: Condition) -> ConditionState:
    return (condition.field, condition.op, condition.value, condition.window)


class EditCondition(_TreeCommand):
    """Change a condition's field, operator, value or window in place (its uid stays).

    With ``merge`` (typing in a value box) consecutive edits of the same condition
    become one undo step.
    """

    def __init__(
        self,
        model: RuleTreeModel,
        path: Path,
        old: ConditionState,
        new: ConditionState,
        *,
        merge: bool = False,
    ) -> None:
        if old[:2] == new[:2]:
            text = QCoreApplication.translate("RuleEditor", "Edit value")
        else:
            text = QCoreApplication.translate("RuleEditor", "Edit condition")
        super().__init__(model, text)
        self.path, self.old, self.new, self.merge = path, old, new, merge

    def id(self) -> int:
        return MERGE_EDIT if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCondition) or not other.merge or other.path != self.path:
            return False
        if other.new[:2] != self.new[:2]:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.model.apply_condition(self.path, self.new)

    def undo(self) -> None:
        self.model.apply_condition(self.path, self.old)


class ReplaceRoot(_TreeCommand):
    """A whole new rule (a template, an imported file)."""

    def __init__(self, model: RuleTreeModel, new: Group, text: str) -> None:
        super().__init__(model, text)
        self.new = new
        self.old: Group | None = None

    def redo(self) -> None:
        self.old = self.model.apply_root(self.new)

    def undo(self) -> None:
        assert self.old is not None
        self.model.apply_root(self.old)
