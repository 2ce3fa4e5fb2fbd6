"""Saving a segment: name, description or persona, owner, colour, follow-up cadence, dynamic or static.

A form in the editor's side panel rather than a modal dialog, so the rule stays in
view while naming it and nothing blocks. :meth:`SegmentDetailsForm.fill_draft`
copies the form into a :class:`SegmentDraft`; the editor saves it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from segdesk.services.segment_drafts import SegmentDraft

__all__ = ["COLOURS", "SegmentDetailsForm"]

COLOURS = ("#1a73e8", "#188038", "#d93025", "#f9ab00", "#9334e6", "#e8710a", "#12b5cb", "#5f6368")


def _swatch(colour: str | None) -> QIcon:
    pixmap = QPixmap(18, 18)
    pixmap.fill(QColor(colour) if colour else QColor("transparent"))
    return QIcon(pixmap)


class SegmentDetailsForm(QWidget):
    saveRequested = Signal()

    def __init__(self, team: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segmentDetails")
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("segmentNameEdit")
        self.name_edit.setPlaceholderText(
            QCoreApplication.translate("RuleEditor", "e.g. Espresso owners in Lombardy")
        )
        self.description_edit = QPlainTextEdit()
        self.description_edit.setObjectName("segmentDescriptionEdit")
        self.description_edit.setPlaceholderText(
            QCoreApplication.translate(
                "RuleEditor", "Who they are and what they need (persona), or what the segment is for."
            )
        )
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMaximumHeight(90)
        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("segmentOwnerCombo")
        self.owner_combo.addItem(QCoreApplication.translate("RuleEditor", "Nobody in particular"), None)
        for member in team:
            self.owner_combo.addItem(member, member)
        self.colour_group = QButtonGroup(self)
        self.colour_group.setExclusive(True)
        colours = QHBoxLayout()
        colours.setSpacing(2)
        for number, colour in enumerate((None, *COLOURS)):
            button = QToolButton()
            button.setCheckable(True)
            button.setIcon(_swatch(colour))
            button.setIconSize(QSize(18, 18))
            button.setProperty("colour", colour)
            button.setToolTip(colour or QCoreApplication.translate("RuleEditor", "No colour"))
            button.setAccessibleName(colour or QCoreApplication.translate("RuleEditor", "No colour"))
            if colour is None:
                button.setText("∅")
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.colour_group.addButton(button, number)
            colours.addWidget(button)
        colours.addStretch(1)
        self.cadence_spin = QSpinBox()
        self.cadence_spin.setObjectName("segmentCadenceSpin")
        self.cadence_spin.setRange(0, 3650)
        self.cadence_spin.setSpecialValueText(QCoreApplication.translate("RuleEditor", "each contact's own"))
        self.cadence_spin.setSuffix(QCoreApplication.translate("RuleEditor", " days"))
        self.cadence_spin.setToolTip(
            QCoreApplication.translate("RuleEditor", "How often to follow up members of this segment")
        )
        self.dynamic_radio = QRadioButton(
            QCoreApplication.translate("RuleEditor", "Dynamic: members follow the rules every day")
        )
        self.dynamic_radio.setObjectName("dynamicRadio")
        self.static_radio = QRadioButton(
            QCoreApplication.translate("RuleEditor", "Static: freeze today's members")
        )
        self.static_radio.setObjectName("staticRadio")
        self.refreeze_check = QCheckBox(
            QCoreApplication.translate(
                "RuleEditor", "Replace its members by the contacts matching the rules today"
            )
        )
        self.refreeze_check.setObjectName("refreezeCheck")
        self.refreeze_check.hide()
        self._was_static = False
        self._members: int | None = 0
        self.static_radio.toggled.connect(self._static_toggled)
        self.dynamic_radio.setChecked(True)
        self.save_button = QPushButton(QCoreApplication.translate("RuleEditor", "Save segment"))
        self.save_button.setObjectName("saveSegmentButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.saveRequested)
        self.status = QLabel()
        self.status.setObjectName("saveStatus")
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("RuleEditor", "&Name:"), self.name_edit)
        form.addRow(QCoreApplication.translate("RuleEditor", "&Description:"), self.description_edit)
        form.addRow(QCoreApplication.translate("RuleEditor", "&Owner:"), self.owner_combo)
        form.addRow(QCoreApplication.translate("RuleEditor", "Colour:"), colours)
        form.addRow(QCoreApplication.translate("RuleEditor", "&Follow up every:"), self.cadence_spin)
        kind = QVBoxLayout()
        kind.addWidget(self.dynamic_radio)
        kind.addWidget(self.static_radio)
        kind.addWidget(self.refreeze_check)
        form.addRow(QCoreApplication.translate("RuleEditor", "Membership:"), kind)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def load(self, draft: SegmentDraft) -> None:
        self.name_edit.setText(draft.name)
        self.description_edit.setPlainText(draft.description)
        index = self.owner_combo.findData(draft.owner)
        if index < 0 and draft.owner:
            self.owner_combo.addItem(draft.owner, draft.owner)
            index = self.owner_combo.count() - 1
        self.owner_combo.setCurrentIndex(max(index, 0))
        self.set_colour(draft.colour)
        self.cadence_spin.setValue(draft.cadence_days or 0)
        self._was_static, self._members = draft.was_static, draft.members
        (self.static_radio if draft.is_static else self.dynamic_radio).setChecked(True)
        self.refreeze_check.setChecked(False)
        self._static_toggled(draft.is_static)

    def set_colour(self, colour: str | None) -> None:
        for button in self.colour_group.buttons():
            if (button.property("colour") or None) == (colour.lower() if colour else None):
                button.setChecked(True)
                return
        if colour:  # a colour saved elsewhere: offer it too
            button = QToolButton()
            button.setCheckable(True)
            button.setIcon(_swatch(colour))
            button.setProperty("colour", colour)
            self.colour_group.addButton(button)
            button.setChecked(True)
        else:
            self.colour_group.buttons()[0].setChecked(True)

    def colour(self) -> str | None:
        button = self.colour_group.checkedButton()
        return (button.property("colour") or None) if button is not None else None

    def fill_draft(self, draft: SegmentDraft) -> None:
        draft.name = self.name_edit.text().strip()
        draft.description = self.description_edit.toPlainText().strip()
        draft.owner = self.owner_combo.currentData()
        draft.colour = self.colour()
        draft.cadence_days = self.cadence_spin.value() or None
        draft.is_static = self.static_radio.isChecked()
        draft.refreeze = self.refreeze_check.isChecked()

    def _static_toggled(self, static: bool) -> None:
        self.refreeze_check.setVisible(static and self._was_static)

    def show_matched(self, matched: int | None) -> None:
        """The static choice says how many contacts it would freeze (or keeps, once saved static)."""
        if self._was_static:
            text = QCoreApplication.translate("RuleEditor", "Static: keep its %1 hand-picked members")
            self.static_radio.setText(text.replace("%1", QLocale().toString(self._members or 0)))
        elif matched is None:
            self.static_radio.setText(
                QCoreApplication.translate("RuleEditor", "Static: freeze today's members")
            )
        else:
            text = QCoreApplication.translate("RuleEditor", "Static: freeze today's %1 members").replace(
                "%1", QLocale().toString(matched)
            )
            self.static_radio.setText(text)

    def show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #d93025;" if error else "color: #188038;")
