"""Shared fixtures: real SQLite files, and a real PostgreSQL database when one is configured.

``.ci/run`` starts a PostgreSQL server and sets ``SEGDESK_TEST_PG_URL``; without
it the PostgreSQL variants are skipped with that reason.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from segdesk.domain import i18n
from segdesk.store.database import Store, open_store

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PG_URL_VAR = "SEGDESK_TEST_PG_URL"
NO_PG_REASON = f"{PG_URL_VAR} not set: no PostgreSQL server to test against"


@pytest.fixture(scope="session")
def _config_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("config")


@pytest.fixture(autouse=True)
def _own_preferences(_config_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets its own, empty preferences folder: the developer's preferences are never read."""
    monkeypatch.setenv("SEGDESK_CONFIG_DIR", str(_config_root / uuid.uuid4().hex))


@pytest.fixture(autouse=True)
def _english_messages() -> Iterator[None]:
    i18n.uninstall()
    yield
    i18n.uninstall()


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    store = open_store(tmp_path / "segdesk.sqlite3")
    yield store
    store.close()


def new_postgres_database() -> str:
    """A fresh, empty database on the test server; its URL."""
    base = make_url(os.environ[PG_URL_VAR])
    name = f"segdesk_t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return base.set(database=name).render_as_string(hide_password=False)


def drop_postgres_database(url: str) -> None:
    target = make_url(url)
    admin = create_engine(make_url(os.environ[PG_URL_VAR]), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{target.database}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def postgres_url() -> Iterator[str]:
    if not os.environ.get(PG_URL_VAR):
        pytest.skip(NO_PG_REASON)
    url = new_postgres_database()
    yield url
    drop_postgres_database(url)


BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def open_backend(backend: str, sqlite_path: Path) -> Iterator[Store]:
    """A fresh store on ``backend``: a SQLite file at ``sqlite_path``, or a new PostgreSQL database."""
    if backend == "sqlite":
        opened = open_store(sqlite_path)
        yield opened
        opened.close()
        return
    if not os.environ.get(PG_URL_VAR):
        pytest.skip(NO_PG_REASON)
    url = new_postgres_database()
    opened = open_store(url)
    yield opened
    opened.close()
    drop_postgres_database(url)


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """The same test on an embedded SQLite file and on a PostgreSQL server."""
    yield from open_backend(request.param, tmp_path / "segdesk.sqlite3")
