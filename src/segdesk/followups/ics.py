"""Follow-ups as an iCalendar file (RFC 5545), for Outlook, Apple and Google calendars.

One component per contact:

- ``todo`` (the default): a ``VTODO`` with ``DUE;VALUE=DATE`` (a day, no time), which
  Outlook and Apple Reminders list as tasks;
- ``event``: an all-day ``VEVENT`` (``DTSTART;VALUE=DATE`` to the next day), for
  calendars that ignore tasks, such as Google Calendar's import.

The UID is the contact's (``followup-<contact id>@segdesk``; ``-event`` for events), so
exporting again moves the same entry to the new due date instead of adding another.
The icalendar library escapes text (commas, semicolons, new lines) and folds lines;
the file is UTF-8 with CRLF line ends.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Literal

from icalendar import Calendar, Event, Todo

from segdesk.domain import i18n
from segdesk.followups.listing import FollowUpRow, channel_label

__all__ = ["CalendarKind", "calendar_bytes", "description", "summary", "uid_for"]

CalendarKind = Literal["todo", "event"]
PRODID = "-//segdesk//Follow-ups//EN"


def uid_for(contact_id: int, kind: CalendarKind = "todo") -> str:
    suffix = "" if kind == "todo" else "-event"
    return f"followup-{contact_id}{suffix}@segdesk"


def summary(row: FollowUpRow) -> str:
    """ "Call Łucja Nowak", or "Follow up with …" when calls are refused or there is no number."""
    if row.callable:
        return i18n.fill(i18n.translate("Follow-ups", "Call %1"), row.name)
    return i18n.fill(i18n.translate("Follow-ups", "Follow up with %1"), row.name)


def description(row: FollowUpRow) -> str:
    """Plain text lines: company, numbers, consent, the last contact and any note."""
    lines = []
    if row.company:
        lines.append(i18n.fill(i18n.translate("Follow-ups", "Company: %1"), row.company))
    if row.phone:
        lines.append(i18n.fill(i18n.translate("Follow-ups", "Phone: %1"), row.phone))
    if row.mobile:
        lines.append(i18n.fill(i18n.translate("Follow-ups", "Mobile: %1"), row.mobile))
    if row.email:
        lines.append(i18n.fill(i18n.translate("Follow-ups", "Email: %1"), row.email))
    if not row.phone_ok:
        lines.append(i18n.translate("Follow-ups", "No phone calls: this contact has not agreed to them."))
    if row.owner:
        lines.append(i18n.fill(i18n.translate("Follow-ups", "Owner: %1"), row.owner))
    last = row.last_contact
    if last is None:
        lines.append(i18n.translate("Follow-ups", "Never contacted."))
    else:
        lines.append(
            i18n.fill(
                i18n.translate("Follow-ups", "Last contact: %1 (%2)"),
                last.on.isoformat(),
                channel_label(last.channel),
            )
        )
        if last.outcome:
            lines.append(i18n.fill(i18n.translate("Follow-ups", "Outcome: %1"), last.outcome))
        if last.note:
            lines.append(i18n.fill(i18n.translate("Follow-ups", "Note: %1"), last.note))
    if row.note:
        lines.append(i18n.fill(i18n.translate("Follow-ups", "Follow-up note: %1"), row.note))
    return "\n".join(lines)


def calendar_bytes(
    rows: Iterable[FollowUpRow], *, now: datetime, kind: CalendarKind = "todo", name: str | None = None
) -> bytes:
    """The ``.ics`` file for ``rows``; ``now`` (naive = local time) stamps every component."""
    stamp = now.astimezone(UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name or i18n.translate("Follow-ups", "segdesk follow-ups"))
    for row in rows:
        component: Todo | Event
        if kind == "todo":
            component = Todo()
            component.add("due", row.due_on)
            component.add("status", "NEEDS-ACTION")
        else:
            component = Event()
            component.add("dtstart", row.due_on)
            component.add("dtend", row.due_on + timedelta(days=1))
            component.add("transp", "TRANSPARENT")
        component.add("uid", uid_for(row.contact_id, kind))
        component.add("dtstamp", stamp)
        component.add("last-modified", stamp)
        component.add("summary", summary(row))
        component.add("description", description(row))
        component.add("categories", [i18n.translate("Follow-ups", "Follow-up")])
        calendar.add_component(component)
    data: bytes = calendar.to_ical()
    return data
