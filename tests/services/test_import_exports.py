"""Exports for people and for mailing tools, read back; and round trips through an import."""

from __future__ import annotations

import csv
import tempfile
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
import vobject
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from python_calamine import CalamineWorkbook
from sqlalchemy import select

from segdesk.services.errors import UserError
from segdesk.services.export import export_contacts
from segdesk.services.selection import Selection
from segdesk.store.database import Store, open_store
from segdesk.store.models import Contact
from tests.factories import fill_shop, make_contact
from tests.io.support import TODAY, run_import


def _people(store: Store) -> None:
    with store.transaction() as session:
        make_contact(
            session,
            first_name="Ada",
            last_name="Ok",
            email="ada@example.it",
            email_ok=True,
            city="Milano",
            country="IT",
            phone="+390212345678",
            birth_date=date(1990, 4, 12),
        )
        make_contact(session, first_name="Bea", last_name="Refused", email="bea@example.it", email_ok=False)
        make_contact(session, first_name="Cy", last_name="Broken", email="cy@@example", email_ok=True)
        make_contact(session, first_name="Di", last_name="Nomail", email=None, email_ok=True)
        make_contact(
            session,
            first_name="=cmd|' /C calc'!A0",
            last_name="Evil",
            email="evil@example.it",
            email_ok=True,
            job_title="@SUM(1+1)",
        )


def test_mailchimp_export_holds_only_people_who_may_be_emailed(store: Store, tmp_path: Path) -> None:
    _people(store)
    out = tmp_path / "audience.csv"
    result = export_contacts(
        store, out, file_format="mailchimp", selection=Selection(everyone=True), today=TODAY
    )
    assert (result.rows, result.left_out) == (2, 3)
    with out.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == [
        "Email Address",
        "First Name",
        "Last Name",
        "Company",
        "Address",
        "Phone Number",
        "Birthday",
        "Country",
        "Language",
        "Tags",
    ]
    assert rows[1] == ["ada@example.it", "Ada", "Ok", "", "", "+390212345678", "04/12", "IT", "", ""]
    assert rows[2][1] == "'=cmd|' /C calc'!A0"


def test_any_format_can_be_a_mailing_list(sqlite_store: Store, tmp_path: Path) -> None:
    _people(sqlite_store)
    result = export_contacts(sqlite_store, tmp_path / "m.vcf", file_format="vcard", mailing=True, today=TODAY)
    assert (result.rows, result.left_out) == (2, 3)
    cards = list(vobject.readComponents((tmp_path / "m.vcf").read_text(encoding="utf-8")))
    assert sorted(card.email.value for card in cards) == ["ada@example.it", "evil@example.it"]
    result = export_contacts(
        sqlite_store, tmp_path / "m.csv", columns=["email", "full_name"], mailing=True, today=TODAY
    )
    assert (tmp_path / "m.csv").read_text(encoding="utf-8").splitlines()[1:] == [
        "ada@example.it,Ada Ok",
        "evil@example.it,=cmd|' /C calc'!A0 Evil",
    ]


def test_xlsx_has_text_never_formulas_and_real_dates(store: Store, tmp_path: Path) -> None:
    fill_shop(store)
    _people(store)
    out = tmp_path / "contacts.xlsx"
    columns = ["full_name", "job_title", "birth_date", "annual_revenue", "tags", "email_ok"]
    result = export_contacts(store, out, file_format="xlsx", columns=columns, today=TODAY)
    assert result.rows == 7
    sheet = CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
    assert sheet[0] == columns
    lucja = next(row for row in sheet if row[0] == "Łucja Nowak")
    assert lucja[1] == "=HYPERLINK()" and lucja[4] == "newsletter; vip" and lucja[5] is True
    assert lucja[2] in (date(1990, 2, 28), datetime(1990, 2, 28))
    assert next(row for row in sheet if row[0] == "Bar Żółw sp. z o.o.")[3] == 1250000.5
    with zipfile.ZipFile(out) as archive:
        assert "<f>" not in archive.read("xl/worksheets/sheet1.xml").decode("utf-8")


