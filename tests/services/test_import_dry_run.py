"""A dry run changes nothing and says exactly what the real import then does,
though it only counts the new people instead of inserting them."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from segdesk.services.imports import import_table, propose, read_source
from segdesk.store.database import Store, open_store
from tests.factories import make_contact
from tests.io.support import options, snapshot

HEADER = "Kind,First name,Last name,Company,Email,Phone,City,Tags\n"
ROWS = [
    "person,Anna,Verdi,,anna@example.it,,Roma,vip",  # in the database
    "person,Anna,Verdi,,anna@example.it,,Milano,nuovi",  # the same, moved
    "person,Luca,Bianchi,Bianchi Caffè,luca@bianchi.example.it,,,",  # in the database: linked to the next
    "company,,,Bianchi Caffè,info@bianchi.example.it,,Torino,",
    "person,Piotr,Nowak,Rossi SRL,,+48 22 123 45 67,,clienti",  # names a company in the database
    "person,Piotr,Nowak,,piotr@example.pl,+48 22 123 45 67,Kraków,",  # the same by phone
    "person,Zoë,Müller,,zoe@example.de,,Berlin,",
    "person,Marco,Rossi,Rossi SRL,marco@rossi.example.it,,Milano,",  # in the database, now linked
    "company,,,Rossi SRL,,,Milano,",  # the company in the database
]


def _existing(store: Store) -> None:
    with store.transaction() as session:
        make_contact(session, first_name="Anna", last_name="Verdi", email="anna@example.it", city="Roma")
        make_contact(session, kind="company", company_name="Rossi SRL", city="Milano")
        make_contact(session, first_name="Marco", last_name="Rossi", email="marco@rossi.example.it")
        make_contact(session, first_name="Luca", last_name="Bianchi", email="luca@bianchi.example.it")


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(st.sampled_from(ROWS), min_size=1, max_size=12),
    on_duplicate=st.sampled_from(["skip", "update", "keep"]),
)
def test_a_dry_run_says_what_the_import_does_and_changes_nothing(rows: list[str], on_duplicate: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "contacts.csv"
        path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
        store = open_store(Path(folder) / "segdesk.sqlite3")
        try:
            _existing(store)
            table = read_source(path)
            mapping = propose(store, table)
            choice = options(on_duplicate=on_duplicate)
            before = snapshot(store)
            dry = import_table(store, table, mapping, choice, file_name=path.name, dry_run=True)
            assert snapshot(store) == before
            real = import_table(store, table, mapping, choice, file_name=path.name)
            said = (dry.created, dry.updated, dry.unchanged, dry.skipped, dry.matches, dry.problems)
            done = (real.created, real.updated, real.unchanged, real.skipped, real.matches, real.problems)
            assert said == done
        finally:
            store.close()
