"""A small contact database described in plain Python: written to SQL, and read as reference facts.

The same :class:`World` fills a real store (SQLite or PostgreSQL) and answers
:class:`segdesk.domain.reference_eval.ContactFacts` for each contact, so SQL results
can be compared with the reference evaluator.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from sqlalchemy import delete, insert, text
from sqlalchemy.orm import Session

from segdesk.domain.dates import age_on, shift_clamped
from segdesk.domain.fields import Catalogue, CustomFieldSpec, FieldType
from segdesk.domain.reference_eval import evaluate
from segdesk.domain.rules import Group, Window, parse_rules
from segdesk.segments.columns import tables

TEAM = {1: "Anna", 2: "Łukasz"}
TAGS = {1: "vip", 2: "VIP", 3: "newsletter", 4: "straße", 5: "ŁÓDŹ"}
NEEDS = {1: "financing", 2: "Delivery"}
PRODUCTS = {1: "ESP-1", 2: "esp-2", 3: "Ł-3", 4: "MUG"}
CUSTOM = {"renewal": "date", "score": "number", "note": "text"}
CATALOGUE = Catalogue(tuple(CustomFieldSpec(k, FieldType(t), k.title()) for k, t in CUSTOM.items()))
NOW = datetime(2024, 1, 1, 12, 0)
DEFAULTS: dict[str, Any] = {
    "kind": "person",
    "full_name": "",
    "email_ok": False,
    "phone_ok": False,
    "mail_ok": False,
    "created_at": NOW,
}

# Tables emptied between examples, children first.
TABLES = (
    "snapshot_members",
    "segment_snapshots",
    "segment_list_entries",
    "segments",
    "custom_values",
    "custom_fields",
    "order_lines",
    "orders",
    "contact_products",
    "interactions",
    "contact_tags",
    "contact_needs",
    "tags",
    "needs",
    "products",
    "contacts",
    "team_members",
)


@dataclass
class Order:
    ordered_at: datetime
    channel: str = "online"
    total_cents: int = 0
    lines: list[tuple[int, int]] = field(default_factory=list)  # (product id, amount cents)


@dataclass
class Person:
    """One contact row plus its facts; ``values`` holds the plain contacts columns."""

    id: int
    values: dict[str, Any] = field(default_factory=dict)
    tags: set[int] = field(default_factory=set)
    needs: set[int] = field(default_factory=set)
    orders: list[Order] = field(default_factory=list)
    interactions: list[datetime] = field(default_factory=list)
    custom: dict[str, Any] = field(default_factory=dict)

    def summary(self) -> dict[str, Any]:
        online = sum(1 for o in self.orders if o.channel == "online")
        bought = [o.ordered_at.date() for o in self.orders]
        return {
            "interaction_count": len(self.interactions),
            "last_contact_at": max((i.date() for i in self.interactions), default=None),
            "purchase_count": len(self.orders),
            "total_spent_cents": sum(o.total_cents for o in self.orders),
            "online_order_count": online,
            "in_store_order_count": len(self.orders) - online,
            "first_purchase_at": min(bought, default=None),
            "last_purchase_at": max(bought, default=None),
        }


@dataclass
class SavedSegment:
    id: int
    name: str
    rules: Group | None  # None: static
    entries: dict[int, str] = field(default_factory=dict)  # contact id -> role


@dataclass
class World:
    people: list[Person]
    segments: list[SavedSegment] = field(default_factory=list)

    def by_id(self, contact_id: int) -> Person | None:
        return next((p for p in self.people if p.id == contact_id), None)

    # ---------------------------------------------------------------- SQL

    def write(self, session: Session) -> None:
        for name in TABLES:
            session.execute(delete(tables(name)))
        t = tables
        session.execute(
            insert(t("team_members")), [{"id": k, "name": v, "active": True} for k, v in TEAM.items()]
        )
        session.execute(insert(t("tags")), [{"id": k, "name": v} for k, v in TAGS.items()])
        session.execute(insert(t("needs")), [{"id": k, "name": v} for k, v in NEEDS.items()])
        session.execute(
            insert(t("products")),
            [{"id": k, "code": v, "name": v, "active": True} for k, v in PRODUCTS.items()],
        )
        session.execute(
            insert(t("custom_fields")),
            [{"key": k, "value_type": v, "label": k, "position": 0} for k, v in CUSTOM.items()],
        )
        if self.people:
            companies_first = sorted(self.people, key=lambda p: p.values.get("company_id") is not None)
            session.execute(insert(t("contacts")), [self._contact_row(p) for p in companies_first])
            self._write_facts(session)
        if self.segments:
            session.execute(insert(t("segments")), [self._segment_row(s) for s in self.segments])
            rows = [
                {"segment_id": s.id, "contact_id": cid, "role": role}
                for s in self.segments
                for cid, role in s.entries.items()
            ]
            if rows:
                session.execute(insert(t("segment_list_entries")), rows)
        if session.get_bind().dialect.name == "postgresql":  # explicit ids leave the sequences behind
            for name in ("segments", "contacts"):
                sequence = f"pg_get_serial_sequence('{name}', 'id')"
                session.execute(text(f"SELECT setval({sequence}, 1000 + coalesce(max(id), 0)) FROM {name}"))

    def _contact_row(self, person: Person) -> dict[str, Any]:
        row: dict[str, Any] = {column.name: None for column in tables("contacts").columns}
        row.update(DEFAULTS, sort_name="", updated_at=NOW, version=1)
        row.update(person.values)
        row.update(person.summary())
        row["id"] = person.id
        # The cadence_days field reads the interval that applies, kept by followups/.
        row["effective_cadence_days"] = row.pop("cadence_days")
        return row

    def _segment_row(self, segment: SavedSegment) -> dict[str, Any]:
        from segdesk.domain.rules import to_json

        rules = None if segment.rules is None else json.dumps(to_json(segment.rules))
        return {
            "id": segment.id,
            "name": segment.name,
            "rules_json": rules,
            "created_at": NOW,
            "updated_at": NOW,
            "version": 1,
        }

    def _write_facts(self, session: Session) -> None:
        t = tables
        tags = [{"contact_id": p.id, "tag_id": tag} for p in self.people for tag in p.tags]
        needs = [{"contact_id": p.id, "need_id": need} for p in self.people for need in p.needs]
        inter = [
            {"contact_id": p.id, "occurred_at": at, "channel": "call"}
            for p in self.people
            for at in p.interactions
        ]
        orders, lines, bought = [], [], {}
        for p in self.people:
            for order in p.orders:
                order_id = len(orders) + 1
                orders.append(
                    {
                        "id": order_id,
                        "contact_id": p.id,
                        "ordered_at": order.ordered_at,
                        "channel": order.channel,
                        "total_cents": order.total_cents,
                    }
                )
                for product_id, amount in order.lines:
                    lines.append(
                        {
                            "order_id": order_id,
                            "product_id": product_id,
                            "quantity": 1,
                            "amount_cents": amount,
                        }
                    )
                    day = order.ordered_at.date()
                    first, last = bought.get((p.id, product_id), (day, day))
                    bought[(p.id, product_id)] = (min(first, day), max(last, day))
        products = [
            {"contact_id": c, "product_id": pid, "first_bought_at": f, "last_bought_at": la, "quantity": 1}
            for (c, pid), (f, la) in bought.items()
        ]
        custom = [self._custom_row(p.id, k, v) for p in self.people for k, v in p.custom.items()]
        for name, rows in (
            ("contact_tags", tags),
            ("contact_needs", needs),
            ("interactions", inter),
            ("orders", orders),
            ("order_lines", lines),
            ("contact_products", products),
            ("custom_values", custom),
        ):
            if rows:
                session.execute(insert(t(name)), rows)

    @staticmethod
    def _custom_row(contact_id: int, key: str, value: Any) -> dict[str, Any]:
        kind = CUSTOM[key]
        return {
            "contact_id": contact_id,
            "field_key": key,
            "text_value": value if kind == "text" else None,
            "number_value": value if kind == "number" else None,
            "date_value": value if kind == "date" else None,
        }

    # ---------------------------------------------------------------- reference

    def facts(self, person: Person, today: date) -> PersonFacts:
        return PersonFacts(self, person, today)

    def segment_members(self, today: date) -> dict[str, set[int]]:
        members: dict[str, set[int]] = {}
        for segment in self.segments:
            if segment.rules is None:
                found = {c for c, role in segment.entries.items() if role == "member"}
            else:
                found = {
                    p.id
                    for p in self.people
                    if evaluate(
                        segment.rules,
                        self.facts(p, today),
                        today,
                        catalogue=CATALOGUE,
                        segment_members=members,
                    )
                }
                found |= {c for c, role in segment.entries.items() if role == "include"}
                found -= {c for c, role in segment.entries.items() if role == "exclude"}
            members[segment.name] = found
        return members

    def expected(self, rules: Group, today: date) -> set[int]:
        members = self.segment_members(today)
        return {
            p.id
            for p in self.people
            if evaluate(rules, self.facts(p, today), today, catalogue=CATALOGUE, segment_members=members)
        }


def _cents(value: int) -> Decimal:
    return Decimal(value).scaleb(-2)


INHERITED = {"industry", "legal_form", "employees", "annual_revenue_cents"}
SUMMARY_FIELDS = {
    "interaction_count",
    "last_contact_at",
    "purchase_count",
    "first_purchase_at",
    "last_purchase_at",
}


@dataclass(frozen=True)
class PersonFacts:
    world: World
    person: Person
    today: date

    def _column(self, name: str) -> Any:
        if name in INHERITED and self.person.values.get("company_id") is not None:
            company = self.world.by_id(self.person.values["company_id"])
            if company is not None and company.values.get(name) is not None:
                return company.values[name]
        if name in SUMMARY_FIELDS:
            return self.person.summary()[name]
        return self.person.values.get(name, DEFAULTS.get(name))

    def _window(self, window: Window | None) -> tuple[datetime, datetime] | None:
        if window is None:
            return None
        start = shift_clamped(self.today, -window.amount, window.unit)
        return datetime.combine(start, time.min), datetime.combine(self.today + timedelta(days=1), time.min)

    def _orders(self, window: Window | None) -> list[Order]:
        span = self._window(window)
        return [o for o in self.person.orders if span is None or span[0] <= o.ordered_at < span[1]]

    def value(self, field_id: str, window: Window | None) -> object:
        p = self.person
        if field_id == "id":
            return p.id
        if field_id == "company":
            return p.values.get("company_name")
        if field_id == "annual_revenue":
            cents = self._column("annual_revenue_cents")
            return None if cents is None else _cents(cents)
        if field_id == "age":
            birth = p.values.get("birth_date")
            return None if birth is None else age_on(birth, self.today)
        if field_id == "owner":
            return TEAM.get(p.values.get("owner_id") or 0)
        if field_id == "tags":
            return {TAGS[t] for t in p.tags}
        if field_id == "needs":
            return {NEEDS[n] for n in p.needs}
        if field_id == "products":
            return {PRODUCTS[pid] for o in self._orders(window) for pid, _ in o.lines}
        if field_id == "interaction_count":
            span = self._window(window)
            return sum(1 for at in p.interactions if span is None or span[0] <= at < span[1])
        orders = self._orders(window)
        if field_id == "purchase_count":
            return len(orders)
        if field_id == "total_spent":
            return _cents(sum(o.total_cents for o in orders))
        if field_id == "avg_order_value":
            if not orders:
                return None
            average = Decimal(sum(o.total_cents for o in orders)) / len(orders)
            return _cents(int(average.quantize(Decimal(1), ROUND_HALF_EVEN)))
        if field_id == "preferred_channel":
            online = sum(1 for o in p.orders if o.channel == "online")
            in_store = len(p.orders) - online
            return "online" if online > in_store else "in_store" if in_store > online else None
        if field_id.startswith("custom."):
            return p.custom.get(field_id[len("custom.") :])
        return self._column(field_id)


def parse(doc: Mapping[str, Any]) -> Group:
    return parse_rules({"version": 1, **doc})
