"""The query side of the contact list: counts and pages, never all rows.

A list view asks for :func:`count_contacts` once per query and then for pages
of about 200 rows around what is on screen (:func:`fetch_page`). A page is
found by *keyset* when the caller knows the sort key of the row just before it
(scrolling down page after page), else by offset over the ids alone (a jump of
the scroll bar), and only then are the page's full records read, by id. With
the ``(sort_name, id)`` index either way costs milliseconds on a million rows.

Search matches every word the user typed (in any order) against the name,
company, email, phone, mobile and city, ignoring case; digits typed in a phone
format also match the stored E.164 numbers ("02 1234" finds "+39021234...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, false, func, or_, select, tuple_
from sqlalchemy.orm import Session

from segdesk.domain.fields import DEFAULT_CATALOGUE, Catalogue, FieldType
from segdesk.services.segments import member_query
from segdesk.store.contact_records import iter_records, unknown_fields
from segdesk.store.database import Store
from segdesk.store.models import Contact, Segment

__all__ = [
    "DEFAULT_COLUMNS",
    "PAGE_SIZE",
    "SORT_NAME",
    "ContactListQuery",
    "ContactRow",
    "Page",
    "SortKey",
    "count_contacts",
    "fetch_page",
    "ids_in_rows",
    "is_sortable",
    "list_columns",
    "matching_ids",
]

PAGE_SIZE = 200
SORT_NAME = "sort_name"  # the stored, accent-blind name key; not a catalogue field
DEFAULT_COLUMNS: tuple[str, ...] = (
    "full_name",
    "company",
    "email",
    "phone",
    "city",
    "last_contact_at",
    "total_spent",
)

# Sort expressions by field id. Columns that can never be NULL sort on their
# index with a plain row-value comparison; the others put empty values last.
_SORT_COLUMNS: dict[str, ColumnElement[Any]] = {
    SORT_NAME: Contact.sort_name.expression,
    "company": Contact.company_name.expression,
    "total_spent": Contact.total_spent_cents.expression,
    "annual_revenue": Contact.annual_revenue_cents.expression,
    **{
        name: getattr(Contact, name).expression
        for name in (
            "id kind first_name last_name full_name job_title email phone mobile website street postal_code "
            "city region country language birth_date gender education income_band industry legal_form "
            "employees stage source created_at email_ok phone_ok mail_ok cadence_days next_followup_at "
            "last_contact_at interaction_count first_purchase_at last_purchase_at purchase_count "
            "rfm_recency rfm_frequency rfm_monetary"
        ).split()
    },
}
_NOT_NULL = {SORT_NAME, "id", "kind", "full_name", "created_at", "interaction_count", "purchase_count",
             "total_spent", "email_ok", "phone_ok", "mail_ok"}  # fmt: skip

_SEARCH_COLUMNS: tuple[ColumnElement[Any], ...] = (
    Contact.full_name.expression,
    Contact.company_name.expression,
    Contact.email.expression,
    Contact.city.expression,
)
_PHONE_COLUMNS: tuple[ColumnElement[Any], ...] = (Contact.phone.expression, Contact.mobile.expression)
_PHONE_LIKE = re.compile(r"[\d\s()+./-]+")
_MIN_PHONE_DIGITS = 3
# A search matching fewer than one row in this many is sorted after a scan, not read in index order.
_SCAN_RATIO = 500

SortKey = tuple[Any, int]
"""The sort value and id of one row: where a keyset page starts after."""


@dataclass(frozen=True, slots=True)
class ContactListQuery:
    """Which contacts a list shows and in which order; plain, hashable data."""

    search: str = ""
    sort_field: str = SORT_NAME
    descending: bool = False
    followups_due_by: date | None = None  # only contacts whose next follow-up is on or before this day
    contact_ids: frozenset[int] | None = None  # only these (a hand-picked list); None: no limit
    segment_id: int | None = None  # only the members of this saved segment...
    segment_on: date | None = None  # ...as of this day (rules with relative dates)

    def __post_init__(self) -> None:
        if not is_sortable(self.sort_field):
            raise ValueError(f"cannot sort contacts by {self.sort_field!r}")


@dataclass(frozen=True, slots=True)
class ContactRow:
    """One contact of a page: its id, where it sorts, and the requested columns' values."""

    id: int
    key: SortKey
    values: tuple[Any, ...]

    def value(self, columns: Sequence[str], field_id: str) -> Any:
        return self.values[columns.index(field_id)]


@dataclass(frozen=True, slots=True)
class Page:
    offset: int
    rows: list[ContactRow] = field(default_factory=list)

    @property
    def last_key(self) -> SortKey | None:
        return self.rows[-1].key if self.rows else None


def is_sortable(field_id: str) -> bool:
    return field_id in _SORT_COLUMNS


def list_columns(catalogue: Catalogue = DEFAULT_CATALOGUE) -> list[str]:
    """Field ids a contact list can show as columns, in catalogue order."""
    return [f.id for f in catalogue if f.type is not FieldType.SEGMENT]


