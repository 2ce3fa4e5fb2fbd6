"""A contact's audit trail as the user reads it: when, who, what, which field, old and new value.

The audit table keeps values in their machine form (ISO dates, cents, ``true``,
sets joined by ``;``); :func:`contact_history` turns each row into words in the
user's language: field labels from the catalogue, money with the currency,
dates in the language's format, yes/no, choice labels, team member names.
"""

from __future__ import annotations

from collections.abc import Iterable, Set
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from segdesk.domain import i18n
from segdesk.domain.choice_labels import choice_label
from segdesk.domain.fields import Catalogue, FieldType
from segdesk.domain.i18n import QT_TRANSLATE_NOOP
from segdesk.domain.locale_format import format_date, format_money, format_number
from segdesk.reports.words import format_phone
from segdesk.services.catalogue import catalogue_for_session
from segdesk.services.contact_form import country_label
from segdesk.store.database import Store
from segdesk.store.models import AuditEntry, Contact, Setting, TeamMember

__all__ = ["HistoryRow", "ValueWords", "action_text", "contact_history", "history_rows", "value_words"]

ACTIONS = {
    "created": QT_TRANSLATE_NOOP("Audit", "Created"),
    "updated": QT_TRANSLATE_NOOP("Audit", "Changed"),
    "deleted": QT_TRANSLATE_NOOP("Audit", "Deleted"),
    "restored": QT_TRANSLATE_NOOP("Audit", "Brought back"),
    "consent": QT_TRANSLATE_NOOP("Audit", "Consent"),
    "bulk": QT_TRANSLATE_NOOP("Audit", "Changed with others"),
    "merged": QT_TRANSLATE_NOOP("Audit", "Merged"),
    "imported": QT_TRANSLATE_NOOP("Audit", "Imported"),
}
# Audited fields that are not in the catalogue
EXTRA_FIELDS = {
    "notes": QT_TRANSLATE_NOOP("Audit", "Notes"),
    "company_id": QT_TRANSLATE_NOOP("Audit", "Linked company"),
    "segment": QT_TRANSLATE_NOOP("Audit", "Segment"),
}
SEGMENT_ROLES = {
    "member": QT_TRANSLATE_NOOP("Audit", "member"),
    "include": QT_TRANSLATE_NOOP("Audit", "always included"),
    "exclude": QT_TRANSLATE_NOOP("Audit", "always left out"),
}
CONSENT_FIELDS = frozenset({"email_ok", "phone_ok", "mail_ok"})
PHONE_FIELDS = frozenset({"phone", "mobile"})  # stored E.164, written grouped
MONEY_IN_CENTS = frozenset({"annual_revenue"})  # audited as the stored integer cents


@dataclass(frozen=True, slots=True)
class HistoryRow:
    """One change of one field (or one action without a field), ready to show."""

    at: datetime  # local time, as recorded
    actor: str  # team member or OS user
    action: str  # created, updated, consent, bulk, deleted, restored
    action_text: str
    field: str | None
    field_text: str  # the field's label in the user's language ("" for an action alone)
    old: str  # the values in words ("" when empty)
    new: str
    # Dates, money and numbers also as values, for a window that writes them its own way
    old_value: date | Decimal | None = None
    new_value: date | Decimal | None = None


def action_text(action: str) -> str:
    known = ACTIONS.get(action)
    return i18n.translate("Audit", known) if known else action


@dataclass(frozen=True, slots=True)
class ValueWords:
    """Field values in the user's words (Qt-free): for the history dialog and the person record."""

    catalogue: Catalogue
    lang: str
    currency: str | None
    members: dict[int, str]
    companies: dict[int, str]

    def field_label(self, field: str | None) -> str:
        if not field:
            return ""
        found = self.catalogue.get(field)
        if found is not None:
            return found.translated_label()
        extra = EXTRA_FIELDS.get(field)
        return i18n.translate("Audit", extra) if extra else field

    def machine(self, field: str | None, text: str | None) -> str:
        """A value as the audit trail stores it (machine form: ISO dates, cents, ``true``...)."""
        if text is None or text == "":
            return ""
        if field in CONSENT_FIELDS:
            return (
                i18n.translate("Audit", "Agreed") if text == "true" else i18n.translate("Audit", "Withdrawn")
            )
        if field == "segment":
            return _segment(text)
        if field == "company_id" and text.isdigit():
            return self.companies.get(int(text), f"#{text}")
        if field == "owner" and text.isdigit():  # a bulk undo records the owner's id
            return self.members.get(int(text), text)
        found = self.catalogue.get(field) if field else None
        if found is None:
            return text
        kind = found.type
        if kind is FieldType.MONEY:
            try:
                cents = int(text) if field in MONEY_IN_CENTS else int(Decimal(text) * 100)
            except (ValueError, InvalidOperation):
                return text
            return format_money(cents, self.currency, self.lang)
        if kind is FieldType.DATE:
            return _date(text, self.lang)
        if kind is FieldType.NUMBER:
            return _number(text, self.lang)
        if kind is FieldType.BOOLEAN:
            return self._yes_no(text == "true")
        if kind is FieldType.CHOICE:
            return self._choice(found.id, text)
        if kind is FieldType.SET:
            return ", ".join(part for part in text.split(";") if part)
        if field in PHONE_FIELDS:
            return format_phone(text, None)
        return text

    def value(self, field: str | None, text: str | None) -> date | Decimal | None:
        """A date, money (in units) or number field's audited value as a value; None for the rest."""
        found = self.catalogue.get(field) if field and text else None
        if found is None or text is None:
            return None
        try:
            if found.type is FieldType.DATE:
                return datetime.fromisoformat(text) if len(text) > 10 else date.fromisoformat(text)
            if found.type is FieldType.MONEY:
                return Decimal(text).scaleb(-2) if field in MONEY_IN_CENTS else Decimal(text)
            if found.type is FieldType.NUMBER:
                return Decimal(text)
        except (ValueError, InvalidOperation):
            return None
        return None

    def typed(self, field: str, value: Any) -> str:
        """A value as the contact's record holds it (Decimal money, dates, sets...)."""
        if value is None or value == "" or (isinstance(value, Set | list | tuple) and not value):
            return ""
        if isinstance(value, bool):
            return self._yes_no(value)
        found = self.catalogue.get(field)
        kind = found.type if found is not None else None
        if kind is FieldType.MONEY and isinstance(value, Decimal | int | float):
            return format_money(int(Decimal(str(value)).scaleb(2)), self.currency, self.lang)
        if isinstance(value, datetime):
            return f"{format_date(value.date(), self.lang)} {value:%H:%M}"
        if isinstance(value, date):
            return format_date(value, self.lang)
        if field == "id":
            return str(value)
        if isinstance(value, int | float | Decimal):
            return _number(str(value), self.lang)
        if isinstance(value, Set | list | tuple):
            return ", ".join(sorted((str(v) for v in value), key=str.casefold))
        if kind is FieldType.CHOICE:
            return self._choice(field, str(value))
        if field in PHONE_FIELDS:
            return format_phone(str(value), None)
        return str(value)

    def _yes_no(self, value: bool) -> str:
        return i18n.translate("Audit", "Yes") if value else i18n.translate("Audit", "No")

    def _choice(self, field: str, code: str) -> str:
        if field == "country":
            return country_label(code, self.lang)
        return choice_label(field, code)


