"""The column chooser: the list header's context menu, every field grouped by its category."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from segdesk.domain.fields import CATEGORY_LABELS, Catalogue
from segdesk.domain.i18n import translate
from segdesk.services.contact_list import DEFAULT_COLUMNS, list_columns

__all__ = ["column_menu", "toggled_columns"]


def toggled_columns(columns: Sequence[str], field_id: str, shown: bool) -> list[str]:
    """``columns`` with ``field_id`` added at the end or taken out; never fewer than one column."""
    current = [c for c in columns if c != field_id]
    if shown:
        return [*current, field_id]
    return current or list(columns)


def column_menu(
    catalogue: Catalogue,
    columns: Sequence[str],
    choose: Callable[[list[str]], None],
    parent: QWidget | None = None,
) -> QMenu:
    """A menu of checkable fields; choosing one calls ``choose`` with the new column list."""
    menu = QMenu(QCoreApplication.translate("ContactList", "Columns"), parent)
    menu.setObjectName("columnMenu")
    available = set(list_columns(catalogue))
    shown = set(columns)
    for category, fields in catalogue.by_category().items():
        offered = [f for f in fields if f.id in available]
        if not offered:
            continue
        submenu = menu.addMenu(translate("Fields", CATEGORY_LABELS[category]))
        for field in offered:
            action = submenu.addAction(field.translated_label())
            action.setObjectName(f"column_{field.id}")
            action.setCheckable(True)
            action.setChecked(field.id in shown)
            action.setEnabled(not (field.id in shown and len(shown) == 1))
            action.toggled.connect(
                lambda checked, fid=field.id: choose(toggled_columns(columns, fid, checked))
            )
    menu.addSeparator()
    reset = menu.addAction(QCoreApplication.translate("ContactList", "Reset Columns"))
    reset.setObjectName("resetColumns")
    reset.triggered.connect(lambda: choose(list(DEFAULT_COLUMNS)))
    return menu
