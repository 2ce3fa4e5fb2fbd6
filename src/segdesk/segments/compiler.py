"""Rule tree -> one SQL boolean expression over ``contacts c`` (SQLAlchemy Core).

Semantics are those of DESIGN.md and :mod:`segdesk.domain.reference_eval`, which the
tests compare against on random trees and databases:

- every positive predicate is two-valued (never NULL) and false on an empty value;
  each negative operator and ``match: none`` is ``NOT`` of its positive, so a rule and
  its negation split the contacts with no overlap and no gap;
- text, choice and set comparisons fold case like :meth:`str.casefold`
  (:mod:`segdesk.segments.folding`);
- rule values only ever reach SQL as bound parameters; field ids select columns from
  the catalogue.

``in_segment NAME`` inlines the other segment's rules on the same contact row (plus its
always-include / always-exclude lists; a static segment is its ``member`` list), so a
segment of segments is still one query. A segment that refers back to itself, directly
or through others, is a :class:`RuleError` naming the path of the rule that starts it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, false, not_, or_, true

from segdesk.domain import i18n
from segdesk.domain.fields import DEFAULT_CATALOGUE, NEGATIONS, Catalogue, Field, FieldType
from segdesk.domain.problems import Problem, RuleError, path_str
from segdesk.domain.rule_validation import load_rules, validate
from segdesk.domain.rules import Condition, Group, Node, Path
from segdesk.segments.aggregates import AggregateSource
from segdesk.segments.columns import (
    AgeSource,
    AverageSource,
    Scope,
    SetSource,
    Source,
    source_for,
    tables,
)
from segdesk.segments.folding import casefold, fold_value
from segdesk.segments.predicates import (
    age_predicate,
    average_predicate,
    date_predicate,
    number_predicate,
    text_predicate,
    zero_matches,
)

__all__ = [
    "NEGATIONS",
    "CompiledRules",
    "SegmentDef",
    "SegmentResolver",
    "compile_rules",
    "list_entry",
    "segment_where",
    "where_clause",
]


@dataclass(frozen=True)
class SegmentDef:
    """A saved segment as the compiler needs it; ``rules`` is ``None`` for a static segment."""

    id: int
    name: str
    rules: Group | Mapping[str, Any] | str | None


SegmentResolver = Callable[[str], SegmentDef | None]


def _no_segments(name: str) -> SegmentDef | None:
    return None


@dataclass
class CompiledRules:
    """``where`` (over ``scope``) for the root, and for every node by path (for counts)."""

    where: ColumnElement[bool]
    scope: Scope
    nodes: dict[Path, ColumnElement[bool]] = field(default_factory=dict)

    def select_ids(self) -> Select[Any]:
        """``SELECT c.id FROM contacts c ... WHERE <rules>``."""
        return self.scope.select(self.scope.contact_id).where(self.where)


def list_entry(segment_id: int, role: str, scope: Scope) -> ColumnElement[bool]:
    """The contact has a ``role`` entry (member/include/exclude) in the segment's list."""
    entries = tables("segment_list_entries")
    return exists().where(
        entries.c.segment_id == segment_id,
        entries.c.contact_id == scope.contact_id,
        entries.c.role == role,
    )


def segment_where(segment_id: int, rules: ColumnElement[bool] | None, scope: Scope) -> ColumnElement[bool]:
    """Membership: static -> its members; dynamic -> (rules or always-include) and not always-exclude."""
    if rules is None:
        return list_entry(segment_id, "member", scope)
    return and_(
        or_(rules, list_entry(segment_id, "include", scope)),
        not_(list_entry(segment_id, "exclude", scope)),
    )


