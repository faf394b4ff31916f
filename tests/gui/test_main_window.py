"""The main window opens a review, shows each component's stage with its reasons, and refuses bad files kindly."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from equity_desktop.core.store import ReviewStore
from equity_desktop.gui.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close_review()


def cell(table, row, column):
    return table.item(row, column).text()


def test_opens_the_demo(window, demo_copy, qtbot):
    with qtbot.waitSignal(window.review_opened):
        assert window.open_review(demo_copy)
    assert window.windowTitle() == "Cedar Grove Magnet Elementary School — Equity Desktop"
    assert window.pages.currentWidget() is window.review_page
    table = window.placement_table
    assert table.rowCount() == 5
    assert [cell(table, r, 1) for r in range(5)] == ["Full Implementation", "Early Implementation",
                                                     "Full Implementation", "Early Implementation",
                                                     "Full Implementation"]
    assert "s2.map.em.2 Progressing" in cell(table, 1, 2)  # the condition holding Enrollment Management back
    assert "Enrollment management workshops educate staff" in table.item(1, 2).toolTip()


def test_progress_table_shows_readiness_in_words(window, demo_copy):
    window.open_review(demo_copy)
    table = window.progress_table
    assert table.rowCount() == 4
    assert cell(table, 0, 4) == "Yes" and cell(table, 1, 4) == "Not yet"
    assert cell(table, 0, 1) == "15 of 15"


def test_view_follows_the_store(window, demo_copy):
    window.open_review(demo_copy)
    window.store.set_assessment("s2.map.em.2", "in_place")
    window.store.set_assessment("s2.map.em.4", "in_place")
    window.refresh()
    assert cell(window.placement_table, 1, 1) == "Full Implementation"


def test_close_returns_to_the_empty_page(window, demo_copy, qtbot):
    window.open_review(demo_copy)
    with qtbot.waitSignal(window.review_closed):
        window.close_action.trigger()
    assert window.store is None and window.windowTitle() == "Equity Desktop"
    ReviewStore.open(demo_copy).close()  # the lock was released


def test_bad_file_shows_its_sentence(window, tmp_path, qtbot):
    bad = tmp_path / "notes.eqreview"
    bad.write_text("not a review")
    assert not window.open_review(bad)
    box = window.findChild(QMessageBox, "errorBox")
    assert box is not None and box.isVisible()
    assert "is not an Equity Desktop review" in box.text()
    assert window.store is None
    box.close()


def test_review_in_use_is_offered_read_only(window, demo_copy, qtbot):
    holder = ReviewStore.open(demo_copy)
    try:
        assert not window.open_review(demo_copy)
        box = window.findChild(QMessageBox, "readOnlyBox")
        assert "open in another copy" in box.text()
        with qtbot.waitSignal(window.review_opened):
            box.button(QMessageBox.StandardButton.Open).click()
        assert window.store.read_only
        assert "(read-only)" in window.header.text()
    finally:
        holder.close()
