"""The Follow-ups page's actions: log a call, snooze, dismiss, open the contact, export a calendar.

A mixin of :class:`segdesk.ui.followups_view.FollowUpsView` (kept apart to keep each file
short). Snooze and dismiss run on the window's writer thread and push one undo step each;
undo puts the computed due date back (``reset_followup``). Logging uses the contact
editor's :class:`~segdesk.ui.log_contact_dialog.LogContactDialog`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QCalendarWidget, QDialog, QDialogButtonBox, QFileDialog, QVBoxLayout, QWidget

from segdesk.services.databases import Store
from segdesk.services.followups import FollowUpRow, dismiss, export_ics, reset_followup, snooze
from segdesk.ui.commands import BackgroundCommand
from segdesk.ui.formatting import date_format
from segdesk.ui.log_contact_dialog import LogContactDialog, LogRequest

if TYPE_CHECKING:
    from segdesk.ui.main_window import MainWindow

__all__ = ["FollowUpActions", "next_monday"]


def next_monday(today: date) -> date:
    return today + timedelta(days=7 - today.weekday())


class FollowUpActions(QWidget):
    """What the page does to the selected follow-ups; the page provides the attributes below."""

    window_: MainWindow
    today: Callable[[], date]

    @property
    def store(self) -> Store:
        return self.window_.store

    def owner(self) -> str | None:
        raise NotImplementedError

    def selected_rows(self) -> list[FollowUpRow]:
        raise NotImplementedError

    def selected_ids(self) -> list[int]:
        return [row.contact_id for row in self.selected_rows()]

    # -- actions ------------------------------------------------------------------------------

    def open_contact(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.window_.contacts.edit_contact(rows[0].contact_id)

    def log_call(self) -> LogContactDialog | None:
        """The log dialog for the selected contacts (one entry each, the same details)."""
        rows = self.selected_rows()
        if not rows:
            return None
        name = (
            rows[0].name
            if len(rows) == 1
            else QCoreApplication.translate("FollowUps", "%Ln contacts", None, len(rows))
        )
        ids = [row.contact_id for row in rows]

        def save(request: LogRequest) -> None:
            for contact_id in ids:
                self.window_.contacts.log_contact(contact_id, request)

        dialog = LogContactDialog(name, save, parent=self.window_)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def ask_date(self) -> date | None:
        """A day to snooze to, from a calendar (tests replace this)."""
        dialog = QDialog(self)
        dialog.setWindowTitle(QCoreApplication.translate("FollowUps", "Snooze Until"))
        calendar = QCalendarWidget()
        today = self.today()
        start = today + timedelta(days=1)
        calendar.setMinimumDate(QDate(today.year, today.month, today.day))
        calendar.setSelectedDate(QDate(start.year, start.month, start.day))
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(dialog.accept)
        box.rejected.connect(dialog.reject)
        calendar.activated.connect(lambda _d: dialog.accept())
        layout = QVBoxLayout(dialog)
        layout.addWidget(calendar)
        layout.addWidget(box)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        chosen = calendar.selectedDate()
        return date(chosen.year(), chosen.month(), chosen.day())

    def snooze_to_picked(self) -> bool:
        until = self.ask_date()
        return self.snooze_selected(until) if until is not None else False

    def snooze_selected(self, until: date) -> bool:
        shown = QLocale().toString(QDate(until.year, until.month, until.day), date_format(QLocale()))
        text = (
            QCoreApplication.translate("FollowUps", "Snooze %n follow-ups", None, len(self.selected_ids()))
            + f" → {shown}"
        )
        return self._change(text, lambda store, cid, today: snooze(store, cid, until, today=today))

    def dismiss_selected(self) -> bool:
        text = QCoreApplication.translate(
            "FollowUps", "Dismiss %n follow-ups", None, len(self.selected_ids())
        )
        return self._change(text, lambda store, cid, today: dismiss(store, cid, today=today))

    def _change(self, text: str, action: Callable[[Store, int, date], Any]) -> bool:
        """Do ``action`` for each selected contact on the writer thread; one undo step (reset)."""
        ids = self.selected_ids()
        if not ids:
            return False
        contacts = self.window_.contacts
        ctx, store, today = contacts.command_context, self.store, self.today()

        def redo(_result: Any = None) -> list[int]:
            for contact_id in ids:
                action(store, contact_id, today)
            return ids

        def undo(_result: Any) -> None:
            for contact_id in ids:
                reset_followup(store, contact_id, today=today)

        def done(_result: Any) -> None:
            self.window_.undo_stack.push(BackgroundCommand(ctx, text, ids, undo, redo))
            contacts.contacts_changed(ids)

        self.window_.writer.submit(redo, done, contacts.report_error)
        return True

    def ask_ics_file(self) -> str | None:
        """Where to save the calendar (tests replace this)."""
        path, _filter = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("FollowUps", "Export Follow-ups to Calendar"),
            str(Path.home() / "follow-ups.ics"),
            QCoreApplication.translate("FollowUps", "iCalendar files (*.ics);;All files (*)"),
        )
        if path and not Path(path).suffix:
            path += ".ics"
        return path or None

    def export(self, path: str | None = None) -> bool:
        path = path or self.ask_ics_file()
        if not path:
            return False
        store, today, owner = self.store, self.today(), self.owner()
        status = self.window_.statusBar()

        def done(result: Any) -> None:
            status.showMessage(
                QCoreApplication.translate(
                    "FollowUps", "%Ln follow-ups exported to the calendar file.", None, result.count
                ),
                6000,
            )

        self.window_.reader.submit(
            lambda: export_ics(store, Path(path), today=today, owner=owner),
            done,
            self.window_.contacts.report_error,
        )
        return True
