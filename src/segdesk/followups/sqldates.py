"""Date arithmetic of :mod:`segdesk.domain.cadence` in SQL, the same on SQLite and PostgreSQL.

- :class:`add_days` ``(d, n)``: ``d + n`` days.
- :class:`add_months` ``(d, n)``: ``n`` calendar months later, clamped to the month's end
  (PostgreSQL's ``date + interval`` clamps; SQLite's ``date(d, '+1 month')`` would
  overflow 31 January into March, so there the day is clamped by hand).
- :class:`skip_weekend` ``(d)``: Saturday and Sunday become the next Monday.

SQLite keeps dates as ISO text, so its results are ISO text too (SQLAlchemy's ``Date``
reads them back as :class:`datetime.date`).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Date, case
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

__all__ = ["add_days", "add_months", "later_of", "skip_weekend"]


class add_days(FunctionElement[Any]):
    type = Date()
    inherit_cache = True


class add_months(FunctionElement[Any]):
    type = Date()
    inherit_cache = True


class skip_weekend(FunctionElement[Any]):
    type = Date()
    inherit_cache = True


def _args(element: FunctionElement[Any], compiler: SQLCompiler, **kw: Any) -> list[str]:
    return [compiler.process(clause, **kw) for clause in element.clauses]


@compiles(add_days, "postgresql")
def _add_days_pg(element: add_days, compiler: SQLCompiler, **kw: Any) -> str:
    day, amount = _args(element, compiler, **kw)
    return f"(CAST({day} AS DATE) + CAST({amount} AS INTEGER))"


@compiles(add_days, "sqlite")
def _add_days_sqlite(element: add_days, compiler: SQLCompiler, **kw: Any) -> str:
    day, amount = _args(element, compiler, **kw)
    return f"date({day}, CAST({amount} AS TEXT) || ' days')"


@compiles(add_months, "postgresql")
def _add_months_pg(element: add_months, compiler: SQLCompiler, **kw: Any) -> str:
    day, amount = _args(element, compiler, **kw)
    return f"CAST(CAST({day} AS DATE) + make_interval(months => CAST({amount} AS INTEGER)) AS DATE)"


@compiles(add_months, "sqlite")
def _add_months_sqlite(element: add_months, compiler: SQLCompiler, **kw: Any) -> str:
    day, amount = _args(element, compiler, **kw)
    # First of the target month + (day of month - 1) days, but no later than its last day.
    same_day = (
        f"date({day}, 'start of month', CAST({amount} AS TEXT) || ' months', "
        f"CAST(CAST(strftime('%d', {day}) AS INTEGER) - 1 AS TEXT) || ' days')"
    )
    month_end = f"date({day}, 'start of month', CAST(({amount}) + 1 AS TEXT) || ' months', '-1 days')"
    return f"min({same_day}, {month_end})"


@compiles(skip_weekend, "postgresql")
def _skip_weekend_pg(element: skip_weekend, compiler: SQLCompiler, **kw: Any) -> str:
    (day,) = _args(element, compiler, **kw)
    return (
        f"(CAST({day} AS DATE) + CASE CAST(EXTRACT(ISODOW FROM CAST({day} AS DATE)) AS INTEGER) "
        "WHEN 6 THEN 2 WHEN 7 THEN 1 ELSE 0 END)"
    )


@compiles(skip_weekend, "sqlite")
def _skip_weekend_sqlite(element: skip_weekend, compiler: SQLCompiler, **kw: Any) -> str:
    (day,) = _args(element, compiler, **kw)
    return (
        f"date({day}, CASE strftime('%w', {day}) WHEN '6' THEN '+2 days' "
        "WHEN '0' THEN '+1 days' ELSE '+0 days' END)"
    )


def later_of(first: ColumnElement[Any], second: ColumnElement[Any]) -> ColumnElement[Any]:
    """The later of two nullable dates (NULL only when both are)."""
    return case(
        (first.is_(None), second),
        (second.is_(None), first),
        (first >= second, first),
        else_=second,
    )
