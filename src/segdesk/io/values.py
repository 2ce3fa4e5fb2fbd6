"""Cell values made into field values: emails, phones, countries, choices, booleans, tags, text.

Each parser takes the cell text (already stripped) and returns the stored form
or raises :class:`ValueProblem` with a sentence for the user. Dates and numbers,
whose reading depends on the whole column, are in :mod:`segdesk.io.columns`.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import phonenumbers
from email_validator import SPECIAL_USE_DOMAIN_NAMES, EmailNotValidError, validate_email
from email_validator.rfc_constants import CASE_INSENSITIVE_MAILBOX_NAMES

from segdesk.domain import i18n
from segdesk.domain.fields import EDUCATION_LEVELS, GENDERS, INCOME_BANDS, KINDS, STAGES
from segdesk.domain.names import sort_key
from segdesk.io.countries import country_code
from segdesk.io.errors import ValueProblem

__all__ = [
    "CHOICES",
    "clean_cell",
    "parse_bool",
    "parse_choice",
    "parse_country",
    "parse_email",
    "parse_language",
    "parse_phone",
    "split_name",
    "split_tags",
]

FORMULA_GUARD = re.compile(r"^'(?=[=+\-@\t\r])")
# A conservative subset of what email-validator accepts, checked in a microsecond: dot-atom local
# parts of ASCII atext or letters of any script (already NFC, not a role name such as "Info" that
# email-validator lowers), and an ASCII domain with a letter TLD. Anything else (quoted local
# parts, IDN domains, odd characters) goes through email-validator itself.
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~\-\u0080-\U0010ffff]"
_SIMPLE_EMAIL = re.compile(
    rf"{_ATEXT}+(?:\.{_ATEXT}+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+([A-Za-z]{2,63})"
)
_ROLE_NAMES = frozenset(CASE_INSENSITIVE_MAILBOX_NAMES)
_SPECIAL = frozenset(SPECIAL_USE_DOMAIN_NAMES)
_TAG_SPLIT = re.compile(r"\s*(?:;|,|\s:::\s)\s*")

YES = frozenset("1 y yes true x ok on si sì sí oui o tak t ja j wahr vrai verdadero vero subscribed".split())
NO = frozenset("0 n no false off non nie nein falsch faux falso unsubscribed cleaned".split())

_CHOICE_SYNONYMS: dict[str, dict[str, str]] = {
    "kind": {
        "person": "person", "persona": "person", "personne": "person", "osoba": "person", "privat": "person",
        "private": "person", "individual": "person", "company": "company", "azienda": "company",
        "société": "company", "societe": "company", "entreprise": "company", "firma": "company",
        "unternehmen": "company", "empresa": "company", "organisation": "company", "organization": "company",
        "org": "company", "business": "company",
    },
    "gender": {
        "f": "female", "female": "female", "woman": "female", "w": "female", "femmina": "female",
        "donna": "female", "femme": "female", "kobieta": "female", "k": "female", "weiblich": "female",
        "frau": "female", "mujer": "female", "m": "male", "male": "male", "man": "male", "maschio": "male",
        "uomo": "male", "homme": "male", "mężczyzna": "male", "männlich": "male", "mann": "male",
        "hombre": "male", "other": "other", "altro": "other", "autre": "other", "inna": "other",
        "divers": "other", "otro": "other", "d": "other",
    },
}  # fmt: skip
CHOICES: dict[str, tuple[str, ...]] = {
    "kind": KINDS,
    "gender": GENDERS,
    "stage": STAGES,
    "education": EDUCATION_LEVELS,
    "income_band": INCOME_BANDS,
}
LANGUAGE_NAMES: dict[str, str] = {
    "english": "en", "inglese": "en", "anglais": "en", "angielski": "en", "englisch": "en", "inglés": "en",
    "italian": "it", "italiano": "it", "italien": "it", "włoski": "it", "italienisch": "it",
    "french": "fr", "francese": "fr", "français": "fr", "francuski": "fr", "französisch": "fr",
    "francés": "fr", "polish": "pl", "polacco": "pl", "polonais": "pl", "polski": "pl", "polnisch": "pl",
    "polaco": "pl", "german": "de", "tedesco": "de", "allemand": "de", "niemiecki": "de", "deutsch": "de",
    "alemán": "de", "spanish": "es", "spagnolo": "es", "espagnol": "es", "hiszpański": "es",
    "spanisch": "es", "español": "es", "castellano": "es",
}  # fmt: skip


def clean_cell(text: str) -> str:
    """Cell text without surrounding spaces or the quote our exports put before formula-like text."""
    text = text.strip()
    if text.startswith("'"):
        text = FORMULA_GUARD.sub("", text)
    return text


def _problem(template: str, value: str) -> ValueProblem:
    return ValueProblem(i18n.fill(template, value))


def parse_email(text: str) -> str:
    """The address with its domain in lower case; a ValueProblem when it is not an address."""
    match = _SIMPLE_EMAIL.fullmatch(text)
    if match and match.group(1).lower() not in _SPECIAL and len(text.encode()) <= 254:
        local, _, domain = text.rpartition("@")
        if _plain_local_part(local):
            return f"{local}@{domain.lower()}"
    try:
        return validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError:
        raise _problem(i18n.translate("Import", "“%1” is not a valid email address"), text) from None


def _plain_local_part(local: str) -> bool:
    if len(local) > 64 or local.lower() in _ROLE_NAMES:
        return False
    if local.isascii():
        return True
    return all(ch.isascii() or ch.isalpha() for ch in local) and unicodedata.is_normalized("NFC", local)


@functools.lru_cache(maxsize=4096)
def _phone(text: str, region: str | None) -> str | None:
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def parse_phone(text: str, region: str | None) -> str:
    """The number in E.164 (``+390212345678``), read with ``region`` when it has no country code."""
    if text.lower().startswith("tel:"):
        text = text[4:].split(";", 1)[0]
    if text.startswith("00") and not text.startswith("000"):
        text = "+" + text[2:]
    if not text.startswith("+") and region is None:
        raise _problem(
            i18n.translate("Import", "“%1” has no country code (+...); choose the country of the numbers"),
            text,
        )
    found = _phone(text, region)
    if found is None:
        raise _problem(i18n.translate("Import", "“%1” is not a phone number"), text)
    return found


def parse_country(text: str) -> str:
    code = country_code(text)
    if code is None:
        raise _problem(i18n.translate("Import", "“%1” is not a country segdesk knows"), text)
    return code


def parse_language(text: str) -> str:
    lowered = text.strip().casefold()
    code = lowered.split("-")[0].split("_")[0]
    if len(code) == 2 and code.isalpha() and code.isascii():
        return code
    if lowered in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[lowered]
    raise _problem(i18n.translate("Import", "“%1” is not a language code such as en, it or pl"), text)


def parse_bool(text: str) -> bool:
    lowered = text.casefold()
    if lowered in YES:
        return True
    if lowered in NO:
        return False
    raise _problem(i18n.translate("Import", "“%1” is neither yes nor no"), text)


def parse_choice(field_id: str, text: str) -> str:
    lowered = text.casefold().strip()
    options = CHOICES[field_id]
    for option in options:
        if lowered == option or sort_key(lowered).replace(" ", "_") == option:
            return option
    synonym = _CHOICE_SYNONYMS.get(field_id, {}).get(lowered)
    if synonym is not None:
        return synonym
    raise ValueProblem(
        i18n.fill(i18n.translate("Import", "“%1” is not one of: %2"), text, ", ".join(options))
    )


def split_tags(text: str) -> list[str]:
    """Labels of a tags cell (split on ``;``, ``,`` or Google's `` ::: ``), without repeats."""
    seen: dict[str, str] = {}
    for part in _TAG_SPLIT.split(text):
        part = part.strip()
        if part and part.casefold() not in seen:
            seen[part.casefold()] = part
    return list(seen.values())


def split_name(text: str) -> tuple[str, str]:
    """A whole name in one cell as (first, last): "Rossi, Mario" or "Mario Rossi"."""
    if "," in text:
        last, _, first = text.partition(",")
        return first.strip(), last.strip()
    first, _, last = text.strip().rpartition(" ")
    return first.strip(), last.strip()
