"""A thin Qt item model over the Qt-free rule tree (:mod:`segdesk.domain.rules`).

The tree's root group is the one top-level row; each group's rules are its children.
An index's ``internalId`` is its node's ``uid``, so the model never holds Python
objects in Qt and finds a node's parent from a small uid map rebuilt after each
structural edit (rule trees have tens of nodes). Edits go through undo commands
(:mod:`.commands`), which call the ``apply_*`` methods; those change the tree with
the domain functions and emit the matching model signals. Drag and drop lives in
:mod:`.dnd`: the payload is node uids under :data:`NODE_MIME`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoCommand, QUndoStack

from segdesk.domain import rules as tree
from segdesk.domain.fields import DEFAULT_CATALOGUE, Catalogue
from segdesk.domain.rule_summary import describe_condition, describe_match
from segdesk.domain.rules import Condition, Group, Node, Path
from segdesk.ui.rule_editor import commands, dnd

__all__ = [
    "COUNT_ROLE",
    "EXPLAIN_ROLE",
    "NODE_ROLE",
    "PATH_ROLE",
    "PROBLEMS_ROLE",
    "RuleTreeModel",
    "plain",
]

NODE_ROLE = Qt.ItemDataRole.UserRole + 1  # the Node itself
PATH_ROLE = Qt.ItemDataRole.UserRole + 2  # its path from the root
COUNT_ROLE = Qt.ItemDataRole.UserRole + 3  # contacts matching this node on its own (int | None)
PROBLEMS_ROLE = Qt.ItemDataRole.UserRole + 4  # list of messages, empty when valid
EXPLAIN_ROLE = Qt.ItemDataRole.UserRole + 5  # the explained contact passes this node (bool | None)
AnyIndex = QModelIndex | QPersistentModelIndex


def plain(index: QModelIndex | QPersistentModelIndex) -> QModelIndex:
    """A persistent index as a plain one (PySide converts; the type stubs do not say so)."""
    if isinstance(index, QModelIndex):
        return index
    return QModelIndex(index)  # type: ignore[call-overload,no-any-return]


class RuleTreeModel(QAbstractItemModel):
    """The rule being edited; emits :attr:`edited` after every change (``structural`` or not)."""

    edited = Signal(bool)
    nodeAdded = Signal(QModelIndex)  # a condition or group a user just added: focus it

    def __init__(
        self,
        root: Group | None = None,
        catalogue: Catalogue | None = None,
        undo_stack: QUndoStack | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.catalogue = catalogue or DEFAULT_CATALOGUE
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self._root = root if root is not None else Group("all", [])
        self._parents: dict[int, Group | None] = {}
        self._nodes: dict[int, Node] = {}
        self.counts: dict[int, int] = {}
        self.problems: dict[int, list[str]] = {}
        self.explained: dict[int, bool] = {}
        self._reindex()

    # -- the tree ---------------------------------------------------------------------

    @property
    def root(self) -> Group:
        return self._root

    def _reindex(self) -> None:
        self._parents = {self._root.uid: None}
        self._nodes = {self._root.uid: self._root}
        stack: list[Group] = [self._root]
        while stack:
            group = stack.pop()
            for child in group.rules:
                self._parents[child.uid] = group
                self._nodes[child.uid] = child
                if isinstance(child, Group):
                    stack.append(child)

    def node(self, path: Path) -> Node:
        return tree.node_at(self._root, path)

    def node_of(self, index: AnyIndex) -> Node | None:
        return self._nodes.get(index.internalId()) if index.isValid() else None

    def node_by_uid(self, uid: int) -> Node | None:
        return self._nodes.get(uid)

    def path_of(self, index: AnyIndex) -> Path | None:
        node = self.node_of(index)
        return self.path_of_uid(node.uid) if node is not None else None

    def path_of_uid(self, uid: int) -> Path | None:
        path: list[int] = []
        node = self._nodes.get(uid)
        if node is None:
            return None
        parent = self._parents.get(uid)
        while parent is not None:
            path.append(next(i for i, child in enumerate(parent.rules) if child is node))
            node, parent = parent, self._parents.get(parent.uid)
        return tuple(reversed(path))

    def index_of_path(self, path: Path) -> QModelIndex:
        index = self.index(0, 0)
        for row in path:
            index = self.index(row, 0, index)
        return index

    def index_of_uid(self, uid: int) -> QModelIndex:
        path = self.path_of_uid(uid)
        return self.index_of_path(path) if path is not None else QModelIndex()

    def uids_by_path(self) -> dict[Path, int]:
        return {path: node.uid for path, node in tree.walk(self._root)}

    # -- QAbstractItemModel ------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(0, 0, self._root.uid) if row == 0 else QModelIndex()
        group = self._nodes.get(parent.internalId())
        if not isinstance(group, Group) or row >= len(group.rules):
            return QModelIndex()
        return self.createIndex(row, 0, group.rules[row].uid)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self._parents.get(index.internalId())
        if parent is None:
            return QModelIndex()
        grandparent = self._parents.get(parent.uid)
        if grandparent is None:
            return self.createIndex(0, 0, parent.uid)
        row = next(i for i, child in enumerate(grandparent.rules) if child is parent)
        return self.createIndex(row, 0, parent.uid)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return 1
        node = self._nodes.get(parent.internalId())
        return len(node.rules) if isinstance(node, Group) and parent.column() == 0 else 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        node = self.node_of(index)
        if node is None:
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
        if node is not self._root:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        if isinstance(node, Condition):
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node_of(index)
        if node is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if isinstance(node, Group):
                return describe_match(node.match)
            return describe_condition(node, self.catalogue)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(self.problems.get(node.uid, [])) or None
        if role == NODE_ROLE:
            return node
        if role == PATH_ROLE:
            return self.path_of_uid(node.uid)
        if role == COUNT_ROLE:
            return self.counts.get(node.uid)
        if role == PROBLEMS_ROLE:
            return list(self.problems.get(node.uid, []))
        if role == EXPLAIN_ROLE:
            return self.explained.get(node.uid)
        return None

    # -- drag and drop (see dnd.py) ----------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [dnd.NODE_MIME, dnd.FIELD_MIME]

    def mimeData(self, indexes: Any) -> QMimeData:
        return dnd.mime_for(self, [i for i in indexes if i.isValid()])

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return dnd.check_drop(self, data, action, row, parent) is None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return dnd.drop(self, data, action, row, parent)

    # -- edits, as undo steps ------------------------------------------------------------

    def push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)

    def add_node(self, parent_path: Path, index: int, node: Node, *, focus: bool = True) -> QModelIndex:
        self.push(commands.InsertNode(self, parent_path, index, node))
        added = self.index_of_uid(node.uid)
        if focus:
            self.nodeAdded.emit(added)
        return added

    def remove_node(self, path: Path) -> None:
        self.push(commands.RemoveNode(self, path))

    def move_node(self, from_path: Path, to_parent: Path, index: int) -> bool:
        """Move (paths before the move, as a drop gives them); False if it would change nothing."""
        if dnd.is_same_place(from_path, to_parent, index):
            return False
        self.push(commands.MoveNode(self, from_path, to_parent, index))
        return True

    def wrap_node(self, path: Path, match: str = "all") -> Group:
        command = commands.WrapNode(self, path, match)
        self.push(command)
        return command.group

    def unwrap_group(self, path: Path) -> None:
        self.push(commands.UnwrapGroup(self, path))

    def set_match(self, path: Path, match: str) -> None:
        group = self.node(path)
        if isinstance(group, Group) and group.match != match:
            self.push(commands.SetMatch(self, path, group.match, match))

    def edit_condition(self, path: Path, new: commands.ConditionState, *, merge: bool = False) -> None:
        condition = self.node(path)
        assert isinstance(condition, Condition)
        old = commands.state_of(condition)
        if old != new:
            self.push(commands.EditCondition(self, path, old, new, merge=merge))

    def replace_root(self, group: Group, text: str) -> None:
        self.push(commands.ReplaceRoot(self, group, text))

    def duplicate_node(self, path: Path) -> QModelIndex:
        copy = tree.clone(self.node(path))
        return self.add_node(path[:-1], path[-1] + 1, copy)

    # -- what commands call: change the tree, tell the views -------------------------------

    def apply_insert(self, parent_path: Path, index: int, node: Node) -> None:
        parent = self.index_of_path(parent_path)
        self.beginInsertRows(parent, index, index)
        tree.insert(self._root, parent_path, index, node)
        self._reindex()
        self.endInsertRows()
        self.edited.emit(True)

    def apply_remove(self, path: Path) -> Node:
        parent = self.index_of_path(path[:-1])
        self.beginRemoveRows(parent, path[-1], path[-1])
        node = tree.remove(self._root, path)
        self._reindex()
        self.endRemoveRows()
        self.edited.emit(True)
        return node

    def apply_move(self, from_path: Path, to_parent: Path, index: int) -> Path:
        source, target = self.index_of_path(from_path[:-1]), self.index_of_path(to_parent)
        moving = self.beginMoveRows(source, from_path[-1], from_path[-1], target, index)
        new_path = tree.move(self._root, from_path, to_parent, index)
        self._reindex()
        if moving:
            self.endMoveRows()
        self.edited.emit(True)
        return new_path

    def apply_relocate(self, from_path: Path, to_path: Path) -> None:
        to_parent, index = dnd.before_move(from_path, to_path)
        self.apply_move(from_path, to_parent, index)

    def _relayout(self, change: Any) -> Any:
        """Run ``change`` (a tree edit keeping uids) as a layout change; persistent indexes follow uids."""
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        result = change()
        self._reindex()
        self.changePersistentIndexList(before, [self.index_of_uid(i.internalId()) for i in before])
        self.layoutChanged.emit()
        self.edited.emit(True)
        return result

    def apply_wrap(self, path: Path, group: Group) -> None:
        def wrap() -> None:
            group.rules = [tree.replace(self._root, path, group)]

        self._relayout(wrap)

    def apply_unwrap(self, path: Path) -> Group:
        group: Group = self._relayout(lambda: tree.unwrap_group(self._root, path))
        return group

    def apply_rewrap(self, path: Path, size: int, group: Group) -> None:
        def rewrap() -> None:
            parent = tree.node_at(self._root, path[:-1])
            assert isinstance(parent, Group)
            group.rules = parent.rules[path[-1] : path[-1] + size]
            parent.rules[path[-1] : path[-1] + size] = [group]

        self._relayout(rewrap)

    def apply_match(self, path: Path, match: str) -> None:
        group = self.node(path)
        assert isinstance(group, Group)
        group.match = match
        index = self.index_of_path(path)
        self.dataChanged.emit(index, index)
        self.edited.emit(True)

    def apply_condition(self, path: Path, state: commands.ConditionState) -> None:
        condition = self.node(path)
        assert isinstance(condition, Condition)
        structural = (condition.field, condition.op) != state[:2]
        condition.field, condition.op, condition.value, condition.window = state
        index = self.index_of_path(path)
        self.dataChanged.emit(index, index)
        self.edited.emit(structural)

    def apply_root(self, group: Group) -> Group:
        self.beginResetModel()
        old, self._root = self._root, group
        self.counts.clear()
        self.problems.clear()
        self.explained.clear()
        self._reindex()
        self.endResetModel()
        self.edited.emit(True)
        return old

    # -- live feedback -----------------------------------------------------------------

    def _set_feedback(self, role: int, attribute: str, values: dict[int, Any]) -> None:
        old: dict[int, Any] = getattr(self, attribute)
        setattr(self, attribute, dict(values))
        for uid in {u for u in set(values) | set(old) if values.get(u) != old.get(u)}:
            index = self.index_of_uid(uid)
            if index.isValid():
                self.dataChanged.emit(index, index, [role])

    def set_counts(self, counts: dict[int, int]) -> None:
        """Each node's own count, by uid (from the :class:`LiveCounter`)."""
        self._set_feedback(COUNT_ROLE, "counts", counts)

    def set_problems(self, problems: dict[int, list[str]]) -> None:
        """Each invalid node's messages, by uid."""
        self._set_feedback(PROBLEMS_ROLE, "problems", problems)

    def set_explained(self, explained: dict[int, bool]) -> None:
        """Whether the explained contact passes each node, by uid (empty: no contact)."""
        self._set_feedback(EXPLAIN_ROLE, "explained", explained)
