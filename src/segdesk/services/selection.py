"""Which contacts a command or a view works on: everyone, a rule file, or a saved segment."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from segdesk.store.models import Contact


@dataclass(frozen=True)
class Selection:
    """Exactly one of: ``everyone``, ``rules`` (a rule document), ``segment`` (a saved segment's name)."""

    everyone: bool = False
    rules: dict[str, Any] | None = None
    segment: str | None = None


def select_contacts(session: Session, selection: Selection, today: date) -> Select[Any]:
    """A ``SELECT contacts.id`` for the selection; raises UserError for a bad rule or an unknown segment."""
    if selection.everyone:
        return select(Contact.id)
    raise NotImplementedError("rules and segments arrive with the segment engine")
