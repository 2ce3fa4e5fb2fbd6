"""The rule tree of a segment: nodes, the JSON format (version 1) and tree edits.

The tree is **mutable**: the visual editor's Qt model is a thin adapter over one
:class:`Group` and edits it in place through the functions below. Each node has a
``uid`` (a process-unique int, never serialized, ignored by ``==``) so the GUI can keep
addressing a node while its path changes.

Every edit returns what its inverse needs, so an undo command stores two small values:

==========================================  =============================================
edit                                        undo
==========================================  =============================================
``p = insert(root, parent, i, node)``       ``remove(root, p)``
``node = remove(root, p)``                  ``insert(root, p[:-1], p[-1], node)``
``new = move(root, old, parent, i)``        ``relocate(root, new, old)``
``relocate(root, old, new)``                ``relocate(root, new, old)``
``p = duplicate(root, path)``               ``remove(root, p)``
``wrap_in_group(root, path)``               ``unwrap_group(root, path)``
``old = replace(root, path, node)``         ``replace(root, path, old)``
==========================================  =============================================

Condition values are kept in their JSON form (ISO date strings, ``{"amount", "unit"}``
objects, lists); :func:`date_value`, :func:`relative_value` and :func:`number_value`
give typed views.
"""

from __future__ import annotations

import copy
import dataclasses
import itertools
import json
import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, TypeAlias

from segdesk.domain import i18n
from segdesk.domain.problems import Problem, RuleError, path_str

__all__ = [
    "FORMAT_VERSION",
    "MATCHES",
    "Condition",
    "Group",
    "Node",
    "Path",
    "Window",
    "clone",
    "date_value",
    "duplicate",
    "find_path",
    "insert",
    "move",
    "node_at",
    "number_value",
    "parse_rules",
    "relative_value",
    "relocate",
    "remove",
    "replace",
    "to_json",
    "unwrap_group",
    "walk",
    "wrap_in_group",
]

FORMAT_VERSION = 1
MATCHES: tuple[str, ...] = ("all", "any", "none")
Path: TypeAlias = tuple[int, ...]

_uids = itertools.count(1)


def _new_uid() -> int:
    return next(_uids)


@dataclass(frozen=True, slots=True)
class Window:
    """The last ``amount`` ``unit``s, for windows and relative date values."""

    amount: int
    unit: str

    def to_json(self) -> dict[str, object]:
        return {"amount": self.amount, "unit": self.unit}


@dataclass(eq=True, slots=True)
class Condition:
    """``field op value`` (optionally limited to a ``window``). ``value`` is JSON-shaped."""

    field: str
    op: str
    value: object = None
    window: Window | None = None
    uid: int = dataclasses.field(default_factory=_new_uid, compare=False, repr=False, kw_only=True)


@dataclass(eq=True, slots=True)
class Group:
    """``match`` (``all``, ``any`` or ``none``) over ``rules``."""

    match: str = "all"
    rules: list[Node] = dataclasses.field(default_factory=list)
    uid: int = dataclasses.field(default_factory=_new_uid, compare=False, repr=False, kw_only=True)


Node: TypeAlias = Condition | Group


# --------------------------------------------------------------------------- JSON


def to_json(group: Group) -> dict[str, object]:
    """The canonical version-1 document for ``group`` (``value``/``window`` omitted when ``None``)."""
    doc: dict[str, object] = {"version": FORMAT_VERSION}
    doc.update(_node_json(group))
    return doc


def _node_json(node: Node) -> dict[str, object]:
    if isinstance(node, Group):
        return {"match": node.match, "rules": [_node_json(child) for child in node.rules]}
    out: dict[str, object] = {"field": node.field, "op": node.op}
    if node.value is not None:
        out["value"] = _json_value(node.value)
    if node.window is not None:
        out["window"] = node.window.to_json()
    return out


