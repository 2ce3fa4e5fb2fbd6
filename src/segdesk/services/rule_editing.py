"""What the visual rule editor needs besides counting: defaults, value lists, drafts, files.

Pure helpers (no database): which value editor a condition needs
(:func:`value_kind`), a new condition with a sensible default operator and value
(:func:`new_condition`), keeping a value across a change of operator
(:func:`change_operator`) and the part of a half-edited tree that can be counted
(:func:`countable`). Database helpers each own their session: the values a user can
pick for a field, the segment being edited, a preview of matching contacts, saving.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path as FilePath
from typing import Any

from sqlalchemy import CursorResult, delete, func, insert, literal, select, update
from sqlalchemy.orm import Session

from segdesk.domain import i18n
from segdesk.domain.choice_labels import choice_label
from segdesk.domain.fields import CUSTOM_PREFIX, Catalogue, Category, Field, FieldType, ValueSource
from segdesk.domain.problems import RuleError
from segdesk.domain.rule_validation import (
    COMPARISON_OPS,
    DATE_OPS,
    LIST_OPS,
    NO_VALUE_OPS,
    RELATIVE_OPS,
    SEGMENT_OPS,
    TEXT_OPS,
    load_rules,
    validate,
)
from segdesk.domain.rules import Condition, Group, Node, Path, parse_rules, to_json
from segdesk.segments.columns import tables
from segdesk.segments.compiler import SegmentDef, where_clause
from segdesk.segments.membership import load_segment, session_resolver
from segdesk.segments.templates import TEMPLATES
from segdesk.services.catalogue import catalogue_for_session
from segdesk.services.errors import OperationFailed, UserError
from segdesk.services.files import replacing_text_file
from segdesk.services.segments import member_query
from segdesk.store.database import Store
from segdesk.store.models import (
    Contact,
    CustomValue,
    Need,
    Product,
    Segment,
    SegmentListEntry,
    Tag,
    TeamMember,
)

__all__ = [
    "Countable",
    "EditorKind",
    "SegmentDraft",
    "TemplateChoice",
    "ValueChoice",
    "change_field",
    "change_operator",
    "countable",
    "new_condition",
    "preview_ids",
    "problems_by_path",
    "read_rules_file",
    "save_draft",
    "segment_draft",
    "segment_names",
    "team_members",
    "template_choices",
    "value_choices",
    "value_kind",
    "write_rules_file",
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


# --------------------------------------------------------------------- drafts and saving


@dataclass
class SegmentDraft:
    """A segment as the editor holds it; ``id`` ``None`` until it is saved."""

    name: str = ""
    rules: dict[str, Any] = field(default_factory=lambda: {"version": 1, "match": "all", "rules": []})
    description: str = ""
    owner: str | None = None
    colour: str | None = None
    cadence_days: int | None = None
    is_static: bool = False  # a frozen member list (the rules are kept only to rebuild it)
    id: int | None = None
    version: int | None = None  # for the "changed meanwhile" check
    members: int | None = None  # a static segment's size


def segment_draft(store: Store, segment_id: int) -> SegmentDraft:
    """The saved segment ``segment_id`` to edit; :class:`UserError` if it no longer exists."""
    with store.sessions() as session:
        row = session.execute(
            select(
                Segment.id,
                Segment.name,
                Segment.rules_json,
                Segment.description,
                Segment.colour,
                Segment.cadence_days,
                Segment.version,
                TeamMember.name.label("owner"),
            )
            .outerjoin(TeamMember, TeamMember.id == Segment.owner_id)
            .where(Segment.id == segment_id)
        ).first()
        if row is None:
            raise UserError(i18n.translate("Segments", "This segment no longer exists."))
        members = session.scalar(
            select(func.count())
            .select_from(SegmentListEntry)
            .where(SegmentListEntry.segment_id == segment_id, SegmentListEntry.role == "member")
        )
    draft = SegmentDraft(
        name=row.name,
        description=row.description or "",
        owner=row.owner,
        colour=row.colour,
        cadence_days=row.cadence_days,
        is_static=row.rules_json is None,
        id=row.id,
        version=row.version,
        members=int(members or 0),
    )
    if row.rules_json is not None:
        with contextlib.suppress(ValueError):  # unreadable rules: the editor starts empty
            draft.rules = dict(json.loads(row.rules_json))
    return draft


def save_draft(store: Store, draft: SegmentDraft, today: date, *, now: datetime | None = None) -> int:
    """Create or update the segment in ``draft`` in one transaction; returns its id.

    Dynamic: the rules are checked (fields, operators, values, referred segments, cycles)
    and stored. Static: the contacts matching the rules today become its member list.
    Raises :class:`UserError` for a missing or taken name, bad rules, or a segment
    changed by someone else since it was opened.
    """
    name = draft.name.strip()
    if not name:
        raise UserError(i18n.translate("Segments", "A segment needs a name."))
    stamp = now or datetime.now()
    try:
        with store.transaction() as session:
            return _save(session, draft, name, today, stamp)
    except RuleError as exc:
        details = "; ".join(str(p) for p in exc.problems)
        raise UserError(
            i18n.translate("Segments", "The rules cannot be used: %1").replace("%1", details)
        ) from None


def _save(session: Session, draft: SegmentDraft, name: str, today: date, stamp: datetime) -> int:
    catalogue = catalogue_for_session(session)
    group = load_rules(draft.rules, catalogue)
    same_name = load_segment(session, name)
    if same_name is not None and same_name.id != draft.id:
        message = i18n.translate("Segments", "There is already a segment named “%1”.")
        raise UserError(message.replace("%1", name))
    resolver = session_resolver(session, {name: SegmentDef(draft.id or 0, name, group)})
    where_clause(group, today=today, catalogue=catalogue, resolve_segment=resolver, segment_name=name)
    owner_id = None
    if draft.owner:
        owner_id = session.scalar(select(TeamMember.id).where(TeamMember.name == draft.owner))
    values: dict[str, Any] = {
        "name": name,
        "rules_json": None if draft.is_static else json.dumps(to_json(group), ensure_ascii=False),
        "description": draft.description.strip() or None,
        "owner_id": owner_id,
        "colour": draft.colour,
        "cadence_days": draft.cadence_days,
        "updated_at": stamp,
    }
    table = tables("segments")
    if draft.id is None:
        segment_id = int(session.execute(
            insert(table).values(created_at=stamp, version=1, **values).returning(table.c.id)
        ).scalar_one())  # fmt: skip
    else:
        segment_id = draft.id
        changed: CursorResult[Any] = session.execute(  # type: ignore[assignment]
            update(table)
            .where(table.c.id == draft.id, table.c.version == draft.version)
            .values(version=table.c.version + 1, **values)
        )
        if changed.rowcount != 1:
            raise UserError(
                i18n.translate(
                    "Segments", "Someone changed or deleted this segment meanwhile; open it again to edit it."
                )
            )
    entries = tables("segment_list_entries")
    session.execute(delete(entries).where(entries.c.segment_id == segment_id, entries.c.role == "member"))
    if draft.is_static:
        members = member_query(session, today, rules=to_json(group)).subquery()
        session.execute(
            insert(entries).from_select(
                ["segment_id", "contact_id", "role"],
                select(literal(segment_id), members.c[0], literal("member")),
            )
        )
    return segment_id


# --------------------------------------------------------------------- rule files


def read_rules_file(path: FilePath) -> Group:
    """The rules in a ``.json`` file (structure checked; values are checked by the editor)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        message = i18n.translate("Segments", "Could not read %1: %2")
        raise OperationFailed(i18n.fill(message, str(path), exc.strerror or str(exc))) from None
    except UnicodeDecodeError:
        message = i18n.translate("Segments", "%1 is not a text file.")
        raise UserError(i18n.fill(message, str(path))) from None
    try:
        return parse_rules(text)
    except RuleError as exc:
        message = i18n.translate("Segments", "%1 does not hold segment rules: %2")
        raise UserError(i18n.fill(message, path.name, "; ".join(str(p) for p in exc.problems))) from None


def write_rules_file(path: FilePath, group: Group) -> None:
    """Write the rules as a version-1 ``.json`` document (replacing the file only when complete)."""
    with replacing_text_file(path) as stream:
        json.dump(to_json(group), stream, ensure_ascii=False, indent=2)
        stream.write("\n")


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
