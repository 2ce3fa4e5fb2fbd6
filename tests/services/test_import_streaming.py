"""The import matches each chunk of checked rows while the next chunks are checked, inside
its write transaction: the same decisions as matching everything at the end, no backup and
no matching once a row is wrong, and a busy database never hides the file's own problems."""

from __future__ import annotations

import multiprocessing
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from segdesk.services.imports import ImportCancelled, import_table, propose, read_source
from segdesk.services.imports import checking as import_checking
from segdesk.services.imports import plan as import_plan
from segdesk.services.imports.plan import check, decide
from segdesk.store import database
from segdesk.store.backup import list_backups
from segdesk.store.database import Store, StoreError, open_store
from tests.io.support import options, snapshot
from tests.services.test_import_dry_run import HEADER, ROWS, _existing


def _file(folder: Path, rows: list[str]) -> Path:
    path = folder / "contacts.csv"
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    return path


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(st.sampled_from(ROWS), min_size=1, max_size=14),
    chunk=st.integers(min_value=1, max_value=4),
    on_duplicate=st.sampled_from(["skip", "update", "keep"]),
)
def test_matching_chunk_by_chunk_decides_as_matching_everything_at_once(
    rows: list[str], chunk: int, on_duplicate: str
) -> None:
    with tempfile.TemporaryDirectory() as folder, pytest.MonkeyPatch.context() as patch:
        patch.setattr(import_checking, "CHUNK_ROWS", chunk)
        fed: list[int] = []
        feed = import_plan.Decider.feed
        patch.setattr(
            import_plan.Decider, "feed", lambda self, drafts: fed.append(len(drafts)) or feed(self, drafts)
        )
        store = open_store(Path(folder) / "segdesk.sqlite3")
        try:
            _existing(store)
            table = read_source(_file(Path(folder), rows))
            mapping = propose(store, table)
            choice = options(on_duplicate=on_duplicate)
            with store.sessions() as session:
                expected = decide(session, check(table, mapping, choice, {}).drafts, choice)
            fed.clear()
            report = import_table(store, table, mapping, choice, file_name="contacts.csv", dry_run=True)
            assert len(fed) == -(-len(rows) // chunk)  # one feed per chunk, as the chunks came in
            assert report.matches == expected.matches and report.skipped == expected.skipped
            assert report.created == len(expected.create)
        finally:
            store.close()


def test_a_wrong_row_stops_the_matching_and_nothing_is_backed_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_checking, "CHUNK_ROWS", 2)
    fed: list[int] = []
    feed = import_plan.Decider.feed
    monkeypatch.setattr(import_plan.Decider, "feed", lambda self, d: fed.append(len(d)) or feed(self, d))
    store = open_store(tmp_path / "segdesk.sqlite3", backup_dir=tmp_path / "backups")
    try:
        rows = [*ROWS[:3], "person,Zoë,Nowak,,not-an-email,,,", *ROWS[3:]]
        report = import_table(
            store, read_source(_file(tmp_path, rows)), propose(store, read_source(_file(tmp_path, rows))),
            options(), file_name="contacts.csv",
        )  # fmt: skip
        assert [(p.row, p.column) for p in report.errors] == [(5, "Email")]
        assert fed == [2]  # the first chunk; the wrong row is in the second
        assert not report.written and report.backup is None
        assert list_backups(tmp_path / "backups", "segdesk") == []
    finally:
        store.close()


def _held_write_lock(path: Path) -> sqlite3.Connection:
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


def test_a_busy_database_still_gets_the_files_problems_then_says_it_is_busy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    store = open_store(tmp_path / "segdesk.sqlite3")
    other = _held_write_lock(tmp_path / "segdesk.sqlite3")
    try:
        bad = read_source(_file(tmp_path, ["person,Zoë,Nowak,,not-an-email,,,"]))
        report = import_table(store, bad, propose(store, bad), options(), file_name="bad.csv")
        assert [(p.row, p.column) for p in report.errors] == [(2, "Email")]
        good = read_source(_file(tmp_path, ROWS[:2]))
        with pytest.raises(StoreError, match="busy"):
            import_table(store, good, propose(store, good), options(), file_name="good.csv")
    finally:
        other.execute("ROLLBACK")
        other.close()
        store.close()


@pytest.mark.parametrize("start_method", ["fork", "spawn"])
def test_helpers_started_with_the_write_transaction_open_leave_it_alone(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, start_method: str
) -> None:
    """Forked helpers inherit the open connection; spawned ones (the window) start afresh."""
    if start_method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"no {start_method} on this system")
    monkeypatch.setattr(import_checking, "_context", lambda: multiprocessing.get_context(start_method))
    monkeypatch.setattr(import_checking, "CHUNK_ROWS", 3)
    monkeypatch.setattr(import_checking, "pool_workers", lambda rows, pool_min_rows: 2)
    pooled: list[Any] = []
    in_pool = import_checking._in_pool
    monkeypatch.setattr(import_checking, "_in_pool", lambda *a: pooled.append(1) or in_pool(*a))
    _existing(store)
    table = read_source(_file(tmp_path, ROWS * 2))
    report = import_table(store, table, propose(store, table), options(), file_name="c.csv")
    assert pooled and report.written and report.created == 3  # Bianchi Caffè, Piotr, Zoë
    again = import_table(store, table, propose(store, table), options(), file_name="c.csv")
    assert (again.created, again.written) == (0, False)  # the database works on, and has them all


def test_a_check_cancelled_halfway_leaves_the_database_as_it_was(
    sqlite_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_checking, "CHUNK_ROWS", 2)
    _existing(sqlite_store)
    before = snapshot(sqlite_store)
    calls: list[int] = []
    table = read_source(_file(tmp_path, ROWS))
    with pytest.raises(ImportCancelled):
        import_table(
            sqlite_store, table, propose(sqlite_store, table), options(), file_name="c.csv",
            cancelled=lambda: bool(calls.append(1)) or len(calls) > 3,
        )  # fmt: skip
    assert snapshot(sqlite_store) == before
