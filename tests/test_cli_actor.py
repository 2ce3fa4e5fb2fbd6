"""The command line records changes under the team member chosen in this computer's preferences."""

from __future__ import annotations

import getpass

import pytest

from segdesk.services import preferences as prefs
from segdesk.services.audit import contact_history
from segdesk.store.database import Store
from segdesk.store.models import TeamMember
from tests.factories import make_contact, run_cli


@pytest.fixture
def db(store: Store, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(getpass, "getuser", lambda: "till")
    with store.transaction() as session:
        session.add(TeamMember(name="Marta"))
        make_contact(session, first_name="Łucja", last_name="Nowak", email="lucja@example.com")
    return store.url.render_as_string(hide_password=False)


def _choose(store: Store, name: str) -> None:
    loaded = prefs.load_preferences().preferences
    prefs.save_preferences(prefs.with_member(loaded, prefs.database_key(store), name))


def _actors(store: Store) -> list[str]:
    return [row.actor for row in contact_history(store, 1, newest_first=False)]


def test_the_login_name_without_a_choice(capsys: pytest.CaptureFixture[str], db: str, store: Store) -> None:
    code, _, err = run_cli(capsys, "--db", db, "consent", "1", "--withdraw")
    assert (code, err) == (0, "")
    assert set(_actors(store)) == {"till"}


def test_the_chosen_member(capsys: pytest.CaptureFixture[str], db: str, store: Store) -> None:
    _choose(store, "Marta")
    code, _, err = run_cli(capsys, "--db", db, "consent", "1", "--channel", "email", "--grant")
    assert (code, err) == (0, "")
    code, _, err = run_cli(capsys, "--db", db, "followups", "cadence", "--contact", "1", "--every", "2 weeks")
    assert (code, err) == (0, "")
    assert _actors(store) == ["Marta", "Marta"]


def test_a_member_who_left_gives_the_login_name(
    capsys: pytest.CaptureFixture[str], db: str, store: Store
) -> None:
    _choose(store, "Ghost")
    code, _, _ = run_cli(capsys, "--db", db, "consent", "1", "--channel", "email", "--grant")
    assert code == 0
    assert _actors(store) == ["till"]
