"""Counts and sums of interactions and orders, all time (summary columns) or over a window.

Without a window the summary columns on ``contacts`` answer (``purchase_count``...).
With one, the contacts are found by grouping the facts of the window once:
``c.id IN (SELECT contact_id FROM orders WHERE <window> GROUP BY contact_id HAVING
<pred>)``. A contact without facts in the window has a count and a total of 0, so when
0 satisfies the predicate the test is turned around: ``c.id NOT IN (... HAVING NOT
<pred>)``. Both forms are two-valued (ids are never NULL) and read the window through
the ``(ordered_at)`` / ``(occurred_at)`` indexes instead of probing every contact.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Select, Table, func, not_, select, true

from segdesk.domain.dates import shift_clamped
from segdesk.domain.fields import Field
from segdesk.domain.rules import Window
from segdesk.store import models as _models  # noqa: F401 - registers the tables
from segdesk.store.base import Base

if TYPE_CHECKING:
    from segdesk.segments.columns import Scope

__all__ = ["AggregateSource", "AverageSource", "aggregate_source", "window_bounds"]

Pred = Callable[[ColumnElement[Any]], ColumnElement[bool]]


@dataclass(frozen=True)
class AggregateSource:
    """A count or sum (never empty): ``expr`` per contact, or ``rows`` grouped over a window."""

    expr: ColumnElement[Any]
    kind: str = "int"
    scale: int = 1
    contact_id: ColumnElement[int] | None = None
    rows: Select[Any] | None = None  # SELECT contact_id FROM facts WHERE <window>

    def present(self) -> ColumnElement[bool]:
        return true()

    def positive(self, pred: Pred, zero_matches: bool = False) -> ColumnElement[bool]:
        if self.rows is None or self.contact_id is None:
            return pred(self.expr)
        having = not_(pred(self.expr)) if zero_matches else pred(self.expr)
        key = self.rows.selected_columns[0]
        keys = self.rows.group_by(key).having(having).scalar_subquery()
        return self.contact_id.not_in(keys) if zero_matches else self.contact_id.in_(keys)


@dataclass(frozen=True)
class AverageSource:
    """Average order value in cents: ``total / count``, empty when ``count`` is 0."""

    total: ColumnElement[Any]
    count: ColumnElement[Any]
    contact_id: ColumnElement[int] | None = None
    rows: Select[Any] | None = None

    def present(self) -> ColumnElement[bool]:
        return self.wrap(self.count > 0)

    def wrap(self, condition: ColumnElement[bool]) -> ColumnElement[bool]:
        """``condition`` on the aggregates, as a test of the contact (implies count > 0)."""
        if self.rows is None or self.contact_id is None:
            return condition
        key = self.rows.selected_columns[0]
        return self.contact_id.in_(self.rows.group_by(key).having(condition).scalar_subquery())


def window_bounds(window: Window, today: date) -> tuple[datetime, datetime]:
    """Timestamps ``[start, end)`` of the local dates T − N u … T."""
    start = shift_clamped(today, -window.amount, window.unit)
    end = datetime.max if today == date.max else datetime.combine(today + timedelta(days=1), time.min)
    return datetime.combine(start, time.min), end


def _rows(table: Table, at: str, bounds: tuple[datetime, datetime]) -> Select[Any]:
    return select(table.c.contact_id).where(table.c[at] >= bounds[0], table.c[at] < bounds[1])


def aggregate_source(
    fld: Field, window: Window | None, scope: Scope, today: date
) -> AggregateSource | AverageSource:
    c = scope.c.c
    if window is None:
        if fld.id == "interaction_count":
            return AggregateSource(c.interaction_count)
        if fld.id == "purchase_count":
            return AggregateSource(c.purchase_count)
        if fld.id == "total_spent":
            return AggregateSource(c.total_spent_cents, scale=100)
        return AverageSource(c.total_spent_cents, c.purchase_count)
    bounds = window_bounds(window, today)
    if fld.id == "interaction_count":
        rows = _rows(Base.metadata.tables["interactions"], "occurred_at", bounds)
        return AggregateSource(func.count(), contact_id=c.id, rows=rows)
    orders = Base.metadata.tables["orders"]
    rows = _rows(orders, "ordered_at", bounds)
    total = func.coalesce(func.sum(orders.c.total_cents), 0)
    if fld.id == "purchase_count":
        return AggregateSource(func.count(), contact_id=c.id, rows=rows)
    if fld.id == "total_spent":
        return AggregateSource(total, scale=100, contact_id=c.id, rows=rows)
    return AverageSource(total, func.count(), contact_id=c.id, rows=rows)
