"""Stores shared by a whole test module (schema made once, rows replaced per example)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from segdesk.store.database import Store
from tests.conftest import BACKENDS, open_backend


@pytest.fixture(scope="module", params=BACKENDS)
def shared_store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """One store per module and backend; tests write a whole :class:`World` into it."""
    yield from open_backend(request.param, tmp_path_factory.mktemp("segments") / "segdesk.sqlite3")
