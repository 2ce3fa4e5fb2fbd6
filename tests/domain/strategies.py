"""Hypothesis strategies for rule trees and contact facts."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from segdesk.domain.fields import DEFAULT_CATALOGUE, PERIODS, UNITS, Field, FieldType
from segdesk.domain.rules import Condition, Group, Node, Window

TODAY_RANGE = (date(1999, 1, 1), date(2031, 12, 31))
TEXTS = ["milano", "Milano", "TORINO", "Roma", "ß", "SS", "a", "xa"]
TAGS = ["vip", "VIP", "newsletter", "espresso-1", "ESPRESSO-1", "ß"]
SEGMENTS = ["A", "B", "missing"]
FIELDS = [f for f in DEFAULT_CATALOGUE if f.id != "id"]

todays = st.dates(*TODAY_RANGE)
windows = st.builds(Window, st.integers(0, 40), st.sampled_from(UNITS))
numbers = st.integers(-3, 3) | st.sampled_from([0.5, 1.5, 19.99])


def _date_text(base: date = date(2015, 6, 15)) -> st.SearchStrategy[str]:
    return st.integers(-6000, 6000).map(lambda n: (base + timedelta(days=n)).isoformat())


def _ordered_pair(elements: st.SearchStrategy[Any]) -> st.SearchStrategy[list[Any]]:
    return st.lists(elements, min_size=2, max_size=2).map(sorted)


def value_for(fld: Field, op: str) -> st.SearchStrategy[object]:
    """A valid value for ``fld op``."""
    kind = fld.type
    if op in ("is_empty", "is_not_empty", "is_true", "is_false"):
        return st.none()
    if kind is FieldType.SEGMENT:
        return st.sampled_from(SEGMENTS)
    if kind in (FieldType.NUMBER, FieldType.MONEY):
        return _ordered_pair(numbers) if op == "between" else numbers
    if kind is FieldType.DATE:
        if op == "between":
            return _ordered_pair(_date_text())
        if op == "in_period":
            return st.sampled_from(PERIODS)
        if op in ("on", "before", "after"):
            return _date_text()
        return windows.map(Window.to_json)
    pool = list(fld.options) or (TAGS if kind is FieldType.SET else TEXTS)
    if op in ("in", "not_in", "includes_any", "includes_all", "excludes_any"):
        return st.lists(st.sampled_from(pool), min_size=1, max_size=3)
    return st.sampled_from(pool)


@st.composite
def valid_conditions(draw: st.DrawFn) -> Condition:
    fld = draw(st.sampled_from(FIELDS))
    op = draw(st.sampled_from(fld.operators))
    window = draw(st.none() | windows) if fld.accepts_window else None
    return Condition(fld.id, op, draw(value_for(fld, op)), window)


def _groups(children: st.SearchStrategy[Node], min_size: int) -> st.SearchStrategy[Group]:
    return st.builds(
        Group, st.sampled_from(["all", "any", "none"]), st.lists(children, min_size=min_size, max_size=4)
    )


def valid_nodes() -> st.SearchStrategy[Node]:
    return st.recursive(valid_conditions(), lambda inner: _groups(inner, 1), max_leaves=8)


def valid_trees() -> st.SearchStrategy[Group]:
    return _groups(valid_nodes(), 0)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3),
    max_leaves=6,
)

any_conditions = st.builds(
    Condition,
    st.text(min_size=1, max_size=8),
    st.text(min_size=1, max_size=8),
    json_values,
    st.none() | st.builds(Window, st.integers(), st.text(max_size=6)),
)


def any_trees() -> st.SearchStrategy[Group]:
    """Structurally valid trees with arbitrary field ids, operators and JSON values."""
    nodes = st.recursive(any_conditions, lambda inner: _groups(inner, 0), max_leaves=10)
    return _groups(nodes, 0)


def fact_for(fld: Field) -> st.SearchStrategy[object]:
    """A value a contact may have for ``fld`` (``None`` or empty included)."""
    kind = fld.type
    if kind in (FieldType.TEXT, FieldType.CHOICE):
        return st.none() | st.just("") | st.sampled_from(list(fld.options) or TEXTS)
    if kind in (FieldType.NUMBER, FieldType.MONEY):
        return st.none() | numbers | st.sampled_from([Decimal("19.99"), Decimal("1.50")])
    if kind is FieldType.DATE:
        return st.none() | st.dates(date(1990, 1, 1), date(2040, 12, 31)) | st.just(date(2000, 2, 29))
    if kind is FieldType.SET:
        return st.none() | st.sets(st.sampled_from(TAGS), max_size=3)
    if kind is FieldType.BOOLEAN:
        return st.none() | st.booleans()
    return st.none()


@st.composite
def contact_values(draw: st.DrawFn) -> dict[str, object]:
    values = {fld.id: draw(fact_for(fld)) for fld in FIELDS}
    values["id"] = draw(st.integers(1, 4))
    return values


def windowed_facts(data: st.DataObject, tree: Node) -> dict[tuple[str, Window], object]:
    """Values for every (field, window) pair ``tree`` uses."""
    out: dict[tuple[str, Window], object] = {}
    stack: list[Node] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, Group):
            stack.extend(node.rules)
        elif node.window is not None:
            out[(node.field, node.window)] = data.draw(fact_for(DEFAULT_CATALOGUE[node.field]))
    return out


segment_members = st.fixed_dictionaries(
    {"A": st.sets(st.integers(1, 4)), "B": st.sets(st.integers(1, 4))}
)
