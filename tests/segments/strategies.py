"""Hypothesis strategies: small random worlds and valid rule trees over all fields and operators."""

from __future__ import annotations

import functools
from datetime import date, datetime, time, timedelta
from typing import Any

from hypothesis import strategies as st

from segdesk.domain.fields import PERIODS, UNITS, Field, FieldType
from segdesk.domain.rules import Condition, Group, Node, Window
from tests.segments.world import CATALOGUE, NEEDS, PRODUCTS, TAGS, TEAM, Order, Person, SavedSegment, World

STORED_TEXTS = [
    "Łódź",
    "łódź",
    "ŁÓDŹ",
    "Straße",
    "STRASSE",
    "ẞ",
    "İ",
    "i̇",
    "ΟΔΟΣ",
    "οδοσ",
    "ﬁ",
    "Fi",
    "a%b",
    "A_B",
    " ",
]
RULE_TEXTS = [
    "łódź",
    "ŁÓDŹ",
    "strasse",
    "Straße",
    "ß",
    "SS",
    "İ",
    "i̇",
    "ς",
    "οδος",
    "fi",
    "ﬁ",
    "%",
    "_",
    "a%b",
    "a_b",
    "dź",
    "ab",
    "Ł",
]
SET_VALUES = [*TAGS.values(), *NEEDS.values(), *PRODUCTS.values(), "VIP", "esp-1", "STRASSE", "łódź", "x"]
SEGMENT_NAMES = ["A", "B", "S"]
TODAYS = [
    date(2024, 2, 29),
    date(2023, 2, 28),
    date(2024, 2, 28),
    date(2023, 12, 31),
    date(2024, 3, 31),
    date(2025, 1, 1),
]
FIELDS = [f for f in CATALOGUE if f.type is not FieldType.SEGMENT]
ALL_FIELDS = list(CATALOGUE)
FOCUS = [  # fields with the trickiest SQL, drawn more often
    CATALOGUE[f]
    for f in (
        "avg_order_value total_spent purchase_count age birth_date city tags products custom.note "
        "custom.score custom.renewal created_at industry employees annual_revenue stage "
        "preferred_channel owner"
    ).split()
]

todays = st.sampled_from(TODAYS) | st.dates(date(2020, 1, 1), date(2026, 12, 31))
windows = st.builds(Window, st.integers(0, 14), st.sampled_from(UNITS))
rule_numbers = st.integers(-2, 12) | st.sampled_from(
    [0.5, 1.5, 19.99, 0.01, 0.005, 0.51, 1.005, 10.5, 2.5, 0.125]
)


FIXED_DAYS = [date(2020, 2, 29), date(2024, 2, 29), date(2023, 2, 28), date(2023, 3, 1)]


def _near(days: int = 800) -> st.SearchStrategy[int | date]:
    """A day offset from today (resolved by :func:`_day`) or a fixed awkward date."""
    return st.integers(-days, days) | st.sampled_from(FIXED_DAYS)


def _day(value: int | date, today: date) -> date:
    return value if isinstance(value, date) else today + timedelta(days=value)


def _stamp(value: int | date, today: date, hour: int) -> datetime:
    return datetime.combine(_day(value, today), time(hour % 24, 30))


def _cased(options: tuple[str, ...]) -> st.SearchStrategy[str]:
    return st.sampled_from([v for o in options for v in dict.fromkeys((o, o.upper(), o.title()))])


SHORT_TEXTS = ["IT", "it", "It", "PL", "pl", "ẞ", "ß", "ss", "SS", "Ł", "ł"]
SHORT_FIELDS = {"country", "language"}


def _stored(fld: Field) -> st.SearchStrategy[Any]:
    kind = fld.type
    if kind in (FieldType.TEXT, FieldType.CHOICE):
        pool = _cased(fld.options) if fld.options else st.sampled_from(STORED_TEXTS)
        if fld.id in SHORT_FIELDS:
            pool = st.sampled_from(SHORT_TEXTS)
        if fld.id == "full_name":
            return st.just("") | pool
        return st.none() | st.just("") | pool
    if kind is FieldType.DATE:
        return st.none() | _near()
    if kind is FieldType.BOOLEAN:
        return st.booleans()
    return st.none() | st.integers(-2, 12)


CONTACT_COLUMNS = (
    "first_name last_name full_name job_title email phone mobile website street postal_code city region "
    "country language birth_date gender education income_band stage source cadence_days next_followup_at "
    "rfm_recency rfm_frequency rfm_monetary email_ok phone_ok mail_ok industry legal_form employees"
).split()
contact_values = st.fixed_dictionaries(
    {
        "company_name": _stored(CATALOGUE["company"]),
        "annual_revenue_cents": st.none() | st.sampled_from([0, 1, 99, 100, 150, 1000050]),
        "owner_id": st.none() | st.sampled_from(list(TEAM)),
        "created_at": st.tuples(_near(), st.integers(0, 23)),
    },
    optional={name: _stored(CATALOGUE[name]) for name in CONTACT_COLUMNS},
)
custom_values = st.fixed_dictionaries(
    {},
    optional={
        "renewal": _near(),
        "score": st.sampled_from([0.5, 1.5, 19.99, 2.0, -1.0, 0.125, 10.0]),
        "note": st.sampled_from([*STORED_TEXTS, ""]),
    },
)
order_values = st.tuples(
    _near(400),
    st.integers(0, 23),
    st.sampled_from(["online", "in_store"]),
    st.sampled_from([0, 1, 2, 50, 51, 101, 150, 1000, 1001]),
    st.lists(st.tuples(st.sampled_from(list(PRODUCTS)), st.integers(0, 500)), max_size=2),
)
person_values = st.tuples(
    contact_values,
    custom_values,
    st.sets(st.sampled_from(list(TAGS)), max_size=3),
    st.sets(st.sampled_from(list(NEEDS)), max_size=2),
    st.lists(order_values, max_size=3),
    st.lists(st.tuples(_near(200), st.integers(0, 23)), max_size=3),
    st.booleans(),
    st.integers(0, 10),
)


