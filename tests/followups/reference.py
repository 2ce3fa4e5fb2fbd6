"""A per-contact Python reference for due dates, and random worlds to compare it with the SQL on.

The reference walks each contact with the functions of :mod:`segdesk.domain.cadence`,
exactly as :mod:`segdesk.followups.due` describes the rules; the SQL must agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from hypothesis import strategies as st
from sqlalchemy import delete, insert, update
from sqlalchemy.orm import Session

from segdesk.domain.cadence import (
    Cadence,
    FollowUpSettings,
    computed_due,
    effective_cadence,
    last_touch,
)
from segdesk.followups import schema
from segdesk.store.base import Base

T = Base.metadata.tables
FIRST, LAST = date(2024, 1, 20), date(2024, 4, 10)  # narrow: equal dates, month ends, 29 February
TABLES = ("followups", "segment_list_entries", "segments", "interactions", "contacts", "settings")


@dataclass
class RefContact:
    id: int
    last_contact_at: date | None
    last_purchase_at: date | None
    cadence_days: int | None
    cadence_months: int | None


@dataclass
class RefSegment:
    id: int
    cadence_days: int | None
    cadence_months: int | None
    members: frozenset[int]


@dataclass
class RefFollowUp:
    id: int
    contact_id: int
    due_on: date
    snoozed_until: date | None
    set_by_hand: bool
    created_at: datetime
    done_at: datetime | None
    dismissed_at: datetime | None


@dataclass
class World:
    today: date
    settings: FollowUpSettings
    contacts: list[RefContact]
    segments: list[RefSegment] = field(default_factory=list)
    followups: list[RefFollowUp] = field(default_factory=list)

    def write(self, session: Session) -> None:
        for name in TABLES:
            session.execute(delete(T[name]))
        schema.save_settings(session, self.settings)
        now = datetime(2024, 1, 1)
        session.execute(
            insert(T["contacts"]),
            [
                {"id": c.id, "last_contact_at": c.last_contact_at, "last_purchase_at": c.last_purchase_at,
                 "cadence_days": c.cadence_days, "created_at": now, "updated_at": now}
                for c in self.contacts
            ],
        )  # fmt: skip
        for c in self.contacts:
            if c.cadence_months is not None:
                session.execute(
                    update(schema.contacts)
                    .where(schema.contacts.c.id == c.id)
                    .values(cadence_months=c.cadence_months)
                )
        for s in self.segments:
            values = {"cadence_days": s.cadence_days, "cadence_months": s.cadence_months}
            session.execute(
                insert(schema.segments).values(
                    id=s.id, name=f"segment {s.id}", created_at=now, updated_at=now, version=1, **values
                )
            )
            if s.members:
                session.execute(
                    insert(T["segment_list_entries"]),
                    [{"segment_id": s.id, "contact_id": m, "role": "member"} for m in sorted(s.members)],
                )
        if self.followups:
            session.execute(
                insert(T["followups"]),
                [dict(vars(f)) for f in self.followups],
            )


def reference_due(world: World) -> dict[int, tuple[date | None, int]]:
    """Contact id -> (next_followup_at, effective_cadence_days), one contact at a time."""
    settings = world.settings
    result = {}
    for c in world.contacts:
        own = Cadence.from_columns(c.cadence_days, c.cadence_months)
        segment_cadences = [
            cadence
            for s in world.segments
            if c.id in s.members and (cadence := Cadence.from_columns(s.cadence_days, s.cadence_months))
        ]
        cadence = effective_cadence(own, segment_cadences, settings.default_cadence)
        touched = last_touch(c.last_contact_at, c.last_purchase_at, settings.touch)
        due: date | None = computed_due(touched, cadence, world.today, skip_weekends=settings.skip_weekends)

        def active(f: RefFollowUp, touched: date | None = touched) -> bool:
            if f.done_at is not None:
                return False
            if f.set_by_hand and f.dismissed_at is None:
                return True
            since = (f.dismissed_at or f.created_at).date()
            return touched is None or touched <= since

        rows = [f for f in world.followups if f.contact_id == c.id and active(f)]
        if rows:
            row = max(rows, key=lambda f: f.id)
            due = None if row.dismissed_at else row.snoozed_until or row.due_on
        result[c.id] = (due, cadence.approx_days)
    return result


dates = st.dates(FIRST, LAST)
optional_dates = st.none() | dates
moments = st.builds(
    lambda d, minutes: datetime.combine(d, time()) + timedelta(minutes=minutes), dates, st.integers(0, 1439)
)
cadence_days = st.none() | st.sampled_from([0, -3, 4000]) | st.integers(1, 400)
cadence_months = st.none() | st.sampled_from([0, 200]) | st.integers(1, 24)
default_cadences = st.builds(Cadence, st.integers(1, 400)) | st.builds(
    lambda n: Cadence(n, "months"), st.integers(1, 24)
)
settings = st.builds(
    FollowUpSettings,
    default_cadences,
    st.sampled_from(["interaction", "interaction_or_order"]),
    st.booleans(),
)


def _moment_on(day: date) -> st.SearchStrategy[datetime]:
    return st.integers(0, 1439).map(
        lambda minutes: datetime.combine(day, time()) + timedelta(minutes=minutes)
    )


@st.composite
def worlds(draw: st.DrawFn) -> World:
    n = draw(st.integers(1, 10))
    contacts = [
        RefContact(
            i,
            draw(optional_dates),
            draw(optional_dates),
            draw(cadence_days),
            draw(cadence_months),
        )
        for i in range(1, n + 1)
    ]
    ids = st.integers(1, n)
    segments = [
        RefSegment(
            s,
            draw(cadence_days),
            draw(cadence_months),
            frozenset(draw(st.sets(ids, max_size=n))),
        )
        for s in range(1, draw(st.integers(0, 3)) + 1)
    ]
    followups = []
    for f in range(1, draw(st.integers(0, 8)) + 1):
        contact = contacts[draw(ids) - 1]
        # Often on the day of the contact's last touch: the edge of "touched after the row".
        touched = [d for d in (contact.last_contact_at, contact.last_purchase_at) if d is not None]
        near = moments | st.sampled_from(touched).flatmap(_moment_on) if touched else moments
        followups.append(
            RefFollowUp(
                f,
                contact.id,
                draw(dates),
                draw(optional_dates),
                draw(st.booleans()),
                draw(near),
                draw(st.none() | near),
                draw(st.none() | near),
            )
        )
    return World(draw(dates), draw(settings), contacts, segments, followups)
