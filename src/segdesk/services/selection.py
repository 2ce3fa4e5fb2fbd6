"""Which contacts a command or a view works on: everyone, a rule document, or a saved segment."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from segdesk.domain import i18n
from segdesk.services.errors import UserError
from segdesk.services.segments import member_query
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
    return member_query(session, today, rules=selection.rules, segment=selection.segment)


def read_rules_file(path: Path) -> dict[str, Any]:
    """The rule document in a ``.json`` file; UserError when it cannot be read or is not one."""
    try:
        document = json.loads(path.expanduser().read_text(encoding="utf-8"))
    except OSError as exc:
        raise UserError(
            i18n.fill(i18n.translate("Selection", "Cannot read %1: %2"), path, exc.strerror or str(exc))
        ) from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise UserError(
            i18n.fill(i18n.translate("Selection", "%1 is not a JSON rule file: %2"), path, exc)
        ) from exc
    if not isinstance(document, dict):
        raise UserError(i18n.fill(i18n.translate("Selection", "%1 is not a JSON rule file."), path))
    return document
