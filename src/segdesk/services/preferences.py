"""Preferences: this computer's (a small JSON file) and each database's (its ``settings`` table).

Per computer, needed before any database opens and shared by the window and the
command line: the language, where the database is, where backups go and how many
are kept, and which team member the person at this computer is (one per database, keyed
by :func:`database_key`, since a computer may use several databases). They live in
``preferences.json`` in the user's configuration folder (``$SEGDESK_CONFIG_DIR`` instead,
for tests). What wins, first to last: the command-line flag (``--db``, ``--lang``), the
environment (``SEGDESK_DB``, ``SEGDESK_LANG``), the file, the default.

Per database, shared by a team on one server: the default follow-up interval, the
small-segment threshold, the country of phone numbers typed without ``+``, the
default label sheet. They are validated and written in one transaction.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import select

from segdesk.domain import i18n
from segdesk.domain.cadence import DEFAULT_CADENCE, Cadence, CadenceError, FollowUpSettings
from segdesk.domain.contact_values import COUNTRY_CODES
from segdesk.followups.due import refresh_due_dates
from segdesk.followups.schema import load_settings, mark_refreshed, save_settings
from segdesk.reports.label_sheets import PRESETS
from segdesk.segments.counts import SMALL_SEGMENT_THRESHOLD, THRESHOLD_KEY, small_segment_threshold
from segdesk.services.errors import UserError
from segdesk.services.files import replacing_text_file
from segdesk.store.backup import DEFAULT_KEEP
from segdesk.store.database import Store, StoreError, open_store, resolve_url
from segdesk.store.models import Contact
from segdesk.store.settings import read_settings, write_settings

__all__ = [
    "DEFAULT_PRESET",
    "LANGUAGES",
    "MAX_KEEP",
    "ComputerPreferences",
    "DatabasePreferences",
    "LoadedPreferences",
    "backup_folder_for",
    "backup_options",
    "check_computer_preferences",
    "check_connection",
    "check_database_preferences",
    "config_dir",
    "database_key",
    "database_location",
    "database_preferences",
    "label_preset",
    "language_choice",
    "load_preferences",
    "mark_welcome_done",
    "phone_country",
    "preferences_path",
    "save_database_preferences",
    "save_preferences",
    "saved_member",
    "welcome_due",
    "with_member",
]

CONFIG_ENV = "SEGDESK_CONFIG_DIR"
DB_ENV = "SEGDESK_DB"
LANG_ENV = "SEGDESK_LANG"
FILE_NAME = "preferences.json"
FILE_VERSION = 1
LANGUAGES = ("en", "it", "fr", "pl", "de", "es")
MAX_KEEP = 1000
DEFAULT_PRESET = "L7160"
PHONE_COUNTRY_KEY = "contacts.phone_country"
LABEL_PRESET_KEY = "reports.label_preset"
CONNECT_TIMEOUT_S = 5


# ------------------------------------------------------------------ this computer


@dataclass(frozen=True, slots=True)
class ComputerPreferences:
    """None means the default: the system's language, the user data folder, ``backups`` by the file."""

    language: str | None = None
    database: str | None = None
    backup_folder: str | None = None
    backups_to_keep: int = DEFAULT_KEEP
    # (database key, team member name) pairs, sorted: who "me" is in each database
    me: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class LoadedPreferences:
    preferences: ComputerPreferences
    exists: bool  # a preferences file was found (the user has chosen how to start)
    problem: str | None = None  # what was wrong with the file; the defaults were used instead


def config_dir() -> Path:
    override = os.environ.get(CONFIG_ENV)
    if override:
        return Path(override).expanduser()
    return platformdirs.user_config_path("segdesk", appauthor=False)


def preferences_path() -> Path:
    return config_dir() / FILE_NAME


def _unreadable(path: Path, detail: str) -> str:
    return i18n.fill(
        i18n.translate(
            "Preferences",
            "The preferences file %1 cannot be read (%2); segdesk uses the defaults. "
            "Saving the preferences replaces it.",
        ),
        str(path),
        detail,
    )


