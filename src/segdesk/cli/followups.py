"""Follow-up commands: ``segdesk followups list|ics|snooze|done|dismiss|set|reset|cadence|settings|refresh``
and ``segdesk log`` (log a contact)."""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path
from typing import Any, TextIO

from segdesk.cli.base import Parents, Parser, Registry, Subcommands, iso_date, positive_int, today_of
from segdesk.domain import i18n
from segdesk.domain.cadence import DUE_FILTERS, TOUCHES
from segdesk.services import followups as service
from segdesk.services import interactions
from segdesk.services.actor import actor_for
from segdesk.services.databases import Store

__all__ = ["register", "row_json"]


def register(commands: Subcommands, parents: Parents, registry: Registry) -> None:
    common, today = parents.common, parents.today
    both = [common, today]
    followups = commands.add_parser("followups", parents=[common], help="follow-up reminders")
    actions = followups.add_subparsers(dest="followup_action", parser_class=Parser, required=True)

    listing = actions.add_parser("list", parents=both, help="the follow-ups due, most overdue first")
    listing.add_argument(
        "--due", choices=DUE_FILTERS, default="today", help="today (default) includes overdue"
    )
    listing.add_argument("--owner", default=None, help="only this team member's follow-ups")
    listing.add_argument("--call-list", action="store_true", help="leave out contacts who refused calls")
    listing.add_argument("--limit", type=positive_int, default=None)
    listing.add_argument("--json", action="store_true")

    ics = actions.add_parser("ics", parents=both, help="export the follow-ups as an iCalendar file")
    ics.add_argument("-o", "--output", type=Path, required=True)
    ics.add_argument("--due", choices=DUE_FILTERS, default="all")
    ics.add_argument("--owner", default=None)
    ics.add_argument(
        "--as", dest="kind", choices=("todo", "event"), default="todo", help="tasks or all-day events"
    )

    snooze = actions.add_parser("snooze", parents=both, help="put a follow-up off until a day")
    snooze.add_argument("contact_id", type=positive_int)
    snooze.add_argument("--until", type=iso_date, required=True)

    done = actions.add_parser(
        "done", parents=both, help="the contact was reached: log it, restart the interval"
    )
    _log_arguments(done, channel_required=False)

    dismiss = actions.add_parser("dismiss", parents=both, help="no follow-up until the next contact")
    dismiss.add_argument("contact_id", type=positive_int)

    by_hand = actions.add_parser("set", parents=both, help="a follow-up on a day of your choice")
    by_hand.add_argument("contact_id", type=positive_int)
    by_hand.add_argument("--on", type=iso_date, required=True)
    by_hand.add_argument("--note", default=None)
    by_hand.add_argument("--owner", default=None)

    reset = actions.add_parser("reset", parents=both, help="back to the computed due date")
    reset.add_argument("contact_id", type=positive_int)

    cadence = actions.add_parser(
        "cadence", parents=both, help="how often to follow up (contact, segment, default)"
    )
    who = cadence.add_mutually_exclusive_group(required=True)
    who.add_argument("--contact", type=positive_int, default=None)
    who.add_argument("--segment", default=None)
    who.add_argument("--default", action="store_true")
    what = cadence.add_mutually_exclusive_group(required=True)
    what.add_argument("--every", default=None, help="“90 days”, “2 weeks”, “3 months”, “1 year”")
    what.add_argument("--clear", action="store_true")

    settings = actions.add_parser("settings", parents=both, help="show or change follow-up settings")
    settings.add_argument("--touch", choices=TOUCHES, default=None, help="what restarts the interval")
    settings.add_argument("--skip-weekends", choices=("yes", "no"), default=None)
    settings.add_argument("--json", action="store_true")

    actions.add_parser("refresh", parents=both, help="recompute every due date (after imports)")

    log = commands.add_parser("log", parents=both, help="log a contact (call, email, meeting...)")
    _log_arguments(log, channel_required=True)

    registry.with_store.update({"followups": _followups, "log": _log})


