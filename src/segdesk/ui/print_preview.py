"""Showing and printing a finished PDF inside the app: a page list for the preview, QPrinter for paper.

Pages are rasterised by QtPdf when PySide6 ships it (PySide6-Addons), else by
pypdfium2 when it is installed; :func:`open_pdf` returns None when neither is,
and the preview then says so (the PDF can still be saved or opened in the
system's viewer). Printing draws each page as an image at the printer's
resolution (capped), which is what QtPdf-based printing does too.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractListModel,
    QBuffer,
    QByteArray,
    QIODevice,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPalette
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

__all__ = ["PdfPages", "PrintPreview", "open_pdf", "print_pdf", "renderer_name"]

PRINT_DPI_CAP = 300
CACHE_PAGES = 16


class PdfPages(Protocol):
    """A loaded PDF that can draw its pages."""

    def count(self) -> int: ...

    def page_size(self, page: int) -> QSizeF:  # in points
        ...

    def render(self, page: int, size: QSize) -> QImage: ...

    def close(self) -> None: ...


class _QtPdfPages:
    def __init__(self, data: bytes) -> None:
        from PySide6.QtPdf import QPdfDocument

        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._document = QPdfDocument()
        self._document.load(self._buffer)
        if self._document.status() != QPdfDocument.Status.Ready:
            raise ValueError("QtPdf could not read the document")

    def count(self) -> int:
        return int(self._document.pageCount())

    def page_size(self, page: int) -> QSizeF:
        return QSizeF(self._document.pagePointSize(page))

    def render(self, page: int, size: QSize) -> QImage:
        return QImage(self._document.render(page, size))

    def close(self) -> None:
        self._document.close()


class _PdfiumPages:
    def __init__(self, data: bytes) -> None:
        import pypdfium2

        self._document = pypdfium2.PdfDocument(data)

    def count(self) -> int:
        return len(self._document)

    def page_size(self, page: int) -> QSizeF:
        width, height = self._document[page].get_size()
        return QSizeF(width, height)

    def render(self, page: int, size: QSize) -> QImage:
        pdf_page = self._document[page]
        width, _height = pdf_page.get_size()
        bitmap = pdf_page.render(scale=size.width() / width, rev_byteorder=True)
        image = bitmap.to_pil().convert("RGBA")
        data = image.tobytes("raw", "RGBA")
        return QImage(data, image.width, image.height, 4 * image.width, QImage.Format.Format_RGBA8888).copy()

    def close(self) -> None:
        self._document.close()


def _backends() -> list[tuple[str, Any]]:
    found: list[tuple[str, Any]] = []
    try:
        from PySide6 import QtPdf  # noqa: F401

        found.append(("QtPdf", _QtPdfPages))
    except ImportError:
        pass
    try:
        import pypdfium2  # noqa: F401

        found.append(("pypdfium2", _PdfiumPages))
    except ImportError:
        pass
    return found


def renderer_name() -> str | None:
    """The library that draws PDF pages here, or None when there is none."""
    backends = _backends()
    return backends[0][0] if backends else None


def open_pdf(data: bytes) -> PdfPages | None:
    """The PDF ready to draw, or None when no renderer is installed (or none can read it)."""
    for _name, backend in _backends():
        try:
            pages: PdfPages = backend(data)
        except Exception:  # a renderer that cannot read it: try the next
            continue
        return pages
    return None


def print_pdf(pages: PdfPages, printer: QPrinter) -> int:
    """Print ``pages`` (the printer's page range, if set) on ``printer``; returns the pages printed."""
    count = pages.count()
    first, last = 1, count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = max(1, printer.fromPage()), min(count, printer.toPage() or count)
    if first > last:
        return 0
    printer.setFullPage(True)
    size = pages.page_size(first - 1)
    orientation = (
        QPageLayout.Orientation.Landscape
        if size.width() > size.height()
        else (QPageLayout.Orientation.Portrait)
    )
    printer.setPageSize(QPageSize(size, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch))
    printer.setPageOrientation(orientation)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    dpi = min(printer.resolution(), PRINT_DPI_CAP)
    printed = 0
    try:
        for page in range(first - 1, last):
            if printed:
                printer.newPage()
            points = pages.page_size(page)
            pixels = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = pages.render(page, pixels)
            target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            scaled = QSizeF(image.size()).scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(target.topLeft(), scaled), image)
            printed += 1
    finally:
        painter.end()
    return printed


