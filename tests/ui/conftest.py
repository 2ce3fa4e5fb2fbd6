"""Fixtures for the window: a real SQLite file with contacts, and QSettings kept out of the user's."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from segdesk.domain.names import full_name_for, sort_name_for
from segdesk.followups.schema import mark_refreshed
from segdesk.store.database import Store, open_store
from segdesk.store.models import Contact, Segment
from segdesk.ui.import_wizard import ImportWizard
from segdesk.ui.translation import remove_translators
from tests.factories import NOW

CITIES = ("Milano", "Torino", "Kraków", "Lyon", "Sevilla")
CONTACTS = 30
DUE = 4  # contacts whose next follow-up is today or earlier


def fill(store: Store, count: int = CONTACTS) -> None:
    today = date.today()
    with store.transaction() as session:
        for i in range(count):
            first, last = f"Anna{i:02d}", ("Rossi", "Nowak", "Müller", "García", "Dubois")[i % 5]
            company = "Caffè Centrale S.r.l." if i % 3 == 0 else None
            session.add(
                Contact(
                    kind="person",
                    first_name=first,
                    last_name=last,
                    company_name=company,
                    full_name=full_name_for("person", first, last, company),
                    sort_name=sort_name_for("person", first, last, company),
                    email=f"anna{i}@example.com",
                    phone=f"+3902123456{i:02d}",
                    city=CITIES[i % len(CITIES)],
                    stage="loyal" if i % 2 else "lead",
                    total_spent_cents=i * 1050,
                    last_contact_at=date(2025, 1, 1) + timedelta(days=i),
                    next_followup_at=today - timedelta(days=i) if i < DUE else today + timedelta(days=i),
                    notes="Prefers calls in the morning." if i == 0 else None,
                    created_at=NOW,
                    updated_at=NOW,
                )
            )
        session.add(Segment(name="VIP Milano", colour="#d93025", created_at=NOW, updated_at=NOW))
        # The due dates above count as current: the window's morning refresh (ensure_current) keeps them.
        mark_refreshed(session, today)


@pytest.fixture
def filled_store(tmp_path: Path) -> Iterator[Store]:
    store = open_store(tmp_path / "contacts.sqlite3")
    fill(store)
    yield store
    store.close()


@pytest.fixture
def wizard(qtbot: QtBot, filled_store: Store) -> Iterator[ImportWizard]:
    """The import wizard on the filled store, closed after the test."""
    made = ImportWizard(filled_store)
    qtbot.addWidget(made)
    yield made
    made.done(0)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "segdesk.ini"), QSettings.Format.IniFormat)


@pytest.fixture(autouse=True)
def _english_window(qapp: QApplication) -> Iterator[None]:
    remove_translators(qapp)
    yield
    remove_translators(qapp)


@pytest.fixture
def main_window(
    qtbot: QtBot, filled_store: Store, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Any]:
    """The main window on :func:`filled_store`; closed (its threads waited for) before the store."""
    from PySide6.QtWidgets import QMessageBox

    from segdesk.ui.contact_editor import ContactEditor
    from segdesk.ui.main_window import MainWindow

    # No "save the changes?" question when the window closes with an editor left dirty.
    monkeypatch.setattr(ContactEditor, "ask_unsaved", lambda _self: QMessageBox.StandardButton.Discard)
    window = MainWindow(filled_store, settings=settings)
    qtbot.addWidget(window)
    settle(qtbot, window)
    yield window
    window.close()


def settle(qtbot: QtBot, window: Any, timeout: int = 5000) -> None:
    """Wait until the window's worker threads are done and their results are shown."""

    def idle() -> bool:
        return not window.reader.is_busy() and not window.writer.is_busy() and not window.model.loading

    qtbot.waitUntil(idle, timeout=timeout)
