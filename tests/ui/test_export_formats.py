"""File > Export offers every export format, writes the one chosen, and says how many were left out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from segdesk.io.address_books import GOOGLE_HEADERS, OUTLOOK_HEADERS
from segdesk.ui.main_window import MainWindow
from tests.ui.conftest import CONTACTS, settle


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path, wanted: str, offered: list[str]) -> None:
    """The save dialog answers ``path`` with the filter whose label starts with ``wanted``."""

    def answer(*args: Any, **_kw: Any) -> tuple[str, str]:
        offered.extend(args[3].split(";;"))
        return str(path), next(f for f in offered if f.startswith(wanted))

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)


@pytest.mark.parametrize(
    ("label", "headers"), [("Google Contacts CSV", GOOGLE_HEADERS), ("Outlook CSV", OUTLOOK_HEADERS)]
)
def test_google_and_outlook_are_offered_and_written(
    qtbot: QtBot,
    main_window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    label: str,
    headers: tuple[str, ...],
) -> None:
    offered: list[str] = []
    _choose(monkeypatch, tmp_path / "book", label, offered)
    main_window.contacts.export_action.trigger()
    settle(qtbot, main_window)
    assert offered == [
        "CSV (*.csv)",
        "Excel (*.xlsx)",
        "vCard (*.vcf)",
        "Mailchimp CSV (*.csv)",
        "Google Contacts CSV (*.csv)",
        "Outlook CSV (*.csv)",
    ]
    first_line = (tmp_path / "book.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert first_line == ",".join(headers)
    assert main_window.statusBar().currentMessage() == f"{CONTACTS} contacts exported to book.csv."


def test_a_mailing_export_says_how_many_were_left_out(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _choose(monkeypatch, tmp_path / "audience.csv", "Mailchimp", [])
    main_window.contacts.export_action.trigger()
    settle(qtbot, main_window)
    assert main_window.statusBar().currentMessage() == (
        f"0 contacts exported to audience.csv. {CONTACTS} left out: no email consent or no valid address."
    )
