"""The main window: opening a review, the navigator and its pages, and refusing bad files kindly."""

from __future__ import annotations

import sqlite3

from helpers import find_box
from PySide6.QtCore import Qt

from equity_desktop.core.review.store import ReviewStore
from equity_desktop.gui.pages.map_page import MapPage


def test_opens_the_demo_on_the_earliest_stage_in_work(window, demo_copy, qtbot):
    with qtbot.waitSignal(window.review_opened):
        assert window.open_review(demo_copy)
    assert window.windowTitle() == "Cedar Grove Magnet Elementary School — Equity Desktop"
    assert window.outer.currentWidget() is window.workspace
    assert window.workspace.navigator.current_key() == "s2.overview"
    assert "Stage 2 · Early Implementation" in window.workspace.current_page().toPlainText()


def test_navigator_lists_every_page_and_each_opens(demo_window):
    workspace = demo_window.workspace
    keys = workspace.navigator.keys()
    assert keys[:3] == ["guide", "profile", "team"]
    assert keys[-3:] == ["data", "plan", "export"]
    assert len(keys) == 3 + 4 * 4 + 3
    for key in keys:
        workspace.navigator.select(key)
        assert workspace.stack.currentWidget() is workspace.host(key)
        assert workspace.host(key).isAncestorOf(workspace.pages[key])
    assert isinstance(workspace.pages["s3.map"], MapPage)
    assert type(workspace.pages["data"]).__name__ == "DataPage"
    assert type(workspace.pages["plan"]).__name__ == "ActionPlanPage"
    assert type(workspace.pages["export"]).__name__ == "ExportPage"
    assert not workspace.navigator.findItems("(coming)", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive)


def test_pages_are_built_only_when_first_shown(demo_window):
    assert set(demo_window.workspace.pages) == {"s2.overview"}


def test_close_returns_to_the_start_page_and_releases_the_file(demo_window, demo_copy, qtbot):
    with qtbot.waitSignal(demo_window.review_closed):
        demo_window.close_action.trigger()
    assert demo_window.session is None and demo_window.windowTitle() == "Equity Desktop"
    assert demo_window.outer.currentWidget() is demo_window.start_page
    assert not demo_window.close_action.isEnabled()
    ReviewStore.open(demo_copy).close()  # the lock was released


def test_bad_file_shows_its_sentence(window, tmp_path):
    bad = tmp_path / "notes.eqreview"
    bad.write_text("not a review")
    assert not window.open_review(bad)
    box = find_box(window, "errorBox")
    assert box.isVisible() and "is not an Equity Desktop review" in box.text()
    assert window.session is None
    box.close()


def test_corrupt_file_shows_its_sentence_and_is_not_changed(window, demo_copy):
    data = bytearray(demo_copy.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # smash a page in the middle
    demo_copy.write_bytes(bytes(data))
    assert not window.open_review(demo_copy)
    box = find_box(window, "errorBox")
    assert "damaged" in box.text() or "not an Equity Desktop review" in box.text()
    assert demo_copy.read_bytes() == bytes(data)
    box.close()


def test_newer_file_shows_its_sentence(window, demo_copy):
    with sqlite3.connect(demo_copy) as conn:
        conn.execute("PRAGMA user_version = 99")
    assert not window.open_review(demo_copy)
    box = find_box(window, "errorBox")
    assert "newer version of Equity Desktop" in box.text()
    box.close()


def test_review_in_use_is_offered_read_only(window, demo_copy, qtbot):
    holder = ReviewStore.open(demo_copy)
    try:
        assert not window.open_review(demo_copy)
        box = find_box(window, "readOnlyBox")
        assert "open in another copy" in box.text()
        with qtbot.waitSignal(window.review_opened):
            box.accept()
        assert window.session.read_only
        assert "(read-only)" in window.windowTitle()
        assert "Read-only" in window.save_state.text()
    finally:
        window.close_review()
        holder.close()


def test_opening_the_open_review_again_does_nothing(demo_window, demo_copy):
    session = demo_window.session
    assert demo_window.open_review(demo_copy)
    assert demo_window.session is session
