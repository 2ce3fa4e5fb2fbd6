"""The fast row check (column by column, each distinct cell read once, in chunks, in helper processes)
gives exactly the drafts and problems of the simple one (row by row, every cell read on its own)."""

from __future__ import annotations

import multiprocessing
import random
from datetime import date

import pytest
from email_validator import EmailNotValidError, validate_email
from hypothesis import given, settings
from hypothesis import strategies as st

from segdesk.io import row_chunks
from segdesk.io.errors import ValueProblem
from segdesk.io.mapping import ColumnMapping
from segdesk.io.rows import RowOptions, check_rows, check_rows_simple, plan_check
from segdesk.io.tables import Table
from segdesk.io.values import parse_email
from segdesk.services.imports import checking
from segdesk.services.imports.checking import ImportCancelled, validate_table

TODAY = date(2026, 11, 24)
HEADERS = ["Name", "Email", "Phone", "Country", "Birthday", "Tags", "City", "Gender", "Employees", "Kind"]
TARGETS: list[str | None] = [
    "full_name", "email", "phone", "country", "birth_date", "tags", "city", "gender", "employees", "kind",
]  # fmt: skip
CELLS = [
    ["Mario Rossi", "Rossi, Mario", "Zoë Ñúñez", "", "  ", "'=Evil Cell", "n/a", "x" * 250],
    ["mario@example.it", "Jürgen.Müller@Example.DE", "bad@@x", "info@Example.com", "", "a@localhost"],
    ["02 1234 5678", "+48 22 123 45 67", "0039 333 123 4567", "12", "333 1234567", "tel:+33-6-12-34-56", ""],
    ["Italia", "Polska", "FR", "Atlantis", "", "Deutschland"],
    ["25/12/1980", "03/04/1990", "1990-02-30", "0/0/00", "31415", "yesterday", ""],
    ["vip; clienti", "a,b,a", "x" * 70, "", "nuovi ::: vip"],
    ["Milano", "Kraków", "", "-", "Zürich"],
    ["F", "uomo", "maybe", ""],
    ["12", "1.250", "-3", "mille", ""],
    ["", "company", "person", "azienda", "alien"],
]


def _table(rows: list[list[str]]) -> Table:
    return Table(HEADERS, rows, "csv")


def _check(table: Table, country: str | None = "IT"):  # type: ignore[no-untyped-def]
    return plan_check(table, ColumnMapping(TARGETS, {}, {}), RowOptions(TODAY, country, "it"))


row_strategy = st.lists(
    st.tuples(*(st.sampled_from(cells) for cells in CELLS), st.sampled_from([[], [], [], ["extra"], [""]])),
    min_size=0,
    max_size=40,
)


def _rows(drawn: list[tuple[object, ...]]) -> list[list[str]]:
    rows = []
    for cells in drawn:
        *values, extra = cells
        rows.append([str(v) for v in values] + list(extra))  # type: ignore[call-overload]
    return rows


@settings(max_examples=150, deadline=None)
@given(row_strategy, st.sampled_from(["IT", "PL", None]), st.integers(min_value=1, max_value=7))
def test_column_by_column_with_a_cache_equals_row_by_row(drawn, country, chunk) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(drawn)
    check, _ = _check(_table(rows), country)
    expected = check_rows_simple(check, rows)
    assert check_rows(check, rows) == expected
    drafts, problems = [], []
    for start in range(0, len(rows), chunk):
        part = check_rows(check, rows[start : start + chunk], start)
        drafts += part[0]
        problems += part[1]
    assert (drafts, problems) == expected


def _big_table(count: int) -> Table:
    r = random.Random(8)
    return _table([[r.choice(cells) for cells in CELLS] + r.choice([[], ["extra"]]) for _ in range(count)])


@pytest.mark.parametrize("start_method", ["fork", "spawn"])
def test_the_process_pool_gives_the_same_rows_and_problems(
    monkeypatch: pytest.MonkeyPatch, start_method: str
) -> None:
    """Forked helpers read the rows they inherited, spawned ones get them pickled: the same result."""
    if start_method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"no {start_method} on this system")
    monkeypatch.setattr(checking, "_context", lambda: multiprocessing.get_context(start_method))
    monkeypatch.setattr(checking, "CHUNK_ROWS", 300)
    monkeypatch.setattr(checking, "pool_workers", lambda rows, pool_min_rows: 2 if not pool_min_rows else 0)
    started: list[int] = []
    pooled_check = checking._in_pool
    monkeypatch.setattr(checking, "_in_pool", lambda *a: started.append(1) or pooled_check(*a))
    table = _big_table(2_000)
    check, problems = _check(table)
    drafts, row_problems = check_rows_simple(check, table.rows)
    seen: list[tuple[str, int, int]] = []
    options = RowOptions(TODAY, "IT", "it")
    mapping = ColumnMapping(TARGETS, {}, {})
    pooled = validate_table(table, mapping, options, progress=lambda *a: seen.append(a), pool_min_rows=0)
    assert pooled.drafts == drafts and pooled.problems == problems + row_problems
    assert seen[0] == ("check", 0, 2_000) and seen[-1] == ("check", 2_000, 2_000) and started
    assert row_chunks._inherited_rows is None  # not kept alive after the check
    here = validate_table(table, mapping, options, pool_min_rows=10_000)  # small: no pool
    assert here.drafts == drafts and here.problems == pooled.problems


def test_cancel_stops_the_check_between_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checking, "CHUNK_ROWS", 300)
    monkeypatch.setattr(checking, "pool_workers", lambda rows, pool_min_rows: 2 if not pool_min_rows else 0)
    table = _big_table(2_000)
    calls: list[int] = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    for pool_min_rows in (0, 10_000):
        calls.clear()
        with pytest.raises(ImportCancelled):
            validate_table(
                table,
                ColumnMapping(TARGETS, {}, {}),
                RowOptions(TODAY, "IT", "it"),
                cancelled=cancelled,
                pool_min_rows=pool_min_rows,
            )


LOCAL = st.lists(
    st.sampled_from([*"abcXYZ09._+-'", *"éüłñÆßİǅʰ日本", "e\u0301", "\u0301", "\u200b", " "]),
    min_size=1,
    max_size=14,
).map("".join)
ROLE = st.sampled_from(["info", "Info", "POSTMASTER", "sales", "webmaster"])
DOMAIN = st.from_regex(
    r"[a-zA-Z0-9-]{1,10}(\.[a-zA-Z0-9-]{1,8}){0,2}\.(it|DE|test|local|c0m|x)", fullmatch=True
)


@settings(max_examples=400)
@given(st.one_of(LOCAL, ROLE), DOMAIN)
def test_the_fast_email_check_agrees_with_email_validator_on_any_letters(local: str, domain: str) -> None:
    text = f"{local}@{domain}"
    try:
        expected: str | None = validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError:
        expected = None
    try:
        found: str | None = parse_email(text)
    except ValueProblem:
        found = None
    assert found == expected


def test_small_files_and_single_cores_do_not_start_a_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checking, "_workers", lambda: 2)
    assert checking.pool_workers(1_000) == 0
    assert checking.pool_workers(100_000) == 2
    monkeypatch.setattr(checking, "_workers", lambda: 8)
    assert checking.pool_workers(35_000) == 4  # one chunk of 10,000 rows per helper at most
    monkeypatch.setattr(checking, "_workers", lambda: 1)
    assert checking.pool_workers(100_000) == 0
