"""Editing contacts: checked values, optimistic saves with conflicts, audit, bulk actions and undo."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from segdesk.services import contact_bulk, contacts, interactions, privacy
from segdesk.store.database import Store
from segdesk.store.models import (
    AuditEntry,
    ConsentRecord,
    Contact,
    ContactTag,
    CustomField,
    ErasureNote,
    Interaction,
    Segment,
    SegmentListEntry,
    SnapshotMember,
    TeamMember,
)
from tests.factories import fill_shop

TODAY = date(2026, 11, 24)


def _new_person(store: Store, **values: object) -> int:
    base = {"first_name": "Łucja", "last_name": "Nowak", "country": "PL", "phone": "22 123 45 67"}
    return contacts.create_contact(store, {**base, **values}, actor="anna")


def test_create_normalises_values_and_audits(store: Store) -> None:
    contact_id = _new_person(store, email=" Lucja@Example.PL ", tags=["vip", "newsletter", " "])
    details = contacts.get_contact(store, contact_id, TODAY)
    assert details.values["phone"] == "+48221234567"
    assert details.values["email"] == "Lucja@example.pl"
    assert details.values["full_name"] == "Łucja Nowak"
    assert details.values["tags"] == frozenset({"vip", "newsletter"})
    with store.sessions() as session:
        assert session.scalar(select(Contact.sort_name).where(Contact.id == contact_id)) == "nowak lucja"
        actions = session.scalars(select(AuditEntry.action).where(AuditEntry.contact_id == contact_id)).all()
    assert set(actions) == {"created"}


def test_bad_values_are_all_named_and_nothing_is_saved(store: Store) -> None:
    with pytest.raises(contacts.ContactInvalid) as invalid:
        _new_person(store, email="not-an-email", phone="12", birth_date="31/02/1990", stage="friend")
    assert set(invalid.value.problems) == {"email", "phone", "birth_date", "stage"}
    assert "is not an email address" in invalid.value.problems["email"]
    with store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Contact)) == 0


def test_update_saves_changes_bumps_the_version_and_audits_old_and_new(store: Store) -> None:
    contact_id = _new_person(store, city="Kraków")
    version = contacts.get_contact(store, contact_id, TODAY).version
    new_version = contacts.update_contact(
        store, contact_id, {"city": "Gdańsk", "annual_revenue": "1 234,50", "tags": ["eco"]},
        expected_version=version, actor="marek", today=TODAY,
    )  # fmt: skip
    assert new_version == version + 1
    details = contacts.get_contact(store, contact_id, TODAY)
    assert details.values["city"] == "Gdańsk"
    assert details.values["annual_revenue"] == Decimal("1234.50")
    assert details.values["tags"] == frozenset({"eco"})
    with store.sessions() as session:
        entry = session.execute(
            select(AuditEntry.actor, AuditEntry.old_value, AuditEntry.new_value).where(
                AuditEntry.contact_id == contact_id,
                AuditEntry.field == "city",
                AuditEntry.action == "updated",
            )
        ).one()
    assert tuple(entry) == ("marek", "Kraków", "Gdańsk")


def test_a_save_over_someone_elses_save_is_refused_with_both_sides(store: Store) -> None:
    contact_id = _new_person(store, city="Kraków")
    loaded = contacts.get_contact(store, contact_id, TODAY).version
    contacts.update_contact(
        store, contact_id, {"city": "Poznań"}, expected_version=loaded, actor="marek", today=TODAY
    )
    with pytest.raises(contacts.EditConflict) as conflict:
        contacts.update_contact(
            store, contact_id, {"city": "Gdańsk", "job_title": "Chef"}, expected_version=loaded, actor="anna",
            today=TODAY,
        )  # fmt: skip
    assert conflict.value.theirs["city"] == "Poznań"
    assert conflict.value.mine["city"] == "Gdańsk"
    assert conflict.value.fields == ["city", "job_title"]
    assert contacts.get_contact(store, contact_id, TODAY).values["city"] == "Poznań"


def test_custom_fields_are_checked_by_type(store: Store) -> None:
    with store.transaction() as session:
        session.add(CustomField(key="renewal", value_type="date", label="Renewal"))
    contact_id = _new_person(store, **{"custom.renewal": "2027-03-01"})
    assert contacts.get_contact(store, contact_id, TODAY).values["custom.renewal"] == date(2027, 3, 1)
    with pytest.raises(contacts.ContactInvalid, match=r"custom\.renewal"):
        _new_person(store, **{"custom.renewal": "soon"})


def test_bulk_tag_stage_and_owner_changes_undo_exactly(store: Store) -> None:
    with store.transaction() as session:
        session.add(TeamMember(name="Marta"))
    ids = [_new_person(store, first_name=f"P{n}", stage="new") for n in range(4)]
    contact_bulk.add_tag(store, ids[:1], "vip", actor="anna")
    added = contact_bulk.add_tag(store, ids, "vip", actor="anna")
    assert added.changed_ids == tuple(ids[1:])
    staged = contact_bulk.set_stage(store, ids[:2], "loyal", actor="anna")
    owned = contact_bulk.set_owner(store, ids, "Marta", actor="anna")
    with store.sessions() as session:
        versions = session.scalars(select(Contact.version).order_by(Contact.id)).all()
    assert versions == [4, 4, 3, 3]

    contact_bulk.undo_change(store, owned, actor="anna")
    contact_bulk.undo_change(store, staged, actor="anna")
    contact_bulk.undo_change(store, added, actor="anna", tag="vip")
    with store.sessions() as session:
        assert session.scalars(select(Contact.stage)).all() == ["new"] * 4
        assert session.scalars(select(Contact.owner_id)).all() == [None] * 4
        assert session.scalars(select(ContactTag.contact_id)).all() == [ids[0]]
    with pytest.raises(contacts.UserError, match="not on the team"):
        contact_bulk.set_owner(store, ids, "Nobody", actor="anna")


def test_bulk_changes_skip_contacts_someone_else_deleted_from_the_selection(store: Store) -> None:
    ids = [_new_person(store, first_name=f"P{n}") for n in range(3)]
    contact_bulk.delete_contacts(store, ids[:1], actor="marek")  # while anna's list still shows it
    assert contact_bulk.add_tag(store, ids, "vip", actor="anna").changed_ids == tuple(ids[1:])
    assert contact_bulk.set_stage(store, ids, "loyal", actor="anna").changed_ids == tuple(ids[1:])
    assert contact_bulk.remove_tag(store, ids, "vip", actor="anna").changed_ids == tuple(ids[1:])


def test_delete_and_undo_bring_back_everything_with_the_same_ids(store: Store) -> None:
    fill_shop(store)
    with store.transaction() as session:
        session.add(Interaction(contact_id=2, occurred_at=datetime(2026, 11, 1, 10), channel="visit"))
        segment = Segment(name="Picked", created_at=datetime(2026, 1, 1), updated_at=datetime(2026, 1, 1))
        session.add(segment)
        session.flush()
        session.add(SegmentListEntry(segment_id=segment.id, contact_id=2, role="member"))
    before = privacy.person_data(store, 2)
    deleted = contact_bulk.delete_contacts(store, [1, 2], actor="anna")
    assert deleted.count == 2
    with store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Contact)) == 0
    contact_bulk.undelete_contacts(store, deleted, actor="anna")
    after = privacy.person_data(store, 2)
    assert {k: v for k, v in after.items() if k != "audit_trail"} == {
        k: v for k, v in before.items() if k != "audit_trail"
    }
    assert [e["action"] for e in after["audit_trail"]][-2:] == ["deleted", "restored"]


def test_a_bulk_delete_on_sqlite_is_backed_up_first(sqlite_store: Store) -> None:
    fill_shop(sqlite_store)
    deleted = contact_bulk.delete_contacts(sqlite_store, [1, 2], actor="anna")
    assert deleted.backup is not None and deleted.backup.exists()


def test_withdrawing_consent_keeps_the_contact_and_records_why(store: Store) -> None:
    contact_id = _new_person(store)
    privacy.set_consent(
        store, contact_id, "email", True, actor="anna", source="shop form", wording="Newsletter"
    )
    privacy.withdraw_all_consent(store, contact_id, actor="anna", source="phone call")
    with store.sessions() as session:
        flags = session.execute(
            select(Contact.email_ok, Contact.phone_ok, Contact.mail_ok).where(Contact.id == contact_id)
        ).one()
        records = session.scalar(select(func.count()).select_from(ConsentRecord))
    assert tuple(flags) == (False, False, False)
    assert records == 4


def test_erasing_a_person_leaves_only_an_anonymous_note(store: Store) -> None:
    fill_shop(store)
    with store.transaction() as session:
        session.add(SnapshotMember(snapshot_id=_snapshot(session), contact_id=2))
    exported = privacy.person_data_json(store, 2)
    assert "Łucja" in exported
    erasure = privacy.erase_person(store, 2, actor="anna", reason="asked by email")
    assert erasure.rows_removed > 5
    with store.sessions() as session:
        assert session.get(Contact, 2) is None
        assert (
            session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.contact_id == 2))
            == 0
        )
        assert session.scalar(select(func.count()).select_from(SnapshotMember)) == 0
        note = session.execute(select(ErasureNote)).scalar_one()
    assert (note.former_contact_id, note.actor, note.reason) == (2, "anna", "asked by email")
    with pytest.raises(contacts.ContactNotFound):
        privacy.person_data(store, 2)


def _snapshot(session) -> int:  # type: ignore[no-untyped-def]
    from segdesk.store.models import SegmentSnapshot

    segment = Segment(name="S", created_at=datetime(2026, 1, 1), updated_at=datetime(2026, 1, 1))
    session.add(segment)
    session.flush()
    snapshot = SegmentSnapshot(segment_id=segment.id, taken_on=TODAY, taken_at=datetime(2026, 11, 24), size=1)
    session.add(snapshot)
    session.flush()
    return int(snapshot.id)


def _traces(path: Path, needle: bytes) -> list[str]:
    """Which of the database file and its WAL hold ``needle`` (any case)."""
    found = []
    for candidate in (path, path.with_name(path.name + "-wal")):
        if candidate.exists() and needle.lower() in candidate.read_bytes().lower():
            found.append(candidate.name)
    return found


def test_erased_contacts_leave_no_trace_in_the_sqlite_file_or_its_wal(sqlite_store: Store) -> None:
    """The name is gone from the bytes on disk: while the app still runs, after more writes, after closing.

    Every connection starts with ``secure_delete`` off (the default of many SQLite
    builds) and the person is edited before the erasure, so stale copies exist that
    only the erasure's own overwriting removes. Backups taken before still hold the
    person until they rotate out (see ``erase_person``); one taken after does not.
    """

    @event.listens_for(sqlite_store.engine, "connect")
    def secure_delete_off(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA secure_delete = OFF")

    sqlite_store.engine.dispose()
    path = sqlite_store.sqlite_path
    assert path is not None
    others = [_new_person(sqlite_store, first_name=f"Other{n}", notes="n" * 300) for n in range(40)]
    contact_id = _new_person(
        sqlite_store, last_name="Zzyzxwvut", email="zzyzxwvut@example.com", notes="Zzyzxwvut likes tea"
    )
    version = 1
    for city in ("Kraków", "Gdańsk", "Lyon"):
        version = contacts.update_contact(
            sqlite_store, contact_id, {"city": city, "job_title": f"Zzyzxwvut of {city}"},
            expected_version=version, actor="anna", today=TODAY,
        )  # fmt: skip
    interactions.log_contact(sqlite_store, contact_id, channel="call", today=TODAY, note="Zzyzxwvut called")
    contact_bulk.add_tag(sqlite_store, [contact_id, *others[:3]], "vip", actor="anna")
    assert _traces(path, b"Zzyzxwvut")

    privacy.erase_person(sqlite_store, contact_id, actor="anna")
    assert _traces(path, b"Zzyzxwvut") == []
    _new_person(sqlite_store, first_name="Later")  # pages written after the erasure carry no old bytes
    assert _traces(path, b"Zzyzxwvut") == []
    after = sqlite_store.backup("after-erasure")
    assert after is not None and b"zzyzxwvut" not in after.read_bytes().lower()
    sqlite_store.close()
    assert _traces(path, b"Zzyzxwvut") == []


def test_changing_the_cadence_moves_the_next_follow_up(store: Store) -> None:
    contact_id = _new_person(store)
    with store.transaction() as session:
        session.add(Interaction(contact_id=contact_id, occurred_at=datetime(2026, 11, 2, 10), channel="call"))
        session.execute(
            Contact.__table__.update()
            .where(Contact.id == contact_id)
            .values(last_contact_at=date(2026, 11, 2))
        )
    version = contacts.get_contact(store, contact_id, TODAY).version
    contacts.update_contact(
        store, contact_id, {"cadence_days": 30}, expected_version=version, actor="anna", today=TODAY
    )
    with store.sessions() as session:
        row = session.execute(
            select(Contact.effective_cadence_days, Contact.next_followup_at).where(Contact.id == contact_id)
        ).one()
    assert tuple(row) == (30, date(2026, 12, 2))
