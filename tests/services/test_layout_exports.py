"""Google Contacts and Outlook CSV exports: exact headers, safe cells, and round trips through an import."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from segdesk.io.address_books import GOOGLE_HEADERS, OUTLOOK_HEADERS, Contact, google_row, outlook_row
from segdesk.io.layouts import detect_layout
from segdesk.services.export import export_contacts
from segdesk.store.database import Store, open_store
from segdesk.store.models import Contact as StoredContact
from segdesk.store.models import ContactTag, Tag
from tests.factories import make_contact
from tests.io.support import TODAY, run_import
from tests.test_cli import run

FIELDS = [
    "kind", "first_name", "last_name", "company_name", "job_title", "email", "phone", "mobile", "website",
    "street", "postal_code", "city", "region", "country", "birth_date",
]  # fmt: skip


def _address_book(store: Store) -> None:
    with store.transaction() as session:
        tags = {name: Tag(name=name) for name in ("clienti", "vip", "Großhandel")}
        session.add_all(tags.values())
        session.flush()
        firm = make_contact(
            session,
            kind="company",
            company_name="Bäckerei Weiß GmbH",
            email="info@weiss.example.de",
            phone="+49891234567",
            street="Hauptstraße 5",
            postal_code="80331",
            city="München",
            region="Bayern",
            country="DE",
            website="https://weiss.example.de",
        )
        giulia = make_contact(
            session,
            first_name="Giulia",
            last_name="D'Angelo",
            company_id=firm.id,
            company_name=firm.company_name,
            job_title="Responsabile acquisti",
            email="giulia.dangelo@example.it",
            email_ok=True,
            phone="+390212345678",
            mobile="+393331234567",
            street="Via Po 10, int. 3",
            postal_code="10123",
            city="Torino",
            region="TO",
            country="IT",
            birth_date=date(1988, 7, 4),
        )
        lucja = make_contact(
            session,
            first_name="Łucja",
            last_name="Żółkiewska",
            email="lucja@example.pl",
            mobile="+48601234567",
            street="ul. Długa 7",
            postal_code="00-238",
            city="Warszawa",
            country="PL",
            birth_date=date(1990, 2, 28),
        )
        make_contact(
            session,
            first_name="François",
            last_name="Lefèvre",
            email="francois@example.fr",
            phone="+33142685300",
            city="Paris",
            country="FR",
            birth_date=date(1979, 12, 25),
        )
        session.add_all(
            [
                ContactTag(contact_id=giulia.id, tag_id=tags["clienti"].id),
                ContactTag(contact_id=giulia.id, tag_id=tags["vip"].id),
                ContactTag(contact_id=lucja.id, tag_id=tags["Großhandel"].id),
            ]
        )


def _contacts(store: Store) -> list[tuple[Any, ...]]:
    """Every contact's fields and tags, sorted."""
    with store.engine.connect() as connection:
        found = {
            row[0]: list(row[1:])
            for row in connection.execute(
                select(StoredContact.id, *(getattr(StoredContact, f) for f in FIELDS))
            )
        }
        tags: dict[int, list[str]] = {}
        for contact_id, name in connection.execute(select(ContactTag.contact_id, Tag.name).join(Tag)):
            tags.setdefault(contact_id, []).append(name.casefold())
    return sorted(((*values, tuple(sorted(tags.get(i, [])))) for i, values in found.items()), key=repr)


def _rows(path: Path, encoding: str = "utf-8") -> list[list[str]]:
    with path.open(encoding=encoding, newline="") as stream:
        return list(csv.reader(stream))


@pytest.mark.parametrize("file_format", ["google", "outlook"])
def test_export_then_import_gives_the_same_contacts(store: Store, tmp_path: Path, file_format: str) -> None:
    _address_book(store)
    out = tmp_path / f"{file_format}.csv"
    result = export_contacts(store, out, file_format=file_format, today=TODAY)
    assert (result.rows, result.left_out) == (4, 0)  # an address book: everyone, consent or not
    fresh = open_store(tmp_path / "fresh.sqlite3")
    report = run_import(fresh, out, country="US")  # not the contacts' country: every number is +
    assert report.errors == [] and report.created == 4, [p.text() for p in report.problems]
    assert report.layout == file_format
    assert _contacts(fresh) == _contacts(store)
    fresh.close()