class _Compiler:
    def __init__(
        self,
        today: date,
        catalogue: Catalogue,
        resolve_segment: SegmentResolver,
        scope: Scope,
        segment_name: str | None,
    ) -> None:
        self.today = today
        self.catalogue = catalogue
        self.resolve = resolve_segment
        self.scope = scope
        self.stack: list[str] = [segment_name] if segment_name else []
        self.origin: Path | None = None  # top-level path while expanding another segment
        self.segments: dict[str, ColumnElement[bool]] = {}
        self.nodes: dict[Path, ColumnElement[bool]] | None = None

    def node(self, node: Node, path: Path) -> ColumnElement[bool]:
        expr = self.group(node, path) if isinstance(node, Group) else self.condition(node, path)
        if self.nodes is not None and self.origin is None:
            self.nodes[path] = expr
        return expr

    def group(self, group: Group, path: Path) -> ColumnElement[bool]:
        parts = [self.node(child, (*path, i)) for i, child in enumerate(group.rules)]
        if group.match == "all":
            return and_(true(), *parts) if parts else true()
        combined = or_(false(), *parts) if parts else false()
        return combined if group.match == "any" else not_(combined)

    def condition(self, cond: Condition, path: Path) -> ColumnElement[bool]:
        fld = self.catalogue[cond.field]
        positive = self.positive(fld, NEGATIONS.get(cond.op, cond.op), cond, path)
        return not_(positive) if cond.op in NEGATIONS else positive

    def positive(self, fld: Field, op: str, cond: Condition, path: Path) -> ColumnElement[bool]:
        if fld.type is FieldType.SEGMENT:
            return self.segment(str(cond.value), path)
        source = source_for(fld, cond.window, self.scope, self.today)
        if op == "is_empty":
            return not_(source.present())
        if isinstance(source, SetSource):
            return _set_predicate(op, cond.value, source)
        if isinstance(source, AgeSource):
            return age_predicate(op, cond.value, source, self.today)
        if isinstance(source, AverageSource):
            return average_predicate(op, cond.value, source)
        predicate = self.predicate(fld, op, cond, source)
        if isinstance(source, AggregateSource) and not isinstance(predicate, ColumnElement):
            return source.positive(predicate, zero_matches(op, cond.value, source.scale))
        return _apply(source, predicate)

    def predicate(self, fld: Field, op: str, cond: Condition, source: Any) -> Any:
        if fld.type is FieldType.BOOLEAN:
            return lambda expr: expr == true()
        if fld.type in (FieldType.TEXT, FieldType.CHOICE):
            return text_predicate(op, cond.value, source)
        if fld.type in (FieldType.NUMBER, FieldType.MONEY):
            return number_predicate(op, cond.value, source.kind, source.scale)
        return date_predicate(op, cond.value, source.kind, self.today)

    # ------------------------------------------------------------ segments

    def _error(self, path: Path, message: str) -> RuleError:
        return RuleError(
            [Problem(path_str(self.origin if self.origin is not None else path, "value"), message)]
        )

    def segment(self, name: str, path: Path) -> ColumnElement[bool]:
        if name in self.segments:
            return self.segments[name]
        if name in self.stack:
            chain = self.stack[self.stack.index(name) + 1 :]
            if chain:
                message = i18n.translate("Rules", "segment “%1” refers back to itself through %2")
                message = message.replace("%2", " → ".join(f"“{n}”" for n in chain))
            else:
                message = i18n.translate("Rules", "segment “%1” refers to itself")
            raise self._error(path, message.replace("%1", name))
        definition = self.resolve(name)
        if definition is None:
            raise self._error(path, i18n.translate("Rules", 'unknown segment "%1"').replace("%1", name))
        rules: ColumnElement[bool] | None = None
        if definition.rules is not None:
            rules = self._expand(definition, path)
        expr = segment_where(definition.id, rules, self.scope)
        self.segments[name] = expr
        return expr

    def _expand(self, definition: SegmentDef, path: Path) -> ColumnElement[bool]:
        assert definition.rules is not None
        try:
            if isinstance(definition.rules, Group):
                group = definition.rules
                problems = validate(group, self.catalogue)
                if problems:
                    raise RuleError(problems)
            else:
                group = load_rules(definition.rules, self.catalogue)
        except RuleError as exc:
            message = i18n.translate("Rules", "segment “%1” has rules that cannot be used (%2)")
            message = message.replace("%1", definition.name).replace("%2", str(exc.problems[0]))
            raise self._error(path, message) from None
        outer = self.origin
        self.origin = path if outer is None else outer
        self.stack.append(definition.name)
        try:
            return self.node(group, ())
        finally:
            self.stack.pop()
            self.origin = outer


def _apply(source: Source, predicate: Any) -> ColumnElement[bool]:
    if isinstance(predicate, ColumnElement):
        return predicate
    assert not isinstance(source, SetSource | AgeSource | AverageSource)
    return source.positive(predicate)


def _set_predicate(op: str, value: object, source: SetSource) -> ColumnElement[bool]:
    items = value if isinstance(value, list) else [value]
    wanted = list(dict.fromkeys(fold_value(v) for v in items))
    if op == "includes_any":
        if not wanted:
            return false()
        return source.member(lambda name: casefold(name).in_(wanted))
    if op == "includes_all":
        parts = [source.member(lambda name, w=w: casefold(name) == w) for w in wanted]  # type: ignore[misc]
        return and_(true(), *parts)
    raise ValueError(f"no set operator {op!r}")


def where_clause(
    group: Group,
    *,
    today: date,
    catalogue: Catalogue = DEFAULT_CATALOGUE,
    resolve_segment: SegmentResolver | None = None,
    segment_name: str | None = None,
    scope: Scope | None = None,
    per_node: bool = False,
) -> CompiledRules:
    """Compile ``group`` into a WHERE clause over ``scope`` (a new one by default).

    ``segment_name`` is the segment these rules belong to (so a rule referring back to
    it is reported). With ``per_node``, ``nodes`` holds every node's own expression.
    Raises :class:`RuleError` for invalid rules, unknown segments and cycles.
    """
    problems = validate(group, catalogue)
    if problems:
        raise RuleError(problems)
    compiler = _Compiler(today, catalogue, resolve_segment or _no_segments, scope or Scope(), segment_name)
    if per_node:
        compiler.nodes = {}
    where = compiler.node(group, ())
    return CompiledRules(where, compiler.scope, compiler.nodes or {})


def compile_rules(
    group: Group,
    *,
    today: date,
    catalogue: Catalogue = DEFAULT_CATALOGUE,
    resolve_segment: SegmentResolver | None = None,
    segment_name: str | None = None,
) -> Select[Any]:
    """``SELECT c.id FROM contacts c ... WHERE <rules>``: the ids of the matching contacts."""
    compiled = where_clause(
        group, today=today, catalogue=catalogue, resolve_segment=resolve_segment, segment_name=segment_name
    )
    return compiled.select_ids()
