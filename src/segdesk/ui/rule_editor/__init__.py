"""The visual rule editor: build a segment's rules by dragging fields, with live counts.

:func:`open_rule_editor` opens a window for a new segment or a saved one; the package's
modules each hold one part (palette, canvas and its rows, value editors, the Qt model
over the rule tree, undo commands, the count worker, preview, explanations, saving).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from segdesk.services.databases import Store
from segdesk.services.segment_drafts import SegmentDraft, segment_draft
from segdesk.ui.rule_editor.editor import RuleEditorWindow

__all__ = ["RuleEditorWindow", "open_rule_editor"]


def open_rule_editor(
    store: Store,
    segment_id: int | None = None,
    *,
    parent: QWidget | None = None,
    today: date | None = None,
) -> RuleEditorWindow:
    """A shown, non-modal editor for segment ``segment_id`` (None: a new segment).

    Raises :class:`segdesk.services.errors.UserError` if the segment no longer exists.
    """
    draft = segment_draft(store, segment_id) if segment_id is not None else SegmentDraft()
    editor = RuleEditorWindow(store, draft, today=today, parent=parent)
    editor.show()
    editor.raise_()
    editor.activateWindow()
    return editor
