"""Who is in a saved segment: the member query of dynamic, static and mixed segments.

- dynamic (``rules_json`` set): contacts matching the rules, plus the always-include
  list, minus the always-exclude list;
- static (``rules_json`` NULL): exactly the ``member`` entries of its list.

Other segments named by ``in_segment`` are read through a :func:`session_resolver`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from segdesk.domain import i18n
from segdesk.domain.fields import DEFAULT_CATALOGUE, Catalogue
from segdesk.domain.problems import Problem, RuleError
from segdesk.domain.rule_validation import load_rules
from segdesk.domain.rules import Group
from segdesk.segments.columns import Scope, tables
from segdesk.segments.compiler import (
    CompiledRules,
    SegmentDef,
    SegmentResolver,
    segment_where,
    where_clause,
)

__all__ = ["load_segment", "member_select", "segment_compiled", "session_resolver"]

segments = tables("segments")


def load_segment(session: Session, name: str) -> SegmentDef | None:
    row = session.execute(
        select(segments.c.id, segments.c.name, segments.c.rules_json).where(segments.c.name == name)
    ).first()
    if row is None:
        return None
    return SegmentDef(row.id, row.name, row.rules_json)


def session_resolver(session: Session, overrides: Mapping[str, SegmentDef] | None = None) -> SegmentResolver:
    """Resolve segment names from the database (``overrides`` first, e.g. rules being saved)."""
    cache: dict[str, SegmentDef | None] = dict(overrides or {})

    def resolve(name: str) -> SegmentDef | None:
        if name not in cache:
            cache[name] = load_segment(session, name)
        return cache[name]

    return resolve


def segment_compiled(
    session: Session,
    definition: SegmentDef,
    today: date,
    *,
    catalogue: Catalogue = DEFAULT_CATALOGUE,
    resolver: SegmentResolver | None = None,
    per_node: bool = False,
    scope: Scope | None = None,
) -> CompiledRules:
    """The membership condition of a saved segment (its rules plus its lists).

    With ``per_node`` (dynamic segments), ``nodes`` holds each rule node's own condition,
    and ``where`` the membership. Pass ``scope`` to combine several segments in one query.
    """
    resolve = resolver or session_resolver(session, {definition.name: definition})
    scope = scope or Scope()
    if definition.rules is None:
        return CompiledRules(segment_where(definition.id, None, scope), scope)
    try:
        group = (
            definition.rules
            if isinstance(definition.rules, Group)
            else load_rules(definition.rules, catalogue)
        )
        compiled = where_clause(
            group,
            today=today,
            catalogue=catalogue,
            resolve_segment=resolve,
            segment_name=definition.name,
            scope=scope,
            per_node=per_node,
        )
    except RuleError as exc:
        message = i18n.translate("Segments", "The rules of segment “%1” cannot be used: %2")
        message = message.replace("%1", definition.name).replace("%2", str(exc.problems[0]))
        raise RuleError([Problem("", message)]) from None
    compiled.where = segment_where(definition.id, compiled.where, scope)
    return compiled


def member_select(
    session: Session,
    definition: SegmentDef,
    today: date,
    *,
    catalogue: Catalogue = DEFAULT_CATALOGUE,
    resolver: SegmentResolver | None = None,
) -> Select[Any]:
    """``SELECT c.id ...`` of the segment's members on ``today``."""
    return segment_compiled(session, definition, today, catalogue=catalogue, resolver=resolver).select_ids()
