"""The pages of a PDF to preview: all of them placed at once, each drawn only when it comes near the screen.

The view paints the sheets itself. Their sizes come with the document (core.output.preview), so the
scroll bar spans the whole plan before any page is drawn. Pages are drawn by PDFium in one thread of
their own (gui/thread_jobs.py): those on screen first, then the next few and the one before, and at most
`CACHE_PAGES` drawn pages are kept. A page not drawn yet is a blank sheet with its number. Loading
every page as an image had stalled the window for 9–12 s and held 1.3 GB for a 423-page plan
(bench/bench_stall_pages.py).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from equity_desktop.core.output.preview import PREVIEW_SCALE, PreviewDocument, draw_page
from equity_desktop.gui.thread_jobs import ThreadJobs

MARGIN = 10  # around the pages
GAP = 10  # between two sheets
FRAME = 1  # the line around a sheet
STEP = 40  # pixels an arrow key or a wheel notch scrolls
CACHE_PAGES = 12  # drawn pages kept: ~3.4 MB each at 90 dpi on letter paper
AHEAD, BEHIND = 3, 1  # pages drawn beyond the screen: the next ones (reading goes down) and the one before
IN_FLIGHT = 2  # pages handed to the thread at once, so it does not wait while the window collects one

# PDFium is not thread-safe: every PDFium call of the window's process runs in this one thread.
_PDFIUM = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pdfium")


def _draw(pdf: bytes, number: int) -> QImage:
    """Page `number` as an image Qt paints as it is (runs in the PDFium thread; a QImage may be made in any)."""
    page = draw_page(pdf, number, PREVIEW_SCALE)
    image = QImage(page.pixels, page.width, page.height, page.stride, QImage.Format.Format_RGBX8888)
    return image.convertToFormat(QImage.Format.Format_RGB32)  # a copy that owns its pixels


class PagePreview(QAbstractScrollArea):
    page_changed = Signal(int, int)  # the page at the top of the view (from 1), and the page count

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        self.placeholder = ""  # said while there is nothing to preview
        self.page_sizes: list[QSize] = []  # in pixels, without the frame
        self.cache: OrderedDict[int, QImage] = OrderedDict()  # drawn pages, the least recently wanted first
        self._tops: list[int] = []  # where each sheet starts, from the top of the first
        self._height = 0
        self._pdf = b""
        self._top_page = -1
        self._jobs = ThreadJobs(_PDFIUM, self)
        self._jobs.finished.connect(self._arrived)

    def set_document(self, document: PreviewDocument) -> None:
        """Show `document` from its first page."""
        for number in self._jobs.keys():
            self._jobs.cancel(number)  # a page of the last document still being drawn is never collected
        self.cache.clear()
        self._pdf = document.pdf
        self.page_sizes = [QSize(width, height) for width, height in document.pixel_sizes(PREVIEW_SCALE)]
        self._tops, top = [], MARGIN
        for size in self.page_sizes:
            self._tops.append(top)
            top += size.height() + 2 * FRAME + GAP
        self._height = top - GAP + MARGIN
        self._top_page = -1
        self._fit_scroll_bars()
        self.verticalScrollBar().setValue(0)
        self._moved()

    # ---- where the pages are --------------------------------------------------------------------------

    def sheet(self, number: int) -> QRect:
        """Page `number` (from 0) with its frame, in the viewport's coordinates."""
        size = self.page_sizes[number] + QSize(2 * FRAME, 2 * FRAME)
        left = max(MARGIN, (self.viewport().width() - size.width()) // 2) - self.horizontalScrollBar().value()
        return QRect(left, self._tops[number] - self.verticalScrollBar().value(), size.width(), size.height())

    def visible_pages(self) -> range:
        """The pages on screen, wholly or in part."""
        if not self._tops:
            return range(0)
        top = self.verticalScrollBar().value()
        first = max(0, bisect_right(self._tops, top) - 1)
        if self._tops[first] + self.page_sizes[first].height() + 2 * FRAME <= top:  # that one ended above
            first += 1
        last = bisect_left(self._tops, top + self.viewport().height())
        return range(first, max(first, min(last, len(self._tops))))

    def visible_pages_drawn(self) -> bool:
        return all(number in self.cache for number in self.visible_pages())

    def _fit_scroll_bars(self) -> None:
        view = self.viewport().size()
        widest = max((size.width() for size in self.page_sizes), default=0) + 2 * FRAME + 2 * MARGIN
        for bar, length, page in ((self.verticalScrollBar(), self._height, view.height()),
                                  (self.horizontalScrollBar(), widest, view.width())):
            bar.setRange(0, max(0, length - page))
            bar.setPageStep(page)
            bar.setSingleStep(STEP)

    # ---- drawing in the thread ------------------------------------------------------------------------

    def _wanted(self) -> list[int]:
        """The pages to have drawn, the most needed first."""
        visible = self.visible_pages()
        if not visible:
            return []
        after = range(visible.stop, min(visible.stop + AHEAD, len(self.page_sizes)))
        before = range(max(0, visible.start - BEHIND), visible.start)
        return [*visible, *after, *reversed(before)]

    def _request(self) -> None:
        """Hand the thread what the screen needs next; forget what it no longer needs."""
        wanted = self._wanted()
        for number in self._jobs.keys():
            if number not in wanted:
                self._jobs.cancel(number)
        for number in reversed(wanted):  # the pages wanted now become the last to be let go
            if number in self.cache:
                self.cache.move_to_end(number)
        drawing = self._jobs.keys()
        waiting = [number for number in wanted if number not in self.cache and number not in drawing]
        for number in waiting[:max(0, IN_FLIGHT - len(drawing))]:
            self._jobs.submit(number, _draw, self._pdf, number)

    def _arrived(self, number: int, image: QImage) -> None:
        self.cache[number] = image
        while len(self.cache) > CACHE_PAGES:
            self.cache.popitem(last=False)
        if number in self.visible_pages():
            self.viewport().update(self.sheet(number))
        self._request()

    def _moved(self) -> None:
        """After a scroll or a resize: say which page is at the top, and draw what came near."""
        visible = self.visible_pages()
        if visible and visible.start != self._top_page:
            self._top_page = visible.start
            self.setAccessibleDescription(self.tr("Page {0} of {1}").format(visible.start + 1, len(self._tops)))
            self.page_changed.emit(visible.start + 1, len(self._tops))
        if self._pdf:
            self._request()
        self.viewport().update()

    # ---- Qt -------------------------------------------------------------------------------------------

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt override
        self._moved()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_scroll_bars()
        self._moved()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Page Up/Down and the arrows are the scroll area's own; Home and End go to the first and last page.
        if event.key() in (Qt.Key.Key_Home, Qt.Key.Key_End):
            bar = self.verticalScrollBar()
            bar.setValue(bar.minimum() if event.key() == Qt.Key.Key_Home else bar.maximum())
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self.viewport())
        if not self.page_sizes:
            painter.drawText(self.viewport().rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN),
                             Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, self.placeholder)
            return
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        for number in self.visible_pages():
            sheet = self.sheet(number)
            painter.fillRect(sheet, QColor(Qt.GlobalColor.white))
            painter.drawRect(sheet.adjusted(0, 0, -1, -1))
            inside = sheet.adjusted(FRAME, FRAME, -FRAME, -FRAME)
            image = self.cache.get(number)
            if image is not None:
                painter.drawImage(inside.topLeft(), image)
            else:
                painter.drawText(inside, Qt.AlignmentFlag.AlignCenter, self.tr("Page {0}").format(number + 1))
