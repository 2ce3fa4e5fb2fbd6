"""The set-based refresh equals a per-contact Python reference on random data, on both backends."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from segdesk.followups.due import refresh_due_dates
from segdesk.followups.schema import contacts
from segdesk.store.database import Store
from tests.followups.reference import World, reference_due, worlds


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(world=worlds(), subset=st.none() | st.sets(st.integers(1, 10), max_size=4))
def test_set_based_refresh_equals_the_per_contact_reference(
    store: Store, world: World, subset: set[int] | None
) -> None:
    ids = sorted(subset) if subset is not None else None
    with store.transaction() as session:
        world.write(session)
        first = refresh_due_dates(session, world.today, ids)
        assert refresh_due_dates(session, world.today, ids).changed == 0  # nothing left to change
    expected = reference_due(world)
    with store.sessions() as session:
        rows = session.execute(
            select(contacts.c.id, contacts.c.next_followup_at, contacts.c.effective_cadence_days)
        ).all()
    got = {row.id: (row.next_followup_at, row.effective_cadence_days) for row in rows}
    refreshed = {i for i in got if ids is None or i in ids}
    assert {i: got[i] for i in refreshed} == {i: expected[i] for i in refreshed}
    assert all(got[i] == (None, None) for i in got if i not in refreshed)
    assert first.changed == len(refreshed)
