"""Follow-up reminders below the services: due dates, snooze and dismiss, lists, calendar export.

- :mod:`.due` keeps ``contacts.next_followup_at`` and ``effective_cadence_days`` true,
  set-based (:func:`.due.refresh_due_dates`);
- :mod:`.actions` snoozes, dismisses, sets dates by hand, closes follow-ups;
- :mod:`.listing` lists and counts what is due (Overdue / Today / This week / Later);
- :mod:`.ics` writes iCalendar (RFC 5545);
- :mod:`.schema` and :mod:`.sqldates` are the tables and the date SQL they share.

The arithmetic itself is pure Python in :mod:`segdesk.domain.cadence`.
"""
