"""Preferences without Qt: the computer's file (precedence, damage, atomic writes), each database's values."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from segdesk.domain.cadence import Cadence
from segdesk.services import preferences as prefs
from segdesk.services.backups import backup_folder, make_backup
from segdesk.services.databases import open_database
from segdesk.services.errors import UserError
from segdesk.services.followups import followup_settings
from segdesk.services.segments import count_rules
from segdesk.store.database import Store, open_store
from tests.factories import make_contact

TODAY = date(2026, 5, 4)
EVERYONE = {"version": 1, "match": "all", "rules": []}


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv(prefs.CONFIG_ENV, str(folder))
    monkeypatch.delenv(prefs.DB_ENV, raising=False)
    monkeypatch.delenv(prefs.LANG_ENV, raising=False)
    return folder / prefs.FILE_NAME


def test_the_suite_never_reads_the_real_preferences() -> None:
    assert os.environ.get(prefs.CONFIG_ENV)
    assert not prefs.preferences_path().exists()


def test_no_file_gives_the_defaults(config: Path) -> None:
    loaded = prefs.load_preferences()
    assert loaded == prefs.LoadedPreferences(prefs.ComputerPreferences(), exists=False)
    assert prefs.database_location() is None
    assert prefs.language_choice() is None
    assert prefs.backup_options() == (None, 10)


def test_saved_values_read_back(config: Path, tmp_path: Path) -> None:
    chosen = prefs.ComputerPreferences("it", str(tmp_path / "shop.sqlite3"), str(tmp_path / "bk"), 25)
    prefs.save_preferences(chosen)
    assert prefs.load_preferences() == prefs.LoadedPreferences(chosen, exists=True)
    assert json.loads(config.read_text(encoding="utf-8"))["version"] == 1
    assert prefs.backup_options() == (tmp_path / "bk", 25)


def test_flag_beats_environment_beats_file_beats_default(
    config: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file_db = str(tmp_path / "file.sqlite3")
    prefs.save_preferences(prefs.ComputerPreferences(language="pl", database=file_db))
    assert prefs.database_location() == file_db
    assert prefs.language_choice() == "pl"
    monkeypatch.setenv("SEGDESK_DB", "/env/db.sqlite3")
    monkeypatch.setenv("SEGDESK_LANG", "de")
    assert prefs.database_location() == "/env/db.sqlite3"
    assert prefs.language_choice() == "de"
    assert prefs.database_location("/flag.sqlite3") == "/flag.sqlite3"
    assert prefs.language_choice("fr") == "fr"


@pytest.mark.parametrize(
    "text",
    ["{not json", "[1, 2]", "\xff\xfe garbage", '{"language": 42, "backups_to_keep": "many"}'],
)
def test_a_damaged_file_gives_a_message_and_the_defaults(config: Path, text: str) -> None:
    config.parent.mkdir(parents=True)
    config.write_bytes(text.encode("utf-8", "surrogateescape") if "\xff" not in text else b"\xff\xfe{")
    loaded = prefs.load_preferences()
    assert loaded.exists
    assert loaded.preferences == prefs.ComputerPreferences()
    assert loaded.problem is not None and str(config) in loaded.problem
    assert prefs.database_location() is None  # and nothing raises


def test_one_bad_value_keeps_the_good_ones(config: Path) -> None:
    config.parent.mkdir(parents=True)
    config.write_text(json.dumps({"language": "xx", "backups_to_keep": 3}), encoding="utf-8")
    loaded = prefs.load_preferences()
    assert loaded.preferences == prefs.ComputerPreferences(backups_to_keep=3)
    assert loaded.problem is not None and "language" in loaded.problem


def test_the_write_is_atomic(config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    prefs.save_preferences(prefs.ComputerPreferences(language="es"))
    before = config.read_bytes()

    def broken_dump(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(prefs.json, "dump", broken_dump)
    with pytest.raises(Exception, match="No space left"):
        prefs.save_preferences(prefs.ComputerPreferences(language="it"))
    assert config.read_bytes() == before
    assert [p.name for p in config.parent.iterdir()] == [prefs.FILE_NAME]  # no temporary file left


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (prefs.ComputerPreferences(language="xx"), "not a language"),
        (prefs.ComputerPreferences(backups_to_keep=0), "from 1 to"),
        (prefs.ComputerPreferences(backup_folder="relative/folder"), "full path"),
        (prefs.ComputerPreferences(database="mysql://server/db"), "not a database segdesk can use"),
    ],
)
def test_bad_values_are_refused_and_nothing_is_written(
    config: Path, bad: prefs.ComputerPreferences, message: str
) -> None:
    with pytest.raises(UserError, match=message):
        prefs.save_preferences(bad)
    assert not config.exists()


def test_a_backup_folder_that_is_a_file_is_refused(config: Path, tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(UserError, match="is a file"):
        prefs.save_preferences(prefs.ComputerPreferences(backup_folder=str(tmp_path / "file")))


def test_backups_go_to_the_chosen_folder_and_only_so_many_are_kept(config: Path, tmp_path: Path) -> None:
    folder = tmp_path / "elsewhere"
    prefs.save_preferences(prefs.ComputerPreferences(backup_folder=str(folder), backups_to_keep=2))
    db = tmp_path / "shop.sqlite3"
    store = open_database(str(db))  # the window's way: guarded, backed up once a day
    try:
        assert store.backup_dir == folder
        assert store.backup_keep == 2
        for _ in range(3):
            store.backup("manual")
    finally:
        store.close()
    assert len(list(folder.glob("shop-*.sqlite3"))) == 2
    assert not (tmp_path / "backups").exists()
    assert backup_folder(db) == folder
    make_backup(str(db))
    assert len(list(folder.glob("shop-*.sqlite3"))) == 2


def test_without_preferences_backups_stay_beside_the_database(config: Path, tmp_path: Path) -> None:
    store = open_database(str(tmp_path / "shop.sqlite3"))
    try:
        assert store.backup_dir == tmp_path / "backups"
        assert store.backup_keep == 10
    finally:
        store.close()


def test_welcome_is_due_only_on_a_first_start(config: Path, sqlite_store: Store) -> None:
    assert prefs.welcome_due(sqlite_store)
    prefs.mark_welcome_done()
    assert config.exists()
    assert not prefs.welcome_due(sqlite_store)


def test_no_welcome_when_the_database_has_contacts(config: Path, sqlite_store: Store) -> None:
    with sqlite_store.transaction() as session:
        make_contact(session, first_name="Anna")
    assert not prefs.welcome_due(sqlite_store)


def test_check_connection(config: Path, tmp_path: Path, postgres_url: str) -> None:
    assert prefs.check_connection(postgres_url)
    assert prefs.check_connection(str(tmp_path / "new.sqlite3")) == str(tmp_path / "new.sqlite3")
    assert not (tmp_path / "new.sqlite3").exists()
    with pytest.raises(UserError):
        prefs.check_connection("postgresql+psycopg://segdesk@127.0.0.1:1/nothing")


# ------------------------------------------------------------------ per database


def test_database_preferences_default(store: Store) -> None:
    assert prefs.database_preferences(store) == prefs.DatabasePreferences()
    assert prefs.phone_country(store) is None
    assert prefs.label_preset(store) == "L7160"


def test_database_preferences_saved_and_read_back(store: Store) -> None:
    chosen = prefs.DatabasePreferences(Cadence(3, "months"), 25, "it", "5160")
    prefs.save_database_preferences(store, chosen, today=TODAY)
    assert prefs.database_preferences(store) == replace(chosen, phone_country="IT")
    assert followup_settings(store).default_cadence == Cadence(3, "months")
    assert prefs.phone_country(store) == "IT"
    assert prefs.label_preset(store) == "5160"
    # lower-case country codes are stored upper-case; a second save replaces the values
    prefs.save_database_preferences(store, prefs.DatabasePreferences(phone_country="pl"), today=TODAY)
    assert prefs.database_preferences(store) == prefs.DatabasePreferences(phone_country="PL")


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (prefs.DatabasePreferences(small_segment_threshold=-1), "0 or more"),
        (prefs.DatabasePreferences(phone_country="ZZ"), "not a country code"),
        (prefs.DatabasePreferences(label_preset="L9999"), "Unknown label sheet"),
    ],
)
def test_bad_database_values_change_nothing(
    store: Store, bad: prefs.DatabasePreferences, message: str
) -> None:
    good = prefs.DatabasePreferences(Cadence(30), 5, "DE", "L7163")
    prefs.save_database_preferences(store, good, today=TODAY)
    with pytest.raises(UserError, match=message):
        prefs.save_database_preferences(store, bad, today=TODAY)
    assert prefs.database_preferences(store) == good


def test_a_new_default_cadence_moves_due_dates_in_the_same_transaction(store: Store) -> None:
    with store.transaction() as session:
        contact = make_contact(session, first_name="Anna", last_contact_at=date(2026, 1, 10))
        contact_id = contact.id
    prefs.save_database_preferences(store, prefs.DatabasePreferences(Cadence(30)), today=TODAY)
    from segdesk.services.contacts import get_contact

    due = get_contact(store, contact_id, TODAY).values["next_followup_at"]
    assert due == date(2026, 2, 9)


def test_the_small_segment_threshold_is_the_databases(store: Store) -> None:
    with store.transaction() as session:
        for i in range(4):
            make_contact(session, first_name=f"Anna{i}")
    assert count_rules(store, EVERYONE, TODAY).warning is not None  # 4 < 10
    prefs.save_database_preferences(store, prefs.DatabasePreferences(small_segment_threshold=3), today=TODAY)
    assert count_rules(store, EVERYONE, TODAY).warning is None


def test_the_rule_editor_counter_uses_the_threshold(sqlite_store: Store) -> None:
    from segdesk.services.rule_counting import TreeCounter

    with sqlite_store.transaction() as session:
        for i in range(4):
            make_contact(session, first_name=f"Anna{i}")
    counter = TreeCounter(sqlite_store, TODAY, processes=False)
    assert counter.count(EVERYONE).warning is not None
    prefs.save_database_preferences(
        sqlite_store, prefs.DatabasePreferences(small_segment_threshold=2), today=TODAY
    )
    counter.forget()
    assert counter.count(EVERYONE).warning is None


def test_unreadable_stored_values_fall_back_to_defaults(sqlite_store: Store) -> None:
    from segdesk.store.settings import write_settings

    with sqlite_store.transaction() as session:
        write_settings(
            session,
            {"segments.small_threshold": "lots", "contacts.phone_country": "??", "reports.label_preset": "x"},
        )
    assert prefs.database_preferences(sqlite_store) == prefs.DatabasePreferences()


def test_a_store_opened_with_backup_options(tmp_path: Path) -> None:
    store = open_store(tmp_path / "a.sqlite3", backup_dir=tmp_path / "b", backup_keep=1)
    try:
        store.backup("one")
        store.backup("two")
    finally:
        store.close()
    assert [p.name.endswith("-two.sqlite3") for p in (tmp_path / "b").iterdir()] == [True]
