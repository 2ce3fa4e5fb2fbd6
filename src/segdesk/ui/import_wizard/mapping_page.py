"""The mapping step: for each column of the file, what it becomes (a field, a custom field, or nothing)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from segdesk.services.imports import ColumnMapping, load_mapping, save_mapping

if TYPE_CHECKING:
    from segdesk.ui.import_wizard.wizard import ImportWizard

__all__ = ["CUSTOM_CHOICE", "MappingPage"]

CUSTOM_CHOICE = "__custom__"
CUSTOM_PREFIX = "custom."
SAMPLES = 3


def custom_key(name: str) -> str:
    """A custom field's key from the name the user typed ("Shoe size" -> shoe_size)."""
    key = re.sub(r"[^A-Za-z0-9_]+", "_", name.strip()).strip("_").lower()
    return key[:60] or "field"


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(
            self.tr("Choose what each column of the file becomes. Columns set to “Ignore” are not imported.")
        )
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("mappingTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Sample values"), self.tr("Import as")]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.status = QLabel()
        self.status.setObjectName("mappingStatus")
        self.status.setWordWrap(True)
        self.load_button = QPushButton(self.tr("&Load Mapping…"))
        self.save_button = QPushButton(self.tr("&Save Mapping…"))
        self.load_button.clicked.connect(lambda: self.load())
        self.save_button.clicked.connect(lambda: self.save())
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.combos: list[QComboBox] = []
        self.custom_fields: dict[str, tuple[str, str]] = {}
        self.constants: dict[str, str] = {}
        self.ready = False

    # -- reading the file ---------------------------------------------------------------------

    def initializePage(self) -> None:
        if self.owner.table is not None and self.owner.mapping is not None and self.ready:
            return  # back from the check page: keep the user's choices
        self.ready = False
        self.completeChanged.emit()
        self.status.setText(self.tr("Reading the whole file…"))
        self.table.setRowCount(0)
        self.owner.read_source(self._show, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(str(error))

    def _show(self, *_args: Any) -> None:
        table, mapping = self.owner.table, self.owner.mapping
        assert table is not None and mapping is not None
        self.custom_fields = dict(mapping.custom_fields)
        self.constants = dict(mapping.constants)
        self.table.setRowCount(len(table.headers))
        self.combos = []
        for column, header in enumerate(table.headers):
            samples = [row[column] for row in table.rows if column < len(row) and row[column].strip()]
            self.table.setItem(column, 0, QTableWidgetItem(header))
            sample = QTableWidgetItem(" · ".join(samples[:SAMPLES]))
            sample.setToolTip("\n".join(samples[:10]))
            self.table.setItem(column, 1, sample)
            combo = self._target_combo()
            combo.setObjectName(f"target{column}")
            self.table.setCellWidget(column, 2, combo)
            self.combos.append(combo)
        self.table.setColumnWidth(2, 300)
        self.apply(mapping)
        self.ready = True
        self.status.setText(
            self.tr("%n row(s) to import.", None, len(table.rows))
            + " "
            + self.tr("Columns were matched by their names; check them.")
        )
        self.completeChanged.emit()

    def _target_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("— Ignore —"), None)
        combo.insertSeparator(1)
        labels = self.owner.targets
        for target in sorted(labels, key=lambda t: (t.startswith(CUSTOM_PREFIX), labels[t].casefold())):
            combo.addItem(labels[target], target)
        combo.insertSeparator(combo.count())
        combo.addItem(self.tr("Custom field…"), CUSTOM_CHOICE)
        combo.setProperty("previous", 0)
        combo.activated.connect(lambda _index, c=combo: self._chosen(c))
        return combo

    def _select(self, combo: QComboBox, target: str | None) -> None:
        index = combo.findData(target)
        if index < 0 and target is not None and target.startswith(CUSTOM_PREFIX):
            key = target[len(CUSTOM_PREFIX) :]
            label = self.custom_fields.get(key, ("text", key))[1]
            combo.insertItem(combo.count() - 1, self.tr("Custom: %1").replace("%1", label), target)
            index = combo.findData(target)
        combo.setCurrentIndex(max(index, 0))
        combo.setProperty("previous", combo.currentIndex())

    def _chosen(self, combo: QComboBox) -> None:
        if combo.currentData() == CUSTOM_CHOICE:
            row = self.combos.index(combo)
            header = self.owner.table.headers[row] if self.owner.table is not None else ""
            name, ok = QInputDialog.getText(
                self, self.tr("Custom Field"), self.tr("Name of the new custom field:"), text=header
            )
            if not ok or not name.strip():
                combo.setCurrentIndex(int(combo.property("previous") or 0))
                return
            key = custom_key(name)
            if key not in self.owner.custom_types:
                self.custom_fields[key] = ("text", name.strip())
            self._select(combo, CUSTOM_PREFIX + key)
        combo.setProperty("previous", combo.currentIndex())

    # -- the mapping --------------------------------------------------------------------------

    def apply(self, mapping: ColumnMapping) -> None:
        self.custom_fields.update(mapping.custom_fields)
        for combo, target in zip(self.combos, mapping.targets, strict=False):
            self._select(combo, target)

    def set_target(self, column: int, target: str | None) -> None:
        """Choose ``target`` for ``column`` (as the user would in its list)."""
        self._select(self.combos[column], target)

    def mapping(self) -> ColumnMapping:
        targets: list[str | None] = [combo.currentData() for combo in self.combos]
        used = {t[len(CUSTOM_PREFIX) :] for t in targets if t and t.startswith(CUSTOM_PREFIX)}
        custom = {key: spec for key, spec in self.custom_fields.items() if key in used}
        return ColumnMapping(targets, custom, dict(self.constants))

    def load(self, path: str | None = None) -> bool:
        table = self.owner.table
        if table is None:
            return False
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Load Mapping"), "", self.tr("Mappings (*.json);;All files (*)")
            )
            if not path:
                return False
        try:
            mapping = load_mapping(self.owner.store, table, Path(path))
        except Exception as exc:
            self.status.setText(str(exc))
            return False
        self.constants = dict(mapping.constants)
        self.apply(mapping)
        self.status.setText(self.tr("Mapping loaded from %1.").replace("%1", Path(path).name))
        return True

    def save(self, path: str | None = None) -> bool:
        table = self.owner.table
        if table is None:
            return False
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save Mapping"), "mapping.json", self.tr("Mappings (*.json)")
            )
            if not path:
                return False
        try:
            save_mapping(Path(path), table, self.mapping())
        except Exception as exc:
            self.status.setText(str(exc))
            return False
        self.status.setText(self.tr("Mapping saved to %1.").replace("%1", Path(path).name))
        return True

    def isComplete(self) -> bool:
        return self.ready and any(combo.currentData() for combo in self.combos)

    def validatePage(self) -> bool:
        self.owner.mapping = self.mapping()
        self.owner.dry_report = None
        return True
