"""Backups as File ▸ Backups… and the start-up recovery see them: listed, described, restored, undone."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from segdesk.services import backups
from segdesk.services.errors import UserError
from segdesk.store.backup import backup_sqlite
from segdesk.store.database import Store, open_store
from segdesk.store.errors import DamagedDatabaseError
from segdesk.store.models import Contact
from tests.factories import make_contact


def _shop(path: Path, count: int = 3) -> None:
    store = open_store(path)
    with store.transaction() as session:
        for n in range(count):
            make_contact(session, first_name=f"Żaneta{n}", last_name="Kowalska")
    store.close()


def _count(path: Path) -> int:
    store = open_store(path)
    with store.sessions() as session:
        found = session.scalar(select(func.count()).select_from(Contact)) or 0
    store.close()
    return found


def _delete_all(path: Path) -> None:
    store = open_store(path)
    with store.transaction() as session:
        session.execute(text("DELETE FROM contacts"))
    store.close()


def test_backups_are_listed_newest_first_with_when_why_and_size(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite3"
    _shop(db)
    folder = tmp_path / "backups"
    for reason, day in (("daily", 1), ("before-import", 3), ("before-delete", 2), ("manual", 4)):
        backup_sqlite(db, folder, reason, now=datetime(2026, 11, day, 9, 30))
    (folder / "shop-old-20261101-093000-000000-daily.sqlite3").write_bytes(b"another database's")
    found = backups.backups_of(db)
    assert [b.reason for b in found] == ["manual", "before-import", "before-delete", "daily"]
    assert found[0].taken_at == datetime(2026, 11, 4, 9, 30)
    assert all(b.size_bytes > 0 for b in found)
    assert [b.reason_text for b in found] == [
        "Made by hand",
        "Before an import",
        "Before deleting contacts",
        "Daily",
    ]
    assert backups.describe_reason("before-migration") == "Before updating the database to a new segdesk"
    assert backups.describe_reason("something-new") == "something new"
    assert backups.describe_reason(None) == ""


def test_the_open_database_lists_its_own_backup_folder(tmp_path: Path) -> None:
    store = open_store(tmp_path / "shop.sqlite3", backup_dir=tmp_path / "elsewhere")
    made = backups.back_up_now(store)
    listing = backups.listing_for(store)
    store.close()
    assert not listing.is_server
    assert listing.folder == tmp_path / "elsewhere"
    assert [b.path for b in listing.backups] == [made]
    assert listing.backups[0].reason == "manual"


def test_a_server_database_gets_a_note_and_nothing_to_restore(postgres_url: str) -> None:
    store = open_store(postgres_url)
    listing = backups.listing_for(store)
    with pytest.raises(UserError, match="server keeps its own backups"):
        backups.back_up_now(store)
    store.close()
    assert listing.is_server and not listing.backups
    assert "pg_dump" in listing.server_note


def test_a_restore_backs_up_the_state_it_replaces_so_it_can_be_undone(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite3"
    _shop(db, 3)
    good = backups.make_backup(db)
    _delete_all(db)
    result = backups.restore_backup(db, good)
    assert _count(db) == 3
    assert result.saved_current is not None and result.saved_current.exists()
    assert backups.backups_of(db)[0].reason == "before-restore"
    undo = backups.restore_backup(db, result.saved_current)  # undo the restore
    assert _count(db) == 0
    assert undo.saved_current is not None


def test_restoring_the_oldest_backup_keeps_it_even_when_the_folder_is_full(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite3"
    _shop(db, 2)
    folder = tmp_path / "backups"
    for day in range(1, 4):
        backup_sqlite(db, folder, "daily", keep=3, now=datetime(2026, 11, day))
    oldest = backups.backups_of(db)[-1]
    result = backups.restore_backup(db, oldest.path, keep=3)
    assert result.restored_from == oldest.path and oldest.path.exists()
    assert len(backups.backups_of(db)) == 4


def _damage(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    for page in range(3, len(data) // page_size - 1):
        start = page * page_size + 8
        data[start : start + 64] = os.urandom(64)
    path.write_bytes(bytes(data))


def test_the_latest_good_backup_replaces_a_damaged_database(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite3"
    _shop(db, 200)
    folder = tmp_path / "backups"
    good = backup_sqlite(db, folder, "daily", now=datetime(2026, 11, 1))
    broken = backup_sqlite(db, folder, "manual", now=datetime(2026, 11, 2))
    broken.write_bytes(b"not a database" * 500)  # the newest backup is damaged too
    _damage(db)
    with pytest.raises(DamagedDatabaseError) as raised:
        open_store(db, guard=True)
    assert backups.is_damaged_database_error(raised.value)
    assert not backups.is_damaged_database_error(UserError("other"))
    result, used = backups.restore_latest_good(db)
    assert used.path == good and result.restored_from == good
    assert result.saved_current is None  # a damaged file is kept aside, not backed up
    assert result.kept_aside is not None and result.kept_aside.exists()
    store: Store = open_store(db, guard=True)
    with store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Contact)) == 200
    store.close()


def test_without_a_good_backup_nothing_changes(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite3"
    _shop(db)
    with pytest.raises(UserError, match="no backups"):
        backups.restore_latest_good(db)
    bad = backup_sqlite(db, tmp_path / "backups", "daily")
    bad.write_bytes(b"garbage" * 100)
    before = db.read_bytes()
    with pytest.raises(UserError, match="could be restored"):
        backups.restore_latest_good(db)
    assert db.read_bytes() == before
