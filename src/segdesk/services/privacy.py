"""What contacts said about being contacted, and their rights over their data.

Consent is recorded per channel with date, source and wording; the latest
record per channel sets the contact's ``email_ok``/``phone_ok``/``mail_ok``.
Withdrawn contacts stay in the database (so an import never adds them again
as new) but mailing exports and call lists leave them out.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select, text, update

from segdesk.domain import i18n
from segdesk.domain.locale_format import language_code, preferred_language
from segdesk.reports.person_record import render_person_record
from segdesk.reports.rows import RenderedPdf
from segdesk.services.contacts import _not_found, audit
from segdesk.services.errors import UserError
from segdesk.services.files import replacing_text_file
from segdesk.services.person_record import person_record, segments_of
from segdesk.services.reports import save_pdf
from segdesk.store.contact_rows import capture
from segdesk.store.database import Store
from segdesk.store.models import AuditEntry, ConsentRecord, Contact, ErasureNote, SnapshotMember

CHANNEL_COLUMNS = {"email": "email_ok", "phone": "phone_ok", "post": "mail_ok"}


def set_consent(
    store: Store,
    contact_id: int,
    channel: str,
    granted: bool,
    *,
    actor: str,
    source: str | None = None,
    wording: str | None = None,
    at: datetime | None = None,
) -> None:
    if channel not in CHANNEL_COLUMNS:
        raise UserError(
            i18n.fill(i18n.translate("Privacy", "“%1” is not a channel (email, phone, post)."), channel)
        )
    at = at or datetime.now()
    with store.transaction() as session:
        if session.get(Contact, contact_id) is None:
            raise _not_found(contact_id)
        session.execute(
            insert(ConsentRecord).values(
                contact_id=contact_id, channel=channel, granted=granted, recorded_at=at, source=source,
                wording=wording,
            )
        )  # fmt: skip
        session.execute(
            update(Contact)
            .where(Contact.id == contact_id)
            .values({CHANNEL_COLUMNS[channel]: granted, "version": Contact.version + 1, "updated_at": at})
        )
        audit(session, contact_id, actor, "consent", {CHANNEL_COLUMNS[channel]: (None, granted)})


def withdraw_all_consent(store: Store, contact_id: int, *, actor: str, source: str | None = None) -> None:
    """The one-click "do not contact me": every channel withdrawn, the contact kept."""
    at = datetime.now()
    for channel in CHANNEL_COLUMNS:
        set_consent(store, contact_id, channel, False, actor=actor, source=source, at=at)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def person_data(store: Store, contact_id: int, *, today: date | None = None) -> dict[str, Any]:
    """Everything stored about one contact, as JSON-ready data ("export everything about this person")."""
    with store.sessions() as session:
        rows = capture(session, [contact_id])
        if not rows.contact_ids:
            raise _not_found(contact_id)
        audit_rows = session.execute(
            select(AuditEntry.at, AuditEntry.actor, AuditEntry.action, AuditEntry.field,
                   AuditEntry.old_value, AuditEntry.new_value)
            .where(AuditEntry.contact_id == contact_id).order_by(AuditEntry.at, AuditEntry.id)
        ).mappings().all()  # fmt: skip
        snapshots = session.scalar(
            select(func.count()).select_from(SnapshotMember).where(SnapshotMember.contact_id == contact_id)
        )
        segments = segments_of(session, contact_id, today or date.today())
    data: dict[str, Any] = {
        table: [{k: _plain(v) for k, v in row.items()} for row in table_rows]
        for table, table_rows in rows.tables.items()
    }
    data["audit_trail"] = [{k: _plain(v) for k, v in row.items()} for row in audit_rows]
    data["segment_history_entries"] = snapshots
    data["segments"] = segments
    return data


def person_data_json(store: Store, contact_id: int, *, today: date | None = None) -> str:
    return json.dumps(
        person_data(store, contact_id, today=today), ensure_ascii=False, indent=2, sort_keys=True
    )


def person_data_pdf(
    store: Store,
    contact_id: int,
    *,
    lang: str | None = None,
    now: datetime | None = None,
    actor: str | None = None,
) -> RenderedPdf:
    """The same as :func:`person_data_json`, as a readable PDF in the user's language."""
    chosen = language_code(lang or preferred_language())
    return render_person_record(person_record(store, contact_id, lang=chosen, now=now, actor=actor))


PERSON_DATA_FORMATS = ("json", "pdf")


def person_data_format(path: Path, requested: str | None = None) -> str:
    """``json`` or ``pdf``: the one asked for, else from the file's suffix (JSON when unknown)."""
    if requested:
        if requested not in PERSON_DATA_FORMATS:
            raise UserError(
                i18n.fill(i18n.translate("Privacy", "“%1” is not a format for this (json, pdf)."), requested)
            )
        return requested
    return "pdf" if path.suffix.lower() == ".pdf" else "json"


def write_person_data(
    store: Store,
    contact_id: int,
    path: Path,
    *,
    file_format: str | None = None,
    lang: str | None = None,
    actor: str | None = None,
) -> str:
    """Write everything about the person to ``path`` (whole or not at all); the format written."""
    chosen = person_data_format(path, file_format)
    if chosen == "pdf":
        save_pdf(person_data_pdf(store, contact_id, lang=lang, actor=actor), path)
    else:
        text = person_data_json(store, contact_id)
        with replacing_text_file(path) as stream:
            stream.write(text + "\n")
    return chosen


@dataclass(frozen=True)
class Erasure:
    note_id: int
    rows_removed: int


def erase_person(store: Store, contact_id: int, *, actor: str, reason: str | None = None) -> Erasure:
    """Remove every row about the person (history and audit trail included), overwriting freed pages.

    Only a note that an erasure happened stays: when, by whom, why and the
    former contact number, nothing that identifies the person. Not undoable;
    older backups still hold the person until they rotate out.
    """
    with store.transaction() as session:
        rows = capture(session, [contact_id])
        if not rows.contact_ids:
            raise _not_found(contact_id)
        if store.is_sqlite:
            session.execute(text("PRAGMA secure_delete = ON"))
        removed = sum(len(table_rows) for table_rows in rows.tables.values())
        session.execute(delete(Contact).where(Contact.id == contact_id))
        removed += session.execute(delete(AuditEntry).where(AuditEntry.contact_id == contact_id)).rowcount  # type: ignore[attr-defined]
        removed += session.execute(
            delete(SnapshotMember).where(SnapshotMember.contact_id == contact_id)
        ).rowcount  # type: ignore[attr-defined]
        note_id = session.execute(
            insert(ErasureNote)
            .values(erased_at=datetime.now(), actor=actor, former_contact_id=contact_id, reason=reason)
            .returning(ErasureNote.id)
        ).scalar_one()
    if store.is_sqlite:
        # Copy the overwritten pages into the main file now, so no old copy waits in the WAL.
        with store.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return Erasure(note_id, removed)
