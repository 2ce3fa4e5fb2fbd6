"""Commands about one person: show, consent, "everything about me", erase."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TextIO

from segdesk.cli.base import Parents, Registry, Subcommands, positive_int, today_of, user_language
from segdesk.domain import i18n
from segdesk.services import contacts, privacy
from segdesk.services.actor import actor_for
from segdesk.services.databases import Store
from segdesk.services.errors import UserError
from segdesk.services.export import machine_value


def register(commands: Subcommands, parents: Parents, registry: Registry) -> None:
    contact = commands.add_parser("contact", parents=[parents.common], help="one contact: show, data, erase")
    actions = contact.add_subparsers(dest="contact_action", required=True)
    show = actions.add_parser(
        "show", parents=[parents.common, parents.today], help="every field of a contact"
    )
    show.add_argument("contact_id", type=positive_int)
    show.add_argument("--json", action="store_true")
    data = actions.add_parser(
        "data", parents=[parents.common], help="export everything stored about a person"
    )
    data.add_argument("contact_id", type=positive_int)
    data.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.json|FILE.pdf")
    data.add_argument(
        "--format",
        dest="data_format",
        choices=privacy.PERSON_DATA_FORMATS,
        default=None,
        help="json (machine-readable) or pdf (to read or print); default: from the file's suffix",
    )
    erase = actions.add_parser("erase", parents=[parents.common], help="erase a person for good")
    erase.add_argument("contact_id", type=positive_int)
    erase.add_argument("--reason", default=None)
    erase.add_argument("--yes", action="store_true", help="confirm: erasing cannot be undone")

    consent = commands.add_parser("consent", parents=[parents.common], help="record or withdraw consent")
    consent.add_argument("contact_id", type=positive_int)
    consent.add_argument("--channel", choices=sorted(privacy.CHANNEL_COLUMNS), default=None)
    which = consent.add_mutually_exclusive_group(required=True)
    which.add_argument("--grant", action="store_true")
    which.add_argument("--withdraw", action="store_true")
    consent.add_argument("--source", default=None)
    consent.add_argument("--wording", default=None)
    registry.with_store.update({"contact": _contact, "consent": _consent})


def _contact(store: Store, args: argparse.Namespace, out: TextIO) -> None:
    if args.contact_action == "show":
        details = contacts.get_contact(store, args.contact_id, today_of(args))
        values = {field: machine_value(value) for field, value in details.values.items()}
        if args.json:
            json.dump(values, out, ensure_ascii=False, indent=2)
            out.write("\n")
            return
        width = max(len(field) for field in values)
        for field, value in values.items():
            if value:
                print(f"{field:<{width}}  {value}", file=out)
    elif args.contact_action == "data":
        privacy.write_person_data(
            store,
            args.contact_id,
            args.output,
            file_format=args.data_format,
            lang=user_language(args),
            actor=actor_for(store),
        )
        print(
            i18n.fill(
                i18n.translate("Cli", "Everything about contact %1 is in %2."), args.contact_id, args.output
            ),
            file=out,
        )
    else:
        if not args.yes:
            raise UserError(i18n.translate("Cli", "Erasing cannot be undone: add --yes to confirm."))
        erasure = privacy.erase_person(store, args.contact_id, actor=actor_for(store), reason=args.reason)
        print(
            i18n.fill(
                i18n.translate("Cli", "Erased contact %1 (%2 records)."),
                args.contact_id,
                erasure.rows_removed,
            ),
            file=out,
        )


def _consent(store: Store, args: argparse.Namespace, out: TextIO) -> None:
    if args.channel is None:
        if args.grant:
            raise UserError(i18n.translate("Cli", "Say which channel the contact agreed to: --channel."))
        privacy.withdraw_all_consent(store, args.contact_id, actor=actor_for(store), source=args.source)
    else:
        privacy.set_consent(
            store,
            args.contact_id,
            args.channel,
            args.grant,
            actor=actor_for(store),
            source=args.source,
            wording=args.wording,
        )
    print(i18n.translate("Cli", "Consent recorded."), file=out)
