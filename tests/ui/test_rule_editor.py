"""The rule editor window on a real database: live counts equal the engine's, preview, explanations,
keyboard-only editing, saving, templates, files, and how the main window opens it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from segdesk.domain.rules import parse_rules, to_json
from segdesk.services import segments
from segdesk.services.segment_drafts import SegmentDraft, segment_draft
from segdesk.store.database import Store
from segdesk.store.models import Segment, SegmentListEntry
from segdesk.ui.main_window import MainWindow
from segdesk.ui.rule_editor import RuleEditorWindow
from segdesk.ui.rule_editor.condition_row import ConditionRow
from segdesk.ui.rule_editor.multi_select import MultiSelect

# Qt's offscreen platform says so for every shown window and popup.
pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise", "does not support grabbing"
)
TODAY = date.today()
WAIT = 10_000

RULES: dict[str, Any] = {
    "version": 1,
    "match": "all",
    "rules": [
        {"field": "city", "op": "in", "value": ["Milano", "Torino", "Lyon"]},
        {
            "match": "any",
            "rules": [
                {"field": "stage", "op": "in", "value": ["loyal"]},
                {"field": "total_spent", "op": "gte", "value": 200},
            ],
        },
    ],
}


def open_editor(
    qtbot: QtBot, store: Store, rules: dict[str, Any] | None = None, **draft: Any
) -> RuleEditorWindow:
    editor = RuleEditorWindow(store, SegmentDraft(rules=rules or RULES, **draft), today=TODAY)
    qtbot.addWidget(editor)
    editor.show()
    settle(qtbot, editor)
    return editor


def settle(qtbot: QtBot, editor: RuleEditorWindow) -> None:
    """Wait until the newest tree is counted and its preview shown."""
    qtbot.waitUntil(lambda: not editor.counter.busy() and editor._last_count is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: editor._last_count.generation == editor.counter.generation, timeout=WAIT)  # type: ignore[union-attr]
    editor.pool.waitForDone(WAIT)
    QApplication.processEvents()
    qtbot.waitUntil(lambda: not editor.preview.busy(), timeout=WAIT)


def engine_counts(store: Store, editor: RuleEditorWindow) -> dict[int, int]:
    """The engine's own counts for the editor's current rule, by node uid."""
    result = segments.count_rules(store, to_json(editor.model.root), TODAY)
    uids = editor.model.uids_by_path()
    return {uids[path]: count for path, count in result.nodes.items()}


@pytest.fixture(autouse=True)
def _no_pool_leftovers() -> Iterator[None]:
    yield
    QApplication.processEvents()


def test_counts_in_the_editor_equal_the_engines(qtbot: QtBot, filled_store: Store) -> None:
    editor = open_editor(qtbot, filled_store)
    expected = segments.count_rules(filled_store, RULES, TODAY)
    assert editor.model.counts == engine_counts(filled_store, editor)
    assert editor.model.counts[editor.model.root.uid] == expected.matched
    assert editor.total_label.text() == f"{expected.matched} of 30 contacts match"
    root_row = editor.canvas.indexWidget(editor.model.index(0, 0))
    assert root_row.count.text() == str(expected.matched)  # type: ignore[attr-defined]

    # a drop: the group's condition moves to the root; the counts follow the new tree
    model = editor.model
    data = model.mimeData([model.index_of_path((1, 1))])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index(0, 0))
    settle(qtbot, editor)
    assert editor.model.counts == engine_counts(filled_store, editor)
    assert (
        editor.model.counts[model.root.uid]
        == segments.count_rules(filled_store, to_json(model.root), TODAY).matched
    )


def test_quick_edits_drop_stale_counts(qtbot: QtBot, filled_store: Store) -> None:
    editor = open_editor(qtbot, filled_store)
    shown: list[int] = []
    editor.countShown.connect(lambda count: shown.append(count.generation))
    for amount in (100, 150, 250, 300, 350):
        editor.model.edit_condition((1, 1), ("total_spent", "gte", amount, None), merge=True)
    settle(qtbot, editor)
    assert shown and shown[-1] == editor.counter.generation
    assert len(shown) <= 2  # typing is counted after a pause, a count in flight is never shown stale
    assert editor.model.counts == engine_counts(filled_store, editor)


def test_incomplete_conditions_are_outlined_and_left_out_of_the_count(
    qtbot: QtBot, filled_store: Store
) -> None:
    editor = open_editor(qtbot, filled_store)
    editor.canvas.setCurrentIndex(editor.model.index_of_path((1,)))
    editor.canvas.add_field("stage")  # "is one of" with nothing chosen yet
    settle(qtbot, editor)
    index = editor.model.index_of_path((1, 2))
    row = editor.canvas.indexWidget(index)
    assert isinstance(row, ConditionRow)
    assert row.problems == ["expected a non-empty list of values"]
    assert row.problem_label.text() == "expected a non-empty list of values"
    assert "(1 incomplete condition(s) not counted)" in editor.total_label.text()
    assert (
        editor.model.counts[editor.model.root.uid] == segments.count_rules(filled_store, RULES, TODAY).matched
    )
    row.editor.valueEdited.emit(["lead"], False)
    settle(qtbot, editor)
    assert row.problems == []
    assert editor.model.counts == engine_counts(filled_store, editor)


def test_preview_explanation_summary_and_small_segment_warning(
    qtbot: QtBot, qtmodeltester: ModelTester, filled_store: Store
) -> None:
    editor = open_editor(qtbot, filled_store)
    qtmodeltester.check(editor.preview.model)
    qtmodeltester.check(editor.model)
    members = segments.segment_member_ids(filled_store, TODAY, rules=RULES)
    assert sorted(editor.preview.shown_ids()) == members
    assert editor.summary_label.text() == (
        "In words: City is Milano or Torino or Lyon, and "
        "(Relationship stage is loyal, or Total spent at least 200)"
    )
    assert editor.warning_label.isVisible() == (len(members) < 10)
    editor.preview.table.selectRow(0)
    picked = editor.preview.shown_ids()[0]
    qtbot.waitUntil(lambda: editor.explanation.tree.topLevelItemCount() == 1, timeout=WAIT)
    assert editor.explanation.heading.text() == f"Contact {picked} is in the segment."
    assert editor.model.explained[editor.model.root.uid] is True
    outsider = next(i for i in range(1, 31) if i not in members)
    editor.explanation.explain(outsider)
    qtbot.waitUntil(lambda: "is not in" in editor.explanation.heading.text(), timeout=WAIT)
    explained = segments.explain(filled_store, outsider, TODAY, rules=RULES)
    uids = editor.model.uids_by_path()
    assert editor.model.explained == {uids[n.path]: n.matched for n in explained.nodes}


def test_building_a_nested_rule_with_the_keyboard_only(qtbot: QtBot, filled_store: Store) -> None:
    editor = open_editor(qtbot, filled_store, {"version": 1, "match": "all", "rules": []})
    editor.activateWindow()
    qtbot.waitActive(editor)
    qtbot.keyClick(editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert editor.palette_pane.search.hasFocus()
    qtbot.keyClicks(editor.palette_pane.search, "city")
    qtbot.keyClick(editor.palette_pane.search, Qt.Key.Key_Return)
    button = QApplication.focusWidget()
    assert isinstance(button, MultiSelect)  # the new condition's value, ready for typing
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.keyClicks(button.popup.filter, "Milano")
    qtbot.keyClick(button.popup.filter, Qt.Key.Key_Return)
    qtbot.keyClick(button.popup, Qt.Key.Key_Escape)
    qtbot.keyClick(QApplication.focusWidget() or editor, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    group_row = editor.canvas.indexWidget(editor.canvas.currentIndex())
    assert QApplication.focusWidget() is group_row.match_combo  # type: ignore[union-attr]
    qtbot.keyClick(group_row.match_combo, Qt.Key.Key_Down)  # type: ignore[union-attr]
    qtbot.keyClick(QApplication.focusWidget() or editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.palette_pane.search, "tags")
    qtbot.keyClick(editor.palette_pane.search, Qt.Key.Key_Return)
    tags = QApplication.focusWidget()
    assert isinstance(tags, MultiSelect)
    qtbot.keyClick(tags, Qt.Key.Key_Return)
    qtbot.keyClicks(tags.popup.filter, "vip")
    qtbot.keyClick(tags.popup.filter, Qt.Key.Key_Return)
    qtbot.keyClick(tags.popup, Qt.Key.Key_Escape)
    assert to_json(editor.model.root) == {
        "version": 1,
        "match": "all",
        "rules": [
            {"field": "city", "op": "in", "value": ["Milano"]},
            {"match": "any", "rules": [{"field": "tags", "op": "includes_any", "value": ["vip"]}]},
        ],
    }
    qtbot.keyClick(QApplication.focusWidget() or editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, editor)
    editor.undo_stack.setClean()


def test_saving_a_dynamic_segment_then_editing_it(qtbot: QtBot, filled_store: Store) -> None:
    editor = open_editor(qtbot, filled_store)
    saved: list[int] = []
    editor.saved.connect(saved.append)
    editor.save()
    assert editor.details.status.text() == "Give the segment a name first."
    editor.details.name_edit.setText("North loyal")
    editor.details.description_edit.setPlainText("Loyal or big spenders in the north")
    editor.details.set_colour("#188038")
    editor.details.cadence_spin.setValue(30)
    editor.save()
    qtbot.waitUntil(lambda: bool(saved), timeout=WAIT)
    draft = segment_draft(filled_store, saved[0])
    assert (draft.name, draft.colour, draft.cadence_days, draft.is_static) == (
        "North loyal",
        "#188038",
        30,
        False,
    )
    assert parse_rules(draft.rules) == parse_rules(RULES)
    assert editor.undo_stack.isClean() and editor.windowTitle().startswith("North loyal")

    again = open_editor(
        qtbot, filled_store, draft.rules, **{k: v for k, v in vars(draft).items() if k != "rules"}
    )
    again.model.set_match((1,), "all")
    again.save()
    qtbot.waitUntil(lambda: again.details.status.text() == "Saved.", timeout=WAIT)
    assert segment_draft(filled_store, saved[0]).rules["rules"][1]["match"] == "all"
    editor.model.set_match((), "any")  # the first window's copy is now stale
    editor.save()
    qtbot.waitUntil(lambda: "meanwhile" in editor.details.status.text(), timeout=WAIT)
    editor.undo_stack.setClean()


def test_a_saved_static_segment_keeps_its_members_unless_asked(qtbot: QtBot, filled_store: Store) -> None:
    editor = open_editor(qtbot, filled_store)
    editor.details.name_edit.setText("Frozen")
    editor.details.static_radio.setChecked(True)
    assert editor.details.refreeze_check.isHidden()  # a new static segment always takes today's matches
    with qtbot.waitSignal(editor.saved, timeout=WAIT) as blocker:
        editor.save()
    draft = segment_draft(filled_store, blocker.args[0])
    reopened = open_editor(
        qtbot, filled_store, draft.rules, **{k: v for k, v in vars(draft).items() if k != "rules"}
    )
    assert not reopened.details.refreeze_check.isHidden()
    assert reopened.details.static_radio.text() == f"Static: keep its {draft.members} hand-picked members"


def test_a_static_segment_freezes_todays_members(qtbot: QtBot, filled_store: Store) -> None:
    editor = open_editor(qtbot, filled_store)
    editor.details.name_edit.setText("Frozen")
    editor.details.static_radio.setChecked(True)
    with qtbot.waitSignal(editor.saved, timeout=WAIT) as blocker:
        editor.save()
    with filled_store.sessions() as session:
        members = sorted(session.scalars(select(SegmentListEntry.contact_id).where(
            SegmentListEntry.segment_id == blocker.args[0], SegmentListEntry.role == "member")))  # fmt: skip
        stored = session.scalar(select(Segment.rules_json).where(Segment.id == blocker.args[0]))
    assert members == segments.segment_member_ids(filled_store, TODAY, rules=RULES)
    assert stored is None


def test_templates_and_rule_files(qtbot: QtBot, filled_store: Store, tmp_path: Path) -> None:
    editor = open_editor(qtbot, filled_store)
    top = next(a for a in editor.actions_.templates.actions() if a.menu())
    top.menu().actions()[0].trigger()  # type: ignore[union-attr]
    assert editor.details.name_edit.text()
    assert to_json(editor.model.root) != RULES
    editor.undo_stack.undo()
    assert to_json(editor.model.root) == RULES
    out = tmp_path / "rules.json"
    assert editor.export_rules(out)
    assert json.loads(out.read_text(encoding="utf-8")) == RULES
    editor.model.remove_node((1,))
    assert editor.import_rules(out)
    assert to_json(editor.model.root) == RULES
    (tmp_path / "bad.json").write_text('{"version": 2}', encoding="utf-8")
    boxes: list[str] = []
    editor._tell = boxes.append  # type: ignore[method-assign]
    assert not editor.import_rules(tmp_path / "bad.json")
    assert "unsupported version 2" in boxes[0]
    editor.undo_stack.setClean()


def test_copy_paste_and_duplicate(qtbot: QtBot, filled_store: Store) -> None:
    editor = open_editor(qtbot, filled_store)
    editor.canvas.setCurrentIndex(editor.model.index_of_path((1,)))
    editor.actions_.copy.trigger()
    editor.canvas.setCurrentIndex(editor.model.index_of_path((0,)))
    editor.actions_.paste.trigger()
    assert to_json(editor.model.root)["rules"][1] == RULES["rules"][1]
    assert len(editor.model.root.rules) == 3
    editor.actions_.duplicate.trigger()
    assert len(editor.model.root.rules) == 4
    assert QApplication.clipboard().text().startswith("{")
    editor.undo_stack.setClean()


def test_the_main_window_opens_the_editor(qtbot: QtBot, filled_store: Store, settings: QSettings) -> None:
    window = MainWindow(filled_store, settings=settings)
    qtbot.addWidget(window)
    menu = window.segment_menu
    assert menu.new_action.shortcut().toString() == "Ctrl+Shift+N"
    assert menu.menu.title() == "&Segments"
    menu.new_action.trigger()
    editor = menu.editors[None][0]  # a child window of the main window, deleted when closed
    assert editor.windowTitle().startswith("New segment")
    segment_item = window.sidebar.topLevelItem(2).child(0)
    window.sidebar.itemDoubleClicked.emit(segment_item, 0)
    opened = [e for key, editors in menu.editors.items() if key is not None for e in editors]
    assert len(opened) == 1 and opened[0].draft.name == "VIP Milano"
    menu._fill_edit_menu()
    assert [a.text() for a in menu.edit_menu.actions()] == ["VIP Milano"]
    for each in (editor, opened[0]):
        settle(qtbot, each)
        each.close()
    qtbot.waitUntil(lambda: not any(menu.editors.values()), timeout=WAIT)  # deleted once closed
