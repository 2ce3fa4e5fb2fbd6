"""Read field values of contacts by field id, for exports and detail views.

Values come back in plain Python form: ``str``, ``int``, ``Decimal`` for
money, ``date``, ``bool``, ``frozenset[str]`` for sets, ``None`` for empty.
Contacts are read in chunks so a million-row export streams in bounded memory.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session, aliased

from segdesk.domain.dates import age_on
from segdesk.domain.fields import CUSTOM_PREFIX, Catalogue, FieldType
from segdesk.store.models import (
    Contact,
    ContactNeed,
    ContactProduct,
    ContactTag,
    CustomField,
    CustomValue,
    Need,
    Product,
    Tag,
    TeamMember,
)

CHUNK = 2000
Record = dict[str, Any]

company = aliased(Contact, name="company")

# Stored columns read as they are.
_DIRECT: dict[str, ColumnElement[Any]] = {
    name: getattr(Contact, name).expression
    for name in (
        "id kind first_name last_name full_name job_title email phone mobile website street postal_code "
        "city region country language birth_date gender education income_band stage source "
        "email_ok phone_ok mail_ok next_followup_at last_contact_at interaction_count "
        "first_purchase_at last_purchase_at purchase_count rfm_recency rfm_frequency rfm_monetary"
    ).split()
}
_DIRECT["company"] = Contact.company_name.expression
_DIRECT["cadence_days"] = Contact.effective_cadence_days.expression  # the interval that applies
# Firmographics: a person working for a company shows the company's values.
_INHERITED = {"industry", "legal_form", "employees", "annual_revenue"}
# Raw columns some derived fields are computed from.
_RAW: dict[str, ColumnElement[Any]] = {
    "_created_at": Contact.created_at.expression,
    "_total_spent_cents": Contact.total_spent_cents.expression,
    "_online": Contact.online_order_count.expression,
    "_in_store": Contact.in_store_order_count.expression,
    "_owner": TeamMember.name.expression,
    **{f"_own_{name}": getattr(Contact, name).expression for name in ("industry", "legal_form", "employees")},
    "_own_annual_revenue": Contact.annual_revenue_cents.expression,
    **{f"_co_{name}": getattr(company, name).expression for name in ("industry", "legal_form", "employees")},
    "_co_annual_revenue": company.annual_revenue_cents.expression,
}


def _cents(value: int | None) -> Decimal | None:
    return None if value is None else Decimal(value).scaleb(-2)


def preferred_channel(online: int, in_store: int) -> str | None:
    """The channel with more orders; none on a tie (including no orders)."""
    if online > in_store:
        return "online"
    if in_store > online:
        return "in_store"
    return None


def _average_order(total_cents: int, orders: int) -> Decimal | None:
    if not orders:
        return None
    return (Decimal(total_cents) / orders / 100).quantize(Decimal("0.01"))


_DERIVED: dict[str, Callable[[Mapping[Any, Any], date], Any]] = {
    "created_at": lambda row, today: row["_created_at"].date() if row["_created_at"] else None,
    "age": lambda row, today: age_on(row["birth_date"], today) if row["birth_date"] else None,
    "total_spent": lambda row, today: _cents(row["_total_spent_cents"]),
    "avg_order_value": lambda row, today: _average_order(row["_total_spent_cents"], row["purchase_count"]),
    "preferred_channel": lambda row, today: preferred_channel(row["_online"], row["_in_store"]),
    "owner": lambda row, today: row["_owner"],
}


def _inherited(field_id: str, row: Mapping[Any, Any]) -> Any:
    value = row[f"_co_{field_id}"]
    if value is None:
        value = row[f"_own_{field_id}"]
    return _cents(value) if field_id == "annual_revenue" else value


_SET_SOURCES: dict[str, tuple[Any, Any, Any]] = {
    # field id: (link table contact column, name column, join condition)
    "tags": (ContactTag.contact_id, Tag.name, ContactTag.tag_id == Tag.id),
    "needs": (ContactNeed.contact_id, Need.name, ContactNeed.need_id == Need.id),
    "products": (ContactProduct.contact_id, Product.code, ContactProduct.product_id == Product.id),
}


def unknown_fields(field_ids: Iterable[str], catalogue: Catalogue) -> list[str]:
    """The ids that are not readable columns (unknown, or the ``segment`` pseudo-field)."""
    return [f for f in field_ids if f not in catalogue or catalogue[f].type is FieldType.SEGMENT]


def base_select() -> Select[Any]:
    """Every column the record reader needs, for contacts still to be filtered."""
    columns = [expr.label(name) for name, expr in {**_DIRECT, **_RAW}.items()]
    return (
        select(*columns)
        .select_from(Contact)
        .outerjoin(company, Contact.company_id == company.id)
        .outerjoin(TeamMember, Contact.owner_id == TeamMember.id)
    )


def _set_values(session: Session, field_id: str, ids: Sequence[int]) -> dict[int, set[str]]:
    contact_col, name_col, join_on = _SET_SOURCES[field_id]
    found: dict[int, set[str]] = defaultdict(set)
    for contact_id, name in session.execute(
        select(contact_col, name_col).join(name_col.class_, join_on).where(contact_col.in_(ids))
    ):
        found[contact_id].add(name)
    return found


def _custom_values(session: Session, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    found: dict[int, dict[str, Any]] = defaultdict(dict)
    rows = session.execute(
        select(
            CustomValue.contact_id,
            CustomValue.field_key,
            CustomField.value_type,
            CustomValue.text_value,
            CustomValue.number_value,
            CustomValue.date_value,
        )
        .join(CustomField, CustomField.key == CustomValue.field_key)
        .where(CustomValue.contact_id.in_(ids))
    )
    for contact_id, key, value_type, text_value, number_value, date_value in rows:
        value = {"text": text_value, "number": number_value, "date": date_value}[value_type]
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        found[contact_id][key] = value
    return found


def iter_records(
    session: Session,
    contact_ids: Select[Any] | None,
    field_ids: Sequence[str],
    today: date,
    *,
    chunk: int | None = None,
) -> Iterator[Record]:
    """Records (field id -> value) of the contacts selected by ``contact_ids`` (all when None), by id."""
    query = base_select().order_by(Contact.id)
    if contact_ids is not None:
        query = query.where(Contact.id.in_(contact_ids.scalar_subquery()))
    wanted_sets = [f for f in field_ids if f in _SET_SOURCES]
    wanted_custom = any(f.startswith(CUSTOM_PREFIX) for f in field_ids)
    last_id = 0
    while True:
        rows = session.execute(query.where(Contact.id > last_id).limit(chunk or CHUNK)).mappings().all()
        if not rows:
            return
        ids = [row["id"] for row in rows]
        last_id = ids[-1]
        sets = {f: _set_values(session, f, ids) for f in wanted_sets}
        custom = _custom_values(session, ids) if wanted_custom else {}
        for row in rows:
            yield _record(row, field_ids, today, sets, custom)


def _record(
    row: Mapping[Any, Any],
    field_ids: Sequence[str],
    today: date,
    sets: Mapping[str, Mapping[int, set[str]]],
    custom: Mapping[int, Mapping[str, Any]],
) -> Record:
    record: Record = {}
    contact_id = row["id"]
    for field_id in field_ids:
        if field_id in _DIRECT:
            record[field_id] = row[field_id]
        elif field_id in _INHERITED:
            record[field_id] = _inherited(field_id, row)
        elif field_id in _DERIVED:
            record[field_id] = _DERIVED[field_id](row, today)
        elif field_id in sets:
            record[field_id] = frozenset(sets[field_id].get(contact_id, ()))
        elif field_id.startswith(CUSTOM_PREFIX):
            record[field_id] = custom.get(contact_id, {}).get(field_id[len(CUSTOM_PREFIX) :])
        else:
            raise KeyError(field_id)
    return record


def custom_field_specs(session: Session) -> list[tuple[str, str, str]]:
    """(key, type, label) of the database's custom fields, in their display order."""
    rows = session.execute(
        select(CustomField.key, CustomField.value_type, CustomField.label).order_by(
            CustomField.position, CustomField.key
        )
    )
    return [(key, value_type, label) for key, value_type, label in rows]
