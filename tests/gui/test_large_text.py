"""Text at 200 % (issue 19, item 4: "the layout survives 200 % text size"): with the program's font twice its size
(as a desktop's text size setting or QApplication.setFont does; not QT_SCALE_FACTOR, which scales everything), the
window never asks for more than a 1366-pixel-wide screen, in English or in Spanish: the placement strip's stage
names wrap, rows of buttons wrap, filters narrow. Every page is reached from the navigator and none needs its
sideways scroll bar; the style sheet's large type (page headings, the workshop view) grows with the text."""

from __future__ import annotations

import pytest
from helpers import visit_every_page, window_language
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from equity_desktop.gui import theme
from equity_desktop.gui.main_window import MainWindow

WIDE = 1366  # the most common laptop screen


@pytest.fixture
def double_text(qapp):
    """The application's font at twice its size, the style sheet following it; both as before afterwards."""
    font, sheet = qapp.font(), qapp.styleSheet()
    large = qapp.font()
    large.setPointSizeF(font.pointSizeF() * 2)
    qapp.setFont(large)
    qapp.setStyleSheet(theme.style_sheet(qapp.palette(), scale=theme.text_scale(large)))
    yield large
    qapp.setFont(font)
    qapp.setStyleSheet(sheet)


@pytest.fixture(params=["en", "es"])
def language(request, qapp):
    yield from window_language(request.param)


@pytest.fixture
def large_window(double_text, language, qtbot, settings, tmp_path, demo_copy):
    """The main window made after the font was doubled (as at start-up), the demo review open."""
    window = MainWindow(settings, data_dir=tmp_path / "data")
    qtbot.addWidget(window)
    window.resize(WIDE, 768)
    window.show()
    assert window.open_review(demo_copy)
    yield window
    window.close_review()


def _fits(window) -> None:
    assert window.minimumSizeHint().width() <= WIDE, window.minimumSizeHint()
    assert window.minimumSize().width() <= WIDE
    assert window.width() == WIDE  # nothing pushed the window wider than the screen


def test_every_page_is_reached_and_fits_a_1366_screen_at_200_percent(qtbot, large_window):
    window = large_window
    _fits(window)
    strip = window.workspace.strip
    for collapsed in (True, False):  # folded (how a short screen starts) and in full, as the person may choose
        strip.set_collapsed(collapsed)
        QApplication.processEvents()
        _fits(window)
    assert strip.findChild(QLabel, "stripStage").wordWrap()  # a long stage name wraps rather than widen the strip
    assert visit_every_page(qtbot, window, _fits) == window.workspace.navigator.keys()


def test_the_sheets_large_type_grows_with_the_text(double_text, qtbot, demo_window):
    """The workshop view's condition (26 pt at 9 pt text) and a page heading (15 pt) stay larger than the text
    around them when the text is doubled."""
    text = double_text.pointSizeF()
    assert theme.text_scale(double_text) == pytest.approx(text / theme.DESIGN_POINT_SIZE)
    demo_window.workspace.show_page("s2.map")
    qtbot.keyClick(demo_window, Qt.Key.Key_F5)
    view = demo_window.workshop
    assert view is not None
    condition = view.findChild(QLabel, "workshopText")
    qtbot.waitUntil(condition.isVisible)
    assert condition.font().pointSizeF() == pytest.approx(26 * theme.text_scale(double_text), abs=0.1)
    assert condition.font().pointSizeF() > text
    assert view.minimumSizeHint().width() <= WIDE
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    heading = demo_window.workspace.findChild(QLabel, "pageHeading")
    assert heading.font().pointSizeF() > text


def test_the_sheet_follows_a_font_changed_while_the_program_runs(qapp):
    """theme.apply (start-up) re-applies the sheet, its sizes scaled, when the application's font changes."""
    font, sheet = qapp.font(), qapp.styleSheet()
    try:
        theme.apply(qapp, high_contrast=False)
        assert "font-size: 26pt" in qapp.styleSheet()
        large = qapp.font()
        large.setPointSizeF(theme.DESIGN_POINT_SIZE * 2)
        qapp.setFont(large)
        QApplication.processEvents()
        assert "font-size: 52pt" in qapp.styleSheet() and "font-size: 26pt" not in qapp.styleSheet()
    finally:
        qapp.setFont(font)
        qapp.setStyleSheet(sheet)
