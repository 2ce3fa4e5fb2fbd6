"""Who demo contacts are: names, addresses, phones, emails, companies.

Every value comes from the one ``random.Random`` passed in, in a fixed order,
so a seed always gives the same people.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date
from itertools import accumulate
from typing import Any

from segdesk.domain.dates import shift
from segdesk.domain.fields import EDUCATION_LEVELS, INCOME_BANDS
from segdesk.domain.names import full_name_for, sort_key, sort_name_for
from segdesk.services.demo.data_business import (
    EDUCATION_WEIGHTS,
    INCOME_WEIGHTS,
    PATTERN_INDUSTRIES,
    PERSON_EMAIL_DOMAINS,
)
from segdesk.services.demo.data_people import NAMING, Naming, feminine
from segdesk.services.demo.data_places import COUNTRIES, City, Country

_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_COUNTRY_CUM = list(accumulate(c.weight for c in COUNTRIES))
_EDU_CUM = list(accumulate(EDUCATION_WEIGHTS))
_INCOME_CUM = list(accumulate(INCOME_WEIGHTS))


def ascii_slug(text: str, sep: str = "-") -> str:
    """``text`` folded to lower-case ASCII words joined by ``sep`` ("Núñez Ibáñez" -> "nunez-ibanez")."""
    return _NOT_SLUG.sub(sep, sort_key(text)).strip(sep)


@dataclass(slots=True)
class Place:
    country: Country
    city: City
    street: str
    postal_code: str


class Identities:
    """Draws people, companies and places; returns column values for ``contacts``."""

    def __init__(self, rng: random.Random, today: date) -> None:
        self.r = rng
        self.today = today

    # -- places and numbers -------------------------------------------------------------

    def country(self) -> Country:
        return self.r.choices(COUNTRIES, cum_weights=_COUNTRY_CUM)[0]

    def place(self, country: Country) -> Place:
        r = self.r
        city = r.choice(country.cities)
        street = r.choice(country.streets)
        number = str(r.randint(1, 180))
        if r.random() < 0.08:
            number += r.choice("abc") if country.code in ("DE", "PL", "IT") else ""
        text = f"{number} {street}" if country.number_first else f"{street} {number}"
        if country.code == "ES" and r.random() < 0.4:
            text = f"{street}, {number}, {r.randint(1, 8)}º {r.choice('ABCD')}"
        elif country.code == "PL" and r.random() < 0.5:
            text += f"/{r.randint(1, 60)}"
        return Place(country, city, text, r.choice(city.postal_codes))

    def landline(self, city: City) -> str:
        r = self.r
        rest = "".join(r.choices("0123456789", k=city.local_digits - 1))
        return f"+{city.area}{r.choice(city.lead)}{rest}"

    def mobile(self, country: Country) -> str:
        r = self.r
        return (
            f"+{r.choice(country.mobile_prefixes)}{''.join(r.choices('0123456789', k=country.mobile_digits))}"
        )

    # -- people -----------------------------------------------------------------------------

    def person_name(self, country: Country, gender: str) -> tuple[str, str]:
        r = self.r
        naming: Naming = NAMING[country.code]
        female = gender == "female" or (gender == "other" and r.random() < 0.5)
        first = r.choice(naming.female if female else naming.male)
        last = r.choice(naming.last)
        if naming.feminine_surnames and female:
            last = feminine(last)
        if naming.double_surname and r.random() < naming.double_surname:
            last = f"{last} {r.choice(naming.last)}"
        return first, last

    def gender(self) -> str:
        x = self.r.random()
        return "female" if x < 0.495 else "male" if x < 0.99 else "other"

    def birth_date(self) -> date:
        r = self.r
        age = min(85, max(18, int(r.triangular(18, 86, 38))))
        latest = shift(self.today, -age, "years")
        earliest = shift(self.today, -(age + 1), "years").toordinal() + 1
        return date.fromordinal(r.randint(earliest, latest.toordinal()))

    def person_email(self, first: str, last: str, domain: str | None = None) -> str:
        r = self.r
        local = f"{ascii_slug(first, '')}.{ascii_slug(last.split()[0], '')}"
        if domain is None:
            domain = r.choice(PERSON_EMAIL_DOMAINS)
            if r.random() < 0.35:
                local += str(r.randint(1, 99))
        return f"{local}@{domain}"

    def person(self, country: Country, *, consumer: bool) -> dict[str, Any]:
        """Columns of a person (without address, company or history)."""
        r = self.r
        gender = self.gender()
        first, last = self.person_name(country, gender)
        known = 0.85 if consumer else 0.5
        return {
            "kind": "person",
            "first_name": first,
            "last_name": last,
            "gender": gender,
            "birth_date": self.birth_date() if r.random() < known else None,
            "education": r.choices(EDUCATION_LEVELS, cum_weights=_EDU_CUM)[0] if r.random() < 0.7 else None,
            "income_band": (
                r.choices(INCOME_BANDS, cum_weights=_INCOME_CUM)[0] if consumer and r.random() < 0.6 else None
            ),
            "language": country.language,
            "country": country.code,
        }

    # -- companies -----------------------------------------------------------------------

    def company(self, country: Country, place: Place) -> dict[str, Any]:
        r = self.r
        naming = NAMING[country.code]
        index = r.randrange(len(naming.company_patterns))
        base = naming.company_patterns[index].format(last=r.choice(naming.last), city=place.city.name)
        legal_form = naming.legal_forms[0] if r.random() < 0.6 else r.choice(naming.legal_forms)
        name = f"{base} {legal_form}"
        slug = ascii_slug(base)
        employees = min(500, max(1, int(r.paretovariate(1.2) * 2)))
        return {
            "kind": "company",
            "company_name": name,
            "industry": PATTERN_INDUSTRIES[index],
            "legal_form": legal_form,
            "employees": employees,
            "annual_revenue_cents": employees * r.randint(45_000, 160_000) * 100,
            "website": f"https://www.{slug}.{country.tld}",
            "email": f"info@{slug}.example",
            "language": country.language,
            "country": country.code,
            "_domain": f"{slug}.example",
        }

    @staticmethod
    def display(row: dict[str, Any]) -> None:
        """Fill ``full_name`` and ``sort_name`` from the name columns."""
        args = (row["kind"], row.get("first_name"), row.get("last_name"), row.get("company_name"))
        row["full_name"] = full_name_for(*args)
        row["sort_name"] = sort_name_for(*args)