# -- filtering ---------------------------------------------------------------


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _contains(column: ColumnElement[Any], text: str, dialect: str) -> ColumnElement[bool]:
    pattern = f"%{_escape_like(text)}%"
    if dialect != "sqlite":
        return column.ilike(pattern, escape="\\")
    # SQLite's LIKE ignores case for ASCII only (and lower() is ASCII-only too);
    # for other letters try the spellings a name is usually written in.
    if text.isascii():
        return column.like(pattern, escape="\\")
    variants = dict.fromkeys((text, text.lower(), text.upper(), text.capitalize(), text.title()))
    return or_(*(column.like(f"%{_escape_like(v)}%", escape="\\") for v in variants))


def _phone_digits(search: str) -> str | None:
    """The digits of ``search`` if it looks like (part of) a phone number."""
    text = search.strip()
    if not _PHONE_LIKE.fullmatch(text):
        return None
    digits = re.sub(r"\D", "", text)
    if len(digits) < _MIN_PHONE_DIGITS:
        return None
    return digits


def search_condition(search: str, dialect: str) -> ColumnElement[bool] | None:
    """Every word in some searched column, or the digits in a phone number; None for no search."""
    words = search.split()
    if not words:
        return None
    by_words = and_(*(or_(*(_contains(c, w, dialect) for c in (*_SEARCH_COLUMNS, *_PHONE_COLUMNS)))
                      for w in words))  # fmt: skip
    digits = _phone_digits(search)
    if digits is None:
        return by_words
    # Stored numbers are E.164 (+33612...): a national number typed with its
    # trunk zero (06 12...) is found without it too.
    candidates = [digits]
    if digits.startswith("0") and not digits.startswith("00") and len(digits) > _MIN_PHONE_DIGITS:
        candidates.append(digits[1:])
    elif digits.startswith("00"):
        candidates.append(digits[2:])
    by_phone = or_(*(c.like(f"%{d}%") for c in _PHONE_COLUMNS for d in candidates))
    return or_(by_words, by_phone)


def _conditions(query: ContactListQuery, dialect: str, session: Session) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    found = search_condition(query.search, dialect)
    if found is not None:
        where.append(found)
    if query.followups_due_by is not None:
        where.append(Contact.next_followup_at <= query.followups_due_by)
    if query.contact_ids is not None:
        where.append(Contact.id.in_(sorted(query.contact_ids)) if query.contact_ids else false())
    if query.segment_id is not None:
        where.append(_segment_members(session, query.segment_id, query.segment_on or date.today()))
    return where


def _segment_members(session: Session, segment_id: int, today: date) -> ColumnElement[bool]:
    """Membership of a saved segment, as a subquery the list's own query embeds."""
    name = session.scalar(select(Segment.name).where(Segment.id == segment_id))
    if name is None:
        return false()
    return Contact.id.in_(member_query(session, today, segment=name))


# -- ordering ------------------------------------------------------------------


def _order_by(
    query: ContactListQuery, column: ColumnElement[Any], ident: ColumnElement[Any], *, reverse: bool = False
) -> list[ColumnElement[Any]]:
    """The list's order; ``reverse``: exactly that order backwards (empty values then come first)."""
    if query.descending != reverse:
        first, tie = column.desc(), ident.desc()
    else:
        first, tie = column.asc(), ident.asc()
    if query.sort_field not in _NOT_NULL:
        first = first.nulls_first() if reverse else first.nulls_last()
    return [first, tie] if query.sort_field != "id" else [tie]


def _beyond(
    query: ContactListQuery,
    key: SortKey,
    column: ColumnElement[Any],
    ident: ColumnElement[Any],
    *,
    forward: bool = True,
) -> ColumnElement[bool]:
    """Rows that sort strictly after (``forward``) or before the row whose sort value and id are ``key``."""
    value, row_id = key
    up = forward != query.descending  # compare upwards: greater values come next

    def cmp(left: Any, right: Any) -> ColumnElement[bool]:
        return left > right if up else left < right  # type: ignore[no-any-return]

    if query.sort_field == "id":
        return cmp(ident, row_id)
    if query.sort_field in _NOT_NULL:
        return cmp(tuple_(column, ident), tuple_(value, row_id))
    # Empty values come last in both directions, ordered among themselves by id.
    if value is None:
        if forward:
            return and_(column.is_(None), cmp(ident, row_id))
        return or_(column.is_not(None), and_(column.is_(None), cmp(ident, row_id)))
    same = and_(column == value, cmp(ident, row_id))
    if forward:
        return or_(cmp(column, value), same, column.is_(None))
    return or_(cmp(column, value), same)


# -- the use cases ---------------------------------------------------------------


def _filtered(select_: Select[Any], query: ContactListQuery, dialect: str, session: Session) -> Select[Any]:
    conditions = _conditions(query, dialect, session)
    return select_.where(*conditions) if conditions else select_


def count_contacts(store: Store, query: ContactListQuery) -> int:
    """How many contacts the list shows."""
    with store.sessions() as session:
        return _count(session, query, store.engine.dialect.name)


def _count(session: Session, query: ContactListQuery, dialect: str) -> int:
    statement = _filtered(select(func.count()).select_from(Contact), query, dialect, session)
    return int(session.scalar(statement) or 0)


