"""Team mode: several people on one PostgreSQL database never lose an acknowledged write.

A Hypothesis state machine plays 2–5 users, each with its own ``Store`` (its own
engine and connections) on one database. They create, edit (with the version
they last read, as the editor does), log interactions, bulk-change tags, stage
and owner, undo those bulk changes, delete and restore. A model holds what every
acknowledged call must have left; a save over a version someone else has since
changed must be refused, and an undo never overwrites a change made after the bulk one.
Then real threads race bulk updates against single-contact saves.
"""

from __future__ import annotations

import os
import random
import threading
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any, ClassVar

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import select, text

from segdesk.services import contact_bulk, contacts, interactions
from segdesk.services.errors import UserError
from segdesk.store.base import Base
from segdesk.store.database import Store, open_store
from segdesk.store.models import AuditEntry, Contact, ContactTag, Tag, TeamMember
from tests.conftest import NO_PG_REASON, PG_URL_VAR, drop_postgres_database, new_postgres_database

TODAY = date(2026, 11, 24)
MAX_USERS = 5
CITIES = ("Kraków", "Gdańsk", "Milano", "Lyon", None)
TITLES = ("Chef", "Owner", None)
STAGES = ("lead", "new", "loyal", None)
TAGS = ("vip", "eco", "news")
TEAM = ("Marta", "Jan")


@dataclass(frozen=True)
class Expected:
    """What one contact must look like after every acknowledged call."""

    version: int
    city: str | None = None
    job_title: str | None = None
    stage: str | None = None
    owner: str | None = None
    tags: frozenset[str] = frozenset()
    interactions: int = 0


def _reset(store: Store) -> None:
    """Empty every table (the schema stays) and put the team back: one clean database per example."""
    names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with store.transaction() as session:
        session.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        session.add_all(TeamMember(name=name) for name in TEAM)


def _actual(store: Store) -> dict[int, Expected]:
    with store.sessions() as session:
        tags: dict[int, set[str]] = defaultdict(set)
        for contact_id, name in session.execute(
            select(ContactTag.contact_id, Tag.name).join(Tag, Tag.id == ContactTag.tag_id)
        ):
            tags[contact_id].add(name)
        rows = session.execute(
            select(
                Contact.id,
                Contact.version,
                Contact.city,
                Contact.job_title,
                Contact.stage,
                TeamMember.name,
                Contact.interaction_count,
            ).outerjoin(TeamMember, TeamMember.id == Contact.owner_id)
        ).all()
    return {
        row[0]: Expected(row[1], row[2], row[3], row[4], row[5], frozenset(tags[row[0]]), row[6])
        for row in rows
    }


changes_strategy = st.fixed_dictionaries(
    {},
    optional={
        "city": st.sampled_from(CITIES),
        "job_title": st.sampled_from(TITLES),
        "stage": st.sampled_from(STAGES),
        "owner": st.sampled_from((*TEAM, None)),
        "tags": st.sets(st.sampled_from(TAGS), max_size=2).map(frozenset),
    },
)


