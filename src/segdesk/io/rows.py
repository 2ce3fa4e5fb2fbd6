"""Rows of a mapped table checked and turned into contact drafts, with a message per bad cell.

No database here: the drafts hold the values as they will be stored (E.164
phones, ISO countries, dates, cents); the service matches them with existing
contacts and writes them. Every problem names the row as the user counts it,
the column by its header, and what is wrong, in the user's language.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from typing import Any

from segdesk.domain import i18n
from segdesk.domain.fields import CUSTOM_PREFIX
from segdesk.io import values as v
from segdesk.io.columns import (
    DateReader,
    NumberReader,
    detect_date_order,
    detect_decimal_separator,
    has_slashed_dates,
)
from segdesk.io.countries import country_code
from segdesk.io.errors import ValueProblem
from segdesk.io.mapping import TARGETS, ColumnMapping
from segdesk.io.tables import Table

__all__ = [
    "COLUMN_OF",
    "ColumnCheck",
    "Draft",
    "HasProblems",
    "Problem",
    "RowCheck",
    "RowOptions",
    "Validation",
    "check_rows",
    "check_rows_simple",
    "plan_check",
    "validate_rows",
]

# Import target -> contacts column, where they differ.
COLUMN_OF = {"company": "company_name", "annual_revenue": "annual_revenue_cents"}
MAX_LENGTH = {
    "first_name": 200,
    "last_name": 200,
    "company_name": 200,
    "job_title": 200,
    "email": 200,
    "website": 200,
    "street": 200,
    "city": 200,
    "region": 200,
    "postal_code": 20,
    "industry": 60,
    "legal_form": 60,
    "source": 60,
    "owner": 200,
    "tags": 60,
    "needs": 60,
}
CONSENT_CHANNEL = {"email_ok": "email", "phone_ok": "phone", "mail_ok": "post"}
EMPTY_WORDS = frozenset(
    {"unspecified", "unknown", "n/a", "na", "-", "?", "none", "non specificato", "inconnu"}
)
ORDER_FIRST = ("country", "address")  # read before phones, which need the row's country


@dataclass(frozen=True)
class Problem:
    row: int | None  # None: about the whole file or column
    column: str | None
    message: str
    error: bool = True

    def text(self) -> str:
        if self.row is not None and self.column is not None:
            template = i18n.translate("Import", "Row %1, column “%2”: %3")
            return i18n.fill(template, self.row, self.column, self.message)
        if self.row is not None:
            return i18n.fill(i18n.translate("Import", "Row %1: %2"), self.row, self.message)
        if self.column is not None:
            return i18n.fill(i18n.translate("Import", "Column “%1”: %2"), self.column, self.message)
        return self.message


@dataclass(slots=True)
class Draft:
    """One contact as the file says it; ``values`` are contacts columns."""

    row: int
    values: dict[str, Any] = field(default_factory=dict)
    owner: str | None = None
    tags: list[str] = field(default_factory=list)
    needs: list[str] = field(default_factory=list)
    custom: dict[str, Any] = field(default_factory=dict)
    consent: dict[str, bool] = field(default_factory=dict)  # channel -> granted
    consent_at: datetime | None = None

    def copy(self) -> Draft:
        """A copy an import may change (merging later rows, linking a company) without touching this."""
        return Draft(
            self.row,
            dict(self.values),
            self.owner,
            list(self.tags),
            list(self.needs),
            dict(self.custom),
            dict(self.consent),
            self.consent_at,
        )


@dataclass(frozen=True)
class RowOptions:
    today: date
    country: str | None = None  # for phone numbers written without +
    language: str = "en"
    custom_types: Mapping[str, str] = field(default_factory=dict)  # custom key -> text/number/date


class HasProblems:
    """The errors and the warnings among ``problems`` (kept in row order)."""

    problems: list[Problem]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.error]


@dataclass
class Validation(HasProblems):
    drafts: list[Draft]
    problems: list[Problem]  # errors and warnings, in row order


Reader = Callable[[str, Draft], Any]
Storer = Callable[[Draft, Any], object]
# What a cell comes to: None when empty, else (value to store or None, problem message or None).
Outcome = tuple[Any, str | None] | None


@dataclass(frozen=True)
class ColumnCheck:
    """How one mapped column is read; plain data, so a worker process can rebuild the reader."""

    index: int
    header: str
    target: str
    kind: str  # text, email, phone, date, datetime, number, integer, money, choice, set, ...
    date_order: str = "dmy"
    decimal: str = "."


@dataclass(frozen=True)
class RowCheck:
    """Everything needed to check any slice of a table's rows, decided once from the whole columns."""

    columns: tuple[ColumnCheck, ...]  # in reading order: countries first (phones need them)
    constants: tuple[tuple[str, Any], ...]  # target, value for every row (already read)
    width: int
    first_row_number: int
    today: date
    country: str | None


