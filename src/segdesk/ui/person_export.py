"""Export everything about this person: a save dialog offering PDF (to read) and JSON (for machines)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from segdesk.services.databases import Store, StoreError
from segdesk.services.errors import OperationFailed, UserError
from segdesk.services.privacy import write_person_data
from segdesk.ui.translation import resolve_language

__all__ = ["ask_person_file", "export_person"]


def _filters() -> dict[str, str]:
    return {
        "pdf": QCoreApplication.translate("PersonExport", "PDF document (*.pdf)"),
        "json": QCoreApplication.translate("PersonExport", "JSON data (*.json)"),
    }


def _safe_name(name: str) -> str:
    cleaned = "".join("_" if c in '\\/:*?"<>|' else c for c in name).strip(" .")
    return cleaned or "contact"


def ask_person_file(parent: QWidget | None, name: str) -> tuple[Path, str] | None:
    """(path, "pdf" or "json") chosen in a save dialog, or None."""
    filters = _filters()
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(
        Path.home()
    )
    start = str(Path(folder) / f"{_safe_name(name)}.pdf")
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PersonExport", "Export Everything About This Person"),
        start,
        ";;".join(filters.values()),
        filters["pdf"],
    )
    if not path:
        return None
    suffix = Path(path).suffix.lower()
    file_format = {".pdf": "pdf", ".json": "json"}.get(suffix)
    if file_format is None:
        file_format = next((code for code, text in filters.items() if text == chosen), "pdf")
        path += f".{file_format}"
    return Path(path), file_format


def export_person(
    parent: QWidget | None,
    store: Store,
    contact_id: int,
    name: str,
    *,
    actor: str,
    target: tuple[Path, str] | None = None,
) -> Path | None:
    """Ask where (unless ``target`` is given) and write the person's data; the file written, or None."""
    chosen = target or ask_person_file(parent, name)
    if chosen is None:
        return None
    path, file_format = chosen
    try:
        write_person_data(
            store, contact_id, path, file_format=file_format, lang=resolve_language(), actor=actor
        )
    except (UserError, OperationFailed, StoreError) as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("PersonExport", "Export Everything About This Person"),
            str(exc),
        )
        return None
    return path
