"""The Data & MGI charts: drawn in a thread once shown, so the page appears at once and its charts follow."""

from __future__ import annotations

from helpers import choose
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

CHART_TIMEOUT = 20_000  # the first chart imports reportlab in its thread; slow on a loaded CI machine


def _dark_pixels(chart) -> int:
    """Pixels of the chart on screen as dark as the school's bars and the lines (a blank chart has none)."""
    image = chart.grab().toImage()
    return sum(QColor(image.pixel(x, y)).red() < 80 for x in range(0, image.width(), 3)
               for y in range(0, image.height(), 3))


def test_the_charts_appear_on_the_data_page_drawn_off_the_gui_thread(demo_window, qtbot):
    demo_window.workspace.navigator.select("data")
    page = demo_window.workspace.pages["data"]
    isolation, trends = page.isolation_chart, page.trend_chart
    # The page is on screen and the window did not wait for the chart: room is kept for it.
    assert page.isVisible() and not isolation.is_drawn() and isolation.height() > 100
    qtbot.waitUntil(isolation.is_drawn, timeout=CHART_TIMEOUT)
    assert isolation.height() > 100 and _dark_pixels(isolation) > 50
    assert "Black or African American over-represented" in isolation.accessibleDescription()

    assert not trends.is_drawn()  # its tab was never opened: it was not drawn
    tabs = page.tabs.tabBar()
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(1).center())
    qtbot.waitUntil(trends.is_drawn, timeout=CHART_TIMEOUT)
    assert _dark_pixels(trends) > 50


def test_another_year_replaces_the_chart_once_drawn(demo_window, qtbot):
    demo_window.workspace.navigator.select("data")
    page = demo_window.workspace.pages["data"]
    chart = page.isolation_chart
    qtbot.waitUntil(chart.is_drawn, timeout=CHART_TIMEOUT)
    drawn: list[bool] = []
    chart.drawn.connect(lambda: drawn.append(True))
    choose(qtbot, page.year_combo, "2022-23")
    assert not chart.is_drawn() and "2022-23" in chart.accessibleDescription()
    qtbot.waitUntil(chart.is_drawn, timeout=CHART_TIMEOUT)
    assert drawn == [True]
