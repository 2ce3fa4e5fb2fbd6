"""Rows of a mapped table checked and turned into contact drafts, with a message per bad cell.

No database here: the drafts hold the values as they will be stored (E.164
phones, ISO countries, dates, cents); the service matches them with existing
contacts and writes them. Every problem names the row as the user counts it,
the column by its header, and what is wrong, in the user's language.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
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

__all__ = ["COLUMN_OF", "Draft", "Problem", "RowOptions", "Validation", "validate_rows"]

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


@dataclass(frozen=True)
class RowOptions:
    today: date
    country: str | None = None  # for phone numbers written without +
    language: str = "en"
    custom_types: Mapping[str, str] = field(default_factory=dict)  # custom key -> text/number/date


@dataclass
class Validation:
    drafts: list[Draft]
    problems: list[Problem]  # errors and warnings, in row order

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.error]


Reader = Callable[[str, Draft], Any]


def _column_readers(
    table: Table, mapping: ColumnMapping, options: RowOptions, problems: list[Problem]
) -> list[tuple[int, str, str, Reader]]:
    """(column index, header, target, reader) for every mapped column, countries first."""
    date_default = "mdy" if options.country == "US" else "dmy"
    decimal_default = "." if options.language == "en" else ","
    plan: list[tuple[int, str, str, Reader]] = []
    for index, target in enumerate(mapping.targets):
        if target is None:
            continue
        header = table.headers[index]
        column = [row[index] for row in table.rows if index < len(row)]
        kind = TARGETS.get(target) or mapping.custom_fields.get(target[len(CUSTOM_PREFIX) :], ("",))[0]
        if target.startswith(CUSTOM_PREFIX):
            kind = options.custom_types.get(target[len(CUSTOM_PREFIX) :], kind) or "text"
        reader: Reader
        if kind == "datetime":
            reader = _datetime_reader(DateReader(date_default, options.today))
        elif kind == "date":
            order, decided = detect_date_order(column, date_default)
            if not decided and has_slashed_dates(column):
                message = (
                    i18n.translate("Import", "dates could be day/month or month/day; read as day/month/year")
                    if order == "dmy"
                    else i18n.translate(
                        "Import", "dates could be day/month or month/day; read as month/day/year"
                    )
                )
                problems.append(Problem(None, header, message, error=False))
            reader = _date_reader(DateReader(order, options.today))
        elif kind in ("number", "integer", "money"):
            reader = _number_reader(NumberReader(detect_decimal_separator(column, decimal_default)), kind)
        elif kind == "phone":
            reader = _phone_reader(options.country)
        elif kind == "choice":
            reader = _choice_reader(target)
        else:
            reader = _SIMPLE_READERS.get(kind, _text)
        plan.append((index, header, target, reader))
    plan.sort(key=lambda item: (item[2] not in ORDER_FIRST, item[0]))
    return plan


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


def _too_long(column: str, value: str) -> None:
    limit = MAX_LENGTH.get(column)
    if limit is not None and len(value) > limit:
        raise ValueProblem(i18n.fill(i18n.translate("Import", "longer than %1 characters"), limit))


def _put(draft: Draft, target: str, value: Any) -> None:
    if target.startswith(CUSTOM_PREFIX):
        draft.custom.setdefault(target[len(CUSTOM_PREFIX) :], value)
    elif target in ("tags", "needs"):
        for label in value:
            _too_long(target, label)
        bucket = draft.tags if target == "tags" else draft.needs
        bucket += [label for label in value if label.casefold() not in {b.casefold() for b in bucket}]
    elif target in CONSENT_CHANNEL:
        draft.consent.setdefault(CONSENT_CHANNEL[target], value)
    elif target == "consent_at":
        draft.consent_at = draft.consent_at or value
    elif target == "owner":
        _too_long("owner", value)
        draft.owner = draft.owner or value
    elif target == "full_name":
        first, last = value
        if draft.values.get("kind") == "company":
            draft.values.setdefault("company_name", f"{first} {last}".strip())
        draft.values.setdefault("first_name", first or None)
        draft.values.setdefault("last_name", last or None)
    elif target == "address":
        for key, part in value.items():
            _too_long(key, part)
            draft.values.setdefault(key, part)
    else:
        column = COLUMN_OF.get(target, target)
        if isinstance(value, str):
            _too_long(column, value)
        draft.values.setdefault(column, value)


def validate_rows(table: Table, mapping: ColumnMapping, options: RowOptions) -> Validation:
    problems: list[Problem] = []
    plan = _column_readers(table, mapping, options, problems)
    constants: list[tuple[str, Any]] = []
    for target, text in mapping.constants.items():
        try:
            constants.append((target, _SIMPLE_READERS.get(TARGETS.get(target, ""), _text)(text, Draft(0))))
        except ValueProblem as exc:
            problems.append(Problem(None, target, str(exc)))
    width = len(table.headers)
    drafts: list[Draft] = []
    for index, row in enumerate(table.rows):
        number = table.row_number(index)
        if len(row) > width and any(cell.strip() for cell in row[width:]):
            problems.append(
                Problem(
                    number,
                    None,
                    i18n.fill(
                        i18n.translate(
                            "Import",
                            "it has %1 cells but the header has %2 (check the delimiter and the quotes)",
                        ),
                        len(row),
                        width,
                    ),
                )
            )
            continue
        draft = Draft(number)
        for column, header, target, reader in plan:
            text = row[column].strip() if column < len(row) else ""
            if text[:1] == "'":
                text = v.clean_cell(text)
            if not text or text.casefold() in EMPTY_WORDS:
                continue
            try:
                value = reader(text, draft)
                if value is not None:
                    _put(draft, target, value)
            except ValueProblem as exc:
                problems.append(Problem(number, header, str(exc)))
        for target, value in constants:
            _put(draft, target, value)
        if _has_identity(draft):
            _settle_kind(draft)
            drafts.append(draft)
        else:
            problems.append(
                Problem(
                    number,
                    None,
                    i18n.translate("Import", "no name, company, email or phone; the row is left out"),
                    error=False,
                )
            )
    return Validation(drafts, problems)


def _has_identity(draft: Draft) -> bool:
    values = draft.values
    return any(values.get(k) for k in ("first_name", "last_name", "company_name", "email", "phone", "mobile"))


def _settle_kind(draft: Draft) -> None:
    values = draft.values
    if "kind" not in values:
        is_company = values.get("company_name") and not (values.get("first_name") or values.get("last_name"))
        values["kind"] = "company" if is_company else "person"