def make_person(contact_id: int, today: date, company_ids: list[int], drawn: tuple[Any, ...]) -> Person:
    values, custom, tags, needs, orders, interactions, is_company, company_pick = drawn
    values = dict(values)
    for name, value in values.items():
        if name in CONTACT_COLUMNS and CATALOGUE[name].type is FieldType.DATE and value is not None:
            values[name] = _day(value, today)
    created_day, created_hour = values["created_at"]
    values["created_at"] = _stamp(created_day, today, created_hour)
    values["interaction_count"] = 0
    if contact_id in company_ids:
        values["kind"] = "company"
    else:
        values["kind"] = "company" if is_company and not company_ids else "person"
        if company_ids and company_pick < len(company_ids):
            values["company_id"] = company_ids[company_pick]
    if "renewal" in custom:
        custom = {**custom, "renewal": _day(custom["renewal"], today)}
    return Person(
        contact_id,
        values,
        tags=set(tags),
        needs=set(needs),
        orders=[Order(_stamp(d, today, h), ch, total, list(lines)) for d, h, ch, total, lines in orders],
        interactions=[_stamp(d, today, h) for d, h in interactions],
        custom=custom,
    )


@functools.cache
def rule_value(fld: Field, op: str, segments: bool) -> st.SearchStrategy[object]:
    kind = fld.type
    if op in ("is_empty", "is_not_empty", "is_true", "is_false"):
        return st.none()
    if kind is FieldType.SEGMENT:
        return st.sampled_from(SEGMENT_NAMES if segments else ["S"])
    if kind in (FieldType.NUMBER, FieldType.MONEY):
        if op == "between":
            return st.lists(rule_numbers, min_size=2, max_size=2).map(sorted)
        return rule_numbers
    if kind is FieldType.DATE:
        iso = st.dates(date(2019, 1, 1), date(2027, 12, 31)).map(date.isoformat)
        if op == "between":
            return st.lists(iso, min_size=2, max_size=2).map(sorted)
        if op == "in_period":
            return st.sampled_from(PERIODS)
        if op in ("on", "before", "after"):
            return iso
        return windows.map(Window.to_json)
    if fld.options:
        pool: st.SearchStrategy[str] = _cased(fld.options)
    elif fld.id in SHORT_FIELDS:
        pool = st.sampled_from(SHORT_TEXTS)
    elif kind is FieldType.SET:
        pool = st.sampled_from(SET_VALUES)
    else:
        pool = st.sampled_from(RULE_TEXTS)
    if op in ("in", "not_in", "includes_any", "includes_all", "excludes_any"):
        return st.lists(pool, min_size=1, max_size=3)
    return pool


_OPTIONAL_WINDOWS = st.none() | windows


@st.composite
def _conditions(draw: st.DrawFn, segments: bool) -> Condition:
    fld = draw(st.sampled_from(ALL_FIELDS if segments else FIELDS) | st.sampled_from(FOCUS))
    op = draw(st.sampled_from(fld.operators))
    window = draw(_OPTIONAL_WINDOWS) if fld.accepts_window else None
    return Condition(fld.id, op, draw(rule_value(fld, op, segments)), window)


@functools.cache
def conditions(segments: bool = True) -> st.SearchStrategy[Condition]:
    return _conditions(segments)


@functools.cache
def trees(segments: bool = True, max_leaves: int = 8) -> st.SearchStrategy[Group]:
    def groups(children: st.SearchStrategy[Node]) -> st.SearchStrategy[Group]:
        return st.builds(
            Group, st.sampled_from(["all", "any", "none"]), st.lists(children, min_size=1, max_size=3)
        )

    nodes = st.recursive(conditions(segments), groups, max_leaves=max_leaves)
    return st.builds(Group, st.sampled_from(["all", "any", "none"]), st.lists(nodes, min_size=0, max_size=3))


@functools.cache
def _entries(count: int) -> st.SearchStrategy[dict[int, str]]:
    if not count:
        return st.just({})
    return st.dictionaries(
        st.integers(1, count), st.sampled_from(["member", "include", "exclude"]), max_size=3
    )


@st.composite
def worlds(draw: st.DrawFn, today: date) -> World:
    count = draw(st.integers(0, 8))
    company_ids = draw(st.lists(st.integers(1, count), max_size=2, unique=True)) if count else []
    persons = [make_person(i, today, company_ids, draw(person_values)) for i in range(1, count + 1)]
    entries = _entries(count)
    segments = [
        SavedSegment(1, "A", draw(trees(segments=False, max_leaves=3)), draw(entries)),
        SavedSegment(
            2,
            "B",
            Group("any", [draw(conditions(segments=False)), Condition("segment", "in_segment", "A")]),
            draw(entries),
        ),
        SavedSegment(3, "S", None, draw(entries)),
    ]
    return World(persons, segments)
