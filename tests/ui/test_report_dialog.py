"""The report dialog: call sheets and labels made off the GUI thread, previewed, printed and saved."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from segdesk.services.reports import ReportScope
from segdesk.services.selection import Selection
from segdesk.store.database import Store
from segdesk.ui import print_preview
from segdesk.ui.report_dialog import Generated, ReportDialog, ScopeChoice

pytestmark = pytest.mark.filterwarnings("error")


@pytest.fixture
def dialogs() -> Iterator[list[ReportDialog]]:
    made: list[ReportDialog] = []
    yield made
    for dialog in made:
        dialog.done(0)  # closes the previewed document


def _dialog(qtbot: QtBot, store: Store, made: list[ReportDialog]) -> ReportDialog:
    scopes = [
        ScopeChoice("all", "All contacts", lambda: ReportScope(selection=Selection(everyone=True))),
        ScopeChoice("due", "Follow-ups due", lambda: ReportScope(followups_due=True)),
    ]
    dialog = ReportDialog(store, scopes)
    qtbot.addWidget(dialog)
    made.append(dialog)
    return dialog


def _generate(qtbot: QtBot, dialog: ReportDialog) -> Generated:
    with qtbot.waitSignal(dialog.generated, timeout=15000) as blocker:
        dialog.generate()
    generated = blocker.args[0]
    dialog.runner.wait()
    return generated


def test_call_sheet_shows_pages_and_counts(
    qtbot: QtBot, filled_store: Store, dialogs: list[ReportDialog]
) -> None:
    dialog = _dialog(qtbot, filled_store, dialogs)
    generated = _generate(qtbot, dialog)
    assert generated.kind == "callsheet"
    assert generated.pages >= 1
    assert generated.pdf.data.startswith(b"%PDF")
    text = dialog.counts_label.text()
    assert f"{generated.pages} page" in text
    assert "30 contact(s) listed" in text
    assert dialog.save_button.isEnabled()


def test_labels_count_and_skipped(qtbot: QtBot, filled_store: Store, dialogs: list[ReportDialog]) -> None:
    dialog = _dialog(qtbot, filled_store, dialogs)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("labels"))
    dialog.labels.start_row.setValue(3)
    dialog.labels.outlines.setChecked(True)
    generated = _generate(qtbot, dialog)
    assert generated.kind == "labels"
    result = generated.result
    assert result.labels + result.no_consent + result.incomplete >= 1
    assert "label" in dialog.counts_label.text()
    assert dialog.options_stack.currentIndex() == 1


def test_custom_sheet_and_alignment_page(
    qtbot: QtBot, filled_store: Store, dialogs: list[ReportDialog]
) -> None:
    dialog = _dialog(qtbot, filled_store, dialogs)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("labels"))
    dialog.labels.sheet_combo.setCurrentIndex(dialog.labels.sheet_combo.findData("custom"))
    assert dialog.labels.label_sheet().columns == 3
    dialog.labels.custom_width.setValue(150)  # three 150 mm labels side by side do not fit on A4
    dialog.generate()
    assert "do not fit" in dialog.counts_label.text() or "overlap" in dialog.counts_label.text()
    dialog.labels.custom_width.setValue(60)
    with qtbot.waitSignal(dialog.generated, timeout=15000) as blocker:
        dialog.generate(alignment=True)
    dialog.runner.wait()
    assert blocker.args[0].kind == "alignment"
    assert blocker.args[0].pages == 1


def test_summary_of_followups_due(qtbot: QtBot, filled_store: Store, dialogs: list[ReportDialog]) -> None:
    dialog = _dialog(qtbot, filled_store, dialogs)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("summary"))
    dialog.scope_combo.setCurrentIndex(1)
    generated = _generate(qtbot, dialog)
    assert generated.kind == "summary"
    assert generated.result.size == 4


@pytest.mark.skipif(print_preview.renderer_name() is None, reason="no PDF renderer installed")
def test_print_to_pdf_printer_and_save(
    qtbot: QtBot, filled_store: Store, dialogs: list[ReportDialog], tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, filled_store, dialogs)
    generated = _generate(qtbot, dialog)
    assert dialog.preview.model.rowCount() == generated.pages
    assert not dialog.preview.model.data(dialog.preview.model.index(0), 1).isNull()  # DecorationRole
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    printer.setResolution(72)
    assert dialog.print_report(printer) == generated.pages
    assert out.read_bytes().startswith(b"%PDF")
    saved = dialog.save_report(str(tmp_path / "sheet"))
    assert saved == tmp_path / "sheet.pdf"
    assert saved.read_bytes() == generated.pdf.data


def test_without_renderer_offers_save_instead(
    qtbot: QtBot, filled_store: Store, dialogs: list[ReportDialog], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(print_preview, "_backends", lambda: [])
    dialog = _dialog(qtbot, filled_store, dialogs)
    _generate(qtbot, dialog)
    assert dialog.preview.pages is None
    assert "no preview" in dialog.preview.message.text()
    assert not dialog.print_button.isEnabled()
    assert dialog.save_button.isEnabled()
    assert not dialog.open_button.isHidden()
