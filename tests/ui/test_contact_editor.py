"""The contact editor: checks as you type, saves as undo steps, conflicts, consent, logging, company facts."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from segdesk.services.contacts import get_contact, update_contact
from segdesk.services.timeline import TimelineEntry
from segdesk.store.models import Contact
from segdesk.ui.commands import Resolution
from segdesk.ui.conflict_dialog import ConflictDialog
from segdesk.ui.contact_editor import ContactEditor
from segdesk.ui.log_contact_dialog import LogContactDialog
from segdesk.ui.main_window import MainWindow
from segdesk.ui.sidebar import FOLLOWUPS_DUE
from segdesk.ui.timeline_model import TimelineModel
from tests.factories import make_contact
from tests.ui.conftest import CONTACTS, DUE, settle

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise")


def _type(qtbot: QtBot, editor: ContactEditor, field_id: str, text: str) -> None:
    line = editor.inputs[field_id].input
    assert isinstance(line, QLineEdit)
    line.clear()
    if text.isascii():
        qtbot.keyClicks(line, text)
    else:  # QTest cannot type "ó" on every platform: what typing it does, in one go
        line.setText(text)
        line.textEdited.emit(text)


def _choose(editor: ContactEditor, field_id: str, code: str) -> None:
    combo = editor.inputs[field_id].input
    combo.setCurrentIndex(combo.findData(code))  # type: ignore[attr-defined]


def _city(window: MainWindow, row: int) -> str:
    return window.model.index(row, window.model.columns.index("city")).data()


def _open_first(qtbot: QtBot, window: MainWindow) -> ContactEditor:
    """Double-click the first row, as a user opens a contact."""
    window.show()
    qtbot.waitExposed(window)
    table = window.list_panel.table
    rect = table.visualRect(window.model.index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = window.contacts.editors[window.model.contact_id(0)]
    assert editor.isVisible()
    return editor


def test_values_are_checked_as_they_are_typed(qtbot: QtBot, main_window: MainWindow) -> None:
    editor = main_window.contacts.edit_contact(main_window.model.contact_id(0))
    message = editor.inputs["email"].message
    _type(qtbot, editor, "email", "anna@")
    assert not message.isHidden() and "is not an email address" in message.text()
    assert not editor.save_button.isEnabled()
    assert editor.problem_label.text().endswith("to correct before saving")
    _type(qtbot, editor, "email", "anna@example.org")
    assert message.isHidden() and editor.save_button.isEnabled()

    _choose(editor, "country", None)  # type: ignore[arg-type]
    _type(qtbot, editor, "phone", "02 1234 5678")
    assert "needs a country" in editor.inputs["phone"].message.text()
    _choose(editor, "country", "IT")  # the phone is checked again with the country
    assert editor.inputs["phone"].problem is None
    assert editor.inputs["phone"].message.text() == "Saved as +39 02 1234 5678"
    assert editor.inputs["phone"].value() == "+390212345678"

    _type(qtbot, editor, "birth_date", "31.02.1990")
    assert "is not a date" in editor.inputs["birth_date"].message.text()
    _type(qtbot, editor, "birth_date", f"{date.today().year + 1}-01-01")
    assert editor.inputs["birth_date"].message.text() == "A birth date cannot be in the future."
    _type(qtbot, editor, "birth_date", "1985-03-31")
    assert editor.inputs["birth_date"].problem is None
    assert editor.inputs["birth_date"].value() == date(1985, 3, 31)
    _type(qtbot, editor, "employees", "ten")
    assert "is not a whole number" in editor.inputs["employees"].message.text()
    assert editor.problems().keys() == {"employees"}


def test_an_edit_updates_the_list_and_is_one_undo_step(qtbot: QtBot, main_window: MainWindow) -> None:
    window = main_window
    editor = _open_first(qtbot, window)
    contact_id = window.model.contact_id(0)
    old_city = _city(window, 0)
    _type(qtbot, editor, "city", "Bergamo")
    _type(qtbot, editor, "job_title", "Barista")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert _city(window, 0) == "Bergamo"
    assert window.undo_stack.count() == 1
    assert window.undo_action.text().startswith("&Undo Edit Anna04 Dubois")
    values = get_contact(window.store, contact_id, date.today()).values
    assert (values["city"], values["job_title"]) == ("Bergamo", "Barista")

    window.undo_action.trigger()
    settle(qtbot, window)
    assert _city(window, 0) == old_city
    assert editor.inputs["city"].raw() == old_city  # an editor without unsaved changes follows
    window.redo_action.trigger()
    settle(qtbot, window)
    assert _city(window, 0) == "Bergamo" and editor.inputs["job_title"].raw() == "Barista"


def test_a_new_contact_is_counted_in_the_sidebar(qtbot: QtBot, main_window: MainWindow) -> None:
    window = main_window
    assert window.contacts.new_action.shortcut().toString() == "Ctrl+N"
    window.contacts.new_action.trigger()
    (editor,) = window.contacts._new_editors
    assert editor.name_label.text() == "New Contact"
    assert not editor.log_button.isEnabled()
    _type(qtbot, editor, "first_name", "Zofia")
    _type(qtbot, editor, "last_name", "Wójcik")
    _type(qtbot, editor, "city", "Kraków")
    assert editor.save()
    settle(qtbot, window)
    assert window.sidebar.topLevelItem(0).text(1) == str(CONTACTS + 1)
    assert window.count_label.text() == f"{CONTACTS + 1} contacts"
    assert editor.contact_id in window.contacts.editors
    assert editor.name_label.text() == "Zofia Wójcik"
    window.undo_stack.undo()
    settle(qtbot, window)
    assert window.sidebar.topLevelItem(0).text(1) == str(CONTACTS)
    assert editor.name_label.text() == "This contact was deleted."
    window.undo_stack.redo()  # the same contact, with the same number, comes back
    settle(qtbot, window)
    assert window.sidebar.topLevelItem(0).text(1) == str(CONTACTS + 1)
    assert editor.contact_id is not None
    assert get_contact(window.store, editor.contact_id, date.today()).values["city"] == "Kraków"


def test_logging_a_contact_takes_two_clicks_and_updates_the_counts(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    window.sidebar.select_key(FOLLOWUPS_DUE)
    settle(qtbot, window)
    assert window.model.rowCount() == DUE
    editor = _open_first(qtbot, window)
    contact_id = editor.contact_id
    assert editor.timeline.rowCount() == 0 and not editor.timeline_empty.isHidden()
    qtbot.mouseClick(editor.log_button, Qt.MouseButton.LeftButton)  # click one
    (log,) = editor.findChildren(LogContactDialog)
    assert log.isVisible() and log.channel_combo.currentData() == "call"
    qtbot.keyClicks(log.outcome_combo, "Reached")
    qtbot.mouseClick(log.save_button, Qt.MouseButton.LeftButton)  # click two
    assert not log.isVisible()
    settle(qtbot, window)
    assert window.sidebar.topLevelItem(1).text(1) == str(DUE - 1)
    assert window.model.rowCount() == DUE - 1  # no longer due: left the follow-ups list
    assert editor.timeline.rowCount() == 1
    assert "Call · Reached" in editor.timeline.index(0).data()
    values = get_contact(window.store, contact_id, date.today()).values  # type: ignore[arg-type]
    assert values["last_contact_at"] == date.today()
    assert values["next_followup_at"] is None or values["next_followup_at"] > date.today()


def test_a_refused_log_keeps_the_dialog_open_with_the_reason(qtbot: QtBot, main_window: MainWindow) -> None:
    window = main_window
    window.list_panel.select_row(0)
    dialog = window.contacts.log_current()
    assert dialog is not None
    dialog.next_combo.setCurrentIndex(1)
    dialog.when_edit.setDateTime(dialog.when_edit.dateTime().addDays(1))
    dialog.next_date.setDate(dialog.next_date.minimumDate())
    dialog.try_save()
    assert dialog.isVisible() and "cannot come before" in dialog.error_label.text()
    dialog.reject()


def _someone_else_sets(window: MainWindow, contact_id: int, **values: object) -> None:
    version = get_contact(window.store, contact_id, date.today()).version
    update_contact(
        window.store, contact_id, values, expected_version=version, actor="colleague", today=date.today()
    )


@pytest.mark.parametrize("choice", list(Resolution))
def test_a_conflicting_save_asks_which_values_to_keep(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch, choice: Resolution
) -> None:
    window = main_window
    contact_id = window.model.contact_id(0)
    assert contact_id is not None
    editor = window.contacts.edit_contact(contact_id)
    _someone_else_sets(window, contact_id, city="Napoli")
    _type(qtbot, editor, "city", "Bergamo")
    shown: list[list[tuple[str, str, str]]] = []

    def answer(dialog: ConflictDialog) -> int:
        shown.append(dialog.rows_text())
        dialog.choose(choice)
        return 0

    monkeypatch.setattr(ConflictDialog, "exec", answer)
    saved = editor.save()
    settle(qtbot, window)
    assert shown == [[("City", "Napoli", "Bergamo")]]
    city = get_contact(window.store, contact_id, date.today()).values["city"]
    if choice is Resolution.OVERWRITE:
        assert saved and city == "Bergamo"
        assert window.undo_stack.count() == 1
        window.undo_stack.undo()  # gives back their value, not the one the editor had loaded
        assert get_contact(window.store, contact_id, date.today()).values["city"] == "Napoli"
    elif choice is Resolution.KEEP_THEIRS:
        assert not saved and city == "Napoli" and window.undo_stack.count() == 0
        assert editor.inputs["city"].raw() == "Napoli" and not editor.is_dirty()
    else:
        assert not saved and city == "Napoli" and window.undo_stack.count() == 0
        assert editor.inputs["city"].raw() == "Bergamo" and editor.is_dirty()


def test_a_save_over_changes_to_other_fields_needs_no_question(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = main_window
    contact_id = window.model.contact_id(0)
    assert contact_id is not None
    editor = window.contacts.edit_contact(contact_id)
    _someone_else_sets(window, contact_id, job_title="Owner")
    monkeypatch.setattr(ConflictDialog, "exec", lambda _dialog: pytest.fail("no conflict to ask about"))
    _type(qtbot, editor, "city", "Bergamo")
    assert editor.save()
    values = get_contact(window.store, contact_id, date.today()).values
    assert (values["city"], values["job_title"]) == ("Bergamo", "Owner")


def test_undo_over_someone_elses_change_asks_first(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = main_window
    contact_id = window.model.contact_id(0)
    assert contact_id is not None
    editor = window.contacts.edit_contact(contact_id)
    _type(qtbot, editor, "city", "Bergamo")
    assert editor.save()
    _someone_else_sets(window, contact_id, city="Napoli")
    monkeypatch.setattr(ConflictDialog, "exec", lambda dialog: dialog.choose(Resolution.KEEP_THEIRS) or 0)
    window.undo_stack.undo()
    settle(qtbot, window)
    assert get_contact(window.store, contact_id, date.today()).values["city"] == "Napoli"
    assert window.undo_stack.count() == 0  # the step that no longer applies is gone


def test_consent_is_withdrawn_in_one_click_and_undone(qtbot: QtBot, main_window: MainWindow) -> None:
    window = main_window
    contact_id = window.model.contact_id(0)
    assert contact_id is not None
    editor = window.contacts.edit_contact(contact_id)
    button = editor.consent_buttons["email"]
    assert editor.consent_labels["email"].text() == "Not allowed" and button.text() == "Allow"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert editor.consent_labels["email"].text().startswith("Allowed · since ")
    assert button.text() == "Withdraw"
    qtbot.mouseClick(editor.consent_buttons["post"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.withdraw_all_button, Qt.MouseButton.LeftButton)  # one undo step for all
    assert get_contact(window.store, contact_id, date.today()).values["email_ok"] is False
    assert not editor.withdraw_all_button.isEnabled()
    window.undo_stack.undo()
    values = get_contact(window.store, contact_id, date.today()).values
    assert values["email_ok"] is True and values["mail_ok"] is True
    assert editor.consent_buttons["email"].text() == "Withdraw"


def test_a_person_shows_the_firmographics_of_its_company(qtbot: QtBot, main_window: MainWindow) -> None:
    window = main_window
    with window.store.transaction() as session:
        company = make_contact(session, kind="company", company_name="Torrefazione Aurora", industry="coffee",
                               employees=12, annual_revenue_cents=98_000_00)  # fmt: skip
        person = make_contact(session, first_name="Bruno", last_name="Verdi", company_id=company.id,
                              company_name="Torrefazione Aurora")  # fmt: skip
        person_id, company_id = person.id, company.id
    editor = window.contacts.edit_contact(person_id)
    facts = editor.company_facts_label
    assert facts.isVisibleTo(editor)
    assert "Torrefazione Aurora" in facts.text() and "Industry: coffee" in facts.text()
    assert "Employees: 12" in facts.text()
    assert not editor.inputs["industry"].container.isVisibleTo(editor)  # read-only: the company's
    assert editor.company_link_edit.text() == "Torrefazione Aurora"
    company_editor = window.contacts.edit_contact(company_id)
    assert company_editor.inputs["industry"].container.isVisibleTo(company_editor)
    assert not company_editor.company_link_edit.isVisibleTo(company_editor)
    editor.company_link_edit.clear()
    qtbot.keyClicks(editor.company_link_edit, " ")
    editor.company_link_edit.clear()
    editor._company_typed("")  # cleared: no longer works there
    assert editor.changes() == {"company_id": None}
    assert editor.save()
    with window.store.sessions() as session:
        assert session.scalar(select(Contact.company_id).where(Contact.id == person_id)) is None


def test_the_timeline_model_passes_qt_model_checks(qtmodeltester: ModelTester) -> None:
    model = TimelineModel()
    qtmodeltester.check(model, force_py=True)
    model.set_entries(
        [
            TimelineEntry(
                "interaction", 1, datetime(2026, 10, 2, 9, 15), "call", "Reached", "Call back\nin May"
            ),
            TimelineEntry("order", 2, datetime(2026, 9, 1), "in_store", amount=None, products=("Beans",)),
        ]
    )
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 2
    first = model.index(0).data()
    assert "Call · Reached" in first and first.endswith("Call back in May")
    assert "Order (In store)" in model.index(1).data() and model.index(1).data().endswith("Beans")


def test_unsaved_changes_are_asked_about_on_close(qtbot: QtBot, main_window: MainWindow,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    editor = main_window.contacts.edit_contact(main_window.model.contact_id(0))
    _type(qtbot, editor, "city", "Bergamo")
    monkeypatch.setattr(ContactEditor, "ask_unsaved", lambda _self: QMessageBox.StandardButton.Cancel)
    assert not editor.close()
    monkeypatch.setattr(ContactEditor, "ask_unsaved", lambda _self: QMessageBox.StandardButton.Save)
    assert editor.close()
    settle(qtbot, main_window)
    assert main_window.contacts.editors == {}
    assert _city(main_window, 0) == "Bergamo"
