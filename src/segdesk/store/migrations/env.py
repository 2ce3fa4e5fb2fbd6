"""Alembic environment: always run on a connection that segdesk hands over."""

from __future__ import annotations

from alembic import context

from segdesk.store import models  # noqa: F401 - registers the tables
from segdesk.store.base import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode recreates tables
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
