"""Writing contacts in the CSV layouts of Google Contacts and Outlook, so they import there unchanged.

Both are address-book layouts with fixed English headers, the same ones
:mod:`segdesk.io.layouts` recognises on import, so an export reads back into
segdesk as the same contacts. Choices made for both:

- A contact's one address, phone and email go in the *work* slots (Outlook's
  ``Business ...``, Google's ``Work`` labels) for companies and people with a
  company, in the *home* slots otherwise. The mobile is always the mobile.
- Birthdays are ISO ``YYYY-MM-DD``: what Google writes, and unambiguous for
  Outlook whatever the computer's date order (Outlook itself writes ``M/D/YYYY``).
- Countries are English names (``Italy``), as both programs show them.
- Google: UTF-8 without a byte-order mark, as Google writes. Outlook: UTF-8 with
  one (Outlook reads a file without a BOM as the Windows code page).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Set
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from segdesk.io.countries import country_name

__all__ = [
    "GOOGLE_HEADERS",
    "LAYOUTS",
    "LAYOUT_FIELDS",
    "OUTLOOK_HEADERS",
    "Contact",
    "Layout",
    "google_row",
    "outlook_row",
]

# Google Contacts' export header (2024), with one email, two phones, one address and one website.
GOOGLE_HEADERS = (
    "First Name", "Middle Name", "Last Name", "Phonetic First Name", "Phonetic Middle Name",
    "Phonetic Last Name", "Name Prefix", "Name Suffix", "Nickname", "File As", "Organization Name",
    "Organization Title", "Organization Department", "Birthday", "Notes", "Photo", "Labels",
    "E-mail 1 - Label", "E-mail 1 - Value", "Phone 1 - Label", "Phone 1 - Value", "Phone 2 - Label",
    "Phone 2 - Value", "Address 1 - Label", "Address 1 - Formatted", "Address 1 - Street", "Address 1 - City",
    "Address 1 - PO Box", "Address 1 - Region", "Address 1 - Postal Code", "Address 1 - Country",
    "Address 1 - Extended Address", "Website 1 - Label", "Website 1 - Value",
)  # fmt: skip
GOOGLE_EVERYONE = "* myContacts"  # the label of every contact in a Google account

# Outlook's "Comma Separated Values" export (File > Open & Export), all 92 columns.
OUTLOOK_HEADERS = (
    "Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department", "Job Title",
    "Business Street", "Business Street 2", "Business Street 3", "Business City", "Business State",
    "Business Postal Code", "Business Country/Region", "Home Street", "Home Street 2", "Home Street 3",
    "Home City", "Home State", "Home Postal Code", "Home Country/Region", "Other Street", "Other Street 2",
    "Other Street 3", "Other City", "Other State", "Other Postal Code", "Other Country/Region",
    "Assistant's Phone", "Business Fax", "Business Phone", "Business Phone 2", "Callback", "Car Phone",
    "Company Main Phone", "Home Fax", "Home Phone", "Home Phone 2", "ISDN", "Mobile Phone", "Other Fax",
    "Other Phone", "Pager", "Primary Phone", "Radio Phone", "TTY/TDD Phone", "Telex", "Account",
    "Anniversary", "Assistant's Name", "Billing Information", "Birthday", "Business Address PO Box",
    "Categories", "Children", "Directory Server", "E-mail Address", "E-mail Type", "E-mail Display Name",
    "E-mail 2 Address", "E-mail 2 Type", "E-mail 2 Display Name", "E-mail 3 Address", "E-mail 3 Type",
    "E-mail 3 Display Name", "Gender", "Government ID Number", "Hobby", "Home Address PO Box", "Initials",
    "Internet Free Busy", "Keywords", "Language", "Location", "Manager's Name", "Mileage", "Notes",
    "Office Location", "Organizational ID Number", "Other Address PO Box", "Priority", "Private",
    "Profession", "Referred By", "Sensitivity", "Spouse", "User 1", "User 2", "User 3", "User 4", "Web Page",
)  # fmt: skip
_OUTLOOK_GENDER = {"female": "Female", "male": "Male"}


class Contact(NamedTuple):
    """The values of :data:`LAYOUT_FIELDS` (as the record reader gives them: None when empty)."""

    kind: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    company: str | None = None
    job_title: str | None = None
    email: str | None = None
    phone: str | None = None
    mobile: str | None = None
    website: str | None = None
    street: str | None = None
    postal_code: str | None = None
    city: str | None = None
    region: str | None = None
    country: str | None = None
    birth_date: date | None = None
    gender: str | None = None
    language: str | None = None
    tags: Set[str] = frozenset()


LAYOUT_FIELDS = Contact._fields


@functools.lru_cache(maxsize=512)
def _country(code: str) -> str:
    return country_name(code, "en") if code else ""


def _birthday(contact: Contact) -> str:
    return contact.birth_date.isoformat() if contact.birth_date else ""


def _names(contact: Contact) -> tuple[str, str]:
    """(first, last); empty for a company, whose name is the company."""
    if contact.kind == "company":
        return "", ""
    return contact.first_name or "", contact.last_name or ""


def google_row(contact: Contact) -> list[str]:
    first, last = _names(contact)
    kind = "Work" if contact.kind == "company" or contact.company else "Home"
    street, city, region = contact.street or "", contact.city or "", contact.region or ""
    postal = contact.postal_code or ""
    country = _country(contact.country or "")
    has_address = street or city or region or postal or country
    formatted = "\n".join(
        line for line in (street, " ".join(p for p in (postal, city, region) if p), country) if line
    )
    email, phone, mobile, website = contact.email, contact.phone, contact.mobile, contact.website
    # ` ::: ` separates labels, so no label may hold it
    labels = " ::: ".join([GOOGLE_EVERYONE, *(tag.replace(":::", ":") for tag in sorted(contact.tags))])
    return [
        first, "", last, "", "", "", "", "", "", "", contact.company or "", contact.job_title or "", "",
        _birthday(contact), "", "", labels,
        "* " + kind if email else "", email or "",
        kind if phone else "", phone or "",
        "Mobile" if mobile else "", mobile or "",
        kind if has_address else "", formatted, street, city, "", region, postal, country, "",
        kind if website else "", website or "",
    ]  # fmt: skip


_O = {header: i for i, header in enumerate(OUTLOOK_HEADERS)}
_FIRST, _LAST, _COMPANY, _JOB = _O["First Name"], _O["Last Name"], _O["Company"], _O["Job Title"]
_MOBILE, _BIRTHDAY, _CATEGORIES = _O["Mobile Phone"], _O["Birthday"], _O["Categories"]
_EMAIL, _EMAIL_TYPE, _EMAIL_NAME = _O["E-mail Address"], _O["E-mail Type"], _O["E-mail Display Name"]
_GENDER, _LANGUAGE, _WEB = _O["Gender"], _O["Language"], _O["Web Page"]
# A row before the contact's values: empty but for what Outlook writes on every row.
_OUTLOOK_BLANK = [""] * len(OUTLOOK_HEADERS)
_OUTLOOK_BLANK[_O["Priority"]] = _OUTLOOK_BLANK[_O["Sensitivity"]] = "Normal"
_OUTLOOK_BLANK[_O["Private"]] = "False"
# Street, city, state, postal code, country and phone of the business and of the home slots.
_PLACE_PARTS = ("Street", "City", "State", "Postal Code", "Country/Region", "Phone")
_PLACES = {where: tuple(_O[f"{where} {part}"] for part in _PLACE_PARTS) for where in ("Business", "Home")}


def outlook_row(contact: Contact) -> list[str]:
    row = _OUTLOOK_BLANK.copy()
    first, last = _names(contact)
    row[_FIRST], row[_LAST] = first, last
    row[_COMPANY], row[_JOB] = contact.company or "", contact.job_title or ""
    where = _PLACES["Business" if contact.kind == "company" or contact.company else "Home"]
    values = (contact.street, contact.city, contact.region, contact.postal_code,
              _country(contact.country or ""), contact.phone)  # fmt: skip
    for index, value in zip(where, values, strict=True):
        row[index] = value or ""
    row[_MOBILE] = contact.mobile or ""
    row[_BIRTHDAY] = _birthday(contact)
    row[_CATEGORIES] = ";".join(tag.replace(";", ",") for tag in sorted(contact.tags))
    if contact.email:
        name = " ".join(p for p in (first, last) if p) or contact.company or ""
        row[_EMAIL], row[_EMAIL_TYPE] = contact.email, "SMTP"
        row[_EMAIL_NAME] = f"{name} ({contact.email})" if name else contact.email
    row[_GENDER] = _OUTLOOK_GENDER.get(contact.gender or "", "Unspecified")
    row[_LANGUAGE] = contact.language or ""
    row[_WEB] = contact.website or ""
    return row


@dataclass(frozen=True)
class Layout:
    headers: tuple[str, ...]
    row: Callable[[Contact], list[str]]
    encoding: str  # the default; the user may choose another


LAYOUTS: dict[str, Layout] = {
    "google": Layout(GOOGLE_HEADERS, google_row, "utf-8"),
    "outlook": Layout(OUTLOOK_HEADERS, outlook_row, "utf-8-sig"),
}
