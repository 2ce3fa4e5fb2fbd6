"""Opening a segdesk database: where it is, how it is connected, and its schema.

A plain path is an embedded SQLite file; anything with ``://`` is a SQLAlchemy
URL (``postgresql+psycopg://...`` for team mode). Opening applies pending
migrations after a verified backup, and refuses a database written by a newer
segdesk.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import platformdirs
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from segdesk.domain import i18n
from segdesk.store.backup import DEFAULT_KEEP, backup_sqlite, list_backups
from segdesk.store.errors import SchemaTooNewError, StoreError
from segdesk.store.safety import InstanceLock, check_integrity, risky_location_warning
from segdesk.store.sqlfunctions import register_sqlite_functions

__all__ = ["SchemaTooNewError", "Store", "StoreError", "open_store", "resolve_url"]

ENV_VAR = "SEGDESK_DB"
APP_NAME = "segdesk"
DB_FILE_NAME = "segdesk.sqlite3"
BUSY_TIMEOUT_MS = 10_000
MIGRATION_LOCK_KEY = 0x5E6D_E5C0  # pg_advisory_lock id: one migrator at a time
DAILY_BACKUP_AGE = timedelta(days=1)
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
WRITE_OPTION = "segdesk_write"


def default_db_path() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / DB_FILE_NAME


def resolve_url(db: str | os.PathLike[str] | None = None) -> URL:
    """The database URL for ``--db`` / ``SEGDESK_DB`` / the default file."""
    target = os.fspath(db) if db is not None else os.environ.get(ENV_VAR) or str(default_db_path())
    if "://" not in target:
        return URL.create("sqlite", database=str(Path(target).expanduser().resolve()))
    try:
        url = make_url(target)
    except ArgumentError as exc:
        raise StoreError(
            i18n.fill(i18n.translate("Store", "“%1” is neither a file path nor a database URL."), target)
        ) from exc
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy, not pysqlite, decide when transactions begin (SAVEPOINT-safe).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()
        register_sqlite_functions(dbapi_connection)

    @event.listens_for(engine, "begin")
    def on_begin(conn: Connection) -> None:
        # Writers take the write lock up front: a deferred transaction that read first cannot
        # upgrade once another connection has committed (WAL answers "database is locked" at once).
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE_OPTION) else "BEGIN")


@dataclass
class Store:
    """An open database: engine, session factory and where its backups go."""

    engine: Engine
    url: URL
    backup_dir: Path | None
    backup_keep: int = DEFAULT_KEEP
    lock: InstanceLock | None = None
    warnings: list[str] = field(default_factory=list)  # shown once to the user after opening
    sessions: sessionmaker[Session] = field(init=False)
    write_sessions: sessionmaker[Session] = field(init=False)

    def __post_init__(self) -> None:
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        writer = self.engine.execution_options(**{WRITE_OPTION: True})
        self.write_sessions = sessionmaker(writer, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        return Path(self.url.database) if self.is_sqlite and self.url.database else None

    @property
    def display_name(self) -> str:
        path = self.sqlite_path
        return str(path) if path else self.url.render_as_string(hide_password=True)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A writing session: committed on success, rolled back on any error.

        A full disk, a read-only file or a vanished server becomes a
        :class:`StoreError` in plain words; the rollback leaves the database as it was.
        """
        try:
            with self.write_sessions() as session, session.begin():
                yield session
        except OperationalError as exc:
            raise StoreError(write_failure_message(exc)) from exc

    def backup(self, reason: str) -> Path | None:
        """A verified copy of a SQLite file before risky work; servers keep their own backups."""
        path = self.sqlite_path
        if path is None or self.backup_dir is None or not path.exists():
            return None
        return backup_sqlite(path, self.backup_dir, reason, keep=self.backup_keep)

    def backup_if_older_than(self, age: timedelta, reason: str) -> Path | None:
        path = self.sqlite_path
        if path is None or self.backup_dir is None:
            return None
        latest = next(iter(list_backups(self.backup_dir, path.stem)), None)
        if latest is not None and datetime.now().timestamp() - latest.stat().st_mtime < age.total_seconds():
            return None
        return self.backup(reason)

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def write_failure_message(exc: OperationalError) -> str:
    detail = str(exc.orig).casefold()
    if "full" in detail or "no space" in detail:
        text = i18n.translate(
            "Store", "The disk is full, so nothing was saved. Free some space and try again."
        )
    elif "readonly" in detail or "read-only" in detail or "read only" in detail:
        text = i18n.translate("Store", "The database file is read-only, so nothing was saved.")
    elif "locked" in detail or "busy" in detail:
        text = i18n.translate(
            "Store", "The database is busy with another program; nothing was saved. Try again."
        )
    else:
        text = i18n.fill(i18n.translate("Store", "Nothing was saved: %1"), str(exc.orig).strip())
    return text


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def open_store(
    db: str | os.PathLike[str] | None = None,
    *,
    backup_dir: Path | None = None,
    backup_keep: int = DEFAULT_KEEP,
    migrate: bool = True,
    guard: bool = False,
    echo: bool = False,
) -> Store:
    """Open (creating if needed) the database and bring its schema up to date.

    With ``guard`` (the app does this; tests and benchmarks need not) a SQLite
    file is also locked against a second copy of segdesk, checked for damage
    (fully after a crash), backed up once a day, and a risky location noted in
    ``Store.warnings``. Backups go to ``backup_dir`` (default: ``backups`` next
    to the file); the newest ``backup_keep`` are kept.
    """
    url = resolve_url(db)
    is_sqlite = url.get_backend_name() == "sqlite"
    if is_sqlite:
        assert url.database is not None
        db_path = Path(url.database)
        try:
            db_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                i18n.fill(
                    i18n.translate("Store", "Cannot create the folder for the database %1: %2"),
                    str(db_path),
                    exc.strerror or str(exc),
                )
            ) from exc
        engine = create_engine(url, echo=echo)
        _configure_sqlite(engine)
        if backup_dir is None:
            backup_dir = db_path.parent / "backups"
    else:
        engine = create_engine(url, echo=echo, pool_pre_ping=True)
    store = Store(engine=engine, url=url, backup_dir=backup_dir, backup_keep=max(1, backup_keep))
    try:
        if guard and store.sqlite_path is not None:
            _guard_sqlite(store, store.sqlite_path)
        if migrate:
            _migrate(store)
        else:
            _check_not_newer(store)
        if guard:
            store.backup_if_older_than(DAILY_BACKUP_AGE, "daily")
    except (OperationalError, DBAPIError, sqlite3.DatabaseError) as exc:
        store.close()
        raise StoreError(
            i18n.fill(
                i18n.translate("Store", "Cannot open the database %1: %2"),
                store.display_name,
                str(getattr(exc, "orig", exc)).strip(),
            )
        ) from exc
    except StoreError:
        store.close()
        raise
    return store


