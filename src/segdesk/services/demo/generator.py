"""Rows for a chunk of demo contacts: plain dicts per table, primary keys assigned here.

The summary columns of each contact (last contact, order totals, consent flags)
and its ``contact_products`` are computed from the facts generated with it, the
way :func:`segdesk.store.derived.recompute_summaries` would compute them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from segdesk.services.demo.data_business import CONSENT_SOURCES, CONSENT_WORDING, NEEDS, SOURCES
from segdesk.services.demo.data_people import NAMING
from segdesk.services.demo.history import Histories, History, stage_for
from segdesk.services.demo.identity import Identities, Place

Row = dict[str, Any]
TABLE_ORDER = (
    "contacts",
    "contact_tags",
    "contact_needs",
    "consent_records",
    "interactions",
    "orders",
    "order_lines",
    "contact_products",
    "custom_values",
)
CONTACT_DEFAULTS: Row = dict.fromkeys(
    (
        "company_id first_name last_name company_name job_title email phone mobile website street "
        "postal_code city region country language birth_date gender education income_band industry "
        "legal_form employees annual_revenue_cents notes cadence_days rfm_recency rfm_frequency "
        "rfm_monetary import_batch_id owner_id"
    ).split()
)
_CONSENT_CHANCE = {"consumer": (0.65, 0.35, 0.25), "company": (0.8, 0.6, 0.4), "employee": (0.6, 0.3, 0.1)}
VIP_SPEND_CENTS = 150_000


@dataclass(slots=True)
class NextIds:
    contacts: int
    interactions: int
    orders: int
    order_lines: int
    consent_records: int

    def take(self, table: str) -> int:
        value: int = getattr(self, table)
        setattr(self, table, value + 1)
        return value


@dataclass(frozen=True, slots=True)
class Lookups:
    team: tuple[int, ...]
    products: tuple[int, ...]  # ids in the order of data_business.PRODUCTS
    tags: dict[str, int]
    needs: dict[str, int]


@dataclass(slots=True)
class Chunk:
    rows: dict[str, list[Row]] = field(default_factory=lambda: {t: [] for t in TABLE_ORDER})


class DemoGenerator:
    def __init__(self, seed: int, today: date, lookups: Lookups, ids: NextIds) -> None:
        self.r = random.Random(seed)
        self.today = today
        self.lookups = lookups
        self.ids = ids
        self.people = Identities(self.r, today)
        self.histories = Histories(self.r, today, len(lookups.team))

    def chunk(self, size: int) -> Chunk:
        """Rows for ``size`` contacts: about 80% consumers, 20% companies and their staff."""
        r = self.r
        chunk = Chunk()
        made = 0
        while made < size:
            country = self.people.country()
            if r.random() >= 0.077 or size - made < 2:
                row = self.people.person(country, consumer=True)
                self._contact(chunk, row, "consumer", self.people.place(country), None)
                made += 1
                continue
            place = self.people.place(country)
            company = self.people.company(country, place)
            domain = company.pop("_domain")
            company_id = self._contact(chunk, company, "company", place, None)
            made += 1
            for _ in range(min(size - made, r.choice((0, 1, 1, 2, 2, 3, 4)))):
                row = self.people.person(country, consumer=False)
                row["email"] = self.people.person_email(row["first_name"], row["last_name"], domain)
                row["company_id"] = company_id
                row["company_name"] = company["company_name"]
                row["job_title"] = r.choice(NAMING[country.code].job_titles)
                row["phone"] = company["phone"]
                self._contact(chunk, row, "employee", place, company)
                made += 1
        return chunk

    def _contact(self, chunk: Chunk, row: Row, kind: str, place: Place, employer: Row | None) -> int:
        r, today, people = self.r, self.today, self.people
        contact_id = self.ids.take("contacts")
        full = {**CONTACT_DEFAULTS, **row, "id": contact_id}
        full.update(street=place.street, postal_code=place.postal_code, city=place.city.name)
        full.update(region=place.city.region)
        if kind == "consumer":
            full["email"] = (
                people.person_email(row["first_name"], row["last_name"]) if r.random() < 0.9 else None
            )
            full["mobile"] = people.mobile(place.country) if r.random() < 0.85 else None
            full["phone"] = people.landline(place.city) if r.random() < 0.3 else None
        elif kind == "company":
            full["phone"] = row["phone"] = people.landline(place.city)
            full["mobile"] = people.mobile(place.country) if r.random() < 0.2 else None
        else:
            full["mobile"] = people.mobile(place.country) if r.random() < 0.6 else None
        people.display(full)
        owner_slot = r.randrange(len(self.lookups.team))
        full["owner_id"] = self.lookups.team[owner_slot] if kind != "consumer" or r.random() < 0.6 else None
        full["source"] = r.choice(SOURCES) if r.random() < 0.9 else None
        online_share = r.choice((0.1, 0.3, 0.5, 0.7, 0.9)) * (0.7 if kind != "consumer" else 1.0)
        history = self.histories.draw(kind, owner_slot, str(full["language"]), online_share)
        created = datetime.combine(history.created, time(7, r.randrange(0, 60)))
        self._facts(chunk, full, history, created)
        consent = self._consent(chunk, contact_id, kind, created)
        full.update(email_ok=consent["email"], phone_ok=consent["phone"], mail_ok=consent["post"])
        tags = self._tags(full, kind, history, consent["email"])
        for tag in tags:
            chunk.rows["contact_tags"].append({"contact_id": contact_id, "tag_id": self.lookups.tags[tag]})
        for need in sorted(
            r.sample(NEEDS, r.choice((0, 0, 1, 1, 2) if kind == "consumer" else (0, 1, 2, 3)))
        ):
            chunk.rows["contact_needs"].append(
                {"contact_id": contact_id, "need_id": self.lookups.needs[need]}
            )
        full["stage"] = stage_for(
            "ambassador" in tags,
            full["first_purchase_at"],
            full["last_purchase_at"],
            today,
            history.profile == "lead",
        )
        if r.random() < (0.4 if kind == "company" else 0.12):
            full["cadence_days"] = r.choice((90, 180))
        last_contact: date | None = full["last_contact_at"]
        every = timedelta(days=full["cadence_days"] or 90)
        full["next_followup_at"] = last_contact + every if last_contact else created.date()
        full["created_at"] = created
        full["updated_at"] = max(
            [created, *(i[0] for i in history.interactions), *(o.at for o in history.orders)]
        )
        self._custom(chunk, contact_id, kind)
        chunk.rows["contacts"].append(full)
        return contact_id

    def _facts(self, chunk: Chunk, full: Row, history: History, created: datetime) -> None:
        contact_id, lookups, ids = full["id"], self.lookups, self.ids
        for at, channel, outcome, note, member in history.interactions:
            chunk.rows["interactions"].append(
                {
                    "id": ids.take("interactions"),
                    "contact_id": contact_id,
                    "occurred_at": at,
                    "channel": channel,
                    "outcome": outcome,
                    "note": note,
                    "member_id": lookups.team[member],
                    "import_batch_id": None,
                }
            )
        bought: dict[int, list[Any]] = {}
        for order in history.orders:
            order_id = ids.take("orders")
            prefix = "WEB" if order.channel == "online" else "POS"
            chunk.rows["orders"].append(
                {
                    "id": order_id,
                    "contact_id": contact_id,
                    "ordered_at": order.at,
                    "channel": order.channel,
                    "total_cents": order.total_cents,
                    "reference": f"{prefix}-{order_id:08d}",
                    "import_batch_id": None,
                }
            )
            day = order.at.date()
            for index, quantity, amount in order.lines:
                product_id = lookups.products[index]
                chunk.rows["order_lines"].append(
                    {
                        "id": ids.take("order_lines"),
                        "order_id": order_id,
                        "product_id": product_id,
                        "quantity": quantity,
                        "amount_cents": amount,
                    }
                )
                seen = bought.setdefault(product_id, [day, day, 0])
                seen[0], seen[1], seen[2] = min(seen[0], day), max(seen[1], day), seen[2] + quantity
        for product_id in sorted(bought):
            first, last, quantity = bought[product_id]
            chunk.rows["contact_products"].append(
                {
                    "contact_id": contact_id,
                    "product_id": product_id,
                    "first_bought_at": first,
                    "last_bought_at": last,
                    "quantity": quantity,
                }
            )
        orders = history.orders
        days = [o.at.date() for o in orders]
        full.update(
            last_contact_at=max((i[0].date() for i in history.interactions), default=None),
            interaction_count=len(history.interactions),
            first_purchase_at=min(days, default=None),
            last_purchase_at=max(days, default=None),
            purchase_count=len(orders),
            total_spent_cents=sum(o.total_cents for o in orders),
            online_order_count=sum(1 for o in orders if o.channel == "online"),
            in_store_order_count=sum(1 for o in orders if o.channel == "in_store"),
        )

    def _consent(self, chunk: Chunk, contact_id: int, kind: str, created: datetime) -> dict[str, bool]:
        r, end = self.r, datetime.combine(self.today, time(18))
        latest: dict[str, bool] = {}
        span = max(1, int((end - created).total_seconds() // 60))
        for channel, chance in zip(("email", "phone", "post"), _CONSENT_CHANCE[kind], strict=True):
            granted = False
            if r.random() < chance:
                at = created + timedelta(minutes=r.randrange(min(span, 60 * 24 * 30)))
                granted = r.random() < 0.85
                records = [(at, granted)]
                if r.random() < 0.12 and at < end - timedelta(days=1):
                    later = at + timedelta(minutes=r.randint(60 * 24, int((end - at).total_seconds() // 60)))
                    granted = not granted
                    records.append((later, granted))
                for when, value in records:
                    chunk.rows["consent_records"].append(
                        {
                            "id": self.ids.take("consent_records"),
                            "contact_id": contact_id,
                            "channel": channel,
                            "granted": value,
                            "recorded_at": when,
                            "source": r.choice(CONSENT_SOURCES),
                            "wording": CONSENT_WORDING[channel],
                        }
                    )
            latest[channel] = granted
        return latest

    def _tags(self, full: Row, kind: str, history: History, email_ok: bool) -> list[str]:
        r = self.r
        tags: list[str] = []
        if email_ok and r.random() < 0.7:
            tags.append("newsletter")
        if full["total_spent_cents"] >= VIP_SPEND_CENTS * (5 if kind == "company" else 1):
            tags.append("vip")
        if kind == "company" and history.orders:
            tags.append("wholesale")
        if history.profile == "ambassador":
            tags.append("ambassador")
        for tag, chance in (("eco", 0.12), ("events", 0.08), ("decaf", 0.06), ("price_sensitive", 0.1)):
            if r.random() < chance:
                tags.append(tag)
        if kind == "consumer" and r.random() < 0.15:
            tags.append("home_barista")
        if kind == "company" and r.random() < 0.2:
            tags.append("corporate_gifts")
        return sorted(tags)

    def _custom(self, chunk: Chunk, contact_id: int, kind: str) -> None:
        r = self.r
        values: list[Row] = []
        if kind == "company":
            if r.random() < 0.7:
                renewal = self.today + timedelta(days=r.randint(-60, 420))
                values.append(_custom_value(contact_id, "contract_renewal", date_value=renewal))
            if r.random() < 0.5:
                values.append(
                    _custom_value(contact_id, "machines_installed", number_value=float(r.randint(1, 12)))
                )
        elif kind == "consumer" and r.random() < 0.35:
            values.append(_custom_value(contact_id, "loyalty_card", text_value=f"LC-{contact_id:08d}"))
        chunk.rows["custom_values"].extend(values)


def _custom_value(contact_id: int, key: str, **value: Any) -> Row:
    row: Row = {"contact_id": contact_id, "field_key": key, "text_value": None, "number_value": None}
    row["date_value"] = None
    row.update(value)
    return row
