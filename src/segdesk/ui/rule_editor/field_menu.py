"""A menu of the catalogue's fields by category, for choosing or adding a field without the palette."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from segdesk.domain.fields import CATEGORY_LABELS, Catalogue

__all__ = ["category_label", "field_menu"]


def category_label(category: object) -> str:
    label = CATEGORY_LABELS.get(category)  # type: ignore[call-overload]
    return QCoreApplication.translate("Fields", label) if label else str(category)


def field_menu(catalogue: Catalogue, chosen: Callable[[str], None], parent: QWidget | None = None) -> QMenu:
    """Categories as submenus, fields as entries; ``chosen(field_id)`` when one is picked."""
    menu = QMenu(parent)
    for category, fields in catalogue.by_category().items():
        sub = menu.addMenu(category_label(category))
        for fld in fields:
            action = sub.addAction(fld.translated_label())
            action.triggered.connect(lambda _checked=False, field_id=fld.id: chosen(field_id))
    return menu
