"""Duplicates (update, skip, keep), re-importing the same file, and undo restoring the state before."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import insert

from segdesk.services.errors import UserError
from segdesk.services.imports import list_imports, undo_import
from segdesk.store.base import Base
from segdesk.store.database import Store
from segdesk.store.derived import recompute_summaries
from tests.factories import make_contact
from tests.io.support import contact, count, run_import, snapshot, tags_of

CHANGES = """First name,Last name,Email,Phone,City,Tags,Company,Newsletter
Mario,Rossi,mario.rossi@example.it,02 9999 0000,Monza,"vip,nuovi",,yes
Giulia,Bianchi,,+39 333 123 4567,,fornitori,,
Luca,Verdi,luca.verdi@example.it,,Milano,,Verdi S.p.A.,
Marco,Ferri,m.ferri@example.org,,Milano,,,
"""


def _existing(store: Store) -> None:
    with store.transaction() as session:
        make_contact(
            session,
            first_name="Mario",
            last_name="Rossi",
            email="Mario.Rossi@Example.it",
            phone="+390212345678",
            city="Milano",
        )
        make_contact(session, first_name="Giulia", last_name="Bianchi", mobile="+393331234567", city="Torino")
        make_contact(session, first_name="Lucca", last_name="Verdi", company_name="Verdi SpA", city="Torino")
        make_contact(
            session, first_name="Marco", last_name="Ferri", email="marco.ferri@example.it", city="Milano"
        )


def _file(tmp_path: Path, text: str = CHANGES) -> Path:
    path = tmp_path / "changes.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_matches_on_email_then_phone_then_fuzzy_name(sqlite_store: Store, tmp_path: Path) -> None:
    _existing(sqlite_store)
    report = run_import(sqlite_store, _file(tmp_path), dry_run=True)
    found = {(m.row, m.contact_id, m.reason) for m in report.matches}
    assert found == {(2, 1, "email"), (3, 2, "phone"), (4, 3, "name")}
    fuzzy = next(m for m in report.matches if m.reason == "name")
    assert fuzzy.contact_name == "Lucca Verdi" and 85 <= fuzzy.score < 100
    # Marco Ferri in Milano with another email is somebody else (or a new address: never guessed).
    assert (report.created, report.skipped) == (1, 3)


def test_skip_is_the_default_and_leaves_existing_contacts_alone(sqlite_store: Store, tmp_path: Path) -> None:
    _existing(sqlite_store)
    before = snapshot(sqlite_store, skip=frozenset({"contacts", "import_batches"}))
    report = run_import(sqlite_store, _file(tmp_path))
    assert (report.created, report.updated, report.skipped) == (1, 0, 3)
    assert contact(sqlite_store, id=1)["city"] == "Milano"
    assert count(sqlite_store, "contacts") == 5
    assert snapshot(sqlite_store, skip=frozenset({"contacts", "import_batches"})) == before


def test_keep_both_creates_new_contacts(sqlite_store: Store, tmp_path: Path) -> None:
    _existing(sqlite_store)
    report = run_import(sqlite_store, _file(tmp_path), on_duplicate="keep")
    assert (report.created, report.skipped) == (4, 0)
    assert count(sqlite_store, "contacts") == 8


def test_update_then_undo_restores_the_previous_state_exactly(store: Store, tmp_path: Path) -> None:
    _existing(store)
    before = snapshot(store)
    report = run_import(store, _file(tmp_path), on_duplicate="update")
    assert (report.created, report.updated, report.unchanged) == (1, 3, 0)
    mario = contact(store, id=1)
    assert (mario["city"], mario["phone"], mario["email"], mario["email_ok"]) == (
        "Monza",
        "+390299990000",
        "mario.rossi@example.it",
        True,
    )
    assert mario["version"] == 2 and tags_of(store, 1) == {"vip", "nuovi"}
    assert contact(store, id=2)["city"] == "Torino"  # an empty cell never erases
    lucca = contact(store, id=3)
    assert (lucca["first_name"], lucca["full_name"], lucca["sort_name"]) == (
        "Luca",
        "Luca Verdi",
        "verdi luca",
    )
    with store.transaction() as session:
        assert recompute_summaries(session) == 0

    result = undo_import(store, report.batch_id or 0)
    assert (result.removed, result.restored, result.edited_since) == (1, 3, 0)
    after = snapshot(store)
    before["import_batches"] = after["import_batches"]  # the batch stays listed, marked undone
    assert after == before
    (listed,) = list_imports(store)
    assert listed.undone_at is not None and (listed.created, listed.updated) == (1, 3)


def test_per_match_choices(sqlite_store: Store, tmp_path: Path) -> None:
    _existing(sqlite_store)
    report = run_import(sqlite_store, _file(tmp_path), decisions={2: "update", 3: "keep"})
    assert (report.created, report.updated, report.skipped) == (2, 1, 1)
    assert (
        contact(sqlite_store, id=1)["city"] == "Monza"
        and contact(sqlite_store, id=3)["first_name"] == "Lucca"
    )


def test_reimporting_the_same_file_changes_nothing(store: Store) -> None:
    first = run_import(store, "outlook_cp1252.csv", country="FR")
    assert first.created == 3
    before = snapshot(store)
    for action in ("skip", "update"):
        again = run_import(store, "outlook_cp1252.csv", country="FR", on_duplicate=action)
        assert (again.created, again.updated, again.batch_id) == (0, 0, None)
        assert len(again.matches) == 3
        assert snapshot(store) == before


def test_rows_repeated_in_the_file_are_merged_or_kept(sqlite_store: Store, tmp_path: Path) -> None:
    text = "Name,Email,Tags\nAnna Verdi,anna@example.it,a\nAnna V.,ANNA@example.it,b\n"
    report = run_import(sqlite_store, _file(tmp_path, text), dry_run=True)
    assert [(m.row, m.contact_id, m.other_row) for m in report.matches] == [(3, None, 2)]
    merged = run_import(sqlite_store, _file(tmp_path, text), on_duplicate="update")
    assert (merged.created, merged.skipped) == (1, 1)
    anna = contact(sqlite_store, first_name="Anna")
    assert anna["last_name"] == "V." and tags_of(sqlite_store, anna["id"]) == {"a", "b"}


def test_undo_removes_created_tags_and_custom_fields_but_keeps_shared_ones(
    sqlite_store: Store, tmp_path: Path
) -> None:
    with sqlite_store.transaction() as session:
        session.execute(insert(Base.metadata.tables["tags"]), [{"name": "vip"}])
    before = snapshot(sqlite_store)
    report = run_import(sqlite_store, "polish_cp1250.csv", country="PL", language="pl")
    assert count(sqlite_store, "tags") == 3  # vip was there: reused, not doubled
    undo_import(sqlite_store, report.batch_id or 0)
    after = snapshot(sqlite_store)
    before["import_batches"] = after["import_batches"]
    assert after == before


def test_undo_refusals(sqlite_store: Store, tmp_path: Path) -> None:
    first = run_import(sqlite_store, "google_current.csv")
    text = "Email,City\ngiulia.bianchi@example.it,Asti\n"
    second = run_import(sqlite_store, _file(tmp_path, text), on_duplicate="update")
    with pytest.raises(UserError, match="Import 2 changed some of the same contacts later; undo it first"):
        undo_import(sqlite_store, first.batch_id or 0)
    undo_import(sqlite_store, second.batch_id or 0)
    assert contact(sqlite_store, first_name="Giulia")["city"] == "Torino"
    with pytest.raises(UserError, match="already undone"):
        undo_import(sqlite_store, second.batch_id or 0)
    with pytest.raises(UserError, match="There is no import number 9"):
        undo_import(sqlite_store, 9)
    interactions = Base.metadata.tables["interactions"]
    with sqlite_store.transaction() as session:
        session.execute(
            insert(interactions).values(contact_id=1, occurred_at=datetime(2026, 11, 1), channel="call")
        )
    with pytest.raises(UserError, match="have 1 interactions, orders or follow-ups since"):
        undo_import(sqlite_store, first.batch_id or 0)
    result = undo_import(sqlite_store, first.batch_id or 0, force=True)
    assert (
        result.removed == 2
        and count(sqlite_store, "contacts") == 0
        and count(sqlite_store, "interactions") == 0
    )
