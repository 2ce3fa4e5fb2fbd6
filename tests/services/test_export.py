"""Exports read the same values on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from segdesk.domain.fields import FieldType
from segdesk.io.csv_export import neutralise_formula, protect_column
from segdesk.services.catalogue import load_catalogue
from segdesk.services.export import export_contacts, machine_value
from segdesk.store import contact_records, record_rows
from segdesk.store.database import Store
from segdesk.store.models import Contact
from tests.factories import fill_shop, make_contact

TODAY = date(2026, 11, 24)

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
    monkeypatch.setattr(record_rows, "CHUNK", 1)
    out = tmp_path / "all.csv"
    export_contacts(store, out, columns=["id", "tags"], today=date(2026, 11, 24))
    assert out.read_text(encoding="utf-8").splitlines() == ["id,tags", "1,", "2,newsletter;vip"]


def _every_field(store: Store) -> list[str]:
    catalogue = load_catalogue(store)
    return [f.id for f in catalogue.fields if f.type is not FieldType.SEGMENT]


def test_the_row_reader_reads_what_the_record_reader_does(store: Store) -> None:
    fill_shop(store)
    with store.transaction() as session:
        make_contact(session, first_name="Nobody", birth_date=date(2000, 2, 29))
    field_ids = _every_field(store)
    assert {"custom.card", "tags", "products", "needs", "owner", "age", "industry"} <= set(field_ids)
    chosen = select(Contact.id).where(Contact.id != 1)
    with store.sessions() as session:
        for contact_ids in (None, chosen):
            records = list(contact_records.iter_records(session, contact_ids, field_ids, TODAY))
            chunks = record_rows.iter_row_chunks(session, contact_ids, field_ids, TODAY, chunk=2)
            rows = [row for chunk in chunks for row in chunk]
            assert [tuple(r[f] for f in field_ids) for r in records] == [tuple(row) for row in rows]
            assert len(rows) == (3 if contact_ids is None else 2)


def test_csv_cells_are_the_machine_form_of_every_field(store: Store, tmp_path: Path) -> None:
    fill_shop(store)
    field_ids = _every_field(store)
    out = tmp_path / "all.csv"
    export_contacts(store, out, columns=field_ids, today=TODAY)
    with store.sessions() as session:
        records = list(contact_records.iter_records(session, None, field_ids, TODAY))
    with out.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[1:] == [[machine_value(r[f]) for f in field_ids] for r in records]


def test_human_csv_has_translated_headers_a_bom_and_no_live_formulas(
    sqlite_store: Store, tmp_path: Path
) -> None:
    with sqlite_store.transaction() as session:
        make_contact(session, first_name="=1+1", last_name="Evil", phone="+390212345678", city="-Milano")
        make_contact(session, first_name="Ada", city="@home", mobile="+39333", stage="-5")
    out = tmp_path / "people.csv"
    result = export_contacts(sqlite_store, out, today=TODAY)
    assert result.rows == 2
    assert out.read_bytes().startswith(b"\xef\xbb\xbfName,Company,Email,Phone,Mobile,")
    with out.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[1][:4] == ["'=1+1 Evil", "", "", "+390212345678"] and rows[1][7] == "'-Milano"
    assert rows[2][7] == "'@home" and rows[2][4] == "+39333" and rows[2][9] == "-5"


cells = st.lists(st.one_of(st.none(), st.text(alphabet="=+-@\t\r\x00.eE0123456789 ab", max_size=6)))


@given(values=cells)
def test_protecting_a_column_is_neutralising_every_cell(values: list[str | None]) -> None:
    expected = [neutralise_formula(v) if v is not None else None for v in values]
    assert list(protect_column(values)) == expected
