"""A damaged database at start-up: the way back is one button, then segdesk starts as usual."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

import segdesk.ui as ui
from segdesk.store.backup import backup_sqlite
from segdesk.store.database import Store, StoreError, open_store
from segdesk.store.models import Contact
from segdesk.ui.startup_recovery import RecoveryBox
from tests.factories import make_contact


def _damaged_with_a_backup(folder: Path, *, backup: bool = True) -> Path:
    db = folder / "shop.sqlite3"
    store = open_store(db)
    with store.transaction() as session:
        for n in range(200):
            make_contact(session, first_name=f"Łucja{n}", notes="x" * 2000)
    store.close()
    if backup:
        backup_sqlite(db, folder / "backups", "daily")
    with sqlite3.connect(db) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(db.read_bytes())
    for page in range(3, len(data) // page_size - 1):  # as tests/store/test_safety.py damages a file
        start = page * page_size + 8
        data[start : start + 64] = os.urandom(64)
    db.write_bytes(bytes(data))
    return db


def _open_error(db: Path) -> StoreError:
    with pytest.raises(StoreError) as raised:
        open_store(db, guard=True)
    return raised.value


def test_restore_the_latest_good_backup_then_start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = _damaged_with_a_backup(tmp_path)
    error = _open_error(db)
    boxes: list[RecoveryBox] = []

    def choose_restore(box: RecoveryBox) -> bool:
        boxes.append(box)
        return True

    monkeypatch.setattr(RecoveryBox, "ask", choose_restore)
    monkeypatch.setattr("segdesk.ui.startup_recovery.show_notice", lambda _box: None)
    started: list[int] = []

    def fake_gui(store: Store, **_kwargs: Any) -> int:
        with store.sessions() as session:
            started.append(session.scalar(select(func.count()).select_from(Contact)) or 0)
        return 0

    monkeypatch.setattr(ui, "run_gui", fake_gui)
    assert ui.show_startup_error(str(error), language="en", db=str(db), error=error) == 0
    assert started == [200]
    assert boxes[0].restore_button is not None
    assert boxes[0].restore_button.text() == "Restore the Latest Good Backup"
    assert "damaged" in boxes[0].text()
    assert list(tmp_path.glob("shop-replaced-*.sqlite3"))  # the damaged file is kept aside
    assert not (tmp_path / "shop.sqlite3.lock").exists()


def test_closing_changes_nothing_and_no_backup_means_no_button(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _damaged_with_a_backup(tmp_path, backup=False)
    before = db.read_bytes()
    error = _open_error(db)
    boxes: list[RecoveryBox] = []
    monkeypatch.setattr(RecoveryBox, "ask", lambda box: boxes.append(box) or False)
    assert ui.show_startup_error(str(error), language="en", db=str(db), error=error) == 1
    assert boxes[0].restore_button is None and "no backup" in boxes[0].informativeText()
    assert db.read_bytes() == before


def test_other_start_up_errors_only_explain(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    assert ui.show_startup_error("in use", language="en", error=StoreError("in use")) == 1
    assert shown == ["in use"]