def test_google_file_has_googles_header_and_labels(sqlite_store: Store, tmp_path: Path) -> None:
    _address_book(sqlite_store)
    out = tmp_path / "google.csv"
    export_contacts(sqlite_store, out, file_format="google", today=TODAY)
    assert out.read_bytes().startswith(b"First Name,Middle Name,Last Name,Phonetic First Name,")  # no BOM
    rows = _rows(out)
    assert tuple(rows[0]) == GOOGLE_HEADERS and len(GOOGLE_HEADERS) == 34
    assert detect_layout(rows[0]) == "google"
    giulia = dict(zip(rows[0], next(r for r in rows if r[0] == "Giulia"), strict=True))
    assert giulia["Birthday"] == "1988-07-04"
    assert giulia["Labels"] == "* myContacts ::: clienti ::: vip"
    assert (giulia["E-mail 1 - Label"], giulia["E-mail 1 - Value"]) == ("* Work", "giulia.dangelo@example.it")
    assert (giulia["Phone 1 - Label"], giulia["Phone 1 - Value"]) == ("Work", "+390212345678")
    assert (giulia["Phone 2 - Label"], giulia["Phone 2 - Value"]) == ("Mobile", "+393331234567")
    assert giulia["Address 1 - Formatted"] == "Via Po 10, int. 3\n10123 Torino TO\nItaly"
    assert (giulia["Address 1 - Country"], giulia["Organization Name"]) == ("Italy", "Bäckerei Weiß GmbH")
    lucja = dict(zip(rows[0], next(r for r in rows if r[0] == "Łucja"), strict=True))
    assert (lucja["E-mail 1 - Label"], lucja["Address 1 - Label"], lucja["Phone 1 - Value"]) == (
        "* Home",
        "Home",
        "",
    )
    firm = next(r for r in rows if r[10] == "Bäckerei Weiß GmbH" and not r[0])
    assert firm[2] == "" and firm[16] == "* myContacts"


def test_outlook_file_has_outlooks_92_columns_and_a_bom(sqlite_store: Store, tmp_path: Path) -> None:
    _address_book(sqlite_store)
    out = tmp_path / "outlook.csv"
    export_contacts(sqlite_store, out, file_format="outlook", today=TODAY)
    assert out.read_bytes().startswith(b"\xef\xbb\xbfTitle,First Name,Middle Name,Last Name,Suffix,Company,")
    rows = _rows(out, "utf-8-sig")
    assert tuple(rows[0]) == OUTLOOK_HEADERS and len(OUTLOOK_HEADERS) == 92
    assert all(len(row) == 92 for row in rows)
    giulia = dict(zip(rows[0], next(r for r in rows if r[1] == "Giulia"), strict=True))
    assert giulia["Business Street"] == "Via Po 10, int. 3" and giulia["Home Street"] == ""
    assert (giulia["Business Phone"], giulia["Mobile Phone"]) == ("+390212345678", "+393331234567")
    assert (giulia["Business Country/Region"], giulia["Birthday"]) == ("Italy", "1988-07-04")
    assert (giulia["Categories"], giulia["E-mail Type"]) == ("clienti;vip", "SMTP")
    assert giulia["E-mail Display Name"] == "Giulia D'Angelo (giulia.dangelo@example.it)"
    lucja = dict(zip(rows[0], next(r for r in rows if r[1] == "Łucja"), strict=True))
    assert (lucja["Home Street"], lucja["Home Country/Region"], lucja["Business Street"]) == (
        "ul. Długa 7",
        "Poland",
        "",
    )


def test_outlook_reads_cp1252_when_asked(sqlite_store: Store, tmp_path: Path) -> None:
    with sqlite_store.transaction() as session:
        make_contact(session, first_name="Jürgen", last_name="Weiß", city="München", country="DE")
    out = tmp_path / "outlook.csv"
    export_contacts(sqlite_store, out, file_format="outlook", encoding="cp1252", today=TODAY)
    assert out.read_bytes().startswith(b"Title,") and "Jürgen".encode("cp1252") in out.read_bytes()
    fresh = open_store(tmp_path / "fresh.sqlite3")
    assert run_import(fresh, out).created == 1
    fresh.close()


