"""The imports so far, and undoing one as a whole.

Undo removes the contacts the import created (their tags, custom values and
consent records go with them), puts back the previous values of the contacts it
updated, deletes the consent records it added, and removes tags, needs, team
members and custom fields it created that nothing uses any more.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, DateTime, and_, bindparam, delete, exists, func, insert, select, update
from sqlalchemy.orm import Session

from segdesk.domain import i18n
from segdesk.services.errors import UserError
from segdesk.services.imports.write import CUSTOM_COLUMN, T, contacts
from segdesk.store.database import Store
from segdesk.store.derived import recompute_summaries, refresh_rfm

__all__ = ["ImportSummary", "UndoResult", "list_imports", "undo_import"]

batches, changes = T["import_batches"], T["import_changes"]
FACT_TABLES = ("interactions", "orders", "followups")


@dataclass(frozen=True)
class ImportSummary:
    id: int
    file_name: str
    file_format: str
    imported_at: datetime
    created: int
    updated: int
    undone_at: datetime | None


@dataclass(frozen=True)
class UndoResult:
    batch_id: int
    removed: int  # contacts the import had created
    restored: int  # contacts put back as they were before it
    edited_since: int  # of those, contacts someone changed after the import


def list_imports(store: Store) -> list[ImportSummary]:
    """Every import, newest first."""
    with store.sessions() as session:
        rows = session.execute(select(batches).order_by(batches.c.id.desc())).mappings().all()
    found = []
    for row in rows:
        counts = json.loads(row["mapping_json"] or "{}").get("counts", {})
        found.append(
            ImportSummary(
                row["id"],
                row["file_name"],
                row["file_format"],
                row["imported_at"],
                counts.get("created", 0),
                counts.get("updated", 0),
                row["undone_at"],
            )
        )
    return found


def _value(column: str, value: Any) -> Any:
    if value is None:
        return None
    kind = contacts.c[column].type
    if isinstance(kind, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    return value


def _refuse(template: str, *values: object) -> UserError:
    return UserError(i18n.fill(template, *values))


def _check(session: Session, batch_id: int, force: bool) -> dict[str, Any]:
    batch = session.execute(select(batches).where(batches.c.id == batch_id)).mappings().first()
    if batch is None:
        raise _refuse(
            i18n.translate("Import", "There is no import number %1 (“segdesk imports list” shows them)."),
            batch_id,
        )
    if batch["undone_at"] is not None:
        raise _refuse(i18n.translate("Import", "Import %1 was already undone."), batch_id)
    touched = (
        select(changes.c.contact_id)
        .where(changes.c.batch_id == batch_id)
        .union(select(contacts.c.id).where(contacts.c.import_batch_id == batch_id))
    )
    later = session.scalar(
        select(func.min(changes.c.batch_id))
        .join(batches, batches.c.id == changes.c.batch_id)
        .where(
            changes.c.batch_id > batch_id, batches.c.undone_at.is_(None), changes.c.contact_id.in_(touched)
        )
    )
    if later is not None:
        raise _refuse(
            i18n.translate("Import", "Import %1 changed some of the same contacts later; undo it first."),
            later,
        )
    if not force:
        created = select(contacts.c.id).where(contacts.c.import_batch_id == batch_id)
        busy = sum(
            session.scalar(select(func.count()).select_from(T[name]).where(T[name].c.contact_id.in_(created)))
            or 0
            for name in FACT_TABLES
        )
        if busy:
            raise _refuse(
                i18n.translate(
                    "Import",
                    "Contacts of import %1 have %2 interactions, orders or follow-ups since; "
                    "undo with --force to remove them too.",
                ),
                batch_id,
                busy,
            )
    return dict(batch)


def _restore(session: Session, batch_id: int) -> tuple[int, int]:
    rows = session.execute(select(changes).where(changes.c.batch_id == batch_id)).mappings().all()
    versions = dict(
        session.execute(
            select(contacts.c.id, contacts.c.version).where(
                contacts.c.id.in_(select(changes.c.contact_id).where(changes.c.batch_id == batch_id))
            )
        ).all()
    )
    statements: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    link_deletes: dict[str, list[dict[str, Any]]] = defaultdict(list)
    custom_back: list[dict[str, Any]] = []
    edited = 0
    types = dict(session.execute(select(T["custom_fields"].c.key, T["custom_fields"].c.value_type)).all())
    for row in rows:
        cid, before = row["contact_id"], json.loads(row["before_json"])
        edited += versions.get(cid) != row["version_after"]
        values = {"n_" + k: _value(k, v) for k, v in before["columns"].items()}
        values["n_version"] = versions.get(cid, 0) + 1
        statements[tuple(sorted(values))].append({"_id": cid, **values})
        for kind in ("tags", "needs"):
            link_deletes[kind] += [{"_cid": cid, "_other": other} for other in before[kind]]
        for key, previous in before["custom"].items():
            link_deletes["custom"].append({"_cid": cid, "_other": key})
            if previous is not None and key in types:
                column = CUSTOM_COLUMN[types[key]]
                value = date.fromisoformat(previous) if column == "date_value" else previous
                custom_back.append(
                    {
                        "contact_id": cid,
                        "field_key": key,
                        "text_value": None,
                        "number_value": None,
                        "date_value": None,
                        column: value,
                    }
                )
    for keys, params in statements.items():
        session.execute(
            update(contacts)
            .where(contacts.c.id == bindparam("_id"))
            .values({k[2:]: bindparam(k) for k in keys}),
            params,
        )
    for kind, table_name, column in (
        ("tags", "contact_tags", "tag_id"),
        ("needs", "contact_needs", "need_id"),
        ("custom", "custom_values", "field_key"),
    ):
        if link_deletes[kind]:
            table = T[table_name]
            session.execute(
                delete(table).where(
                    table.c.contact_id == bindparam("_cid"), table.c[column] == bindparam("_other")
                ),
                link_deletes[kind],
            )
    if custom_back:
        session.execute(insert(T["custom_values"]), custom_back)
    return len(rows), edited


def _drop_unused(session: Session, created: dict[str, list[Any]]) -> None:
    for table_name, link, column in (
        ("tags", "contact_tags", "tag_id"),
        ("needs", "contact_needs", "need_id"),
    ):
        table, links = T[table_name], T[link]
        if created.get(table_name):
            session.execute(
                delete(table).where(
                    table.c.id.in_(created[table_name]), ~exists().where(links.c[column] == table.c.id)
                )
            )
    members = T["team_members"]
    if created.get("team_members"):
        session.execute(
            delete(members).where(
                members.c.id.in_(created["team_members"]),
                ~exists().where(contacts.c.owner_id == members.c.id),
            )
        )
    fields, values = T["custom_fields"], T["custom_values"]
    if created.get("custom_fields"):
        session.execute(
            delete(fields).where(
                fields.c.key.in_(created["custom_fields"]),
                ~exists().where(values.c.field_key == fields.c.key),
            )
        )


def undo_import(store: Store, batch_id: int, *, force: bool = False) -> UndoResult:
    """Undo import ``batch_id`` as a whole (after a backup); a UserError when it cannot be undone."""
    with store.sessions() as session:
        _check(session, batch_id, force)
    store.backup("before-undo")
    with store.transaction() as session:
        batch = _check(session, batch_id, force)
        restored_ids = list(
            session.scalars(select(changes.c.contact_id).where(changes.c.batch_id == batch_id))
        )
        restored, edited = _restore(session, batch_id)
        session.execute(
            delete(T["consent_records"]).where(T["consent_records"].c.source == f"import:{batch_id}")
        )
        created = select(contacts.c.id).where(contacts.c.import_batch_id == batch_id)
        buyers = session.scalar(
            select(func.count()).where(and_(contacts.c.id.in_(created), contacts.c.purchase_count > 0))
        )
        edited += (
            session.scalar(
                select(func.count()).where(contacts.c.import_batch_id == batch_id, contacts.c.version > 1)
            )
            or 0
        )
        removed = session.execute(delete(contacts).where(contacts.c.import_batch_id == batch_id)).rowcount  # type: ignore[attr-defined]
        session.execute(delete(changes).where(changes.c.batch_id == batch_id))
        if restored_ids:
            recompute_summaries(session, restored_ids)
        if buyers:
            refresh_rfm(session)
        _drop_unused(session, json.loads(batch["mapping_json"] or "{}").get("created", {}))
        session.execute(update(batches).where(batches.c.id == batch_id).values(undone_at=datetime.now()))
    return UndoResult(batch_id, removed, restored, edited)
