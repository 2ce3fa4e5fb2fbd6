"""The editor's clipboard, rule files and templates: getting rules in and out of the canvas."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QWidget

from segdesk.domain import rules as tree
from segdesk.domain.problems import RuleError
from segdesk.domain.rules import Group, Node
from segdesk.services.rule_editing import TemplateChoice, template_choices
from segdesk.services.segment_drafts import read_rules_file, write_rules_file
from segdesk.ui.rule_editor.dnd import NODE_MIME, node_from_payload, node_mime
from segdesk.ui.rule_editor.tree_model import RuleTreeModel

__all__ = [
    "ask_rule_file",
    "clipboard_node",
    "copy_to_clipboard",
    "export_rules",
    "import_rules",
    "template_menu",
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("RuleEditor", text)


def copy_to_clipboard(model: RuleTreeModel, node: Node) -> None:
    """The rule as JSON text: pasted back into any editor, and readable anywhere else.

    Plain text rather than our own MIME type: PySide6 crashes at exit when the clipboard
    still owns a ``QMimeData`` made in Python.
    """
    data = node_mime(model, node)
    payload = json.loads(bytes(data.data(NODE_MIME).data()).decode())
    QApplication.clipboard().setText(json.dumps(payload["rule"], ensure_ascii=False, indent=2))


def clipboard_node(data: QMimeData | None = None) -> Node | None:
    """A fresh copy of the rule on the clipboard (ours, or JSON text of a condition or group)."""
    data = data if data is not None else QApplication.clipboard().mimeData()
    if data is None:
        return None
    if data.hasFormat(NODE_MIME):
        try:
            payload = json.loads(bytes(data.data(NODE_MIME).data()).decode())
        except (ValueError, UnicodeDecodeError):
            return None
        return node_from_payload(payload) if isinstance(payload, dict) else None
    if data.hasText():
        try:
            rule = json.loads(data.text())
        except ValueError:
            return None
        if isinstance(rule, dict):
            return node_from_payload({"rule": {k: v for k, v in rule.items() if k != "version"}})
    return None


def import_rules(model: RuleTreeModel, path: Path) -> None:
    """Replace the rule by the one in ``path`` (one undo step); raises UserError/OperationFailed."""
    group = read_rules_file(path)
    model.replace_root(group, QCoreApplication.translate("RuleEditor", "Import rules"))


def export_rules(model: RuleTreeModel, path: Path) -> None:
    write_rules_file(path, model.root)


def ask_rule_file(parent: QWidget, *, save: bool, chosen: Callable[[Path], object]) -> QFileDialog:
    """A non-blocking file dialog; ``chosen(path)`` once the user picks a file."""
    dialog = QFileDialog(
        parent,
        QCoreApplication.translate("RuleEditor", "Export Rules")
        if save
        else QCoreApplication.translate("RuleEditor", "Import Rules"),
    )
    dialog.setNameFilter(QCoreApplication.translate("RuleEditor", "segdesk rules (*.json);;All files (*)"))
    dialog.setDefaultSuffix("json")
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.fileSelected.connect(lambda name: chosen(Path(name)))
    dialog.open()
    return dialog


def template_menu(parent: QWidget, chosen: Callable[[TemplateChoice], None]) -> QMenu:
    """Ready-made segments by category; ``chosen(template)`` when one is picked."""
    menu = QMenu(parent)
    categories: dict[str, QMenu] = {}
    names = {
        "firmographic": QCoreApplication.translate("RuleEditor", "Companies"),
        "a_priori": QCoreApplication.translate("RuleEditor", "Who they are"),
        "value": QCoreApplication.translate("RuleEditor", "Value"),
        "behaviour": QCoreApplication.translate("RuleEditor", "Behaviour"),
        "usage": QCoreApplication.translate("RuleEditor", "Products"),
        "activity": QCoreApplication.translate("RuleEditor", "Activity"),
        "stage": QCoreApplication.translate("RuleEditor", "Relationship stage"),
        "needs": QCoreApplication.translate("RuleEditor", "Needs"),
    }
    for choice in template_choices():
        sub = categories.get(choice.category)
        if sub is None:
            sub = menu.addMenu(names.get(choice.category, choice.category.capitalize()))
            categories[choice.category] = sub
        action = sub.addAction(choice.name)
        action.setToolTip(choice.description)
        action.setStatusTip(choice.description)
        action.triggered.connect(lambda _checked=False, c=choice: chosen(c))
    menu.setToolTipsVisible(True)
    return menu


def template_group(choice: TemplateChoice) -> Group | None:
    try:
        return tree.parse_rules(choice.rules)
    except RuleError:
        return None
