"""Undo of a bulk change puts values back only where nobody changed them since: a later edit stays."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, update

from segdesk.services import contact_bulk, contacts
from segdesk.services.contact_bulk import BulkChange, UndoOutcome
from segdesk.store.database import Store
from segdesk.store.models import AuditEntry, Contact, Segment, SegmentListEntry, TeamMember
from tests.factories import NOW

TODAY = date(2026, 11, 24)
# field -> (value before, value the bulk action sets, value a later edit sets)
CASES = {"stage": ("new", "loyal", "lead"), "owner": ("Marta", "Jan", "Ola")}


def _contacts(store: Store, field: str, value: str) -> list[int]:
    with store.transaction() as session:
        session.add_all(TeamMember(name=name) for name in ("Marta", "Jan", "Ola"))
    return [
        contacts.create_contact(store, {"first_name": name, field: value}, actor="setup") for name in "ABC"
    ]


def _bulk(store: Store, field: str, ids: list[int], value: str | None) -> BulkChange:
    if field == "stage":
        return contact_bulk.set_stage(store, ids, value, actor="anna")
    return contact_bulk.set_owner(store, ids, value, actor="anna")


def _edit(store: Store, contact_id: int, changes: dict[str, object]) -> None:
    """A save from the contact editor, with the version it loaded."""
    version = contacts.get_contact(store, contact_id, TODAY).version
    contacts.update_contact(store, contact_id, changes, expected_version=version, actor="marek", today=TODAY)


def _values(store: Store, field: str, ids: list[int]) -> list[object]:
    return [contacts.get_contact(store, i, TODAY).values[field] for i in ids]


def _versions(store: Store, ids: list[int]) -> list[int]:
    return [contacts.get_contact(store, i, TODAY).version for i in ids]


def _undo_audited(store: Store, field: str) -> list[int]:
    with store.sessions() as session:
        return sorted(
            session.scalars(
                select(AuditEntry.contact_id).where(AuditEntry.actor == "undoer", AuditEntry.field == field)
            )
        )


@pytest.mark.parametrize("field", sorted(CASES))
def test_undo_leaves_a_later_edit_of_the_same_field(store: Store, field: str) -> None:
    before, bulk_value, later = CASES[field]
    a, b, c = ids = _contacts(store, field, before)
    change = _bulk(store, field, ids, bulk_value)
    assert change.changed_ids == (a, b, c)
    _edit(store, b, {field: later})
    versions = _versions(store, ids)

    outcome = contact_bulk.undo_change(store, change, actor="undoer")

    assert outcome == UndoOutcome(restored=2, kept=1)
    assert _values(store, field, ids) == [before, later, before]
    assert _versions(store, ids) == [versions[0] + 1, versions[1], versions[2] + 1]
    assert _undo_audited(store, field) == [a, c]


@pytest.mark.parametrize("field", sorted(CASES))
def test_undo_after_a_later_edit_of_another_field_still_puts_back(store: Store, field: str) -> None:
    before, bulk_value, _later = CASES[field]
    ids = _contacts(store, field, before)
    change = _bulk(store, field, ids, bulk_value)
    _edit(store, ids[1], {"city": "Gdańsk"})
    assert contact_bulk.undo_change(store, change, actor="undoer") == UndoOutcome(restored=3, kept=0)
    assert _values(store, field, ids) == [before] * 3
    assert contacts.get_contact(store, ids[1], TODAY).values["city"] == "Gdańsk"


@pytest.mark.parametrize("field", sorted(CASES))
def test_a_contact_deleted_since_is_kept_and_the_undo_goes_through(store: Store, field: str) -> None:
    before, bulk_value, _later = CASES[field]
    a, b, c = ids = _contacts(store, field, before)
    change = _bulk(store, field, ids, bulk_value)
    contact_bulk.delete_contacts(store, [b], actor="marek")

    outcome = contact_bulk.undo_change(store, change, actor="undoer")

    assert outcome == UndoOutcome(restored=2, kept=1)
    assert _values(store, field, [a, c]) == [before, before]
    assert _undo_audited(store, field) == [a, c]


def test_undo_with_no_later_change_puts_everything_back(store: Store) -> None:
    ids = _contacts(store, "stage", "new")
    with store.transaction() as session:  # one contact had no stage at all: it gets none back
        session.execute(update(Contact).where(Contact.id == ids[2]).values(stage=None))
    change = _bulk(store, "stage", ids, "loyal")
    assert change.value == "loyal"
    assert contact_bulk.undo_change(store, change, actor="undoer") == UndoOutcome(restored=3, kept=0)
    assert _values(store, "stage", ids) == ["new", "new", None]
    assert _undo_audited(store, "stage") == ids


def test_a_direct_write_bumping_the_version_is_also_left_alone(store: Store) -> None:
    """Another program (or an older segdesk) writing the row: only the value counts."""
    ids = _contacts(store, "stage", "new")
    change = _bulk(store, "stage", ids, None)
    with store.transaction() as session:
        session.execute(
            update(Contact).where(Contact.id == ids[2]).values(stage="vip", version=Contact.version + 1)
        )
    assert contact_bulk.undo_change(store, change, actor="undoer") == UndoOutcome(restored=2, kept=1)
    assert _values(store, "stage", ids) == ["new", "new", "vip"]


def test_tag_undo_reports_what_it_changed(store: Store) -> None:
    ids = _contacts(store, "stage", "new")
    change = contact_bulk.add_tag(store, ids, "vip", actor="anna")
    _edit(store, ids[0], {"tags": []})  # someone took the tag off one of them already
    contact_bulk.delete_contacts(store, [ids[1]], actor="marek")
    outcome = contact_bulk.undo_change(store, change, actor="undoer", tag="vip")
    assert outcome == UndoOutcome(restored=1, kept=2)
    assert [contacts.get_contact(store, i, TODAY).values["tags"] for i in (ids[0], ids[2])] == [
        frozenset(),
        frozenset(),
    ]


def test_segment_undo_leaves_a_place_changed_since(store: Store) -> None:
    a, b, c, d = [contacts.create_contact(store, {"first_name": n}, actor="setup") for n in "ABCD"]
    with store.transaction() as session:
        segment = Segment(name="Fair", rules_json='{"all": []}', created_at=NOW, updated_at=NOW)
        session.add(segment)
        session.flush()
        segment_id = segment.id
        session.add(SegmentListEntry(segment_id=segment_id, contact_id=d, role="exclude"))
    change = contact_bulk.add_to_segment(store, [a, b, c, d], "Fair", actor="anna")
    assert change.value == "include"
    with store.transaction() as session:  # the rule editor: b is now always left out
        session.execute(
            update(SegmentListEntry)
            .where(SegmentListEntry.segment_id == segment_id, SegmentListEntry.contact_id == b)
            .values(role="exclude")
        )
    contact_bulk.delete_contacts(store, [d], actor="marek")  # its place went with it

    outcome = contact_bulk.undo_change(store, change, actor="undoer", segment="Fair")

    assert outcome == UndoOutcome(restored=2, kept=2)
    with store.sessions() as session:
        places = dict(session.execute(select(SegmentListEntry.contact_id, SegmentListEntry.role)).all())
    assert places == {b: "exclude"}
    assert _undo_audited(store, "segment") == [a, c]


def test_adding_to_a_segment_skips_contacts_deleted_meanwhile(store: Store) -> None:
    a, b = [contacts.create_contact(store, {"first_name": n}, actor="setup") for n in "AB"]
    with store.transaction() as session:
        session.add(Segment(name="Fair", created_at=NOW, updated_at=NOW))
    contact_bulk.delete_contacts(store, [b], actor="marek")  # after the selection was read

    change = contact_bulk.add_to_segment(store, [a, b], "Fair", actor="anna")

    assert change.changed_ids == (a,)
    with store.sessions() as session:
        assert list(session.scalars(select(SegmentListEntry.contact_id))) == [a]