class TeamOnOneDatabase(RuleBasedStateMachine):
    """Users 0..n-1 share one database; ``seen[u]`` is the version user ``u`` last read of each contact."""

    stores: ClassVar[list[Store]] = []

    def __init__(self) -> None:
        super().__init__()
        _reset(self.stores[0])
        self.model: dict[int, Expected] = {}
        self.users = 2
        self.seen: list[dict[int, int]] = []
        self.deleted: list[tuple[contact_bulk.DeletedContacts, dict[int, Expected]]] = []
        self.undoable: list[Undoable] = []
        self.checks = 0

    def _store(self, user: int) -> Store:
        return self.stores[user % self.users]

    def _seen(self, user: int) -> dict[int, int]:
        return self.seen[user % self.users]

    @initialize(users=st.integers(2, MAX_USERS))
    def team(self, users: int) -> None:
        self.users = users
        self.seen = [{} for _ in range(users)]

    @rule(
        user=st.integers(0, MAX_USERS - 1),
        city=st.sampled_from(CITIES),
        stage=st.sampled_from(STAGES),
        owner=st.sampled_from((*TEAM, None)),
        tags=st.sets(st.sampled_from(TAGS), max_size=2).map(frozenset),
    )
    def create(
        self, user: int, city: str | None, stage: str | None, owner: str | None, tags: frozenset[str]
    ) -> None:
        values = {"first_name": "Ada", "last_name": f"U{user}", "city": city, "stage": stage}
        contact_id = contacts.create_contact(
            self._store(user), {**values, "owner": owner, "tags": sorted(tags)}, actor=f"u{user}"
        )
        assert contact_id not in self.model
        self.model[contact_id] = Expected(1, city, None, stage, owner, tags)
        self._seen(user)[contact_id] = 1

    @precondition(lambda self: bool(self.model))
    @rule(user=st.integers(0, MAX_USERS - 1), data=st.data())
    def read(self, user: int, data: st.DataObject) -> None:
        contact_id = data.draw(st.sampled_from(sorted(self.model)))
        details = contacts.get_contact(self._store(user), contact_id, TODAY)
        want = self.model[contact_id]
        got = details.values
        assert (details.version, got["city"], got["job_title"], got["stage"], got["owner"], got["tags"]) == (
            want.version, want.city, want.job_title, want.stage, want.owner, want.tags,
        )  # fmt: skip
        self._seen(user)[contact_id] = details.version

    @precondition(lambda self: any(self.seen))
    @rule(user=st.integers(0, MAX_USERS - 1), changes=changes_strategy, data=st.data())
    def edit(self, user: int, changes: dict[str, Any], data: st.DataObject) -> None:
        """Save with the version this user last read: refused if anyone wrote since, else applied exactly."""
        seen = self._seen(user)
        if not seen:
            return
        contact_id = data.draw(st.sampled_from(sorted(seen)))
        call = {**changes, "tags": sorted(changes["tags"])} if "tags" in changes else changes
        want = self.model.get(contact_id)
        store = self._store(user)
        if want is None:
            with pytest.raises(contacts.ContactNotFound):
                contacts.update_contact(
                    store, contact_id, call, expected_version=seen[contact_id], actor="u", today=TODAY
                )
            return
        if seen[contact_id] != want.version:
            with pytest.raises(contacts.EditConflict) as conflict:
                contacts.update_contact(
                    store, contact_id, call, expected_version=seen[contact_id], actor="u", today=TODAY
                )
            assert conflict.value.current_version == want.version
            return
        new_version = contacts.update_contact(
            store, contact_id, call, expected_version=seen[contact_id], actor="u", today=TODAY
        )
        after = replace(want, **changes)
        changed = after != want
        assert new_version == want.version + changed
        self.model[contact_id] = replace(after, version=new_version)
        seen[contact_id] = new_version

    @precondition(lambda self: any(self.seen))
    @rule(user=st.integers(0, MAX_USERS - 1), data=st.data())
    def log_interaction(self, user: int, data: st.DataObject) -> None:
        seen = self._seen(user)
        if not seen:
            return
        contact_id = data.draw(st.sampled_from(sorted(seen)))
        want = self.model.get(contact_id)
        if want is None:
            with pytest.raises(UserError, match="no contact"):
                interactions.log_contact(self._store(user), contact_id, channel="call", today=TODAY)
            return
        interactions.log_contact(self._store(user), contact_id, channel="call", today=TODAY)
        self.model[contact_id] = replace(want, interactions=want.interactions + 1)

    @precondition(lambda self: any(self.seen))
    @rule(
        user=st.integers(0, MAX_USERS - 1),
        action=st.sampled_from(("add_tag", "remove_tag", "set_stage", "set_owner")),
        tag=st.sampled_from(TAGS),
        stage=st.sampled_from(STAGES),
        owner=st.sampled_from((*TEAM, None)),
        data=st.data(),
    )
    def bulk(
        self, user: int, action: str, tag: str, stage: str | None, owner: str | None, data: st.DataObject
    ) -> None:
        """A bulk change on the contacts this user selected (some may be gone: deleted by someone else)."""
        seen = self._seen(user)
        if not seen:
            return
        picked = data.draw(st.lists(st.sampled_from(sorted(seen)), min_size=1, max_size=4, unique=True))
        store, actor = self._store(user), f"u{user}"
        after: dict[int, Expected] = {}
        for contact_id in picked:
            want = self.model.get(contact_id)
            if want is None:
                continue
            if action == "add_tag":
                after[contact_id] = replace(want, tags=want.tags | {tag})
            elif action == "remove_tag":
                after[contact_id] = replace(want, tags=want.tags - {tag})
            elif action == "set_stage":
                after[contact_id] = replace(want, stage=stage)
            else:
                after[contact_id] = replace(want, owner=owner)
        if action == "add_tag":
            change = contact_bulk.add_tag(store, picked, tag, actor=actor)
        elif action == "remove_tag":
            change = contact_bulk.remove_tag(store, picked, tag, actor=actor)
        elif action == "set_stage":
            change = contact_bulk.set_stage(store, picked, stage, actor=actor)
        else:
            change = contact_bulk.set_owner(store, picked, owner, actor=actor)
        changed = sorted(i for i, new in after.items() if new != self.model[i])
        assert sorted(change.changed_ids) == changed
        set_by = {"set_stage": ("stage", stage), "set_owner": ("owner", owner)}
        field, value = set_by.get(action, ("tags", tag))
        previous = {i: _field_value(self.model[i], field, value) for i in changed}
        for contact_id in changed:
            self.model[contact_id] = replace(after[contact_id], version=after[contact_id].version + 1)
        if changed:
            self.undoable.append(Undoable(change, field, value, previous))

    @precondition(lambda self: bool(self.undoable))
    @rule(user=st.integers(0, MAX_USERS - 1), meddle=st.booleans(), data=st.data())
    def undo_bulk(self, user: int, meddle: bool, data: st.DataObject) -> None:
        """Undo any earlier bulk change: only where its value is still there does the old one go back.

        With ``meddle`` another user first reads one of its contacts and saves that field anew:
        the undo must leave that save as it is.
        """
        pending = self.undoable.pop(data.draw(st.integers(0, len(self.undoable) - 1)))
        if meddle:
            self._save_field_since(user + 1, pending, data)
        tag = pending.value if pending.field == "tags" else None
        outcome = contact_bulk.undo_change(self._store(user), pending.change, actor=f"u{user}", tag=tag)
        restored = 0
        for contact_id, old in pending.previous.items():
            want = self.model.get(contact_id)
            set_by_bulk = (not old) if pending.field == "tags" else pending.value
            if want is None or _field_value(want, pending.field, pending.value) != set_by_bulk:
                continue  # deleted, or changed since: left as it is
            restored += 1
            if pending.field == "tags":
                tags = want.tags | {pending.value} if old else want.tags - {pending.value}
                self.model[contact_id] = replace(want, tags=tags, version=want.version + 1)
            else:
                self.model[contact_id] = replace(want, version=want.version + 1, **{pending.field: old})
        assert outcome == contact_bulk.UndoOutcome(restored, len(pending.previous) - restored)

    def _save_field_since(self, user: int, pending: Undoable, data: st.DataObject) -> None:
        alive = sorted(i for i in pending.previous if i in self.model)
        if not alive:
            return
        contact_id = data.draw(st.sampled_from(alive))
        want = self.model[contact_id]
        if pending.field == "tags":
            value: Any = sorted(want.tags ^ {pending.value})
        else:
            value = data.draw(st.sampled_from(STAGES if pending.field == "stage" else (*TEAM, None)))
        store = self._store(user)
        version = contacts.get_contact(store, contact_id, TODAY).version
        assert version == want.version
        new_version = contacts.update_contact(
            store, contact_id, {pending.field: value}, expected_version=version, actor="later", today=TODAY
        )
        changed = replace(want, **{pending.field: frozenset(value) if pending.field == "tags" else value})
        assert new_version == want.version + (changed != want)
        self.model[contact_id] = replace(changed, version=new_version)
        self._seen(user)[contact_id] = new_version

    @precondition(lambda self: any(self.seen))
    @rule(user=st.integers(0, MAX_USERS - 1), data=st.data())
    def delete(self, user: int, data: st.DataObject) -> None:
        seen = self._seen(user)
        if not seen:
            return
        picked = data.draw(st.lists(st.sampled_from(sorted(seen)), min_size=1, max_size=3, unique=True))
        deleted = contact_bulk.delete_contacts(self._store(user), picked, actor=f"u{user}")
        gone = {i: self.model.pop(i) for i in picked if i in self.model}
        assert sorted(deleted.rows.contact_ids) == sorted(gone)
        if gone:
            self.deleted.append((deleted, gone))

    @precondition(lambda self: bool(self.deleted))
    @rule(user=st.integers(0, MAX_USERS - 1))
    def restore(self, user: int) -> None:
        """Undo the latest delete: the contacts come back as they were, with their versions."""
        deleted, gone = self.deleted.pop()
        contact_bulk.undelete_contacts(self._store(user), deleted, actor=f"u{user}")
        self.model.update(gone)

    @invariant()
    def everyone_sees_every_acknowledged_write(self) -> None:
        if not self.seen:
            return
        self.checks += 1
        assert _actual(self._store(self.checks)) == self.model


