"""Where each field id's value lives in SQL, for the rule compiler.

Every rule query reads ``contacts`` as ``c``; firmographic fields also read the
contact's company through a LEFT JOIN as ``co`` (only when a rule needs it, see
:class:`Scope`). A *source* answers two questions for the compiler:

- ``positive(pred)``: the value is not empty and ``pred(value)`` holds. It is never
  NULL (two-valued), so ``NOT positive`` is its exact complement.
- ``present()``: the value is not empty (``NULL`` or, for text, ``''`` is empty).

Decisions (they match :mod:`segdesk.store.contact_records`, which exports the values):

- ``industry``, ``legal_form``, ``employees``, ``annual_revenue``: a person with a
  company reads the company's value when the company has one (NULL), else its own.
- ``company`` is ``contacts.company_name`` (a company's own name, a person's employer).
- ``owner`` is the name of the team member in ``owner_id``.
- ``created_at`` is the local date of the creation timestamp.
- ``cadence_days`` is the interval that applies (``contacts.effective_cadence_days``: the
  contact's own, else the shortest of its segments', else the default; kept by followups/).
- Counts and totals without a window read the summary columns (0 when nothing, never
  empty); ``avg_order_value`` is empty without orders.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from sqlalchemy import (
    ColumnElement,
    FromClause,
    Select,
    Table,
    and_,
    case,
    func,
    select,
    true,
)
from sqlalchemy.sql.elements import KeyedColumnElement

from segdesk.domain.fields import CUSTOM_PREFIX, Field, FieldType
from segdesk.domain.rules import Window
from segdesk.segments.aggregates import AggregateSource, AverageSource, aggregate_source, window_bounds
from segdesk.store import models as _models  # noqa: F401 - registers the tables
from segdesk.store.base import Base

__all__ = [
    "INHERITED",
    "AgeSource",
    "AggregateSource",
    "AverageSource",
    "ColumnSource",
    "RelatedSource",
    "Scope",
    "SetSource",
    "Source",
    "ValueKind",
    "source_for",
    "tables",
    "window_bounds",
]

Pred = Callable[[ColumnElement[Any]], ColumnElement[bool]]
ValueKind = Literal["text", "int", "float", "date", "datetime", "bool"]


def tables(name: str) -> Table:
    return Base.metadata.tables[name]


contacts = tables("contacts")
INHERITED: dict[str, str] = {
    "industry": "industry",
    "legal_form": "legal_form",
    "employees": "employees",
    "annual_revenue": "annual_revenue_cents",
}
_DIRECT = {
    "id": "int",
    "kind": "text",
    "first_name": "text",
    "last_name": "text",
    "full_name": "text",
    "job_title": "text",
    "email": "text",
    "phone": "text",
    "mobile": "text",
    "website": "text",
    "street": "text",
    "postal_code": "text",
    "city": "text",
    "region": "text",
    "country": "text",
    "language": "text",
    "birth_date": "date",
    "gender": "text",
    "education": "text",
    "income_band": "text",
    "stage": "text",
    "source": "text",
    "cadence_days": "int",
    "next_followup_at": "date",
    "last_contact_at": "date",
    "first_purchase_at": "date",
    "last_purchase_at": "date",
    "rfm_recency": "int",
    "rfm_frequency": "int",
    "rfm_monetary": "int",
    "email_ok": "bool",
    "phone_ok": "bool",
    "mail_ok": "bool",
}
_NOT_NULL = frozenset({"id", "full_name"})
# Fixed-choice columns whose stored values are always exact option codes (a CHECK
# constraint or the write path guarantees it): compared exactly, so their indexes work.
# Others also match odd spellings ("Loyal") by case folding, which costs a scan.
CANONICAL_CODES = frozenset({"kind"})
# Fields whose column on ``contacts`` has another name.
STORED_AS = {"cadence_days": "effective_cadence_days"}


@dataclass
class Scope:
    """The FROM clause of a rules query: ``contacts c`` [LEFT JOIN ``contacts co``]."""

    c: FromClause = field(default_factory=lambda: contacts.alias("c"))
    co: FromClause = field(default_factory=lambda: contacts.alias("co"))
    uses_company: bool = False

    @property
    def contact_id(self) -> KeyedColumnElement[int]:
        return self.c.c.id

    def from_clause(self) -> FromClause:
        if not self.uses_company:
            return self.c
        return self.c.outerjoin(self.co, self.co.c.id == self.c.c.company_id)

    def select(self, *columns: Any) -> Select[Any]:
        return select(*columns).select_from(self.from_clause())


def _text_present(value: ColumnElement[Any], kind: ValueKind) -> ColumnElement[bool]:
    if kind == "text":
        return and_(value.is_not(None), value != "")
    return value.is_not(None)


@dataclass(frozen=True)
class ColumnSource:
    """A value computed on the contact row (and its company)."""

    expr: ColumnElement[Any]
    kind: ValueKind
    scale: int = 1  # 100 for money kept in cents
    not_null: bool = False
    options: tuple[str, ...] = ()  # canonical codes of a fixed-choice column
    canonical: bool = False  # the expression only ever yields one of ``options``

    def present(self) -> ColumnElement[bool]:
        if self.not_null and self.kind != "text":
            return true()
        return _text_present(self.expr, self.kind)

    def positive(self, pred: Pred) -> ColumnElement[bool]:
        if self.not_null:
            return pred(self.expr)
        return and_(self.expr.is_not(None), pred(self.expr))


@dataclass(frozen=True)
class RelatedSource:
    """A value in a row related to the contact (custom values, the owner's name).

    Tested as ``outer IN (SELECT inner FROM table WHERE only AND pred(value))``: the
    subquery is uncorrelated, so a selective one is read once through its index
    (``ix_custom_values_date`` ...) instead of probing per contact.
    """

    table: FromClause
    outer: ColumnElement[Any]  # c.id or c.owner_id
    inner: ColumnElement[Any]  # the related row's key matching ``outer``
    only: ColumnElement[bool]  # e.g. field_key = :key
    value: ColumnElement[Any]
    kind: ValueKind
    outer_nullable: bool = False
    scale: int = 1

    def _having(self, condition: ColumnElement[bool]) -> ColumnElement[bool]:
        keys = select(self.inner).where(self.only, condition).scalar_subquery()
        found = self.outer.in_(keys)
        return and_(self.outer.is_not(None), found) if self.outer_nullable else found

    def present(self) -> ColumnElement[bool]:
        return self._having(_text_present(self.value, self.kind))

    def positive(self, pred: Pred) -> ColumnElement[bool]:
        return self._having(and_(self.value.is_not(None), pred(self.value)))


@dataclass(frozen=True)
class AgeSource:
    """Whole years at today from ``birth_date``; compiled into birth date bounds."""

    birth: ColumnElement[Any]

    def present(self) -> ColumnElement[bool]:
        return self.birth.is_not(None)


@dataclass(frozen=True)
class SetSource:
    """Names in a set (tags, needs, products bought, optionally in a window).

    ``member(ids)`` is true when the contact has an item whose id is in ``ids`` (a
    subquery on the small name table); ``present()`` when it has any item.
    """

    contact_id: ColumnElement[int]
    link_table: Table
    link_item: str  # column of link_table naming the item
    names: Table
    name_column: str
    window: tuple[datetime, datetime] | None = None

    def _base(self) -> Select[Any]:
        if self.window is None:
            return (
                select(1).select_from(self.link_table).where(self.link_table.c.contact_id == self.contact_id)
            )
        orders, lines = tables("orders"), tables("order_lines")
        start, end = self.window
        return (
            select(1)
            .select_from(orders.join(lines, lines.c.order_id == orders.c.id))
            .where(
                orders.c.contact_id == self.contact_id,
                orders.c.ordered_at >= start,
                orders.c.ordered_at < end,
            )
        )

    def _item(self) -> ColumnElement[int]:
        if self.window is None:
            return self.link_table.c[self.link_item]
        return tables("order_lines").c.product_id

    def member(self, name_pred: Pred) -> ColumnElement[bool]:
        ids = select(self.names.c.id).where(name_pred(self.names.c[self.name_column])).scalar_subquery()
        if self.window is None:  # uncorrelated: read through the (item, contact) index once
            holders = select(self.link_table.c.contact_id).where(self.link_table.c[self.link_item].in_(ids))
            return self.contact_id.in_(holders.scalar_subquery())
        return self._base().where(self._item().in_(ids)).exists()

    def present(self) -> ColumnElement[bool]:
        return self._base().exists()


Source = ColumnSource | RelatedSource | AggregateSource | AverageSource | AgeSource | SetSource


def _set(fld: Field, window: Window | None, scope: Scope, today: date) -> SetSource:
    if fld.id == "tags":
        return SetSource(scope.c.c.id, tables("contact_tags"), "tag_id", tables("tags"), "name")
    if fld.id == "needs":
        return SetSource(scope.c.c.id, tables("contact_needs"), "need_id", tables("needs"), "name")
    bounds = window_bounds(window, today) if window is not None else None
    return SetSource(
        scope.c.c.id, tables("contact_products"), "product_id", tables("products"), "code", bounds
    )


def _custom(fld: Field, scope: Scope) -> RelatedSource:
    values = tables("custom_values").alias("cv")
    key = values.c.field_key == fld.id[len(CUSTOM_PREFIX) :]
    value, kind = {
        FieldType.NUMBER: (values.c.number_value, "float"),
        FieldType.DATE: (values.c.date_value, "date"),
    }.get(fld.type, (values.c.text_value, "text"))
    return RelatedSource(values, scope.c.c.id, values.c.contact_id, key, value, kind)  # type: ignore[arg-type]


def source_for(fld: Field, window: Window | None, scope: Scope, today: date) -> Source:
    """The source of ``fld`` (optionally limited to ``window``) in ``scope``."""
    c = scope.c.c
    if fld.id in _DIRECT:
        kind: Any = _DIRECT[fld.id]
        return ColumnSource(
            c[STORED_AS.get(fld.id, fld.id)],
            kind,
            not_null=fld.id in _NOT_NULL,
            options=fld.options,
            canonical=fld.id in CANONICAL_CODES,
        )
    if fld.id in INHERITED:
        scope.uses_company = True
        column = INHERITED[fld.id]
        expr = func.coalesce(scope.co.c[column], c[column])
        if fld.type is FieldType.CHOICE:
            return ColumnSource(expr, "text")
        return ColumnSource(expr, "int", scale=100 if fld.type is FieldType.MONEY else 1)
    if fld.id == "preferred_channel":
        online, in_store = c.online_order_count, c.in_store_order_count
        channel = case((online > in_store, "online"), (in_store > online, "in_store"), else_=None)
        return ColumnSource(channel, "text", options=fld.options, canonical=True)
    if fld.id == "company":
        return ColumnSource(c.company_name, "text")
    if fld.id == "created_at":
        return ColumnSource(c.created_at, "datetime")
    if fld.id == "age":
        return AgeSource(c.birth_date)
    if fld.id == "owner":
        members = tables("team_members").alias("tm")
        return RelatedSource(
            members, c.owner_id, members.c.id, true(), members.c.name, "text", outer_nullable=True
        )
    if fld.id in ("interaction_count", "purchase_count", "total_spent", "avg_order_value"):
        return aggregate_source(fld, window, scope, today)
    if fld.type is FieldType.SET:
        return _set(fld, window, scope, today)
    if fld.id.startswith(CUSTOM_PREFIX):
        return _custom(fld, scope)
    raise KeyError(fld.id)
