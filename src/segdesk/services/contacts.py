"""Reading, creating and editing one contact: checked values, safe saves, an audit trail.

Saves are optimistic: the editor passes the version it loaded, and a save
over someone else's newer save is refused with both sides' values
(:class:`EditConflict`), never a silent overwrite.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from segdesk.domain import contact_values as cv
from segdesk.domain import i18n
from segdesk.domain.fields import CUSTOM_PREFIX, EDUCATION_LEVELS, GENDERS, INCOME_BANDS, KINDS, STAGES
from segdesk.domain.names import full_name_for, sort_name_for
from segdesk.followups.due import refresh_due_dates
from segdesk.io.machine_form import machine_value
from segdesk.services.catalogue import catalogue_for_session
from segdesk.services.errors import UserError
from segdesk.store.contact_records import iter_records
from segdesk.store.database import Store
from segdesk.store.models import (
    AuditEntry,
    Contact,
    ContactNeed,
    ContactTag,
    CustomField,
    CustomValue,
    Need,
    Tag,
    TeamMember,
)
from segdesk.store.named_rows import named_ids

# Field id -> contacts column, for the fields a user types in.
COLUMN_OF: dict[str, str] = {
    **{f: f for f in (
        "kind first_name last_name job_title email phone mobile website street postal_code city region "
        "country language birth_date gender education income_band industry legal_form employees stage "
        "source cadence_days notes company_id"
    ).split()},
    "company": "company_name",
    "annual_revenue": "annual_revenue_cents",
}  # fmt: skip
SET_FIELDS = ("tags", "needs")
EDITABLE_FIELDS = (*COLUMN_OF, "owner", *SET_FIELDS)
NAME_FIELDS = ("kind", "first_name", "last_name", "company")


class ContactInvalid(UserError):
    """Some values cannot be saved; ``problems`` maps field ids to messages."""

    def __init__(self, problems: Mapping[str, str]) -> None:
        self.problems = dict(problems)
        super().__init__("; ".join(f"{field}: {message}" for field, message in self.problems.items()))


class EditConflict(UserError):
    """Someone saved this contact since it was loaded; ``theirs`` and ``mine`` differ on ``fields``."""

    def __init__(self, contact_id: int, theirs: dict[str, Any], mine: dict[str, Any], version: int) -> None:
        self.contact_id, self.theirs, self.mine, self.current_version = contact_id, theirs, mine, version
        self.fields = sorted(f for f in mine if theirs.get(f) != mine[f])
        super().__init__(
            i18n.fill(
                i18n.translate("Contacts", "Someone else changed this contact meanwhile (%1)."),
                ", ".join(self.fields) or "-",
            )
        )


class ContactNotFound(UserError):
    pass


@dataclass(frozen=True)
class ContactDetails:
    id: int
    version: int
    values: dict[str, Any]  # field id -> value, derived fields included
    notes: str | None
    company_id: int | None


def _not_found(contact_id: int) -> ContactNotFound:
    return ContactNotFound(
        i18n.fill(i18n.translate("Contacts", "There is no contact number %1."), contact_id)
    )


def get_contact(store: Store, contact_id: int, today: date) -> ContactDetails:
    with store.sessions() as session:
        return _details(session, contact_id, today)


def _details(session: Session, contact_id: int, today: date) -> ContactDetails:
    row = session.execute(
        select(Contact.version, Contact.notes, Contact.company_id).where(Contact.id == contact_id)
    ).one_or_none()
    if row is None:
        raise _not_found(contact_id)
    catalogue = catalogue_for_session(session)
    field_ids = [f.id for f in catalogue if f.type.value != "segment"]
    (values,) = iter_records(session, select(Contact.id).where(Contact.id == contact_id), field_ids, today)
    return ContactDetails(contact_id, row.version, values, row.notes, row.company_id)


_CHOICES = {"kind": KINDS, "stage": STAGES, "gender": GENDERS, "education": EDUCATION_LEVELS,
            "income_band": INCOME_BANDS}  # fmt: skip


def _normaliser(field_id: str, country: str | None) -> Callable[[Any], Any]:
    if field_id == "email":
        return cv.normalise_email
    if field_id in ("phone", "mobile"):
        return lambda value: cv.normalise_phone(value, country)
    if field_id == "country":
        return cv.normalise_country
    if field_id == "birth_date":
        return cv.normalise_date
    if field_id in ("employees", "cadence_days", "company_id"):
        return cv.normalise_whole_number
    if field_id == "annual_revenue":
        return cv.normalise_money_cents
    if field_id in _CHOICES:
        return lambda value: cv.normalise_choice(value, _CHOICES[field_id])
    if field_id in SET_FIELDS:
        return lambda value: frozenset(t.strip() for t in (value or ()) if t and t.strip())
    return lambda value: cv.clean_text(value) if isinstance(value, str) or value is None else value


def normalise_changes(
    changes: Mapping[str, Any], country: str | None, custom_types: Mapping[str, str]
) -> dict[str, Any]:
    """The stored form of every change, or :class:`ContactInvalid` naming each bad field."""
    clean: dict[str, Any] = {}
    problems: dict[str, str] = {}
    country = changes.get("country", country)
    for field_id, value in changes.items():
        try:
            if field_id.startswith(CUSTOM_PREFIX):
                clean[field_id] = _custom_value(field_id, value, custom_types)
            elif field_id in EDITABLE_FIELDS:
                clean[field_id] = _normaliser(field_id, country)(value)
            else:
                problems[field_id] = i18n.translate("Contacts", "this field cannot be edited")
        except cv.ValueProblem as problem:
            problems[field_id] = str(problem)
    if problems:
        raise ContactInvalid(problems)
    return clean


def _custom_value(field_id: str, value: Any, custom_types: Mapping[str, str]) -> Any:
    value_type = custom_types.get(field_id[len(CUSTOM_PREFIX) :])
    if value_type is None:
        raise cv.ValueProblem(i18n.translate("Contacts", "no such custom field"))
    if value_type == "date":
        return cv.normalise_date(value)
    if value_type == "number":
        if value in (None, ""):
            return None
        try:
            return float(str(value).replace(",", "."))
        except ValueError:
            raise cv.ValueProblem(
                i18n.fill(i18n.translate("Contacts", "“%1” is not a number."), value)
            ) from None
    return cv.clean_text(value)


def _custom_types(session: Session) -> dict[str, str]:
    return dict(session.execute(select(CustomField.key, CustomField.value_type)).all())


def _owner_id(session: Session, name: str | None) -> int | None:
    if not name:
        return None
    found = session.scalar(select(TeamMember.id).where(TeamMember.name == name))
    if found is None:
        raise ContactInvalid(
            {"owner": i18n.fill(i18n.translate("Contacts", "“%1” is not on the team."), name)}
        )
    return found


def _named_ids(session: Session, model: type[Tag] | type[Need], names: frozenset[str]) -> list[int]:
    existing = named_ids(session, model, names)
    return [existing[n] for n in sorted(names)]


def _write(session: Session, contact_id: int, clean: Mapping[str, Any], current: Mapping[str, Any]) -> None:
    columns = {COLUMN_OF[f]: v for f, v in clean.items() if f in COLUMN_OF}
    if "owner" in clean:
        columns["owner_id"] = _owner_id(session, clean["owner"])
    if any(f in clean for f in NAME_FIELDS):
        parts = {f: clean.get(f, current.get(f)) for f in NAME_FIELDS}
        args = (parts["kind"] or "person", parts["first_name"], parts["last_name"], parts["company"])
        columns["full_name"] = full_name_for(*args)
        columns["sort_name"] = sort_name_for(*args)
    columns["updated_at"] = datetime.now()
    session.execute(update(Contact).where(Contact.id == contact_id).values(**columns))
    for field_id, link, model, column in (
        ("tags", ContactTag, Tag, ContactTag.tag_id),
        ("needs", ContactNeed, Need, ContactNeed.need_id),
    ):
        if field_id in clean:
            session.execute(delete(link).where(link.contact_id == contact_id))
            ids = _named_ids(session, model, clean[field_id])
            if ids:
                session.execute(insert(link), [{"contact_id": contact_id, column.key: i} for i in ids])
    for field_id, value in clean.items():
        if field_id.startswith(CUSTOM_PREFIX):
            _write_custom(session, contact_id, field_id[len(CUSTOM_PREFIX) :], value)


def _write_custom(session: Session, contact_id: int, key: str, value: Any) -> None:
    session.execute(
        delete(CustomValue).where(CustomValue.contact_id == contact_id, CustomValue.field_key == key)
    )
    if value is None:
        return
    column = (
        "date_value"
        if isinstance(value, date)
        else "number_value"
        if isinstance(value, float)
        else "text_value"
    )
    session.execute(insert(CustomValue).values(contact_id=contact_id, field_key=key, **{column: value}))


def audit(
    session: Session, contact_id: int, actor: str, action: str, changes: Mapping[str, tuple[Any, Any]]
) -> None:
    """One audit row per changed field (old, new), or one for the action when nothing field-level changed."""
    now = datetime.now()
    rows = [
        {"contact_id": contact_id, "at": now, "actor": actor, "action": action, "field": field,
         "old_value": machine_value(old) or None, "new_value": machine_value(new) or None}
        for field, (old, new) in changes.items()
    ] or [{"contact_id": contact_id, "at": now, "actor": actor, "action": action, "field": None,
           "old_value": None, "new_value": None}]  # fmt: skip
    session.execute(insert(AuditEntry), rows)


def create_contact(store: Store, values: Mapping[str, Any], *, actor: str) -> int:
    with store.transaction() as session:
        clean = normalise_changes(values, None, _custom_types(session))
        kind = clean.get("kind") or "person"
        now = datetime.now()
        contact_id = session.execute(
            insert(Contact)
            .values(kind=kind, full_name="", sort_name="", created_at=now, updated_at=now)
            .returning(Contact.id)
        ).scalar_one()
        _write(session, contact_id, {**clean, "kind": kind}, {})
        audit(
            session,
            contact_id,
            actor,
            "created",
            {f: (None, v) for f, v in clean.items() if v not in (None, "")},
        )
        return contact_id


def _stored_values(
    session: Session, contact_id: int, current: ContactDetails, fields: Mapping[str, Any]
) -> dict[str, Any]:
    """The values of ``fields`` as stored (a person's own firmographics, not its company's)."""
    row = session.get_one(Contact, contact_id)
    stored: dict[str, Any] = {}
    for field_id in fields:
        if field_id in COLUMN_OF:
            stored[field_id] = getattr(row, COLUMN_OF[field_id])
        elif field_id in SET_FIELDS:
            stored[field_id] = frozenset(current.values.get(field_id) or ())
        else:
            stored[field_id] = current.values.get(field_id)
    return stored


def update_contact(
    store: Store,
    contact_id: int,
    changes: Mapping[str, Any],
    *,
    expected_version: int,
    actor: str,
    today: date,
) -> int:
    """Save ``changes`` over the version the editor loaded; the new version number."""
    with store.transaction() as session:
        current = _details(session, contact_id, today)
        clean = normalise_changes(changes, current.values.get("country"), _custom_types(session))
        before = _stored_values(session, contact_id, current, clean)
        if current.version != expected_version:
            raise EditConflict(contact_id, before, clean, current.version)
        changed = {f: (before[f], v) for f, v in clean.items() if before[f] != v}
        if not changed:
            return current.version
        _write(session, contact_id, {f: clean[f] for f in changed}, current.values)
        bumped = session.execute(
            update(Contact)
            .where(Contact.id == contact_id, Contact.version == expected_version)
            .values(version=Contact.version + 1)
        )
        if bumped.rowcount != 1:  # type: ignore[attr-defined]
            raise EditConflict(contact_id, before, clean, expected_version + 1)
        if "cadence_days" in changed:
            # One interval per contact: days typed now replace a "every N months", and the due date follows.
            session.execute(update(Contact).where(Contact.id == contact_id).values(cadence_months=None))
            refresh_due_dates(session, today, [contact_id])
        audit(session, contact_id, actor, "updated", changed)
        return expected_version + 1
