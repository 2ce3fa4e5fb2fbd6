"""Who gets a label, in which order, and how each country writes an address."""

from __future__ import annotations

from typing import Any

from segdesk.reports.addresses import Addressee, address_lines, plan_mailing
from segdesk.reports.rows import MailRow


def row(contact_id: int, name: str, **values: Any) -> MailRow:
    values.setdefault("street", "Via Roma 1")
    values.setdefault("postal_code", "20121")
    values.setdefault("city", "Milano")
    values.setdefault("country", "IT")
    values.setdefault("mail_ok", True)
    return MailRow(contact_id=contact_id, name=name, sort_name=name.casefold(), **values)


def lines(one: MailRow, home: str | None = "IT", lang: str = "it") -> list[str]:
    return address_lines(Addressee((one.name,), one, (one.contact_id,)), home, lang)


def test_postal_code_comes_before_the_town_in_continental_europe() -> None:
    assert lines(row(1, "Giulia Rossi")) == ["Giulia Rossi", "Via Roma 1", "20121 Milano"]
    polish = row(
        2, "Łucja Nowak", street="ul. Świętokrzyska 12", postal_code="00-116", city="Warszawa", country="PL"
    )
    assert lines(polish, "PL", "pl") == ["Łucja Nowak", "ul. Świętokrzyska 12", "00-116 Warszawa"]
    for country, code, city in [
        ("FR", "75004", "Paris"),
        ("DE", "10623", "Berlin"),
        ("ES", "28014", "Madrid"),
    ]:
        here = row(3, "X", postal_code=code, city=city, country=country)
        assert lines(here, country)[-1] == f"{code} {city}"


def test_uk_and_us_put_the_postal_code_after_the_town() -> None:
    uk = row(1, "John Smith", street="10 Downing Street", postal_code="SW1A 2AA", city="London", country="GB")
    assert lines(uk, "GB", "en") == ["John Smith", "10 Downing Street", "LONDON", "SW1A 2AA"]
    us = row(
        2,
        "Jane Doe",
        street="1600 Pennsylvania Ave NW",
        postal_code="20500",
        city="Washington",
        region="DC",
        country="US",
    )
    assert lines(us, "US", "en")[-1] == "Washington, DC 20500"


def test_a_foreign_address_ends_with_the_country_in_the_senders_language() -> None:
    german = row(1, "Jürgen Weiß", street="Hauptstraße 5", postal_code="10115", city="Berlin", country="DE")
    assert lines(german, "IT", "it")[-1] == "GERMANIA"
    assert lines(german, "PL", "pl")[-1] == "NIEMCY"
    assert lines(german, "FR", "fr")[-1] == "ALLEMAGNE"
    assert lines(german, "DE", "de")[-1] == "10115 Berlin"
    italian = row(2, "Giulia Rossi")
    assert lines(italian, "GB", "en")[-1] == "ITALY"


def test_skipped_contacts_are_counted_by_reason_and_the_rest_sorted_by_postal_code() -> None:
    rows = [
        row(1, "Zeta", postal_code="20100"),
        row(2, "Alfa", postal_code="20121"),
        row(3, "No consent", mail_ok=False, street=None),
        row(4, "No street", street=" "),
        row(5, "No code", postal_code=None),
        row(6, "No town", city=None),
        row(7, "Hong Kong", postal_code=None, country="HK"),  # no postal codes there
        row(8, "Beta", postal_code="20100"),
    ]
    plan = plan_mailing(rows)
    assert plan.no_consent == (3,)
    assert plan.incomplete == (4, 5, 6)
    assert [a.contact_ids for a in plan.addressees] == [(7,), (8,), (1,), (2,)]
    assert plan.contacts == 4


def test_one_label_per_shared_address() -> None:
    rows = [
        row(1, "Anna Rossi", last_name="Rossi"),
        row(2, "Marco Rossi", last_name="Rossi", street="via  roma 1"),  # same place, typed differently
        row(3, "Paolo Bianchi", last_name="Bianchi", street="Via Dante 2"),
        row(4, "Eva Neri", last_name="Neri", company="Bar Żółw", street="Corso Como 3"),
        row(5, "Ugo Blu", last_name="Blu", company="Bar Żółw", street="Corso Como 3"),
        row(6, "Lia Verdi", last_name="Verdi", street="Via Po 4"),
        row(7, "Ada Gialli", last_name="Gialli", street="Via Po 4"),
        row(8, "Ugo Gialli", last_name="Gialli", street="Via Po 4"),
    ]
    plan = plan_mailing(rows, per_address=True)
    names = {a.contact_ids: a.names for a in plan.addressees}
    assert names[(1, 2)] == ("Anna & Marco Rossi",)
    assert names[(3,)] == ("Paolo Bianchi",)
    assert names[(4, 5)] == ("Bar Żółw",)
    assert names[(7, 6, 8)] == ("Ada Gialli and household",)
    assert plan.contacts == 8 and len(plan.addressees) == 4
    alone = plan_mailing(rows)
    assert len(alone.addressees) == 8
    assert ("Eva Neri", "Bar Żółw") in {a.names for a in alone.addressees}


def test_three_people_with_one_surname_are_a_household() -> None:
    rows = [row(i, f"{first} Rossi", last_name="Rossi") for i, first in enumerate(("Anna", "Marco", "Lia"))]
    plan = plan_mailing(rows, per_address=True)
    assert plan.addressees[0].names == ("The Rossi household",)


def test_a_company_label_names_the_company_once() -> None:
    company = row(1, "Bar Żółw sp. z o.o.", kind="company", company="Bar Żółw sp. z o.o.")
    assert lines(company)[0:2] == ["Bar Żółw sp. z o.o.", "Via Roma 1"]
    person = row(2, "Łucja Nowak", company="Bar Żółw sp. z o.o.")
    plan = plan_mailing([person])
    assert plan.addressees[0].names == ("Łucja Nowak", "Bar Żółw sp. z o.o.")
