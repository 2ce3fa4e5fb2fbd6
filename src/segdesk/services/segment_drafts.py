"""The segment the rule editor works on: loading it, saving it, and rules as ``.json`` files.

:func:`save_draft` writes everything the editor's Segment tab holds in one
transaction: the rules (checked like the engine checks them, cycles included), the
description or persona, owner, colour and follow-up cadence; a static segment's members
are the contacts matching the rules today. An ``updated`` check on the segment's
version refuses to overwrite a colleague's change.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path as FilePath
from typing import Any

from sqlalchemy import CursorResult, delete, func, insert, literal, select, update
from sqlalchemy.orm import Session

from segdesk.domain import i18n
from segdesk.domain.problems import RuleError
from segdesk.domain.rule_validation import load_rules
from segdesk.domain.rules import Group, parse_rules, to_json
from segdesk.segments.columns import tables
from segdesk.segments.compiler import SegmentDef, where_clause
from segdesk.segments.membership import load_segment, session_resolver
from segdesk.services.catalogue import catalogue_for_session
from segdesk.services.errors import OperationFailed, UserError
from segdesk.services.files import replacing_text_file
from segdesk.services.segments import member_query
from segdesk.store.database import Store
from segdesk.store.models import Segment, SegmentListEntry, TeamMember

__all__ = ["SegmentDraft", "read_rules_file", "save_draft", "segment_draft", "write_rules_file"]


@dataclass
class SegmentDraft:
    """A segment as the editor holds it; ``id`` ``None`` until it is saved."""

    name: str = ""
    rules: dict[str, Any] = field(default_factory=lambda: {"version": 1, "match": "all", "rules": []})
    description: str = ""
    owner: str | None = None
    colour: str | None = None
    cadence_days: int | None = None
    is_static: bool = False  # a frozen member list (the rules are kept only to rebuild it)
    id: int | None = None
    version: int | None = None  # for the "changed meanwhile" check
    members: int | None = None  # a static segment's size
    was_static: bool = False  # saved as static: its members stay unless ``refreeze``
    refreeze: bool = False  # replace a saved static segment's members by today's matches

    def keeps_members(self) -> bool:
        return self.was_static and not self.refreeze


def segment_draft(store: Store, segment_id: int) -> SegmentDraft:
    """The saved segment ``segment_id`` to edit; :class:`UserError` if it no longer exists."""
    with store.sessions() as session:
        row = session.execute(
            select(
                Segment.id,
                Segment.name,
                Segment.rules_json,
                Segment.description,
                Segment.colour,
                Segment.cadence_days,
                Segment.version,
                TeamMember.name.label("owner"),
            )
            .outerjoin(TeamMember, TeamMember.id == Segment.owner_id)
            .where(Segment.id == segment_id)
        ).first()
        if row is None:
            raise UserError(i18n.translate("Segments", "This segment no longer exists."))
        members = session.scalar(
            select(func.count())
            .select_from(SegmentListEntry)
            .where(SegmentListEntry.segment_id == segment_id, SegmentListEntry.role == "member")
        )
    draft = SegmentDraft(
        name=row.name,
        description=row.description or "",
        owner=row.owner,
        colour=row.colour,
        cadence_days=row.cadence_days,
        is_static=row.rules_json is None,
        was_static=row.rules_json is None,
        id=row.id,
        version=row.version,
        members=int(members or 0),
    )
    if row.rules_json is not None:
        with contextlib.suppress(ValueError):  # unreadable rules: the editor starts empty
            draft.rules = dict(json.loads(row.rules_json))
    return draft


def save_draft(store: Store, draft: SegmentDraft, today: date, *, now: datetime | None = None) -> int:
    """Create or update the segment in ``draft`` in one transaction; returns its id.

    Dynamic: the rules are checked (fields, operators, values, referred segments, cycles)
    and stored. Static: the contacts matching the rules today become its member list,
    except that a segment saved static before keeps its members unless ``refreeze``.
    Raises :class:`UserError` for a missing or taken name, bad rules, or a segment
    changed by someone else since it was opened.
    """
    name = draft.name.strip()
    if not name:
        raise UserError(i18n.translate("Segments", "A segment needs a name."))
    stamp = now or datetime.now()
    try:
        with store.transaction() as session:
            return _save(session, draft, name, today, stamp)
    except RuleError as exc:
        details = "; ".join(str(p) for p in exc.problems)
        raise UserError(
            i18n.translate("Segments", "The rules cannot be used: %1").replace("%1", details)
        ) from None


def _save(session: Session, draft: SegmentDraft, name: str, today: date, stamp: datetime) -> int:
    catalogue = catalogue_for_session(session)
    group = load_rules(draft.rules, catalogue)
    same_name = load_segment(session, name)
    if same_name is not None and same_name.id != draft.id:
        message = i18n.translate("Segments", "There is already a segment named “%1”.")
        raise UserError(message.replace("%1", name))
    resolver = session_resolver(session, {name: SegmentDef(draft.id or 0, name, group)})
    where_clause(group, today=today, catalogue=catalogue, resolve_segment=resolver, segment_name=name)
    owner_id = None
    if draft.owner:
        owner_id = session.scalar(select(TeamMember.id).where(TeamMember.name == draft.owner))
    values: dict[str, Any] = {
        "name": name,
        "rules_json": None if draft.is_static else json.dumps(to_json(group), ensure_ascii=False),
        "description": draft.description.strip() or None,
        "owner_id": owner_id,
        "colour": draft.colour,
        "cadence_days": draft.cadence_days,
        "updated_at": stamp,
    }
    table = tables("segments")
    if draft.id is None:
        segment_id = int(session.execute(
            insert(table).values(created_at=stamp, version=1, **values).returning(table.c.id)
        ).scalar_one())  # fmt: skip
    else:
        segment_id = draft.id
        changed: CursorResult[Any] = session.execute(  # type: ignore[assignment]
            update(table)
            .where(table.c.id == draft.id, table.c.version == draft.version)
            .values(version=table.c.version + 1, **values)
        )
        if changed.rowcount != 1:
            raise UserError(
                i18n.translate(
                    "Segments", "Someone changed or deleted this segment meanwhile; open it again to edit it."
                )
            )
    if draft.is_static and draft.keeps_members():
        return segment_id  # a hand-picked list stays as it is
    entries = tables("segment_list_entries")
    session.execute(delete(entries).where(entries.c.segment_id == segment_id, entries.c.role == "member"))
    if draft.is_static:
        members = member_query(session, today, rules=to_json(group)).subquery()
        session.execute(
            insert(entries).from_select(
                ["segment_id", "contact_id", "role"],
                select(literal(segment_id), members.c[0], literal("member")),
            )
        )
    return segment_id


# --------------------------------------------------------------------- rule files


def read_rules_file(path: FilePath) -> Group:
    """The rules in a ``.json`` file (structure checked; values are checked by the editor)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        message = i18n.translate("Segments", "Could not read %1: %2")
        raise OperationFailed(i18n.fill(message, str(path), exc.strerror or str(exc))) from None
    except UnicodeDecodeError:
        message = i18n.translate("Segments", "%1 is not a text file.")
        raise UserError(i18n.fill(message, str(path))) from None
    try:
        return parse_rules(text)
    except RuleError as exc:
        message = i18n.translate("Segments", "%1 does not hold segment rules: %2")
        raise UserError(i18n.fill(message, path.name, "; ".join(str(p) for p in exc.problems))) from None


def write_rules_file(path: FilePath, group: Group) -> None:
    """Write the rules as a version-1 ``.json`` document (replacing the file only when complete)."""
    with replacing_text_file(path) as stream:
        json.dump(to_json(group), stream, ensure_ascii=False, indent=2)
        stream.write("\n")
