"""Data safety of an embedded database: one app at a time, damage found, backups, failed writes."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import event, func, select, text

from segdesk.store.backup import BackupError, backup_sqlite, list_backups, restore_sqlite
from segdesk.store.database import StoreError, open_store
from segdesk.store.errors import DamagedDatabaseError, DatabaseInUseError
from segdesk.store.models import Contact
from segdesk.store.safety import risky_location_warning
from tests.factories import make_contact


def _with_contacts(path: Path, count: int) -> None:
    store = open_store(path)
    with store.transaction() as session:
        for n in range(count):
            make_contact(session, first_name=f"Ada{n}", last_name="Lovelace", notes="x" * 2000)
    store.close()


def test_a_second_copy_of_the_app_is_told_the_database_is_in_use(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    first = open_store(path, guard=True)
    with pytest.raises(DatabaseInUseError, match="already open"):
        open_store(path, guard=True)
    first.close()
    open_store(path, guard=True).close()


def test_a_clean_close_removes_the_lock_file(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    store = open_store(path, guard=True)
    assert store.lock is not None and not store.lock.previous_session_crashed
    store.close()
    assert not (tmp_path / "shop.sqlite3.lock").exists()


def test_after_a_crash_the_full_integrity_check_runs(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    open_store(path).close()
    (tmp_path / "shop.sqlite3.lock").write_text("12345")  # left behind by a process that died
    store = open_store(path, guard=True)
    assert store.lock is not None and store.lock.previous_session_crashed
    store.close()


def test_a_damaged_database_is_reported_with_the_way_back(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    _with_contacts(path, 200)
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    for page in range(3, len(data) // page_size - 1):  # scribble over the pages, keep the header
        start = page * page_size + 8
        data[start : start + 64] = os.urandom(64)
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabaseError, match="Restore the latest good backup"):
        open_store(path, guard=True)
    assert not (tmp_path / "shop.sqlite3.lock").exists()


def test_the_daily_backup_is_taken_once_a_day(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    _with_contacts(path, 3)
    open_store(path, guard=True).close()
    open_store(path, guard=True).close()
    (backup,) = list_backups(tmp_path / "backups", "shop")
    assert "daily" in backup.name
    day_old = time.time() - 25 * 3600
    os.utime(backup, (day_old, day_old))
    open_store(path, guard=True).close()
    assert len(list_backups(tmp_path / "backups", "shop")) == 2


def test_backups_rotate_and_restore_brings_the_data_back(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    _with_contacts(path, 5)
    backups = tmp_path / "backups"
    for n in range(4):
        backup_sqlite(path, backups, f"test{n}", keep=3)
    assert len(list_backups(backups, "shop")) == 3
    newest = list_backups(backups, "shop")[0]
    assert newest.name.endswith("test3.sqlite3")

    store = open_store(path)
    with store.transaction() as session:
        session.execute(text("DELETE FROM contacts"))
    store.close()
    kept_aside = restore_sqlite(newest, path)
    assert kept_aside is not None and kept_aside.exists()
    store = open_store(path)
    with store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Contact)) == 5
    store.close()


def _dump(path: Path) -> list[str]:
    """Every table's rows as SQL text: two files with equal dumps hold the same data."""
    with sqlite3.connect(path) as connection:
        return [line for line in connection.iterdump() if line.startswith("INSERT")]


def test_a_backup_of_the_running_database_restores_every_row_exactly(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    _with_contacts(path, 30)
    store = open_store(path)
    with store.transaction() as session:  # still in the WAL, not yet in the main file
        make_contact(session, first_name="Łucja", last_name="Nowak", notes="only in the WAL")
    backup = store.backup("manual")
    assert backup is not None
    at_backup = _dump(backup)
    with store.transaction() as session:
        session.execute(text("DELETE FROM contacts WHERE id % 2 = 0"))
        session.execute(text("UPDATE contacts SET city = 'Gdańsk'"))
    store.close()
    assert any("only in the WAL" in line for line in at_backup)
    assert _dump(path) != at_backup

    restore_sqlite(backup, path)
    assert _dump(path) == at_backup
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    open_store(path, guard=True).close()


LEAVE_A_WAL = """
import os, sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
connection.execute("PRAGMA journal_mode = WAL")
connection.execute("UPDATE contacts SET first_name = 'AfterTheBackup'")
connection.commit()
os._exit(0)  # die without the checkpoint a clean close does: the change stays in the -wal file
"""


def test_a_wal_left_by_a_crash_never_leaks_into_the_restored_file(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    _with_contacts(path, 5)
    backup = backup_sqlite(path, tmp_path / "backups", "manual")
    subprocess.run([sys.executable, "-c", LEAVE_A_WAL, str(path)], check=True)
    assert Path(f"{path}-wal").stat().st_size > 0
    kept_aside = restore_sqlite(backup, path)
    assert _dump(path) == _dump(backup)
    assert kept_aside is not None and Path(f"{kept_aside}-wal").exists()
    with sqlite3.connect(kept_aside) as connection:  # the replaced state, WAL included, is still there
        assert connection.execute("SELECT DISTINCT first_name FROM contacts").fetchall() == [
            ("AfterTheBackup",)
        ]


def test_a_truncated_database_file_is_reported_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    _with_contacts(path, 200)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # a copy cut short, a sync that stopped halfway
    with pytest.raises(DamagedDatabaseError, match="Restore the latest good backup"):
        open_store(path, guard=True)


def test_a_damaged_backup_never_replaces_the_database(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    _with_contacts(path, 2)
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a backup" * 100)
    before = path.read_bytes()
    with pytest.raises(BackupError, match="damaged"):
        restore_sqlite(bad, path)
    assert path.read_bytes() == before


def test_a_full_disk_during_a_write_is_reported_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    _with_contacts(path, 2)
    store = open_store(path)

    @event.listens_for(store.engine, "connect")
    def tiny_disk(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 1}")

    store.engine.dispose()
    with (
        pytest.raises(StoreError, match="The disk is full, so nothing was saved"),
        store.transaction() as session,
    ):
        for n in range(500):
            make_contact(session, first_name=f"Big{n}", notes="y" * 4000)
    event.remove(store.engine, "connect", tiny_disk)
    store.engine.dispose()
    with store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Contact)) == 2
    store.close()


def test_a_read_only_database_file_is_reported_in_plain_words(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    _with_contacts(path, 1)
    store = open_store(path)

    @event.listens_for(store.engine, "connect")
    def read_only(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA query_only = ON")

    store.engine.dispose()
    with pytest.raises(StoreError, match="read-only"), store.transaction() as session:
        make_contact(session, first_name="Nope")
    store.close()


@pytest.mark.parametrize(
    ("folder", "risky"),
    [
        ("/home/anna/OneDrive/segdesk", True),
        ("/Users/anna/Library/Mobile Documents/com~apple~CloudDocs/iCloud Drive/shop", True),
        ("/Users/anna/Dropbox (Shop)/data", True),
        ("/home/anna/Google Drive/segdesk", True),
        ("//fileserver/share/segdesk", True),
        ("/home/anna/.local/share/segdesk", False),
    ],
)
def test_sync_folders_and_network_shares_get_a_warning(folder: str, risky: bool) -> None:
    warning = risky_location_warning(Path(folder) / "segdesk.sqlite3")
    assert (warning is not None) == risky
    if warning:
        assert "team mode" in warning


def test_guarded_open_notes_a_risky_location(tmp_path: Path) -> None:
    folder = tmp_path / "Dropbox"
    store = open_store(folder / "shop.sqlite3", guard=True)
    assert len(store.warnings) == 1
    store.close()
