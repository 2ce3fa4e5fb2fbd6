"""Each sample file imported into a real database, with its values normalised as stored."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from segdesk.services.imports import import_table, preview, propose, read_source, save_mapping
from segdesk.store.base import Base
from segdesk.store.database import Store
from segdesk.store.derived import recompute_summaries
from tests.io.support import DATA, contact, count, options, run_import, tags_of


def test_outlook_csv_imports_without_knowing_its_encoding(sqlite_store: Store) -> None:
    report = run_import(sqlite_store, "outlook_cp1252.csv", country="FR", language="de")
    assert (report.created, report.encoding, report.layout) == (3, "cp1252", "outlook")
    assert [p.text() for p in report.warnings] == [
        "The file is not UTF-8; it was read as cp1252. If letters look wrong, choose its encoding."
    ]
    francois = contact(sqlite_store, email="francois.lefevre@example.fr")
    assert francois["company_name"] == "Café Crème SARL" and francois["birth_date"] == date(1985, 3, 15)
    assert (francois["phone"], francois["mobile"], francois["gender"]) == (
        "+33142685300",
        "+33612345678",
        "male",
    )
    assert tags_of(sqlite_store, francois["id"]) == {"Clients", "VIP"}
    juergen = contact(sqlite_store, email="juergen.weiss@example.de")
    assert (juergen["birth_date"], juergen["gender"], juergen["country"]) == (None, None, "DE")  # 0/0/00
    assert juergen["phone"] == "+49891234567"  # read with the row's own country
    zoe = contact(sqlite_store, email="zoe.lambert@example.fr")
    assert (zoe["street"], zoe["city"], zoe["birth_date"]) == (
        "8 chemin des Œillets",
        "Lyon",
        date(1979, 12, 25),
    )


def test_polish_cp1250_for_a_polish_user(sqlite_store: Store) -> None:
    report = run_import(sqlite_store, "polish_cp1250.csv", country="PL", language="pl")
    assert (report.created, report.encoding) == (3, "cp1250")
    lucja = contact(sqlite_store, last_name="Wiśniewska")
    assert (lucja["city"], lucja["birth_date"], lucja["annual_revenue_cents"]) == (
        "Łódź",
        date(1985, 3, 15),
        125050,
    )
    assert (lucja["phone"], lucja["sort_name"]) == ("+48221234567", "wisniewska lucja")
    assert tags_of(sqlite_store, lucja["id"]) == {"stała klientka", "vip"}
    zbigniew = contact(sqlite_store, first_name="Zbigniew")
    assert (zbigniew["birth_date"], zbigniew["annual_revenue_cents"]) == (date(1990, 12, 31), 1234500)
    assert contact(sqlite_store, first_name="Grzegorz")["country"] == "DE"


def test_google_contacts_current_and_legacy(sqlite_store: Store) -> None:
    assert run_import(sqlite_store, "google_current.csv").created == 2
    assert run_import(sqlite_store, "google_legacy.csv").created == 1
    giulia = contact(sqlite_store, first_name="Giulia")
    assert (giulia["mobile"], giulia["phone"], giulia["country"]) == ("+393331234567", "+390115551234", "IT")
    assert contact(sqlite_store, first_name="Álvaro")["birth_date"] is None  # no year
    marco = contact(sqlite_store, first_name="Marco")
    assert (marco["gender"], marco["language"], marco["job_title"]) == ("male", "it", "Buyer")
    assert tags_of(sqlite_store, marco["id"]) == {"Fornitori", "VIP"}


def test_mailchimp_exports_become_email_consent(store: Store) -> None:
    run_import(store, "mailchimp_subscribed.csv")
    report = run_import(store, "mailchimp_unsubscribed.csv")
    assert report.created == 1
    anna = contact(store, email="anna.schmidt@example.de")
    assert anna["email_ok"] is True and (anna["street"], anna["city"], anna["postal_code"]) == (
        "Lindenallee 4",
        "Berlin",
        "10115",
    )
    assert (anna["country"], anna["birth_date"]) == ("DE", None)
    assert tags_of(store, anna["id"]) == {"Newsletter", "Kunden"}
    marie = contact(store, email="marie.dubois@example.fr")
    assert marie["email_ok"] is False
    records = Base.metadata.tables["consent_records"]
    with store.engine.connect() as connection:
        rows = connection.execute(
            select(records.c.contact_id, records.c.granted, records.c.recorded_at)
        ).all()
    assert sorted(rows) == sorted(
        [
            (anna["id"], True, datetime(2024, 1, 10, 9, 5)),
            (contact(store, first_name="Pablo")["id"], True, datetime(2024, 2, 1, 10, 0)),
            (marie["id"], False, datetime(2024, 5, 5, 12, 0)),
        ]
    )
    with store.transaction() as session:
        assert recompute_summaries(session) == 0  # the summary columns were already true


def test_excel_unicode_text(sqlite_store: Store) -> None:
    report = run_import(sqlite_store, "unicode_text.txt", country="FR", language="fr")
    assert (report.created, report.encoding) == (2, "utf-16")
    eloise = contact(sqlite_store, first_name="Éloïse")
    assert (eloise["birth_date"], eloise["phone"], eloise["city"]) == (
        date(1992, 2, 29),
        "+33381000000",
        "Besançon",
    )
    assert contact(sqlite_store, first_name="Noël")["country"] == "CA"


@pytest.mark.parametrize("name", ["contacts_21.vcf", "contacts_30.vcf", "contacts_40.vcf"])
def test_vcards(sqlite_store: Store, name: str) -> None:
    report = run_import(sqlite_store, name, country="DE")
    assert (report.created, report.errors) == (2, [])


def test_vcard_values_are_normalised(sqlite_store: Store) -> None:
    run_import(sqlite_store, "contacts_30.vcf", country="IT")
    run_import(sqlite_store, "contacts_40.vcf", country="FR")
    mario = contact(sqlite_store, first_name="Mario")
    assert (mario["mobile"], mario["phone"], mario["birth_date"]) == (
        "+393330001111",
        "+390212345678",
        date(1980, 12, 25),
    )
    assert tags_of(sqlite_store, mario["id"]) == {"clienti", "vip"}
    optician = contact(sqlite_store, company_name="Ottica Bellavista S.r.l.")
    assert (optician["kind"], optician["full_name"]) == ("company", "Ottica Bellavista S.r.l.")
    zoe = contact(sqlite_store, first_name="Zoé")
    assert (zoe["mobile"], zoe["phone"]) == ("+33655443322", "+33198765432")


def test_xlsx_with_a_saved_mapping_creating_a_custom_field(sqlite_store: Store, tmp_path: Path) -> None:
    mapping_file = tmp_path / "kunden.json"
    mapping_file.write_text(
        json.dumps(
            {
                "columns": {"Kundennummer": "custom.kundennummer"},
                "custom_fields": {"kundennummer": {"type": "number", "label": "Kundennummer"}},
            }
        ),
        encoding="utf-8",
    )
    report = run_import(sqlite_store, "kunden.xlsx", country="DE", language="de", mapping_path=mapping_file)
    assert (report.created, report.errors) == (2, [])
    klara = contact(sqlite_store, first_name="Klara")
    assert (klara["birth_date"], klara["annual_revenue_cents"], klara["notes"]) == (
        date(1990, 5, 17),
        125050,
        "=SUMME(A1:A3)",
    )
    stefan = contact(sqlite_store, first_name="Stefan")
    assert (stefan["birth_date"], stefan["country"], stefan["phone"]) == (
        date(1990, 1, 1),
        "AT",
        "+431234567",
    )
    values = Base.metadata.tables["custom_values"]
    with sqlite_store.engine.connect() as connection:
        found = connection.execute(select(values.c.contact_id, values.c.number_value)).all()
    assert sorted(found) == [(klara["id"], 1001.0), (stefan["id"], 1002.0)]
    assert count(sqlite_store, "custom_fields") == 1


def test_the_wizard_steps(sqlite_store: Store, tmp_path: Path) -> None:
    shown = preview(DATA / "polish_cp1250.csv", "cp1252", language="pl", rows=1)
    assert (shown.encoding, shown.encoding_guessed, shown.delimiter, len(shown.rows)) == (
        "cp1252",
        False,
        ";",
        1,
    )
    assert shown.rows[0][5] != "Łódź"  # the user's choice, shown live: the wrong one here
    shown = preview(DATA / "polish_cp1250.csv", language="pl", rows=2)
    assert shown.encoding_guessed and shown.rows[0][5] == "Łódź"
    table = read_source(DATA / "polish_cp1250.csv", language="pl")
    mapping = propose(sqlite_store, table)
    mapping.targets[10] = "custom.segment_tag"  # "Tagi" to a new custom field instead
    save_mapping(tmp_path / "m.json", table, mapping)
    checked = import_table(
        sqlite_store, table, mapping, options(country="PL", language="pl"), file_name="p.csv", dry_run=True
    )
    assert (checked.created, checked.batch_id, count(sqlite_store, "contacts")) == (3, None, 0)
    done = import_table(sqlite_store, table, mapping, options(country="PL", language="pl"), file_name="p.csv")
    assert done.created == 3 and done.batch_id == 1
    assert (
        json.loads((tmp_path / "m.json").read_text(encoding="utf-8"))["columns"]["Tagi"]
        == "custom.segment_tag"
    )
    assert count(sqlite_store, "custom_fields") == 1 and count(sqlite_store, "tags") == 0
