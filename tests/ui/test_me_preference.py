"""Team mode, "You are": the Preferences combo, the audit actor of the window, the Owner filter's default."""

from __future__ import annotations

import getpass
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QSystemTrayIcon
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from segdesk.services import preferences as prefs
from segdesk.services.audit import contact_history
from segdesk.store.database import Store
from segdesk.store.models import Contact, TeamMember
from segdesk.ui.main_window import MainWindow
from segdesk.ui.sidebar import FOLLOWUPS_DUE
from tests.ui.conftest import settle

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise")
LOGIN = "till"


@pytest.fixture(autouse=True)
def _login(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(getpass, "getuser", lambda: LOGIN)
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    for kind in ("warning", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda _parent, _title, text, *_a: pytest.fail(text))


@pytest.fixture
def team(filled_store: Store) -> Store:
    """Marta owns the first two contacts; Piotr is on the team too."""
    with filled_store.transaction() as session:
        marta, piotr = TeamMember(name="Marta"), TeamMember(name="Piotr")
        session.add_all([marta, piotr])
        session.flush()
        first_two = list(session.scalars(select(Contact.id).order_by(Contact.id).limit(2)))
        session.execute(update(Contact).where(Contact.id.in_(first_two)).values(owner_id=marta.id))
    return filled_store


def _choose(store: Store, name: str | None) -> None:
    loaded = prefs.load_preferences().preferences
    prefs.save_preferences(prefs.with_member(loaded, prefs.database_key(store), name))


def _window(qtbot: QtBot, store: Store, settings: QSettings) -> MainWindow:
    window = MainWindow(store, settings=settings)
    qtbot.addWidget(window)
    settle(qtbot, window)
    return window


@pytest.fixture
def window(qtbot: QtBot, team: Store, settings: QSettings) -> Iterator[MainWindow]:
    opened = _window(qtbot, team, settings)
    yield opened
    opened.close()


def test_the_combo_lists_the_team_and_saves_the_choice(qtbot: QtBot, window: MainWindow, team: Store) -> None:
    assert window.contacts.command_context.actor == LOGIN
    dialog = window.preferences.open_dialog(modal=False)
    qtbot.addWidget(dialog)
    combo = dialog.me_combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts == ["(not set — use this computer's login: till)", "Marta", "Piotr"]
    assert combo.currentData() is None and combo.isEnabled()
    combo.setCurrentIndex(combo.findData("Piotr"))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert not dialog.isVisible()

    saved = prefs.load_preferences().preferences
    assert prefs.saved_member(saved, prefs.database_key(team)) == "Piotr"
    assert window.contacts.command_context.actor == "Piotr"  # at once, no restart

    # An edit through the window's editor is recorded under the member's name
    contact_id = window.model.contact_id(0)
    assert contact_id is not None
    editor = window.contacts.edit_contact(contact_id)
    editor.inputs["city"].input.setText("Bergamo")  # type: ignore[attr-defined]
    editor.inputs["city"].input.textEdited.emit("Bergamo")  # type: ignore[attr-defined]
    assert editor.save()
    settle(qtbot, window)
    assert contact_history(team, contact_id)[0].actor == "Piotr"  # the newest entry

    again = window.preferences.open_dialog(modal=False)
    qtbot.addWidget(again)
    assert again.me_combo.currentData() == "Piotr"
    again.me_combo.setCurrentIndex(0)  # not set: the login name again
    again.buttons.button(again.buttons.StandardButton.Ok).click()
    assert prefs.saved_member(prefs.load_preferences().preferences, prefs.database_key(team)) is None
    assert window.contacts.command_context.actor == LOGIN


def test_without_a_team_the_combo_offers_only_the_login(qtbot: QtBot, main_window: MainWindow) -> None:
    dialog = main_window.preferences.open_dialog(modal=False)
    qtbot.addWidget(dialog)
    assert dialog.me_combo.count() == 1 and not dialog.me_combo.isEnabled()


def test_a_chosen_member_is_the_actor_from_the_start(qtbot: QtBot, team: Store, settings: QSettings) -> None:
    _choose(team, "Marta")
    window = _window(qtbot, team, settings)
    try:
        assert window.contacts.command_context.actor == "Marta"
    finally:
        window.close()


def test_a_member_who_left_is_ignored(qtbot: QtBot, team: Store, settings: QSettings) -> None:
    _choose(team, "Ghost")
    window = _window(qtbot, team, settings)
    try:
        assert window.contacts.command_context.actor == LOGIN
        assert window.followups.view.owner() is None
    finally:
        window.close()


def _due_ids(qtbot: QtBot, window: MainWindow) -> list[int]:
    window.sidebar.select_key(FOLLOWUPS_DUE)
    settle(qtbot, window)
    view = window.followups.view
    return [row.contact_id for bucket in ("overdue", "today") for row in view.model.loaded(bucket)]  # type: ignore[arg-type]


def test_the_owner_filter_starts_with_me(qtbot: QtBot, team: Store, settings: QSettings) -> None:
    _choose(team, "Marta")
    window = _window(qtbot, team, settings)
    try:
        assert window.followups.view.owner() == "Marta"
        assert len(_due_ids(qtbot, window)) == 2  # Marta's two
        combo = window.followups.view.owner_combo
        combo.setCurrentIndex(combo.findData(None))  # Everyone: remembered, "me" no longer applies
        settle(qtbot, window)
    finally:
        window.close()
    window = _window(qtbot, team, settings)
    try:
        assert window.followups.view.owner() is None
        assert len(_due_ids(qtbot, window)) > 2
    finally:
        window.close()


def test_a_remembered_owner_wins_over_me(qtbot: QtBot, team: Store, settings: QSettings) -> None:
    settings.setValue("followups/owner", "Piotr")
    _choose(team, "Marta")
    window = _window(qtbot, team, settings)
    try:
        assert window.followups.view.owner() == "Piotr"
    finally:
        window.close()


def test_choosing_me_in_the_preferences_moves_an_untouched_owner_filter(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.followups.view.owner() is None
    dialog = window.preferences.open_dialog(modal=False)
    qtbot.addWidget(dialog)
    dialog.me_combo.setCurrentIndex(dialog.me_combo.findData("Marta"))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    settle(qtbot, window)
    assert window.followups.view.owner() == "Marta"