def plan_check(table: Table, mapping: ColumnMapping, options: RowOptions) -> tuple[RowCheck, list[Problem]]:
    """How every column will be read, with the problems about whole columns (ambiguous dates...)."""
    date_default = "mdy" if options.country == "US" else "dmy"
    decimal_default = "." if options.language == "en" else ","
    problems: list[Problem] = []
    columns: list[ColumnCheck] = []
    for index, target in enumerate(mapping.targets):
        if target is None:
            continue
        header = table.headers[index]
        kind = TARGETS.get(target) or mapping.custom_fields.get(target[len(CUSTOM_PREFIX) :], ("",))[0]
        if target.startswith(CUSTOM_PREFIX):
            kind = options.custom_types.get(target[len(CUSTOM_PREFIX) :], kind) or "text"
        column = ColumnCheck(index, header, target, kind or "text", date_order=date_default)
        if kind == "date":
            cells = [row[index] for row in table.rows if index < len(row)]
            order, decided = detect_date_order(cells, date_default)
            if not decided and has_slashed_dates(cells):
                ambiguous = (
                    i18n.translate("Import", "dates could be day/month or month/day; read as day/month/year")
                    if order == "dmy"
                    else i18n.translate(
                        "Import", "dates could be day/month or month/day; read as month/day/year"
                    )
                )
                problems.append(Problem(None, header, ambiguous, error=False))
            column = replace(column, date_order=order)
        elif kind in ("number", "integer", "money"):
            cells = [row[index] for row in table.rows if index < len(row)]
            column = replace(column, decimal=detect_decimal_separator(cells, decimal_default))
        columns.append(column)
    columns.sort(key=lambda c: (c.target not in ORDER_FIRST, c.index))
    constants: list[tuple[str, Any]] = []
    for target, text in mapping.constants.items():
        stored: Any
        try:
            value = _SIMPLE_READERS.get(TARGETS.get(target, ""), _text)(text, Draft(0))
            stored, message = _check_value(target, value)
        except ValueProblem as exc:
            stored, message = None, str(exc)
        if message is not None:
            problems.append(Problem(None, target, message))
        elif stored is not None:
            constants.append((target, stored))
    check = RowCheck(
        tuple(columns),
        tuple(constants),
        len(table.headers),
        table.first_row_number,
        options.today,
        options.country,
    )
    return check, problems


def _reader(column: ColumnCheck, check: RowCheck) -> Reader:
    kind = column.kind
    if kind == "datetime":
        return _datetime_reader(DateReader(column.date_order, check.today))
    if kind == "date":
        return _date_reader(DateReader(column.date_order, check.today))
    if kind in ("number", "integer", "money"):
        return _number_reader(NumberReader(column.decimal), kind)
    if kind == "phone":
        return _phone_reader(check.country)
    if kind == "choice":
        return _choice_reader(column.target)
    return _SIMPLE_READERS.get(kind, _text)


def _text(text: str, draft: Draft) -> str:
    return text


def _date_reader(dates: DateReader) -> Reader:
    return lambda text, draft: dates.parse(text)


def _datetime_reader(dates: DateReader) -> Reader:
    def read(text: str, draft: Draft) -> datetime | None:
        try:
            return datetime.fromisoformat(text.replace("/", "-")).replace(tzinfo=None, microsecond=0)
        except ValueError:
            day = dates.parse(text)
            return None if day is None else datetime.combine(day, time(0, 0))

    return read


def _number_reader(numbers: NumberReader, kind: str) -> Reader:
    if kind == "integer":
        return lambda text, draft: numbers.whole(text)
    if kind == "money":
        return lambda text, draft: numbers.cents(text)
    return lambda text, draft: float(numbers.parse(text))


def _phone_reader(default_country: str | None) -> Reader:
    return lambda text, draft: v.parse_phone(text, draft.values.get("country") or default_country)


