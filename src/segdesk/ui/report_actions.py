"""File ▸ Print… (Ctrl+P): the report dialog on what the window shows.

The "Contacts" list offers everyone, the list as filtered, the selected rows,
the follow-ups due and each saved segment; it starts on the one in view.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from segdesk.services.contact_list import ContactListQuery, ids_in_rows, matching_ids
from segdesk.services.overview import sidebar
from segdesk.services.reports import ReportScope
from segdesk.services.selection import Selection
from segdesk.ui.report_dialog import ReportDialog, ScopeChoice
from segdesk.ui.sidebar import FOLLOWUPS_DUE

if TYPE_CHECKING:
    from segdesk.ui.main_window import MainWindow

__all__ = ["ReportActions"]


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("ReportActions", text, None, n)


class ReportActions:
    """Turns on the window's Print… action and opens the report dialog from it."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.dialog: ReportDialog | None = None
        action = window.contacts.print_action
        action.setEnabled(True)
        action.setToolTip(_tr("Call sheets, mailing labels and summaries of these contacts"))
        action.triggered.connect(lambda: self.open_dialog())

    def scopes(self) -> tuple[list[ScopeChoice], str]:
        """The choices of contacts, and the key of the one the window shows."""
        window = self.window
        store = window.store
        today = date.today()
        choices = [
            ScopeChoice("all", _tr("All contacts"), lambda: ReportScope(selection=Selection(everyone=True)))
        ]
        current = "all"
        query = window.model.shown_query
        if (
            query.search
            or query.followups_due_by is not None
            or query.contact_ids is not None
            or query.segment_id is not None
        ):
            choices.append(
                ScopeChoice(
                    "list",
                    _tr("The contacts listed (%n)", window.model.count()),
                    lambda: ReportScope(contact_ids=matching_ids(store, query), title=_tr("Contacts")),
                )
            )
            current = "list"
        panel = window.list_panel
        ranges = panel.selected_ranges()
        selected = sum(last - first + 1 for first, last in ranges)
        if selected:
            few = panel.selected_ids_if_few()

            def picked() -> ReportScope:
                ids = few if few is not None else ids_in_rows(store, query, ranges)
                chosen = ContactListQuery(contact_ids=frozenset(ids))
                return ReportScope(contact_ids=matching_ids(store, chosen))

            choices.append(ScopeChoice("selection", _tr("Selected contacts (%n)", selected), picked))
            if selected > 1:
                current = "selection"
        choices.append(ScopeChoice("due", _tr("Follow-ups due"), lambda: ReportScope(followups_due=True)))
        if window.sidebar.current_key() == FOLLOWUPS_DUE:
            current = "due"
        shown_segment = window.sidebar.current_key()
        for segment in sidebar(store, today).segments:
            name = segment.name
            key = f"segment:{segment.id}"
            choices.append(
                ScopeChoice(
                    key,
                    _tr("Segment: %1").replace("%1", name),
                    _segment_scope(name),
                )
            )
            if key == shown_segment:
                current = key
        return choices, current

    def open_dialog(self, *, modal: bool = True) -> ReportDialog:
        choices, current = self.scopes()
        dialog = ReportDialog(self.window.store, choices, current=current, parent=self.window)
        self.dialog = dialog
        if modal:
            dialog.exec()
            dialog.deleteLater()
        return dialog


def _segment_scope(name: str) -> Callable[[], ReportScope]:
    return lambda: ReportScope(selection=Selection(segment=name))
