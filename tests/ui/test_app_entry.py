"""The installed entry point opens a real window (packaging checks use --smoke-test)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_segdesk_smoke_test_opens_the_window_and_releases_the_database(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite3"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "segdesk", "--smoke-test", "--db", str(db)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert db.exists()
    assert not (tmp_path / "shop.sqlite3.lock").exists()
