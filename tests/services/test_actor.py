"""Who the audit trail names: the team member chosen on this computer for a database, else the login."""

from __future__ import annotations

import getpass
import json
from datetime import date
from pathlib import Path

import pytest

from segdesk.services import actor
from segdesk.services import preferences as prefs
from segdesk.services.audit import contact_history
from segdesk.services.contacts import update_contact
from segdesk.store.database import Store, open_store
from segdesk.store.models import TeamMember
from tests.factories import make_contact


@pytest.fixture
def login(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(getpass, "getuser", lambda: "till")
    return "till"


def _team(store: Store, *names: str) -> None:
    with store.transaction() as session:
        session.add_all(TeamMember(name=name) for name in names)


def _choose(store: Store, name: str | None) -> None:
    loaded = prefs.load_preferences().preferences
    prefs.save_preferences(prefs.with_member(loaded, prefs.database_key(store), name))


def test_the_login_name_when_nobody_is_chosen(store: Store, login: str) -> None:
    _team(store, "Marta")
    assert actor.my_member(store) is None
    assert actor.actor_for(store) == login


def test_the_chosen_member_is_the_actor(store: Store, login: str) -> None:
    _team(store, "Marta", "Piotr")
    _choose(store, "Piotr")
    assert actor.my_member(store) == "Piotr"
    assert actor.actor_for(store) == "Piotr"
    _choose(store, None)  # not set again
    assert actor.actor_for(store) == login


def test_a_member_no_longer_on_the_team_is_ignored(store: Store, login: str) -> None:
    _team(store, "Marta")
    _choose(store, "Ghost")
    assert actor.my_member(store) is None
    assert actor.actor_for(store) == login


def test_the_choice_belongs_to_one_database(tmp_path: Path, login: str) -> None:
    shop, office = open_store(tmp_path / "shop.sqlite3"), open_store(tmp_path / "office.sqlite3")
    try:
        _team(shop, "Marta")
        _team(office, "Marta")
        _choose(shop, "Marta")
        assert actor.actor_for(shop) == "Marta"
        assert actor.actor_for(office) == login
    finally:
        shop.close()
        office.close()


def test_no_login_name_gives_a_stand_in(monkeypatch: pytest.MonkeyPatch) -> None:
    def nobody() -> str:
        raise OSError("no user")

    monkeypatch.setattr(getpass, "getuser", nobody)
    assert actor.login_name() == actor.FALLBACK_ACTOR


def test_an_edit_records_the_member(store: Store, login: str) -> None:
    _team(store, "Marta")
    _choose(store, "Marta")
    with store.transaction() as session:
        contact = make_contact(session, first_name="Łucja", last_name="Nowak")
        contact_id, version = contact.id, contact.version
    update_contact(
        store,
        contact_id,
        {"city": "Kraków"},
        expected_version=version,
        actor=actor.actor_for(store),
        today=date(2026, 5, 4),
    )
    assert [row.actor for row in contact_history(store, contact_id)] == ["Marta"]


# ------------------------------------------------------------------ the preferences file


def test_the_choice_is_saved_per_database_and_read_back() -> None:
    chosen = prefs.with_member(prefs.ComputerPreferences(), "/data/shop.sqlite3", " Marta ")
    chosen = prefs.with_member(chosen, "postgresql://segdesk@server/segdesk", "Piotr")
    prefs.save_preferences(chosen)
    document = json.loads(prefs.preferences_path().read_text(encoding="utf-8"))
    assert document["me"] == {"/data/shop.sqlite3": "Marta", "postgresql://segdesk@server/segdesk": "Piotr"}
    loaded = prefs.load_preferences().preferences
    assert loaded == chosen
    assert prefs.saved_member(loaded, "/data/shop.sqlite3") == "Marta"
    assert prefs.saved_member(loaded, "/data/other.sqlite3") is None
    cleared = prefs.with_member(loaded, "/data/shop.sqlite3", "")
    assert cleared.me == (("postgresql://segdesk@server/segdesk", "Piotr"),)


def test_a_damaged_choice_is_named_and_dropped() -> None:
    path = prefs.preferences_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"version": 1, "language": "it", "me": ["Marta"]}), encoding="utf-8")
    loaded = prefs.load_preferences()
    assert loaded.preferences == prefs.ComputerPreferences(language="it")
    assert loaded.problem is not None and "me" in loaded.problem


def test_a_file_without_a_choice_is_fine() -> None:
    path = prefs.preferences_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"version": 1, "language": "it"}), encoding="utf-8")
    loaded = prefs.load_preferences()
    assert (loaded.preferences.me, loaded.problem) == ((), None)


def test_database_keys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    local = open_store("shop.sqlite3")
    try:
        assert prefs.database_key(local) == str(tmp_path.resolve() / "shop.sqlite3")
    finally:
        local.close()


def test_a_server_key_leaves_out_password_driver_and_options(postgres_url: str) -> None:
    from sqlalchemy.engine import make_url

    url = make_url(postgres_url).set(password="secret", query={"connect_timeout": "5"})
    server = open_store(url.render_as_string(hide_password=False))
    try:
        key = prefs.database_key(server)
    finally:
        server.close()
    assert key.startswith("postgresql://") and "secret" not in key and "connect_timeout" not in key
    assert key.endswith(f"/{url.database}")
