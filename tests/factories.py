"""Small builders for test data written through the real models."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from segdesk.store.models import Contact

NOW = datetime(2026, 11, 1, 9, 30)


def make_contact(session: Session, **values: Any) -> Contact:
    values.setdefault("kind", "person")
    first, last = values.get("first_name"), values.get("last_name")
    name = values.get("company_name") if values["kind"] == "company" else " ".join(p for p in (first, last) if p)
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
