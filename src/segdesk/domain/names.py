"""How a contact is named and sorted: the display name and an accent-blind sort key.

Pure functions: the store keeps their results in ``contacts.full_name`` and
``contacts.sort_name`` so lists sort in the database, the same way on SQLite and
PostgreSQL, without a collation that depends on the server's locale.
"""

from __future__ import annotations

import unicodedata

__all__ = ["full_name_for", "sort_key", "sort_name_for"]

# Letters that NFKD does not split into a base letter and a combining mark.
_FOLD = str.maketrans(
    {
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "ħ": "h",
        "ı": "i",
        "œ": "oe",
        "æ": "ae",
        "ß": "ss",
        "þ": "th",
    }
)


def _clean(text: str | None) -> str:
    return " ".join(text.split()) if text else ""


def full_name_for(kind: str, first: str | None, last: str | None, company_name: str | None) -> str:
    """The name shown for a contact: "First Last" for a person, the name for a company.

    A person with neither name falls back to the employer's name, so no row is blank.
    """
    company = _clean(company_name)
    if kind == "company":
        return company or " ".join(p for p in (_clean(first), _clean(last)) if p)
    return " ".join(p for p in (_clean(first), _clean(last)) if p) or company


def sort_key(text: str | None) -> str:
    """``text`` case-folded with accents removed, so "Łukasz" sorts with L and "Émile" with E."""
    if text is not None and text.isascii():  # most names: nothing to decompose or fold
        return " ".join(text.lower().split())
    folded = unicodedata.normalize("NFKD", _clean(text).casefold())
    stripped = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return stripped.translate(_FOLD)


def sort_name_for(kind: str, first: str | None, last: str | None, company_name: str | None) -> str:
    """The stored sort key: "last first" for a person, the name for a company."""
    if kind == "company":
        return sort_key(full_name_for(kind, first, last, company_name))
    person = f"{last or ''} {first or ''}"
    return sort_key(person if person.strip() else company_name)
