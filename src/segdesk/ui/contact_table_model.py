"""A thin Qt table model over the contact list service: counts once, reads pages as they scroll by.

The model never holds all rows. ``rowCount`` is the service's count; ``data``
looks the row up in a small LRU cache of pages (about 200 rows each), already
formatted for display, and reads a missing page synchronously (a keyset or
index-offset query of a few milliseconds).

With a :class:`~segdesk.ui.workers.JobRunner` the slow part of showing another
list (the count of a search over a million contacts, the first page, where the
selected contact is now) runs on a worker thread; the old list stays on screen
until the new one is ready, and a result overtaken by a newer query is dropped.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal

from segdesk.domain.fields import DEFAULT_CATALOGUE, Catalogue, Field
from segdesk.services.contact_list import (
    DEFAULT_COLUMNS,
    PAGE_SIZE,
    SORT_NAME,
    ContactListQuery,
    Page,
    SortKey,
    count_contacts,
    fetch_page,
    is_sortable,
    row_of,
)
from segdesk.services.databases import Store
from segdesk.ui.formatting import CURRENCY_SYMBOLS, alignment, date_format, display_text
from segdesk.ui.workers import JobRunner

__all__ = ["CONTACT_ID_ROLE", "ContactTableModel"]

CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_CACHED_PAGES = 64  # about 12,800 rows
READ_ALL_BELOW = 2000  # a list this short is read whole with its count (a search's few matches)
LIST_JOB = "contact-list"
REST_JOB = "contact-list-rest"  # the rest of a search's matches, read after its first page is shown
# A column shown by name sorts by the stored, accent-blind sort key.
SORT_FIELD_OF_COLUMN = {"full_name": SORT_NAME}
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class _Page:
    ids: tuple[int, ...]
    texts: tuple[tuple[str, ...], ...]
    last_key: SortKey | None


@dataclass(frozen=True, slots=True)
class _Snapshot:
    """What showing a query needs first: its count, its first pages, where a kept contact is."""

    count: int
    pages: tuple[Page, ...]
    kept: tuple[int, int | None] | None  # (contact id, its row or None)


def _read(
    store: Store,
    query: ContactListQuery,
    columns: Sequence[str],
    page_size: int,
    today: date,
    catalogue: Catalogue,
    keep_id: int | None,
) -> _Snapshot:
    count = count_contacts(store, query)
    pages: list[Page] = []
    if count:
        whole = count <= READ_ALL_BELOW
        first = fetch_page(
            store,
            query,
            columns,
            0,
            count if whole else page_size,
            total=count,
            today=today,
            catalogue=catalogue,
        )
        if whole:
            for start in range(0, len(first.rows), page_size):
                pages.append(Page(start, first.rows[start : start + page_size]))
        else:
            pages.append(first)
    kept = None
    if keep_id is not None:
        ids = [row.id for page in pages for row in page.rows]
        kept = (keep_id, ids.index(keep_id) if keep_id in ids else row_of(store, query, keep_id))
    return _Snapshot(count, tuple(pages), kept)


class ContactTableModel(QAbstractTableModel):
    """Contacts of one :class:`ContactListQuery`, columns by field id."""

    countChanged = Signal(int)
    loadingChanged = Signal(bool)  # a list is being read on a worker thread
    loadFailed = Signal(object)  # the exception that stopped reading a list

    def __init__(
        self,
        store: Store,
        columns: Sequence[str] = DEFAULT_COLUMNS,
        *,
        catalogue: Catalogue = DEFAULT_CATALOGUE,
        currency: str | None = None,
        page_size: int = PAGE_SIZE,
        runner: JobRunner | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._catalogue = catalogue
        self._set_column_ids(columns)
        self._page_size = page_size
        self._runner = runner
        self._query = ContactListQuery()  # shown
        self._wanted = self._query  # asked for; differs from _query while it is read
        self._loading = False
        self._kept: tuple[int, int | None] | None = None
        self.follow_id: int | None = None  # the contact to find again after a change (the selected one)
        self._today = date.today()
        self._pages: OrderedDict[int, _Page] = OrderedDict()
        self._locale = QLocale()
        self._dates = date_format(self._locale)
        self._currency = CURRENCY_SYMBOLS.get(currency, currency) if currency else ""
        self._count = 0
        self._load(synchronously=True)  # the first list at once: the window opens showing it

    # -- what the rest of the window uses ------------------------------------------

    @property
    def store(self) -> Store:
        return self._store

    @property
    def query(self) -> ContactListQuery:
        """The list asked for last (shown once :attr:`loading` is over)."""
        return self._wanted

    @property
    def shown_query(self) -> ContactListQuery:
        return self._query

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def columns(self) -> tuple[str, ...]:
        return self._columns

    @property
    def catalogue(self) -> Catalogue:
        return self._catalogue

    def count(self) -> int:
        return self._count

    def set_query(self, query: ContactListQuery) -> None:
        """Show another list (search, sort, sidebar choice); counts it once."""
        if query == self._wanted:
            return
        self._wanted = query
        self.refresh()

    def set_store(self, store: Store, *, currency: str | None = None) -> None:
        self._store = store
        self._currency = CURRENCY_SYMBOLS.get(currency, currency) if currency else ""
        if self._runner is not None:
            self._runner.forget(LIST_JOB)
        self._load(synchronously=True)

    def set_catalogue(self, catalogue: Catalogue) -> None:
        """Another database's fields; columns it does not have are left out."""
        self._catalogue = catalogue
        self.set_columns([c for c in self._columns if c in catalogue] or list(DEFAULT_COLUMNS))

    def set_columns(self, columns: Sequence[str]) -> None:
        """Show other columns (field ids); the list itself stays as it is."""
        columns = tuple(columns)
        if columns == self._columns:
            return
        self.beginResetModel()
        self._set_column_ids(columns)
        self._pages.clear()
        self.endResetModel()

    def _set_column_ids(self, columns: Sequence[str]) -> None:
        self._columns = tuple(columns)
        self._fields: tuple[Field, ...] = tuple(self._catalogue[c] for c in self._columns)
        self._alignments = tuple(alignment(f) for f in self._fields)

    def refresh(self) -> None:
        """Read everything again (after a change to the data, or another day)."""
        self._load()

    def _load(self, *, synchronously: bool = False) -> None:
        query, columns, keep_id = self._wanted, self._columns, self.follow_id
        store, size, today, catalogue = self._store, self._page_size, date.today(), self._catalogue
        if self._runner is None or synchronously:
            self._apply(query, columns, today, _read(store, query, columns, size, today, catalogue, keep_id))
            return
        self._set_loading(True)
        self._runner.run(
            LIST_JOB,
            lambda: _read(store, query, columns, size, today, catalogue, keep_id),
            lambda snapshot: self._apply(query, columns, today, snapshot),
            self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self._set_loading(False)
        self.loadFailed.emit(error)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loadingChanged.emit(loading)

    def _apply(
        self, query: ContactListQuery, columns: tuple[str, ...], today: date, snapshot: _Snapshot
    ) -> None:
        if columns != self._columns:  # the columns changed meanwhile: the pages read have the old ones
            snapshot = _Snapshot(snapshot.count, (), snapshot.kept)
        self.beginResetModel()
        self._query = query
        self._pages.clear()
        self._today = today
        self._locale = QLocale()
        self._dates = date_format(self._locale)
        self._count = snapshot.count
        self._kept = snapshot.kept
        for number, page in enumerate(snapshot.pages):
            self._pages[number] = self._formatted(page)
        self.endResetModel()
        self._kept = None
        if query == self._wanted:
            self._set_loading(False)
        self.countChanged.emit(self._count)
        self._read_rest(snapshot)

    def _read_rest(self, snapshot: _Snapshot) -> None:
        """A search's other matches, read in the background so scrolling through them never waits.

        Matches of a search are scattered through the name index: each page read on
        scrolling would scan for them. When they all fit in the page cache they are read
        at once on a worker after the first page is shown; pages already read stay.
        """
        read = sum(len(page.rows) for page in snapshot.pages)
        if (
            self._runner is None
            or not self._query.search.strip()
            or not snapshot.pages
            or read >= snapshot.count
            or snapshot.count > MAX_CACHED_PAGES * self._page_size
        ):
            return
        store, query, columns, total = self._store, self._query, self._columns, snapshot.count
        today, catalogue, size = self._today, self._catalogue, self._page_size
        after = snapshot.pages[-1].last_key

        def work() -> Page:
            return fetch_page(
                store, query, columns, read, total - read, after=after, total=total, today=today,
                catalogue=catalogue,
            )  # fmt: skip

        def done(rest: Page) -> None:
            if query != self._query or columns != self._columns:
                return  # another list is shown by now
            first = read // size
            for start in range(0, len(rest.rows), size):
                number = first + start // size
                if number not in self._pages:
                    self._pages[number] = self._formatted(Page(read + start, rest.rows[start : start + size]))
            while len(self._pages) > MAX_CACHED_PAGES:
                self._pages.popitem(last=False)

        self._runner.run(REST_JOB, work, done)

    def contact_id(self, row: int) -> int | None:
        if not 0 <= row < self._count:
            return None
        page = self._page(row // self._page_size)
        offset = row % self._page_size
        return page.ids[offset] if offset < len(page.ids) else None

    def row_of(self, contact_id: int) -> int | None:
        """Where a contact is in the list now, None if the list does not show it."""
        if self._kept is not None and self._kept[0] == contact_id:
            return self._kept[1]
        for number, page in self._pages.items():
            if contact_id in page.ids:
                return number * self._page_size + page.ids.index(contact_id)
        return row_of(self._store, self._query, contact_id)

    def field(self, column: int) -> Field:
        return self._fields[column]

    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(self._columns) and is_sortable(self._sort_field(column))

    def sort_column(self) -> int:
        """The column the list is sorted by, -1 when it is sorted by something not shown."""
        for column in range(len(self._columns)):
            if self._sort_field(column) == self._query.sort_field:
                return column
        return -1

    def _sort_field(self, column: int) -> str:
        field_id = self._columns[column]
        return SORT_FIELD_OF_COLUMN.get(field_id, field_id)

    # -- the page cache ---------------------------------------------------------

    def _page(self, number: int) -> _Page:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        before = self._pages.get(number - 1)
        after = before.last_key if before is not None and len(before.ids) == self._page_size else None
        fetched = fetch_page(
            self._store,
            self._query,
            self._columns,
            number * self._page_size,
            self._page_size,
            after=after,
            total=self._count,
            today=self._today,
            catalogue=self._catalogue,
        )
        page = self._formatted(fetched)
        self._pages[number] = page
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        return page

    def _formatted(self, fetched: Page) -> _Page:
        texts = tuple(
            tuple(
                display_text(f, v, self._locale, currency=self._currency, dates=self._dates)
                for f, v in zip(self._fields, row.values, strict=True)
            )
            for row in fetched.rows
        )
        return _Page(tuple(row.id for row in fetched.rows), texts, fetched.last_key)

    # -- QAbstractTableModel ------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, CONTACT_ID_ROLE):
            page = self._page(index.row() // self._page_size)
            offset = index.row() % self._page_size
            if offset >= len(page.ids):  # deleted since the count: an empty row until the next refresh
                return None
            if role == CONTACT_ID_ROLE:
                return page.ids[offset]
            text = page.texts[offset][index.column()]
            if role == Qt.ItemDataRole.ToolTipRole:
                return text if len(text) > 30 else None
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignments[index.column()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._fields[section].translated_label()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignments[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not self.is_sortable(column):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        query = self._wanted
        self.set_query(
            ContactListQuery(
                query.search, self._sort_field(column), descending, query.followups_due_by, query.contact_ids
            )
        )
