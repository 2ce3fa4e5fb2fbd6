"""What the contact editor and the list's bulk actions offer to pick from, and checking typed values.

:func:`form_choices` reads the team, the tags and needs in use, the values already
typed in free choice fields (source, industry, legal form), the saved segments and
the custom fields. :func:`check_values` is the save's own validation, run on a few
values as the user types, so the editor shows exactly the message a save would give.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from segdesk.domain.contact_values import COUNTRY_CODES
from segdesk.domain.fields import CustomFieldSpec, FieldType
from segdesk.domain.names import sort_key
from segdesk.io.countries import country_name
from segdesk.services.contacts import ContactInvalid, normalise_changes
from segdesk.store.contact_records import custom_field_specs
from segdesk.store.database import Store
from segdesk.store.models import Contact, Need, Segment, Tag, TeamMember

__all__ = ["DISTINCT_LIMIT", "FormChoices", "check_values", "countries", "country_label", "form_choices"]

DISTINCT_LIMIT = 300  # values offered for a free choice field; typing another one is always allowed


@dataclass(frozen=True, slots=True)
class FormChoices:
    team: tuple[str, ...]  # active team members' names
    tags: tuple[str, ...]
    needs: tuple[str, ...]
    sources: tuple[str, ...]
    industries: tuple[str, ...]
    legal_forms: tuple[str, ...]
    segments: tuple[str, ...]  # every saved segment, by name
    static_segments: tuple[str, ...]  # hand-picked ones (no rules)
    custom_fields: tuple[CustomFieldSpec, ...]

    @property
    def custom_types(self) -> dict[str, str]:
        return {spec.key: spec.type.value for spec in self.custom_fields}

    def values_of(self, field_id: str) -> tuple[str, ...]:
        """The values offered for a field that takes free choices ("" if none)."""
        return {
            "owner": self.team,
            "tags": self.tags,
            "needs": self.needs,
            "source": self.sources,
            "industry": self.industries,
            "legal_form": self.legal_forms,
        }.get(field_id, ())


def _names(session: Session, column: Any) -> tuple[str, ...]:
    rows = session.scalars(select(column).order_by(column))
    return tuple(sorted((str(v) for v in rows if v), key=str.casefold))


def _distinct(session: Session, column: Any) -> tuple[str, ...]:
    rows = session.scalars(select(column).where(column.is_not(None)).distinct().limit(DISTINCT_LIMIT))
    return tuple(sorted((str(v) for v in rows if v), key=str.casefold))


def form_choices(store: Store) -> FormChoices:
    with store.sessions() as session:
        team = tuple(
            session.scalars(
                select(TeamMember.name).where(TeamMember.active.is_(True)).order_by(TeamMember.name)
            )
        )
        segments = session.execute(select(Segment.name, Segment.rules_json).order_by(Segment.name)).all()
        specs = tuple(
            CustomFieldSpec(key, FieldType(value_type), label)
            for key, value_type, label in custom_field_specs(session)
        )
        return FormChoices(
            team=team,
            tags=_names(session, Tag.name),
            needs=_names(session, Need.name),
            sources=_distinct(session, Contact.source),
            industries=_distinct(session, Contact.industry),
            legal_forms=_distinct(session, Contact.legal_form),
            segments=tuple(name for name, _rules in segments),
            static_segments=tuple(name for name, rules in segments if rules is None),
            custom_fields=specs,
        )


def check_values(
    values: Mapping[str, Any], country: str | None, custom_types: Mapping[str, str]
) -> tuple[dict[str, Any], dict[str, str]]:
    """(stored form of the good values, message per bad field) — the save's own checks, no database."""
    good: dict[str, Any] = {}
    problems: dict[str, str] = {}
    for field_id, value in values.items():
        try:
            good.update(normalise_changes({field_id: value}, country, custom_types))
        except ContactInvalid as invalid:
            problems.update(invalid.problems)
    return good, problems


def country_label(code: str, language: str) -> str:
    """The name of an ISO country code in ``language`` (en, it, fr, pl, de, es; else English)."""
    code = code.upper()
    return "Kosovo" if code == "XK" else country_name(code, language)


def countries(language: str) -> list[tuple[str, str]]:
    """(ISO code, name in ``language``) of every country a contact can have, by name."""
    named = [(code, country_name(code, language)) for code in COUNTRY_CODES if code != "001"]
    named = [(code, "Kosovo" if code == "XK" else name) for code, name in named]
    return sorted(named, key=lambda pair: (pair[1] == pair[0], sort_key(pair[1])))
