"""The pieces of the Preferences dialog: a titled form page, and the Database page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from segdesk.services.followups import Cadence
from segdesk.services.preferences import MAX_KEEP, ComputerPreferences
from segdesk.services.reports import LabelSheet

__all__ = ["DatabasePage", "cadence_parts", "form_page", "label_sheet_text", "spin"]


def spin(low: int, high: int, value: int, name: str) -> QSpinBox:
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(low, high)
    box.setValue(min(max(value, low), high))
    box.setMinimumWidth(110)
    return box


def cadence_parts(cadence: Cadence) -> tuple[int, str]:
    """The interval as the dialog shows it: days, whole weeks, or months."""
    if cadence.unit == "months":
        return cadence.amount, "months"
    if cadence.amount % 7 == 0:
        return cadence.amount // 7, "weeks"
    return cadence.amount, "days"


def label_sheet_text(sheet: LabelSheet) -> str:
    return (
        QCoreApplication.translate("LabelOptionsBox", "Avery %1 – %2 per sheet, %3 × %4 mm")
        .replace("%1", sheet.name)
        .replace("%2", str(sheet.per_sheet))
        .replace("%3", f"{sheet.label_width:g}")
        .replace("%4", f"{sheet.label_height:g}")
    )


def _title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("pageTitle")
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    label.setFont(font)
    return label


def _note(text: str, *, muted: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if muted:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def _page_layout(title: str, scope: str) -> tuple[QWidget, QVBoxLayout]:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(18, 6, 6, 6)
    layout.setSpacing(10)
    layout.addWidget(_title(title))
    scope_label = _note(scope)
    scope_label.setObjectName("pageScope")
    layout.addWidget(scope_label)
    layout.addSpacing(6)
    return page, layout


def form_page(
    title: str, scope: str, rows: list[tuple[str, QWidget]], note: str, hints: dict[int, str] | None = None
) -> QWidget:
    """A page: its title, whose setting it is (this computer's, or the database's), the form, a note.

    ``hints``: a short note shown under the row of that index, about that setting alone.
    """
    page, layout = _page_layout(title, scope)
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    for index, (label, widget) in enumerate(rows):
        caption = QLabel(label)
        caption.setBuddy(widget)
        form.addRow(caption, widget)
        if hints and index in hints:
            hint = _note(hints[index])
            hint.setWordWrap(False)  # one short line; wrapping in a form row leaves a tall gap
            form.addRow("", hint)
    layout.addLayout(form)
    layout.addWidget(_note(note))
    layout.addStretch(1)
    return page


class DatabasePage(QWidget):
    """Where the database is (a file here, or a PostgreSQL server) and where its backups go."""

    testRequested = Signal()

    def __init__(
        self,
        location: str,
        preferences: ComputerPreferences,
        default_backups: Path | None,
        *,
        overridden: bool = False,
    ) -> None:
        super().__init__()
        self.setObjectName("databasePage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        page, inner = _page_layout(self.tr("Database"), self.tr("Saved on this computer, for you."))
        layout.addWidget(page)

        where = QGroupBox(self.tr("Where segdesk keeps its data"))
        grid = QVBoxLayout(where)
        self.file_radio = QRadioButton(self.tr("A &file on this computer"))
        self.file_radio.setObjectName("fileRadio")
        self.server_radio = QRadioButton(self.tr("A PostgreSQL &server shared by the team"))
        self.server_radio.setObjectName("serverRadio")
        group = QButtonGroup(self)
        group.addButton(self.file_radio)
        group.addButton(self.server_radio)
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("databaseFileEdit")
        self.browse_file = QPushButton(self.tr("&Browse…"))
        self.browse_file.setObjectName("browseDatabaseButton")
        self.browse_file.clicked.connect(self._browse_file)
        self.server_edit = QLineEdit()
        self.server_edit.setObjectName("serverUrlEdit")
        self.server_edit.setPlaceholderText("postgresql+psycopg://user:password@server/segdesk")
        self.test_button = QPushButton(self.tr("&Test Connection"))
        self.test_button.setObjectName("testConnectionButton")
        self.test_button.clicked.connect(self.testRequested.emit)
        self.test_result = _note("", muted=False)
        self.test_result.setObjectName("testResult")
        grid.addWidget(self.file_radio)
        grid.addLayout(_row(self.file_edit, self.browse_file))
        grid.addWidget(self.server_radio)
        grid.addLayout(_row(self.server_edit, self.test_button))
        grid.addWidget(self.test_result)
        switch_note = self.tr("Choosing another database reopens the window on it.")
        if overridden:
            switch_note += " " + self.tr(
                "This run was started with SEGDESK_DB, which wins over this setting."
            )
        grid.addWidget(_note(switch_note))
        inner.addWidget(where)

        backups = QGroupBox(self.tr("Backups of a database file"))
        form = QFormLayout(backups)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.backup_edit = QLineEdit(preferences.backup_folder or "")
        self.backup_edit.setObjectName("backupFolderEdit")
        default_text = (
            str(default_backups) if default_backups else self.tr("“backups” beside the database file")
        )
        self.backup_edit.setPlaceholderText(default_text)
        self.browse_backups = QPushButton(self.tr("B&rowse…"))
        self.browse_backups.setObjectName("browseBackupsButton")
        self.browse_backups.clicked.connect(self._browse_backups)
        self.keep_spin = spin(1, MAX_KEEP, preferences.backups_to_keep, "keepSpin")
        form.addRow(self.tr("&Folder:"), _row_widget(self.backup_edit, self.browse_backups))
        form.addRow(self.tr("&Keep the newest:"), self.keep_spin)
        form.addRow(
            _note(
                self.tr(
                    "A verified copy is made every day and before imports, bulk deletes and program "
                    "updates; older ones are removed. File ▸ Backups… restores one. A server's backups "
                    "are made on the server."
                )
            )
        )
        inner.addWidget(backups)
        inner.addStretch(1)

        is_server = "://" in location
        (self.server_radio if is_server else self.file_radio).setChecked(True)
        (self.server_edit if is_server else self.file_edit).setText(location)
        self.file_radio.toggled.connect(self._update_enabled)
        self._update_enabled()

    def _update_enabled(self) -> None:
        file_chosen = self.file_radio.isChecked()
        for widget in (self.file_edit, self.browse_file):
            widget.setEnabled(file_chosen)
        for widget in (self.server_edit, self.test_button):
            widget.setEnabled(not file_chosen)
        self.test_result.clear()
        self.test_result.hide()

    def location(self) -> str:
        edit = self.file_edit if self.file_radio.isChecked() else self.server_edit
        return edit.text().strip()

    def show_test_result(self, ok: bool, message: str) -> None:
        self.test_result.setText(("✓ " if ok else "✗ ") + message)
        self.test_result.show()

    def _browse_file(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Database File"),
            self.file_edit.text(),
            self.tr("segdesk databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if chosen:
            self.file_edit.setText(chosen)

    def _browse_backups(self) -> None:
        start = self.backup_edit.text() or self.backup_edit.placeholderText()
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup Folder"), start)
        if chosen:
            self.backup_edit.setText(chosen)


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for index, widget in enumerate(widgets):
        row.addWidget(widget, 1 if index == 0 else 0)
    return row


def _row_widget(*widgets: QWidget) -> QWidget:
    host = QWidget()
    host.setLayout(_row(*widgets))
    return host