def fetch_page(
    store: Store,
    query: ContactListQuery,
    columns: Sequence[str],
    offset: int,
    limit: int = PAGE_SIZE,
    *,
    after: SortKey | None = None,
    total: int | None = None,
    today: date | None = None,
    catalogue: Catalogue = DEFAULT_CATALOGUE,
) -> Page:
    """The rows ``offset`` … ``offset + limit - 1`` of the list, with the values of ``columns``.

    Pass ``after``, the key of row ``offset - 1``, when it is known: the page is
    then found by keyset on the index instead of counting ``offset`` rows. Pass
    ``total``, the list's count, when it is known: a search with few matches in
    a big table is then read in one scan instead of by walking the whole name
    index. Values are plain Python (``str``, ``int``, ``Decimal`` for money,
    ``date``, ``bool``, ``frozenset`` for sets, ``None`` for empty).
    """
    if offset < 0 or limit < 0:
        raise ValueError("offset and limit must not be negative")
    bad = unknown_fields(columns, catalogue)
    if bad:
        raise ValueError(f"unknown column(s): {', '.join(bad)}")
    dialect = store.engine.dialect.name
    column: ColumnElement[Any]
    ident: ColumnElement[Any]
    with store.sessions() as session:
        matches = _filtered(
            select(Contact.id.label("id"), _SORT_COLUMNS[query.sort_field].label("sort_value")).select_from(
                Contact
            ),
            query,
            dialect,
            session,
        )
        if (
            total is not None
            and query.search.strip()
            and total * _SCAN_RATIO < _count(session, ContactListQuery(), dialect)
        ):
            # Few matches: collect them first, then sort only those.
            found = matches.cte("matches").prefix_with("MATERIALIZED")
            column, ident = found.c.sort_value, found.c.id
            ids = select(ident, column)
        else:
            column, ident = _SORT_COLUMNS[query.sort_field], Contact.id.expression
            ids = matches
        if after is not None:
            ids = ids.where(_beyond(query, after, column, ident)).order_by(*_order_by(query, column, ident))
            ids = ids.limit(limit)
        elif total is not None and total // 2 < offset < total:
            # Near the end (a jump to the last rows): count back from the end, in reverse order.
            ids = ids.order_by(*_order_by(query, column, ident, reverse=True))
            ids = ids.offset(max(0, total - offset - limit)).limit(min(limit, total - offset))
        else:
            ids = ids.order_by(*_order_by(query, column, ident)).offset(offset).limit(limit)
        keys = [(row[0], row[1]) for row in session.execute(ids)]
        if after is None and total is not None and total // 2 < offset < total:
            keys.reverse()
        if not keys:
            return Page(offset)
        wanted = [row_id for row_id, _ in keys]
        records = {
            record["id"]: record
            for record in iter_records(
                session,
                select(Contact.id).where(Contact.id.in_(wanted)),
                ["id", *columns],
                today or date.today(),
                chunk=max(limit, 1),
            )
        }
    rows = [
        ContactRow(row_id, (sort_value, row_id), tuple(records[row_id][c] for c in columns))
        for row_id, sort_value in keys
        if row_id in records  # deleted between the two reads
    ]
    return Page(offset, rows)


def row_of(store: Store, query: ContactListQuery, contact_id: int) -> int | None:
    """The position of a contact in the list (to keep it selected after a change); None if not in it."""
    dialect = store.engine.dialect.name
    column = _SORT_COLUMNS[query.sort_field]
    with store.sessions() as session:
        found = session.execute(
            _filtered(select(column).select_from(Contact), query, dialect, session).where(
                Contact.id == contact_id
            )
        ).first()
        if found is None:
            return None
        before = _filtered(select(func.count()).select_from(Contact), query, dialect, session).where(
            _beyond(query, (found[0], contact_id), column, Contact.id.expression, forward=False)
        )
        return int(session.scalar(before) or 0)


def matching_ids(store: Store, query: ContactListQuery) -> Select[Any]:
    """``SELECT contacts.id`` of the contacts the list shows (for exports and bulk actions)."""
    with store.sessions() as session:
        return _filtered(select(Contact.id), query, store.engine.dialect.name, session)


def ids_in_rows(store: Store, query: ContactListQuery, ranges: Sequence[tuple[int, int]]) -> list[int]:
    """The ids of rows ``first`` … ``last`` (both included) of each range, in list order, no repeats.

    A list's selection is a few ranges of rows; this reads their ids without
    reading the rows, a whole million-row list included.
    """
    dialect = store.engine.dialect.name
    column = _SORT_COLUMNS[query.sort_field]
    ident = Contact.id.expression
    found: dict[int, None] = {}
    with store.sessions() as session:
        ordered = _filtered(select(ident).select_from(Contact), query, dialect, session).order_by(
            *_order_by(query, column, ident)
        )
        for first, last in sorted(ranges):
            if last < first or last < 0:
                continue
            first = max(first, 0)
            for row_id in session.scalars(ordered.offset(first).limit(last - first + 1)):
                found[row_id] = None
    return list(found)
