"""The layouts of well-known exports: Google Contacts (current and legacy), Outlook, Mailchimp.

Google's numbered, labelled columns ("Phone 2 - Label" = Mobile, values joined
by `` ::: ``) are resolved here into one column per field id. A Mailchimp
audience export keeps its columns but says, for every row, whether the person
is subscribed: that becomes email consent. Outlook's columns map by name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from segdesk.io.tables import Table

__all__ = ["GOOGLE_COLUMNS", "LAYOUT_OVERRIDES", "adapt", "detect_layout"]

GOOGLE_COLUMNS = [
    "first_name",
    "last_name",
    "company",
    "job_title",
    "email",
    "phone",
    "mobile",
    "website",
    "street",
    "postal_code",
    "city",
    "region",
    "country",
    "birth_date",
    "gender",
    "language",
    "tags",
    "notes",
]
MAILCHIMP_MARKERS = {
    "MEMBER_RATING",
    "OPTIN_TIME",
    "CONFIRM_TIME",
    "LEID",
    "EUID",
    "UNSUB_TIME",
    "CLEAN_TIME",
}
OUTLOOK_MARKERS = {"E-mail Address", "Business Phone", "Mobile Phone", "Business Street", "Home Street"}
# Columns a layout maps differently from the generic synonyms (None: ignore the column).
LAYOUT_OVERRIDES: dict[str, dict[str, str | None]] = {
    "mailchimp": {
        "Address": "address",
        "Phone Number": "phone",
        "TAGS": "tags",
        "NOTES": "notes",
        "CC": None,
        "REGION": None,
        "OPTIN_TIME": None,
        "CONFIRM_TIME": "consent_at",
        "UNSUB_TIME": "consent_at",
        "CLEAN_TIME": "consent_at",
        "LAST_CHANGED": None,
        "TIMEZONE": None,
    },
    "outlook": {"Title": None, "Gender": "gender", "Categories": "tags", "Web Page": "website"},
}
MOBILE_LABELS = ("mobile", "cell", "cellulare", "portable", "komórkowy", "mobil", "handy", "móvil")
_NUMBERED = re.compile(r"(E-mail|Phone|Address|Website|Organization) (\d+) - (.+)")


def detect_layout(headers: Sequence[str]) -> str | None:
    names = set(headers)
    if "Email Address" in names and names & MAILCHIMP_MARKERS:
        return "mailchimp"
    if "E-mail 1 - Value" in names or "Phone 1 - Value" in names:
        if "Given Name" in names or "Group Membership" in names:
            return "google-legacy"
        return "google"
    if len(names & OUTLOOK_MARKERS) >= 2:
        return "outlook"
    return None


def adapt(table: Table, file_name: str) -> Table:
    """``table`` with its layout recognised (and Google's resolved into field-id columns)."""
    layout = detect_layout(table.headers)
    table.layout = layout
    if layout in ("google", "google-legacy"):
        return _google(table)
    if layout == "mailchimp":
        names = set(table.headers)
        lowered = file_name.lower()
        unsubscribed = (
            names & {"UNSUB_TIME", "CLEAN_TIME"} or "unsubscribed" in lowered or "cleaned" in lowered
        )
        table.constants["email_ok"] = "false" if unsubscribed else "true"
        if unsubscribed:  # the consent time is when they left, not when they once confirmed
            table.hints.update({"CONFIRM_TIME": None, "UNSUB_TIME": "consent_at", "CLEAN_TIME": "consent_at"})
    return table


def _first(value: str) -> str:
    return value.split(" ::: ")[0].strip()


def _google(table: Table) -> Table:
    index = {header: i for i, header in enumerate(table.headers)}
    numbered: dict[tuple[str, int], dict[str, int]] = {}
    for header, i in index.items():
        match = _NUMBERED.fullmatch(header)
        if match:
            numbered.setdefault((match.group(1), int(match.group(2))), {})[match.group(3)] = i

    def groups(kind: str) -> list[dict[str, int]]:
        return [parts for (k, _), parts in sorted(numbered.items()) if k == kind]

    def cell(row: list[str], header: str) -> str:
        i = index.get(header)
        return row[i].strip() if i is not None and i < len(row) else ""

    def part(row: list[str], parts: dict[str, int], name: str) -> str:
        i = parts.get(name)
        return row[i].strip() if i is not None and i < len(row) else ""

    rows: list[list[str]] = []
    for row in table.rows:
        out = dict.fromkeys(GOOGLE_COLUMNS, "")
        out["first_name"] = cell(row, "First Name") or cell(row, "Given Name")
        out["last_name"] = cell(row, "Last Name") or cell(row, "Family Name")
        for field_id, headers in (
            ("company", ("Organization Name",)),
            ("job_title", ("Organization Title",)),
            ("birth_date", ("Birthday",)),
            ("notes", ("Notes",)),
            ("gender", ("Gender",)),
            ("language", ("Language",)),
        ):
            out[field_id] = next((cell(row, h) for h in headers if cell(row, h)), "")
        for parts in groups("Organization"):
            out["company"] = out["company"] or part(row, parts, "Name")
            out["job_title"] = out["job_title"] or part(row, parts, "Title")
        for parts in groups("E-mail"):
            out["email"] = out["email"] or _first(part(row, parts, "Value"))
        for parts in groups("Website"):
            out["website"] = out["website"] or _first(part(row, parts, "Value"))
        for parts in groups("Phone"):
            number = _first(part(row, parts, "Value"))
            label = (part(row, parts, "Label") or part(row, parts, "Type")).casefold()
            target = "mobile" if any(word in label for word in MOBILE_LABELS) else "phone"
            if number and not out[target]:
                out[target] = number
        for parts in groups("Address"):
            if any(part(row, parts, p) for p in ("Street", "City", "Postal Code", "Country")):
                out["street"] = _first(part(row, parts, "Street"))
                out["city"] = _first(part(row, parts, "City"))
                out["region"] = _first(part(row, parts, "Region"))
                out["postal_code"] = _first(part(row, parts, "Postal Code"))
                out["country"] = _first(part(row, parts, "Country"))
                break
        labels = cell(row, "Labels") or cell(row, "Group Membership")
        out["tags"] = ";".join(
            label.strip()
            for label in labels.split(" ::: ")
            if label.strip() and not label.strip().startswith("*")
        )
        rows.append([out[c] for c in GOOGLE_COLUMNS])
    table.headers, table.rows = list(GOOGLE_COLUMNS), rows
    return table
