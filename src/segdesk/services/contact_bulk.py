"""Actions on many selected contacts at once, each returning what its undo needs.

Every changed contact gets its version bumped (so an editor holding an older
copy is told of the conflict) and an audit row. Deleting many contacts backs
the database up first; the deleted rows come back on undo with their ids.
Undo puts a value back only where the action's value is still there: what
someone changed since (in another window, or another team member) stays.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from segdesk.domain import i18n
from segdesk.domain.fields import STAGES
from segdesk.services.contacts import audit
from segdesk.services.errors import UserError
from segdesk.store.contact_rows import ContactRows, capture, restore
from segdesk.store.database import Store
from segdesk.store.models import AuditEntry, Contact, ContactTag, Segment, SegmentListEntry, Tag, TeamMember
from segdesk.store.named_rows import named_ids

ID_CHUNK = 5000


@dataclass(frozen=True)
class BulkChange:
    """Which contacts an action changed, and their values before (for undo)."""

    field: str
    changed_ids: tuple[int, ...]
    previous: Mapping[int, Any]
    value: Any = None  # what the action wrote (stage; owner: the member's id; segment: the role)


@dataclass(frozen=True)
class UndoOutcome:
    """What an undo put back, and how many contacts it left as they are (changed since, or deleted)."""

    restored: int
    kept: int


@dataclass(frozen=True)
class DeletedContacts:
    rows: ContactRows
    backup: Path | None

    @property
    def count(self) -> int:
        return len(self.rows.contact_ids)


def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), ID_CHUNK):
        yield ordered[start : start + ID_CHUNK]


def _touch(session: Session, ids: Sequence[int]) -> None:
    for chunk in _chunks(ids):
        session.execute(
            update(Contact)
            .where(Contact.id.in_(chunk))
            .values(version=Contact.version + 1, updated_at=datetime.now())
        )


def _lock_existing(session: Session, ids: Sequence[int]) -> list[int]:
    """The selected contacts that still exist, their rows locked until the transaction ends.

    Another user may have deleted some of the selection meanwhile; and locking first (on
    PostgreSQL; a SQLite writer already holds the whole file) makes a concurrent single
    save wait for this change and then be refused as stale, instead of interleaving with it.
    """
    found: list[int] = []
    for chunk in _chunks(ids):
        found += session.scalars(
            select(Contact.id).where(Contact.id.in_(chunk)).order_by(Contact.id).with_for_update()
        )
    return found


def _audit_each(session: Session, actor: str, field: str, changes: Mapping[int, tuple[Any, Any]]) -> None:
    for contact_id, old_new in changes.items():
        audit(session, contact_id, actor, "bulk", {field: old_new})


def _tag_id(session: Session, name: str, *, create: bool) -> int | None:
    name = name.strip()
    if not name:
        raise UserError(i18n.translate("Bulk", "Type the tag to add or remove."))
    if create:
        return named_ids(session, Tag, [name])[name]
    return session.scalar(select(Tag.id).where(Tag.name == name))


def _tagged(session: Session, ids: Sequence[int], tag_id: int) -> set[int]:
    have: set[int] = set()
    for chunk in _chunks(ids):
        have.update(
            session.scalars(
                select(ContactTag.contact_id).where(
                    ContactTag.tag_id == tag_id, ContactTag.contact_id.in_(chunk)
                )
            )
        )
    return have


def add_tag(store: Store, ids: Sequence[int], tag: str, *, actor: str) -> BulkChange:
    with store.transaction() as session:
        tag_id = _tag_id(session, tag, create=True)
        assert tag_id is not None
        existing = _lock_existing(session, ids)
        new = sorted(set(existing) - _tagged(session, existing, tag_id))
        if new:
            session.execute(insert(ContactTag), [{"contact_id": i, "tag_id": tag_id} for i in new])
            _touch(session, new)
            _audit_each(session, actor, "tags", {i: (None, tag) for i in new})
        return BulkChange("tags", tuple(new), {i: False for i in new})


def remove_tag(store: Store, ids: Sequence[int], tag: str, *, actor: str) -> BulkChange:
    with store.transaction() as session:
        tag_id = _tag_id(session, tag, create=False)
        ids = _lock_existing(session, ids)
        had = sorted(_tagged(session, ids, tag_id)) if tag_id is not None else []
        for chunk in _chunks(had):
            session.execute(
                delete(ContactTag).where(ContactTag.tag_id == tag_id, ContactTag.contact_id.in_(chunk))
            )
        _touch(session, had)
        _audit_each(session, actor, "tags", {i: (tag, None) for i in had})
        return BulkChange("tags", tuple(had), {i: True for i in had})


def _locked_values(session: Session, ids: Sequence[int], column: Any) -> dict[int, Any]:
    """``column`` of the contacts among ``ids`` that exist, their rows locked (in id order) until commit."""
    found: dict[int, Any] = {}
    for chunk in _chunks(ids):
        found.update(
            session.execute(
                select(Contact.id, column).where(Contact.id.in_(chunk)).order_by(Contact.id).with_for_update()
            ).all()
        )
    return found


def _set_column(
    store: Store, ids: Sequence[int], field: str, column: Any, value: Any, actor: str, shown: Any
) -> BulkChange:
    with store.transaction() as session:
        previous = _locked_values(session, ids, column)
        changed = sorted(i for i, old in previous.items() if old != value)
        for chunk in _chunks(changed):
            session.execute(update(Contact).where(Contact.id.in_(chunk)).values({column: value}))
        _touch(session, changed)
        _audit_each(session, actor, field, {i: (previous[i], shown) for i in changed})
        return BulkChange(field, tuple(changed), {i: previous[i] for i in changed}, value)


def set_stage(store: Store, ids: Sequence[int], stage: str | None, *, actor: str) -> BulkChange:
    if stage is not None and stage not in STAGES:
        raise UserError(i18n.fill(i18n.translate("Bulk", "“%1” is not a relationship stage."), stage))
    return _set_column(store, ids, "stage", Contact.stage, stage, actor, stage)


def set_owner(store: Store, ids: Sequence[int], owner: str | None, *, actor: str) -> BulkChange:
    with store.sessions() as session:
        owner_id = session.scalar(select(TeamMember.id).where(TeamMember.name == owner)) if owner else None
    if owner and owner_id is None:
        raise UserError(i18n.fill(i18n.translate("Bulk", "“%1” is not on the team."), owner))
    return _set_column(store, ids, "owner", Contact.owner_id, owner_id, actor, owner)


def undo_change(
    store: Store, change: BulkChange, *, actor: str, tag: str | None = None, segment: str | None = None
) -> UndoOutcome:
    """Put back the values a bulk action replaced (``tag`` or ``segment``: the one the action named).

    Only where the contact still holds what the action set: a later change stays, and so
    does a contact deleted since; both count as ``kept``.
    """
    if change.field == "segment":
        assert segment is not None
        return _undo_segment(store, change, segment, actor)
    if change.field == "tags":
        assert tag is not None
        added = [i for i, had in change.previous.items() if not had]
        removed = [i for i, had in change.previous.items() if had]
        restored = 0
        if added:
            restored += len(remove_tag(store, added, tag, actor=actor).changed_ids)
        if removed:
            restored += len(add_tag(store, removed, tag, actor=actor).changed_ids)
        return UndoOutcome(restored, len(change.previous) - restored)
    return _undo_column(store, change, actor)


def _undo_column(store: Store, change: BulkChange, actor: str) -> UndoOutcome:
    """Compare and set, under the rows' locks: the old value goes back where the action's value still is."""
    column = {"stage": Contact.stage, "owner": Contact.owner_id}[change.field]
    with store.transaction() as session:
        current = _locked_values(session, list(change.previous), column)
        back = sorted(i for i, now in current.items() if now == change.value)
        by_old: dict[Any, list[int]] = defaultdict(list)
        for contact_id in back:
            by_old[change.previous[contact_id]].append(contact_id)
        for old, ids in by_old.items():
            for chunk in _chunks(ids):
                session.execute(update(Contact).where(Contact.id.in_(chunk)).values({column: old}))
        _touch(session, back)
        _audit_each(session, actor, change.field, {i: (change.value, change.previous[i]) for i in back})
    return UndoOutcome(len(back), len(change.previous) - len(back))


def _static_segment_id(session: Session, name: str) -> int:
    row = session.execute(select(Segment.id, Segment.rules_json).where(Segment.name == name)).one_or_none()
    if row is None:
        raise UserError(i18n.fill(i18n.translate("Bulk", "There is no segment called “%1”."), name))
    return int(row.id)


def add_to_segment(store: Store, ids: Sequence[int], segment: str, *, actor: str) -> BulkChange:
    """Hand-pick contacts into a segment (members of a static one, always-included in a rule-based one)."""
    with store.transaction() as session:
        segment_id = _static_segment_id(session, segment)
        is_static = session.scalar(select(Segment.rules_json).where(Segment.id == segment_id)) is None
        role = "member" if is_static else "include"
        existing = dict(
            session.execute(
                select(SegmentListEntry.contact_id, SegmentListEntry.role).where(
                    SegmentListEntry.segment_id == segment_id
                )
            ).all()
        )
        alive = _lock_existing(session, ids)  # someone may have deleted some of the selection
        changed = sorted(i for i in alive if existing.get(i) != role)
        for chunk in _chunks(changed):
            session.execute(
                delete(SegmentListEntry).where(
                    SegmentListEntry.segment_id == segment_id, SegmentListEntry.contact_id.in_(chunk)
                )
            )
        if changed:
            session.execute(
                insert(SegmentListEntry),
                [{"segment_id": segment_id, "contact_id": i, "role": role} for i in changed],
            )
        _audit_each(session, actor, "segment", {i: (existing.get(i), f"{segment}:{role}") for i in changed})
        return BulkChange("segment", tuple(changed), {i: existing.get(i) for i in changed}, role)


def _undo_segment(store: Store, change: BulkChange, segment: str, actor: str) -> UndoOutcome:
    """Give back each contact the place it had in the segment before :func:`add_to_segment`.

    Only where the contact still has the place the action gave it: a place changed since
    (in the rule editor, by someone else) stays, and a deleted contact has none.
    """
    with store.transaction() as session:
        segment_id = _static_segment_id(session, segment)
        current: dict[int, str] = {}
        for chunk in _chunks(list(change.previous)):
            current.update(
                session.execute(
                    select(SegmentListEntry.contact_id, SegmentListEntry.role)
                    .where(SegmentListEntry.segment_id == segment_id, SegmentListEntry.contact_id.in_(chunk))
                    .order_by(SegmentListEntry.contact_id)
                    .with_for_update()
                ).all()
            )
        back = sorted(i for i, role in current.items() if role == change.value)
        for chunk in _chunks(back):
            session.execute(
                delete(SegmentListEntry).where(
                    SegmentListEntry.segment_id == segment_id, SegmentListEntry.contact_id.in_(chunk)
                )
            )
        again = [
            {"segment_id": segment_id, "contact_id": i, "role": change.previous[i]}
            for i in back
            if change.previous[i] is not None
        ]
        if again:
            session.execute(insert(SegmentListEntry), again)
        set_by_action = f"{segment}:{change.value}"
        _audit_each(session, actor, "segment", {i: (set_by_action, change.previous[i]) for i in back})
    return UndoOutcome(len(back), len(change.previous) - len(back))


def delete_contacts(store: Store, ids: Sequence[int], *, actor: str) -> DeletedContacts:
    """Delete contacts with everything they own; keep what undo needs. Backs up before a bulk delete."""
    backup = store.backup("before-delete") if len(set(ids)) > 1 else None
    with store.transaction() as session:
        rows = capture(session, ids)
        found = rows.contact_ids
        for chunk in _chunks(found):
            session.execute(delete(Contact).where(Contact.id.in_(chunk)))
        now = datetime.now()
        if found:
            session.execute(
                insert(AuditEntry),
                [{"contact_id": i, "at": now, "actor": actor, "action": "deleted"} for i in found],
            )
        return DeletedContacts(rows, backup)


def undelete_contacts(store: Store, deleted: DeletedContacts, *, actor: str) -> None:
    with store.transaction() as session:
        restore(session, deleted.rows)
        now = datetime.now()
        ids = deleted.rows.contact_ids
        if ids:
            session.execute(
                insert(AuditEntry),
                [{"contact_id": i, "at": now, "actor": actor, "action": "restored"} for i in ids],
            )