@dataclass(frozen=True)
class Undoable:
    """A bulk change not undone yet: the value it set, and each changed contact's value before."""

    change: contact_bulk.BulkChange
    field: str  # stage, owner or tags
    value: Any  # the stage or owner set, or the tag added or removed
    previous: dict[int, Any]  # stage/owner before, or (tags) whether the contact had the tag


def _field_value(contact: Expected, field: str, value: Any) -> Any:
    """The contact's stage or owner, or (tags) whether it has the tag ``value``."""
    return value in contact.tags if field == "tags" else getattr(contact, field)


@pytest.fixture(scope="module")
def team_stores() -> Iterator[list[Store]]:
    """One database, one store (engine) per simulated user; the machine empties it before each example."""
    if not os.environ.get(PG_URL_VAR):
        pytest.skip(NO_PG_REASON)
    url = new_postgres_database()
    stores = [open_store(url) for _ in range(MAX_USERS)]
    yield stores
    for opened in stores:
        opened.close()
    drop_postgres_database(url)


def _run_machine(stores: list[Store], examples: int, steps: int) -> None:
    TeamOnOneDatabase.stores = stores
    run_state_machine_as_test(
        TeamOnOneDatabase,
        settings=settings(
            max_examples=examples,
            stateful_step_count=steps,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )


@pytest.mark.postgres
def test_no_acknowledged_write_is_lost_with_several_users(team_stores: list[Store]) -> None:
    _run_machine(team_stores, examples=25, steps=20)


@pytest.mark.slow
@pytest.mark.postgres
def test_no_acknowledged_write_is_lost_with_several_users_long_run(team_stores: list[Store]) -> None:
    _run_machine(team_stores, examples=300, steps=50)


# --- real threads -----------------------------------------------------------------------------------

EDITORS = 3
CONTACTS = 6
EDITS_PER_EDITOR = 40
BULK_ROUNDS = 30


@dataclass
class Race:
    saves: list[tuple[int, int, int, str]]  # acknowledged (contact, expected version, new version, city)
    bulk_bumps: Counter[int]  # contact -> acknowledged bulk changes that included it
    conflicts: int
    errors: list[BaseException]
    last_stage: str | None


def _open_team(backend: str, tmp_path: Path) -> Iterator[tuple[str, list[Store]]]:
    if backend == "sqlite":
        target = str(tmp_path / "team.sqlite3")
        stores = [open_store(target) for _ in range(EDITORS + 1)]
        yield target, stores
        for opened in stores:
            opened.close()
        return
    if not os.environ.get(PG_URL_VAR):
        pytest.skip(NO_PG_REASON)
    url = new_postgres_database()
    stores = [open_store(url) for _ in range(EDITORS + 1)]
    yield url, stores
    for opened in stores:
        opened.close()
    drop_postgres_database(url)


def _editor(store: Store, number: int, ids: list[int], race: Race, lock: threading.Lock) -> None:
    """Read, pause, save the city (and now and then the tags) with the version read."""
    rng = random.Random(number)
    for n in range(EDITS_PER_EDITOR):
        contact_id = rng.choice(ids)
        try:
            version = contacts.get_contact(store, contact_id, TODAY).version
            city = f"e{number}-{n}"
            changes: dict[str, Any] = {"city": city}
            if rng.random() < 0.3:
                changes["tags"] = rng.sample(["vip", f"e{number}"], k=rng.randint(0, 2))
            threading.Event().wait(rng.random() / 500)
            new_version = contacts.update_contact(
                store, contact_id, changes, expected_version=version, actor=f"e{number}", today=TODAY
            )
        except contacts.EditConflict:
            with lock:
                race.conflicts += 1
        except BaseException as exc:  # anything else is a failure the test reports
            with lock:
                race.errors.append(exc)
        else:
            with lock:
                race.saves.append((contact_id, version, new_version, city))


def _bulk(store: Store, ids: list[int], race: Race) -> None:
    """Stage and tag changes on every contact, one after another, as fast as it can."""
    stages = ("lead", "new", "loyal")
    try:
        for n in range(BULK_ROUNDS):
            if n % 2 == 0:
                race.last_stage = stages[n // 2 % 3]
                change = contact_bulk.set_stage(store, ids, race.last_stage, actor="bulk")
            elif n % 4 == 1:
                change = contact_bulk.add_tag(store, ids, "vip", actor="bulk")
            else:
                change = contact_bulk.remove_tag(store, ids, "vip", actor="bulk")
            race.bulk_bumps.update(change.changed_ids)
    except BaseException as exc:
        race.errors.append(exc)


def _forced_stale_save(editor: Store, bulk: Store, contact_id: int) -> None:
    """An editor reads, a bulk update lands, the editor's save must be refused and change nothing."""
    before = contacts.get_contact(editor, contact_id, TODAY)
    contact_bulk.add_tag(bulk, [contact_id], "forced", actor="bulk")
    with pytest.raises(contacts.EditConflict):
        contacts.update_contact(
            editor, contact_id, {"city": "stale"}, expected_version=before.version, actor="e", today=TODAY
        )
    after = contacts.get_contact(editor, contact_id, TODAY)
    assert after.version == before.version + 1 and after.values["city"] == before.values["city"]


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_bulk_updates_racing_single_saves_lose_nothing_and_let_no_stale_save_through(
    backend: str, tmp_path: Path
) -> None:
    opened = _open_team(backend, tmp_path)
    _target, stores = next(opened)
    try:
        ids = [
            contacts.create_contact(stores[0], {"first_name": f"C{n}"}, actor="t") for n in range(CONTACTS)
        ]
        _forced_stale_save(stores[1], stores[0], ids[0])
        race = Race([], Counter(), 0, [], None)
        race.bulk_bumps.update([ids[0]])  # the forced bulk above
        lock = threading.Lock()
        threads = [threading.Thread(target=_bulk, args=(stores[0], ids, race))]
        threads += [
            threading.Thread(target=_editor, args=(stores[1 + n], n, ids, race, lock)) for n in range(EDITORS)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=300)
        assert not race.errors, race.errors
        _check_race(stores[0], ids, race)
    finally:
        next(opened, None)


def _check_race(store: Store, ids: list[int], race: Race) -> None:
    actual = _actual(store)
    saves_of: dict[int, list[tuple[int, int, int, str]]] = defaultdict(list)
    for save in race.saves:
        saves_of[save[0]].append(save)
    for contact_id in ids:
        saves = saves_of[contact_id]
        bases = [expected for _cid, expected, _new, _city in saves]
        # Two acknowledged saves from the same version would mean one overwrote the other unseen.
        assert len(bases) == len(set(bases)), f"two saves of contact {contact_id} from one version"
        assert all(new == expected + 1 for _cid, expected, new, _city in saves)
        # Every acknowledged change took exactly one version step: none lost, none slipped in twice.
        assert actual[contact_id].version == 1 + len(saves) + race.bulk_bumps[contact_id]
        latest = max(saves, key=lambda save: save[1], default=None)
        assert actual[contact_id].city == (latest[3] if latest else None)
        assert actual[contact_id].stage == race.last_stage
    with store.sessions() as session:
        audited = Counter(
            session.scalars(
                select(AuditEntry.contact_id).where(
                    AuditEntry.action == "updated", AuditEntry.field == "city"
                )
            )
        )
    assert audited == Counter(save[0] for save in race.saves)
    assert race.saves, "no save got through at all"
