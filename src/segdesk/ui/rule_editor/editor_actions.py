"""The rule editor's commands as actions: menus, a toolbar and keyboard shortcuts.

Every edit is reachable from the keyboard: Ctrl+F to find a field (Enter adds it to
the current group), Ctrl+G for a new group, Ctrl+Shift+G to put the current rule in a
group, Alt+arrows to move it, Delete to remove it, Ctrl+Z / Ctrl+Shift+Z to undo and
redo. Clipboard shortcuts act on the rule only when no text box wants them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolButton

from segdesk.domain.rules import Group
from segdesk.ui.rule_editor import rule_files

if TYPE_CHECKING:
    from segdesk.ui.rule_editor.editor import RuleEditorWindow

__all__ = ["EditorActions"]

NATIVE = QKeySequence.SequenceFormat.NativeText


class EditorActions:
    def __init__(self, editor: RuleEditorWindow) -> None:
        self.editor = editor
        stack = editor.undo_stack
        self.undo = stack.createUndoAction(editor, QCoreApplication.translate("RuleEditor", "&Undo"))
        self.undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo = stack.createRedoAction(editor, QCoreApplication.translate("RuleEditor", "&Redo"))
        self.redo.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        self.find_field = self._action(
            QCoreApplication.translate("RuleEditor", "&Find a Field"),
            "Ctrl+F",
            editor.palette_pane.focus_search,
        )
        self.go_to_rule = self._action(
            QCoreApplication.translate("RuleEditor", "Go to the &Rule"), "Ctrl+R", self._focus_canvas
        )
        self.add_group = self._action(
            QCoreApplication.translate("RuleEditor", "Add &Group"),
            "Ctrl+G",
            lambda: editor.canvas.add_group(),
        )
        self.wrap = self._action(
            QCoreApplication.translate("RuleEditor", "&Put in a Group"), "Ctrl+Shift+G", self._wrap
        )
        self.unwrap = self._action(
            QCoreApplication.translate("RuleEditor", "&Ungroup"), "Ctrl+Shift+U", self._unwrap
        )
        self.duplicate = self._action(
            QCoreApplication.translate("RuleEditor", "D&uplicate"), "Ctrl+D", self._duplicate
        )
        self.delete = self._action(QCoreApplication.translate("RuleEditor", "&Delete"), None, self._delete)
        self.delete.setToolTip(
            QCoreApplication.translate("RuleEditor", "Delete the current condition or group (Del)")
        )
        self.copy = self._action(
            QCoreApplication.translate("RuleEditor", "&Copy"), QKeySequence.StandardKey.Copy, self._copy
        )
        self.cut = self._action(
            QCoreApplication.translate("RuleEditor", "Cu&t"), QKeySequence.StandardKey.Cut, self._cut
        )
        self.paste = self._action(
            QCoreApplication.translate("RuleEditor", "&Paste"), QKeySequence.StandardKey.Paste, self._paste
        )
        self.import_ = self._action(
            QCoreApplication.translate("RuleEditor", "&Import Rules…"),
            QKeySequence.StandardKey.Open,
            self._import,
        )
        self.export = self._action(
            QCoreApplication.translate("RuleEditor", "&Export Rules…"), "Ctrl+E", self._export
        )
        self.save = self._action(
            QCoreApplication.translate("RuleEditor", "&Save Segment"),
            QKeySequence.StandardKey.Save,
            editor.save,
        )
        self.close = self._action(
            QCoreApplication.translate("RuleEditor", "&Close"), QKeySequence.StandardKey.Close, editor.close
        )
        self.recount = self._action(
            QCoreApplication.translate("RuleEditor", "Count &Again"),
            QKeySequence.StandardKey.Refresh,
            editor.recount,
        )
        self.templates = rule_files.template_menu(editor, editor.start_from_template)
        self.templates.setTitle(QCoreApplication.translate("RuleEditor", "Start from a &Template"))

        bar = editor.menuBar()
        segment = bar.addMenu(QCoreApplication.translate("RuleEditor", "&Segment"))
        segment.addMenu(self.templates)
        for action in (self.import_, self.export, None, self.save, None, self.close):
            segment.addAction(action) if action else segment.addSeparator()
        edit = bar.addMenu(QCoreApplication.translate("RuleEditor", "&Edit"))
        for action in (
            self.undo,
            self.redo,
            None,
            self.cut,
            self.copy,
            self.paste,
            self.duplicate,
            self.delete,
            None,
            self.add_group,
            self.wrap,
            self.unwrap,
            None,
            self.find_field,
            self.go_to_rule,
            self.recount,
        ):
            edit.addAction(action) if action else edit.addSeparator()  # fmt: skip

        toolbar = editor.addToolBar(QCoreApplication.translate("RuleEditor", "Rule"))
        toolbar.setObjectName("ruleToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.undo,
            self.redo,
            None,
            self.add_group,
            self.wrap,
            self.unwrap,
            self.duplicate,
            self.delete,
            None,
        ):
            toolbar.addAction(action) if action else toolbar.addSeparator()  # fmt: skip
        templates = QToolButton()
        templates.setText(QCoreApplication.translate("RuleEditor", "Templates"))
        templates.setMenu(self.templates)
        templates.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        toolbar.addWidget(templates)
        for action in (self.import_, self.export, None, self.save):
            toolbar.addAction(action) if action else toolbar.addSeparator()

    def _action(self, text: str, shortcut: object, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.editor)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))  # type: ignore[call-overload]
            action.setToolTip(f"{text.replace('&', '')} ({action.shortcut().toString(NATIVE)})")
        action.triggered.connect(lambda _checked=False: slot())
        self.editor.addAction(action)
        return action

    # -- what they do ----------------------------------------------------------------------------

    def _current_path(self) -> tuple[int, ...] | None:
        canvas = self.editor.canvas
        return self.editor.model.path_of(canvas.currentIndex())

    def _focus_canvas(self) -> None:
        self.editor.canvas.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _wrap(self) -> None:
        path = self._current_path()
        if path:
            group = self.editor.model.wrap_node(path)
            self._select(group.uid)

    def _unwrap(self) -> None:
        path = self._current_path()
        if path and isinstance(self.editor.model.node(path), Group):
            self.editor.model.unwrap_group(path)

    def _duplicate(self) -> None:
        path = self._current_path()
        if path:
            self.editor.model.duplicate_node(path)

    def _delete(self) -> None:
        path = self._current_path()
        if path:
            self.editor.model.remove_node(path)

    def _copy(self) -> bool:
        path = self._current_path()
        if not path:
            return False
        rule_files.copy_to_clipboard(self.editor.model, self.editor.model.node(path))
        return True

    def _cut(self) -> None:
        path = self._current_path()
        if self._copy() and path:
            self.editor.model.remove_node(path)

    def _paste(self) -> None:
        node = rule_files.clipboard_node()
        if node is not None:
            parent, row = self.editor.canvas.insertion_point()
            self.editor.model.add_node(parent, row, node)

    def _select(self, uid: int) -> None:
        canvas = self.editor.canvas
        index = self.editor.model.index_of_uid(uid)
        canvas.selectionModel().setCurrentIndex(index, canvas.selectionModel().SelectionFlag.ClearAndSelect)

    def _import(self) -> None:
        self._dialog = rule_files.ask_rule_file(self.editor, save=False, chosen=self.editor.import_rules)

    def _export(self) -> None:
        self._dialog = rule_files.ask_rule_file(self.editor, save=True, chosen=self.editor.export_rules)
