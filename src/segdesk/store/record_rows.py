"""Contact field values as rows of tuples, streamed: the reader behind large exports.

The values are those of :func:`segdesk.store.contact_records.iter_records` (``str``,
``int``, ``Decimal`` for money, ``date``, ``bool``, ``frozenset[str]`` for sets,
``None`` for empty), but one tuple per contact in the order of the field ids asked
for, without a dict per contact. One query selects only the columns those fields
need and is read in lists of ``CHUNK`` rows (a server-side cursor on PostgreSQL), so
a million contacts never sit in memory and a segment's rules are evaluated once.
Tags, needs, products and custom fields are read per chunk, by the chunk's ids.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from segdesk.domain.dates import age_on
from segdesk.domain.fields import CUSTOM_PREFIX
from segdesk.store.contact_records import (
    _DIRECT,
    _INHERITED,
    _SET_SOURCES,
    _average_order,
    _cents,
    _custom_values,
    _set_values,
    company,
    preferred_channel,
)
from segdesk.store.models import Contact, TeamMember

__all__ = ["CHUNK", "iter_row_chunks"]

CHUNK = 2000
Row = Sequence[Any]
Getter = Callable[[Row], Any]


def _created(value: datetime | None) -> date | None:
    return value.date() if value else None


def _computed(field_id: str, today: date) -> tuple[list[ColumnElement[Any]], Callable[..., Any]] | None:
    """(columns, function of their values) for a field computed from stored columns; None if not one."""
    if field_id in _INHERITED:
        own = Contact.annual_revenue_cents if field_id == "annual_revenue" else getattr(Contact, field_id)
        theirs = company.annual_revenue_cents if field_id == "annual_revenue" else getattr(company, field_id)
        # a person working for a company shows the company's value
        inherited = func.coalesce(theirs.expression, own.expression)
        return [inherited], (_cents if field_id == "annual_revenue" else _same)
    computed: dict[str, tuple[list[Any], Callable[..., Any]]] = {
        "created_at": ([Contact.created_at], _created),
        "age": ([Contact.birth_date], lambda birth: age_on(birth, today) if birth else None),
        "total_spent": ([Contact.total_spent_cents], _cents),
        "avg_order_value": ([Contact.total_spent_cents, Contact.purchase_count], _average_order),
        "preferred_channel": ([Contact.online_order_count, Contact.in_store_order_count], preferred_channel),
        "owner": ([TeamMember.name], _same),
    }
    found = computed.get(field_id)
    if found is None:
        return None
    columns, function = found
    return [c.expression for c in columns], function


def _same(value: Any) -> Any:
    return value


class _Plan:
    """The SELECT list and, per field, how its value is taken from a row."""

    def __init__(self, field_ids: Sequence[str], today: date) -> None:
        self.columns: list[ColumnElement[Any]] = [Contact.id.expression]  # row[0]: the id
        self.getters: list[Getter | None] = []  # None: filled per chunk (sets, custom fields)
        self.direct: list[int] = []  # a row index per field while every field is a plain column
        self.sets: list[str] = []
        self.custom = False
        self.joins_company = self.joins_owner = False
        for field_id in field_ids:
            self._add(field_id, today)

    def _index(self, column: ColumnElement[Any]) -> int:
        for i, known in enumerate(self.columns):
            if known is column:
                return i
        self.columns.append(column)
        return len(self.columns) - 1

    def _add(self, field_id: str, today: date) -> None:
        if field_id in _DIRECT:
            index = self._index(_DIRECT[field_id])
            self.getters.append(itemgetter(index))
            self.direct.append(index)
            return
        self.direct.append(-1)
        if field_id in _SET_SOURCES:
            self.sets.append(field_id)
            self.getters.append(None)
            return
        if field_id.startswith(CUSTOM_PREFIX):
            self.custom = True
            self.getters.append(None)
            return
        computed = _computed(field_id, today)
        if computed is None:
            raise KeyError(field_id)
        columns, function = computed
        self.joins_company |= field_id in _INHERITED
        self.joins_owner |= field_id == "owner"
        indexes = [self._index(c) for c in columns]
        if len(indexes) == 1:
            (only,) = indexes
            self.getters.append(lambda row: function(row[only]))
        else:
            self.getters.append(lambda row: function(*(row[i] for i in indexes)))

    def query(self, contact_ids: Select[Any] | None) -> Select[Any]:
        query = select(*self.columns).select_from(Contact)
        if self.joins_company:
            query = query.outerjoin(company, Contact.company_id == company.id)
        if self.joins_owner:
            query = query.outerjoin(TeamMember, Contact.owner_id == TeamMember.id)
        if contact_ids is not None:
            query = query.where(Contact.id.in_(contact_ids.scalar_subquery()))
        return query.order_by(Contact.id)


def iter_row_chunks(
    session: Session,
    contact_ids: Select[Any] | None,
    field_ids: Sequence[str],
    today: date,
    *,
    chunk: int | None = None,
) -> Iterator[list[Row]]:
    """Lists of rows (a value per field id, in order) of the contacts ``contact_ids`` selects (all when
    None), by id; KeyError for a field id that is not a readable column."""
    plan = _Plan(field_ids, today)
    # Core, not the ORM: no ORM row processing; the session's connection sees its transaction
    result = session.connection().execute(plan.query(contact_ids).execution_options(yield_per=chunk or CHUNK))
    plain: Getter | None = None
    if -1 not in plan.direct:  # the common case, stored columns only: picked in C, a tuple per row
        plain = itemgetter(*plan.direct) if len(plan.direct) > 1 else lambda row: (row[plan.direct[0]],)
    for rows in result.partitions():
        if plain is not None:
            yield list(map(plain, rows))
            continue
        getters = list(plan.getters)
        if plan.sets or plan.custom:
            ids = [row[0] for row in rows]
            custom = _custom_values(session, ids) if plan.custom else {}
            found = {f: _set_values(session, f, ids) for f in plan.sets}
            for position, field_id in enumerate(field_ids):
                if getters[position] is not None:
                    continue
                if field_id in found:
                    getters[position] = _set_getter(found[field_id])
                else:
                    getters[position] = _custom_getter(custom, field_id[len(CUSTOM_PREFIX) :])
        ready = [g for g in getters if g is not None]
        yield [tuple([get(row) for get in ready]) for row in rows]


def _set_getter(found: dict[int, set[str]]) -> Getter:
    empty: frozenset[str] = frozenset()
    return lambda row: frozenset(found[row[0]]) if row[0] in found else empty


def _custom_getter(custom: dict[int, dict[str, Any]], key: str) -> Getter:
    return lambda row: custom[row[0]].get(key) if row[0] in custom else None
