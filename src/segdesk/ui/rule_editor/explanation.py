"""“Why is this contact in or out?”: every rule's result for one contact, in words.

The contact comes from the preview (a picked row) or a typed contact number. The
explanation is asked of :func:`segdesk.services.segments.explain` off the GUI thread
and shown as the rule's outline with ✓ and ✗; the canvas marks the same rows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QBrush, QColor, QIntValidator
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from segdesk.domain.rules import Path

__all__ = ["ExplainedNode", "ExplanationPanel"]

ExplainedNode = tuple[Path, str, bool]  # path in the edited tree, words, passed
PASS, FAIL = QColor("#188038"), QColor("#d93025")


class ExplanationPanel(QWidget):
    """Emits ``explainRequested(contact id)``; the editor answers with :meth:`show_result`."""

    explainRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("explanationPanel")
        self.contact_edit = QLineEdit()
        self.contact_edit.setObjectName("explainContactEdit")
        self.contact_edit.setValidator(QIntValidator(1, 2_000_000_000, self))
        self.contact_edit.setPlaceholderText(QCoreApplication.translate("RuleEditor", "Contact number"))
        self.contact_edit.setAccessibleName(
            QCoreApplication.translate("RuleEditor", "Contact number to explain")
        )
        self.button = QPushButton(QCoreApplication.translate("RuleEditor", "Why in or out?"))
        self.button.setObjectName("explainButton")
        self.heading = QLabel(
            QCoreApplication.translate(
                "RuleEditor",
                "Pick a contact in the preview, or type its number, to see which rules it meets.",
            )
        )
        self.heading.setObjectName("explainHeading")
        self.heading.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("explainTree")
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(16)
        self.tree.setAccessibleName(QCoreApplication.translate("RuleEditor", "Rules met by the contact"))
        row = QHBoxLayout()
        row.addWidget(self.contact_edit, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)
        self.button.clicked.connect(self._request)
        self.contact_edit.returnPressed.connect(self._request)
        self.contact_id: int | None = None

    def explain(self, contact_id: int) -> None:
        self.contact_edit.setText(str(contact_id))
        self._request()

    def _request(self) -> None:
        text = self.contact_edit.text().strip()
        if text.isdigit():
            self.contact_id = int(text)
            self.heading.setText(QCoreApplication.translate("RuleEditor", "Checking…"))
            self.explainRequested.emit(self.contact_id)

    def show_result(self, contact_id: int, member: bool, nodes: list[ExplainedNode]) -> None:
        words = (
            QCoreApplication.translate("RuleEditor", "Contact %1 is in the segment.")
            if member
            else QCoreApplication.translate("RuleEditor", "Contact %1 is not in the segment.")
        )
        self.heading.setText(words.replace("%1", str(contact_id)))
        self.heading.setStyleSheet(f"color: {(PASS if member else FAIL).name()}; font-weight: bold;")
        self.tree.clear()
        items: dict[Path, QTreeWidgetItem] = {}
        for path, text, passed in sorted(nodes):
            mark = "✓" if passed else "✗"
            parent = items.get(path[:-1]) if path else None
            item = QTreeWidgetItem([f"{mark}  {text}"])
            item.setForeground(0, QBrush(PASS if passed else FAIL))
            item.setToolTip(
                0,
                QCoreApplication.translate("RuleEditor", "met")
                if passed
                else QCoreApplication.translate("RuleEditor", "not met"),
            )
            if parent is not None:
                parent.addChild(item)
            else:
                self.tree.addTopLevelItem(item)
            items[path] = item
        self.tree.expandAll()

    def show_failure(self, message: str) -> None:
        self.heading.setText(message)
        self.heading.setStyleSheet("")
        self.tree.clear()

    def clear(self) -> None:
        self.contact_id = None
        self.tree.clear()
        self.heading.setStyleSheet("")
        self.heading.setText(
            QCoreApplication.translate(
                "RuleEditor",
                "Pick a contact in the preview, or type its number, to see which rules it meets.",
            )
        )
