"""Who the audit trail names for changes made at this computer, and whose follow-ups are "mine".

In team mode the person at this computer can say which team member they are
(Edit ▸ Preferences… ▸ General, saved per database in this computer's preferences).
While that member is still on the database's team, changes are recorded under the
member's name; otherwise under the computer's login name, as before.
"""

from __future__ import annotations

import getpass

from sqlalchemy import select

from segdesk.services.preferences import (
    ComputerPreferences,
    database_key,
    load_preferences,
    saved_member,
)
from segdesk.store.database import Store
from segdesk.store.models import TeamMember

__all__ = ["FALLBACK_ACTOR", "actor_for", "login_name", "my_member"]

FALLBACK_ACTOR = "segdesk"  # when the system cannot say who is logged in


def login_name() -> str:
    """This computer's login name."""
    try:
        return getpass.getuser() or FALLBACK_ACTOR
    except (KeyError, OSError, ImportError):
        return FALLBACK_ACTOR


def my_member(store: Store, preferences: ComputerPreferences | None = None) -> str | None:
    """The team member chosen for ``store`` on this computer, if that member is still on its team."""
    chosen = saved_member(preferences or load_preferences().preferences, database_key(store))
    if not chosen:
        return None
    with store.sessions() as session:
        found = session.scalar(select(TeamMember.name).where(TeamMember.name == chosen))
    return found


def actor_for(store: Store, preferences: ComputerPreferences | None = None) -> str:
    """The name the audit trail records for changes to ``store`` made here: "me", else the login name."""
    return my_member(store, preferences) or login_name()
