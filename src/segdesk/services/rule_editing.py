"""What the visual rule editor needs besides counting: defaults, value lists, drafts, files.

Pure helpers (no database): which value editor a condition needs
(:func:`value_kind`), a new condition with a sensible default operator and value
(:func:`new_condition`), keeping a value across a change of operator
(:func:`change_operator`) and the part of a half-edited tree that can be counted
(:func:`countable`). Database helpers each own their session: the values a user can
pick for a field, a preview of matching contacts. The segment itself (loading, saving,
rule files) is :mod:`segdesk.services.segment_drafts`.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from segdesk.domain.choice_labels import choice_label
from segdesk.domain.fields import CUSTOM_PREFIX, Catalogue, Category, Field, FieldType, ValueSource
from segdesk.domain.rule_validation import (
    COMPARISON_OPS,
    DATE_OPS,
    LIST_OPS,
    NO_VALUE_OPS,
    RELATIVE_OPS,
    SEGMENT_OPS,
    TEXT_OPS,
    validate,
)
from segdesk.domain.rules import Condition, Group, Node, Path, to_json
from segdesk.segments.templates import TEMPLATES
from segdesk.services.segments import member_query
from segdesk.store.database import Store
from segdesk.store.models import (
    Contact,
    CustomValue,
    Need,
    Product,
    Segment,
    Tag,
    TeamMember,
)

__all__ = [
    "Countable",
    "EditorKind",
    "TemplateChoice",
    "ValueChoice",
    "change_field",
    "change_operator",
    "countable",
    "new_condition",
    "preview_ids",
    "problems_by_path",
    "segment_names",
    "team_members",
    "template_choices",
    "value_choices",
    "value_kind",
]

MAX_CHOICES = 500
PREVIEW_LIMIT = 200


# --------------------------------------------------------------------- value kinds


class EditorKind(StrEnum):
    """The shape of a condition's value, hence which editor the canvas shows."""

    NONE = "none"
    TEXT = "text"
    TEXT_LIST = "text_list"  # in, not_in, includes_any...: a multi-select
    NUMBER = "number"
    NUMBER_RANGE = "number_range"
    DATE = "date"
    DATE_RANGE = "date_range"
    RELATIVE = "relative"  # {"amount": N, "unit": "days"}
    PERIOD = "period"
    SEGMENT = "segment"


def value_kind(fld: Field, op: str) -> EditorKind:
    """The value editor for ``op`` on ``fld`` (:attr:`EditorKind.NONE` for ``is_empty``...)."""
    numeric = fld.type in (FieldType.NUMBER, FieldType.MONEY)
    if op in NO_VALUE_OPS:
        return EditorKind.NONE
    if op in COMPARISON_OPS:
        return EditorKind.NUMBER if numeric else EditorKind.TEXT
    if op in TEXT_OPS:
        return EditorKind.TEXT
    if op in LIST_OPS:
        return EditorKind.TEXT_LIST
    if op == "between":
        return EditorKind.DATE_RANGE if fld.type is FieldType.DATE else EditorKind.NUMBER_RANGE
    if op in DATE_OPS:
        return EditorKind.DATE
    if op in RELATIVE_OPS:
        return EditorKind.RELATIVE
    if op == "in_period":
        return EditorKind.PERIOD
    if op in SEGMENT_OPS:
        return EditorKind.SEGMENT
    return EditorKind.TEXT


# Sensible first conditions: what people most often ask of each field.
_DEFAULT_OPS: dict[str, tuple[str, object]] = {
    "last_contact_at": ("older_than", {"amount": 90, "unit": "days"}),
    "next_followup_at": ("within_next", {"amount": 7, "unit": "days"}),
    "birth_date": ("anniversary_within_next", {"amount": 30, "unit": "days"}),
    "last_purchase_at": ("within_last", {"amount": 6, "unit": "months"}),
    "first_purchase_at": ("within_last", {"amount": 12, "unit": "months"}),
    "created_at": ("within_last", {"amount": 30, "unit": "days"}),
    "age": ("between", [30, 50]),
    "employees": ("gte", 10),
    "rfm_recency": ("gte", 4),
    "rfm_frequency": ("gte", 4),
    "rfm_monetary": ("gte", 4),
    "purchase_count": ("gte", 1),
    "interaction_count": ("gte", 1),
    "total_spent": ("gte", 500),
    "avg_order_value": ("gte", 100),
    "annual_revenue": ("gte", 1_000_000),
    "cadence_days": ("lte", 30),
}
_DEFAULT_BY_TYPE: dict[FieldType, tuple[str, object]] = {
    FieldType.TEXT: ("contains", None),
    FieldType.NUMBER: ("gte", None),
    FieldType.MONEY: ("gte", None),
    FieldType.DATE: ("within_last", {"amount": 30, "unit": "days"}),
    FieldType.CHOICE: ("in", []),
    FieldType.SET: ("includes_any", []),
    FieldType.BOOLEAN: ("is_true", None),
    FieldType.SEGMENT: ("in_segment", None),
}


