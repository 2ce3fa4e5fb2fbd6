"""Counts for the rule editor: every node of a tree in one query, and one contact explained.

:func:`count_tree` reads the contacts once and sums ``CASE WHEN <node> THEN 1 ELSE 0``
for every node (conditions and groups), so the editor shows each rule's reach and the
total with one round trip. :func:`explain_contact` evaluates every node for one contact.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, and_, case, false, func, not_, or_, select, true
from sqlalchemy.orm import Session

from segdesk.domain import i18n
from segdesk.domain.fields import DEFAULT_CATALOGUE, Catalogue
from segdesk.domain.rule_summary import describe_condition, describe_match
from segdesk.domain.rules import Group, Node, Path, node_at
from segdesk.segments.compiler import CompiledRules, SegmentResolver, where_clause
from segdesk.store.settings import read_setting

__all__ = [
    "SMALL_SEGMENT_THRESHOLD",
    "THRESHOLD_KEY",
    "NodeResult",
    "TreeCounts",
    "count_compiled",
    "count_tree",
    "explain_compiled",
    "explain_contact",
    "small_segment_threshold",
    "small_segment_warning",
]

SMALL_SEGMENT_THRESHOLD = 10  # the default; each database may set its own (Preferences ▸ Segments)
THRESHOLD_KEY = "segments.small_threshold"


def small_segment_threshold(session: Session) -> int:
    """This database's threshold under which a segment is called small (unreadable: the default)."""
    text = read_setting(session, THRESHOLD_KEY)
    try:
        value = int(text) if text else SMALL_SEGMENT_THRESHOLD
    except ValueError:
        return SMALL_SEGMENT_THRESHOLD
    return value if value >= 0 else SMALL_SEGMENT_THRESHOLD


@dataclass(frozen=True)
class TreeCounts:
    """``total`` contacts, ``matched`` by the rules (the segment's size), each node's own count by path."""

    total: int
    matched: int
    nodes: dict[Path, int] = field(default_factory=dict)


class NodeResult(NamedTuple):
    """One node's outcome for one contact: ``((1,), "City is Milano", False)``."""

    path: Path
    description: str
    matched: bool


def _flag(expr: ColumnElement[bool]) -> ColumnElement[int]:
    return case((expr, 1), else_=0)


def _combine(node: Node, path: Path, leaves: Mapping[Path, ColumnElement[bool]]) -> ColumnElement[bool]:
    if not isinstance(node, Group):
        return leaves[path]
    parts = [_combine(child, (*path, i), leaves) for i, child in enumerate(node.rules)]
    if node.match == "all":
        return and_(true(), *parts)
    combined = or_(false(), *parts)
    return combined if node.match == "any" else not_(combined)


def count_compiled(session: Session, compiled: CompiledRules, group: Group | None = None) -> TreeCounts:
    """Total, membership (``compiled.where``) and every node of ``compiled.nodes`` in one query.

    With ``group`` (the tree ``compiled.nodes`` came from), each condition is evaluated
    once per contact in a materialized CTE of 0/1 flags and the groups are combined from
    the flags, instead of re-evaluating a group's conditions for every enclosing group.
    """
    paths = list(compiled.nodes)
    if group is None:
        columns: list[Any] = [func.count(), func.coalesce(func.sum(_flag(compiled.where)), 0)]
        columns.extend(func.coalesce(func.sum(_flag(compiled.nodes[p])), 0) for p in paths)
        row = session.execute(compiled.scope.select(*columns)).one()
    else:
        leaf_paths = [p for p in paths if not isinstance(node_at(group, p), Group)]
        names = {p: f"f{i}" for i, p in enumerate(leaf_paths)}
        flags = (
            compiled.scope.select(
                _flag(compiled.where).label("member"),
                *(_flag(compiled.nodes[p]).label(names[p]) for p in leaf_paths),
            )
            .cte("flags")
            .prefix_with("MATERIALIZED")
        )
        leaves = {p: flags.c[names[p]] == 1 for p in leaf_paths}
        columns = [func.count(), func.coalesce(func.sum(flags.c.member), 0)]
        columns.extend(
            func.coalesce(func.sum(_flag(_combine(node_at(group, p), p, leaves))), 0) for p in paths
        )
        row = session.execute(select(*columns).select_from(flags)).one()
    return TreeCounts(int(row[0]), int(row[1]), {p: int(v) for p, v in zip(paths, row[2:], strict=True)})


def count_tree(
    session: Session,
    group: Group,
    today: date,
    *,
    catalogue: Catalogue = DEFAULT_CATALOGUE,
    resolve_segment: SegmentResolver | None = None,
    segment_name: str | None = None,
) -> TreeCounts:
    """Counts of ``group`` and of each of its nodes (keyed by path; the root is ``()``)."""
    compiled = where_clause(
        group,
        today=today,
        catalogue=catalogue,
        resolve_segment=resolve_segment,
        segment_name=segment_name,
        per_node=True,
    )
    return count_compiled(session, compiled, group)


def explain_compiled(
    session: Session, compiled: CompiledRules, group: Group, contact_id: int, catalogue: Catalogue
) -> list[NodeResult] | None:
    """Each node's outcome for one contact, parents before children; ``None`` if no such contact."""
    paths = sorted(compiled.nodes)
    query = compiled.scope.select(*(_flag(compiled.nodes[p]) for p in paths)).where(
        compiled.scope.contact_id == contact_id
    )
    row = session.execute(query).first()
    if row is None:
        return None
    results = []
    for path, value in zip(paths, row, strict=True):
        node = node_at(group, path)
        text = describe_match(node.match) if isinstance(node, Group) else describe_condition(node, catalogue)
        results.append(NodeResult(path, text, bool(value)))
    return results


def explain_contact(
    session: Session,
    group: Group,
    contact_id: int,
    today: date,
    *,
    catalogue: Catalogue = DEFAULT_CATALOGUE,
    resolve_segment: SegmentResolver | None = None,
) -> list[NodeResult] | None:
    """Why contact ``contact_id`` is in or out: every node's result, in one query."""
    compiled = where_clause(
        group, today=today, catalogue=catalogue, resolve_segment=resolve_segment, per_node=True
    )
    return explain_compiled(session, compiled, group, contact_id, catalogue)


def small_segment_warning(size: int, threshold: int = SMALL_SEGMENT_THRESHOLD) -> str | None:
    """A warning for segments too small to act on safely (statistics, privacy), else ``None``."""
    if size >= threshold:
        return None
    if size == 0:
        return i18n.translate("Segments", "No contact matches these rules.")
    message = i18n.translate(
        "Segments",
        "Only %n contact(s) match: figures about so few people are unreliable and may single them out.",
        None,
        size,
    )
    return message
