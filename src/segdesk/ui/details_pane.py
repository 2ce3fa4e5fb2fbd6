"""The right-hand pane: the selected contact's main fields, with buttons to edit it and log a contact."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from segdesk.domain.fields import DEFAULT_CATALOGUE, Catalogue, Field, FieldType
from segdesk.services.overview import ContactDetails
from segdesk.ui.flow_layout import FlowLayout
from segdesk.ui.formatting import CURRENCY_SYMBOLS, date_format, display_text

__all__ = ["DetailsPane"]

# Shown in the heading, not again in the form.
_HEADING_FIELDS = {"kind", "job_title", "company"}
_LINKS = {"email": "mailto:", "website": ""}


def _value_label(text: str, *, rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setOpenExternalLinks(rich)
    flags = Qt.TextInteractionFlag.TextSelectableByMouse
    if rich:
        flags |= Qt.TextInteractionFlag.LinksAccessibleByMouse
    label.setTextInteractionFlags(flags)
    return label


class DetailsPane(QStackedWidget):
    """A placeholder when nothing is selected, else the contact's heading and fields."""

    editRequested = Signal(int)  # contact id
    logRequested = Signal(int)
    historyRequested = Signal(int)

    def __init__(self, catalogue: Catalogue = DEFAULT_CATALOGUE, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsPane")
        self.setMinimumWidth(240)
        self._catalogue = catalogue
        self._currency = ""
        self._details: ContactDetails | None = None

        self._placeholder = QLabel(
            QCoreApplication.translate("DetailsPane", "Select a contact to see the details.")
        )
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setWordWrap(True)
        self._placeholder.setMargin(24)
        self._placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.addWidget(self._placeholder)

        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.addWidget(self._scroll)
        self._build_content()

    def _build_content(self) -> None:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(6)
        self.name_label = QLabel()
        self.name_label.setObjectName("contactName")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle_label = QLabel()
        self.subtitle_label.setWordWrap(True)
        self.subtitle_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.name_label)
        layout.addWidget(self.subtitle_label)
        self.edit_button = QPushButton(QCoreApplication.translate("DetailsPane", "Edit…"))
        self.edit_button.setObjectName("detailsEditButton")
        self.edit_button.clicked.connect(lambda: self._request(self.editRequested))
        self.log_button = QPushButton(QCoreApplication.translate("DetailsPane", "Log Contact…"))
        self.log_button.setObjectName("detailsLogButton")
        self.log_button.clicked.connect(lambda: self._request(self.logRequested))
        buttons = FlowLayout()  # wraps when translated labels are wider than the pane
        buttons.setContentsMargins(0, 6, 0, 0)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.log_button)
        self.history_button = QPushButton(QCoreApplication.translate("DetailsPane", "History…"))
        self.history_button.setObjectName("detailsHistoryButton")
        self.history_button.setToolTip(
            QCoreApplication.translate("DetailsPane", "Who changed what, and when")
        )
        self.history_button.clicked.connect(lambda: self._request(self.historyRequested))
        buttons.addWidget(self.history_button)
        layout.addLayout(buttons)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addSpacing(6)
        layout.addWidget(line)
        self._form_host = QWidget()
        self._form = QFormLayout(self._form_host)
        self._form.setContentsMargins(0, 6, 0, 0)
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addWidget(self._form_host)
        self.notes_title = QLabel(QCoreApplication.translate("DetailsPane", "Notes"))
        bold = QFont(self.font())
        bold.setBold(True)
        self.notes_title.setFont(bold)
        self.notes_label = _value_label("")
        layout.addSpacing(8)
        layout.addWidget(self.notes_title)
        layout.addWidget(self.notes_label)
        layout.addStretch(1)
        self._scroll.setWidget(content)

    def _request(self, signal: Any) -> None:
        if self._details is not None:
            signal.emit(self._details.id)

    def set_currency(self, currency: str | None) -> None:
        self._currency = CURRENCY_SYMBOLS.get(currency, currency) if currency else ""

    @property
    def details(self) -> ContactDetails | None:
        return self._details

    def show_contact(self, details: ContactDetails | None) -> None:
        """Show ``details``; None shows the placeholder."""
        self._details = details
        if details is None:
            self.setCurrentWidget(self._placeholder)
            return
        locale = QLocale()
        dates = date_format(locale)
        values = dict(details.values)

        def text(field_id: str) -> str:
            field = self._catalogue.get(field_id)
            if field is None:
                return ""
            return display_text(field, values.get(field_id), locale, currency=self._currency, dates=dates)

        self.name_label.setText(details.full_name)
        parts = [text("job_title"), "" if values.get("company") == details.full_name else text("company")]
        subtitle = " · ".join(p for p in parts if p) or text("kind")
        self.subtitle_label.setText(subtitle)
        self.subtitle_label.setVisible(bool(subtitle))
        while self._form.rowCount():
            self._form.removeRow(0)
        for field_id, value in details.values:
            field = self._catalogue.get(field_id)
            if field is None or field_id in _HEADING_FIELDS:
                continue
            shown = text(field_id)
            if not shown:
                continue
            self._form.addRow(self._field_label(field), self._field_value(field, value, shown))
        notes = (details.notes or "").strip()
        self.notes_title.setVisible(bool(notes))
        self.notes_label.setVisible(bool(notes))
        self.notes_label.setText(notes)
        self.setCurrentWidget(self._scroll)

    def _field_label(self, field: Field) -> QLabel:
        label = QLabel(field.translated_label())
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return label

    def _field_value(self, field: Field, value: Any, shown: str) -> QLabel:
        if field.id in _LINKS and field.type is FieldType.TEXT:
            target = str(value)
            if field.id == "website" and "://" not in target:
                target = "https://" + target
            href = html.escape(_LINKS[field.id] + target, quote=True)
            return _value_label(f'<a href="{href}">{html.escape(shown)}</a>', rich=True)
        return _value_label(shown)

    def field_texts(self) -> dict[str, str]:
        """The labels and values shown in the form (for tests and accessibility checks)."""
        shown: dict[str, str] = {}
        for row in range(self._form.rowCount()):
            label = self._form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            value = self._form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and value is not None:
                label_widget, value_widget = label.widget(), value.widget()
                if isinstance(label_widget, QLabel) and isinstance(value_widget, QLabel):
                    shown[label_widget.text()] = value_widget.text()
        return shown
