"""The wizard's first steps: choose the file, then check that its letters read right (the encoding)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from segdesk.services.imports import Preview, preview

if TYPE_CHECKING:
    from segdesk.ui.import_wizard.wizard import ImportWizard

__all__ = ["ENCODINGS", "EncodingPage", "FilePage", "fill_table"]

# What users' files are in when they are not UTF-8: Windows Western and Central European, ISO Latin.
ENCODINGS = ("utf-8", "cp1252", "cp1250", "iso-8859-1", "iso-8859-2", "iso-8859-15", "utf-16")


def fill_table(table: QTableWidget, headers: list[str], rows: list[list[str]]) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setRowCount(len(rows))
    table.setHorizontalHeaderLabels(headers)
    for r, row in enumerate(rows):
        for c, value in enumerate(row[: len(headers)]):
            table.setItem(r, c, QTableWidgetItem(value))
    table.resizeColumnsToContents()
    for column in range(table.columnCount()):
        table.setColumnWidth(column, min(table.columnWidth(column), 260))


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(
            self.tr(
                "CSV or TSV, Excel (.xlsx), Excel “Unicode text”, vCard (.vcf), or a Google, Outlook "
                "or Mailchimp contacts export."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        label = QLabel(self.tr("&File:"))
        label.setBuddy(self.path_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addStretch(1)

    def browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import Contacts"),
            self.path_edit.text() or str(Path.home()),
            self.tr("Contact files (*.csv *.tsv *.txt *.xlsx *.vcf);;All files (*)"),
        )
        if chosen:
            self.path_edit.setText(chosen)

    def isComplete(self) -> bool:
        return Path(self.path_edit.text().strip()).expanduser().is_file()

    def validatePage(self) -> bool:
        path = Path(self.path_edit.text().strip()).expanduser()
        if self.owner.path != path:
            self.owner.path = path
            self.owner.encoding = None
            self.owner.reset_after_source()
        return True


class EncodingPage(QWizardPage):
    """The first rows as they will be read; when the file is not UTF-8, a choice of encoding."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Preview"))
        self.note = QLabel()
        self.note.setObjectName("encodingNote")
        self.note.setWordWrap(True)
        self.combo = QComboBox()
        self.combo.setObjectName("encodingCombo")
        for name in ENCODINGS:
            self.combo.addItem(self._encoding_label(name), name)
        self.combo.currentIndexChanged.connect(self._encoding_chosen)
        self.combo_label = QLabel(self.tr("&Encoding:"))
        self.combo_label.setBuddy(self.combo)
        row = QHBoxLayout()
        row.addWidget(self.combo_label)
        row.addWidget(self.combo)
        row.addStretch(1)
        self.table = QTableWidget()
        self.table.setObjectName("previewTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.loaded: Preview | None = None

    def _encoding_label(self, name: str) -> str:
        labels = {
            "utf-8": self.tr("UTF-8 (Unicode)"),
            "cp1252": self.tr("Windows Western European (cp1252)"),
            "cp1250": self.tr("Windows Central European (cp1250)"),
            "iso-8859-1": self.tr("ISO-8859-1 (Latin-1)"),
            "iso-8859-2": self.tr("ISO-8859-2 (Latin-2)"),
            "iso-8859-15": self.tr("ISO-8859-15 (Latin-9)"),
            "utf-16": self.tr("UTF-16 (Excel Unicode text)"),
        }
        return labels.get(name, name)

    def initializePage(self) -> None:
        self._load(self.owner.encoding)

    def _load(self, encoding: str | None) -> None:
        self.loaded = None
        self.completeChanged.emit()
        self.note.setText(self.tr("Reading the file…"))
        path, language = self.owner.path, self.owner.language
        assert path is not None
        self.owner.reader.run(
            "preview", lambda: preview(path, encoding, language=language), self._show, self._failed
        )

    def _show(self, found: Preview) -> None:
        self.loaded = found
        self.owner.encoding = found.encoding if found.encoding_guessed or self.owner.encoding else None
        fill_table(self.table, found.headers, found.rows)
        chooser = found.encoding is not None and (found.encoding_guessed or self.owner.encoding is not None)
        self.combo.setVisible(chooser)
        self.combo_label.setVisible(chooser)
        if found.encoding is None:
            note = self.tr("A spreadsheet: the first rows as they will be imported.")
        elif chooser:
            note = self.tr(
                "This file is not UTF-8; it was read as %1. If letters such as à, é, ł or ß look "
                "wrong below, choose the encoding that shows them right."
            ).replace("%1", self._encoding_label(found.encoding))
            index = self.combo.findData(found.encoding.lower())
            if index < 0:
                self.combo.addItem(found.encoding, found.encoding)
                index = self.combo.count() - 1
            self.combo.blockSignals(True)
            self.combo.setCurrentIndex(index)
            self.combo.blockSignals(False)
        else:
            note = self.tr("The file's encoding was recognised (%1).").replace(
                "%1", self._encoding_label(found.encoding)
            )
        count = self.tr("%n column(s)", None, len(found.headers))
        self.note.setText(f"{note} {count}.")
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.loaded = None
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        self.note.setText(str(error))
        self.completeChanged.emit()

    def _encoding_chosen(self) -> None:
        encoding = self.combo.currentData()
        self.owner.encoding = encoding
        self.owner.reset_after_source()
        self._load(encoding)

    def isComplete(self) -> bool:
        return self.loaded is not None and bool(self.loaded.headers)