@pytest.mark.parametrize("file_format", ["google", "outlook"])
def test_formula_like_cells_are_neutralised_and_read_back(
    sqlite_store: Store, tmp_path: Path, file_format: str
) -> None:
    with sqlite_store.transaction() as session:
        make_contact(
            session,
            first_name="=cmd|' /C calc'!A0",
            last_name='Quote "Q", Comma',
            job_title="@SUM(1+1)",
            phone="+390212345678",
            street="Via Roma 1\nScala B",
            email="evil@example.it",
        )
    out = tmp_path / "out.csv"
    export_contacts(sqlite_store, out, file_format=file_format, today=TODAY)
    rows = _rows(out, "utf-8-sig")
    cells = dict(zip(rows[0], rows[1], strict=True))
    assert cells["First Name"] == "'=cmd|' /C calc'!A0"
    assert cells["Last Name"] == 'Quote "Q", Comma'
    assert cells["Organization Title" if file_format == "google" else "Job Title"] == "'@SUM(1+1)"
    assert "+390212345678" in rows[1]  # a number, not a formula
    assert "Via Roma 1\nScala B" in rows[1]
    fresh = open_store(tmp_path / "fresh.sqlite3")
    run_import(fresh, out)
    with fresh.engine.connect() as connection:
        first, job = connection.execute(select(StoredContact.first_name, StoredContact.job_title)).one()
    fresh.close()
    assert (first, job) == ("=cmd|' /C calc'!A0", "@SUM(1+1)")


def test_marked_as_a_mailing_list_only_people_who_may_be_emailed(sqlite_store: Store, tmp_path: Path) -> None:
    _address_book(sqlite_store)
    for file_format in ("google", "outlook"):
        out = tmp_path / f"{file_format}.csv"
        result = export_contacts(sqlite_store, out, file_format=file_format, mailing=True, today=TODAY)
        assert (result.rows, result.left_out) == (1, 3)
        assert "giulia.dangelo@example.it" in out.read_text(encoding="utf-8-sig")
        assert "lucja@example.pl" not in out.read_text(encoding="utf-8-sig")


def test_rows_put_companies_and_people_in_their_slots() -> None:
    firm = Contact(kind="company", company="ACME", first_name="ignored", phone="+3902", city="Milano")
    row = dict(zip(OUTLOOK_HEADERS, outlook_row(firm), strict=True))
    assert (row["First Name"], row["Company"], row["Business Phone"], row["Business City"]) == (
        "",
        "ACME",
        "+3902",
        "Milano",
    )
    assert (row["Priority"], row["Private"], row["Sensitivity"], row["Gender"]) == (
        "Normal",
        "False",
        "Normal",
        "Unspecified",
    )
    person = Contact(first_name="Ada", phone="+3902", gender="female", tags=frozenset({"a:::b"}))
    row = dict(zip(OUTLOOK_HEADERS, outlook_row(person), strict=True))
    assert (row["Home Phone"], row["Business Phone"], row["Gender"]) == ("+3902", "", "Female")
    google = dict(zip(GOOGLE_HEADERS, google_row(person), strict=True))
    assert (google["Phone 1 - Label"], google["Labels"], google["Address 1 - Label"]) == (
        "Home",
        "* myContacts ::: a:b",
        "",
    )


def test_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "a.sqlite3"
    store = open_store(db)
    _address_book(store)
    store.close()
    for file_format in ("google", "outlook"):
        out = tmp_path / f"{file_format}.csv"
        code, text, err = run(
            capsys, "--db", str(db), "export", "--all", "--format", file_format, "-o", str(out)
        )
        assert (code, err) == (0, "") and "Exported 4 contacts" in text
        assert detect_layout(_rows(out, "utf-8-sig")[0]) == file_format
    code, text, _ = run(
        capsys, "--db", str(db), "export", "--all", "--format", "google", "--mailing", "-o", str(out)
    )
    assert code == 0 and "Exported 1 contacts" in text and "Left out 3 contacts" in text
