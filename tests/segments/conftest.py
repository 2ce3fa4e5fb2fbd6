"""Stores shared by a whole test module (schema made once, rows replaced per example)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from segdesk.store.database import Store, open_store
from tests.conftest import NO_PG_REASON, PG_URL_VAR, drop_postgres_database, new_postgres_database


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def shared_store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """One store per module and backend; tests write a whole :class:`World` into it."""
    if request.param == "sqlite":
        path: Path = tmp_path_factory.mktemp("segments") / "segdesk.sqlite3"
        opened = open_store(path)
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
