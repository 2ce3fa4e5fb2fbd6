"""Opening databases: schema, migrations with backups, refusals, connection settings."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text

from segdesk.store import database
from segdesk.store.backup import list_backups
from segdesk.store.database import (
    SchemaTooNewError,
    Store,
    StoreError,
    head_revision,
    open_store,
    resolve_url,
)
from segdesk.store.models import Contact

EXPECTED_TABLES = {
    "contacts",
    "team_members",
    "import_batches",
    "tags",
    "contact_tags",
    "needs",
    "contact_needs",
    "consent_records",
    "products",
    "orders",
    "order_lines",
    "contact_products",
    "interactions",
    "custom_fields",
    "custom_values",
    "segments",
    "segment_list_entries",
    "segment_snapshots",
    "snapshot_members",
    "followups",
    "settings",
    "alembic_version",
}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_has_every_table_at_the_head_revision(store: Store) -> None:
    with store.engine.connect() as connection:
        assert set(inspect(connection).get_table_names()) >= EXPECTED_TABLES
        assert connection.scalar(text("SELECT version_num FROM alembic_version")) == head_revision()


def test_reopening_changes_nothing_and_makes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    open_store(path).close()
    store = open_store(path)
    with store.transaction() as session:
        assert session.scalar(select(Contact.id)) is None
    store.close()
    assert list_backups(tmp_path / "backups", "shop") == []


def test_sqlite_connection_uses_wal_foreign_keys_and_a_busy_timeout(sqlite_store: Store) -> None:
    with sqlite_store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == database.BUSY_TIMEOUT_MS


def _future_migrations(tmp_path: Path) -> Path:
    """A copy of the migrations with one more revision, as a newer segdesk would ship."""
    copy = tmp_path / "migrations"
    shutil.copytree(database.MIGRATIONS_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "versions" / "9999_future.py").write_text(
        f'''
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head_revision()}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contacts") as batch:
        batch.add_column(sa.Column("nickname", sa.String(60), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("contacts") as batch:
        batch.drop_column("nickname")
''',
        encoding="utf-8",
    )
    return copy


def test_migration_runs_after_a_verified_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "shop.sqlite3"
    store = open_store(path)
    with store.transaction() as session:
        session.execute(text("INSERT INTO settings (key, value) VALUES ('currency', 'EUR')"))
    store.close()
    before = _digest(path)
    old_revision = head_revision()

    monkeypatch.setattr(database, "MIGRATIONS_DIR", _future_migrations(tmp_path))
    store = open_store(path)
    with store.engine.connect() as connection:
        assert "nickname" in {c["name"] for c in inspect(connection).get_columns("contacts")}
        assert connection.scalar(text("SELECT version_num FROM alembic_version")) == "9999"
    store.close()

    (backup,) = list_backups(tmp_path / "backups", "shop")
    assert "before-migration" in backup.name
    with sqlite3.connect(backup) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("SELECT value FROM settings").fetchall() == [("EUR",)]
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (old_revision,)
    assert before != _digest(path)


def test_database_from_a_newer_segdesk_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    open_store(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00dcafe'")
    before = _digest(path)
    with pytest.raises(SchemaTooNewError, match="newer version of segdesk"):
        open_store(path)
    assert _digest(path) == before
    assert list_backups(tmp_path / "backups", "shop") == []


def test_newer_schema_is_refused_on_postgresql(postgres_url: str) -> None:
    open_store(postgres_url).close()
    store = open_store(postgres_url, migrate=False)
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'f00dcafe'"))
    store.close()
    with pytest.raises(SchemaTooNewError):
        open_store(postgres_url)


def test_a_file_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY)")
    with pytest.raises(StoreError, match="not a segdesk database"):
        open_store(path)


def test_a_corrupt_file_gets_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"this is not a database" * 200)
    with pytest.raises(StoreError, match="Cannot open the database"):
        open_store(path)
    assert path.read_bytes() == b"this is not a database" * 200


def test_plain_paths_are_sqlite_files_and_urls_are_servers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert resolve_url(tmp_path / "a.sqlite3").database == str(tmp_path / "a.sqlite3")
    assert resolve_url("postgresql://u@host/db").drivername == "postgresql+psycopg"
    assert resolve_url("postgresql+psycopg://u@host/db").drivername == "postgresql+psycopg"
    monkeypatch.setenv("SEGDESK_DB", str(tmp_path / "env.sqlite3"))
    assert resolve_url(None).database == str(tmp_path / "env.sqlite3")
    monkeypatch.delenv("SEGDESK_DB")
    default = resolve_url(None).database
    assert default is not None and default.endswith("segdesk.sqlite3")


def test_several_clients_migrating_one_postgresql_database_at_once(postgres_url: str) -> None:
    errors: list[BaseException] = []

    def start_client() -> None:
        try:
            open_store(postgres_url).close()
        except BaseException as exc:  # collected for the assertion below
            errors.append(exc)

    clients = [threading.Thread(target=start_client) for _ in range(4)]
    for client in clients:
        client.start()
    for client in clients:
        client.join()
    assert errors == []
    store = open_store(postgres_url)
    with store.engine.connect() as connection:
        assert connection.scalar(text("SELECT count(*) FROM alembic_version")) == 1
    store.close()
