"""Mailing exports: who may be in one, and Mailchimp's import layout.

A mailing export holds only people who agreed to email and have an address
that is one; :func:`mailable_email` is the single test every mailing format uses.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any, TextIO

from segdesk.io.csv_export import neutralise_formula
from segdesk.io.errors import ValueProblem
from segdesk.io.values import parse_email

__all__ = [
    "MAILCHIMP_FIELDS",
    "MAILCHIMP_HEADERS",
    "mailable_address",
    "mailable_email",
    "mailchimp_row",
    "write_mailchimp",
]

MAILCHIMP_HEADERS = (
    "Email Address", "First Name", "Last Name", "Company", "Address", "Phone Number", "Birthday", "Country",
    "Language", "Tags",
)  # fmt: skip
# The field ids a Mailchimp row is made of.
MAILCHIMP_FIELDS = (
    "email", "email_ok", "first_name", "last_name", "company", "street", "city", "region", "postal_code",
    "country", "phone", "mobile", "birth_date", "language", "tags",
)  # fmt: skip


def mailable_email(record: Mapping[str, Any]) -> str | None:
    """The address to mail, or None when the contact refused email or has no valid address."""
    return mailable_address(record.get("email"), record.get("email_ok"))


def mailable_address(email: str | None, email_ok: bool | None) -> str | None:
    """:func:`mailable_email` of a contact's ``email`` and ``email_ok`` values."""
    if email_ok is not True:
        return None
    email = (email or "").strip()
    if not email:
        return None
    try:
        return parse_email(email)
    except ValueProblem:
        return None


def _address(record: Mapping[str, Any]) -> str:
    """Mailchimp's one-cell address: street, city, region, postal code and country, two spaces apart."""
    parts = [record.get(k) or "" for k in ("street", "city", "region", "postal_code", "country")]
    if not parts[0] or not parts[1]:
        return ""
    return "  ".join(str(p).replace("  ", " ") for p in parts)


def mailchimp_row(record: Mapping[str, Any], email: str) -> list[str]:
    birth = record.get("birth_date")
    tags = sorted(record.get("tags") or ())
    return [
        email,
        record.get("first_name") or "",
        record.get("last_name") or "",
        record.get("company") or "",
        _address(record),
        record.get("phone") or record.get("mobile") or "",
        birth.strftime("%m/%d") if isinstance(birth, date) else "",
        record.get("country") or "",
        record.get("language") or "",
        ",".join(tag.replace(",", " ") for tag in tags),
    ]


def write_mailchimp(out: TextIO, records: Iterable[Mapping[str, Any]]) -> tuple[int, int]:
    """Write the mailable records; (written, left out for no consent or no valid address)."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(MAILCHIMP_HEADERS)
    written = left_out = 0
    for record in records:
        email = mailable_email(record)
        if email is None:
            left_out += 1
            continue
        writer.writerow([neutralise_formula(cell) for cell in mailchimp_row(record, email)])
        written += 1
    return written, left_out
