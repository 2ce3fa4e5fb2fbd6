"""The contact list query: counts, search and pages on a real database."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import insert

from segdesk.domain.names import full_name_for, sort_name_for
from segdesk.services import contact_list
from segdesk.services.contact_list import (
    ContactListQuery,
    count_contacts,
    fetch_page,
    row_of,
)
from segdesk.store.database import Store
from segdesk.store.models import Contact

NOW = datetime(2025, 3, 1, 9, 30)
D = date
PEOPLE = [
    # first, last, company, email, phone, mobile, city, total cents, last contact
    ("Mario", "Rossi", "Caffè Rossi", "mr@rossi.it", "+390212345678", None, "Milano", 12345, D(2025, 1, 5)),
    ("Giulia", "Bianchi", None, "giulia.b@example.com", None, "+393401112233", "Torino", 0, None),
    ("Łukasz", "Nowak", "Nowak sp.", "lukasz@nowak.pl", "+48225550199", None, "Kraków", 990, D(2024, 12, 1)),
    ("Élodie", "Martin", None, "elodie@martin.fr", None, "+33612345678", "Lyon", 500000, D(2025, 2, 1)),
    ("Anna", "Rossi", None, None, None, None, None, 100, D(2025, 1, 5)),
    ("Anna", "Rossi", None, "anna2@example.com", None, None, "Milano", 100, None),
    ("Jürgen", "Müller", "Müller AG", "jm@example.de", "+49301234567", None, "Berlin", 7000, D(2024, 6, 30)),
    ("Ana", "García", None, "ana_garcia@example.es", None, None, "Sevilla", 2500, D(2025, 2, 1)),
]  # fmt: skip
COLUMNS = ["full_name", "company", "email", "city", "total_spent", "last_contact_at", "created_at"]


def contact(
    first: str | None,
    last: str | None,
    company: str | None = None,
    *,
    kind: str = "person",
    **values: Any,
) -> dict[str, Any]:
    row = {
        "kind": kind,
        "first_name": first,
        "last_name": last,
        "company_name": company,
        "full_name": full_name_for(kind, first, last, company),
        "sort_name": sort_name_for(kind, first, last, company),
        "created_at": NOW,
        "updated_at": NOW,
        "email_ok": False,
        "phone_ok": False,
        "mail_ok": False,
        "interaction_count": 0,
        "purchase_count": 0,
        "total_spent_cents": 0,
        "online_order_count": 0,
        "in_store_order_count": 0,
        "version": 1,
        **dict.fromkeys(("email", "phone", "mobile", "city", "last_contact_at", "next_followup_at")),
    }
    row.update(values)
    return row


def insert_contacts(store: Store, rows: list[dict[str, Any]]) -> None:
    with store.engine.begin() as connection:
        connection.execute(insert(Contact), rows)


@pytest.fixture
def people(store: Store) -> Store:
    rows = [
        contact(
            first,
            last,
            company,
            email=email,
            phone=phone,
            mobile=mobile,
            city=city,
            total_spent_cents=cents,
            last_contact_at=last_contact,
            next_followup_at=date(2025, 3, index + 1),
        )
        for index, (first, last, company, email, phone, mobile, city, cents, last_contact) in enumerate(
            PEOPLE
        )
    ]
    rows.append(contact(None, None, "Acme Ltd", kind="company", city="London", email="info@acme.example"))
    insert_contacts(store, rows)
    return store


def names(store: Store, query: ContactListQuery, **kwargs: Any) -> list[str]:
    page = fetch_page(store, query, ["full_name"], 0, 1000, **kwargs)
    return [row.values[0] for row in page.rows]


def all_pages(store: Store, query: ContactListQuery, size: int, *, keyset: bool) -> list[int]:
    ids: list[int] = []
    after = None
    while True:
        page = fetch_page(store, query, ["id"], len(ids), size, after=after if keyset else None)
        ids.extend(row.id for row in page.rows)
        if len(page.rows) < size:
            return ids
        after = page.last_key


def test_counts_every_contact_without_a_query(people: Store) -> None:
    assert count_contacts(people, ContactListQuery()) == len(PEOPLE) + 1


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("rossi", {"Mario Rossi", "Anna Rossi"}),  # name, any case
        ("ROSS", {"Mario Rossi", "Anna Rossi"}),
        ("caffè", {"Mario Rossi"}),  # company
        ("nowak.pl", {"Łukasz Nowak"}),  # email
        ("milano", {"Mario Rossi", "Anna Rossi"}),  # city
        ("anna milano", {"Anna Rossi"}),  # every word, anywhere
        ("milano anna", {"Anna Rossi"}),
        ("łukasz", {"Łukasz Nowak"}),  # non-ASCII letters in either case
        ("ŁUKASZ", {"Łukasz Nowak"}),
        ("élodie", {"Élodie Martin"}),
        ("krak", {"Łukasz Nowak"}),
        ("kraków", {"Łukasz Nowak"}),
        ("02 1234", {"Mario Rossi"}),  # phone digits, spaced as typed
        ("340 111", {"Giulia Bianchi"}),  # mobile
        ("06 12 34 56", {"Élodie Martin"}),  # national number with its trunk zero
        ("0033 6 12", {"Élodie Martin"}),  # international prefix
        ("acme", {"Acme Ltd"}),
        ("_", {"Ana García"}),  # LIKE wildcards are literal
        ("%", set()),
        ("nobody", set()),
        ("   ", None),  # blank: no filter
    ],
)
def test_search_matches_names_companies_emails_phones_and_cities(
    people: Store, search: str, expected: set[str] | None
) -> None:
    query = ContactListQuery(search=search)
    found = names(people, query)
    if expected is None:
        assert len(found) == len(PEOPLE) + 1
    else:
        assert set(found) == expected
    assert count_contacts(people, query) == len(found)


def test_sorts_by_name_with_ties_broken_by_id(people: Store) -> None:
    page = fetch_page(people, ContactListQuery(), ["full_name"], 0, 100)
    assert [row.values[0] for row in page.rows] == [
        "Acme Ltd",
        "Giulia Bianchi",
        "Ana García",
        "Élodie Martin",
        "Jürgen Müller",
        "Łukasz Nowak",
        "Anna Rossi",
        "Anna Rossi",
        "Mario Rossi",
    ]
    annas = [row.id for row in page.rows if row.values[0] == "Anna Rossi"]
    assert annas == sorted(annas)
    backwards = fetch_page(people, ContactListQuery(descending=True), ["full_name"], 0, 100)
    assert [row.id for row in backwards.rows] == [row.id for row in reversed(page.rows)]


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort_field", ["sort_name", "id", "city", "last_contact_at", "total_spent", "email"])
def test_keyset_pages_equal_offset_pages_and_put_empty_values_last(
    people: Store, sort_field: str, descending: bool
) -> None:
    query = ContactListQuery(sort_field=sort_field, descending=descending)
    by_offset = all_pages(people, query, 2, keyset=False)
    by_keyset = all_pages(people, query, 2, keyset=True)
    assert by_keyset == by_offset
    assert sorted(by_offset) == sorted(row.id for row in fetch_page(people, query, ["id"], 0, 100).rows)
    if sort_field in ("city", "last_contact_at", "email"):
        column = {"city": "city", "last_contact_at": "last_contact_at", "email": "email"}[sort_field]
        values = [
            fetch_page(people, query, [column], 0, 100).rows[i].values[0] for i in range(len(by_offset))
        ]
        filled = [v for v in values if v is not None]
        assert values == filled + [None] * (len(values) - len(filled))
        assert filled == sorted(filled, reverse=descending)


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort_field", ["sort_name", "id", "city", "last_contact_at", "total_spent", "email"])
def test_pages_near_the_end_are_read_backwards_with_the_same_rows(
    people: Store, sort_field: str, descending: bool
) -> None:
    query = ContactListQuery(sort_field=sort_field, descending=descending)
    total = count_contacts(people, query)
    expected = [row.id for row in fetch_page(people, query, ["id"], 0, total).rows]
    for size in (1, 2, 3):
        for offset in range(total):
            page = fetch_page(people, query, ["id"], offset, size, total=total)  # from the end past half-way
            assert [row.id for row in page.rows] == expected[offset : offset + size], (offset, size)
            assert page.last_key == (page.rows[-1].key if page.rows else None)


def test_values_are_plain_python_in_the_requested_column_order(people: Store) -> None:
    page = fetch_page(people, ContactListQuery(search="mario"), COLUMNS, 0, 10)
    (row,) = page.rows
    assert row.values == (
        "Mario Rossi",
        "Caffè Rossi",
        "mr@rossi.it",
        "Milano",
        Decimal("123.45"),
        date(2025, 1, 5),
        date(2025, 3, 1),
    )
    assert row.value(COLUMNS, "city") == "Milano"


def test_an_offset_past_the_end_is_an_empty_page(people: Store) -> None:
    assert fetch_page(people, ContactListQuery(), COLUMNS, 500, 10).rows == []


def test_bad_columns_and_sort_fields_are_refused(people: Store) -> None:
    with pytest.raises(ValueError, match="nope"):
        fetch_page(people, ContactListQuery(), ["full_name", "nope"], 0, 10)
    with pytest.raises(ValueError, match="cannot sort"):
        ContactListQuery(sort_field="tags")


def test_followups_due_limits_to_contacts_due_by_the_day(people: Store) -> None:
    query = ContactListQuery(followups_due_by=date(2025, 3, 3))
    assert count_contacts(people, query) == 3
    assert set(names(people, query)) == {"Mario Rossi", "Giulia Bianchi", "Łukasz Nowak"}


def test_contact_ids_limit_the_list(people: Store) -> None:
    ids = [row.id for row in fetch_page(people, ContactListQuery(), ["id"], 0, 3).rows]
    assert count_contacts(people, ContactListQuery(contact_ids=frozenset(ids))) == 3
    assert count_contacts(people, ContactListQuery(contact_ids=frozenset())) == 0


@pytest.mark.parametrize("sort_field", ["sort_name", "last_contact_at", "city"])
def test_row_of_finds_the_position_of_a_contact(people: Store, sort_field: str) -> None:
    for descending in (False, True):
        query = ContactListQuery(sort_field=sort_field, descending=descending)
        ids = [row.id for row in fetch_page(people, query, ["id"], 0, 100).rows]
        assert [row_of(people, query, contact_id) for contact_id in ids] == list(range(len(ids)))
    assert row_of(people, ContactListQuery(search="rossi"), ids_not_rossi(people)) is None


def ids_not_rossi(store: Store) -> int:
    return fetch_page(store, ContactListQuery(search="acme"), ["id"], 0, 1).rows[0].id


def test_a_rare_search_reads_the_same_rows_by_scan(people: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    query = ContactListQuery(search="rossi", sort_field="last_contact_at", descending=True)
    expected = [row.id for row in fetch_page(people, query, ["id"], 0, 100).rows]
    monkeypatch.setattr(contact_list, "_SCAN_RATIO", 10**9)  # every search counts as rare
    total = count_contacts(people, query)
    scanned = fetch_page(people, query, ["id"], 0, 100, total=total)
    assert [row.id for row in scanned.rows] == expected
    first = fetch_page(people, query, ["id"], 0, 1, total=total)
    rest = fetch_page(people, query, ["id"], 1, 100, total=total, after=first.last_key)
    assert [row.id for row in first.rows + rest.rows] == expected


@pytest.mark.slow
def test_pages_stay_fast_on_a_million_contacts(sqlite_store: Store) -> None:
    import time

    batch = [contact(f"First{i % 997}", f"Last{i % 10007}", city=f"City{i % 50}") for i in range(50_000)]
    for _ in range(20):
        insert_contacts(sqlite_store, batch)
    query = ContactListQuery()
    started = time.perf_counter()
    assert count_contacts(sqlite_store, query) == 1_000_000
    fetch_page(sqlite_store, query, COLUMNS, 0)
    fetch_page(sqlite_store, query, COLUMNS, 999_000)
    assert time.perf_counter() - started < 1.0
