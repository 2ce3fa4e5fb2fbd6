"""The audit trail in words: who changed what on a contact and when, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

from sqlalchemy import insert

from segdesk.services import contact_bulk, contacts, privacy
from segdesk.services.audit import contact_history
from segdesk.store.database import Store
from segdesk.store.models import AuditEntry, Setting
from tests.factories import NOW, fill_shop

TODAY = date(2026, 11, 24)


def _edit(store: Store, contact_id: int, changes: dict[str, object], actor: str) -> None:
    version = contacts.get_contact(store, contact_id, TODAY).version
    contacts.update_contact(store, contact_id, changes, expected_version=version, actor=actor, today=TODAY)


def test_created_and_changed_fields_read_in_words(store: Store) -> None:
    with store.transaction() as session:
        session.add(Setting(key="currency", value="EUR"))
    contact_id = contacts.create_contact(
        store, {"first_name": "Łucja", "last_name": "Wróbel", "stage": "lead"}, actor="Żaneta"
    )
    _edit(
        store, contact_id, {"birth_date": "1990-02-28", "annual_revenue": "1234,5", "stage": "loyal"}, "anna"
    )
    privacy.set_consent(store, contact_id, "email", True, actor="anna", source="shop form")
    rows = contact_history(store, contact_id, lang="en")
    assert rows[0].action == "consent" and rows[0].action_text == "Consent"
    assert (rows[0].field_text, rows[0].old, rows[0].new) == ("Email allowed", "", "Agreed")
    changed = {r.field: r for r in rows if r.action == "updated"}
    assert (changed["birth_date"].field_text, changed["birth_date"].new) == ("Birth date", "2/28/1990")
    assert changed["annual_revenue"].new == "€1,234.50"
    assert (changed["stage"].old, changed["stage"].new) == ("Lead", "Loyal customer")
    assert {r.actor for r in changed.values()} == {"anna"}
    created = [r for r in rows if r.action == "created"]
    assert {r.field for r in created} == {"first_name", "last_name", "stage"}
    assert {r.actor for r in created} == {"Żaneta"} and created[0].action_text == "Created"
    assert rows == sorted(rows, key=lambda r: r.at, reverse=True)
    assert contact_history(store, contact_id, newest_first=False)[0].action == "created"


def test_values_are_written_the_language_s_way(store: Store) -> None:
    with store.transaction() as session:
        session.add(Setting(key="currency", value="PLN"))
    contact_id = contacts.create_contact(store, {"first_name": "Jan"}, actor="anna")
    _edit(store, contact_id, {"birth_date": "1990-02-28", "annual_revenue": "12345,5"}, "anna")
    rows = {r.field: r for r in contact_history(store, contact_id, lang="pl")}
    assert rows["birth_date"].new == "28.02.1990"
    assert rows["annual_revenue"].new == "12\N{NO-BREAK SPACE}345,50\N{NO-BREAK SPACE}zł"


def test_bulk_changes_name_team_members_tags_and_segments(store: Store) -> None:
    fill_shop(store)
    change = contact_bulk.set_owner(store, [2], None, actor="anna")
    contact_bulk.undo_change(store, change, actor="anna")  # records the owner's id: shown by name
    contact_bulk.add_tag(store, [2], "fiera", actor="Żaneta")
    with store.transaction() as session:
        session.execute(
            insert(AuditEntry).values(
                contact_id=2, at=NOW, actor="anna", action="bulk", field="segment", new_value="Fair:include"
            )
        )
    rows = contact_history(store, 2)
    owners = [(r.old, r.new) for r in rows if r.field == "owner"]
    assert ("Marta", "") in owners and ("", "Marta") in owners
    tag = next(r for r in rows if r.field == "tags")
    assert (tag.action_text, tag.field_text, tag.new, tag.actor) == (
        "Changed with others",
        "Tags",
        "fiera",
        "Żaneta",
    )
    segment = next(r for r in rows if r.field == "segment")
    assert (segment.field_text, segment.new) == ("Segment", "Fair (always included)")


def test_the_trail_of_a_deleted_contact_stays_readable(store: Store) -> None:
    fill_shop(store)
    deleted = contact_bulk.delete_contacts(store, [2], actor="anna")
    assert [r.action_text for r in contact_history(store, 2)][:1] == ["Deleted"]
    contact_bulk.undelete_contacts(store, deleted, actor="anna")
    assert [r.action for r in contact_history(store, 2)][:2] == ["restored", "deleted"]
    assert contact_history(store, 999) == []
