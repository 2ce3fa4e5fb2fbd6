"""Reading and writing per-database settings: the ``settings`` table, text values by key."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from segdesk.store.models import Setting

__all__ = ["read_setting", "read_settings", "write_settings"]


def read_settings(session: Session, keys: Iterable[str]) -> dict[str, str]:
    """The stored values of ``keys`` (missing keys are left out)."""
    wanted = list(keys)
    rows = session.execute(select(Setting.key, Setting.value).where(Setting.key.in_(wanted)))
    return {key: value for key, value in rows}


def read_setting(session: Session, key: str) -> str | None:
    return session.scalar(select(Setting.value).where(Setting.key == key))


def write_settings(session: Session, values: Mapping[str, str]) -> None:
    """Insert or replace each value, in the caller's transaction."""
    existing = set(session.scalars(select(Setting.key).where(Setting.key.in_(list(values)))))
    for key, value in values.items():
        if key in existing:
            session.execute(update(Setting).where(Setting.key == key).values(value=value))
        else:
            session.add(Setting(key=key, value=value))
    session.flush()