def _number(text: str, lang: str) -> str:
    try:
        number = Decimal(text)
    except InvalidOperation:
        return text
    if not number.is_finite():
        return text
    exponent = number.normalize().as_tuple().exponent
    decimals = min(6, -exponent) if isinstance(exponent, int) and exponent < 0 else 0
    return format_number(number, lang, decimals)


def _date(text: str, lang: str) -> str:
    try:
        if len(text) > 10:
            moment = datetime.fromisoformat(text)
            return f"{format_date(moment.date(), lang)} {moment:%H:%M}"
        return format_date(date.fromisoformat(text), lang)
    except ValueError:
        return text


def _segment(text: str) -> str:
    name, _, role = text.rpartition(":")
    if not name:  # an undo records the role alone
        role_text = SEGMENT_ROLES.get(text)
        return i18n.translate("Audit", role_text) if role_text else text
    if role == "member":
        return name
    role_text = SEGMENT_ROLES.get(role)
    return f"{name} ({i18n.translate('Audit', role_text)})" if role_text else text


def value_words(
    session: Session,
    lang: str,
    *,
    members: dict[int, str] | None = None,
    companies: dict[int, str] | None = None,
) -> ValueWords:
    currency = session.scalar(select(Setting.value).where(Setting.key == "currency"))
    return ValueWords(
        catalogue_for_session(session),
        lang,
        currency.strip().upper() if currency and currency.strip() else None,
        members or {},
        companies or {},
    )


def _ids(values: Iterable[str | None]) -> set[int]:
    return {int(v) for v in values if v and v.isdigit()}


def history_rows(
    session: Session, contact_id: int, *, lang: str, newest_first: bool = True
) -> list[HistoryRow]:
    """The audit trail of one contact in words, within an open session."""
    order = (AuditEntry.at.desc(), AuditEntry.id.desc()) if newest_first else (AuditEntry.at, AuditEntry.id)
    entries = session.execute(
        select(
            AuditEntry.at,
            AuditEntry.actor,
            AuditEntry.action,
            AuditEntry.field,
            AuditEntry.old_value,
            AuditEntry.new_value,
        )
        .where(AuditEntry.contact_id == contact_id)
        .order_by(*order)
    ).all()
    owner_ids = _ids(v for e in entries if e.field == "owner" for v in (e.old_value, e.new_value))
    company_ids = _ids(v for e in entries if e.field == "company_id" for v in (e.old_value, e.new_value))
    members: dict[int, str] = {}
    if owner_ids:
        query = select(TeamMember.id, TeamMember.name).where(TeamMember.id.in_(owner_ids))
        members = {row.id: row.name for row in session.execute(query)}
    companies: dict[int, str] = {}
    if company_ids:
        query = select(Contact.id, Contact.full_name).where(Contact.id.in_(company_ids))
        companies = {row.id: row.full_name for row in session.execute(query)}
    words = value_words(session, lang, members=members, companies=companies)
    return [
        HistoryRow(
            e.at,
            e.actor,
            e.action,
            action_text(e.action),
            e.field,
            words.field_label(e.field),
            words.machine(e.field, e.old_value),
            words.machine(e.field, e.new_value),
            words.value(e.field, e.old_value),
            words.value(e.field, e.new_value),
        )
        for e in entries
    ]


def contact_history(
    store: Store, contact_id: int, *, lang: str = "en", newest_first: bool = True
) -> list[HistoryRow]:
    """Who changed what on a contact and when, newest first; kept after the contact is deleted."""
    with store.sessions() as session:
        return history_rows(session, contact_id, lang=lang, newest_first=newest_first)
