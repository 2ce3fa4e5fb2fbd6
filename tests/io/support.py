"""Shared by the import and export tests: the sample files, options, and a snapshot of a whole database."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from segdesk.services.imports import ImportOptions, ImportReport, import_file
from segdesk.store.base import Base
from segdesk.store.database import Store

DATA = Path(__file__).resolve().parent.parent / "data"
TODAY = date(2026, 11, 24)
# Columns that say when a row was written, not what it holds.
VOLATILE = {"version"}


def options(**overrides: Any) -> ImportOptions:
    values: dict[str, Any] = {"today": TODAY, "language": "en", "country": "IT"}
    values.update(overrides)
    return ImportOptions(**values)


def run_import(store: Store, name: str, **overrides: Any) -> ImportReport:
    dry_run = overrides.pop("dry_run", False)
    file_format = overrides.pop("file_format", "auto")
    encoding = overrides.pop("encoding", None)
    mapping_path = overrides.pop("mapping_path", None)
    path = name if isinstance(name, Path) else DATA / name
    return import_file(
        store, path, options(**overrides), file_format=file_format, encoding=encoding,
        mapping_path=mapping_path, dry_run=dry_run,
    )  # fmt: skip


def snapshot(store: Store, *, skip: frozenset[str] = frozenset()) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (but ``skip``), sorted, without volatile columns."""
    found: dict[str, list[tuple[Any, ...]]] = {}
    with store.engine.connect() as connection:
        for name, table in Base.metadata.tables.items():
            if name in skip:
                continue
            columns = [c for c in table.columns if c.name not in VOLATILE]
            rows = connection.execute(select(*columns)).all()
            found[name] = sorted((tuple(row) for row in rows), key=repr)
    return found


def contact(store: Store, **where: Any) -> dict[str, Any]:
    table = Base.metadata.tables["contacts"]
    query = select(table)
    for key, value in where.items():
        query = query.where(table.c[key] == value)
    with store.engine.connect() as connection:
        row = connection.execute(query).mappings().one()
    return dict(row)


def tags_of(store: Store, contact_id: int) -> set[str]:
    t = Base.metadata.tables
    query = (
        select(t["tags"].c.name)
        .join(t["contact_tags"], t["contact_tags"].c.tag_id == t["tags"].c.id)
        .where(t["contact_tags"].c.contact_id == contact_id)
    )
    with store.engine.connect() as connection:
        return set(connection.scalars(query))


def count(store: Store, table: str) -> int:
    with store.engine.connect() as connection:
        return len(connection.execute(select(Base.metadata.tables[table])).all())