def _log_arguments(parser: argparse.ArgumentParser, *, channel_required: bool) -> None:
    parser.add_argument("contact_id", type=positive_int)
    parser.add_argument(
        "--channel",
        choices=interactions.CHANNELS,
        required=channel_required,
        default=None if channel_required else "call",
    )
    parser.add_argument("--outcome", default=None)
    parser.add_argument("--note", default=None)
    parser.add_argument("--next", type=iso_date, default=None, help="the next follow-up, set by hand")
    parser.add_argument("--member", default=None, help="the team member who made the contact")


def _followups(store: Store, args: argparse.Namespace, out: TextIO) -> None:
    handler = {
        "list": _list,
        "ics": _ics,
        "snooze": _snooze,
        "done": _log,
        "dismiss": _dismiss,
        "set": _set,
        "reset": _reset,
        "cadence": _cadence,
        "settings": _settings,
        "refresh": _refresh,
    }[args.followup_action]
    handler(store, args, out)


def row_json(row: service.FollowUpRow) -> dict[str, Any]:
    last = row.last_contact
    return {
        "contact_id": row.contact_id,
        "name": row.name,
        "company": row.company,
        "phone": row.phone,
        "mobile": row.mobile,
        "email": row.email,
        "owner": row.owner,
        "due_on": row.due_on.isoformat(),
        "bucket": row.bucket,
        "days_overdue": row.days_overdue,
        "phone_ok": row.phone_ok,
        "callable": row.callable,
        "never_contacted": row.never_contacted,
        "set_by_hand": row.set_by_hand,
        "snoozed_until": row.snoozed_until.isoformat() if row.snoozed_until else None,
        "note": row.note,
        "cadence_days": row.cadence_days,
        "last_contact": None
        if last is None
        else {"on": last.on.isoformat(), "channel": last.channel, "outcome": last.outcome, "note": last.note},
    }


def _row_line(row: service.FollowUpRow) -> str:
    parts = [row.name]
    if row.company:
        parts.append(row.company)
    if not row.phone_ok:
        parts.append(i18n.translate("Follow-ups", "no calls"))
    elif row.number:
        parts.append(row.number)
    if row.owner:
        parts.append(row.owner)
    last = row.last_contact
    if last is None:
        parts.append(i18n.translate("Follow-ups", "never contacted"))
    else:
        text = i18n.fill(
            i18n.translate("Follow-ups", "last: %1 %2"),
            last.on.isoformat(),
            service.channel_label(last.channel),
        )
        if last.note:
            first_line = last.note.splitlines()[0] if last.note.strip() else ""
            text += f" “{first_line[:60]}”"
        parts.append(text)
    late = (
        f"+{row.days_overdue}" if row.days_overdue > 0 else str(row.days_overdue) if row.days_overdue else "0"
    )
    return f"  {row.due_on.isoformat()} {late:>5}  " + " · ".join(parts)


