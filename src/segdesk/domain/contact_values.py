"""Checking and normalising what a user types into a contact's fields.

Each ``normalise_*`` returns the stored form or raises :class:`ValueProblem`
with a message in the user's language. Phones are stored E.164, emails as
typed but trimmed (the domain part lower-cased), countries as ISO 3166-1
alpha-2 codes. The editor calls these as the user types; imports and the
contact service call them before anything is written.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from segdesk.domain import i18n

COUNTRY_CODES = frozenset(phonenumbers.SUPPORTED_REGIONS) | {"XK"}


class ValueProblem(ValueError):
    """A value a field cannot take; ``str()`` is the message for the user."""


def clean_text(text: str | None) -> str | None:
    """Trimmed text with inner runs of spaces kept; empty becomes None."""
    if text is None:
        return None
    stripped = text.strip()
    return stripped or None


def normalise_email(text: str | None) -> str | None:
    text = clean_text(text)
    if text is None:
        return None
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise ValueProblem(
            i18n.fill(i18n.translate("ContactValues", "“%1” is not an email address."), text)
        ) from exc
    return str(result.normalized)


def normalise_phone(text: str | None, country: str | None) -> str | None:
    """E.164 (``+390212345678``) from what was typed, reading national numbers as ``country``'s."""
    text = clean_text(text)
    if text is None:
        return None
    region = (country or "").upper() or None
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise ValueProblem(_phone_message(text, region)) from exc
    if not phonenumbers.is_possible_number(number):
        raise ValueProblem(_phone_message(text, region))
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _phone_message(text: str, region: str | None) -> str:
    if region is None and not text.startswith(("+", "00")):
        return i18n.fill(
            i18n.translate(
                "ContactValues", "“%1” needs a country: choose the contact's country or start with +."
            ),
            text,
        )
    return i18n.fill(i18n.translate("ContactValues", "“%1” is not a phone number."), text)


def format_phone(e164: str | None, home_country: str | None = None) -> str:
    """A stored number as people write it: national form at home, international abroad."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    same_country = home_country and phonenumbers.region_code_for_number(number) == home_country.upper()
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if same_country
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return str(phonenumbers.format_number(number, style))


def normalise_country(text: str | None) -> str | None:
    text = clean_text(text)
    if text is None:
        return None
    code = text.upper()
    if code not in COUNTRY_CODES:
        raise ValueProblem(
            i18n.fill(
                i18n.translate("ContactValues", "“%1” is not a two-letter country code (IT, FR, PL…)."), text
            )
        )
    return code


def normalise_date(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    text = clean_text(value)
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueProblem(
            i18n.fill(i18n.translate("ContactValues", "“%1” is not a date (YYYY-MM-DD)."), text)
        ) from None


def normalise_whole_number(value: str | int | None, *, minimum: int = 0) -> int | None:
    if value is None or value == "":
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        number = None
    if number is None or number < minimum:
        raise ValueProblem(
            i18n.fill(
                i18n.translate("ContactValues", "“%1” is not a whole number of %2 or more."), value, minimum
            )
        )
    return number


def normalise_money_cents(value: str | int | Decimal | None) -> int | None:
    """Cents from ``1234.5``, ``"1234,50"`` or a Decimal; None when empty."""
    if value is None or value == "":
        return None
    text = str(value).strip().replace(" ", "").replace(",", ".")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        amount = None
    if amount is None or not amount.is_finite() or amount < 0:
        raise ValueProblem(
            i18n.fill(i18n.translate("ContactValues", "“%1” is not an amount of money."), value)
        )
    return int((amount * 100).to_integral_value())


def normalise_choice(value: str | None, options: tuple[str, ...]) -> str | None:
    text = clean_text(value)
    if text is None or not options:
        return text
    for option in options:
        if option.casefold() == text.casefold():
            return option
    raise ValueProblem(
        i18n.fill(i18n.translate("ContactValues", "“%1” is not one of: %2."), text, ", ".join(options))
    )
