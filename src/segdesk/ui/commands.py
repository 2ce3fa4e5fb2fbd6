"""Undo commands: every change the window makes is a QUndoCommand that calls the service layer.

The commands change the database, never the widgets: after each write they tell
the window which contacts changed (``CommandContext.changed``) and the list, the
sidebar and open editors read again.

* :class:`EditContactCommand` — one save of the editor: redo writes the new values,
  undo the old ones, each with the version it expects. When someone else saved the
  contact meanwhile and changed one of *these* fields, the user chooses (keep theirs,
  overwrite with mine, cancel); a save over changes to other fields goes through.
* :class:`CreateContactCommand`, :class:`ConsentCommand` — one contact, on the GUI thread.
* :class:`BackgroundCommand` — bulk actions and deletes: the action itself ran on the
  writer thread before the push; undo and redo run there too, in order.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from segdesk.services.contact_bulk import DeletedContacts, UndoOutcome, delete_contacts, undelete_contacts
from segdesk.services.contacts import EditConflict, create_contact, get_contact, update_contact
from segdesk.services.databases import Store
from segdesk.services.errors import UserError
from segdesk.services.privacy import set_consent
from segdesk.ui.workers import JobRunner

__all__ = [
    "BackgroundCommand",
    "CommandContext",
    "ConflictRow",
    "ConsentCommand",
    "CreateContactCommand",
    "EditContactCommand",
    "Resolution",
    "delete_command",
    "same_value",
]


class Resolution(enum.Enum):
    KEEP_THEIRS = "theirs"
    OVERWRITE = "mine"
    CANCEL = "cancel"


@dataclass(frozen=True, slots=True)
class ConflictRow:
    field: str
    theirs: Any  # stored now
    mine: Any  # what this save would write


@dataclass
class CommandContext:
    """What commands need from the window; ``store`` follows the database the window shows."""

    store: Store
    actor: str
    writer: JobRunner  # a serial runner: writes happen in the order they were asked for
    changed: Callable[[Sequence[int] | None], None]  # contacts changed (None: many, read everything)
    resolve_conflict: Callable[[int, list[ConflictRow]], Resolution]
    report: Callable[[BaseException], None]  # a write that failed, in plain words
    today: Callable[[], date] = field(default=date.today)
    notify: Callable[[str], None] = field(default=lambda _text: None)  # a passing word (the status bar)


def same_value(a: Any, b: Any) -> bool:
    """Equal as a user sees it: empty is empty, 12 is 12.00, sets compare as sets."""
    empty: tuple[Any, ...] = (None, "", frozenset(), set(), ())
    if a in empty and b in empty:
        return True
    if isinstance(a, int | float | Decimal) and isinstance(b, int | float | Decimal):
        return Decimal(str(a)) == Decimal(str(b))
    if isinstance(a, set | frozenset | list | tuple) and isinstance(b, set | frozenset | list | tuple):
        return set(a) == set(b)
    return bool(a == b)


class _Command(QUndoCommand):
    """A command that may find it no longer applies; the stack then deletes it (see :meth:`drop`)."""

    dropped = False  # a plain attribute: readable after Qt deleted the C++ command

    def drop(self) -> None:
        self.dropped = True
        self.setObsolete(True)


class EditContactCommand(_Command):
    """One save of a contact's fields. ``before`` and ``after`` hold the same field ids."""

    def __init__(
        self,
        ctx: CommandContext,
        contact_id: int,
        before: Mapping[str, Any],
        after: Mapping[str, Any],
        version: int,
        text: str,
    ) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.contact_id = contact_id
        self.before = dict(before)
        self.after = dict(after)
        self.version = version  # the version the next write expects
        self.resolution: Resolution | None = None  # what the user chose in a conflict, if one came up
        self.error: BaseException | None = None
        self._pushed = False

    def redo(self) -> None:
        first, self._pushed = not self._pushed, True
        self._write(self.after, self.before, first=first)

    def undo(self) -> None:
        self._write(self.before, self.after, first=False)

    @property
    def saved(self) -> bool:
        return not self.dropped

    def _write(self, target: dict[str, Any], expected: dict[str, Any], *, first: bool) -> None:
        ctx = self.ctx
        try:
            try:
                self.version = self._update(target, self.version)
            except EditConflict as conflict:
                current = get_contact(ctx.store, self.contact_id, ctx.today()).values
                if all(same_value(current.get(f), expected.get(f)) for f in target):
                    # Someone saved other fields meanwhile: these are still as we left them.
                    self.version = self._update(target, conflict.current_version)
                else:
                    rows = [
                        ConflictRow(f, current.get(f), target[f])
                        for f in target
                        if not same_value(current.get(f), target[f])
                    ]
                    self.resolution = ctx.resolve_conflict(self.contact_id, rows)
                    if self.resolution is not Resolution.OVERWRITE:
                        self.drop()
                        if self.resolution is Resolution.KEEP_THEIRS:
                            ctx.changed([self.contact_id])
                        return
                    self.version = self._update(target, conflict.current_version)
                    if first:  # undo now gives back their values, not the ones the editor loaded
                        self.before = {f: current.get(f) for f in target}
        except UserError as exc:
            self.error = exc
            self.drop()
            ctx.report(exc)
            return
        ctx.changed([self.contact_id])

    def _update(self, values: Mapping[str, Any], version: int) -> int:
        ctx = self.ctx
        return update_contact(
            ctx.store, self.contact_id, values, expected_version=version, actor=ctx.actor, today=ctx.today()
        )


