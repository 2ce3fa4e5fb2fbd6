"""The tables follow-ups read and write, and the follow-up settings.

``contacts.cadence_months``, ``contacts.effective_cadence_days`` and
``segments.cadence_months`` come from migration ``0004_followup_cadence``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from sqlalchemy import Table, select
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

contacts: Table = Base.metadata.tables["contacts"]
segments: Table = Base.metadata.tables["segments"]
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