def _from_json(data: dict[str, Any]) -> tuple[ComputerPreferences, list[str]]:
    """The preferences in ``data``; a value of the wrong kind is left at its default and named."""
    defaults = ComputerPreferences()
    values: dict[str, Any] = {}
    bad: list[str] = []
    for key in ("language", "database", "backup_folder"):
        value = data.get(key)
        if value is None or (isinstance(value, str) and value.strip()):
            values[key] = value.strip() if isinstance(value, str) else None
        else:
            bad.append(key)
    if values.get("language") is not None and values["language"] not in LANGUAGES:
        values["language"] = None
        bad.append("language")
    keep = data.get("backups_to_keep", defaults.backups_to_keep)
    if isinstance(keep, int) and not isinstance(keep, bool) and 1 <= keep <= MAX_KEEP:
        values["backups_to_keep"] = keep
    else:
        bad.append("backups_to_keep")
    me = data.get("me", {})
    if isinstance(me, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in me.items()):
        values["me"] = _members(me.items())
    else:
        bad.append("me")
    return ComputerPreferences(**values), bad


def _members(pairs: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """The pairs with blanks trimmed, empty keys or names left out, sorted by key."""
    cleaned = {key.strip(): name.strip() for key, name in pairs if key.strip() and name.strip()}
    return tuple(sorted(cleaned.items()))


def load_preferences(path: Path | None = None) -> LoadedPreferences:
    """This computer's preferences; a missing file gives the defaults, a damaged one too, with a message."""
    path = path or preferences_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return LoadedPreferences(ComputerPreferences(), exists=False)
    except (OSError, UnicodeDecodeError) as exc:
        return LoadedPreferences(ComputerPreferences(), True, _unreadable(path, str(exc)))
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return LoadedPreferences(
            ComputerPreferences(), True, _unreadable(path, f"{exc.msg}, line {exc.lineno}")
        )
    if not isinstance(data, dict):
        return LoadedPreferences(ComputerPreferences(), True, _unreadable(path, "not a JSON object"))
    preferences, bad = _from_json(data)
    problem = _unreadable(path, ", ".join(bad)) if bad else None
    return LoadedPreferences(preferences, True, problem)


def _check_location(location: str) -> str:
    try:
        url = resolve_url(location)
    except StoreError as exc:
        raise UserError(str(exc)) from None
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise UserError(
            i18n.fill(
                i18n.translate(
                    "Preferences",
                    "“%1” is not a database segdesk can use: give a file, or a server URL such as "
                    "postgresql+psycopg://user@server/segdesk.",
                ),
                location,
            )
        )
    if url.get_backend_name() == "sqlite":
        path = Path(location).expanduser()
        if path.is_dir():
            raise UserError(
                i18n.fill(i18n.translate("Preferences", "%1 is a folder; choose a database file."), str(path))
            )
        return str(path.resolve())
    return location


def check_computer_preferences(preferences: ComputerPreferences) -> ComputerPreferences:
    """The preferences as they will be saved (paths made absolute); :class:`UserError` naming a bad one."""
    language = (preferences.language or "").strip() or None
    if language is not None and language not in LANGUAGES:
        raise UserError(
            i18n.fill(
                i18n.translate("Preferences", "“%1” is not a language of segdesk; choose one of: %2."),
                language,
                ", ".join(LANGUAGES),
            )
        )
    database = (preferences.database or "").strip() or None
    if database is not None:
        database = _check_location(database)
    folder = (preferences.backup_folder or "").strip() or None
    if folder is not None:
        folder_path = Path(folder).expanduser()
        if not folder_path.is_absolute():
            raise UserError(
                i18n.fill(
                    i18n.translate("Preferences", "The backup folder “%1” must be a full path."), folder
                )
            )
        if folder_path.exists() and not folder_path.is_dir():
            raise UserError(
                i18n.fill(
                    i18n.translate("Preferences", "The backup folder %1 is a file, not a folder."),
                    str(folder_path),
                )
            )
        folder = str(folder_path)
    me = preferences.me
    if not all(
        isinstance(pair, tuple) and len(pair) == 2 and all(isinstance(part, str) for part in pair)
        for pair in me
    ):
        raise UserError(i18n.translate("Preferences", "Who you are in the team must be a name."))
    keep = preferences.backups_to_keep
    if isinstance(keep, bool) or not isinstance(keep, int) or not 1 <= keep <= MAX_KEEP:
        raise UserError(
            i18n.fill(
                i18n.translate("Preferences", "The number of backups to keep must be from 1 to %1."),
                MAX_KEEP,
            )
        )
    return ComputerPreferences(language, database, folder, keep, _members(me))


def save_preferences(preferences: ComputerPreferences, path: Path | None = None) -> ComputerPreferences:
    """Check and write this computer's preferences (all or nothing); what was written."""
    checked = check_computer_preferences(preferences)
    path = path or preferences_path()
    document = {"version": FILE_VERSION, **asdict(checked), "me": dict(checked.me)}
    with replacing_text_file(path, newline="\n") as stream:
        json.dump(document, stream, ensure_ascii=False, indent=2)
        stream.write("\n")
    return checked


def mark_welcome_done(path: Path | None = None) -> None:
    """Remember that the user chose how to start: the welcome page is not shown again."""
    loaded = load_preferences(path)
    save_preferences(loaded.preferences, path)


def database_key(store: Store) -> str:
    """What names a database in this computer's preferences: the file's full path, or the server's
    address without password, driver or options (the same server typed twice gives one key)."""
    path = store.sqlite_path
    if path is not None:
        return str(path.expanduser().resolve())
    url = store.url
    if url.get_backend_name() == "sqlite":
        return "sqlite:" + (url.database or "")  # in memory
    plain = url.set(drivername=url.get_backend_name(), password=None, query={})
    return plain.render_as_string(hide_password=True)


def saved_member(preferences: ComputerPreferences, key: str) -> str | None:
    """The team member this computer's user said they are in the database ``key`` (unchecked)."""
    return dict(preferences.me).get(key)


def with_member(preferences: ComputerPreferences, key: str, name: str | None) -> ComputerPreferences:
    """``preferences`` with the member for the database ``key`` set (None or blank: not set)."""
    me = {k: v for k, v in preferences.me if k != key}
    if name and name.strip():
        me[key] = name.strip()
    return replace(preferences, me=_members(me.items()))


def database_location(flag: str | None = None, preferences: ComputerPreferences | None = None) -> str | None:
    """``--db``, else ``$SEGDESK_DB``, else the preferences' database; None means the default file."""
    if flag:
        return flag
    if os.environ.get(DB_ENV):
        return os.environ[DB_ENV]
    chosen = (preferences or load_preferences().preferences).database
    return chosen or None


def language_choice(flag: str | None = None, preferences: ComputerPreferences | None = None) -> str | None:
    """``--lang``, else ``$SEGDESK_LANG``, else the preferences' language; None means the system's."""
    if flag:
        return flag
    if os.environ.get(LANG_ENV):
        return os.environ[LANG_ENV]
    return (preferences or load_preferences().preferences).language


def backup_options(preferences: ComputerPreferences | None = None) -> tuple[Path | None, int]:
    """``(backup_dir, keep)`` for :func:`open_store` (a None folder: ``backups`` next to the file)."""
    chosen = preferences or load_preferences().preferences
    folder = Path(chosen.backup_folder) if chosen.backup_folder else None
    return folder, chosen.backups_to_keep


def backup_folder_for(db_path: Path, preferences: ComputerPreferences | None = None) -> Path:
    folder, _keep = backup_options(preferences)
    return folder if folder is not None else db_path.parent / "backups"


def check_connection(location: str) -> str:
    """Connect to ``location`` without changing it; its display name, or :class:`UserError` saying why not."""
    location = _check_location(location.strip())
    if "://" not in location and not Path(location).exists():
        return location  # a new file: created when the database is opened
    if "://" in location and "connect_timeout" not in location:
        location += ("&" if "?" in location else "?") + f"connect_timeout={CONNECT_TIMEOUT_S}"
    try:
        store = open_store(location, migrate=False)
    except StoreError as exc:
        raise UserError(str(exc)) from None
    try:
        return store.display_name
    finally:
        store.close()


def welcome_due(store: Store, path: Path | None = None) -> bool:
    """The first start: no preferences file yet and no contact in the database."""
    if (path or preferences_path()).exists():
        return False
    with store.sessions() as session:
        return session.execute(select(Contact.id).limit(1)).first() is None


# ------------------------------------------------------------------ each database


@dataclass(frozen=True, slots=True)
class DatabasePreferences:
    default_cadence: Cadence = DEFAULT_CADENCE
    small_segment_threshold: int = SMALL_SEGMENT_THRESHOLD
    phone_country: str | None = None  # ISO 3166-1 alpha-2; None: numbers must start with +
    label_preset: str = DEFAULT_PRESET


def _country(text: str | None) -> str | None:
    code = (text or "").strip().upper()
    return code if code in COUNTRY_CODES else None


def _preset(text: str | None) -> str:
    return text if text in PRESETS else DEFAULT_PRESET


def database_preferences(store: Store) -> DatabasePreferences:
    with store.sessions() as session:
        followups = load_settings(session)
        stored = read_settings(session, (PHONE_COUNTRY_KEY, LABEL_PRESET_KEY))
        threshold = small_segment_threshold(session)
    return DatabasePreferences(
        followups.default_cadence,
        threshold,
        _country(stored.get(PHONE_COUNTRY_KEY)),
        _preset(stored.get(LABEL_PRESET_KEY)),
    )


def phone_country(store: Store) -> str | None:
    """The country of phone numbers typed without ``+`` (the editor's and the import's default)."""
    with store.sessions() as session:
        return _country(read_settings(session, (PHONE_COUNTRY_KEY,)).get(PHONE_COUNTRY_KEY))


def label_preset(store: Store) -> str:
    """The label sheet the report dialog starts with."""
    with store.sessions() as session:
        return _preset(read_settings(session, (LABEL_PRESET_KEY,)).get(LABEL_PRESET_KEY))


def check_database_preferences(preferences: DatabasePreferences) -> DatabasePreferences:
    """The preferences as they will be saved; :class:`UserError` with one sentence naming a bad value."""
    cadence = preferences.default_cadence
    try:
        cadence = Cadence(cadence.amount, cadence.unit)  # the domain's limits, once more
    except (CadenceError, AttributeError):
        raise UserError(
            i18n.translate("Preferences", "The default follow-up interval is not an interval.")
        ) from None
    threshold = preferences.small_segment_threshold
    if isinstance(threshold, bool) or not isinstance(threshold, int) or threshold < 0:
        raise UserError(
            i18n.translate("Preferences", "The small-segment threshold must be a whole number, 0 or more.")
        )
    country = (preferences.phone_country or "").strip().upper() or None
    if country is not None and country not in COUNTRY_CODES:
        raise UserError(
            i18n.fill(
                i18n.translate("Preferences", "“%1” is not a country code; choose a country from the list."),
                preferences.phone_country or "",
            )
        )
    if preferences.label_preset not in PRESETS:
        raise UserError(
            i18n.fill(
                i18n.translate("Preferences", "Unknown label sheet “%1”; choose one of: %2."),
                preferences.label_preset,
                ", ".join(PRESETS),
            )
        )
    return DatabasePreferences(cadence, threshold, country, preferences.label_preset)


def save_database_preferences(
    store: Store, preferences: DatabasePreferences, *, today: date
) -> DatabasePreferences:
    """Check and store this database's preferences in one transaction; a new default interval
    recomputes every due date in the same transaction."""
    checked = check_database_preferences(preferences)
    with store.transaction() as session:
        followups: FollowUpSettings = load_settings(session)
        if followups.default_cadence != checked.default_cadence:
            followups = replace(followups, default_cadence=checked.default_cadence)
            save_settings(session, followups)
            refresh_due_dates(session, today, settings=followups)
            mark_refreshed(session, today)
        write_settings(
            session,
            {
                THRESHOLD_KEY: str(checked.small_segment_threshold),
                PHONE_COUNTRY_KEY: checked.phone_country or "",
                LABEL_PRESET_KEY: checked.label_preset,
            },
        )
    return checked
