"""Rows prepared for the driver's executemany are what SQLAlchemy's own type processing gives."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import create_engine

from segdesk.services.imports.write import contacts, insert_statement

COLUMNS = ("email_ok", "created_at", "birth_date", "city")
ROWS = st.lists(
    st.tuples(
        st.sampled_from([True, False, 1, 0, None]),  # True and 1 are equal dict keys
        st.sampled_from([datetime(2026, 11, 24, 9, 30), datetime(2026, 1, 2), None]),
        st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2030, 1, 1))),
        st.sampled_from(["Milano", "Łódź", None]),
    ),
    max_size=30,
)
ENGINE = create_engine("sqlite://")


@given(ROWS)
def test_each_distinct_value_is_converted_once_as_sqlalchemy_would(rows: list[tuple[Any, ...]]) -> None:
    with ENGINE.connect() as connection:
        dialect = connection.dialect
        expected = []
        for row in rows:
            converted = []
            for name, value in zip(COLUMNS, row, strict=True):
                processor = contacts.c[name].type.dialect_impl(dialect).bind_processor(dialect)
                converted.append(processor(value) if processor else value)
            expected.append(tuple(converted))
        sql, prepared = insert_statement(connection, contacts, COLUMNS, rows)
    assert prepared == expected
    assert sql == "INSERT INTO contacts (email_ok, created_at, birth_date, city) VALUES (?, ?, ?, ?)"
