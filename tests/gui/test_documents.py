"""Document handling: start page, recent files, New, Save a Copy, drag and drop, settings remembered."""

from __future__ import annotations

from pathlib import Path

from helpers import find_box
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QPushButton

from equity_desktop.gui.app_settings import AppSettings
from equity_desktop.gui.main_window import MainWindow


def test_start_page_lists_recent_reviews_with_school_and_progress(window, demo_copy, qtbot):
    assert window.outer.currentWidget() is window.start_page
    assert "No recent reviews" in window.start_page.recent.item(0).text()
    window.open_review(demo_copy)
    window.close_review()
    entry = window.start_page.recent.item(0)
    assert entry.text().startswith("Cedar Grove Magnet Elementary School — Riverbend Unified School District")
    assert " of 89 map conditions rated" in entry.text()
    with qtbot.waitSignal(window.review_opened):
        window.start_page.recent.itemClicked.emit(entry)
    assert window.session.path == demo_copy.resolve() or window.session.path == demo_copy


def test_a_recent_review_that_is_gone_says_so(window, demo_copy):
    window.open_review(demo_copy)
    window.close_review()
    demo_copy.unlink()
    window.start_page.show_recent(window.settings.recent_files(), window.framework)
    assert "was not found" in window.start_page.recent.item(0).text()


def test_open_the_demo_from_the_start_page(window, qtbot):
    with qtbot.waitSignal(window.review_opened):
        qtbot.mouseClick(window.start_page.findChild(QPushButton, "demoButton"), Qt.MouseButton.LeftButton)
    assert window.session.profile.school == "Cedar Grove Magnet Elementary School"
    assert window.session.path.parent == window.data_dir


def test_recent_menu_and_geometry_survive_a_restart(window, demo_copy, settings, tmp_path, qtbot):
    window.open_review(demo_copy)
    window.resize(800, 560)  # within the offscreen screen (800×800), and no narrower than a review's window can be
    window.close()
    again = MainWindow(AppSettings(settings.qsettings), data_dir=tmp_path / "data")
    qtbot.addWidget(again)
    assert abs(again.width() - 800) <= 20  # not the default 1280: restored (give or take the frame)
    again.recent_menu.aboutToShow.emit()
    assert [a.text() for a in again.recent_menu.actions()] == [str(demo_copy.resolve())]
    again.recent_menu.actions()[0].trigger()
    assert again.session is not None
    again.close_review()


def test_new_review_refuses_an_existing_file(window, demo_copy, qtbot):
    from equity_desktop.core.review.document import SchoolProfile

    assert not window.create_review(demo_copy, SchoolProfile("X", "Y"))
    assert "already exists" in find_box(window, "errorBox").text()


def test_save_a_copy_keeps_working_on_the_original(demo_window, tmp_path):
    copy = tmp_path / "copy for district.eqreview"
    original = demo_window.session.path
    assert demo_window.save_copy_to(copy)
    assert copy.exists() and demo_window.session.path == original


def test_save_a_copy_of_a_read_only_review_opens_the_copy(window, demo_copy, tmp_path):
    window.open_review(demo_copy, read_only=True)
    mine = tmp_path / "mine.eqreview"
    assert window.save_copy_to(mine)
    assert window.session.path == mine and not window.session.read_only


def test_dropping_a_review_on_the_window_opens_it(window, demo_copy, qtbot):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(demo_copy))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.review_opened):
        window.dropEvent(event)
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile("/tmp/photo.png")])
    assert MainWindow._dropped(other) is None
    assert MainWindow._dropped(mime) == Path(demo_copy)


def test_standard_shortcuts(window):
    assert window.open_action.shortcut().toString() == "Ctrl+O"
    assert window.new_action.shortcut().toString() == "Ctrl+N"
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in [s.toString() for s in window.redo_action.shortcuts()]
    assert window.find_action.shortcut().toString() == "Ctrl+F"


def test_about_shows_version_citation_and_licences(window):
    from equity_desktop import __version__

    window.about_action.trigger()
    text = window.about_dialog.text.toPlainText()
    assert f"Equity Desktop {__version__}" in text
    assert window.framework.citation in text
    assert "PySide6" in text and "LGPL" in text and "openpyxl" in text