class PageModel(QAbstractListModel):
    """One row per page; the page's image is drawn when a view first asks for it (a few kept)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._pages: PdfPages | None = None
        self._count = 0
        self._width = 700
        self._cache: OrderedDict[int, QImage] = OrderedDict()

    def set_pages(self, pages: PdfPages | None) -> None:
        self.beginResetModel()
        if self._pages is not None and self._pages is not pages:
            self._pages.close()
        self._pages = pages
        self._count = pages.count() if pages is not None else 0
        self._cache.clear()
        self.endResetModel()

    def set_width(self, width: int) -> None:
        width = max(200, min(width, 1100))  # wide windows: pages stay readable, not huge
        if width != self._width and self._count:
            self._width = width
            self._cache.clear()
            self.dataChanged.emit(self.index(0), self.index(self._count - 1))
        self._width = width

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def _size(self, page: int) -> QSize:
        assert self._pages is not None
        points = self._pages.page_size(page)
        return QSize(self._width, round(self._width * points.height() / max(points.width(), 1.0)))

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or self._pages is None:
            return None
        page = index.row()
        if role == Qt.ItemDataRole.DecorationRole:
            image = self._cache.get(page)
            if image is None:
                image = self._pages.render(page, self._size(page))
                self._cache[page] = image
                while len(self._cache) > CACHE_PAGES:
                    self._cache.popitem(last=False)
            else:
                self._cache.move_to_end(page)
            return image
        if role == Qt.ItemDataRole.SizeHintRole:
            return self._size(page) + QSize(0, 8)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Page %1 of %2").replace("%1", str(page + 1)).replace("%2", str(self._count))
        return None


class _PageDelegate(QStyledItemDelegate):
    """Draws a page centred in its row, with a thin edge, on the view's grey."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        image = index.data(Qt.ItemDataRole.DecorationRole)
        if not isinstance(image, QImage):
            return
        rect = option.rect
        x = rect.x() + max(0, (rect.width() - image.width()) // 2)
        painter.fillRect(x + 3, rect.y() + 3, image.width(), image.height(), QColor(0, 0, 0, 60))
        painter.drawImage(x, rect.y(), image)
        painter.setPen(QColor("#5a5f66"))
        painter.drawRect(x, rect.y(), image.width() - 1, image.height() - 1)


class PrintPreview(QWidget):
    """The pages of a PDF one under the other, at the view's width; a message when there is nothing."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.model = PageModel(self)
        self.view = QListView()
        self.view.setObjectName("previewPages")
        self.view.setModel(self.model)
        self.view.setUniformItemSizes(False)
        self.view.setSpacing(8)
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QListView.SelectionMode.NoSelection)
        self.view.setItemDelegate(_PageDelegate(self.view))
        palette = self.view.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor("#7a7f87"))
        self.view.setPalette(palette)
        self.message = QLabel()
        self.message.setObjectName("previewMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setMargin(24)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.pages: PdfPages | None = None
        self.show_message(self.tr("Choose a report and its options; its pages appear here."))

    def show_message(self, text: str) -> None:
        self.pages = None
        self.model.set_pages(None)
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def show_pdf(self, data: bytes, page_count: int) -> bool:
        """Show the PDF's pages; False (and a message) when no renderer is installed."""
        pages = open_pdf(data)
        if pages is None:
            self.show_message(
                self.tr(
                    "%1 page(s) ready. This installation cannot draw PDF pages (it needs QtPdf or "
                    "pypdfium2), so there is no preview: save the PDF and open it in your PDF viewer."
                ).replace("%1", str(page_count))
            )
            return False
        self.pages = pages
        self.model.set_width(self._page_width())
        self.model.set_pages(pages)
        self.stack.setCurrentWidget(self.view)
        return True

    def _page_width(self) -> int:
        return self.view.viewport().width() - 2 * self.view.spacing() - 24

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.model.set_width(self._page_width())