def _choice_reader(field_id: str) -> Reader:
    return lambda text, draft: v.parse_choice(field_id, text)


_SIMPLE_READERS: dict[str, Reader] = {
    "email": lambda text, draft: v.parse_email(text),
    "country": lambda text, draft: v.parse_country(text),
    "language": lambda text, draft: v.parse_language(text),
    "boolean": lambda text, draft: v.parse_bool(text),
    "set": lambda text, draft: v.split_tags(text.replace('"', "")),
    "name": lambda text, draft: v.split_name(text),
    "address": lambda text, draft: _mailchimp_address(text),
}


def _mailchimp_address(text: str) -> dict[str, str]:
    """Mailchimp's one-cell address: street, city, state, zip and country separated by two spaces."""
    parts = [p.strip() for p in text.split("  ") if p.strip()]
    if len(parts) < 5:
        return {"street": text}
    found = {"street": " ".join(parts[:-4]), "city": parts[-4], "region": parts[-3], "postal_code": parts[-2]}
    code = country_code(parts[-1])
    if code:
        found["country"] = code
    return found


def _too_long(column: str, value: str) -> str | None:
    limit = MAX_LENGTH.get(column)
    if limit is not None and len(value) > limit:
        return i18n.fill(i18n.translate("Import", "longer than %1 characters"), limit)
    return None


def _check_value(target: str, value: Any) -> tuple[Any, str | None]:
    """(what to store, problem): lengths checked; a too long address part keeps the parts before it."""
    if target.startswith(CUSTOM_PREFIX) or target in CONSENT_CHANNEL or target in ("consent_at", "full_name"):
        return value, None
    if target in ("tags", "needs"):
        for label in value:
            if (message := _too_long(target, label)) is not None:
                return None, message
        return value, None
    if target == "address":
        kept: dict[str, str] = {}
        for key, part in value.items():
            if (message := _too_long(key, part)) is not None:
                return kept, message
            kept[key] = part
        return value, None
    column = "owner" if target == "owner" else COLUMN_OF.get(target, target)
    if isinstance(value, str) and (message := _too_long(column, value)) is not None:
        return None, message
    return value, None


def _storer(target: str) -> Storer:
    """How a checked value goes into a draft (the first column for a target wins)."""
    if target.startswith(CUSTOM_PREFIX):
        key = target[len(CUSTOM_PREFIX) :]
        return lambda draft, value: draft.custom.setdefault(key, value)
    if target in ("tags", "needs"):
        return _tags_storer(target)
    if target in CONSENT_CHANNEL:
        channel = CONSENT_CHANNEL[target]
        return lambda draft, value: draft.consent.setdefault(channel, value)
    if target == "consent_at":
        return _store_consent_at
    if target == "owner":
        return _store_owner
    if target == "full_name":
        return _store_full_name
    if target == "address":
        return _store_address
    column = COLUMN_OF.get(target, target)
    return lambda draft, value: draft.values.setdefault(column, value)


def _tags_storer(target: str) -> Storer:
    def store(draft: Draft, value: list[str]) -> None:
        bucket = draft.tags if target == "tags" else draft.needs
        bucket += [label for label in value if label.casefold() not in {b.casefold() for b in bucket}]

    return store


def _store_consent_at(draft: Draft, value: datetime) -> None:
    draft.consent_at = draft.consent_at or value


def _store_owner(draft: Draft, value: str) -> None:
    draft.owner = draft.owner or value


def _store_full_name(draft: Draft, value: tuple[str, str]) -> None:
    first, last = value
    if draft.values.get("kind") == "company":
        draft.values.setdefault("company_name", f"{first} {last}".strip())
    draft.values.setdefault("first_name", first or None)
    draft.values.setdefault("last_name", last or None)


def _store_address(draft: Draft, value: dict[str, str]) -> None:
    for key, part in value.items():
        draft.values.setdefault(key, part)


def _read_cell(reader: Reader, target: str, cell: str, draft: Draft) -> Outcome:
    text = cell.strip()
    if text[:1] == "'":
        text = v.clean_cell(text)
    if not text or text.casefold() in EMPTY_WORDS:
        return None
    try:
        value = reader(text, draft)
    except ValueProblem as exc:
        return None, str(exc)
    if value is None:
        return None
    return _check_value(target, value)