class CreateContactCommand(_Command):
    """A new contact; undo deletes it, redo brings the same contact (same id) back."""

    def __init__(self, ctx: CommandContext, values: Mapping[str, Any], text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.values = dict(values)
        self.contact_id: int | None = None
        self.error: BaseException | None = None
        self._deleted: DeletedContacts | None = None

    def redo(self) -> None:
        ctx = self.ctx
        try:
            if self._deleted is None:
                self.contact_id = create_contact(ctx.store, self.values, actor=ctx.actor)
            else:
                undelete_contacts(ctx.store, self._deleted, actor=ctx.actor)
                self._deleted = None
        except UserError as exc:
            self.error = exc
            self.drop()
            if self.contact_id is not None:
                ctx.report(exc)
            return
        ctx.changed([self.contact_id] if self.contact_id is not None else None)

    def undo(self) -> None:
        if self.contact_id is None:
            return
        ctx = self.ctx
        try:
            self._deleted = delete_contacts(ctx.store, [self.contact_id], actor=ctx.actor)
        except UserError as exc:
            self.drop()
            ctx.report(exc)
            return
        ctx.changed([self.contact_id])


class ConsentCommand(_Command):
    """Consent for one channel given or withdrawn; undo records the previous answer again."""

    SOURCE = "segdesk window"

    def __init__(
        self, ctx: CommandContext, contact_id: int, channel: str, granted: bool, previous: bool, text: str
    ) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.contact_id = contact_id
        self.channel = channel
        self.granted = granted
        self.previous = previous

    def redo(self) -> None:
        self._set(self.granted)

    def undo(self) -> None:
        self._set(self.previous)

    def _set(self, granted: bool) -> None:
        ctx = self.ctx
        try:
            set_consent(
                ctx.store, self.contact_id, self.channel, granted, actor=ctx.actor, source=self.SOURCE
            )
        except UserError as exc:
            self.drop()
            ctx.report(exc)
            return
        ctx.changed([self.contact_id])


class BackgroundCommand(QUndoCommand):
    """A change of many contacts that already ran (off the GUI thread); undo and redo run there too.

    ``result`` is what the action returned (a BulkChange, DeletedContacts); ``undo_work(result)``
    puts things back and ``redo_work(result)`` does the action again, returning the new result.
    Both run on the context's writer thread, so a quick undo, redo, undo keeps its order.
    When undo returns an :class:`UndoOutcome` that left contacts changed since as they are,
    the user is told how many.
    """

    def __init__(
        self,
        ctx: CommandContext,
        text: str,
        result: Any,
        undo_work: Callable[[Any], Any],
        redo_work: Callable[[Any], Any],
    ) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.result = result
        self._undo_work = undo_work
        self._redo_work = redo_work
        self._done = True  # the first redo (the push) finds the work done

    def redo(self) -> None:
        if self._done:
            return

        def work() -> None:
            self.result = self._redo_work(self.result)

        self._done = True
        self.ctx.writer.submit(work, self._finished, self._failed)

    def undo(self) -> None:
        self._done = False
        self.ctx.writer.submit(lambda: self._undo_work(self.result), self._undone, self._failed)

    def _finished(self, _result: Any) -> None:
        self.ctx.changed(None)

    def _undone(self, outcome: Any) -> None:
        self._finished(outcome)
        if isinstance(outcome, UndoOutcome) and outcome.kept:
            self.ctx.notify(
                QCoreApplication.translate(
                    "ContactActions",
                    "%n contacts changed since then were left as they are.",
                    None,
                    outcome.kept,
                )
            )

    def _failed(self, error: BaseException) -> None:
        self.ctx.report(error)
        self.ctx.changed(None)


def delete_command(ctx: CommandContext, deleted: DeletedContacts, text: str) -> BackgroundCommand:
    """The undo step of a delete that already ran: undo restores the rows, redo deletes them again."""

    def undo(result: DeletedContacts) -> None:
        undelete_contacts(ctx.store, result, actor=ctx.actor)

    def redo(result: DeletedContacts) -> DeletedContacts:
        return delete_contacts(ctx.store, result.rows.contact_ids, actor=ctx.actor)

    return BackgroundCommand(ctx, text, deleted, undo, redo)
