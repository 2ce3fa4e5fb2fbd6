"""What the window does to contacts: open editors, log contacts, bulk actions, delete, export.

The main window owns one :class:`ContactActions`; it builds the actions (menus,
toolbar, shortcuts), keeps the open editors and is their :class:`EditorHost`.
Bulk actions and deletes read the selected ids and write on the window's serial
writer thread, then push one undo step each; nothing here blocks the window for
longer than one contact's read or write.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox, QWidget

from segdesk.domain.choice_labels import choice_label
from segdesk.domain.fields import STAGES, Catalogue
from segdesk.domain.i18n import QT_TRANSLATE_NOOP
from segdesk.services import contact_bulk
from segdesk.services.actor import actor_for
from segdesk.services.contact_bulk import BulkChange, UndoOutcome
from segdesk.services.contact_form import FormChoices, form_choices
from segdesk.services.contact_list import ContactListQuery, ids_in_rows
from segdesk.services.databases import Store
from segdesk.services.errors import UserError
from segdesk.services.interactions import LoggedContact, log_contact, unlog_contact
from segdesk.services.list_export import export_list
from segdesk.ui.audit_dialog import HistoryDialog
from segdesk.ui.commands import BackgroundCommand, CommandContext, ConflictRow, Resolution, delete_command
from segdesk.ui.conflict_dialog import ConflictDialog
from segdesk.ui.contact_editor import ContactEditor
from segdesk.ui.log_contact_dialog import LogContactDialog, LogRequest
from segdesk.ui.person_export import export_person
from segdesk.ui.workers import JobRunner

if TYPE_CHECKING:
    from segdesk.ui.main_window import MainWindow

__all__ = ["EXPORT_FILTERS", "ContactActions"]


# (format, file name filter, untranslated); the first is the default
EXPORT_FILTERS: tuple[tuple[str, str], ...] = (
    ("csv", QT_TRANSLATE_NOOP("ContactActions", "CSV (*.csv)")),
    ("xlsx", QT_TRANSLATE_NOOP("ContactActions", "Excel (*.xlsx)")),
    ("vcard", QT_TRANSLATE_NOOP("ContactActions", "vCard (*.vcf)")),
    ("mailchimp", QT_TRANSLATE_NOOP("ContactActions", "Mailchimp CSV (*.csv)")),
    ("google", QT_TRANSLATE_NOOP("ContactActions", "Google Contacts CSV (*.csv)")),
    ("outlook", QT_TRANSLATE_NOOP("ContactActions", "Outlook CSV (*.csv)")),
)
_EXTENSIONS = {"xlsx": ".xlsx", "vcard": ".vcf"}  # the others: .csv
FEW_IDS = 2000  # a selection this small is read from the list's pages on the GUI thread


class ContactActions(QObject):
    """The window's contact actions and the host of its contact editors."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.undo_stack: QUndoStack = window.undo_stack
        self.reader: JobRunner = window.reader
        self.writer: JobRunner = window.writer
        self.editors: dict[int | None, ContactEditor] = {}
        self._new_editors: list[ContactEditor] = []
        self._choices: FormChoices | None = None
        self._choices_stale = False
        self.command_context = CommandContext(
            store=window.store,
            actor=actor_for(window.store),
            writer=self.writer,
            changed=self.contacts_changed,
            resolve_conflict=self.resolve_conflict,
            report=self.report_error,
            notify=lambda text: self.window.statusBar().showMessage(text, 8000),
        )
        self._build_actions()
        self.window.list_panel.contactActivated.connect(self.edit_contact)
        self.window.details.historyRequested.connect(self.show_history)
        self.window.list_panel.table.customContextMenuRequested.connect(self._show_list_menu)
        self.window.list_panel.table.selectionModel().selectionChanged.connect(self.update_enabled)
        self.window.model.modelReset.connect(self.update_enabled)
        self.writer.busyChanged.connect(self.update_enabled)
        self.update_enabled()
        self.preload_choices()

    # -- EditorHost --------------------------------------------------------------------------

    @property
    def store(self) -> Store:
        return self.window.store

    def catalogue(self) -> Catalogue:
        return self.window.model.catalogue

    def currency_symbol(self) -> str:
        return self.window.currency_symbol()

    def form_choices(self) -> FormChoices:
        """What editors offer; read at once the first time, then again in the background after changes."""
        if self._choices is None:
            self._choices = form_choices(self.store)
            self._choices_stale = False
        elif self._choices_stale:
            self.preload_choices()
        return self._choices

    def preload_choices(self) -> None:
        """Read what the editor offers (tags, sources in use…) in the background."""
        store = self.store
        self._choices_stale = False
        self.reader.run("form-choices", lambda: form_choices(store), self._set_choices)

    def reset_choices(self) -> None:
        """Another database: forget its choices and read the new ones."""
        self._choices = None
        self.preload_choices()

    def _set_choices(self, choices: FormChoices) -> None:
        self._choices = choices

    def log_contact(self, contact_id: int, request: LogRequest, name: str = "") -> None:
        """Record a contact, as one undo step (may raise UserError: the dialog shows it and stays open)."""
        store, today = self.store, date.today()

        def log(_previous: object = None) -> LoggedContact:
            return log_contact(
                store,
                contact_id,
                channel=request.channel,
                today=today,
                occurred_at=request.occurred_at,
                outcome=request.outcome,
                note=request.note,
                next_on=request.next_on,
            )

        def unlog(result: LoggedContact) -> None:
            unlog_contact(store, contact_id, result, today=today)

        logged = log()
        text = QCoreApplication.translate("LogContact", "Log Contact – %1").replace(
            "%1", name or str(contact_id)
        )
        self.undo_stack.push(
            BackgroundCommand(
                self.command_context,
                text,
                logged,
                unlog,
                log,
            )
        )
        self.window.statusBar().showMessage(
            QCoreApplication.translate("ContactActions", "Contact logged."), 4000
        )
        self.contacts_changed([contact_id])

    def contacts_changed(self, ids: list[int] | tuple[int, ...] | Any | None) -> None:
        """Some contacts changed (None: any number): the list, the counts and the open editors follow."""
        self.command_context.store = self.store
        self._choices_stale = True  # new tags, sources… are read again when an editor opens
        self.window.refresh()
        for contact_id, editor in list(self.editors.items()):
            if ids is None or contact_id in ids:
                editor.contact_changed()

    def editor_closed(self, editor: ContactEditor) -> None:
        for key, open_editor in list(self.editors.items()):
            if open_editor is editor:
                del self.editors[key]
        if editor in self._new_editors:
            self._new_editors.remove(editor)
        editor.deleteLater()

    def resolve_conflict(self, contact_id: int, rows: list[ConflictRow]) -> Resolution:
        editor = self.editors.get(contact_id)
        parent: QWidget = editor if editor is not None else self.window
        name = ""
        if editor is not None:
            name = str(editor.loaded.get("full_name") or "")
        return ConflictDialog.ask(
            parent, rows, contact_name=name, catalogue=self.catalogue(), currency=self.currency_symbol()
        )

    def report_error(self, error: BaseException) -> None:
        """Tell the user a change could not be made, without stopping the window."""
        text = (
            str(error)
            if isinstance(error, UserError)
            else QCoreApplication.translate("ContactActions", "The change could not be saved: %1").replace(
                "%1", str(error) or type(error).__name__
            )
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning, "segdesk", text, QMessageBox.StandardButton.Ok, self.window
        )
        box.setObjectName("errorBox")
        box.setModal(False)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()

    # -- actions ---------------------------------------------------------------------------------

    def _action(self, text: str, shortcut: Any = None, slot: Callable[[], Any] | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            QCoreApplication.translate("ContactActions", "&New Contact…"),
            QKeySequence.StandardKey.New,
            self.new_contact,
        )
        self.new_action.setObjectName("newContactAction")
        self.edit_action = self._action(
            QCoreApplication.translate("ContactActions", "&Edit Contact…"), None, self.edit_current
        )
        self.log_action = self._action(
            QCoreApplication.translate("ContactActions", "&Log Contact…"), "Ctrl+L", self.log_current
        )
        self.delete_action = self._action(
            QCoreApplication.translate("ContactActions", "&Delete…"),
            QKeySequence.StandardKey.Delete,
            self.delete_selected,
        )
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.window.list_panel.table.addAction(self.delete_action)
        self.add_tag_action = self._action(
            QCoreApplication.translate("ContactActions", "Add &Tag…"), None, self.add_tag
        )
        self.remove_tag_action = self._action(
            QCoreApplication.translate("ContactActions", "&Remove Tag…"), None, self.remove_tag
        )
        self.stage_action = self._action(
            QCoreApplication.translate("ContactActions", "Set &Stage…"), None, self.set_stage
        )
        self.owner_action = self._action(
            QCoreApplication.translate("ContactActions", "Set &Owner…"), None, self.set_owner
        )
        self.segment_action = self._action(
            QCoreApplication.translate("ContactActions", "Add to Se&gment…"), None, self.add_to_segment
        )
        self.export_action = self._action(
            QCoreApplication.translate("ContactActions", "&Export…"), "Ctrl+E", self.export
        )
        self.history_action = self._action(
            QCoreApplication.translate("ContactActions", "&History…"), "Ctrl+Shift+H", self.show_history
        )
        self.history_action.setObjectName("contactHistoryAction")
        self.export_person_action = self._action(
            QCoreApplication.translate("ContactActions", "Export Everything About This Person…"),
            None,
            self.export_person,
        )
        self.export_person_action.setObjectName("exportPersonAction")
        self.print_action = self._action(
            QCoreApplication.translate("ContactActions", "&Print…"), QKeySequence.StandardKey.Print
        )
        self.print_action.setEnabled(False)
        self.print_action.setToolTip(
            QCoreApplication.translate("ContactActions", "Printable reports arrive with the reports window.")
        )
        self.bulk_actions = (
            self.add_tag_action,
            self.remove_tag_action,
            self.stage_action,
            self.owner_action,
            self.segment_action,
        )

    def bulk_menu(self, parent: QWidget | None = None) -> QMenu:
        menu = QMenu(QCoreApplication.translate("ContactActions", "Selected Contacts"), parent)
        for action in self.bulk_actions:
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        return menu

    def _show_list_menu(self, position: Any) -> None:
        table = self.window.list_panel.table
        menu = QMenu(table)
        menu.addAction(self.edit_action)
        menu.addAction(self.log_action)
        menu.addSeparator()
        for action in self.bulk_actions:
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(table.viewport().mapToGlobal(position))

    def update_enabled(self, *_args: Any) -> None:
        panel = self.window.list_panel
        current = panel.current_contact_id() is not None
        selected = bool(panel.table.selectionModel().hasSelection())
        self.edit_action.setEnabled(current)
        self.log_action.setEnabled(current)
        self.history_action.setEnabled(current)
        self.export_person_action.setEnabled(current)
        busy = self.writer.is_busy()
        for action in (*self.bulk_actions, self.delete_action):
            action.setEnabled(selected and not busy)
        self.export_action.setEnabled(self.window.model.count() > 0)

    # -- editors -------------------------------------------------------------------------------

    def edit_current(self) -> ContactEditor | None:
        contact_id = self.window.list_panel.current_contact_id()
        return self.edit_contact(contact_id) if contact_id is not None else None

    def edit_contact(self, contact_id: int) -> ContactEditor:
        editor = self.editors.get(contact_id)
        if editor is None:
            editor = ContactEditor(self, contact_id, self.window)
            self.editors[contact_id] = editor
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def new_contact(self) -> ContactEditor:
        editor = ContactEditor(self, None, self.window)
        self._new_editors.append(editor)
        editor.saved.connect(lambda contact_id, e=editor: self._new_saved(e, contact_id))
        editor.show()
        return editor

    def _new_saved(self, editor: ContactEditor, contact_id: int) -> None:
        if editor in self._new_editors:
            self._new_editors.remove(editor)
        self.editors[contact_id] = editor

    def close_editors(self) -> bool:
        """Close every editor (asking about unsaved changes); False if the user kept one open."""
        return all(editor.close() for editor in [*self.editors.values(), *self._new_editors])

    def log_current(self) -> LogContactDialog | None:
        contact_id = self.window.list_panel.current_contact_id()
        if contact_id is None:
            return None
        details = self.window.details.details
        name = details.full_name if details is not None and details.id == contact_id else ""
        dialog = LogContactDialog(
            name, lambda request: self.log_contact(contact_id, request, name), parent=self.window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _current_name(self, contact_id: int) -> str:
        details = self.window.details.details
        return details.full_name if details is not None and details.id == contact_id else ""

    def show_history(self, contact_id: int | None = None) -> HistoryDialog | None:
        """Contact ▸ History…: who changed what on the contact, and when."""
        if contact_id is None:
            contact_id = self.window.list_panel.current_contact_id()
        if contact_id is None:
            return None
        name = self._current_name(contact_id)
        dialog = HistoryDialog(self.store, contact_id, name, self.window, currency=self.currency_symbol())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def export_person(self, target: tuple[Path, str] | None = None) -> Path | None:
        """Contact ▸ Export Everything About This Person… (PDF or JSON)."""
        contact_id = self.window.list_panel.current_contact_id()
        if contact_id is None:
            return None
        written = export_person(
            self.window,
            self.store,
            contact_id,
            self._current_name(contact_id),
            actor=self.command_context.actor,
            target=target,
        )
        if written is not None:
            message = QCoreApplication.translate("ContactActions", "Everything about the contact is in %1.")
            self.window.statusBar().showMessage(message.replace("%1", written.name), 8000)
        return written

    # -- asking (tests replace these) -------------------------------------------------------

    def ask_item(self, title: str, label: str, items: list[str], *, editable: bool) -> str | None:
        text, ok = QInputDialog.getItem(self.window, title, label, items, 0, editable)
        return text.strip() if ok and text.strip() else None

    def confirm_delete(self, count: int) -> bool:
        text = QCoreApplication.translate(
            "ContactActions", "Delete %n contacts? You can undo this with Ctrl+Z.", None, count
        )
        answer = QMessageBox.question(
            self.window,
            QCoreApplication.translate("ContactActions", "Delete Contacts"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_export_file(self) -> tuple[str, str] | None:
        """(path, format) chosen in a save dialog, or None."""
        labels = [(code, QCoreApplication.translate("ContactActions", f)) for code, f in EXPORT_FILTERS]
        filters = ";;".join(label for _code, label in labels)
        start = str(Path.home() / "contacts.csv")
        path, chosen = QFileDialog.getSaveFileName(
            self.window, QCoreApplication.translate("ContactActions", "Export Contacts"), start, filters
        )
        if not path:
            return None
        file_format = next((code for code, label in labels if label == chosen), None)
        if file_format is None:
            suffix = Path(path).suffix.lower()
            file_format = {".xlsx": "xlsx", ".vcf": "vcard"}.get(suffix, "csv")
        if not Path(path).suffix:
            path += _EXTENSIONS.get(file_format, ".csv")
        return path, file_format

    # -- bulk actions ------------------------------------------------------------------------

    def _selection(self) -> tuple[ContactListQuery, list[tuple[int, int]], list[int] | None, int]:
        panel = self.window.list_panel
        ranges = panel.selected_ranges()
        count = sum(b - t + 1 for t, b in ranges)
        few = panel.selected_ids_if_few() if count <= FEW_IDS else None
        return self.window.model.shown_query, ranges, few, count

    def _run_bulk(
        self,
        text: str,
        action: Callable[[Store, list[int]], BulkChange],
        undo: Callable[[Store, BulkChange], UndoOutcome],
    ) -> bool:
        """Read the selected ids and do ``action`` on the writer thread, then push one undo step.

        Undo leaves contacts changed since as they are; redo applies the action again to all
        the contacts it first changed, those too (the user asks for it once more).
        """
        query, ranges, few, count = self._selection()
        if not count:
            return False
        store = self.store

        def work() -> BulkChange:
            ids = few if few is not None else ids_in_rows(store, query, ranges)
            return action(store, ids)

        def done(change: BulkChange) -> None:
            if not change.changed_ids:
                self.window.statusBar().showMessage(
                    QCoreApplication.translate("ContactActions", "Nothing to change."), 4000
                )
                return
            command = BackgroundCommand(
                self.command_context,
                text,
                change,
                lambda result: undo(store, result),
                lambda result: action(store, list(result.changed_ids)),
            )
            self.undo_stack.push(command)
            self.contacts_changed(None)

        self.writer.submit(work, done, self._bulk_failed)
        self.update_enabled()
        return True

    def _bulk_failed(self, error: BaseException) -> None:
        self.report_error(error)
        self.update_enabled()

    def add_tag(self, tag: str | None = None) -> bool:
        tag = tag or self._ask_tag(
            QCoreApplication.translate("ContactActions", "Add Tag"),
            QCoreApplication.translate("ContactActions", "Tag to add to the selected contacts:"),
        )
        if not tag:
            return False
        count = self.window.list_panel.selected_count()
        text = QCoreApplication.translate("ContactActions", "Add tag “%1” to %n contacts", None, count)
        return self._run_tag_bulk(text.replace("%1", tag), contact_bulk.add_tag, tag)

    def remove_tag(self, tag: str | None = None) -> bool:
        tag = tag or self._ask_tag(
            QCoreApplication.translate("ContactActions", "Remove Tag"),
            QCoreApplication.translate("ContactActions", "Tag to remove from the selected contacts:"),
        )
        if not tag:
            return False
        count = self.window.list_panel.selected_count()
        text = QCoreApplication.translate("ContactActions", "Remove tag “%1” from %n contacts", None, count)
        return self._run_tag_bulk(text.replace("%1", tag), contact_bulk.remove_tag, tag)

    def _ask_tag(self, title: str, prompt: str) -> str | None:
        return self.ask_item(title, prompt, list(self.form_choices().tags), editable=True)

    def _run_tag_bulk(self, text: str, action: Callable[..., BulkChange], tag: str) -> bool:
        """Add or remove ``tag`` on the selection; undo does the opposite."""
        actor = self.command_context.actor
        return self._run_bulk(
            text,
            lambda store, ids: action(store, ids, tag, actor=actor),
            lambda store, change: contact_bulk.undo_change(store, change, actor=actor, tag=tag),
        )

    def set_stage(self, stage: str | None = None) -> bool:
        if stage is None:
            labels = [choice_label("stage", s) for s in STAGES]
            chosen = self.ask_item(
                QCoreApplication.translate("ContactActions", "Set Stage"),
                QCoreApplication.translate("ContactActions", "Relationship stage:"),
                labels,
                editable=False,
            )
            if chosen is None:
                return False
            stage = STAGES[labels.index(chosen)]
        actor = self.command_context.actor
        count = self.window.list_panel.selected_count()
        text = QCoreApplication.translate(
            "ContactActions", "Set stage of %n contacts to “%1”", None, count
        ).replace("%1", choice_label("stage", stage))
        chosen_stage = stage
        return self._run_bulk(
            text,
            lambda store, ids: contact_bulk.set_stage(store, ids, chosen_stage, actor=actor),
            lambda store, change: contact_bulk.undo_change(store, change, actor=actor),
        )

    def set_owner(self, owner: str | None = None) -> bool:
        team = list(self.form_choices().team)
        if owner is None:
            if not team:
                self.report_error(
                    UserError(
                        QCoreApplication.translate("ContactActions", "There is no team member to choose yet.")
                    )
                )
                return False
            owner = self.ask_item(
                QCoreApplication.translate("ContactActions", "Set Owner"),
                QCoreApplication.translate("ContactActions", "Team member in charge:"),
                team,
                editable=False,
            )
            if owner is None:
                return False
        actor = self.command_context.actor
        count = self.window.list_panel.selected_count()
        text = QCoreApplication.translate(
            "ContactActions", "Set owner of %n contacts to %1", None, count
        ).replace("%1", owner)
        chosen_owner = owner
        return self._run_bulk(
            text,
            lambda store, ids: contact_bulk.set_owner(store, ids, chosen_owner, actor=actor),
            lambda store, change: contact_bulk.undo_change(store, change, actor=actor),
        )

    def add_to_segment(self, segment: str | None = None) -> bool:
        if segment is None:
            names = list(self.form_choices().segments)
            if not names:
                self.report_error(
                    UserError(QCoreApplication.translate("ContactActions", "There is no saved segment yet."))
                )
                return False
            segment = self.ask_item(
                QCoreApplication.translate("ContactActions", "Add to Segment"),
                QCoreApplication.translate("ContactActions", "Segment:"),
                names,
                editable=False,
            )
            if segment is None:
                return False
        actor = self.command_context.actor
        count = self.window.list_panel.selected_count()
        text = QCoreApplication.translate(
            "ContactActions", "Add %n contacts to segment “%1”", None, count
        ).replace("%1", segment)
        chosen = segment
        return self._run_bulk(
            text,
            lambda store, ids: contact_bulk.add_to_segment(store, ids, chosen, actor=actor),
            lambda store, change: contact_bulk.undo_change(store, change, actor=actor, segment=chosen),
        )

    def delete_selected(self) -> bool:
        query, ranges, few, count = self._selection()
        if not count or not self.confirm_delete(count):
            return False
        store, actor = self.store, self.command_context.actor
        text = QCoreApplication.translate("ContactActions", "Delete %n contacts", None, count)

        def work() -> contact_bulk.DeletedContacts:
            ids = few if few is not None else ids_in_rows(store, query, ranges)
            return contact_bulk.delete_contacts(store, ids, actor=actor)

        def done(deleted: contact_bulk.DeletedContacts) -> None:
            self.undo_stack.push(delete_command(self.command_context, deleted, text))
            self.window.statusBar().showMessage(
                QCoreApplication.translate("ContactActions", "%n contacts deleted.", None, deleted.count),
                6000,
            )
            self.contacts_changed(None)

        self.window.statusBar().showMessage(QCoreApplication.translate("ContactActions", "Deleting…"))
        self.writer.submit(work, done, self._bulk_failed)
        self.update_enabled()
        return True

    # -- export ----------------------------------------------------------------------------------

    def export(self, path: str | None = None, file_format: str = "csv") -> bool:
        """Export the contacts the list shows (its search and filter) to a file chosen in a dialog."""
        if path is None:
            chosen = self.ask_export_file()
            if chosen is None:
                return False
            path, file_format = chosen
        store, query, out = self.store, self.window.model.shown_query, Path(path)
        self.window.statusBar().showMessage(QCoreApplication.translate("ContactActions", "Exporting…"))

        def done(result: Any) -> None:
            message = QCoreApplication.translate(
                "ContactActions", "%n contacts exported to %1.", None, result.rows
            ).replace("%1", out.name)
            if result.left_out:
                message += " " + QCoreApplication.translate(
                    "ContactActions",
                    "%n left out: no email consent or no valid address.",
                    None,
                    result.left_out,
                )
            self.window.statusBar().showMessage(message, 8000)

        def failed(error: BaseException) -> None:
            self.window.statusBar().clearMessage()
            self.report_error(error)

        self.reader.submit(
            lambda: export_list(store, out, query, file_format=file_format, today=date.today()), done, failed
        )
        return True
