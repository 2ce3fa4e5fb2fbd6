"""The contact table model: Qt's model checks, paging and locale-aware display."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from pytestqt.modeltest import ModelTester

from segdesk.services.contact_list import ContactListQuery
from segdesk.store.database import Store
from segdesk.ui.contact_table_model import CONTACT_ID_ROLE, ContactTableModel
from tests.ui.conftest import CONTACTS

COLUMNS = ("id", "full_name", "city", "stage", "total_spent", "last_contact_at", "email_ok", "phone")


def test_the_model_passes_qt_model_checks(qtmodeltester: ModelTester, filled_store: Store) -> None:
    model = ContactTableModel(filled_store, COLUMNS, page_size=7)
    qtmodeltester.check(model, force_py=True)
    model.set_query(ContactListQuery(search="milano"))
    qtmodeltester.check(model, force_py=True)


def test_rows_come_page_by_page_in_list_order(filled_store: Store) -> None:
    model = ContactTableModel(filled_store, COLUMNS, page_size=7)
    ids = [model.index(row, 0).data(CONTACT_ID_ROLE) for row in range(model.rowCount())]
    assert len(ids) == len(set(ids)) == CONTACTS
    names = [model.index(row, 1).data() for row in range(model.rowCount())]
    assert names[:2] == ["Anna04 Dubois", "Anna09 Dubois"]
    assert model.row_of(ids[20]) == 20
    assert model.contact_id(29) == ids[29] and model.contact_id(30) is None


def test_values_are_shown_in_the_users_locale(filled_store: Store) -> None:
    QLocale.setDefault(QLocale("de_DE"))
    try:
        model = ContactTableModel(filled_store, COLUMNS, currency="EUR")
        model.set_query(ContactListQuery(search="anna21"))
        assert model.rowCount() == 1
        row = [model.index(0, c).data() for c in range(model.columnCount())]
        assert row[2:] == ["Torino", "Loyal customer", "220,50\xa0€", "22.01.2025", "No", "+39 02 1234 5621"]
        money = model.index(0, 4).data(Qt.ItemDataRole.TextAlignmentRole)
        assert money & Qt.AlignmentFlag.AlignRight
    finally:
        QLocale.setDefault(QLocale.system())


def test_only_sortable_columns_sort(filled_store: Store) -> None:
    model = ContactTableModel(filled_store, ("full_name", "tags", "city"))
    assert model.is_sortable(0) and not model.is_sortable(1)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.query == ContactListQuery()
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.query.sort_field == "sort_name" and model.query.descending
    assert model.sort_column() == 0
