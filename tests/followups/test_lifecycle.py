"""One contact's follow-up through snooze, dismiss, dates set by hand and logged contacts."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from segdesk.domain.cadence import Cadence
from segdesk.followups import actions
from segdesk.services import followups as service
from segdesk.services.errors import UserError
from segdesk.services.interactions import log_contact
from segdesk.store.database import Store
from segdesk.store.models import AuditEntry, Contact, FollowUp, Interaction
from tests.followups.helpers import NOW, TODAY, due_of, person, touch

D = date
LAST = D(2026, 8, 1)  # + 90 days = 30 October: overdue on TODAY
COMPUTED = D(2026, 10, 30)


@pytest.fixture
def contact(store: Store) -> int:
    with store.transaction() as session:
        contact_id = person(session, "Łucja Nowak", last_contact_at=LAST)
    service.refresh(store, TODAY)
    assert due_of(store, contact_id) == COMPUTED
    return contact_id


def _open_rows(store: Store, contact_id: int) -> int:
    with store.sessions() as session:
        return (
            session.scalar(
                select(func.count()).where(FollowUp.contact_id == contact_id, FollowUp.done_at.is_(None))
            )
            or 0
        )


def test_snooze_then_log_restarts_the_interval(store: Store, contact: int) -> None:
    assert service.snooze(store, contact, D(2026, 11, 20), today=TODAY, now=NOW) == D(2026, 11, 20)
    assert service.snooze(store, contact, D(2026, 11, 25), today=TODAY, now=NOW) == D(2026, 11, 25)
    assert _open_rows(store, contact) == 1  # snoozing again moves the same follow-up
    logged = log_contact(store, contact, channel="call", note="Ordered beans", today=TODAY, now=NOW)
    assert logged.next_followup_at == TODAY + timedelta(days=90)
    assert _open_rows(store, contact) == 0
    with store.sessions() as session:
        row = session.get_one(Contact, contact)
        assert (row.last_contact_at, row.interaction_count) == (TODAY, 1)
        assert session.scalar(select(Interaction.note).where(Interaction.id == logged.interaction_id)) == (
            "Ordered beans"
        )


def test_a_later_touch_recorded_elsewhere_ends_a_snooze(store: Store, contact: int) -> None:
    service.snooze(store, contact, D(2026, 12, 20), today=TODAY, now=NOW)
    with store.transaction() as session:  # an import brings a visit of tomorrow
        touch(session, contact, datetime(2026, 11, 12, 15))
    service.refresh(store, D(2026, 11, 12), [contact])
    assert due_of(store, contact) == D(2027, 2, 10)


def test_dismiss_lasts_until_the_next_touch(store: Store, contact: int) -> None:
    assert service.dismiss(store, contact, today=TODAY, now=NOW) is None
    service.refresh(store, D(2026, 12, 1))
    assert due_of(store, contact) is None
    with store.transaction() as session:
        touch(session, contact, datetime(2026, 11, 11, 18))  # same day as the dismissal: still dismissed
    service.refresh(store, TODAY, [contact])
    assert due_of(store, contact) is None
    with store.transaction() as session:
        touch(session, contact, datetime(2026, 11, 13, 9))
    service.refresh(store, D(2026, 11, 13), [contact])
    assert due_of(store, contact) == D(2027, 2, 11)


def test_logging_on_the_day_of_a_dismissal_ends_it(store: Store, contact: int) -> None:
    service.dismiss(store, contact, today=TODAY, now=NOW)
    logged = log_contact(store, contact, channel="email", today=TODAY, now=NOW + timedelta(hours=1))
    assert logged.next_followup_at == TODAY + timedelta(days=90)


def test_a_date_set_by_hand_wins_until_done(store: Store, contact: int) -> None:
    call_back = D(2026, 12, 3)
    assert (
        service.set_followup_date(store, contact, call_back, today=TODAY, note="quote", now=NOW) == call_back
    )
    with store.transaction() as session:  # an e-mail arrives: the call back still stands
        touch(session, contact, datetime(2026, 11, 20, 9), channel="email")
    service.refresh(store, D(2026, 11, 20))
    assert due_of(store, contact) == call_back
    # Snoozing keeps it a date set by hand, with its note.
    service.snooze(store, contact, D(2026, 12, 10), today=D(2026, 11, 20), now=NOW + timedelta(days=9))
    with store.sessions() as session:
        active = actions.active_followup(session, contact)
    assert active is not None and active.set_by_hand and active.note == "quote"
    assert active.snoozed_until == D(2026, 12, 10)
    logged = log_contact(store, contact, channel="call", today=D(2026, 12, 10), now=datetime(2026, 12, 10, 9))
    assert logged.next_followup_at == D(2027, 3, 10)


def test_log_with_a_next_date_sets_it_by_hand(store: Store, contact: int) -> None:
    logged = log_contact(store, contact, channel="call", next_on=D(2026, 12, 3), today=TODAY, now=NOW)
    assert logged.next_followup_at == D(2026, 12, 3)
    with store.sessions() as session:
        active = actions.active_followup(session, contact)
    assert active is not None and active.set_by_hand


def test_reset_goes_back_to_the_computed_date(store: Store, contact: int) -> None:
    service.set_followup_date(store, contact, D(2027, 1, 5), today=TODAY, now=NOW)
    assert service.reset_followup(store, contact, today=TODAY, now=NOW) == COMPUTED
    service.dismiss(store, contact, today=TODAY, now=NOW)
    assert service.reset_followup(store, contact, today=TODAY, now=NOW) == COMPUTED


def test_snooze_after_dismiss_replaces_the_dismissal(store: Store, contact: int) -> None:
    service.dismiss(store, contact, today=TODAY, now=NOW)
    assert service.snooze(store, contact, D(2026, 11, 30), today=TODAY, now=NOW) == D(2026, 11, 30)
    assert _open_rows(store, contact) == 1


def test_the_contacts_own_cadence_is_audited_and_bumps_the_version(store: Store, contact: int) -> None:
    with store.sessions() as session:
        version = session.get_one(Contact, contact).version
    due = service.set_contact_cadence(store, contact, Cadence(1, "months"), today=TODAY, actor="marta")
    assert due == D(2026, 9, 1)
    assert service.set_contact_cadence(store, contact, Cadence(1, "months"), today=TODAY) == due  # no change
    with store.sessions() as session:
        assert session.get_one(Contact, contact).version == version + 1
        entry = session.scalars(select(AuditEntry).where(AuditEntry.contact_id == contact)).one()
        assert (entry.actor, entry.field, entry.old_value, entry.new_value) == (
            "marta",
            "cadence_days",
            None,
            "1 months",
        )
    assert service.set_contact_cadence(store, contact, None, today=TODAY) == COMPUTED


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s, c: service.snooze(s, c, D(2026, 11, 1), today=TODAY), "today or a later day"),
        (lambda s, c: service.snooze(s, 9999, D(2026, 12, 1), today=TODAY), "no contact with the id 9999"),
        (lambda s, c: service.dismiss(s, 9999, today=TODAY), "9999"),
        (lambda s, c: log_contact(s, c, channel="fax", today=TODAY), "fax"),
        (lambda s, c: log_contact(s, c, channel="call", outcome="x" * 61, today=TODAY), "60 characters"),
        (lambda s, c: log_contact(s, c, channel="call", next_on=D(2026, 1, 1), today=TODAY), "before"),
        (lambda s, c: log_contact(s, c, channel="call", member="Nobody", today=TODAY), "Nobody"),
        (lambda s, c: service.set_followup_date(s, c, TODAY, owner="Nobody", today=TODAY), "Nobody"),
        (lambda s, c: service.set_segment_cadence(s, "Missing", None, today=TODAY), "Missing"),
        (lambda s, c: service.due_followups(s, TODAY, owner="Nobody"), "Nobody"),
        (lambda s, c: service.parse_cadence_text("often"), "often"),
    ],
)
def test_mistakes_are_user_errors_and_change_nothing(
    store: Store, contact: int, call: object, message: str
) -> None:
    with pytest.raises(UserError, match=message):
        call(store, contact)  # type: ignore[operator]
    assert due_of(store, contact) == COMPUTED
    assert _open_rows(store, contact) == 0


def test_undoing_a_logged_contact_puts_everything_back(store: Store) -> None:
    from sqlalchemy import select

    from segdesk.services import followups as service
    from segdesk.services.interactions import log_contact, unlog_contact
    from segdesk.store.models import Contact, FollowUp, Interaction

    day = date(2026, 11, 11)
    with store.transaction() as session:
        contact = Contact(
            kind="person",
            full_name="Ada",
            sort_name="ada",
            created_at=datetime(2026, 1, 1),
            updated_at=datetime(2026, 1, 1),
            last_contact_at=date(2026, 9, 1),
            interaction_count=1,
        )
        session.add(contact)
        session.flush()
        contact_id = contact.id
        session.add(Interaction(contact_id=contact_id, occurred_at=datetime(2026, 9, 1, 10), channel="call"))
    service.set_followup_date(store, contact_id, date(2026, 11, 20), today=day)

    def state() -> tuple[object, ...]:
        with store.sessions() as session:
            row = session.execute(
                select(Contact.last_contact_at, Contact.interaction_count, Contact.next_followup_at).where(
                    Contact.id == contact_id
                )
            ).one()
            rows = session.execute(
                select(FollowUp.id, FollowUp.due_on, FollowUp.done_at).order_by(FollowUp.id)
            ).all()
        return tuple(row), tuple(tuple(r) for r in rows)

    before = state()
    logged = log_contact(
        store,
        contact_id,
        channel="visit",
        today=day,
        next_on=date(2027, 1, 10),
        now=datetime(2026, 11, 11, 15),
    )
    assert state() != before
    unlog_contact(store, contact_id, logged, today=day)
    assert state() == before
