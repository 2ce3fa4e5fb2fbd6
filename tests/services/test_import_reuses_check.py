"""The real import reuses its dry run's check (the wizard's two steps check every row once),
and gives exactly what an import that checks again gives."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from segdesk.services.imports import import_table, propose, read_source
from segdesk.services.imports import run as import_run
from segdesk.services.imports.plan import check
from segdesk.store.base import Base
from segdesk.store.database import Store
from tests.conftest import open_backend
from tests.factories import make_contact
from tests.io.support import options

# Row 3 is row 2 again (merged into it when the user chooses "update"), Luca names a company
# further down the file, and Anna, in two rows, is already in the database.
TEXT = (
    "Kind,First name,Last name,Company,Email,Phone,Tags\n"
    "person,Mario,Rossi,,mario@example.it,02 1234 5678,vip\n"
    "person,Mario,Rossi,,mario@example.it,,nuovi\n"
    "person,Luca,Bianchi,Bianchi Caffè,luca@bianchi.example.it,,\n"
    "company,,,Bianchi Caffè,info@bianchi.example.it,,\n"
    "person,Anna,Verdi,,anna@example.it,333 123 4567,clienti\n"
    "person,Anna,Verdi,,anna@example.it,,fedeli\n"
    "person,Zoë,Nowak,,not-an-email,,\n"
)
NAME = "clienti.csv"
SKIPPED = frozenset({"created_at", "updated_at", "imported_at", "recorded_at", "mapping_json"})


@pytest.fixture
def counted_checks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One entry per time the rows are checked by the import service."""
    calls: list[int] = []
    check_rows = import_run.validate_table

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return check_rows(*args, **kwargs)

    monkeypatch.setattr(import_run, "validate_table", counting)
    return calls


def _file(tmp_path: Path, text: str = TEXT) -> Path:
    path = tmp_path / "clienti.csv"
    path.write_text(text, encoding="utf-8")
    return path


def _with_anna(store: Store) -> None:
    with store.transaction() as session:
        make_contact(session, first_name="Anna", last_name="Verdi", email="anna@example.it", city="Roma")


def _contents(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, without the columns that say when it was written."""
    found: dict[str, list[tuple[Any, ...]]] = {}
    with store.engine.connect() as connection:
        for name, table in Base.metadata.tables.items():
            columns = [c for c in table.columns if c.name not in SKIPPED]
            found[name] = sorted((tuple(r) for r in connection.execute(select(*columns))), key=repr)
    return found


def test_the_real_import_reuses_the_dry_runs_check_and_writes_the_same(
    store: Store, tmp_path: Path, counted_checks: list[int]
) -> None:
    text = TEXT.replace("not-an-email", "zoe@example.pl")
    _with_anna(store)
    table = read_source(_file(tmp_path, text))
    mapping = propose(store, table)
    choice = options(on_duplicate="update")
    fresh = check(table, mapping, choice, {}).drafts

    dry = import_table(store, table, mapping, choice, file_name=NAME, dry_run=True)
    assert counted_checks == [1] and dry.checked is not None
    assert (dry.created, dry.updated, dry.skipped) == (4, 1, 1)
    assert dry.checked.validation.drafts == fresh

    report = import_table(store, table, mapping, choice, file_name=NAME, checked=dry.checked)
    assert counted_checks == [1]  # not checked again
    assert report.written and report.checked is dry.checked
    assert (report.created, report.updated, report.skipped) == (dry.created, dry.updated, dry.skipped)
    # The merge of row 3 into row 2 and Luca's company link changed copies, not the kept check.
    assert dry.checked.validation.drafts == fresh
    assert "company_id" not in next(d for d in fresh if d.values.get("first_name") == "Luca").values

    # The same two steps checking twice, in a database of the same kind (a PostgreSQL dry run
    # uses up ids too).
    backend = "postgres" if store.engine.dialect.name == "postgresql" else "sqlite"
    for other in open_backend(backend, tmp_path / "checked-twice.sqlite3"):
        _with_anna(other)
        again_table = read_source(_file(tmp_path, text))
        for dry_run in (True, False):
            again = import_table(other, again_table, mapping, choice, file_name=NAME, dry_run=dry_run)
        assert counted_checks == [1, 1, 1]
        assert _contents(other) == _contents(store)
        assert (again.created, again.updated, again.skipped) == (
            report.created,
            report.updated,
            report.skipped,
        )


def test_the_problems_found_once_are_reported_by_every_run(
    sqlite_store: Store, tmp_path: Path, counted_checks: list[int]
) -> None:
    table = read_source(_file(tmp_path))
    mapping = propose(sqlite_store, table)
    checked = import_table(sqlite_store, table, mapping, options(), file_name="f.csv", dry_run=True).checked
    for dry_run in (True, False):
        report = import_table(
            sqlite_store, table, mapping, options(), file_name="f.csv", dry_run=dry_run, checked=checked
        )
        assert [(p.row, p.column) for p in report.errors] == [(8, "Email")]
        assert not report.written
    assert counted_checks == [1]
    assert len(checked.validation.problems) == 1  # the reports' own notes are not added to it


def test_a_choice_per_duplicate_made_after_the_dry_run_keeps_the_check(
    sqlite_store: Store, tmp_path: Path, counted_checks: list[int]
) -> None:
    _with_anna(sqlite_store)
    table = read_source(_file(tmp_path, TEXT.replace("not-an-email", "zoe@example.pl")))
    mapping = propose(sqlite_store, table)
    dry = import_table(sqlite_store, table, mapping, options(), file_name="f.csv", dry_run=True)
    anna = next(m.row for m in dry.matches if m.contact_id is not None)
    report = import_table(
        sqlite_store,
        table,
        mapping,
        options(decisions={anna: "keep"}),
        file_name="f.csv",
        checked=dry.checked,
    )
    assert counted_checks == [1]
    assert report.created == dry.created + 1  # Anna kept as a second contact


@pytest.mark.parametrize("change", ["mapping edited in place", "another country", "the file read again"])
def test_a_check_that_no_longer_fits_is_done_again(
    sqlite_store: Store, tmp_path: Path, counted_checks: list[int], change: str
) -> None:
    path = _file(tmp_path)
    table = read_source(path)
    mapping = propose(sqlite_store, table)
    checked = import_table(sqlite_store, table, mapping, options(), file_name="f.csv", dry_run=True).checked
    choice = options()
    if change == "mapping edited in place":
        mapping.targets[mapping.targets.index("email")] = None  # Zoë's bad address is no longer read
    elif change == "another country":
        choice = options(country="PL")
    else:
        table = read_source(path)
    report = import_table(sqlite_store, table, mapping, choice, file_name="f.csv", checked=checked)
    assert counted_checks == [1, 1]
    assert report.checked is not checked
    assert report.written == (change == "mapping edited in place")


def test_options_that_make_no_sense_are_refused_even_with_a_check(
    sqlite_store: Store, tmp_path: Path
) -> None:
    table = read_source(_file(tmp_path))
    mapping = propose(sqlite_store, table)
    checked = import_table(sqlite_store, table, mapping, options(), file_name="f.csv", dry_run=True).checked
    with pytest.raises(Exception, match="Unknown choice for duplicates"):
        import_table(
            sqlite_store, table, mapping, options(on_duplicate="merge"), file_name="f.csv", checked=checked
        )