def _guard_sqlite(store: Store, path: Path) -> None:
    lock = InstanceLock(path)
    lock.acquire()
    store.lock = lock
    if path.exists() and path.stat().st_size > 0:
        check_integrity(path, full=lock.previous_session_crashed)
    warning = risky_location_warning(path)
    if warning:
        store.warnings.append(warning)


def _current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def _known_revisions() -> set[str]:
    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def _check_revision(store: Store, revision: str | None, connection: Connection) -> None:
    if revision is not None and revision not in _known_revisions():
        raise SchemaTooNewError(
            i18n.fill(
                i18n.translate(
                    "Store",
                    "The database %1 was written by a newer version of segdesk. "
                    "Install the newest segdesk to open it; it was not changed.",
                ),
                store.display_name,
            )
        )
    if revision is None and inspect(connection).get_table_names():
        raise StoreError(
            i18n.translate("Store", "%1 is not a segdesk database; it was not changed.").replace(
                "%1", store.display_name
            )
        )


def _check_not_newer(store: Store) -> None:
    with store.engine.connect() as connection:
        _check_revision(store, _current_revision(connection), connection)


def _migrate(store: Store) -> None:
    head = head_revision()
    with store.engine.connect() as connection:
        if store.engine.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
            connection.commit()
        try:
            revision = _current_revision(connection)
            connection.rollback()
            _check_revision(store, revision, connection)
            connection.rollback()
            if revision == head:
                return
            if revision is not None:
                store.backup("before-migration")
            command.upgrade(alembic_config(connection), "head")
            connection.commit()
        finally:
            if store.engine.dialect.name == "postgresql":
                connection.rollback()
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK_KEY})
                connection.commit()
