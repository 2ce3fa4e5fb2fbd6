"""Postal addresses for labels: who gets one, lines in each country's order, one label per shared address.

- Postal code before the town in most of Europe (IT, FR, PL, DE, ES...), after it
  in the UK (own line) and the US ("City, ST 12345").
- Abroad (the country is not the sender's), a last line with the country's name
  in the sender's language, in capitals, as the postal services ask.
- A contact gets no label without postal consent (``mail_ok``) or without a
  street, a town and (where the country has them) a postal code.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from segdesk.domain import i18n
from segdesk.domain.names import sort_key
from segdesk.reports.rows import MailRow
from segdesk.reports.words import country_name

# Countries that write "City" then the postal code; everyone else writes the code first.
CODE_AFTER_TOWN = frozenset({"GB", "US", "CA", "AU", "IE"})
# Countries without postal codes in common use.
NO_POSTAL_CODES = frozenset({"AE", "HK", "QA", "BS", "JM", "BZ", "BO", "SR", "TT"})


@dataclass(frozen=True, slots=True)
class Addressee:
    """One label: the name lines and the address they share, and the contacts it stands for."""

    names: tuple[str, ...]
    address: MailRow  # the address fields of the first contact of the group
    contact_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Mailing:
    addressees: tuple[Addressee, ...]
    contacts: int
    no_consent: tuple[int, ...]
    incomplete: tuple[int, ...]


def _clean(text: str | None) -> str:
    return " ".join(text.split()) if text else ""


def is_complete(row: MailRow) -> bool:
    if not (_clean(row.street) and _clean(row.city)):
        return False
    return bool(_clean(row.postal_code)) or (row.country or "").upper() in NO_POSTAL_CODES


def address_key(row: MailRow) -> tuple[str, ...]:
    """Addresses that differ only in case, accents or spacing are the same place."""
    return tuple(
        sort_key(v)
        for v in (
            row.street,
            row.postal_code.replace(" ", "") if row.postal_code else "",
            row.city,
            row.country,
        )
    )


def name_lines(row: MailRow) -> tuple[str, ...]:
    """A person, and the company they work for; a company alone."""
    name = _clean(row.name)
    company = _clean(row.company)
    if row.kind == "company" or not name:
        return (company or name,)
    return (name, company) if company and company != name else (name,)


def _household(rows: Sequence[MailRow]) -> tuple[str, ...]:
    """One name line for people at one address: the company they share, or their names."""
    companies = {_clean(r.company) for r in rows}
    if len(companies) == 1 and "" not in companies:
        return (companies.pop(),)
    people = [r for r in rows if r.kind != "company"] or list(rows)
    last_names = {_clean(r.last_name) for r in people}
    if len(last_names) == 1 and "" not in last_names:
        last = last_names.pop()
        if len(people) > 2:
            return (i18n.fill(i18n.translate("Reports", "The %1 household"), last),)
        firsts = [_clean(r.name).removesuffix(last).strip() or _clean(r.name) for r in people]
        return (f"{firsts[0]} & {firsts[1]} {last}",)
    names = [_clean(r.name) for r in people]
    if len(names) > 2:
        return (i18n.fill(i18n.translate("Reports", "%1 and household"), names[0]),)
    return (" & ".join(names),)


def plan_mailing(rows: Iterable[MailRow], *, per_address: bool = False) -> Mailing:
    """Who gets a label, sorted by country, postal code and name; who is skipped, and why."""
    no_consent: list[int] = []
    incomplete: list[int] = []
    kept: list[MailRow] = []
    for row in rows:
        if not row.mail_ok:
            no_consent.append(row.contact_id)
        elif not is_complete(row):
            incomplete.append(row.contact_id)
        else:
            kept.append(row)
    kept.sort(key=lambda r: (sort_key(r.country), sort_key(r.postal_code), r.sort_name, r.contact_id))
    if not per_address:
        addressees = tuple(Addressee(name_lines(r), r, (r.contact_id,)) for r in kept)
    else:
        groups: dict[tuple[str, ...], list[MailRow]] = {}
        for row in kept:
            groups.setdefault(address_key(row), []).append(row)
        addressees = tuple(
            Addressee(
                name_lines(g[0]) if len(g) == 1 else _household(g), g[0], tuple(r.contact_id for r in g)
            )
            for g in groups.values()
        )
    return Mailing(addressees, len(kept), tuple(no_consent), tuple(incomplete))


def address_lines(addressee: Addressee, home_country: str | None, lang: str) -> list[str]:
    """The lines of one label, top to bottom."""
    row = addressee.address
    country = (row.country or home_country or "").upper()
    code, city, region = _clean(row.postal_code), _clean(row.city), _clean(row.region)
    lines = [*addressee.names, _clean(row.street)]
    if country == "GB":
        lines += [city.upper(), code]
    elif country == "US":
        lines.append(f"{city}, {region} {code}".replace(" ,", ",").strip() if region else f"{city} {code}")
    elif country in CODE_AFTER_TOWN:
        lines.append(" ".join(p for p in (city, region, code) if p))
    else:
        lines.append(" ".join(p for p in (code, city) if p))
    if country and home_country and country != home_country.upper():
        lines.append(country_name(country, lang).upper())
    return [line for line in lines if line]
