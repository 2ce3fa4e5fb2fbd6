"""The wizard's check step: choices per duplicate through the list's model and its combo box,
progress while checking, a check stopped by Back or by closing, and rows checked once."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from segdesk.services.imports import ImportCancelled, ImportReport, Match
from segdesk.services.imports import checking as import_checking
from segdesk.services.imports import run as import_run
from segdesk.ui.import_wizard import ImportWizard
from segdesk.ui.import_wizard import wizard as wizard_module
from segdesk.ui.import_wizard.check_models import DuplicatesModel
from tests.ui.test_import_wizard import CSV, to_mapping, wait_page


def _checked(qtbot: QtBot, wizard: ImportWizard, path: Path) -> ImportReport:
    to_mapping(qtbot, wizard, path)
    wizard.next()
    wait_page(qtbot, wizard, ImportWizard.CHECK)
    report = wizard.check_page.report
    assert report is not None
    return report


def _csv(tmp_path: Path, text: str = CSV) -> Path:
    path = tmp_path / "clienti.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_choice_per_duplicate_goes_through_the_model_and_its_combo_box(
    qtbot: QtBot, wizard: ImportWizard, tmp_path: Path
) -> None:
    report = _checked(qtbot, wizard, _csv(tmp_path))
    page = wizard.check_page
    model = page.duplicates.model()
    row = report.matches[0].row
    do = model.index(0, DuplicatesModel.DO)
    assert model.index(0, 0).data() == str(row) and do.data() == "Skip the row"
    assert (
        do.flags() & Qt.ItemFlag.ItemIsEditable and not model.index(0, 1).flags() & Qt.ItemFlag.ItemIsEditable
    )

    delegate = page.duplicates.itemDelegateForColumn(DuplicatesModel.DO)
    editor = delegate.createEditor(page.duplicates.viewport(), QStyleOptionViewItem(), do)
    assert isinstance(editor, QComboBox) and editor.count() == 3
    delegate.setEditorData(editor, do)
    assert editor.currentData() == "skip"
    editor.setCurrentIndex(editor.findData("keep"))
    delegate.setModelData(editor, model, do)
    assert wizard.decisions == {row: "keep"} and do.data() == "Keep both"
    assert "Check Again" in page.summary.text()
    assert not model.setData(model.index(0, 1), "keep") and not model.setData(do, "merge")

    page.all_combo.setCurrentIndex(page.all_combo.findData("update"))
    page.all_combo.activated.emit(page.all_combo.currentIndex())
    assert wizard.decisions == {} and wizard.on_duplicate == "update" and do.data() == "Update the contact"


def test_many_duplicates_are_rows_of_a_model_not_widgets(qtbot: QtBot, wizard: ImportWizard) -> None:
    matches = [Match(i + 2, i + 1, None, "name", 91, f"Anna {i}") for i in range(50_000)]
    wizard.check_page._show(ImportReport("f.csv", "csv", None, "utf-8", False, 50_000, [], matches=matches))
    view = wizard.check_page.duplicates
    assert view.model().rowCount() == 50_000
    assert view.model().index(49_999, 2).data() == "name (91%)"
    assert view.indexWidget(view.model().index(0, DuplicatesModel.DO)) is None


def test_the_check_shows_its_progress_and_then_the_report(
    qtbot: QtBot, wizard: ImportWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_checking, "CHUNK_ROWS", 100)
    rows = "".join(f"Nome{i};Rossi{i};n{i}@example.it;Milano;40\n" for i in range(450))
    seen: list[tuple[str, int, int]] = []
    wizard.checking.connect(lambda *args: seen.append(args))
    report = _checked(qtbot, wizard, _csv(tmp_path, CSV.split("\n", 1)[0] + "\n" + rows))
    assert report.created == 450
    assert ("check", 0, 450) in seen and ("check", 450, 450) in seen
    page = wizard.check_page
    page.show_progress("check", 200, 450)
    assert (page.bar.value(), page.bar.maximum()) == (200, 450) and "Checking" in page.summary.text()
    page.show_progress("match", 1, 2)
    assert "duplicates" in page.summary.text()
    page._show(report)
    assert page.bar.isHidden()


@pytest.mark.parametrize("leave", ["back", "close"])
def test_leaving_the_check_step_stops_a_check_that_is_running(
    qtbot: QtBot, wizard: ImportWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, leave: str
) -> None:
    started, stopped = threading.Event(), threading.Event()

    def slow_check(*args: Any, cancelled: Any = None, **kwargs: Any) -> ImportReport:
        started.set()
        for _ in range(1000):  # ten seconds at most: long enough for any machine to stop it
            if cancelled():
                stopped.set()
                raise ImportCancelled
            threading.Event().wait(0.01)
        raise AssertionError("the check was not stopped")

    monkeypatch.setattr(wizard_module, "import_table", slow_check)
    to_mapping(qtbot, wizard, _csv(tmp_path))
    wizard.next()
    qtbot.waitUntil(started.is_set, timeout=10000)
    assert not wizard.check_page.bar.isHidden()
    if leave == "back":
        wizard.back()
        assert wizard.currentId() == ImportWizard.MAPPING
        wizard.reader.wait()
    else:
        wizard.reject()
    assert stopped.is_set()


def test_checking_again_and_importing_reuse_the_rows_checked_first(
    qtbot: QtBot, wizard: ImportWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    check_rows = import_run.validate_table
    monkeypatch.setattr(import_run, "validate_table", lambda *a, **k: calls.append(1) or check_rows(*a, **k))
    report = _checked(qtbot, wizard, _csv(tmp_path))
    wizard.check_page.decide(report.matches[0].row, "update")
    wizard.check_page.run_check()
    qtbot.waitUntil(lambda: wizard.check_page.report is not None, timeout=10000)
    again = wizard.check_page.report
    assert (again.created, again.updated) == (2, 1) and again.checked is report.checked
    with qtbot.waitSignal(wizard.imported, timeout=15000) as blocker:
        wizard.next()
    assert (blocker.args[0].created, blocker.args[0].updated) == (2, 1)
    assert calls == [1]
