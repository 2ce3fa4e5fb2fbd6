"""Someone else saved the contact meanwhile: show the fields that differ and let the user choose."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from segdesk.domain.fields import DEFAULT_CATALOGUE, Catalogue
from segdesk.ui.commands import ConflictRow, Resolution
from segdesk.ui.formatting import display_text

__all__ = ["ConflictDialog"]


class ConflictDialog(QDialog):
    """Theirs against mine, field by field; :attr:`choice` is what the user picked (Cancel if closed)."""

    def __init__(
        self,
        rows: list[ConflictRow],
        *,
        contact_name: str = "",
        catalogue: Catalogue = DEFAULT_CATALOGUE,
        currency: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(QCoreApplication.translate("ConflictDialog", "Contact Changed Meanwhile"))
        self.choice = Resolution.CANCEL
        who = contact_name or QCoreApplication.translate("ConflictDialog", "this contact")
        intro = QLabel(
            QCoreApplication.translate(
                "ConflictDialog",
                "Someone else saved %1 while you were editing. These fields now differ from what you "
                "are saving. Which values should be kept?",
            ).replace("%1", who)
        )
        intro.setWordWrap(True)

        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("conflictTable")
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ConflictDialog", "Field"),
                QCoreApplication.translate("ConflictDialog", "Theirs (saved now)"),
                QCoreApplication.translate("ConflictDialog", "Mine"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        locale = QLocale()
        for row, entry in enumerate(rows):
            field = catalogue.get(entry.field)
            label = field.translated_label() if field is not None else entry.field
            cells = [label, self._shown(catalogue, entry.field, entry.theirs, locale, currency),
                     self._shown(catalogue, entry.field, entry.mine, locale, currency)]  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)

        buttons = QDialogButtonBox()
        self.theirs_button = QPushButton(QCoreApplication.translate("ConflictDialog", "Keep Theirs"))
        self.mine_button = QPushButton(QCoreApplication.translate("ConflictDialog", "Overwrite with Mine"))
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.theirs_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.mine_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.theirs_button.clicked.connect(lambda: self.choose(Resolution.KEEP_THEIRS))
        self.mine_button.clicked.connect(lambda: self.choose(Resolution.OVERWRITE))
        self.cancel_button.clicked.connect(lambda: self.choose(Resolution.CANCEL))
        self.cancel_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(620, 180 + 30 * min(len(rows), 10))

    @staticmethod
    def _shown(catalogue: Catalogue, field_id: str, value: Any, locale: QLocale, currency: str) -> str:
        field = catalogue.get(field_id)
        if field is None:
            return "" if value is None else str(value)
        text = display_text(field, value, locale, currency=currency)
        return text or QCoreApplication.translate("ConflictDialog", "(empty)")

    def choose(self, choice: Resolution) -> None:
        self.choice = choice
        if choice is Resolution.CANCEL:
            self.reject()
        else:
            self.accept()

    def rows_text(self) -> list[tuple[str, str, str]]:
        """The table as shown (for tests and screen readers)."""
        rows = []
        for r in range(self.table.rowCount()):
            cells = [self.table.item(r, c) for c in range(3)]
            texts = [cell.text() if cell is not None else "" for cell in cells]
            rows.append((texts[0], texts[1], texts[2]))
        return rows

    @classmethod
    def ask(cls, parent: QWidget | None, rows: list[ConflictRow], **kwargs: Any) -> Resolution:
        dialog = cls(rows, parent=parent, **kwargs)
        dialog.exec()
        choice = dialog.choice
        dialog.deleteLater()
        return choice
