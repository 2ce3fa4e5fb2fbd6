"""Rows found by a unique name (tags, needs), created when missing, safely under concurrent writers.

Two people adding the same new tag at the same moment must both succeed: the
insert skips a name another transaction has just created (``ON CONFLICT DO
NOTHING``, on SQLite and PostgreSQL alike) and the id is read afterwards.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from segdesk.store.models import Need, Tag

__all__ = ["named_ids"]


def named_ids(session: Session, model: type[Tag] | type[Need], names: Iterable[str]) -> dict[str, int]:
    """The id of every name, creating the rows that do not exist yet."""
    wanted = set(names)
    found: dict[str, int] = {
        name: id_ for name, id_ in session.execute(select(model.name, model.id).where(model.name.in_(wanted)))
    }
    missing = sorted(wanted - found.keys())
    if missing:
        dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
        session.execute(
            dialect.insert(model).values([{"name": name} for name in missing]).on_conflict_do_nothing()
        )
        found.update(
            (name, id_)
            for name, id_ in session.execute(select(model.name, model.id).where(model.name.in_(missing)))
        )
    return found
