"""Writing an import inside the caller's transaction: Core inserts of lists of rows, never the ORM.

New contacts get ids reserved up front (under SQLite's write lock, or from the
PostgreSQL sequence), so contacts, their tags, needs, custom values and consent
records go in as plain executemany batches. Contacts that existed are updated
only where the file says something different, and their previous values are
kept in ``import_changes`` for undo. Summary columns stay true: new contacts'
consent flags are written with their consent records, updated contacts are
recomputed from the facts.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Table, bindparam, func, insert, select, text, update
from sqlalchemy.orm import Session

from segdesk.domain.names import full_name_for, sort_key, sort_name_for
from segdesk.io.rows import CONSENT_CHANNEL, Draft
from segdesk.services.imports.plan import Decisions, ImportCancelled, Progress
from segdesk.store import import_models as _import_models  # noqa: F401 - registers import_changes
from segdesk.store.base import Base
from segdesk.store.bulk_load import rebuilt_indexes
from segdesk.store.derived import recompute_summaries

__all__ = [
    "CHUNK",
    "NAME_COLUMNS",
    "Lookups",
    "insert_statement",
    "jsonable",
    "reserve_ids",
    "write_drafts",
]

CHUNK = 5_000
T = Base.metadata.tables
contacts: Table = T["contacts"]
NAME_COLUMNS = ("kind", "first_name", "last_name", "company_name")
FLAG_OF = {channel: column for column, channel in CONSENT_CHANNEL.items()}
NEW_ROW_DEFAULTS: dict[str, Any] = {
    "interaction_count": 0,
    "purchase_count": 0,
    "total_spent_cents": 0,
    "online_order_count": 0,
    "in_store_order_count": 0,
    "version": 1,
    "email_ok": False,
    "phone_ok": False,
    "mail_ok": False,
}
CUSTOM_COLUMN = {"text": "text_value", "number": "number_value", "date": "date_value"}
# Columns of a new contact that the writer fills (in this order after the draft's own).
_SET_BY_WRITER = ("id", "full_name", "sort_name", "owner_id", "created_at", "updated_at", "import_batch_id")
_DEFAULT_VALUES = tuple(NEW_ROW_DEFAULTS.values())


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def reserve_ids(session: Session, table: Table, count: int) -> list[int]:
    """``count`` fresh primary keys for ``table`` that no other writer will use."""
    if count == 0:
        return []
    if session.get_bind().dialect.name == "postgresql":
        rows = session.execute(
            text("SELECT nextval(pg_get_serial_sequence(:t, 'id')) FROM generate_series(1, :n)"),
            {"t": table.name, "n": count},
        )
        return [int(r[0]) for r in rows]
    # SQLite: the transaction began IMMEDIATE, so this connection holds the write lock.
    start = session.scalar(select(func.coalesce(func.max(table.c.id), 0))) or 0
    return list(range(start + 1, start + count + 1))


def insert_statement(
    connection: Connection, table: Table, columns: Sequence[str], rows: list[tuple[Any, ...]]
) -> tuple[str, list[tuple[Any, ...]]]:
    """The driver's INSERT for ``table`` and ``rows`` ready for its executemany.

    Values go through the same SQLAlchemy type processors a Core insert would use (SQLite
    stores dates as text), but without its per-row parameter handling, which costs as much
    as the insert itself on 100,000 rows. Table and column names come from the metadata.
    """
    dialect = connection.dialect
    processors = [
        (i, processor)
        for i, name in enumerate(columns)
        if (processor := table.c[name].type.dialect_impl(dialect).bind_processor(dialect)) is not None
    ]
    if processors and rows:
        columns_of_values = list(zip(*rows, strict=True))
        for i, processor in processors:
            columns_of_values[i] = _processed(columns_of_values[i], processor)
        rows = list(zip(*columns_of_values, strict=True))
    quote = dialect.identifier_preparer.quote
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)})"
        f" VALUES ({', '.join([mark] * len(columns))})"
    )
    return sql, rows


def _processed(values: Sequence[Any], processor: Callable[[Any], Any]) -> tuple[Any, ...]:
    """``processor`` applied to each value, once per distinct value (dates and flags repeat a lot)."""
    done: dict[tuple[type, Any], Any] = {}
    out = []
    for value in values:
        key = (value.__class__, value)  # True and 1 are equal keys but need not convert alike
        try:
            out.append(done[key])
        except KeyError:
            out.append(done.setdefault(key, processor(value)))
    return tuple(out)


def jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


class Lookups:
    """Names to ids for tags, needs and team members, creating the missing ones (remembered for undo)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.ids: dict[str, dict[str, int]] = {}
        self.created: dict[str, list[int]] = {"tags": [], "needs": [], "team_members": []}

    def resolve(self, table_name: str, names: Iterable[str]) -> None:
        table = T[table_name]
        known = self.ids.setdefault(table_name, {})
        if not known:
            for row_id, name in self.session.execute(select(table.c.id, table.c.name)):
                known.setdefault(name.casefold(), row_id)
        missing: dict[str, str] = {}
        for name in names:
            if name.casefold() not in known:
                missing.setdefault(name.casefold(), name)
        if not missing:
            return
        ids = reserve_ids(self.session, table, len(missing))
        self.session.execute(
            insert(table), [{"id": i, "name": n} for i, n in zip(ids, missing.values(), strict=True)]
        )
        for row_id, key in zip(ids, missing, strict=True):
            known[key] = row_id
        self.created[table_name] += ids

    def id_of(self, table_name: str, name: str) -> int:
        return self.ids[table_name][name.casefold()]


