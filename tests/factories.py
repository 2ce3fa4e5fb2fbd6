"""Small builders for test data written through the real models."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy.orm import Session

from segdesk.app import main
from segdesk.store.database import Store
from segdesk.store.models import (
    Contact,
    ContactProduct,
    ContactTag,
    CustomField,
    CustomValue,
    Product,
    Tag,
    TeamMember,
)

NOW = datetime(2026, 11, 1, 9, 30)


def make_contact(session: Session, **values: Any) -> Contact:
    values.setdefault("kind", "person")
    first, last = values.get("first_name"), values.get("last_name")
    name = (
        values.get("company_name") if values["kind"] == "company" else " ".join(p for p in (first, last) if p)
    )
    values.setdefault("full_name", name or "")
    values.setdefault("sort_name", (values["full_name"] or "").casefold())
    values.setdefault("created_at", NOW)
    values.setdefault("updated_at", NOW)
    contact = Contact(**values)
    session.add(contact)
    session.flush()
    return contact


def day(text: str) -> date:
    return date.fromisoformat(text)


def fill_shop(store: Store) -> None:
    """A company and one of its people with tags, products, a custom field and an owner."""
    with store.transaction() as session:
        owner = TeamMember(name="Marta")
        vip, news = Tag(name="vip"), Tag(name="newsletter")
        espresso, beans = Product(code="ESPRESSO-1", name="Espresso"), Product(code="BEANS-1", name="Beans")
        session.add_all(
            [owner, vip, news, espresso, beans, CustomField(key="card", value_type="number", label="Card")]
        )
        session.flush()
        company = make_contact(
            session,
            kind="company",
            company_name="Bar Żółw sp. z o.o.",
            industry="hospitality",
            employees=8,
            annual_revenue_cents=1_250_000_50,
        )
        person = make_contact(
            session,
            first_name="Łucja",
            last_name="Nowak",
            company_id=company.id,
            company_name=company.company_name,
            email="lucja@example.pl",
            birth_date=date(1990, 2, 28),
            owner_id=owner.id,
            email_ok=True,
            purchase_count=3,
            total_spent_cents=100_00,
            online_order_count=2,
            in_store_order_count=1,
            last_contact_at=date(2026, 10, 30),
            created_at=datetime(2025, 1, 2, 10, 0),
            job_title="=HYPERLINK()",
        )
        session.add_all(
            [
                ContactTag(contact_id=person.id, tag_id=vip.id),
                ContactTag(contact_id=person.id, tag_id=news.id),
                ContactProduct(
                    contact_id=person.id,
                    product_id=espresso.id,
                    first_bought_at=date(2025, 1, 2),
                    last_bought_at=date(2026, 1, 2),
                    quantity=2,
                ),
                CustomValue(contact_id=person.id, field_key="card", number_value=1234.0),
            ]
        )


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of one ``segdesk`` command, whether it returned or exited."""
    try:
        code = main(list(argv))
    except SystemExit as exited:
        code = exited.code if isinstance(exited.code, int) else 1
    captured = capsys.readouterr()
    return code, captured.out, captured.err
