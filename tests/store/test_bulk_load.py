"""Indexes dropped for a big load into a nearly empty table come back exactly, whatever happens."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from segdesk.services.imports import ImportCancelled, ImportOptions, import_file
from segdesk.store.bulk_load import MIN_BULK_ROWS, rebuilt_indexes
from segdesk.store.database import Store
from tests.factories import make_contact


def _index_sql(store: Store) -> list[tuple[str, str]]:
    with store.sessions() as session:
        rows = session.execute(
            text("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contacts'")
        )
        return sorted((str(n), str(s)) for n, s in rows)


def _names(store: Store) -> set[str]:
    return {name for name, _ in _index_sql(store)}


def test_a_big_load_into_an_empty_table_drops_the_indexes_and_builds_them_again(
    sqlite_store: Store,
) -> None:
    before = _index_sql(sqlite_store)
    assert len(before) >= 10
    with (
        sqlite_store.transaction() as session,
        rebuilt_indexes(session, "contacts", MIN_BULK_ROWS) as dropped,
    ):
        inside = session.scalar(
            text("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contacts'")
        )
        make_contact(session, first_name="Anna", city="Milano")
    assert dropped and inside == 0
    assert _index_sql(sqlite_store) == before
    with sqlite_store.sessions() as session:
        plan = " ".join(
            str(row[-1])
            for row in session.execute(
                text("EXPLAIN QUERY PLAN SELECT id FROM contacts WHERE city = 'Milano'")
            )
        )
    assert "ix_contacts_city" in plan


def test_an_error_inside_leaves_the_indexes_and_none_of_the_rows(sqlite_store: Store) -> None:
    before = _index_sql(sqlite_store)
    with (
        pytest.raises(RuntimeError, match="disk"),
        sqlite_store.transaction() as session,
        rebuilt_indexes(session, "contacts", MIN_BULK_ROWS),
    ):
        make_contact(session, first_name="Anna")
        raise RuntimeError("disk full")
    assert _index_sql(sqlite_store) == before
    with sqlite_store.sessions() as session:
        assert session.scalar(text("SELECT count(*) FROM contacts")) == 0


@pytest.mark.parametrize(
    ("existing", "adding", "min_rows"), [(0, MIN_BULK_ROWS - 1, MIN_BULK_ROWS), (3, 2, 2)]
)
def test_small_loads_and_loads_into_bigger_tables_keep_the_indexes(
    sqlite_store: Store, existing: int, adding: int, min_rows: int
) -> None:
    with sqlite_store.transaction() as session:
        for i in range(existing):
            make_contact(session, first_name=f"P{i}")
    with (
        sqlite_store.transaction() as session,
        rebuilt_indexes(session, "contacts", adding, min_rows=min_rows) as dropped,
    ):
        names = {str(n) for (n,) in session.execute(text("SELECT name FROM sqlite_master"))}
    assert not dropped and "ix_contacts_city" in names


@pytest.mark.postgres
def test_a_server_database_is_never_touched(postgres_url: str) -> None:
    from segdesk.store.database import open_store

    store = open_store(postgres_url)
    try:
        with (
            store.transaction() as session,
            rebuilt_indexes(session, "contacts", 10**6, min_rows=1) as dropped,
        ):
            assert not dropped
    finally:
        store.close()


def _big_csv(path: Path, rows: int) -> Path:
    lines = ["Nome;Cognome;Email;Città"]
    lines += [f"Anna;Rossi{i};anna.rossi{i}@example.it;Milano" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_big_import_gives_the_same_indexes_and_a_cancelled_one_keeps_them(
    sqlite_store: Store, tmp_path: Path
) -> None:
    from datetime import date

    before = _index_sql(sqlite_store)
    source = _big_csv(tmp_path / "big.csv", MIN_BULK_ROWS + 10)
    options = ImportOptions(today=date(2026, 11, 24), country="IT", language="it")

    def stop_while_writing(stage: str, done: int, total: int) -> None:
        if stage == "write" and done > 0:
            raise ImportCancelled

    with pytest.raises(ImportCancelled):
        import_file(sqlite_store, source, options, progress=stop_while_writing)
    assert _index_sql(sqlite_store) == before
    report = import_file(sqlite_store, source, options)
    assert report.created == MIN_BULK_ROWS + 10
    assert _index_sql(sqlite_store) == before
    with sqlite_store.sessions() as session:
        assert session.scalar(text("PRAGMA integrity_check")) == "ok"
        assert (
            session.scalar(text("SELECT count(*) FROM contacts INDEXED BY ix_contacts_email"))
            == report.created
        )