def new_condition(fld: Field) -> Condition:
    """A condition on ``fld`` with its most useful operator and, where one makes sense, a value."""
    op, value = _DEFAULT_OPS.get(fld.id) or _DEFAULT_BY_TYPE[fld.type]
    if (
        fld.type is FieldType.TEXT
        and fld.values_from is ValueSource.DISTINCT
        and fld.category is Category.WHERE
    ):
        op, value = "in", []  # City is Milano or Torino
    return Condition(fld.id, op, json.loads(json.dumps(value)))


def _as_list(value: object) -> list[object]:
    if isinstance(value, list):
        return [v for v in value if v not in (None, "")]
    return [] if value in (None, "") else [value]


def change_operator(condition: Condition, fld: Field, op: str, today: date | None = None) -> Condition:
    """``condition`` with operator ``op``, keeping as much of its value as still fits.

    A new :class:`Condition` (same field and window, a new uid); the caller copies the
    fields it needs onto the node being edited. A new date value starts at ``today``.
    """
    old, new = value_kind(fld, condition.op), value_kind(fld, op)
    value: object = condition.value
    if old == new:
        pass
    elif new is EditorKind.NONE:
        value = None
    elif new is EditorKind.TEXT_LIST:
        value = _as_list(value)
    elif new in (EditorKind.TEXT, EditorKind.NUMBER, EditorKind.DATE, EditorKind.SEGMENT):
        items = _as_list(value) if old in (EditorKind.TEXT_LIST, EditorKind.NUMBER_RANGE) else [value]
        first = items[0] if items else None
        keep = old in (EditorKind.TEXT, EditorKind.TEXT_LIST) and new is EditorKind.TEXT
        keep = keep or (old is EditorKind.NUMBER_RANGE and new is EditorKind.NUMBER)
        keep = keep or (old is EditorKind.DATE_RANGE and new is EditorKind.DATE)
        value = first if keep else None
    elif new in (EditorKind.NUMBER_RANGE, EditorKind.DATE_RANGE):
        single = old in (EditorKind.NUMBER, EditorKind.DATE) and value is not None
        value = [value, value] if single else None
    elif new is EditorKind.RELATIVE:
        value = {"amount": 30, "unit": "days"}
    elif new is EditorKind.PERIOD:
        value = "this_month"
    if today is not None and value is None and new is EditorKind.DATE:
        value = today.isoformat()
    if today is not None and value is None and new is EditorKind.DATE_RANGE:
        value = [today.replace(day=1).isoformat(), today.isoformat()]
    return Condition(condition.field, op, value, condition.window)


def change_field(condition: Condition, fld: Field) -> Condition:
    """``condition`` on another field: same operator and value when they still apply, else the default."""
    if condition.op in fld.operators and value_kind(fld, condition.op) is not EditorKind.NONE:
        window = condition.window if fld.accepts_window else None
        return Condition(fld.id, condition.op, condition.value, window)
    fresh = new_condition(fld)
    return Condition(fld.id, fresh.op, fresh.value, condition.window if fld.accepts_window else None)


# --------------------------------------------------------------------- counting a draft


@dataclass(frozen=True)
class Countable:
    """The countable part of a tree being edited: its document and where its nodes came from."""

    doc: dict[str, object]
    paths: dict[Path, Path]  # path in ``doc`` -> path in the edited tree
    skipped: int  # conditions left out because they are not complete or not valid


def countable(
    group: Group, catalogue: Catalogue, *, segment_names: Collection[str] | None = None
) -> Countable:
    """``group`` without its invalid conditions and then-empty groups, so a half-edited rule still counts.

    Problems are found with :func:`validate`; a condition with any problem is left out,
    and so is a group left with no rules (the root always stays).
    """
    bad = problems_by_path(group, catalogue, segment_names)
    paths: dict[Path, Path] = {}
    skipped = 0

    def keep(node: Node, original: Path, new: Path) -> Node | None:
        nonlocal skipped
        if isinstance(node, Condition):
            if original in bad:
                skipped += 1
                return None
            paths[new] = original
            return node
        kept: list[Node] = []
        for index, child in enumerate(node.rules):
            copied = keep(child, (*original, index), (*new, len(kept)))
            if copied is not None:
                kept.append(copied)
        if original and not kept:
            return None
        paths[new] = original
        return Group(node.match, kept)

    pruned = keep(group, (), ())
    assert isinstance(pruned, Group)
    return Countable(to_json(pruned), paths, skipped)


# --------------------------------------------------------------------- value choices


