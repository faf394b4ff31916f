"""A 1024×600 screen (a school netbook, an old projector): every page, the workshop view and ballot mode fit it.

Each page is visited as a person does, from the navigator with the keyboard; the window must never ask for
more than 1024×600, and no page may need its scroll area's sideways bar (a page that fits scrolls only down).
"""

from __future__ import annotations

import pytest
from helpers import visit_every_page
from PySide6.QtCore import QRect, Qt

from equity_desktop.core.review import ballots
from equity_desktop.core.review.store import ReviewStore
from equity_desktop.gui.app_settings import AppSettings
from equity_desktop.gui.main_window import FIRST_SIZE, MainWindow

SMALL = (1024, 600)


def _fits(window) -> None:
    hint, minimum = window.minimumSizeHint(), window.minimumSize()
    assert max(hint.width(), minimum.width()) <= SMALL[0], hint
    assert max(hint.height(), minimum.height()) <= SMALL[1], hint


def _visit_every_page(qtbot, window) -> list[str]:
    """Every page from the navigator: the window keeps its size, nothing scrolls sideways, the page's scroll area
    not even down (its own lists and text scroll)."""
    def fits(window) -> None:
        _fits(window)
        assert window.size().toTuple() == SMALL  # the window kept its size: nothing pushed it wider

    return visit_every_page(qtbot, window, fits, host_scrolls_down=False)


def test_every_page_and_the_workshop_view_fit_1024_by_600(qtbot, demo_window):
    demo_window.resize(*SMALL)
    seen = _visit_every_page(qtbot, demo_window)
    assert seen == demo_window.workspace.navigator.keys()
    demo_window.workspace.show_page("s2.map")
    qtbot.keyClick(demo_window, Qt.Key.Key_F5)
    assert demo_window.workshop is not None
    assert demo_window.workshop.minimumSizeHint().width() <= SMALL[0]
    _fits(demo_window)
    qtbot.keyClick(demo_window.workshop, Qt.Key.Key_Escape)
    assert demo_window.workshop is None
    assert demo_window.size().toTuple() == SMALL  # full screen gave the window back its own size
    _fits(demo_window)


def test_ballot_mode_fits_1024_by_600_and_shows_more_than_one_card(qtbot, window, demo_copy, tmp_path):
    with ReviewStore.open(demo_copy) as review:
        ballot, = ballots.prepare_ballots(review, tmp_path, ["Ana Ruiz"], "s1")
    assert window.open_review(ballot)
    window.resize(*SMALL)
    _visit_every_page(qtbot, window)
    page = window.workspace.show_page("s1.map")
    qtbot.waitUntil(page.isVisible)
    cards = [c for c in page.cards.values() if c.visibleRegion().boundingRect().height() == c.height()]
    assert len(cards) >= 2  # whole cards in view, not one cut off under the banner


def test_the_strip_folds_into_one_line_and_the_choice_is_remembered(qtbot, window, demo_copy, settings):
    assert window.open_review(demo_copy)
    window.resize(*SMALL)
    strip = window.workspace.strip
    qtbot.waitUntil(strip.isVisible)
    tall = strip.height()
    qtbot.mouseClick(strip.collapse_button, Qt.MouseButton.LeftButton)
    assert strip.collapsed and strip.summary.isVisible() and not strip.cells["de"][0].isVisible()
    assert "Diversity and Equity stage" in strip.summary.text()
    qtbot.waitUntil(lambda: strip.height() < tall / 2)  # one line (two at most), not six rows
    assert not window.strip_action.isChecked()
    window.close_review()
    assert window.open_review(demo_copy)
    assert window.workspace.strip.collapsed  # remembered for the next review
    assert AppSettings(settings.qsettings).strip_collapsed()
    window.strip_action.trigger()  # View → Placement Strip in Full
    assert not window.workspace.strip.collapsed and window.workspace.strip.cells["de"][0].isVisible()


@pytest.mark.parametrize("free", [QRect(0, 0, 1366, 728), QRect(0, 0, 1024, 570)])
def test_the_first_window_fits_the_screens_free_area(qtbot, settings, tmp_path, monkeypatch, free):
    from PySide6.QtGui import QScreen

    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: free)
    window = MainWindow(settings, data_dir=tmp_path / "data")
    qtbot.addWidget(window)
    assert window.width() <= free.width() - 16 and window.height() <= free.height() - 48
    assert window.width() == min(FIRST_SIZE[0], free.width() - 16)
    assert not window.strip_action.isChecked()  # a short screen starts with the placement strip folded


@pytest.mark.parametrize(("size", "may_scroll"), [((1024, 600), True), ((1366, 768), False)])
def test_the_plans_action_column_stays_readable(qtbot, demo_window, size, may_scroll):
    from equity_desktop.gui.first_column import FIRST_MINIMUM

    demo_window.resize(*size)
    page = demo_window.workspace.show_page("plan")
    table = page.item_table
    qtbot.waitExposed(table)
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(0) >= FIRST_MINIMUM)  # never "Raise the…"
    words = table.fontMetrics().horizontalAdvance("Raise the share of Hispanic/Latino")
    assert header.sectionSize(0) > words
    # On a laptop every column fits; on a netbook the long names give way first, then the table may scroll.
    if not may_scroll:
        qtbot.waitUntil(lambda: not table.horizontalScrollBar().isVisible())
    assert all(header.sectionSize(column) >= 64 for column in (1, 2, 4))
