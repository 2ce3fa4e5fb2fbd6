"""The main window's way into the rule editor: a Segments menu and a double-click in the sidebar.

:class:`SegmentMenu` adds *Segments ▸ New Segment…* (Ctrl+Shift+N) and *Edit Segment ▸
<name>* to the window's menu bar, opens an editor when a saved segment is
double-clicked in the sidebar, keeps one editor per segment (asking again raises
it) and refreshes the sidebar after each save.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from segdesk.services.errors import UserError
from segdesk.services.overview import sidebar
from segdesk.ui.rule_editor import RuleEditorWindow, open_rule_editor

__all__ = ["SegmentMenu"]


class SegmentMenu(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.editors: dict[int | None, list[RuleEditorWindow]] = {}
        self.menu = QMenu(QCoreApplication.translate("MainWindow", "&Segments"), window)
        self.menu.setObjectName("segmentsMenu")
        self.new_action = QAction(QCoreApplication.translate("MainWindow", "&New Segment…"), window)
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_action.triggered.connect(lambda _checked=False: self.open(None))
        self.edit_menu = QMenu(QCoreApplication.translate("MainWindow", "&Edit Segment"), window)
        self.edit_menu.aboutToShow.connect(self._fill_edit_menu)
        self.menu.addAction(self.new_action)
        self.menu.addMenu(self.edit_menu)
        bar = window.menuBar()
        help_menu = getattr(window, "help_menu", None)
        if isinstance(help_menu, QMenu):
            bar.insertMenu(help_menu.menuAction(), self.menu)
        else:
            bar.addMenu(self.menu)
        side = getattr(window, "sidebar", None)
        if side is not None and hasattr(side, "segmentActivated"):
            side.segmentActivated.connect(self.open)

    @property
    def store(self) -> Any:
        return self.window.store  # type: ignore[attr-defined]

    def _fill_edit_menu(self) -> None:
        self.edit_menu.clear()
        segments = sidebar(self.store, date.today()).segments
        for segment in segments:
            action = self.edit_menu.addAction(segment.name)
            action.triggered.connect(lambda _checked=False, sid=segment.id: self.open(sid))
        if not segments:
            empty = self.edit_menu.addAction(
                QCoreApplication.translate("MainWindow", "No saved segments yet")
            )
            empty.setEnabled(False)

    def open(self, segment_id: int | None) -> RuleEditorWindow | None:
        """An editor for ``segment_id`` (None: a new segment); an open one is brought to the front."""
        for editor in self.editors.get(segment_id, []) if segment_id is not None else []:
            if editor.isVisible() and editor.store is self.store:
                editor.raise_()
                editor.activateWindow()
                return editor
        try:
            editor = open_rule_editor(self.store, segment_id, parent=self.window)
        except UserError as exc:
            QMessageBox.warning(self.window, QCoreApplication.translate("MainWindow", "Segments"), str(exc))
            return None
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.editors.setdefault(segment_id, []).append(editor)
        editor.saved.connect(lambda new_id, e=editor: self._saved(e, new_id))
        editor.destroyed.connect(lambda _obj=None, e=editor: self._forget(e))
        return editor

    def _saved(self, editor: RuleEditorWindow, segment_id: int) -> None:
        self._forget(editor)
        self.editors.setdefault(segment_id, []).append(editor)
        refresh = getattr(self.window, "_refresh_sidebar", None)
        if callable(refresh):
            refresh()

    def _forget(self, editor: RuleEditorWindow) -> None:
        for editors in self.editors.values():
            if editor in editors:
                editors.remove(editor)
