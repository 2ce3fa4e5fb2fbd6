"""``segdesk --smoke-test``: every check reports one line; a failed check fails the run."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from segdesk.ui import smoke


def test_the_smoke_test_passes_from_another_folder_and_leaves_the_database_alone(tmp_path: Path) -> None:
    db = tmp_path / "mine.sqlite3"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "segdesk", "--smoke-test", "--db", str(db)],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for name in smoke.CHECKS:
        assert any(line.startswith(f"smoke test: {name}: ok, ") for line in lines), (name, lines)
    assert lines[-1].startswith(f"smoke test: passed all {len(smoke.CHECKS)} checks")
    assert list(elsewhere.iterdir()) == []  # nothing written to the working directory
    with closing(sqlite3.connect(db)) as connection:  # the demo contacts went elsewhere
        assert connection.execute("SELECT count(*) FROM contacts").fetchone() == (0,)


def test_a_failed_check_is_reported_and_fails_the_run(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object) -> str:
        raise smoke.SmokeFailure("no renderer")

    monkeypatch.setattr(smoke, "_check_pdf", broken)
    monkeypatch.setattr(smoke, "_check_rule_count", lambda *_args: "skipped here")
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    lines: list[str] = []
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert smoke.run_smoke_test(app, window, "en", out=lines.append) == 1
    assert "smoke test: pdf: FAILED, SmokeFailure: no renderer" in lines
    assert "smoke test: demo data: ok" in "\n".join(lines)
    assert lines[-1] == f"smoke test: FAILED 1 of {len(smoke.CHECKS)} checks: pdf"
