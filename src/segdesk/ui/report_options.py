"""The mailing labels' options of the report dialog: sheet (preset or custom), start slot, offsets."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from segdesk.services.reports import PRESETS, LabelSheet, preset

__all__ = ["CUSTOM", "LabelOptionsBox"]

CUSTOM = "custom"


class LabelOptionsBox(QGroupBox):
    changed = Signal()
    alignmentRequested = Signal()

    def _combo(self, items: list[tuple[str, str]], name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for key, text in items:
            combo.addItem(text, key)
        combo.currentIndexChanged.connect(self._changed)
        return combo

    def _spin(self, low: int, high: int, value: int, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setValue(value)
        spin.valueChanged.connect(self._changed)
        return spin

    def _mm(self, low: float, high: float, value: float, name: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setDecimals(1)
        spin.setSingleStep(0.5)
        spin.setValue(value)
        spin.setSuffix(self.tr(" mm"))
        spin.valueChanged.connect(self._changed)
        return spin

    def __init__(self, parent: QWidget | None = None, *, preset_name: str | None = None) -> None:
        """``preset_name``: the sheet chosen first (the database's default, Preferences ▸ Printing)."""
        super().__init__(self.tr("Mailing labels"), parent)
        form = QFormLayout(self)
        sheets = [(name, self._sheet_text(sheet)) for name, sheet in PRESETS.items()]
        self.sheet_combo = self._combo([*sheets, (CUSTOM, self.tr("Custom size…"))], "labelSheet")
        if preset_name is not None and self.sheet_combo.findData(preset_name) >= 0:
            self.sheet_combo.setCurrentIndex(self.sheet_combo.findData(preset_name))
        form.addRow(self.tr("&Sheet:"), self.sheet_combo)
        self.custom_box = QWidget()
        custom = QFormLayout(self.custom_box)
        custom.setContentsMargins(0, 0, 0, 0)
        self.custom_page = self._combo([("A4", self.tr("A4")), ("Letter", self.tr("Letter"))], "customPage")
        self.custom_columns = self._spin(1, 10, 3, "customColumns")
        self.custom_rows = self._spin(1, 30, 7, "customRows")
        self.custom_width = self._mm(5, 300, 63.5, "customWidth")
        self.custom_height = self._mm(5, 300, 38.1, "customHeight")
        self.custom_gap_x = self._mm(0, 50, 2.5, "customGapX")
        self.custom_gap_y = self._mm(0, 50, 0, "customGapY")
        grid = QHBoxLayout()
        grid.addWidget(self.custom_columns)
        grid.addWidget(QLabel("×"))
        grid.addWidget(self.custom_rows)
        size = QHBoxLayout()
        size.addWidget(self.custom_width)
        size.addWidget(QLabel("×"))
        size.addWidget(self.custom_height)
        gaps = QHBoxLayout()
        gaps.addWidget(self.custom_gap_x)
        gaps.addWidget(QLabel("×"))
        gaps.addWidget(self.custom_gap_y)
        custom.addRow(self.tr("Page:"), self.custom_page)
        custom.addRow(self.tr("Columns × rows:"), grid)
        custom.addRow(self.tr("Label size:"), size)
        custom.addRow(self.tr("Gaps:"), gaps)
        form.addRow(self.custom_box)
        self.sheet_combo.currentIndexChanged.connect(self._show_custom)
        self.start_row = self._spin(1, 30, 1, "startRow")
        self.start_column = self._spin(1, 10, 1, "startColumn")
        start = QHBoxLayout()
        start.addWidget(self.start_row)
        start.addWidget(QLabel(self.tr("column")))
        start.addWidget(self.start_column)
        form.addRow(self.tr("Start at &row:"), start)
        self.offset_x = self._mm(-20, 20, 0, "offsetX")
        self.offset_y = self._mm(-20, 20, 0, "offsetY")
        self.offset_x.setToolTip(self.tr("Moves everything to the right (negative: to the left)."))
        self.offset_y.setToolTip(self.tr("Moves everything down (negative: up)."))
        offsets = QHBoxLayout()
        offsets.addWidget(self.offset_x)
        offsets.addWidget(self.offset_y)
        form.addRow(self.tr("O&ffset x / y:"), offsets)
        self.per_address = QCheckBox(self.tr("One label per &address (household or company)"))
        self.per_address.setObjectName("perAddress")
        self.outlines = QCheckBox(self.tr("Draw label &outlines"))
        self.outlines.setObjectName("outlines")
        for check in (self.per_address, self.outlines):
            check.toggled.connect(self._changed)
            form.addRow(check)
        self.alignment_button = QPushButton(self.tr("&Alignment Test Page"))
        self.alignment_button.setObjectName("alignmentButton")
        self.alignment_button.setToolTip(
            self.tr("Print on plain paper and hold it against a label sheet to check the offsets.")
        )
        self.alignment_button.clicked.connect(self.alignmentRequested.emit)
        form.addRow(self.alignment_button)
        self._show_custom()

    def _sheet_text(self, sheet: LabelSheet) -> str:
        return (
            self.tr("Avery %1 – %2 per sheet, %3 × %4 mm")
            .replace("%1", sheet.name)
            .replace("%2", str(sheet.per_sheet))
            .replace("%3", f"{sheet.label_width:g}")
            .replace("%4", f"{sheet.label_height:g}")
        )

    def _changed(self, *_args: Any) -> None:
        self.changed.emit()

    def _show_custom(self) -> None:
        self.custom_box.setVisible(self.sheet_combo.currentData() == CUSTOM)

    def label_sheet(self) -> LabelSheet:
        """The chosen sheet; ValueError with a message for the user when a custom one is impossible."""
        key = self.sheet_combo.currentData()
        if key != CUSTOM:
            return PRESETS[key]
        spec = (
            f"{self.custom_page.currentData()}:{self.custom_columns.value()}x{self.custom_rows.value()}:"
            f"{self.custom_width.value():g}x{self.custom_height.value():g}:"
            f"{self.custom_gap_x.value():g}x{self.custom_gap_y.value():g}"
        )
        sheet = preset(spec)
        problems = sheet.problems()
        if problems:
            raise ValueError(" ".join(problems))
        return sheet

    def values(self) -> dict[str, Any]:
        """The keyword arguments of ``mailing_labels`` besides the sheet."""
        return {
            "start_row": self.start_row.value(),
            "start_column": self.start_column.value(),
            "offset_x": self.offset_x.value(),
            "offset_y": self.offset_y.value(),
            "per_address": self.per_address.isChecked(),
            "outlines": self.outlines.isChecked(),
        }
