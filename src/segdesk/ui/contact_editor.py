"""The contact editor: every field in sections, checked as typed, with consent and the history.

A non-modal window per contact (double-click, Enter, Ctrl+N for a new one). *Save*
pushes one :class:`~segdesk.ui.commands.EditContactCommand` on the main window's undo
stack, so Ctrl+Z in the window takes a save back. Consent buttons and *Log Contact*
act at once. When the contact changes elsewhere (an undo, a bulk action, a colleague)
an editor without unsaved changes reads it again; one with unsaved changes keeps
them, and its save is checked against what changed meanwhile.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QPalette, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from segdesk.domain.choice_labels import choice_label
from segdesk.domain.fields import Catalogue, Field, FieldType
from segdesk.services.contact_form import FormChoices, countries
from segdesk.services.contacts import ContactDetails, ContactNotFound, get_contact
from segdesk.services.databases import Store
from segdesk.services.errors import UserError
from segdesk.services.preferences import phone_country
from segdesk.services.privacy import erase_person
from segdesk.services.timeline import (
    CONSENT_CHANNELS,
    FIRMOGRAPHIC_FIELDS,
    CompanyFacts,
    ConsentState,
    consent_states,
    contact_timeline,
    find_companies,
    linked_company,
)
from segdesk.ui.commands import (
    CommandContext,
    ConsentCommand,
    CreateContactCommand,
    EditContactCommand,
    Resolution,
    same_value,
)
from segdesk.ui.editor_fields import (
    LANGUAGE_CODES,
    ChoiceInput,
    DateInput,
    FieldInput,
    MoneyInput,
    NotesInput,
    NumberInput,
    SetInput,
    TextInput,
    problem_colour,
)
from segdesk.ui.formatting import display_text
from segdesk.ui.log_contact_dialog import LogContactDialog, LogRequest
from segdesk.ui.person_export import export_person
from segdesk.ui.timeline_model import TimelineModel
from segdesk.ui.translation import resolve_language
from segdesk.ui.workers import JobRunner

__all__ = ["SECTIONS", "ContactEditor", "EditorHost"]


# (key, title) and the fields of each section, in order. "notes" is not a catalogue field.
SECTIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("identity", "Identity", ("kind", "first_name", "last_name", "job_title", "email", "phone", "mobile",
                              "website", "language", "birth_date", "gender", "education", "income_band")),
    ("address", "Address", ("street", "postal_code", "city", "region", "country")),
    ("company", "Company", ("company", *FIRMOGRAPHIC_FIELDS)),
    ("relationship", "Relationship", ("stage", "source", "owner", "tags", "needs", "notes")),
)  # fmt: skip
_SECTION_TITLES = {
    "identity": lambda: QCoreApplication.translate("ContactEditor", "Identity"),
    "address": lambda: QCoreApplication.translate("ContactEditor", "Address"),
    "company": lambda: QCoreApplication.translate("ContactEditor", "Company"),
    "relationship": lambda: QCoreApplication.translate("ContactEditor", "Relationship"),
    "consent": lambda: QCoreApplication.translate("ContactEditor", "Consent"),
    "custom": lambda: QCoreApplication.translate("ContactEditor", "Custom fields"),
}
_CHANNEL_NAMES = {
    "email": lambda: QCoreApplication.translate("ContactEditor", "Email"),
    "phone": lambda: QCoreApplication.translate("ContactEditor", "Phone calls"),
    "post": lambda: QCoreApplication.translate("ContactEditor", "Post"),
}


class EditorHost(Protocol):
    """What an editor needs from the main window."""

    undo_stack: QUndoStack
    command_context: CommandContext
    reader: JobRunner

    @property
    def store(self) -> Store: ...
    def catalogue(self) -> Catalogue: ...
    def currency_symbol(self) -> str: ...
    def form_choices(self) -> FormChoices: ...
    def log_contact(self, contact_id: int, request: LogRequest, name: str = "") -> None: ...
    def contacts_changed(self, ids: list[int] | None) -> None: ...
    def editor_closed(self, editor: ContactEditor) -> None: ...


class ContactEditor(QDialog):
    """Edits one contact (``contact_id``) or a new one (None)."""

    saved = Signal(int)  # the contact's id after a save

    def __init__(self, host: EditorHost, contact_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactEditor")
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.host = host
        self.contact_id = contact_id
        self.details: ContactDetails | None = None
        self.loaded: dict[str, Any] = {}
        self.company: CompanyFacts | None = None
        self.inputs: dict[str, FieldInput] = {}
        self._company_id: int | None = None
        self._catalogue = host.catalogue()
        self._choices = host.form_choices()
        self._phone_country = phone_country(host.store)  # Preferences ▸ Contacts: numbers without +
        self._building = True

        self._build()
        self._building = False
        self.reload()
        self.resize(1080, 760)

    # -- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self.name_label = QLabel()
        self.name_label.setObjectName("editorName")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("editorSummary")
        self.summary_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.summary_label.setWordWrap(True)

        self.log_button = QPushButton(QCoreApplication.translate("ContactEditor", "&Log Contact…"))
        self.log_button.setObjectName("logContactButton")
        self.log_button.clicked.connect(self.open_log_dialog)
        self.more_button = QToolButton()
        self.more_button.setText(QCoreApplication.translate("ContactEditor", "Privacy"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.more_button)
        self.export_data_action = menu.addAction(
            QCoreApplication.translate("ContactEditor", "Export Everything About This Person…")
        )
        self.export_data_action.triggered.connect(self.export_person_data)
        menu.addSeparator()
        self.erase_action = menu.addAction(QCoreApplication.translate("ContactEditor", "Erase This Person…"))
        self.erase_action.triggered.connect(self.erase)
        self.more_button.setMenu(menu)

        heading = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.name_label)
        titles.addWidget(self.summary_label)
        heading.addLayout(titles, 1)
        heading.addWidget(self.log_button, 0, Qt.AlignmentFlag.AlignTop)
        heading.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignTop)

        form_host = QWidget()
        self.form_layout = QVBoxLayout(form_host)
        self.form_layout.setContentsMargins(0, 0, 8, 0)
        self.groups: dict[str, QGroupBox] = {}
        for key, _title, field_ids in SECTIONS:
            form = self._section(key)
            for field_id in field_ids:
                self._add_input(form, field_id)
            if key == "company":
                self._build_company_link(form)
        self._build_consent()
        custom = [f for f in self._catalogue if f.id.startswith("custom.")]
        if custom:
            form = self._section("custom")
            for field in custom:
                self._add_input(form, field.id)
        self.form_layout.addStretch(1)
        self._align_labels()
        scroll = QScrollArea()
        scroll.setWidget(form_host)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        history = QWidget()
        history_layout = QVBoxLayout(history)
        history_layout.setContentsMargins(8, 0, 0, 0)
        history_title = QLabel(QCoreApplication.translate("ContactEditor", "History"))
        bold = QFont(self.font())
        bold.setBold(True)
        history_title.setFont(bold)
        self.timeline = TimelineModel(self)
        self.timeline.set_currency(self.host.currency_symbol())
        self.timeline_view = QListView()
        self.timeline_view.setObjectName("timelineView")
        self.timeline_view.setModel(self.timeline)
        self.timeline_view.setWordWrap(True)
        self.timeline_view.setAlternatingRowColors(True)
        self.timeline_view.setSpacing(2)
        self.timeline_empty = QLabel(
            QCoreApplication.translate("ContactEditor", "No contacts or orders yet.")
        )
        self.timeline_empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        history_layout.addWidget(history_title)
        history_layout.addWidget(self.timeline_view, 1)
        history_layout.addWidget(self.timeline_empty)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(history)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([620, 420])
        splitter.setChildrenCollapsible(False)

        self.problem_label = QLabel()
        self.problem_label.setObjectName("editorProblems")
        palette = self.problem_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, problem_colour(palette))
        self.problem_label.setPalette(palette)
        self.save_button = QPushButton(QCoreApplication.translate("ContactEditor", "&Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(QCoreApplication.translate("ContactEditor", "&Revert"))
        self.revert_button.clicked.connect(self.revert)
        self.close_button = QPushButton(QCoreApplication.translate("ContactEditor", "Close"))
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.problem_label, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_shortcut.activated.connect(self.save)

        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    def _align_labels(self) -> None:
        """One label column for every section, so the fields line up down the whole form."""
        labels = []
        for group in self.groups.values():
            form = group.layout()
            if not isinstance(form, QFormLayout):
                continue
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                widget = item.widget() if item is not None else None
                if isinstance(widget, QLabel):
                    labels.append(widget)
        width = max((label.sizeHint().width() for label in labels), default=0)
        for label in labels:
            label.setMinimumWidth(width)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _section(self, key: str) -> QFormLayout:
        group = QGroupBox(_SECTION_TITLES[key]())
        group.setObjectName(f"section_{key}")
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.groups[key] = group
        self.form_layout.addWidget(group)
        return form

    def _field(self, field_id: str) -> Field:
        if field_id == "notes":
            return Field("notes", FieldType.TEXT, "Notes", self._catalogue["first_name"].category)
        return self._catalogue[field_id]

    def _make_input(self, field: Field) -> FieldInput:
        fid, kind = field.id, field.type
        choices = self._choices
        if fid == "notes":
            return NotesInput(field, self)
        if fid in ("birth_date",) or (fid.startswith("custom.") and kind is FieldType.DATE):
            return DateInput(field, past_only=fid == "birth_date", parent=self)
        if fid == "employees":
            return NumberInput(field, self)
        if kind is FieldType.MONEY:
            return MoneyInput(field, self)
        if kind is FieldType.SET:
            return SetInput(field, choices.values_of(fid), self)
        if fid == "country":
            return ChoiceInput(field, countries(resolve_language(QLocale().name())), parent=self)
        if fid == "language":
            options = [(code, QLocale(code).nativeLanguageName() or code) for code in LANGUAGE_CODES]
            return ChoiceInput(field, sorted(options, key=lambda o: o[1].casefold()), parent=self)
        if fid == "owner":
            return ChoiceInput(field, [(name, name) for name in choices.team], parent=self)
        if kind is FieldType.CHOICE and field.options:
            options = [(code, choice_label(fid, code)) for code in field.options]
            return ChoiceInput(field, options, allow_empty=fid != "kind", parent=self)
        if kind is FieldType.CHOICE:  # source, industry, legal form: pick one in use or type a new one
            values = choices.values_of(fid)
            return ChoiceInput(field, [(v, v) for v in values], editable=True, parent=self)
        return TextInput(field, country=self._country, custom_types=choices.custom_types, parent=self)

    def _add_input(self, form: QFormLayout, field_id: str) -> None:
        field = self._field(field_id)
        field_input = self._make_input(field)
        label = QLabel(
            field.translated_label()
            if field_id != "notes"
            else QCoreApplication.translate("ContactEditor", "Notes")
        )
        label.setBuddy(field_input.input)
        form.addRow(label, field_input.container)
        self.inputs[field_id] = field_input
        field_input.edited.connect(self._on_edited)
        if field_id == "country":
            field_input.edited.connect(self._recheck_phones)
        if field_id == "kind":
            field_input.edited.connect(self._update_company_rows)

    def _build_company_link(self, form: QFormLayout) -> None:
        self.company_link_edit = QLineEdit()
        self.company_link_edit.setObjectName("companyLinkEdit")
        self.company_link_edit.setPlaceholderText(
            QCoreApplication.translate("ContactEditor", "Type to find a company in the database")
        )
        self.company_link_edit.setClearButtonEnabled(True)
        self._company_matches = QStringListModel(self)
        self._company_ids: dict[str, int] = {}
        completer = QCompleter(self._company_matches, self.company_link_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._company_chosen)
        self.company_link_edit.setCompleter(completer)
        self._company_timer = QTimer(self)
        self._company_timer.setSingleShot(True)
        self._company_timer.setInterval(250)
        self._company_timer.timeout.connect(self._search_companies)
        self.company_link_edit.textEdited.connect(self._company_typed)
        self.company_link_label = QLabel(QCoreApplication.translate("ContactEditor", "Works for"))
        form.insertRow(1, self.company_link_label, self.company_link_edit)
        self.company_facts_label = QLabel()
        self.company_facts_label.setObjectName("companyFacts")
        self.company_facts_label.setWordWrap(True)
        self.company_facts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.company_facts_title = QLabel(QCoreApplication.translate("ContactEditor", "Company facts"))
        form.insertRow(2, self.company_facts_title, self.company_facts_label)
        self._company_form = form

    def _build_consent(self) -> None:
        group = QGroupBox(_SECTION_TITLES["consent"]())
        group.setObjectName("section_consent")
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.groups["consent"] = group
        self.consent_labels: dict[str, QLabel] = {}
        self.consent_buttons: dict[str, QPushButton] = {}
        for channel, _field in CONSENT_CHANNELS:
            row = QWidget()
            layout = QHBoxLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            state = QLabel()
            state.setObjectName(f"consent_{channel}")
            button = QPushButton()
            button.setObjectName(f"consentButton_{channel}")
            button.clicked.connect(lambda _checked=False, c=channel: self.toggle_consent(c))
            layout.addWidget(state, 1)
            layout.addWidget(button)
            form.addRow(_CHANNEL_NAMES[channel](), row)
            self.consent_labels[channel] = state
            self.consent_buttons[channel] = button
        self.withdraw_all_button = QPushButton(
            QCoreApplication.translate("ContactEditor", "Withdraw All (Do Not Contact)")
        )
        self.withdraw_all_button.setObjectName("withdrawAllButton")
        self.withdraw_all_button.clicked.connect(self.withdraw_all)
        form.addRow("", self.withdraw_all_button)
        self._consent: dict[str, ConsentState] = {}
        self.form_layout.addWidget(group)

    # -- loading --------------------------------------------------------------------------

    def _country(self) -> str | None:
        """The country phone numbers without + belong to: the contact's, else the database's default."""
        field_input = self.inputs.get("country")
        value = field_input.value() if field_input is not None else None
        return str(value) if value else self._phone_country

    def reload(self) -> None:
        """Read the contact again and show it; unsaved changes are dropped."""
        store, today = self.host.store, date.today()
        if self.contact_id is None:
            self.details = None
            self.loaded = {"kind": "person"}
        else:
            try:
                self.details = get_contact(store, self.contact_id, today)
            except ContactNotFound:
                self._show_gone()
                return
            self.loaded = {**self.details.values, "notes": self.details.notes}
        self._company_id = self.details.company_id if self.details else None
        for field_id, field_input in self.inputs.items():
            field_input.set_value(self.loaded.get(field_id))
        self._load_company()
        self._load_consent()
        self._load_timeline()
        self._show_heading()
        self._update_company_rows()
        self._update_buttons()

    def contact_changed(self) -> None:
        """The contact changed elsewhere: show it again unless the user is in the middle of a change."""
        if not self.is_dirty():
            self.reload()
        else:
            self._load_consent()
            self._load_timeline()
            self._show_heading()

    def _show_gone(self) -> None:
        self.details = None
        self.name_label.setText(QCoreApplication.translate("ContactEditor", "This contact was deleted."))
        self.summary_label.setText("")
        for group in self.groups.values():
            group.setEnabled(False)
        self.save_button.setEnabled(False)
        self.log_button.setEnabled(False)
        self.more_button.setEnabled(False)

    def _show_heading(self) -> None:
        locale = QLocale()
        if self.contact_id is None:
            self.name_label.setText(QCoreApplication.translate("ContactEditor", "New Contact"))
            self.setWindowTitle(QCoreApplication.translate("ContactEditor", "New Contact – segdesk"))
            self.summary_label.setText(
                QCoreApplication.translate(
                    "ContactEditor", "Fill in what you know; everything can be changed later."
                )
            )
            return
        for group in self.groups.values():
            group.setEnabled(True)
        values = self.details.values if self.details else {}
        name = str(values.get("full_name") or "")
        self.name_label.setText(name)
        self.setWindowTitle(QCoreApplication.translate("ContactEditor", "%1 – segdesk").replace("%1", name))
        parts = []
        currency = self.host.currency_symbol()

        def shown(field_id: str) -> str:
            field = self._catalogue.get(field_id)
            return display_text(field, values.get(field_id), locale, currency=currency) if field else ""

        if values.get("last_contact_at"):
            parts.append(
                QCoreApplication.translate("ContactEditor", "Last contact %1").replace(
                    "%1", shown("last_contact_at")
                )
            )
        else:
            parts.append(QCoreApplication.translate("ContactEditor", "Never contacted"))
        if values.get("next_followup_at"):
            parts.append(
                QCoreApplication.translate("ContactEditor", "next follow-up %1").replace(
                    "%1", shown("next_followup_at")
                )
            )
        orders = int(values.get("purchase_count") or 0)
        if orders:
            text = QCoreApplication.translate("ContactEditor", "%n orders", None, orders)
            parts.append(f"{text}, {shown('total_spent')}")
        parts.append(
            QCoreApplication.translate("ContactEditor", "contact no. %1").replace("%1", str(self.contact_id))
        )
        self.summary_label.setText(" · ".join(parts))

    def _load_company(self) -> None:
        self.company = None
        if self._company_id is not None:
            self.company = linked_company(self.host.store, self._company_id)
        self.company_link_edit.setText(self.company.name if self.company else "")
        self._show_company_facts()

    def _show_company_facts(self) -> None:
        if self.company is None:
            self.company_facts_label.setText("")
            return
        locale = QLocale()
        currency = self.host.currency_symbol()
        lines = []
        for field_id, value in self.company.values:
            field = self._catalogue[field_id]
            text = display_text(field, value, locale, currency=currency) or "–"
            lines.append(f"{field.translated_label()}: {text}")
        self.company_facts_label.setText(
            QCoreApplication.translate("ContactEditor", "From %1 (read-only):").replace(
                "%1", self.company.name
            )
            + "\n"
            + "\n".join(lines)
        )

    def _load_consent(self) -> None:
        if self.contact_id is None:
            self._consent = {}
            for channel in self.consent_labels:
                self.consent_labels[channel].setText(
                    QCoreApplication.translate("ContactEditor", "Save the contact first.")
                )
                self.consent_buttons[channel].setEnabled(False)
                self.consent_buttons[channel].setText(QCoreApplication.translate("ContactEditor", "Allow"))
            self.withdraw_all_button.setEnabled(False)
            return
        locale = QLocale()
        self._consent = {s.channel: s for s in consent_states(self.host.store, self.contact_id)}
        for channel, state in self._consent.items():
            if state.granted:
                text = QCoreApplication.translate("ContactEditor", "Allowed")
            else:
                text = QCoreApplication.translate("ContactEditor", "Not allowed")
            if state.recorded_at is not None:
                day = state.recorded_at.date()
                when = locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
                text += " · " + QCoreApplication.translate("ContactEditor", "since %1").replace("%1", when)
                if state.source:
                    text += f" ({state.source})"
            self.consent_labels[channel].setText(text)
            button = self.consent_buttons[channel]
            button.setEnabled(True)
            button.setText(
                QCoreApplication.translate("ContactEditor", "Withdraw")
                if state.granted
                else QCoreApplication.translate("ContactEditor", "Allow")
            )
        self.withdraw_all_button.setEnabled(any(s.granted for s in self._consent.values()))

    def _load_timeline(self) -> None:
        entries = contact_timeline(self.host.store, self.contact_id) if self.contact_id is not None else []
        self.timeline.set_entries(entries)
        self.timeline_empty.setVisible(not entries)
        self.log_button.setEnabled(self.contact_id is not None)
        self.more_button.setEnabled(self.contact_id is not None)

    # -- the company a person works for ---------------------------------------------------

    def _is_linked_person(self) -> bool:
        kind_input = self.inputs["kind"]
        return kind_input.value() != "company" and self._company_id is not None

    def _update_company_rows(self) -> None:
        is_company = self.inputs["kind"].value() == "company"
        linked = self._is_linked_person()
        form = self._company_form
        form.setRowVisible(self.company_link_edit, not is_company)
        form.setRowVisible(self.company_facts_label, linked and self.company is not None)
        for field_id in FIRMOGRAPHIC_FIELDS:
            form.setRowVisible(self.inputs[field_id].container, not linked)

    def _company_typed(self, text: str) -> None:
        if not text.strip():
            self._set_company(None)
            return
        self._company_timer.start()

    def _search_companies(self) -> None:
        text = self.company_link_edit.text()
        store = self.host.store
        self.host.reader.run(
            f"company-search-{id(self)}", lambda: find_companies(store, text), self._show_company_matches
        )

    def _show_company_matches(self, matches: list[Any]) -> None:
        self._company_ids = {}
        for match in matches:
            label = f"{match.name} ({match.city})" if match.city else match.name
            self._company_ids[label] = match.id
        self._company_matches.setStringList(list(self._company_ids))
        completer = self.company_link_edit.completer()
        if completer is not None and self.company_link_edit.hasFocus() and matches:
            completer.complete()

    def _company_chosen(self, label: str) -> None:
        company_id = self._company_ids.get(label)
        if company_id is not None:
            self._set_company(company_id)

    def _set_company(self, company_id: int | None) -> None:
        if company_id == self._company_id:
            return
        self._company_id = company_id
        self.company = linked_company(self.host.store, company_id) if company_id is not None else None
        if self.company is not None:
            self.company_link_edit.setText(self.company.name)
            company_name = self.inputs["company"]
            if not company_name.value():
                company_name.set_value(self.company.name)
        self._show_company_facts()
        self._update_company_rows()
        self._on_edited()

    # -- editing ---------------------------------------------------------------------------

    def _recheck_phones(self) -> None:
        for field_id in ("phone", "mobile"):
            self.inputs[field_id].validate()
        self._update_buttons()

    def _on_edited(self) -> None:
        if not self._building:
            self._update_buttons()

    def problems(self) -> dict[str, str]:
        return {f: i.problem for f, i in self.inputs.items() if i.problem and i.container.isVisibleTo(self)}

    def changes(self) -> dict[str, Any]:
        """Field id -> new value, for the fields that differ from what was loaded."""
        linked = self._is_linked_person()
        changed: dict[str, Any] = {}
        for field_id, field_input in self.inputs.items():
            if linked and field_id in FIRMOGRAPHIC_FIELDS:
                continue
            value = field_input.value()
            if not same_value(value, self.loaded.get(field_id)):
                changed[field_id] = value
        loaded_company = self.details.company_id if self.details else None
        if self._company_id != loaded_company:
            changed["company_id"] = self._company_id
        return changed

    def is_dirty(self) -> bool:
        return bool(self.changes())

    def _update_buttons(self) -> None:
        problems = self.problems()
        dirty = self.is_dirty()
        gone = self.contact_id is not None and self.details is None
        self.save_button.setEnabled(dirty and not problems and not gone)
        self.revert_button.setEnabled(dirty)
        if problems:
            count = len(problems)
            self.problem_label.setText(
                QCoreApplication.translate("ContactEditor", "%n fields to correct before saving", None, count)
            )
        else:
            self.problem_label.setText("")

    def revert(self) -> None:
        self.reload()

    def save(self) -> bool:
        """Save the changes as one undo step; False if nothing was saved (problems, conflict, cancel)."""
        if not self.save_button.isEnabled():
            return False
        changes = self.changes()
        ctx = self.host.command_context
        if self.contact_id is None:
            text = QCoreApplication.translate("ContactEditor", "New contact %1").replace(
                "%1", self._new_name(changes)
            )
            create = CreateContactCommand(ctx, changes, text)
            self.host.undo_stack.push(create)
            if create.contact_id is None or create.dropped:
                if create.error is not None:
                    self._show_save_error(create.error)
                return False
            self.contact_id = create.contact_id
            self.reload()
            self.saved.emit(self.contact_id)
            return True
        assert self.details is not None
        before = {f: self.loaded.get(f) for f in changes}
        if "company_id" in changes:
            before["company_id"] = self.details.company_id
        name = str(self.details.values.get("full_name") or "")
        works_for = QCoreApplication.translate("ContactEditor", "Works for")
        labels = ", ".join(
            self._field(f).translated_label() if f != "company_id" else works_for for f in changes
        )
        text = (
            QCoreApplication.translate("ContactEditor", "Edit %1 (%2)")
            .replace("%1", name)
            .replace("%2", labels)
        )
        command = EditContactCommand(ctx, self.contact_id, before, changes, self.details.version, text)
        self.host.undo_stack.push(command)
        if command.error is not None:
            self._show_save_error(command.error)
            return False
        if command.resolution is Resolution.CANCEL:
            return False  # the user's values stay in the editor
        self.reload()  # saved, or their values kept
        if command.saved:
            self.saved.emit(self.contact_id)
        return command.saved

    def _new_name(self, changes: dict[str, Any]) -> str:
        parts = [changes.get("first_name"), changes.get("last_name")]
        name = " ".join(str(p) for p in parts if p) or str(changes.get("company") or "")
        return name or QCoreApplication.translate("ContactEditor", "(no name)")

    def _show_save_error(self, error: BaseException) -> None:
        problems = getattr(error, "problems", None)
        if isinstance(problems, dict):
            for field_id, message in problems.items():
                field_input = self.inputs.get(field_id)
                if field_input is not None:
                    field_input.message.setText(message)
                    field_input.message.show()
        self.problem_label.setText(str(error))

    # -- consent -------------------------------------------------------------------------

    def toggle_consent(self, channel: str) -> None:
        """One click: withdraw a given consent, or record that it was given."""
        if self.contact_id is None:
            return
        state = self._consent.get(channel)
        granted = not (state.granted if state else False)
        name = _CHANNEL_NAMES[channel]()
        if granted:
            text = QCoreApplication.translate("ContactEditor", "Allow %1 for %2")
        else:
            text = QCoreApplication.translate("ContactEditor", "Withdraw %1 for %2")
        full_name = str(self.loaded.get("full_name") or "")
        command = ConsentCommand(
            self.host.command_context,
            self.contact_id,
            channel,
            granted,
            not granted,
            text.replace("%1", name.lower()).replace("%2", full_name),
        )
        self.host.undo_stack.push(command)

    def withdraw_all(self) -> None:
        if self.contact_id is None:
            return
        full_name = str(self.loaded.get("full_name") or "")
        stack = self.host.undo_stack
        stack.beginMacro(
            QCoreApplication.translate("ContactEditor", "Withdraw all consent for %1").replace(
                "%1", full_name
            )
        )
        for channel, state in self._consent.items():
            if state.granted:
                stack.push(
                    ConsentCommand(self.host.command_context, self.contact_id, channel, False, True, "")
                )
        stack.endMacro()

    # -- log contact, privacy -----------------------------------------------------------------

    def open_log_dialog(self) -> LogContactDialog | None:
        if self.contact_id is None:
            return None
        contact_id = self.contact_id
        name = str(self.loaded.get("full_name") or "")
        dialog = LogContactDialog(
            name, lambda request: self.host.log_contact(contact_id, request, name), parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def export_person_data(self) -> None:
        if self.contact_id is None:
            return
        name = str(self.loaded.get("full_name") or "")
        export_person(self, self.host.store, self.contact_id, name, actor=self.host.command_context.actor)

    def erase(self) -> None:
        if self.contact_id is None:
            return
        name = str(self.loaded.get("full_name") or "")
        answer = QMessageBox.warning(
            self,
            QCoreApplication.translate("ContactEditor", "Erase This Person"),
            QCoreApplication.translate(
                "ContactEditor",
                "Erase %1 and everything about them (history, orders, audit trail)? "
                "This cannot be undone; only a note that an erasure happened is kept. "
                "Backups made before now still hold them until newer backups replace them.",
            ).replace("%1", name),
            QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Discard:
            return
        contact_id = self.contact_id
        try:
            erase_person(self.host.store, contact_id, actor=self.host.command_context.actor)
        except UserError as exc:
            QMessageBox.warning(
                self, QCoreApplication.translate("ContactEditor", "Erase This Person"), str(exc)
            )
            return
        self.host.undo_stack.clear()  # earlier steps may name the erased contact
        self.host.contacts_changed([contact_id])

    # -- closing ------------------------------------------------------------------------------

    def reject(self) -> None:
        """Escape, Close or the title bar's button: asks about unsaved changes first."""
        if self.isVisible() and self.is_dirty() and (self.details is not None or self.contact_id is None):
            answer = self.ask_unsaved()
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and not self.save():
                return
        self.host.editor_closed(self)
        super().reject()

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self,
            QCoreApplication.translate("ContactEditor", "Unsaved Changes"),
            QCoreApplication.translate("ContactEditor", "Save the changes to this contact?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