def _too_many_cells(row: Sequence[str], width: int) -> bool:
    return len(row) > width and any(cell.strip() for cell in row[width:])


def _too_many_cells_problem(number: int, row: Sequence[str], width: int) -> Problem:
    template = i18n.translate(
        "Import", "it has %1 cells but the header has %2 (check the delimiter and the quotes)"
    )
    return Problem(number, None, i18n.fill(template, len(row), width))


def _finish(check: RowCheck, draft: Draft, drafts: list[Draft], problems: list[Problem]) -> None:
    for target, value in check.constants:
        _storer(target)(draft, value)
    if _has_identity(draft):
        _settle_kind(draft)
        drafts.append(draft)
    else:
        message = i18n.translate("Import", "no name, company, email or phone; the row is left out")
        problems.append(Problem(draft.row, None, message, error=False))


def check_rows(
    check: RowCheck, rows: Sequence[Sequence[str]], start: int = 0
) -> tuple[list[Draft], list[Problem]]:
    """Drafts and problems (in row order) for ``rows``, the table's rows from index ``start``.

    Column by column, each distinct cell read once (per country for phones): files repeat
    cities, countries, dates and tags a lot. Gives exactly what :func:`check_rows_simple` gives.
    """
    first = check.first_row_number + start
    width = check.width
    all_drafts = [Draft(first + i) for i in range(len(rows))]
    by_row: dict[int, list[Problem]] = {}
    refused = {i for i, row in enumerate(rows) if _too_many_cells(row, width)}
    live = [i for i in range(len(rows)) if i not in refused] if refused else range(len(rows))
    for column in check.columns:
        reader, store = _reader(column, check), _storer(column.target)
        ci, target, header = column.index, column.target, column.header
        by_country = column.kind == "phone"
        cache: dict[Any, Outcome] = {}
        for i in live:
            row = rows[i]
            cell = row[ci] if ci < len(row) else ""
            draft = all_drafts[i]
            key: Any = (cell, draft.values.get("country")) if by_country else cell
            try:
                outcome = cache[key]
            except KeyError:
                outcome = cache[key] = _read_cell(reader, target, cell, draft)
            if outcome is None:
                continue
            value, message = outcome
            if value is not None:
                store(draft, value)
            if message is not None:
                by_row.setdefault(i, []).append(Problem(draft.row, header, message))
    drafts: list[Draft] = []
    problems: list[Problem] = []
    for i, draft in enumerate(all_drafts):
        if i in refused:
            problems.append(_too_many_cells_problem(draft.row, rows[i], width))
            continue
        problems += by_row.get(i, ())
        _finish(check, draft, drafts, problems)
    return drafts, problems


def check_rows_simple(
    check: RowCheck, rows: Sequence[Sequence[str]], start: int = 0
) -> tuple[list[Draft], list[Problem]]:
    """The reference for :func:`check_rows`: row by row, every cell read on its own."""
    plan = [(column, _reader(column, check), _storer(column.target)) for column in check.columns]
    drafts: list[Draft] = []
    problems: list[Problem] = []
    for index, row in enumerate(rows):
        draft = Draft(check.first_row_number + start + index)
        if _too_many_cells(row, check.width):
            problems.append(_too_many_cells_problem(draft.row, row, check.width))
            continue
        for column, reader, store in plan:
            cell = row[column.index] if column.index < len(row) else ""
            outcome = _read_cell(reader, column.target, cell, draft)
            if outcome is None:
                continue
            value, message = outcome
            if value is not None:
                store(draft, value)
            if message is not None:
                problems.append(Problem(draft.row, column.header, message))
        _finish(check, draft, drafts, problems)
    return drafts, problems


def validate_rows(table: Table, mapping: ColumnMapping, options: RowOptions) -> Validation:
    check, problems = plan_check(table, mapping, options)
    drafts, row_problems = check_rows(check, table.rows)
    return Validation(drafts, problems + row_problems)


def _has_identity(draft: Draft) -> bool:
    values = draft.values
    return any(values.get(k) for k in ("first_name", "last_name", "company_name", "email", "phone", "mobile"))


def _settle_kind(draft: Draft) -> None:
    values = draft.values
    if "kind" not in values:
        is_company = values.get("company_name") and not (values.get("first_name") or values.get("last_name"))
        values["kind"] = "company" if is_company else "person"
