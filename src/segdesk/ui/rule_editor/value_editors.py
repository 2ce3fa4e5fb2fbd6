"""Value editors of a condition row, one per value shape (:class:`EditorKind`).

Each editor shows a JSON-shaped rule value (``set_value``, which never emits) and
emits ``valueEdited(value, typing)`` when the user changes it; ``typing`` edits of
one condition merge into one undo step. Numbers are read and written in the user's
locale (``1.234,5`` in Italian); dates with a calendar popup.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSignalBlocker, QStringListModel, Qt, Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from segdesk.domain.fields import PERIODS, UNITS
from segdesk.domain.rules import date_value, number_value, relative_value
from segdesk.services.rule_editing import EditorKind, ValueChoice
from segdesk.ui.formatting import date_format
from segdesk.ui.rule_editor.multi_select import MultiSelect

__all__ = ["ValueEditor", "make_editor", "period_label", "unit_label"]


def unit_label(unit: str) -> str:
    return {
        "days": QCoreApplication.translate("RuleEditor", "days"),
        "weeks": QCoreApplication.translate("RuleEditor", "weeks"),
        "months": QCoreApplication.translate("RuleEditor", "months"),
        "years": QCoreApplication.translate("RuleEditor", "years"),
    }.get(unit, unit)


def period_label(period: str) -> str:
    return {
        "this_week": QCoreApplication.translate("RuleEditor", "this week"),
        "last_week": QCoreApplication.translate("RuleEditor", "last week"),
        "this_month": QCoreApplication.translate("RuleEditor", "this month"),
        "last_month": QCoreApplication.translate("RuleEditor", "last month"),
        "this_quarter": QCoreApplication.translate("RuleEditor", "this quarter"),
        "last_quarter": QCoreApplication.translate("RuleEditor", "last quarter"),
        "this_year": QCoreApplication.translate("RuleEditor", "this year"),
        "last_year": QCoreApplication.translate("RuleEditor", "last year"),
    }.get(period, period)


def _row(widget: QWidget) -> QHBoxLayout:
    layout = QHBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    return layout


class ValueEditor(QWidget):
    valueEdited = Signal(object, bool)

    def set_value(self, value: object) -> None:
        raise NotImplementedError

    def set_choices(self, choices: list[ValueChoice]) -> None:
        """Values to offer (completion, check lists); ignored by editors that need none."""

    def focus_first(self) -> None:
        self.focusNextChild()


class NoValue(ValueEditor):
    def set_value(self, value: object) -> None:
        pass


class TextValue(ValueEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(QCoreApplication.translate("RuleEditor", "type a value"))
        self.edit.setAccessibleName(QCoreApplication.translate("RuleEditor", "Value"))
        self.edit.setMinimumWidth(140)
        self._completions = QStringListModel(self)
        completer = QCompleter(self._completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.edit.setCompleter(completer)
        self.edit.textEdited.connect(lambda text: self.valueEdited.emit(text, True))
        completer.activated.connect(lambda text: self.valueEdited.emit(text, True))
        _row(self).addWidget(self.edit)

    def set_value(self, value: object) -> None:
        text = "" if value is None else str(value)
        if self.edit.text() != text:
            with QSignalBlocker(self.edit):
                self.edit.setText(text)

    def set_choices(self, choices: list[ValueChoice]) -> None:
        self._completions.setStringList([c.value for c in choices])

    def focus_first(self) -> None:
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.edit.selectAll()


class NumberBox(QLineEdit):
    """A number in the user's locale; :meth:`number` is ``None`` when empty or unreadable."""

    def __init__(self, currency: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLocale(QLocale())
        validator = QDoubleValidator(self)
        validator.setLocale(QLocale())
        validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        self.setValidator(validator)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setFixedWidth(110)
        self.setPlaceholderText(currency or "0")
        self.setAccessibleName(QCoreApplication.translate("RuleEditor", "Number"))

    def number(self) -> int | float | None:
        text = self.text().strip()
        if not text:
            return None
        value, ok = QLocale().toDouble(text)
        if not ok:
            return None
        return int(value) if value == int(value) and abs(value) < 2**53 else value

    def show_number(self, value: object) -> None:
        number = number_value(value)
        if number is None:
            text = ""
        elif number == number.to_integral_value():
            text = QLocale().toString(int(number))
        else:
            text = QLocale().toString(float(number), "g", 15)
        if self.number() != (None if number is None else float(number)) or not text:
            with QSignalBlocker(self):
                self.setText(text)


class NumberValue(ValueEditor):
    def __init__(self, currency: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = NumberBox(currency)
        layout = _row(self)
        layout.addWidget(self.box)
        if currency:
            layout.addWidget(QLabel(currency))
        self.box.textEdited.connect(lambda _text: self.valueEdited.emit(self.box.number(), True))

    def set_value(self, value: object) -> None:
        self.box.show_number(value)

    def focus_first(self) -> None:
        self.box.setFocus(Qt.FocusReason.OtherFocusReason)
        self.box.selectAll()


class NumberRange(ValueEditor):
    def __init__(self, currency: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.low, self.high = NumberBox(currency), NumberBox(currency)
        self.low.setAccessibleName(QCoreApplication.translate("RuleEditor", "From"))
        self.high.setAccessibleName(QCoreApplication.translate("RuleEditor", "To"))
        layout = _row(self)
        layout.addWidget(self.low)
        layout.addWidget(QLabel(QCoreApplication.translate("RuleEditor", "and")))
        layout.addWidget(self.high)
        if currency:
            layout.addWidget(QLabel(currency))
        for box in (self.low, self.high):
            box.textEdited.connect(self._emit)

    def _emit(self) -> None:
        self.valueEdited.emit([self.low.number(), self.high.number()], True)

    def set_value(self, value: object) -> None:
        pair = value if isinstance(value, list) and len(value) == 2 else [None, None]
        self.low.show_number(pair[0])
        self.high.show_number(pair[1])

    def focus_first(self) -> None:
        self.low.setFocus(Qt.FocusReason.OtherFocusReason)


class DateBox(QDateEdit):
    """A calendar date; an empty value shows "choose a date" (the minimum date stands for it)."""

    EMPTY = QDate(1900, 1, 1)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_format(QLocale()))
        self.setMinimumDate(self.EMPTY)
        self.setSpecialValueText(QCoreApplication.translate("RuleEditor", "choose a date"))
        self.setAccessibleName(QCoreApplication.translate("RuleEditor", "Date"))

    def iso(self) -> str | None:
        chosen = self.date()
        return None if chosen == self.EMPTY else chosen.toString(Qt.DateFormat.ISODate)

    def show_date(self, value: object) -> None:
        found = date_value(value)
        shown = QDate(found.year, found.month, found.day) if found else self.EMPTY
        if self.date() != shown:
            with QSignalBlocker(self):
                self.setDate(shown)
        if found is None:  # the calendar opens on today, not on 1900
            self.calendarWidget().setSelectedDate(QDate.currentDate())


class DateValue(ValueEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = DateBox()
        _row(self).addWidget(self.box)
        self.box.dateChanged.connect(lambda _d: self.valueEdited.emit(self.box.iso(), False))

    def set_value(self, value: object) -> None:
        self.box.show_date(value)

    def focus_first(self) -> None:
        self.box.setFocus(Qt.FocusReason.OtherFocusReason)


class DateRange(ValueEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.low, self.high = DateBox(), DateBox()
        layout = _row(self)
        layout.addWidget(self.low)
        layout.addWidget(QLabel(QCoreApplication.translate("RuleEditor", "and")))
        layout.addWidget(self.high)
        for box in (self.low, self.high):
            box.dateChanged.connect(
                lambda _d: self.valueEdited.emit([self.low.iso(), self.high.iso()], False)
            )

    def set_value(self, value: object) -> None:
        pair = value if isinstance(value, list) and len(value) == 2 else [None, None]
        self.low.show_date(pair[0])
        self.high.show_date(pair[1])

    def focus_first(self) -> None:
        self.low.setFocus(Qt.FocusReason.OtherFocusReason)


class AmountUnit(QWidget):
    """N days/weeks/months/years, as rule values and windows hold them."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.amount = QSpinBox()
        self.amount.setRange(0, 100_000)
        self.amount.setAccessibleName(QCoreApplication.translate("RuleEditor", "Amount"))
        self.unit = QComboBox()
        self.unit.setAccessibleName(QCoreApplication.translate("RuleEditor", "Unit"))
        for unit in UNITS:
            self.unit.addItem(unit_label(unit), unit)
        layout = _row(self)
        layout.addWidget(self.amount)
        layout.addWidget(self.unit)
        self.amount.valueChanged.connect(self.changed)
        self.unit.currentIndexChanged.connect(self.changed)

    def value(self) -> dict[str, Any]:
        return {"amount": self.amount.value(), "unit": self.unit.currentData()}

    def show_value(self, amount: int, unit: str) -> None:
        with QSignalBlocker(self.amount), QSignalBlocker(self.unit):
            self.amount.setValue(amount)
            self.unit.setCurrentIndex(max(self.unit.findData(unit), 0))


class RelativeValue(ValueEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.amount_unit = AmountUnit()
        _row(self).addWidget(self.amount_unit)
        self.amount_unit.changed.connect(lambda: self.valueEdited.emit(self.amount_unit.value(), True))

    def set_value(self, value: object) -> None:
        window = relative_value(value)
        self.amount_unit.show_value(window.amount if window else 30, window.unit if window else "days")

    def focus_first(self) -> None:
        self.amount_unit.amount.setFocus(Qt.FocusReason.OtherFocusReason)


class _ComboValue(ValueEditor):
    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setPlaceholderText(placeholder)
        self.combo.setMinimumWidth(140)
        _row(self).addWidget(self.combo)
        self.combo.activated.connect(lambda _i: self.valueEdited.emit(self.combo.currentData(), False))
        self._value: object = None

    def set_value(self, value: object) -> None:
        self._value = value
        with QSignalBlocker(self.combo):
            self.combo.setCurrentIndex(self.combo.findData(value))

    def focus_first(self) -> None:
        self.combo.setFocus(Qt.FocusReason.OtherFocusReason)


class PeriodValue(_ComboValue):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("RuleEditor", "choose a period"), parent)
        for period in PERIODS:
            self.combo.addItem(period_label(period), period)


class SegmentValue(_ComboValue):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("RuleEditor", "choose a segment"), parent)

    def set_choices(self, choices: list[ValueChoice]) -> None:
        with QSignalBlocker(self.combo):
            self.combo.clear()
            for choice in choices:
                self.combo.addItem(choice.label, choice.value)
        self.set_value(self._value)


class ListValue(ValueEditor):
    def __init__(self, free_text: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.select = MultiSelect(free_text=free_text)
        _row(self).addWidget(self.select)
        self.select.chosenChanged.connect(lambda values: self.valueEdited.emit(values, True))

    def set_value(self, value: object) -> None:
        self.select.set_chosen([str(v) for v in value] if isinstance(value, list) else [])

    def set_choices(self, choices: list[ValueChoice]) -> None:
        self.select.set_choices(choices)

    def focus_first(self) -> None:
        self.select.setFocus(Qt.FocusReason.OtherFocusReason)


def make_editor(kind: EditorKind, *, currency: str = "", free_text: bool = True) -> ValueEditor:
    """The editor for ``kind`` (``currency`` for money fields, ``free_text`` for lists of any text)."""
    if kind is EditorKind.TEXT:
        return TextValue()
    if kind is EditorKind.TEXT_LIST:
        return ListValue(free_text)
    if kind is EditorKind.NUMBER:
        return NumberValue(currency)
    if kind is EditorKind.NUMBER_RANGE:
        return NumberRange(currency)
    if kind is EditorKind.DATE:
        return DateValue()
    if kind is EditorKind.DATE_RANGE:
        return DateRange()
    if kind is EditorKind.RELATIVE:
        return RelativeValue()
    if kind is EditorKind.PERIOD:
        return PeriodValue()
    if kind is EditorKind.SEGMENT:
        return SegmentValue()
    return NoValue()
