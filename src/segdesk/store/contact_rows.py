"""Every row that belongs to some contacts, captured as plain data and put back exactly.

Undoing a delete restores the contacts with their ids, facts, tags, consent,
follow-ups and list memberships, and relinks the people who worked for a
deleted company. The same capture is the "everything about this person" export.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from segdesk.store import models as _models  # noqa: F401 - registers the tables
from segdesk.store.base import Base

Row = dict[str, Any]

contacts: Table = Base.metadata.tables["contacts"]
orders: Table = Base.metadata.tables["orders"]
order_lines: Table = Base.metadata.tables["order_lines"]

# Tables whose rows hang off a contact through a ``contact_id`` column, in insert order.
CHILD_TABLES: tuple[str, ...] = (
    "contact_tags",
    "contact_needs",
    "consent_records",
    "orders",
    "contact_products",
    "interactions",
    "custom_values",
    "segment_list_entries",
    "followups",
)


@dataclass
class ContactRows:
    """The rows of some contacts, table by table, plus who pointed at them as their company."""

    tables: dict[str, list[Row]] = field(default_factory=dict)
    employees_of: dict[int, list[int]] = field(default_factory=dict)  # company id -> people ids

    @property
    def contact_ids(self) -> list[int]:
        return [row["id"] for row in self.tables.get("contacts", [])]


def _rows(session: Session, table: Table, column: str, ids: Sequence[int]) -> list[Row]:
    found: list[Row] = []
    for start in range(0, len(ids), 5000):
        chunk = ids[start : start + 5000]
        query = select(table).where(table.c[column].in_(chunk)).order_by(*table.primary_key.columns)
        found.extend(dict(row) for row in session.execute(query).mappings())
    return found


def capture(session: Session, contact_ids: Sequence[int]) -> ContactRows:
    ids = sorted(set(contact_ids))
    captured = ContactRows()
    captured.tables["contacts"] = _rows(session, contacts, "id", ids)
    for name in CHILD_TABLES:
        captured.tables[name] = _rows(session, Base.metadata.tables[name], "contact_id", ids)
    order_ids = [row["id"] for row in captured.tables["orders"]]
    captured.tables["order_lines"] = _rows(session, order_lines, "order_id", order_ids)
    for person_id, company_id in session.execute(
        select(contacts.c.id, contacts.c.company_id).where(
            contacts.c.company_id.in_(ids), contacts.c.id.not_in(ids)
        )
    ):
        captured.employees_of.setdefault(company_id, []).append(person_id)
    return captured


def restore(session: Session, captured: ContactRows) -> None:
    """Insert the captured rows again (the contacts must not exist) and relink their employees."""
    rows = captured.tables.get("contacts", [])
    # Companies first, so people can point at them within the batch.
    for batch in ([r for r in rows if r["kind"] == "company"], [r for r in rows if r["kind"] != "company"]):
        if batch:
            session.execute(insert(contacts), batch)
    for name in (*CHILD_TABLES[:4], "order_lines", *CHILD_TABLES[4:]):
        rows = captured.tables.get(name) or []
        if rows:
            session.execute(insert(Base.metadata.tables[name]), rows)
    for company_id, person_ids in captured.employees_of.items():
        session.execute(
            update(contacts)
            .where(contacts.c.id.in_(person_ids), contacts.c.company_id.is_(None))
            .values(company_id=company_id, version=contacts.c.version + 1)
        )
