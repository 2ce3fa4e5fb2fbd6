"""Words and marks reports share: channels, consent marks, days overdue, phone numbers, countries."""

from __future__ import annotations

import functools
from datetime import date

import phonenumbers

from segdesk.domain import i18n
from segdesk.domain.i18n import QT_TRANSLATE_NOOP
from segdesk.reports.rows import Consent

CHANNELS = {
    "call": QT_TRANSLATE_NOOP("Reports", "Call"),
    "email": QT_TRANSLATE_NOOP("Reports", "Email"),
    "meeting": QT_TRANSLATE_NOOP("Reports", "Meeting"),
    "visit": QT_TRANSLATE_NOOP("Reports", "Visit"),
    "note": QT_TRANSLATE_NOOP("Reports", "Note"),
}
PHONE, EMAIL, POST = "☎", "✉", "⌂"
MARKS = {Consent.GRANTED: "✓", Consent.REFUSED: "✗", Consent.UNKNOWN: "?"}


def channel_word(code: str) -> str:
    source = CHANNELS.get(code)
    return i18n.translate("Reports", source) if source else code


def consent_marks(phone: Consent, email: Consent, post: Consent) -> str:
    """``☎✓ ✉✗ ⌂?``: each channel's symbol and the latest statement."""
    return f"{PHONE}{MARKS[phone]} {EMAIL}{MARKS[email]} {POST}{MARKS[post]}"


def consent_legend() -> str:
    return i18n.fill(
        i18n.translate("Reports", "%1 phone  %2 email  %3 post:  ✓ agreed  ✗ refused  ? not recorded"),
        PHONE,
        EMAIL,
        POST,
    )


def days_overdue(due: date | None, today: date) -> int | None:
    """Days since the follow-up fell due (0 on the day, negative before); None without a due date."""
    return None if due is None else (today - due).days


def overdue_text(days: int | None) -> str:
    if days is None:
        return "—"
    if days == 0:
        return i18n.translate("Reports", "today")
    if days < 0:
        return i18n.translate("Reports", "in %n days", None, -days)
    return i18n.translate("Reports", "%n days", None, days)


@functools.lru_cache(maxsize=65536)
def format_phone(stored: str, home_country: str | None) -> str:
    """A stored E.164 number grouped as its country writes it: national at home, international abroad."""
    try:
        number = phonenumbers.parse(stored, None)
    except phonenumbers.NumberParseException:
        return stored
    region = phonenumbers.region_code_for_number(number)
    if home_country and region == home_country.upper():
        return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL))
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL))


def country_name(code: str, lang: str) -> str:
    """The country's name in ``lang`` (from phonenumbers' data), else English, else the code."""
    # Imported on first use: about 130 MB and most of a second, which every command paid at start.
    from phonenumbers.geodata.locale import LOCALE_DATA

    names = LOCALE_DATA.get(code.upper(), {})
    name = names.get(lang) or names.get("en") or code.upper()
    for _ in range(3):  # "*es": the same name as the "es" entry
        if not name.startswith("*"):
            break
        name = names.get(name[1:], code.upper())
    return str(name)
