"""The inputs of the contact editor: one per field, checked as the user types.

Each :class:`FieldInput` owns its widget and a message line under it, and gives its
value in the form the contact service stores and returns (E.164 phones, ``date``,
``Decimal`` money, ``frozenset`` tags, codes for choices). The checks are the
service's own (:func:`segdesk.services.contact_form.check_values`), so the message
shown while typing is the one a save would give.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from segdesk.domain.choice_labels import choice_label
from segdesk.domain.fields import Field, FieldType
from segdesk.services.contact_form import check_values
from segdesk.ui.formatting import date_format, format_phone

__all__ = [
    "ChoiceInput",
    "DateInput",
    "FieldInput",
    "MoneyInput",
    "NotesInput",
    "NumberInput",
    "SetInput",
    "TextInput",
    "problem_colour",
]

LANGUAGE_CODES = (
    "en it fr de es pl pt nl sv da nb fi is cs sk hu ro bg el hr sl sr bs mk sq lt lv et ga mt lb ca eu gl "
    "uk ru be tr ar he fa hi bn ur zh ja ko vi th id ms tl sw af"
).split()


def problem_colour(palette: QPalette) -> QColor:
    """Red that reads on the window's background, light or dark."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#f28b82") if dark else QColor("#c5221f")


class FieldInput(QObject):
    """One field's input and message; ``edited`` is emitted as the user changes it."""

    edited = Signal()

    def __init__(self, field: Field, input_widget: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.input = input_widget
        self.input.setObjectName(f"input_{field.id}")
        self.input.setAccessibleName(field.translated_label())
        self.message = QLabel()
        self.message.setObjectName(f"message_{field.id}")
        self.message.setWordWrap(True)
        self.message.hide()
        self.container = QWidget()
        layout = QVBoxLayout(self.container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.input)
        layout.addWidget(self.message)
        self._problem: str | None = None
        self._loading = False

    # -- subclasses implement --------------------------------------------------------

    def raw(self) -> Any:
        """What is typed, as it is."""
        raise NotImplementedError

    def _show(self, value: Any) -> None:
        raise NotImplementedError

    def _check(self, raw: Any) -> tuple[Any, str | None, str | None]:
        """(value, problem, hint) for what is typed."""
        return raw, None, None

    # -- the editor uses -------------------------------------------------------------

    def set_value(self, value: Any) -> None:
        """Show a stored value (no ``edited`` signal)."""
        self._loading = True
        try:
            self._show(value)
        finally:
            self._loading = False
        self.validate()

    def value(self) -> Any:
        return self._check(self.raw())[0]

    @property
    def problem(self) -> str | None:
        return self._problem

    def validate(self) -> None:
        _value, problem, hint = self._check(self.raw())
        self._problem = problem
        text = problem or hint or ""
        self.message.setText(text)
        palette = self.message.palette()
        colour = problem_colour(palette) if problem else palette.color(QPalette.ColorRole.PlaceholderText)
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.message.setPalette(palette)
        self.message.setVisible(bool(text))

    def set_read_only(self, read_only: bool) -> None:
        widget = self.input
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.setReadOnly(read_only)
        else:
            widget.setEnabled(not read_only)

    def _changed(self, *_args: Any) -> None:
        if self._loading:
            return
        self.validate()
        self.edited.emit()


def _service_check(
    field_id: str, raw: Any, country: str | None = None, custom_types: Mapping[str, str] | None = None
) -> tuple[Any, str | None]:
    good, problems = check_values({field_id: raw}, country, custom_types or {})
    return good.get(field_id), problems.get(field_id)


class TextInput(FieldInput):
    """A line of text; emails, phones and custom numbers are checked by the service's rules."""

    def __init__(
        self,
        field: Field,
        *,
        country: Callable[[], str | None] | None = None,
        custom_types: Mapping[str, str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        self.line = QLineEdit()
        super().__init__(field, self.line, parent)
        self._country = country
        self._custom_types = custom_types or {}
        self.line.textEdited.connect(self._changed)
        if field.id in ("email",):
            self.line.setPlaceholderText("name@example.com")
        elif field.id in ("phone", "mobile"):
            self.line.setPlaceholderText(
                QCoreApplication.translate("ContactEditor", "Number, with +country code if abroad")
            )
        elif field.id == "website":
            self.line.setPlaceholderText("www.example.com")

    def raw(self) -> str:
        return self.line.text()

    def _show(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if text and self.field.id in ("phone", "mobile"):
            text = format_phone(text)
        self.line.setText(text)
        self.line.setCursorPosition(0)

    def _check(self, raw: Any) -> tuple[Any, str | None, str | None]:
        text = str(raw).strip()
        if not text:
            return None, None, None
        field_id = self.field.id
        if field_id in ("phone", "mobile"):
            country = self._country() if self._country else None
            value, problem = _service_check(field_id, text, country)
            if problem:
                return text, problem, None
            shown = format_phone(value)
            hint = (
                None
                if shown == text
                else QCoreApplication.translate("ContactEditor", "Saved as %1").replace("%1", shown)
            )
            return value, None, hint
        if field_id == "email" or (field_id.startswith("custom.") and self.field.type is FieldType.NUMBER):
            value, problem = _service_check(field_id, text, custom_types=self._custom_types)
            return (text, problem, None) if problem else (value, None, None)
        return text, None, None


class NotesInput(FieldInput):
    def __init__(self, field: Field, parent: QObject | None = None) -> None:
        self.edit = QPlainTextEdit()
        super().__init__(field, self.edit, parent)
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(70)
        self.edit.setMaximumHeight(140)
        self.edit.textChanged.connect(self._changed)

    def raw(self) -> str:
        return self.edit.toPlainText()

    def _show(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))

    def _check(self, raw: Any) -> tuple[Any, str | None, str | None]:
        text = str(raw).strip()
        return (text or None), None, None


class DateInput(FieldInput):
    """A date typed in the user's short format (or YYYY-MM-DD)."""

    def __init__(self, field: Field, *, past_only: bool = False, parent: QObject | None = None) -> None:
        self.line = QLineEdit()
        super().__init__(field, self.line, parent)
        self._past_only = past_only
        self._format = date_format(QLocale())
        self.line.setPlaceholderText(
            self._format.upper().replace("YYYY", QCoreApplication.translate("ContactEditor", "YYYY"))
        )
        self.line.textEdited.connect(self._changed)

    def raw(self) -> str:
        return self.line.text()

    def _show(self, value: Any) -> None:
        if isinstance(value, date):
            self.line.setText(QLocale().toString(QDate(value.year, value.month, value.day), self._format))
        else:
            self.line.setText("" if value is None else str(value))

    def parse(self, text: str) -> date | None:
        text = text.strip()
        for pattern in (self._format, self._format.replace("yyyy", "yy"), "yyyy-MM-dd"):
            found = QLocale().toDate(text, pattern)
            if found.isValid():
                if pattern.count("y") == 2 and found.year() < 1930:
                    found = found.addYears(100)
                return date(found.year(), found.month(), found.day())
        try:
            return date.fromisoformat(text)
        except ValueError:
            return None

    def _check(self, raw: Any) -> tuple[Any, str | None, str | None]:
        text = str(raw).strip()
        if not text:
            return None, None, None
        found = self.parse(text)
        if found is None:
            example = QLocale().toString(QDate(1985, 3, 31), self._format)
            return (
                text,
                QCoreApplication.translate("ContactEditor", "“%1” is not a date: write it like %2.")
                .replace("%1", text)
                .replace("%2", example),
                None,
            )
        if self._past_only and found > date.today():
            return (
                found,
                QCoreApplication.translate("ContactEditor", "A birth date cannot be in the future."),
                None,
            )
        if found.year < 1900:
            return (
                found,
                QCoreApplication.translate("ContactEditor", "Check the year: %1.").replace(
                    "%1", str(found.year)
                ),
                None,
            )
        return found, None, None


class NumberInput(FieldInput):
    """A whole number of 0 or more (employees, follow-up interval), or empty."""

    def __init__(self, field: Field, parent: QObject | None = None) -> None:
        self.line = QLineEdit()
        super().__init__(field, self.line, parent)
        self.line.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.line.textEdited.connect(self._changed)

    def raw(self) -> str:
        return self.line.text()

    def _show(self, value: Any) -> None:
        self.line.setText("" if value is None else QLocale().toString(int(value)))

    def _check(self, raw: Any) -> tuple[Any, str | None, str | None]:
        text = str(raw).strip()
        if not text:
            return None, None, None
        number, ok = QLocale().toInt(text)
        candidate: Any = number if ok else text.replace(" ", "").replace("\u00a0", "")
        value, problem = _service_check(self.field.id, candidate)
        return (text, problem, None) if problem else (value, None, None)


class MoneyInput(FieldInput):
    """An amount in the user's number format (1.234,50 or 1,234.50), stored as Decimal."""

    def __init__(self, field: Field, parent: QObject | None = None) -> None:
        self.line = QLineEdit()
        super().__init__(field, self.line, parent)
        self.line.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.line.textEdited.connect(self._changed)

    def raw(self) -> str:
        return self.line.text()

    def _show(self, value: Any) -> None:
        self.line.setText("" if value is None else QLocale().toString(float(value), "f", 2))

    def _check(self, raw: Any) -> tuple[Any, str | None, str | None]:
        text = str(raw).strip()
        if not text:
            return None, None, None
        amount, ok = QLocale().toDouble(text)
        if ok and amount >= 0:
            return Decimal(str(round(amount, 2))), None, None
        try:
            value = Decimal(text.replace(" ", "").replace(",", "."))
        except InvalidOperation:
            value = None
        _cents, problem = _service_check(self.field.id, text)
        if value is None or problem or value < 0:
            return (
                text,
                problem
                or QCoreApplication.translate("ContactEditor", "“%1” is not an amount of money.").replace(
                    "%1", text
                ),
                None,
            )
        return value, None, None


class ChoiceInput(FieldInput):
    """A list of codes shown by their words; ``editable`` lets the user type a new value too."""

    def __init__(
        self,
        field: Field,
        options: Iterable[tuple[str, str]],
        *,
        editable: bool = False,
        allow_empty: bool = True,
        parent: QObject | None = None,
    ) -> None:
        self.combo = QComboBox()
        super().__init__(field, self.combo, parent)
        self.combo.setEditable(editable)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMaxVisibleItems(20)
        self._first = 1 if allow_empty else 0
        if allow_empty:
            self.combo.addItem("", None)
        for code, label in options:
            self.combo.addItem(label, code)
        if editable:
            completer = self.combo.completer()
            if completer is not None:
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.combo.editTextChanged.connect(self._changed)
        else:
            self.combo.currentIndexChanged.connect(self._changed)

    def raw(self) -> Any:
        if self.combo.isEditable():
            text = self.combo.currentText().strip()
            found = self.combo.findText(text, Qt.MatchFlag.MatchFixedString)
            return self.combo.itemData(found) if found >= self._first else (text or None)
        return self.combo.currentData()

    def _show(self, value: Any) -> None:
        if value is None or value == "":
            self.combo.setCurrentIndex(0)
            if self.combo.isEditable():
                self.combo.setEditText("")
            return
        found = self.combo.findData(value)
        if found < 0:  # a value stored before (or by an import) that the list does not offer
            label = choice_label(self.field.id, str(value))
            self.combo.addItem(label, value)
            found = self.combo.count() - 1
        self.combo.setCurrentIndex(found)

    def _check(self, raw: Any) -> tuple[Any, str | None, str | None]:
        return raw, None, None


class SetInput(FieldInput):
    """Tags or needs as a comma-separated line, completing the word being typed from those in use."""

    def __init__(self, field: Field, known: Iterable[str], parent: QObject | None = None) -> None:
        self.line = QLineEdit()
        super().__init__(field, self.line, parent)
        self.line.setPlaceholderText(QCoreApplication.translate("ContactEditor", "Separate with commas"))
        self._words = QStringListModel(sorted(set(known), key=str.casefold))
        self.completer = QCompleter(self._words, self.line)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.completer.setWidget(self.line)
        self.completer.activated.connect(self._complete)
        self.line.textEdited.connect(self._typed)
        self.line.textEdited.connect(self._changed)

    def _typed(self, text: str) -> None:
        head = text[: self.line.cursorPosition()]
        word = head.rsplit(",", 1)[-1].strip()
        popup = self.completer.popup()
        if word:
            self.completer.setCompletionPrefix(word)
        if word and self.completer.completionCount():
            self.completer.complete()
        elif popup is not None:
            popup.hide()

    def _complete(self, chosen: str) -> None:
        text = self.line.text()
        position = self.line.cursorPosition()
        head, tail = text[:position], text[position:]
        before = head.rsplit(",", 1)[0] + ", " if "," in head else ""
        self.line.setText(f"{before}{chosen}, {tail.lstrip(', ')}".rstrip())
        self.line.setCursorPosition(len(before) + len(chosen) + 2)
        self._changed()

    def raw(self) -> str:
        return self.line.text()

    def _show(self, value: Any) -> None:
        words = sorted((str(v) for v in (value or ())), key=str.casefold)
        self.line.setText(", ".join(words))

    def _check(self, raw: Any) -> tuple[Any, str | None, str | None]:
        words = frozenset(w.strip() for w in str(raw).split(",") if w.strip())
        return words, None, None
