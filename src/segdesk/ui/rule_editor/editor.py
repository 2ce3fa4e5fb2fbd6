"""The rule editor window: palette, canvas, live counts, summary, preview, explanations, saving.

One window per segment, never modal. It composes the panes and wires them: every edit
of the model refreshes the problems and the summary at once and asks the
:class:`LiveCounter` for counts (off the GUI thread); each finished count brings a
new preview and, if a contact is being explained, a new explanation.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QThreadPool, Signal
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QSplitter, QTabWidget, QVBoxLayout, QWidget

from segdesk.domain.fields import Catalogue
from segdesk.domain.problems import RuleError
from segdesk.domain.rule_summary import summarize
from segdesk.domain.rules import Group, parse_rules, to_json
from segdesk.services.catalogue import load_catalogue
from segdesk.services.databases import Store
from segdesk.services.errors import OperationFailed, UserError
from segdesk.services.overview import currency as store_currency
from segdesk.services.rule_editing import (
    TemplateChoice,
    preview_ids,
    problems_by_path,
    segment_names,
    team_members,
)
from segdesk.services.segment_drafts import SegmentDraft, save_draft
from segdesk.services.segments import explain
from segdesk.ui.formatting import CURRENCY_SYMBOLS
from segdesk.ui.rule_editor import rule_files
from segdesk.ui.rule_editor.canvas import RuleCanvas
from segdesk.ui.rule_editor.choices import ValueChoices
from segdesk.ui.rule_editor.count_worker import LiveCounter, TreeCount, countable_snapshot, run_job
from segdesk.ui.rule_editor.details_form import SegmentDetailsForm
from segdesk.ui.rule_editor.editor_actions import EditorActions
from segdesk.ui.rule_editor.explanation import ExplanationPanel
from segdesk.ui.rule_editor.palette import FieldPalette
from segdesk.ui.rule_editor.preview import PreviewPanel
from segdesk.ui.rule_editor.tree_model import RuleTreeModel

__all__ = ["RuleEditorWindow"]


class RuleEditorWindow(QMainWindow):
    """Emits ``saved(segment id)`` after each save; ``countShown`` once a count is on screen."""

    saved = Signal(int)
    countShown = Signal(object)  # TreeCount

    def __init__(
        self,
        store: Store,
        draft: SegmentDraft | None = None,
        *,
        today: date | None = None,
        catalogue: Catalogue | None = None,
        currency: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ruleEditor")
        self.setWindowFlag(Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.store = store
        self.draft = draft or SegmentDraft()
        self.today = today or date.today()
        self.catalogue = catalogue or load_catalogue(store)
        money = currency if currency is not None else store_currency(store)
        self.segment_names = [n for n in segment_names(store) if n != self.draft.name]
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self.undo_stack = QUndoStack(self)
        self.model = RuleTreeModel(self._initial_tree(), self.catalogue, self.undo_stack, self)
        self.choices = ValueChoices(store, self.pool, self)
        symbol = CURRENCY_SYMBOLS.get(money, money) if money else QLocale().currencySymbol()

        self.palette_pane = FieldPalette(self.catalogue)
        self.canvas = RuleCanvas(self.model, self.choices, currency=symbol or "", today=self.today)
        self.total_label = QLabel()
        self.total_label.setObjectName("totalLabel")
        font = self.total_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.total_label.setFont(font)
        self.warning_label = QLabel()
        self.warning_label.setObjectName("smallSegmentWarning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #b06000;")
        self.warning_label.hide()
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview = PreviewPanel(store, self.catalogue, money)
        self.explanation = ExplanationPanel()
        self.details = SegmentDetailsForm(team_members(store))
        self.details.load(self.draft)

        center = QWidget()
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(4, 4, 4, 4)
        center_layout.addWidget(self.total_label)
        center_layout.addWidget(self.warning_label)
        center_layout.addWidget(self.canvas, 1)
        center_layout.addWidget(self.summary_label)
        right = QTabWidget()
        right.setObjectName("editorTabs")
        checks = QSplitter(Qt.Orientation.Vertical)
        checks.addWidget(self.preview)
        checks.addWidget(self.explanation)
        checks.setSizes([420, 260])
        right.addTab(checks, QCoreApplication.translate("RuleEditor", "Preview"))
        right.addTab(self.details, QCoreApplication.translate("RuleEditor", "Segment"))
        self.tabs = right
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.palette_pane)
        splitter.addWidget(center)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 760, 420])
        self.setCentralWidget(splitter)
        self.actions_ = EditorActions(self)

        self.counter = LiveCounter(
            store, lambda: countable_snapshot(self.model, self.segment_names), self.today, self.pool, self
        )
        self.counter.counted.connect(self._show_count)
        self.counter.failed.connect(self._show_count_failure)
        self.counter.started.connect(self._counting)
        self.model.edited.connect(self._edited)
        self.palette_pane.fieldActivated.connect(self.canvas.add_field)
        self.palette_pane.nodeDiscarded.connect(self._discard)
        self.preview.contactPicked.connect(self.explanation.explain)
        self.explanation.explainRequested.connect(self._explain)
        self.details.saveRequested.connect(self.save)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._preview_job: Any = None
        self._explain_job: Any = None
        self._save_job: Any = None
        self._last_count: TreeCount | None = None
        self._update_title()
        self.resize(1440, 860)
        self._edited(True)

    def _clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def _initial_tree(self) -> Group:
        try:
            return parse_rules(self.draft.rules)
        except RuleError:
            return Group("all", [])

    def _update_title(self) -> None:
        name = self.draft.name or QCoreApplication.translate("RuleEditor", "New segment")
        self.setWindowTitle(
            QCoreApplication.translate("RuleEditor", "%1[*] – Segment rules").replace("%1", name)
        )

    # -- after every edit -------------------------------------------------------------------------------

    def _edited(self, structural: bool) -> None:
        model = self.model
        uids = model.uids_by_path()
        problems = problems_by_path(model.root, self.catalogue, self.segment_names)
        model.set_problems({uids[p]: m for p, m in problems.items() if p in uids})
        model.set_explained({})
        self.summary_label.setText(
            QCoreApplication.translate("RuleEditor", "In words: %1").replace(
                "%1", summarize(model.root, self.catalogue)
            )
        )
        self.counter.schedule(immediate=structural)

    def _counting(self) -> None:
        self.total_label.setStyleSheet("color: palette(placeholder-text);")

    def _show_count(self, count: TreeCount) -> None:
        self._last_count = count
        result, locale = count.result, QLocale()
        self.model.set_counts(count.counts)
        text = QCoreApplication.translate("RuleEditor", "%1 of %2 contacts match").replace(
            "%1", locale.toString(result.matched)
        )
        text = text.replace("%2", locale.toString(result.total))
        if count.skipped:
            text += "  " + QCoreApplication.translate(
                "RuleEditor", "(%n incomplete condition(s) not counted)", None, count.skipped
            )
        self.total_label.setText(text)
        self.total_label.setStyleSheet("")
        self.warning_label.setText(result.warning or "")
        self.warning_label.setVisible(bool(result.warning))
        self.details.show_matched(result.matched)
        self.countShown.emit(count)
        self._refresh_preview(count)
        if self.explanation.contact_id is not None:
            self._explain(self.explanation.contact_id)

    def _show_count_failure(self, message: str) -> None:
        self.model.set_counts({})
        self.total_label.setText(message)
        self.total_label.setStyleSheet("color: #d93025;")
        self.preview.show_failure(message)

    def _refresh_preview(self, count: TreeCount) -> None:
        plan, _uids = countable_snapshot(self.model, self.segment_names)
        store, today, generation, matched = self.store, self.today, count.generation, count.result.matched

        def shown(done_generation: int, ids: list[int]) -> None:
            if done_generation == self.counter.generation:
                self.preview.show_ids(ids, matched)

        self._preview_job = run_job(
            self.pool,
            generation,
            lambda: preview_ids(store, plan.doc, today),
            shown,
            lambda _g, m: None,
            self,
        )

    def _explain(self, contact_id: int) -> None:
        plan, uids = countable_snapshot(self.model, self.segment_names)
        store, today, generation = self.store, self.today, self.counter.generation

        def done(done_generation: int, result: Any) -> None:
            if done_generation != self.counter.generation:
                return
            nodes = [
                (plan.paths[n.path], n.description, n.matched) for n in result.nodes if n.path in plan.paths
            ]
            self.explanation.show_result(contact_id, result.member, nodes)
            self.model.set_explained({uids[p]: passed for p, _text, passed in nodes if p in uids})

        def failed(done_generation: int, message: str) -> None:
            if done_generation == self.counter.generation:
                self.explanation.show_failure(message)

        self._explain_job = run_job(
            self.pool,
            generation,
            lambda: explain(store, contact_id, today, rules=plan.doc),
            done,
            failed,
            self,
        )

    def recount(self) -> None:
        """Read every condition and value list again (the data changed meanwhile), then count."""
        self.counter.tree_counter.forget()
        self.choices.forget_all()
        self.counter.schedule(immediate=True)

    # -- editing helpers the actions use -------------------------------------------------------------

    def _discard(self, uid: int) -> None:
        path = self.model.path_of_uid(uid)
        if path:
            self.model.remove_node(path)

    def start_from_template(self, choice: TemplateChoice) -> None:
        group = rule_files.template_group(choice)
        if group is None:
            return
        self.model.replace_root(group, QCoreApplication.translate("RuleEditor", "Start from template"))
        if not self.details.name_edit.text().strip():
            self.details.name_edit.setText(choice.name)
        if not self.details.description_edit.toPlainText().strip():
            self.details.description_edit.setPlainText(choice.description)

    def import_rules(self, path: Path) -> bool:
        try:
            rule_files.import_rules(self.model, path)
        except (UserError, OperationFailed) as exc:
            self._tell(str(exc))
            return False
        return True

    def export_rules(self, path: Path) -> bool:
        try:
            rule_files.export_rules(self.model, path)
        except (UserError, OperationFailed) as exc:
            self._tell(str(exc))
            return False
        return True

    def _tell(self, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("RuleEditor", "Segment rules"),
            message,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setModal(False)
        box.show()

    # -- saving ----------------------------------------------------------------------------------------------

    def save(self) -> None:
        """Save off the GUI thread (freezing a static segment can take a moment); emits ``saved``."""
        draft = SegmentDraft(**vars(self.draft))
        self.details.fill_draft(draft)
        draft.rules = to_json(self.model.root)
        if not draft.name:
            self.tabs.setCurrentWidget(self.details)
            self.details.name_edit.setFocus()
            self.details.show_status(
                QCoreApplication.translate("RuleEditor", "Give the segment a name first."), error=True
            )
            return
        if self.model.problems:
            self.details.show_status(
                QCoreApplication.translate("RuleEditor", "Fix the conditions outlined in red first."),
                error=True,
            )
            return
        store, today = self.store, self.today
        self.details.save_button.setEnabled(False)
        self.details.show_status(QCoreApplication.translate("RuleEditor", "Saving…"))

        def done(_generation: int, segment_id: int) -> None:
            self.details.save_button.setEnabled(True)
            draft.id = segment_id
            draft.version = (draft.version or 0) + 1 if self.draft.id is not None else 1
            self.draft = draft
            self.undo_stack.setClean()
            self._update_title()
            self.details.show_status(QCoreApplication.translate("RuleEditor", "Saved."))
            self.saved.emit(segment_id)

        def failed(_generation: int, message: str) -> None:
            self.details.save_button.setEnabled(True)
            self.details.show_status(message, error=True)

        self._save_job = run_job(self.pool, 0, lambda: save_draft(store, draft, today), done, failed, self)

    # -- closing --------------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.undo_stack.isClean() or self.property("discardChanges"):
            self.pool.clear()
            self.pool.waitForDone(5000)
            super().closeEvent(event)
            return
        event.ignore()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("RuleEditor", "Segment rules"),
            QCoreApplication.translate("RuleEditor", "Save the changes to this segment before closing?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setModal(False)
        box.finished.connect(lambda answer: self._close_answered(QMessageBox.StandardButton(answer)))
        box.show()
        self._close_box = box

    def _close_answered(self, answer: QMessageBox.StandardButton) -> None:
        if answer == QMessageBox.StandardButton.Discard:
            self.setProperty("discardChanges", True)
            self.close()
        elif answer == QMessageBox.StandardButton.Save:
            self.saved.connect(lambda _id: self.close())
            self.save()
