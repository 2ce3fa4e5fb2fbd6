"""Exports read the same values on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from segdesk.services.export import export_contacts
from segdesk.store import contact_records
from segdesk.store.database import Store
from segdesk.store.models import Contact
from tests.factories import fill_shop

COLUMNS = [
    "id",
    "full_name",
    "industry",
    "annual_revenue",
    "tags",
    "products",
    "avg_order_value",
    "custom.card",
]


def test_export_of_a_selection_in_machine_form(store: Store, tmp_path: Path) -> None:
    fill_shop(store)
    out = tmp_path / "people.csv"
    people = select(Contact.id).where(Contact.kind == "person")
    result = export_contacts(store, out, columns=COLUMNS, contact_ids=people, today=date(2026, 11, 24))
    assert result.rows == 1
    with out.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows == [
        COLUMNS,
        ["2", "Łucja Nowak", "hospitality", "1250000.50", "newsletter;vip", "ESPRESSO-1", "33.33", "1234"],
    ]


def test_export_streams_in_chunks_in_id_order(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill_shop(store)
    monkeypatch.setattr(contact_records, "CHUNK", 1)
    out = tmp_path / "all.csv"
    export_contacts(store, out, columns=["id", "tags"], today=date(2026, 11, 24))
    assert out.read_text(encoding="utf-8").splitlines() == ["id,tags", "1,", "2,newsletter;vip"]