def test_human_xlsx_has_translated_headers(sqlite_store: Store, tmp_path: Path) -> None:
    _people(sqlite_store)
    export_contacts(sqlite_store, tmp_path / "c.xlsx", file_format="xlsx", today=TODAY)
    sheet = CalamineWorkbook.from_path(str(tmp_path / "c.xlsx")).get_sheet_by_index(0).to_python()
    assert sheet[0][:3] == ["Name", "Company", "Email"]


def test_csv_delimiter_and_encoding(sqlite_store: Store, tmp_path: Path) -> None:
    with sqlite_store.transaction() as session:
        make_contact(session, first_name="François", last_name="Lefèvre")
    out = tmp_path / "c.csv"
    export_contacts(
        sqlite_store, out, columns=["first_name", "last_name"], delimiter=";", encoding="cp1252", today=TODAY
    )
    assert out.read_bytes() == "first_name;last_name\r\nFrançois;Lefèvre\r\n".encode("cp1252")
    with sqlite_store.transaction() as session:
        make_contact(session, first_name="Łucja", last_name="Nowak")
    with pytest.raises(UserError, match="“Ł” cannot be written in cp1252; choose UTF-8"):
        export_contacts(sqlite_store, out, columns=["first_name"], encoding="cp1252", today=TODAY)
    assert out.read_bytes().startswith(b"first_name;last_name")  # the old file is left whole


def test_export_then_import_gives_the_same_contacts(sqlite_store: Store, tmp_path: Path) -> None:
    run_import(sqlite_store, "google_current.csv")
    run_import(sqlite_store, "polish_cp1250.csv", country="PL", language="pl")
    fields = [
        "first_name",
        "last_name",
        "company_name",
        "email",
        "phone",
        "mobile",
        "city",
        "postal_code",
        "country",
    ]
    with sqlite_store.engine.connect() as connection:
        expected = sorted(
            tuple(r) for r in connection.execute(select(*(getattr(Contact, f) for f in fields)))
        )
    for file_format in ("csv", "xlsx", "vcard"):
        out = tmp_path / f"all.{file_format if file_format != 'vcard' else 'vcf'}"
        export_contacts(sqlite_store, out, file_format=file_format, today=TODAY)
        fresh = open_store(tmp_path / f"{file_format}.sqlite3")
        report = run_import(fresh, out, country="IT")
        assert report.errors == [] and report.created == 5, [p.text() for p in report.problems]
        with fresh.engine.connect() as connection:
            found = sorted(
                tuple(r) for r in connection.execute(select(*(getattr(Contact, f) for f in fields)))
            )
        fresh.close()
        if file_format == "csv":  # the default columns: a whole name, the country code
            assert [r[3] for r in found] == [r[3] for r in expected]
        else:
            assert found == expected, file_format


emails = st.sampled_from(["ok@example.it", "b@example.de", "not-an-email", "", None, "x@@y", "z@example.fr"])
people = st.lists(st.tuples(st.booleans(), emails), min_size=1, max_size=12)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    people=people,
    chosen=st.sets(st.integers(1, 12)),
    file_format=st.sampled_from(["mailchimp", "csv", "vcard"]),
)
def test_no_contact_without_email_consent_is_ever_in_a_mailing_export(
    people: list[tuple[bool, str | None]], chosen: set[int], file_format: str
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "p.sqlite3")
        with store.transaction() as session:
            for index, (consent, email) in enumerate(people):
                make_contact(session, first_name=f"P{index}", email=email, email_ok=consent)
        out = Path(folder) / "out.txt"
        selection = select(Contact.id).where(Contact.id.in_(chosen))
        result = export_contacts(
            store,
            out,
            file_format=file_format,
            columns=["email"] if file_format == "csv" else None,
            contact_ids=selection,
            mailing=True,
            today=TODAY,
        )
        text = out.read_text(encoding="utf-8")
        store.close()
    allowed = {
        email
        for index, (consent, email) in enumerate(people)
        if consent and email and "@@" not in email and "@" in email and index + 1 in chosen
    }
    written = {word for word in text.replace(",", "\n").replace(":", "\n").splitlines() if "@" in word}
    assert written <= allowed
    assert result.rows + result.left_out == len([i for i in chosen if i <= len(people)])