def create_custom_fields(session: Session, new_fields: dict[str, tuple[str, str]]) -> list[str]:
    custom_fields = T["custom_fields"]
    existing = set(session.scalars(select(custom_fields.c.key)))
    position = session.scalar(select(func.coalesce(func.max(custom_fields.c.position), 0))) or 0
    rows: list[dict[str, Any]] = []
    for key, (value_type, label) in new_fields.items():
        if key not in existing:
            position += 1
            rows.append({"key": key, "value_type": value_type, "label": label[:200], "position": position})
    if rows:
        session.execute(insert(custom_fields), rows)
    return [str(r["key"]) for r in rows]


class Writer:
    """One import's writes; counts what it did."""

    def __init__(
        self,
        session: Session,
        batch_id: int,
        now: datetime,
        custom_types: dict[str, str],
        *,
        explicit_kind: bool,
        consent_source: str,
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
        dry_run: bool = False,
    ) -> None:
        self.session, self.batch_id, self.now = session, batch_id, now
        self.dry_run = dry_run
        self.custom_types = custom_types
        self.explicit_kind = explicit_kind
        self.consent_source = consent_source
        self.progress, self.cancelled = progress, cancelled
        self.lookups = Lookups(session)
        self.created = self.updated = self.unchanged = 0

    def _tick(self, stage: str, done: int, total: int) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled
        if self.progress is not None:
            self.progress(stage, done, total)

    def resolve_names(self, drafts: Iterable[Draft]) -> None:
        tags: set[str] = set()
        needs: set[str] = set()
        owners: set[str] = set()
        for draft in drafts:
            tags.update(draft.tags)
            needs.update(draft.needs)
            if draft.owner:
                owners.add(draft.owner)
        self.lookups.resolve("tags", sorted(tags))
        self.lookups.resolve("needs", sorted(needs))
        self.lookups.resolve("team_members", sorted(owners))

    def _consent_rows(
        self, contact_id: int, consent: dict[str, bool], at: datetime | None
    ) -> list[dict[str, Any]]:
        return [
            {
                "contact_id": contact_id,
                "channel": channel,
                "granted": granted,
                "recorded_at": at or self.now,
                "source": self.consent_source,
                "wording": None,
            }
            for channel, granted in sorted(consent.items())
        ]

    def _custom_row(self, contact_id: int, key: str, value: Any) -> dict[str, Any]:
        row: dict[str, Any] = {
            "contact_id": contact_id,
            "field_key": key,
            "text_value": None,
            "number_value": None,
            "date_value": None,
        }
        row[CUSTOM_COLUMN[self.custom_types.get(key, "text")]] = value
        return row

    def link_companies(self, decisions: Decisions, ids: Sequence[int]) -> None:
        """Link people to the company their row names, when exactly one company has that name.

        Companies already in the database and those this import creates count; names are
        compared as the app sorts them (case and accents ignored). Nothing is created here.
        A linked draft is replaced by a copy with ``company_id``: the drafts given stay as they are.
        """
        named: dict[str, list[int]] = defaultdict(list)
        for cid, name in self.session.execute(
            select(contacts.c.id, contacts.c.full_name).where(contacts.c.kind == "company")
        ):
            named[sort_key(name)].append(cid)
        for cid, draft in zip(ids, decisions.create, strict=True):
            values = draft.values
            if values["kind"] == "company":
                names = (
                    values["kind"],
                    values.get("first_name"),
                    values.get("last_name"),
                    values.get("company_name"),
                )
                named[sort_key(full_name_for(*names))].append(cid)
        if not named:
            return
        for place, draft in enumerate(decisions.create):
            if (company_id := _company_of(draft, named)) is not None:
                decisions.create[place] = _with_company(draft, company_id)
        for contact_id, draft in decisions.update.items():
            if (company_id := _company_of(draft, named)) is not None:
                decisions.update[contact_id] = _with_company(draft, company_id)

    def create(self, drafts: Sequence[Draft], ids: Sequence[int]) -> None:
        columns = sorted(
            {key for draft in drafts for key in draft.values} - {*_SET_BY_WRITER, *NEW_ROW_DEFAULTS}
        )
        order = (*columns, *_SET_BY_WRITER, *NEW_ROW_DEFAULTS)
        # Companies first, so people of the same file can point at them (ids stay in row order).
        pairs = sorted(zip(ids, drafts, strict=True), key=lambda pair: pair[1].values["kind"] != "company")
        if self.dry_run:
            # New people are only counted: their rows would be rolled back anyway, and they are
            # most of a big file. New companies go in, for the updates that link people to them.
            pairs = [pair for pair in pairs if pair[1].values["kind"] == "company"]
        with rebuilt_indexes(self.session, contacts.name, len(pairs)):
            self._insert_new(pairs, columns, order)
        self.created += len(drafts)

    def _insert_new(
        self, pairs: Sequence[tuple[int, Draft]], columns: Sequence[str], order: Sequence[str]
    ) -> None:
        connection = self.session.connection()
        for start in range(0, len(pairs), CHUNK):
            self._tick("write", start, len(pairs))
            for sql, rows in self._new_chunk(connection, pairs[start : start + CHUNK], columns, order):
                connection.exec_driver_sql(sql, rows)

    def _new_chunk(
        self,
        connection: Connection,
        pairs: Sequence[tuple[int, Draft]],
        columns: Sequence[str],
        order: Sequence[str],
    ) -> list[tuple[str, list[tuple[Any, ...]]]]:
        """The INSERT statements and rows for new contacts and everything linked to them."""
        rows = [self._new_row(cid, draft, columns) for cid, draft in pairs]
        statements = [insert_statement(connection, contacts, order, rows)]
        links: dict[str, list[dict[str, Any]]] = defaultdict(list)
        tag_ids, need_ids = self.lookups.ids.get("tags", {}), self.lookups.ids.get("needs", {})
        for cid, draft in pairs:
            if draft.tags:
                links["contact_tags"] += [
                    {"contact_id": cid, "tag_id": tag_ids[t.casefold()]} for t in draft.tags
                ]
            if draft.needs:
                links["contact_needs"] += [
                    {"contact_id": cid, "need_id": need_ids[n.casefold()]} for n in draft.needs
                ]
            if draft.custom:
                links["custom_values"] += [self._custom_row(cid, k, v) for k, v in draft.custom.items()]
            if draft.consent:
                links["consent_records"] += self._consent_rows(cid, draft.consent, draft.consent_at)
        for table_name, link_rows in links.items():
            if link_rows:
                names = tuple(link_rows[0])
                statements.append(
                    insert_statement(connection, T[table_name], names, [tuple(r.values()) for r in link_rows])
                )
        return statements

    def _new_row(self, contact_id: int, draft: Draft, columns: Sequence[str]) -> tuple[Any, ...]:
        """The contacts row in the order ``(*columns, *_SET_BY_WRITER, *NEW_ROW_DEFAULTS)``."""
        values = draft.values
        names = (
            values["kind"],
            values.get("first_name"),
            values.get("last_name"),
            values.get("company_name"),
        )
        flags = _DEFAULT_VALUES
        if draft.consent:
            defaults = dict(NEW_ROW_DEFAULTS)
            for channel, granted in draft.consent.items():
                defaults[FLAG_OF[channel]] = granted
            flags = tuple(defaults.values())
        return (
            *[values.get(c) for c in columns],
            contact_id,
            full_name_for(*names)[:200],
            sort_name_for(*names)[:200],
            self.lookups.id_of("team_members", draft.owner) if draft.owner else None,
            self.now,
            self.now,
            self.batch_id,
            *flags,
        )

    def update(self, drafts: dict[int, Draft]) -> None:
        ids = sorted(drafts)
        for done, chunk in enumerate(_chunks(ids)):
            self._tick("update", done * CHUNK, len(ids))
            self._update_chunk({cid: drafts[cid] for cid in chunk})

    def _update_chunk(self, drafts: dict[int, Draft]) -> None:
        session, ids = self.session, list(drafts)
        current = {
            row["id"]: row
            for row in session.execute(select(contacts).where(contacts.c.id.in_(ids))).mappings()
        }
        have: dict[str, dict[int, set[int]]] = {}
        for table_name, column in (("contact_tags", "tag_id"), ("contact_needs", "need_id")):
            table, found = T[table_name], defaultdict(set)
            for cid, other in session.execute(
                select(table.c.contact_id, table.c[column]).where(table.c.contact_id.in_(ids))
            ):
                found[cid].add(other)
            have[table_name] = found
        cv = T["custom_values"]
        custom: dict[int, dict[str, Any]] = defaultdict(dict)
        for row in session.execute(select(cv).where(cv.c.contact_id.in_(ids))).mappings():
            custom[row["contact_id"]][row["field_key"]] = row
        statements: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        links: dict[str, list[dict[str, Any]]] = defaultdict(list)
        changes: list[dict[str, Any]] = []
        custom_deletes: list[dict[str, Any]] = []
        consent_changed: list[int] = []
        for cid, draft in drafts.items():
            old = current.get(cid)
            if old is None:  # deleted since the match: nothing to update
                continue
            before: dict[str, Any] = {"columns": {}, "tags": [], "needs": [], "custom": {}}
            new = self._changed_columns(old, draft, before)
            for table_name, column, names, kind in (
                ("contact_tags", "tag_id", draft.tags, "tags"),
                ("contact_needs", "need_id", draft.needs, "needs"),
            ):
                wanted = {self.lookups.id_of(kind, n) for n in names}
                added = sorted(wanted - have[table_name].get(cid, set()))
                before[kind] = added
                links[table_name] += [{"contact_id": cid, column: other} for other in added]
            for key, value in draft.custom.items():
                previous = custom[cid].get(key)
                column = CUSTOM_COLUMN[self.custom_types.get(key, "text")]
                if previous is not None and previous[column] == value:
                    continue
                before["custom"][key] = None if previous is None else jsonable(previous[column])
                custom_deletes.append({"_cid": cid, "_key": key})
                links["custom_values"].append(self._custom_row(cid, key, value))
            consent = {ch: granted for ch, granted in draft.consent.items() if old[FLAG_OF[ch]] != granted}
            if consent:
                links["consent_records"] += self._consent_rows(cid, consent, draft.consent_at)
                consent_changed.append(cid)
            if not (new or before["tags"] or before["needs"] or before["custom"] or consent):
                self.unchanged += 1
                continue
            before["columns"]["updated_at"] = jsonable(old["updated_at"])
            new.update(updated_at=self.now, version=old["version"] + 1)
            statements[tuple(sorted(new))].append({"_id": cid, **{"n_" + k: v for k, v in new.items()}})
            changes.append(
                {
                    "batch_id": self.batch_id,
                    "contact_id": cid,
                    "before_json": json.dumps(before),
                    "version_after": old["version"] + 1,
                }
            )
            self.updated += 1
        for keys, rows in statements.items():
            values: dict[str, Any] = {k: bindparam("n_" + k) for k in keys}
            session.execute(update(contacts).where(contacts.c.id == bindparam("_id")).values(values), rows)
        if custom_deletes:
            session.execute(
                cv.delete().where(cv.c.contact_id == bindparam("_cid"), cv.c.field_key == bindparam("_key")),
                custom_deletes,
            )
        for table_name, rows in links.items():
            if rows:
                session.execute(insert(T[table_name]), rows)
        if changes:
            session.execute(insert(T["import_changes"]), changes)
        if consent_changed:
            recompute_summaries(session, consent_changed)

    def _changed_columns(self, old: Any, draft: Draft, before: dict[str, Any]) -> dict[str, Any]:
        new: dict[str, Any] = {}
        for column, value in draft.values.items():
            if value is None or (column == "kind" and not self.explicit_kind):
                continue
            if old[column] != value:
                new[column] = value
        if draft.owner:
            owner_id = self.lookups.id_of("team_members", draft.owner)
            if old["owner_id"] != owner_id:
                new["owner_id"] = owner_id
        if any(c in new for c in NAME_COLUMNS):
            names = [new.get(c, old[c]) for c in NAME_COLUMNS]
            new["full_name"], new["sort_name"] = full_name_for(*names)[:200], sort_name_for(*names)[:200]
        for column in new:
            before["columns"][column] = jsonable(old[column])
        return new


def _company_of(draft: Draft, named: dict[str, list[int]]) -> int | None:
    """The id of the one company the draft's company name means, if it is to be linked."""
    values = draft.values
    company = values.get("company_name")
    if company and values.get("kind") != "company" and values.get("company_id") is None:
        found = named.get(sort_key(company), ())
        if len(found) == 1:
            return found[0]
    return None


def _with_company(draft: Draft, company_id: int) -> Draft:
    linked = draft.copy()
    linked.values["company_id"] = company_id
    return linked


def write_drafts(writer: Writer, decisions: Decisions) -> None:
    writer.resolve_names([*decisions.create, *decisions.update.values()])
    ids = reserve_ids(writer.session, contacts, len(decisions.create))
    writer.link_companies(decisions, ids)
    writer.create(decisions.create, ids)
    writer.update(decisions.update)