def _list(store: Store, args: argparse.Namespace, out: TextIO) -> None:
    today = today_of(args)
    service.ensure_current(store, today)
    rows = service.due_followups(
        store, today, args.due, args.owner, call_list=args.call_list, limit=args.limit
    )
    if args.json:
        json.dump([row_json(row) for row in rows], out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    if not rows:
        print(i18n.translate("Follow-ups", "Nothing to follow up."), file=out)
        return
    for bucket, group in service.group_rows(rows).items():
        if group:
            print(f"{service.bucket_label(bucket)} ({len(group)})", file=out)
            for row in group:
                print(_row_line(row), file=out)


def _ics(store: Store, args: argparse.Namespace, out: TextIO) -> None:
    today = today_of(args)
    service.ensure_current(store, today)
    result = service.export_ics(
        store, args.output, today=today, due=args.due, owner=args.owner, kind=args.kind
    )
    message = i18n.translate("Follow-ups", "Wrote %n follow-ups to %1.", None, result.count)
    print(i18n.fill(message, result.path), file=out)


def _due_message(contact_id: int, due: Any) -> str:
    if due is None:
        return i18n.fill(
            i18n.translate("Follow-ups", "Contact %1: no follow-up until the next contact."), contact_id
        )
    return i18n.fill(
        i18n.translate("Follow-ups", "Contact %1: next follow-up on %2."), contact_id, due.isoformat()
    )


def _snooze(store: Store, args: argparse.Namespace, out: TextIO) -> None:
    due = service.snooze(store, args.contact_id, args.until, today=today_of(args))
    print(_due_message(args.contact_id, due), file=out)


def _dismiss(store: Store, args: argparse.Namespace, out: TextIO) -> None:
    due = service.dismiss(store, args.contact_id, today=today_of(args))
    print(_due_message(args.contact_id, due), file=out)


def _set(store: Store, args: argparse.Namespace, out: TextIO) -> None:
    due = service.set_followup_date(
        store, args.contact_id, args.on, today=today_of(args), note=args.note, owner=args.owner
    )
    print(_due_message(args.contact_id, due), file=out)


def _reset(store: Store, args: argparse.Namespace, out: TextIO) -> None:
    due = service.reset_followup(store, args.contact_id, today=today_of(args))
    print(_due_message(args.contact_id, due), file=out)


def _log(store: Store, args: argparse.Namespace, out: TextIO) -> None:
    logged = interactions.log_contact(
        store,
        args.contact_id,
        channel=args.channel,
        today=today_of(args),
        outcome=args.outcome,
        note=args.note,
        next_on=args.next,
        member=args.member,
    )
    print(_due_message(args.contact_id, logged.next_followup_at), file=out)


def _cadence(store: Store, args: argparse.Namespace, out: TextIO) -> None:
    today = today_of(args)
    cadence = None if args.clear else service.parse_cadence_text(args.every)
    if args.default:
        if cadence is None:
            cadence = service.FollowUpSettings().default_cadence
        current = service.followup_settings(store)
        service.save_followup_settings(store, replace(current, default_cadence=cadence), today=today)
        print(i18n.fill(i18n.translate("Follow-ups", "Default follow-up: %1."), cadence.describe()), file=out)
    elif args.segment is not None:
        service.set_segment_cadence(store, args.segment, cadence, today=today)
        what = cadence.describe() if cadence else i18n.translate("Follow-ups", "none")
        print(
            i18n.fill(i18n.translate("Follow-ups", "Segment “%1”: follow up %2."), args.segment, what),
            file=out,
        )
    else:
        due = service.set_contact_cadence(store, args.contact, cadence, today=today, actor=actor_for(store))
        print(_due_message(args.contact, due), file=out)


def _settings(store: Store, args: argparse.Namespace, out: TextIO) -> None:
    current = service.followup_settings(store)
    if args.touch is not None or args.skip_weekends is not None:
        changed = replace(
            current,
            touch=args.touch or current.touch,
            skip_weekends=current.skip_weekends
            if args.skip_weekends is None
            else args.skip_weekends == "yes",
        )
        service.save_followup_settings(store, changed, today=today_of(args))
        current = changed
    values = current.to_mapping()
    if args.json:
        json.dump(values, out, indent=2)
        out.write("\n")
        return
    for key, value in values.items():
        print(f"{key}  {value}", file=out)


def _refresh(store: Store, args: argparse.Namespace, out: TextIO) -> None:
    result = service.refresh(store, today_of(args))
    print(i18n.translate("Follow-ups", "Due dates changed for %n contacts.", None, result.changed), file=out)
    for name in result.broken_segments:
        message = i18n.translate(
            "Follow-ups", "Segment “%1” has rules that cannot be used; its interval was left out."
        )
        print(i18n.fill(message, name), file=out)
    for name in result.circular_segments:
        message = i18n.translate(
            "Follow-ups", "Segment “%1” chooses its members by follow-up dates; its interval was left out."
        )
        print(i18n.fill(message, name), file=out)
