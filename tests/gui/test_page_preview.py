"""The export preview draws only the pages near the screen, keeps a few, and shows the page scrolled to."""

from __future__ import annotations

import io

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from equity_desktop.core.output.preview import PreviewDocument
from equity_desktop.gui.page_preview import AHEAD, BEHIND, CACHE_PAGES, PagePreview

PAGES = 40
WIDE, TALL = (300.0, 200.0), (200.0, 300.0)  # points; every fifth page stands up, so the pages differ in size


def _grey(number: int) -> int:
    """Each page is filled with its own grey, so the page on screen can be told from its pixels."""
    return 30 + 5 * number


def _size(number: int) -> tuple[float, float]:
    return TALL if number % 5 == 4 else WIDE


@pytest.fixture(scope="module")
def graded() -> PreviewDocument:
    """A PDF of PAGES pages, page n a sheet of grey _grey(n); its sizes are known without PDFium."""
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    for number in range(PAGES):
        width, height = _size(number)
        canvas.setPageSize((width, height))
        canvas.setFillGray(_grey(number) / 255)
        canvas.rect(0, 0, width, height, stroke=0, fill=1)
        canvas.showPage()
    canvas.save()
    return PreviewDocument(buffer.getvalue(), tuple(_size(n) for n in range(PAGES)))


@pytest.fixture
def preview(qtbot, graded) -> PagePreview:
    view = PagePreview()
    qtbot.addWidget(view)
    view.resize(520, 420)
    view.show()
    view.set_document(graded)
    return view


def _shown_page(preview: PagePreview, number: int) -> int:
    """The page whose grey is in the middle of sheet `number` as painted on screen."""
    image = preview.viewport().grab().toImage()
    sheet = preview.sheet(number).intersected(preview.viewport().rect())
    grey = QColor(image.pixel(sheet.center())).red()
    return round((grey - 30) / 5)


def test_the_scroll_bar_spans_every_page_before_any_is_drawn(preview, qtbot):
    assert not preview.cache  # nothing drawn yet: the event loop has not run
    qtbot.keyClick(preview, Qt.Key.Key_End)
    last = preview.sheet(PAGES - 1)
    # The last sheet ends just above the bottom edge: the scroll bar's length was right from the start.
    assert 0 <= preview.viewport().height() - last.bottom() <= 12
    width, height = _size(PAGES - 1)
    assert (last.width() - 2, last.height() - 2) == (round(width * 1.25), round(height * 1.25))


def test_scrolled_to_page_n_the_preview_shows_page_n_drawn_only_near_it(preview, qtbot):
    tops: list[int] = []
    preview.page_changed.connect(lambda page, pages: tops.append(page))
    wanted = 27  # as the page label counts, from 1
    while not tops or tops[-1] < wanted:
        qtbot.keyClick(preview, Qt.Key.Key_PageDown)  # held down: no time to draw the pages passed
    qtbot.waitUntil(preview.visible_pages_drawn)
    top = preview.visible_pages().start
    assert top + 1 == tops[-1] >= wanted
    for number in preview.visible_pages():
        assert _shown_page(preview, number) == number
    near = range(top - BEHIND, preview.visible_pages().stop + AHEAD)
    assert set(preview.cache) <= set(near)  # the pages passed on the way were never drawn
    assert preview.accessibleDescription() == f"Page {top + 1} of {PAGES}"


def test_the_drawn_pages_kept_stay_few_after_scrolling_through_them_all(preview, qtbot):
    drawn: set[int] = set()
    while preview.verticalScrollBar().value() < preview.verticalScrollBar().maximum():
        qtbot.waitUntil(preview.visible_pages_drawn)
        drawn |= set(preview.cache)
        assert len(preview.cache) <= CACHE_PAGES
        qtbot.keyClick(preview, Qt.Key.Key_PageDown)
    qtbot.waitUntil(preview.visible_pages_drawn)
    assert len(drawn) == PAGES and len(preview.cache) <= CACHE_PAGES
    assert _shown_page(preview, PAGES - 1) == PAGES - 1
    qtbot.keyClick(preview, Qt.Key.Key_Home)  # back to the first page, let go long ago: drawn again
    qtbot.waitUntil(preview.visible_pages_drawn)
    assert _shown_page(preview, 0) == 0


def test_the_export_page_previews_the_plan_a_page_at_a_time(demo_window, qtbot):
    page = demo_window.workspace.show_page("export")
    with qtbot.waitSignal(page.finished, timeout=60_000) as signal:
        qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    count = int(signal.args[0].split()[1])
    assert len(page.scroll.page_sizes) == count > 5 and page.page_label.text() == f"Page 1 of {count}"
    qtbot.waitUntil(page.scroll.visible_pages_drawn)
    assert max(page.scroll.cache) < page.scroll.visible_pages().stop + AHEAD
