"""Keeping the summary columns on ``contacts`` true to the facts.

Facts (interactions, orders with their lines, consent records) are the truth.
Segments read summaries of them on every count, so each contact row carries
its last contact date, order totals and consent flags, and ``contact_products``
lists what each contact ever bought.

Two ways to keep them right, both inside the caller's transaction:

* :func:`record_interaction` and :func:`record_order` — one UPDATE (plus an
  upsert of the products bought) when a service adds one fact;
* :func:`recompute_summaries` — a set-based recomputation from the facts after
  bulk work (imports, deletions, demo data), for all contacts or some;
  :func:`refresh_rfm` then scores recency, frequency and money in quintiles.

All SQL is SQLAlchemy Core and runs on SQLite (3.33+, for UPDATE ... FROM) and
PostgreSQL alike. Dates of facts are their local calendar dates: times are
stored naive and local.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Integer,
    Select,
    Table,
    and_,
    bindparam,
    case,
    delete,
    false,
    func,
    insert,
    literal,
    or_,
    select,
    true,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from segdesk.store import models as _models  # noqa: F401 - registers the tables
from segdesk.store.base import Base

__all__ = [
    "ID_CHUNK",
    "SUMMARY_COLUMNS",
    "recompute_summaries",
    "record_interaction",
    "record_order",
    "refresh_rfm",
]

# Contact ids per statement when recomputing some contacts (SQLite allows 32766 parameters).
ID_CHUNK = 5_000

contacts: Table = Base.metadata.tables["contacts"]
interactions: Table = Base.metadata.tables["interactions"]
orders: Table = Base.metadata.tables["orders"]
order_lines: Table = Base.metadata.tables["order_lines"]
contact_products: Table = Base.metadata.tables["contact_products"]
consent_records: Table = Base.metadata.tables["consent_records"]

CONSENT_COLUMNS = {"email": "email_ok", "phone": "phone_ok", "post": "mail_ok"}

SUMMARY_COLUMNS: tuple[str, ...] = (
    "last_contact_at",
    "interaction_count",
    "first_purchase_at",
    "last_purchase_at",
    "purchase_count",
    "total_spent_cents",
    "online_order_count",
    "in_store_order_count",
    "email_ok",
    "phone_ok",
    "mail_ok",
)
RFM_COLUMNS = ("rfm_recency", "rfm_frequency", "rfm_monetary")


class local_date(FunctionElement[date]):
    """The calendar date of a naive local timestamp, on every backend."""

    type = Date()
    inherit_cache = True


@compiles(local_date)
def _local_date_default(element: local_date, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST({compiler.process(element.clauses, **kw)} AS DATE)"


@compiles(local_date, "sqlite")
def _local_date_sqlite(element: local_date, compiler: SQLCompiler, **kw: Any) -> str:
    # SQLite keeps timestamps as ISO text; CAST(... AS DATE) would give a number.
    return f"date({compiler.process(element.clauses, **kw)})"


def _chunks(ids: Sequence[int] | None) -> Iterator[list[int] | None]:
    if ids is None:
        yield None
        return
    unique = sorted(set(ids))
    for start in range(0, len(unique), ID_CHUNK):
        yield unique[start : start + ID_CHUNK]


def _only(column: ColumnElement[int], ids: list[int] | None) -> ColumnElement[bool]:
    return column.in_(ids) if ids is not None else true()


def _summary_source(ids: list[int] | None) -> Select[Any]:
    """One row per contact (in ``ids`` or all): the summaries as the facts say."""
    inter = (
        select(
            interactions.c.contact_id,
            func.max(local_date(interactions.c.occurred_at)).label("last_contact_at"),
            func.count().label("interaction_count"),
        )
        .where(_only(interactions.c.contact_id, ids))
        .group_by(interactions.c.contact_id)
        .subquery("i")
    )
    order_day = local_date(orders.c.ordered_at)
    ords = (
        select(
            orders.c.contact_id,
            func.min(order_day).label("first_purchase_at"),
            func.max(order_day).label("last_purchase_at"),
            func.count().label("purchase_count"),
            func.sum(orders.c.total_cents).label("total_spent_cents"),
            func.sum(case((orders.c.channel == "online", 1), else_=0)).label("online_order_count"),
            func.sum(case((orders.c.channel == "in_store", 1), else_=0)).label("in_store_order_count"),
        )
        .where(_only(orders.c.contact_id, ids))
        .group_by(orders.c.contact_id)
        .subquery("o")
    )
    ranked = (
        select(
            consent_records.c.contact_id,
            consent_records.c.channel,
            consent_records.c.granted,
            func.row_number()
            .over(
                partition_by=(consent_records.c.contact_id, consent_records.c.channel),
                order_by=(consent_records.c.recorded_at.desc(), consent_records.c.id.desc()),
            )
            .label("rn"),
        )
        .where(_only(consent_records.c.contact_id, ids))
        .subquery("r")
    )
    latest = (
        select(
            ranked.c.contact_id,
            *(
                (
                    func.max(case((and_(ranked.c.channel == channel, ranked.c.granted), 1), else_=0)) == 1
                ).label(column)
                for channel, column in CONSENT_COLUMNS.items()
            ),
        )
        .where(ranked.c.rn == 1)
        .group_by(ranked.c.contact_id)
        .subquery("k")
    )
    c = contacts.alias("c")
    return (
        select(
            c.c.id,
            inter.c.last_contact_at,
            func.coalesce(inter.c.interaction_count, 0).label("interaction_count"),
            ords.c.first_purchase_at,
            ords.c.last_purchase_at,
            func.coalesce(ords.c.purchase_count, 0).label("purchase_count"),
            func.coalesce(ords.c.total_spent_cents, 0).label("total_spent_cents"),
            func.coalesce(ords.c.online_order_count, 0).label("online_order_count"),
            func.coalesce(ords.c.in_store_order_count, 0).label("in_store_order_count"),
            *(func.coalesce(latest.c[col], false()).label(col) for col in CONSENT_COLUMNS.values()),
        )
        .select_from(c)
        .outerjoin(inter, inter.c.contact_id == c.c.id)
        .outerjoin(ords, ords.c.contact_id == c.c.id)
        .outerjoin(latest, latest.c.contact_id == c.c.id)
        .where(_only(c.c.id, ids))
    )


def recompute_summaries(session: Session, contact_ids: Sequence[int] | None = None) -> int:
    """Recompute the summary columns and ``contact_products`` from the facts.

    ``contact_ids`` limits the work to those contacts (None: every contact).
    Only rows whose values change are written. Returns how many contacts changed.
    RFM scores are ranks over all contacts: call :func:`refresh_rfm` afterwards.
    """
    changed = 0
    for ids in _chunks(contact_ids):
        source = _summary_source(ids).subquery("s")
        differs = or_(*(contacts.c[col].is_distinct_from(source.c[col]) for col in SUMMARY_COLUMNS))
        result = session.execute(
            update(contacts)
            .values({col: source.c[col] for col in SUMMARY_COLUMNS})
            .where(contacts.c.id == source.c.id, differs)
        )
        changed += max(result.rowcount, 0)  # type: ignore[attr-defined]
        _rebuild_contact_products(session, ids)
    return changed


def _rebuild_contact_products(session: Session, ids: list[int] | None) -> None:
    session.execute(delete(contact_products).where(_only(contact_products.c.contact_id, ids)))
    order_day = local_date(orders.c.ordered_at)
    bought = (
        select(
            orders.c.contact_id,
            order_lines.c.product_id,
            func.min(order_day),
            func.max(order_day),
            func.sum(order_lines.c.quantity),
        )
        .select_from(order_lines.join(orders, orders.c.id == order_lines.c.order_id))
        .where(_only(orders.c.contact_id, ids))
        .group_by(orders.c.contact_id, order_lines.c.product_id)
    )
    session.execute(
        insert(contact_products).from_select(
            ["contact_id", "product_id", "first_bought_at", "last_bought_at", "quantity"], bought
        )
    )


def refresh_rfm(session: Session) -> None:
    """Score every buyer 1–5 on recency, frequency and money by quintile; others get NULL.

    A score is the quintile of the contact's rank: ``1 + 5 * (rank - 1) // buyers``,
    which is NTILE(5) except that equal values always share a score (NTILE would split
    ties arbitrarily, differently on SQLite and PostgreSQL). Most recent, most
    frequent and biggest spenders score 5.
    """
    buyers = func.count().over()

    def quintile(column: ColumnElement[Any]) -> ColumnElement[int]:
        rank = func.rank().over(order_by=column)
        return literal(1, Integer) + (literal(5, Integer) * (rank - 1)) // buyers

    scores = (
        select(
            contacts.c.id,
            quintile(contacts.c.last_purchase_at).label("rfm_recency"),
            quintile(contacts.c.purchase_count).label("rfm_frequency"),
            quintile(contacts.c.total_spent_cents).label("rfm_monetary"),
        )
        .where(contacts.c.purchase_count > 0)
        .subquery("q")
    )
    differs = or_(*(contacts.c[col].is_distinct_from(scores.c[col]) for col in RFM_COLUMNS))
    session.execute(
        update(contacts)
        .values({col: scores.c[col] for col in RFM_COLUMNS})
        .where(contacts.c.id == scores.c.id, differs)
    )
    session.execute(
        update(contacts)
        .values(dict.fromkeys(RFM_COLUMNS))
        .where(contacts.c.purchase_count == 0, or_(*(contacts.c[col].is_not(None) for col in RFM_COLUMNS)))
    )


def _later(column: ColumnElement[date], value: date) -> ColumnElement[date]:
    new = bindparam(None, value, Date)
    return case((or_(column.is_(None), column < new), new), else_=column)


def _earlier(column: ColumnElement[date], value: date) -> ColumnElement[date]:
    new = bindparam(None, value, Date)
    return case((or_(column.is_(None), column > new), new), else_=column)


def record_interaction(session: Session, contact_id: int, occurred_at: datetime) -> None:
    """Update a contact's summaries for one interaction just added (same transaction)."""
    day = occurred_at.date()
    session.execute(
        update(contacts)
        .where(contacts.c.id == contact_id)
        .values(
            last_contact_at=_later(contacts.c.last_contact_at, day),
            interaction_count=contacts.c.interaction_count + 1,
        )
    )


