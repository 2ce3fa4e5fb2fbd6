""" "Log contact": when, how, what came of it, a note, and when to follow up next — one Save.

The dialog opens ready to save (now, by phone, the next follow-up by the usual
interval), so logging a call is two clicks: *Log Contact…* and *Save*.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from segdesk.services.errors import UserError
from segdesk.services.interactions import CHANNELS, OUTCOME_MAX
from segdesk.ui.editor_fields import problem_colour
from segdesk.ui.timeline_model import channel_label

__all__ = ["LogContactDialog", "LogRequest"]


@dataclass(frozen=True, slots=True)
class LogRequest:
    channel: str
    occurred_at: datetime
    outcome: str | None
    note: str | None
    next_on: date | None  # None: by the contact's usual interval


class LogContactDialog(QDialog):
    """Asks for one contact's log entry; ``save(request)`` runs on Save and may refuse with a UserError."""

    def __init__(
        self,
        contact_name: str,
        save: Callable[[LogRequest], None],
        *,
        parent: QWidget | None = None,
        now: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("logContactDialog")
        self.setWindowTitle(
            QCoreApplication.translate("LogContact", "Log Contact – %1").replace("%1", contact_name)
        )
        self._save = save
        moment = now or datetime.now()

        today = QDate(moment.year, moment.month, moment.day)
        self.when_edit = QDateTimeEdit(QDateTime(today, QTime(moment.hour, moment.minute)))
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setMaximumDateTime(QDateTime(today.addDays(1), QTime(23, 59)))
        self.channel_combo = QComboBox()
        for code in CHANNELS:
            self.channel_combo.addItem(channel_label(code), code)
        self.outcome_combo = QComboBox()
        self.outcome_combo.setEditable(True)
        self.outcome_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for outcome in (
            "",
            QCoreApplication.translate("LogContact", "Reached"),
            QCoreApplication.translate("LogContact", "No answer"),
            QCoreApplication.translate("LogContact", "Left a message"),
            QCoreApplication.translate("LogContact", "Interested"),
            QCoreApplication.translate("LogContact", "Not interested"),
            QCoreApplication.translate("LogContact", "Ordered"),
            QCoreApplication.translate("LogContact", "Call back later"),
        ):
            self.outcome_combo.addItem(outcome)
        line = self.outcome_combo.lineEdit()
        if line is not None:
            line.setMaxLength(OUTCOME_MAX)
            line.setPlaceholderText(QCoreApplication.translate("LogContact", "What came of it (optional)"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(
            QCoreApplication.translate("LogContact", "Anything to remember next time (optional)")
        )
        self.note_edit.setMinimumHeight(80)

        self.next_combo = QComboBox()
        self.next_combo.addItem(QCoreApplication.translate("LogContact", "By the usual interval"), "cadence")
        self.next_combo.addItem(QCoreApplication.translate("LogContact", "On a date"), "date")
        self.next_date = QDateEdit(QDate(moment.year, moment.month, moment.day).addDays(7))
        self.next_date.setCalendarPopup(True)
        self.next_date.setMinimumDate(QDate(moment.year, moment.month, moment.day))
        self.next_date.setEnabled(False)
        self.next_combo.currentIndexChanged.connect(
            lambda _i: self.next_date.setEnabled(self.next_combo.currentData() == "date")
        )
        next_row = QWidget()
        next_layout = QHBoxLayout(next_row)
        next_layout.setContentsMargins(0, 0, 0, 0)
        next_layout.addWidget(self.next_combo, 1)
        next_layout.addWidget(self.next_date)

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("LogContact", "&When:"), self.when_edit)
        form.addRow(QCoreApplication.translate("LogContact", "&How:"), self.channel_combo)
        form.addRow(QCoreApplication.translate("LogContact", "&Outcome:"), self.outcome_combo)
        form.addRow(QCoreApplication.translate("LogContact", "N&ote:"), self.note_edit)
        form.addRow(QCoreApplication.translate("LogContact", "&Follow up next:"), next_row)

        self.error_label = QLabel()
        self.error_label.setObjectName("logError")
        self.error_label.setWordWrap(True)
        palette = self.error_label.palette()
        palette.setColor(self.error_label.foregroundRole(), problem_colour(palette))
        self.error_label.setPalette(palette)
        self.error_label.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(440, 360)
        self.outcome_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def request(self) -> LogRequest:
        when = self.when_edit.dateTime()
        occurred = datetime(
            when.date().year(),
            when.date().month(),
            when.date().day(),
            when.time().hour(),
            when.time().minute(),
        )
        next_on = None
        if self.next_combo.currentData() == "date":
            chosen = self.next_date.date()
            next_on = date(chosen.year(), chosen.month(), chosen.day())
        return LogRequest(
            channel=str(self.channel_combo.currentData()),
            occurred_at=occurred,
            outcome=self.outcome_combo.currentText().strip() or None,
            note=self.note_edit.toPlainText().strip() or None,
            next_on=next_on,
        )

    def try_save(self) -> None:
        """Save and close, or say what is wrong and stay open."""
        try:
            self._save(self.request())
        except UserError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            return
        self.accept()
