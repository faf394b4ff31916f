"""Visible focus (WCAG 2.4.7): every control the Tab key reaches on the main pages looks different while it has
the keyboard focus — the style sheet's own frames (cards, rating buttons, the workshop button) as much as the
style's focus rectangles. A control styled by the sheet loses the style's focus frame unless the sheet draws one;
this test catches a rule that forgot it, in light, dark and high-contrast colours."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from equity_desktop.gui import theme

PAGES = ("profile", "team", "s1.actions", "s2.map", "s3.benchmarks", "plan", "data")
TABS_PER_PAGE = 40


def _image(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def _unmarked_stops(qtbot, window, page_key: str) -> tuple[int, list[str]]:
    """Tab through the page as a person does; each control is drawn while it has the focus and again once Tab
    has moved on. How many were reached, and those that looked the same both times."""
    page = window.workspace.show_page(page_key)
    qtbot.waitUntil(page.isVisible)
    page.setFocus(Qt.FocusReason.TabFocusReason)
    seen: list[QWidget] = []
    unmarked: list[str] = []
    previous: tuple[QWidget, QImage] | None = None
    for _ in range(TABS_PER_PAGE):
        qtbot.keyClick(QApplication.focusWidget() or page, Qt.Key.Key_Tab)
        QApplication.processEvents()
        if previous is not None and previous[1] == _image(previous[0]):
            widget = previous[0]
            unmarked.append(f"{page_key}: {type(widget).__name__} {widget.objectName() or widget.accessibleName()}")
        widget = QApplication.focusWidget()
        if widget is None or widget in seen or not page.isAncestorOf(widget):
            break
        seen.append(widget)
        previous = None
        if isinstance(widget, QAbstractScrollArea) and widget.viewport().width() > 600:
            continue  # a page-wide text or table: its frame is the mark, checked on the smaller ones
        previous = (widget, _image(widget))
    return len(seen), unmarked


@pytest.mark.parametrize("colours", ["light", "dark", "high contrast"])
def test_every_control_tab_reaches_shows_that_it_has_the_focus(qtbot, qapp, demo_window, colours):
    palette, sheet = qapp.palette(), qapp.styleSheet()
    if colours == "dark":
        qapp.setPalette(theme.dark_desktop_palette())
    theme.apply(qapp, high_contrast=colours == "high contrast")
    try:
        demo_window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is demo_window)
        checked, unmarked = 0, []
        for key in PAGES:
            reached, found = _unmarked_stops(qtbot, demo_window, key)
            checked += reached
            unmarked += found
        assert checked > 40  # the pages' controls were reached
        assert unmarked == [], "\n".join(unmarked)
    finally:
        qapp.setPalette(palette)
        qapp.setStyleSheet(sheet)