def _json_value(value: object) -> object:
    if isinstance(value, Window):
        return value.to_json()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, list | tuple):
        return [_json_value(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _json_value(v) for k, v in value.items()}
    return value


_GROUP_KEYS = frozenset({"match", "rules"})
_CONDITION_KEYS = frozenset({"field", "op", "value", "window"})
_WINDOW_KEYS = frozenset({"amount", "unit"})


def parse_rules(doc: Mapping[str, Any] | str) -> Group:
    """The tree for a version-1 rule document (a mapping or JSON text).

    Checks the structure only (shapes, keys, version, ``match``); field ids, operators
    and values are checked by :func:`segdesk.domain.rule_validation.validate`.
    Raises :class:`RuleError` listing every structural problem.
    """
    if isinstance(doc, str):
        try:
            doc = json.loads(doc)
        except ValueError as exc:
            message = i18n.fill(i18n.translate("Rules", "not valid JSON: %1"), exc)
            raise RuleError([Problem("", message)]) from None
    problems: list[Problem] = []
    if not isinstance(doc, Mapping):
        raise RuleError([Problem("", i18n.translate("Rules", "the rules must be a JSON object"))])
    if "version" not in doc:
        problems.append(Problem("version", i18n.translate("Rules", "missing (expected 1)")))
    elif type(doc["version"]) is not int or doc["version"] != FORMAT_VERSION:
        message = i18n.translate("Rules", "unsupported version %1 (expected 1)")
        problems.append(Problem("version", i18n.fill(message, _show(doc["version"]))))
    body = {k: v for k, v in doc.items() if k != "version"}
    root = _parse_group(body, (), problems)
    if problems:
        raise RuleError(problems)
    return root


def _unknown_keys(
    obj: Mapping[str, Any], allowed: frozenset[str], where: str, problems: list[Problem]
) -> None:
    for key in obj:
        if key not in allowed:
            message = i18n.fill(i18n.translate("Rules", "unknown key \"%1\""), key)
            problems.append(Problem(where, message))


def _parse_node(obj: object, path: Path, problems: list[Problem]) -> Node:
    if not isinstance(obj, Mapping):
        message = i18n.translate("Rules", "expected an object (a condition or a group)")
        problems.append(Problem(path_str(path), message))
        return Condition("", "")
    if "match" in obj or "rules" in obj:
        return _parse_group(obj, path, problems)
    return _parse_condition(obj, path, problems)


def _parse_group(obj: Mapping[str, Any], path: Path, problems: list[Problem]) -> Group:
    where = path_str(path)
    _unknown_keys(obj, _GROUP_KEYS, where, problems)
    match = obj.get("match")
    if match not in MATCHES:
        if "match" not in obj:
            message = i18n.translate("Rules", "missing (expected \"all\", \"any\" or \"none\")")
        else:
            message = i18n.translate("Rules", "expected \"all\", \"any\" or \"none\", not %1")
            message = i18n.fill(message, _show(match))
        problems.append(Problem(path_str(path, "match"), message))
        match = "all"
    rules = obj.get("rules")
    if not isinstance(rules, list):
        message = (
            i18n.translate("Rules", "missing (expected a list of rules)")
            if "rules" not in obj
            else i18n.translate("Rules", "expected a list of rules")
        )
        problems.append(Problem(path_str(path, "rules"), message))
        rules = []
    return Group(str(match), [_parse_node(child, (*path, i), problems) for i, child in enumerate(rules)])


def _parse_condition(obj: Mapping[str, Any], path: Path, problems: list[Problem]) -> Condition:
    where = path_str(path)
    _unknown_keys(obj, _CONDITION_KEYS, where, problems)
    texts: dict[str, str] = {}
    for key in ("field", "op"):
        value = obj.get(key)
        if isinstance(value, str) and value:
            texts[key] = value
        else:
            message = (
                i18n.translate("Rules", "missing")
                if key not in obj
                else i18n.translate("Rules", "expected a non-empty string")
            )
            problems.append(Problem(path_str(path, key), message))
            texts[key] = ""
    window = _parse_window(obj.get("window"), path_str(path, "window"), problems)
    return Condition(texts["field"], texts["op"], copy.deepcopy(obj.get("value")), window)


def _parse_window(obj: object, where: str, problems: list[Problem]) -> Window | None:
    if obj is None:
        return None
    if (
        not isinstance(obj, Mapping)
        or set(obj) != _WINDOW_KEYS
        or type(obj["amount"]) is not int
        or not isinstance(obj["unit"], str)
    ):
        message = i18n.translate(
            "Rules", "expected {\"amount\": N, \"unit\": \"days\"} (or weeks, months, years)"
        )
        problems.append(Problem(where, message))
        return None
    return Window(obj["amount"], obj["unit"])


def _show(value: object) -> str:
    try:
        return json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        return repr(value)


# ------------------------------------------------------------------- typed values

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def date_value(value: object) -> date | None:
    """``value`` as a date if it is an ISO ``YYYY-MM-DD`` string (or a date), else ``None``."""
    if isinstance(value, date):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def relative_value(value: object) -> Window | None:
    """``value`` as a :class:`Window` if it is an ``{"amount", "unit"}`` object, else ``None``.

    Only the shape is checked; the validator checks the amount's range and the unit.
    """
    if isinstance(value, Window):
        return value
    if isinstance(value, Mapping) and set(value) == _WINDOW_KEYS:
        amount, unit = value["amount"], value["unit"]
        if type(amount) is int and isinstance(unit, str):
            return Window(amount, unit)
    return None


def number_value(value: object) -> Decimal | None:
    """A finite number (not a bool) as an exact ``Decimal`` (``0.1`` -> ``Decimal("0.1")``), else ``None``."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value)) if math.isfinite(value) else None
    if isinstance(value, Decimal):
        return value if value.is_finite() else None
    return None


# ------------------------------------------------------------------- navigation


def walk(root: Group) -> Iterator[tuple[Path, Node]]:
    """Every node with its path, depth first, parents before children (root is ``()``)."""
    stack: list[tuple[Path, Node]] = [((), root)]
    while stack:
        path, node = stack.pop()
        yield path, node
        if isinstance(node, Group):
            stack.extend(((*path, i), child) for i, child in reversed(list(enumerate(node.rules))))


def node_at(root: Group, path: Path) -> Node:
    """The node at ``path``; raises ``IndexError`` if there is none."""
    node: Node = root
    for depth, index in enumerate(path):
        if not isinstance(node, Group):
            raise IndexError(f"no node at {path}: {path[:depth]} is a condition")
        if not 0 <= index < len(node.rules):
            raise IndexError(f"no node at {path}")
        node = node.rules[index]
    return node


def _group_at(root: Group, path: Path) -> Group:
    node = node_at(root, path)
    if not isinstance(node, Group):
        raise ValueError(f"the node at {path} is not a group")
    return node


def find_path(root: Group, uid: int) -> Path | None:
    """The path of the node with ``uid``, or ``None`` if it is not in the tree."""
    for path, node in walk(root):
        if node.uid == uid:
            return path
    return None


def clone(node: Node) -> Node:
    """A deep copy of ``node`` whose nodes all have new uids."""
    if isinstance(node, Group):
        return Group(node.match, [clone(child) for child in node.rules])
    return Condition(node.field, node.op, copy.deepcopy(node.value), node.window)


# ------------------------------------------------------------------- edits


def _check_not_root(path: Path) -> None:
    if not path:
        raise ValueError("the root group cannot be removed, moved or replaced")


def insert(root: Group, parent_path: Path, index: int, node: Node) -> Path:
    """Insert ``node`` as child ``index`` (0..len) of the group at ``parent_path``; returns its path."""
    parent = _group_at(root, parent_path)
    if not 0 <= index <= len(parent.rules):
        raise IndexError(f"index {index} out of range 0..{len(parent.rules)}")
    if find_path(root, node.uid) is not None:
        raise ValueError("the node is already in the tree")
    parent.rules.insert(index, node)
    return (*parent_path, index)


def remove(root: Group, path: Path) -> Node:
    """Take the node at ``path`` out of the tree and return it."""
    _check_not_root(path)
    node_at(root, path)
    return _group_at(root, path[:-1]).rules.pop(path[-1])


def replace(root: Group, path: Path, node: Node) -> Node:
    """Put ``node`` where the node at ``path`` is; returns the replaced node."""
    _check_not_root(path)
    old = node_at(root, path)
    _group_at(root, path[:-1]).rules[path[-1]] = node
    return old


def _is_within(path: Path, ancestor: Path) -> bool:
    return path[: len(ancestor)] == ancestor


def relocate(root: Group, from_path: Path, to_path: Path) -> None:
    """Move the node at ``from_path`` so that it ends up at ``to_path``.

    ``to_path`` is the node's path *after* the move (in the tree without the node, then
    with it inserted), so ``relocate(root, to_path, from_path)`` undoes it.
    """
    _check_not_root(from_path)
    _check_not_root(to_path)
    node = remove(root, from_path)
    try:
        insert(root, to_path[:-1], to_path[-1], node)
    except (IndexError, ValueError):
        insert(root, from_path[:-1], from_path[-1], node)
        raise


def move(root: Group, from_path: Path, to_parent_path: Path, index: int) -> Path:
    """Move the node at ``from_path`` into the group at ``to_parent_path`` before child ``index``.

    Paths and ``index`` (0..len) refer to the tree *before* the move, as a drop does:
    moving child 0 to index 3 of the same group ends at index 2. Refuses (``ValueError``)
    to move a group into itself or its descendants. Returns the node's new path; undo
    with ``relocate(root, new_path, from_path)``.
    """
    _check_not_root(from_path)
    node_at(root, from_path)
    parent = _group_at(root, to_parent_path)
    if _is_within(to_parent_path, from_path):
        raise ValueError("a group cannot be moved into itself or one of its groups")
    if not 0 <= index <= len(parent.rules):
        raise IndexError(f"index {index} out of range 0..{len(parent.rules)}")
    depth = len(from_path) - 1
    new_parent = list(to_parent_path)
    if (
        len(new_parent) > depth
        and tuple(new_parent[:depth]) == from_path[:-1]
        and new_parent[depth] > from_path[-1]
    ):
        new_parent[depth] -= 1  # an earlier sibling of an ancestor leaves
    if to_parent_path == from_path[:-1] and index > from_path[-1]:
        index -= 1  # the node leaves a slot before the drop position
    to_path = (*new_parent, index)
    relocate(root, from_path, to_path)
    return to_path


def duplicate(root: Group, path: Path) -> Path:
    """Insert a deep copy (new uids) of the node at ``path`` right after it; returns the copy's path."""
    _check_not_root(path)
    return insert(root, path[:-1], path[-1] + 1, clone(node_at(root, path)))


def wrap_in_group(root: Group, path: Path, match: str = "all") -> Group:
    """Replace the node at ``path`` by a new group (``match``) holding it; returns that group."""
    if match not in MATCHES:
        raise ValueError(f"match must be one of {MATCHES}")
    group = Group(match, [])
    group.rules.append(replace(root, path, group))
    return group


def unwrap_group(root: Group, path: Path) -> Group:
    """Replace the group at ``path`` by its children (spliced in its place); returns the emptied group."""
    _check_not_root(path)
    group = _group_at(root, path)
    parent = _group_at(root, path[:-1])
    children, group.rules = group.rules, []
    parent.rules[path[-1] : path[-1] + 1] = children
    return group
