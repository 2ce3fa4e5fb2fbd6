"""The tables follow-ups read and write, with the cadence columns of migration 0004.

``contacts.cadence_months``, ``contacts.effective_cadence_days`` and
``segments.cadence_months`` come from migration ``0004_followup_cadence``. Until the
typed models declare them, this module offers lightweight table clauses holding every
column of the declared table plus those; once declared, the same names come from the
models unchanged. Use only these objects in follow-up SQL (never mix them with
``Base.metadata.tables["contacts"]`` in one statement: they would be two FROM items).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from sqlalchemy import Integer, Table, TableClause, column, select, table
from sqlalchemy.orm import Session

from segdesk.domain.cadence import FollowUpSettings
from segdesk.store import models as _models  # noqa: F401 - registers the tables
from segdesk.store.base import Base

__all__ = [
    "contacts",
    "followups",
    "interactions",
    "load_settings",
    "save_settings",
    "segments",
    "settings_table",
    "team_members",
]

EXTRA_COLUMNS: Mapping[str, tuple[str, ...]] = {
    "contacts": ("cadence_months", "effective_cadence_days"),
    "segments": ("cadence_months",),
}


def _with_extras(declared: Table) -> TableClause:
    extras = [name for name in EXTRA_COLUMNS.get(declared.name, ()) if name not in declared.c]
    columns = [column(c.name, c.type) for c in declared.c]
    columns += [column(name, Integer()) for name in extras]
    return table(declared.name, *columns)


contacts: TableClause = _with_extras(Base.metadata.tables["contacts"])
segments: TableClause = _with_extras(Base.metadata.tables["segments"])
followups: Table = Base.metadata.tables["followups"]
interactions: Table = Base.metadata.tables["interactions"]
team_members: Table = Base.metadata.tables["team_members"]
settings_table: Table = Base.metadata.tables["settings"]

REFRESHED_ON = "followup.refreshed_on"


def load_settings(session: Session) -> FollowUpSettings:
    rows = session.execute(
        select(settings_table.c.key, settings_table.c.value).where(
            settings_table.c.key.in_(FollowUpSettings().to_mapping().keys())
        )
    ).all()
    return FollowUpSettings.from_mapping({row.key: row.value for row in rows})


def _put(session: Session, values: Mapping[str, str]) -> None:
    keys = list(values)
    existing = set(session.scalars(select(settings_table.c.key).where(settings_table.c.key.in_(keys))))
    for key, value in values.items():
        if key in existing:
            session.execute(settings_table.update().where(settings_table.c.key == key).values(value=value))
        else:
            session.execute(settings_table.insert().values(key=key, value=value))


def save_settings(session: Session, settings: FollowUpSettings) -> None:
    _put(session, settings.to_mapping())


def refreshed_on(session: Session) -> date | None:
    """The ``today`` of the last full refresh of due dates, if any."""
    text = session.scalar(select(settings_table.c.value).where(settings_table.c.key == REFRESHED_ON))
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def mark_refreshed(session: Session, today: date | None) -> None:
    """Record the ``today`` of a full refresh (None: stale, the next check refreshes)."""
    _put(session, {REFRESHED_ON: today.isoformat() if today else ""})