def record_order(
    session: Session,
    contact_id: int,
    ordered_at: datetime,
    channel: str,
    total_cents: int,
    lines: Sequence[tuple[int, int]],
) -> None:
    """Update a contact's summaries for one order just added (same transaction).

    ``lines`` are the order's ``(product_id, quantity)`` pairs.
    """
    if channel not in ("online", "in_store"):
        raise ValueError(f"unknown order channel {channel!r}")
    day = ordered_at.date()
    session.execute(
        update(contacts)
        .where(contacts.c.id == contact_id)
        .values(
            first_purchase_at=_earlier(contacts.c.first_purchase_at, day),
            last_purchase_at=_later(contacts.c.last_purchase_at, day),
            purchase_count=contacts.c.purchase_count + 1,
            total_spent_cents=contacts.c.total_spent_cents + total_cents,
            online_order_count=contacts.c.online_order_count + (1 if channel == "online" else 0),
            in_store_order_count=contacts.c.in_store_order_count + (1 if channel == "in_store" else 0),
        )
    )
    quantities: dict[int, int] = {}
    for product_id, quantity in lines:
        quantities[product_id] = quantities.get(product_id, 0) + quantity
    if not quantities:
        return
    dialect = session.get_bind().dialect.name
    stmt = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(contact_products)
    cp = contact_products.c
    stmt = stmt.on_conflict_do_update(
        index_elements=[cp.contact_id, cp.product_id],
        set_={
            "first_bought_at": case(
                (cp.first_bought_at > stmt.excluded.first_bought_at, stmt.excluded.first_bought_at),
                else_=cp.first_bought_at,
            ),
            "last_bought_at": case(
                (cp.last_bought_at < stmt.excluded.last_bought_at, stmt.excluded.last_bought_at),
                else_=cp.last_bought_at,
            ),
            "quantity": cp.quantity + stmt.excluded.quantity,
        },
    )
    session.execute(
        stmt,
        [
            {
                "contact_id": contact_id,
                "product_id": product_id,
                "first_bought_at": day,
                "last_bought_at": day,
                "quantity": quantity,
            }
            for product_id, quantity in sorted(quantities.items())
        ],
    )