@dataclass(frozen=True, slots=True)
class ValueChoice:
    """A value a user can pick (``value`` goes into the rule) and how it reads (``label``)."""

    value: str
    label: str
    count: int | None = None  # contacts holding it, when known


def _distinct(session: Session, column: Any, limit: int, *, where: Any = None) -> list[ValueChoice]:
    query = select(column, func.count()).where(column.is_not(None), column != "")
    if where is not None:
        query = query.where(where)
    query = query.group_by(column).order_by(func.count().desc(), column).limit(limit)
    return [ValueChoice(str(v), str(v), int(n)) for v, n in session.execute(query)]


_DISTINCT_COLUMNS: dict[str, Any] = {
    "first_name": Contact.first_name,
    "last_name": Contact.last_name,
    "company": Contact.company_name,
    "job_title": Contact.job_title,
    "postal_code": Contact.postal_code,
    "city": Contact.city,
    "region": Contact.region,
    "country": Contact.country,
    "language": Contact.language,
    "industry": Contact.industry,
    "legal_form": Contact.legal_form,
    "source": Contact.source,
}


def value_choices(store: Store, fld: Field, *, limit: int = MAX_CHOICES) -> list[ValueChoice]:
    """The values offered for ``fld``: its fixed options, or those stored (most used first)."""
    source = fld.values_from
    if source is ValueSource.OPTIONS:
        return [ValueChoice(o, choice_label(fld.id, o)) for o in fld.options]
    with store.sessions() as session:
        if fld.id in _DISTINCT_COLUMNS:
            return _distinct(session, _DISTINCT_COLUMNS[fld.id], limit)
        if fld.id.startswith(CUSTOM_PREFIX) and fld.type is FieldType.TEXT:
            key = fld.id.removeprefix(CUSTOM_PREFIX)
            return _distinct(session, CustomValue.text_value, limit, where=CustomValue.field_key == key)
        if source is ValueSource.TAGS:
            return [
                ValueChoice(n, n) for n in session.scalars(select(Tag.name).order_by(Tag.name).limit(limit))
            ]
        if source is ValueSource.NEEDS:
            names = session.scalars(select(Need.name).order_by(Need.name).limit(limit))
            return [ValueChoice(n, n) for n in names]
        if source is ValueSource.PRODUCTS:
            rows = session.execute(select(Product.code, Product.name).order_by(Product.code).limit(limit))
            return [ValueChoice(code, f"{code} – {name}" if name else code) for code, name in rows]
        if source is ValueSource.TEAM_MEMBERS:
            return [ValueChoice(n, n) for n in _team_members(session)]
        if source is ValueSource.SEGMENTS:
            names = session.scalars(select(Segment.name).order_by(func.lower(Segment.name)).limit(limit))
            return [ValueChoice(n, n) for n in names]
    return []


def _team_members(session: Session) -> list[str]:
    return list(session.scalars(select(TeamMember.name).order_by(func.lower(TeamMember.name))))


def team_members(store: Store) -> list[str]:
    """Names of the team members a segment can belong to."""
    with store.sessions() as session:
        return _team_members(session)


def segment_names(store: Store) -> list[str]:
    with store.sessions() as session:
        return list(session.scalars(select(Segment.name).order_by(func.lower(Segment.name))))


# --------------------------------------------------------------------- templates


@dataclass(frozen=True, slots=True)
class TemplateChoice:
    id: str
    name: str  # translated
    description: str  # translated
    category: str
    rules: dict[str, Any]  # version-1 document with the template's default parameters


def template_choices() -> list[TemplateChoice]:
    """Every ready-made segment, with its rules filled from the default parameters."""
    return [
        TemplateChoice(t.id, t.translated_name(), t.translated_description(), t.category, t.rules())
        for t in TEMPLATES
    ]


# --------------------------------------------------------------------- preview


def preview_ids(
    store: Store, rules: Mapping[str, Any], today: date, *, limit: int = PREVIEW_LIMIT
) -> list[int]:
    """Up to ``limit`` matching contact ids (lowest first), for a preview list."""
    with store.sessions() as session:
        ids = member_query(session, today, rules=rules).order_by(None).limit(limit)
        return sorted(int(v) for v in session.scalars(ids))


def problems_by_path(
    group: Group, catalogue: Catalogue, names: Collection[str] | None = None
) -> dict[Path, list[str]]:
    """Each node's problems (messages), keyed by the node's path; field paths fold into their node."""
    found: dict[Path, list[str]] = {}
    for problem in validate(group, catalogue, segment_names=names):
        found.setdefault(_node_path(problem.path), []).append(problem.message)
    return found


def _node_path(text: str) -> Path:
    path: list[int] = []
    for part in text.split("."):
        if part.startswith("rules[") and part.endswith("]"):
            path.append(int(part[6:-1]))
        else:
            break
    return tuple(path)
