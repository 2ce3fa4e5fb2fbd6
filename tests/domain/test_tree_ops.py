from __future__ import annotations

import copy

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from segdesk.domain.rules import (
    Condition,
    Group,
    Node,
    Path,
    duplicate,
    find_path,
    insert,
    move,
    node_at,
    relocate,
    remove,
    replace,
    to_json,
    unwrap_group,
    walk,
    wrap_in_group,
)

from .strategies import valid_trees


def c(name: str) -> Condition:
    return Condition("city", "eq", name)


def sample() -> Group:
    """all[a, b, any[c, d, all[e]], f]"""
    return Group("all", [c("a"), c("b"), Group("any", [c("c"), c("d"), Group("all", [c("e")])]), c("f")])


def names(node: Node) -> object:
    if isinstance(node, Condition):
        return node.value
    return [names(child) for child in node.rules]


def test_node_at_and_find_path() -> None:
    root = sample()
    assert names(node_at(root, (2, 2, 0))) == "e"
    assert node_at(root, ()) is root
    assert find_path(root, root.rules[2].uid) == (2,)
    assert find_path(root, c("x").uid) is None
    with pytest.raises(IndexError):
        node_at(root, (9,))
    with pytest.raises(IndexError):
        node_at(root, (0, 0))


def test_insert_and_remove_are_inverse() -> None:
    root = sample()
    before = to_json(root)
    path = insert(root, (2,), 1, c("x"))
    assert path == (2, 1) and names(root) == ["a", "b", ["c", "x", "d", ["e"]], "f"]
    node = remove(root, path)
    assert names(node) == "x" and to_json(root) == before
    with pytest.raises(ValueError, match="already"):
        insert(root, (), 0, root.rules[0])
    with pytest.raises(ValueError, match="not a group"):
        insert(root, (0,), 0, c("y"))
    with pytest.raises(IndexError):
        insert(root, (), 5, c("y"))
    with pytest.raises(ValueError, match="root"):
        remove(root, ())


@pytest.mark.parametrize(
    ("source", "parent", "index", "new_path", "expected"),
    [
        ((0,), (), 3, (2,), ["b", ["c", "d", ["e"]], "a", "f"]),  # down within the parent
        ((0,), (), 4, (3,), ["b", ["c", "d", ["e"]], "f", "a"]),  # to the end
        ((3,), (), 0, (0,), ["f", "a", "b", ["c", "d", ["e"]]]),  # up within the parent
        ((1,), (), 1, (1,), ["a", "b", ["c", "d", ["e"]], "f"]),  # onto itself: no change
        ((1,), (), 2, (1,), ["a", "b", ["c", "d", ["e"]], "f"]),  # just after itself: no change
        ((0,), (2, 2), 1, (1, 2, 1), ["b", ["c", "d", ["e", "a"]], "f"]),  # deeper, ancestor shifts
        ((3,), (2, 2), 0, (2, 2, 0), ["a", "b", ["c", "d", ["f", "e"]]]),  # deeper, no shift
        ((2, 2, 0), (), 0, (0,), ["e", "a", "b", ["c", "d", []], "f"]),  # out to the root
        ((2, 0), (), 4, (4,), ["a", "b", ["d", ["e"]], "f", "c"]),
        ((2, 2), (), 0, (0,), [["e"], "a", "b", ["c", "d"], "f"]),  # a group
    ],
)
def test_move(source: Path, parent: Path, index: int, new_path: Path, expected: object) -> None:
    root = sample()
    before = to_json(root)
    moved = node_at(root, source)
    assert move(root, source, parent, index) == new_path
    assert names(root) == expected
    assert node_at(root, new_path) is moved
    relocate(root, new_path, source)  # undo
    assert to_json(root) == before
    assert node_at(root, source) is moved
    relocate(root, source, new_path)  # redo
    assert names(root) == expected


@pytest.mark.parametrize(("source", "parent"), [((2,), (2,)), ((2,), (2, 2)), ((), ())])
def test_move_refuses_a_group_into_itself(source: Path, parent: Path) -> None:
    root = sample()
    before = to_json(root)
    with pytest.raises(ValueError):
        move(root, source, parent, 0)
    assert to_json(root) == before


def test_relocate_restores_on_bad_target() -> None:
    root = sample()
    before = to_json(root)
    with pytest.raises(IndexError):
        relocate(root, (0,), (7,))
    assert to_json(root) == before


def test_duplicate_gives_new_uids() -> None:
    root = sample()
    original = node_at(root, (2,))
    path = duplicate(root, (2,))
    copy_ = node_at(root, path)
    assert path == (3,) and copy_ == original and copy_ is not original
    assert isinstance(original, Group) and isinstance(copy_, Group)
    original_uids = {n.uid for _, n in walk(original)}
    copy_uids = {n.uid for _, n in walk(copy_)}
    assert len(copy_uids) == 5 and not original_uids & copy_uids
    remove(root, path)
    assert to_json(root) == to_json(sample())


def test_wrap_and_unwrap() -> None:
    root = sample()
    before = to_json(root)
    leaf = root.rules[1]
    group = wrap_in_group(root, (1,), "none")
    assert root.rules[1] is group and group.rules == [leaf] and group.match == "none"
    assert unwrap_group(root, (1,)) is group
    assert to_json(root) == before and root.rules[1] is leaf
    unwrap_group(root, (2,))
    assert names(root) == ["a", "b", "c", "d", ["e"], "f"]
    with pytest.raises(ValueError):
        wrap_in_group(root, (0,), "or")


def test_replace_is_its_own_undo() -> None:
    root = sample()
    before = to_json(root)
    old = replace(root, (0,), c("z"))
    assert names(root.rules[0]) == "z"
    replace(root, (0,), old)
    assert to_json(root) == before


def _paths(root: Group) -> list[Path]:
    return [path for path, _ in walk(root)]


@settings(deadline=None)
@given(valid_trees(), st.data())
def test_random_moves_are_undone_by_relocate(root: Group, data: st.DataObject) -> None:
    movable = [p for p in _paths(root) if p]
    assume(movable)
    source = data.draw(st.sampled_from(movable))
    parents = [p for p, n in walk(root) if isinstance(n, Group) and p[: len(source)] != source]
    parent = data.draw(st.sampled_from(parents))
    parent_group = node_at(root, parent)
    assert isinstance(parent_group, Group)
    index = data.draw(st.integers(0, len(parent_group.rules)))
    before = copy.deepcopy(to_json(root))
    uids = {n.uid for _, n in walk(root)}
    moved = node_at(root, source)
    new_path = move(root, source, parent, index)
    assert node_at(root, new_path) is moved
    assert {n.uid for _, n in walk(root)} == uids
    relocate(root, new_path, source)
    assert to_json(root) == before
    assert node_at(root, source) is moved
