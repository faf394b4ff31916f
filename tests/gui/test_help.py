"""Help → Equity Desktop Guide (F1): the built-in guide, opened at the section about the page on screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence


def _press_f1(qtbot, window, widget=None):
    qtbot.keyClick(widget or window, Qt.Key.Key_F1)
    help_window = window.help_window
    qtbot.waitUntil(help_window.isVisible)
    return help_window


def _top_line(help_window) -> str:
    """The text at the top of the guide's visible part."""
    browser = help_window.browser
    return browser.cursorForPosition(QPoint(4, 4)).block().text()


def test_f1_opens_the_guide_at_the_section_of_the_page_shown(qtbot, demo_window):
    page = demo_window.workspace.show_page("data")
    qtbot.waitUntil(page.isVisible)
    help_window = _press_f1(qtbot, demo_window)
    assert _top_line(help_window) == "Minority group isolation (MGI)"
    assert not help_window.isModal()  # read beside the page it explains
    demo_window.activateWindow()
    demo_window.workspace.show_page("s2.benchmarks")
    _press_f1(qtbot, demo_window)
    assert _top_line(help_window) == "The rating scale"


def test_f1_in_the_workshop_view_explains_the_workshop(qtbot, demo_window):
    demo_window.workspace.show_page("s1.map")
    qtbot.keyClick(demo_window, Qt.Key.Key_F5)
    assert demo_window.workshop is not None
    help_window = _press_f1(qtbot, demo_window, demo_window.workshop)
    assert _top_line(help_window) == "Running a workshop"


def test_the_guide_states_the_rules_with_their_sources_and_this_computers_places(qtbot, window, settings):
    help_menu = window.menuBar().actions()[-1].menu()
    assert window.help_action in help_menu.actions()
    assert window.help_action.shortcut() == QKeySequence(Qt.Key.Key_F1)
    help_window = _press_f1(qtbot, window)  # from the start page too: at the top
    text = help_window.browser.toPlainText()
    assert _top_line(help_window) == "Equity Desktop guide"
    for rule in ("Not started · Emerging · Progressing · In place", "Not met · Partly met · Met",
                 "earliest stage whose map conditions for that component are not all In place",
                 "as used by Miami-Dade County Public Schools", "by more than 10 percentage points",
                 "34 CFR 280.4", "more than 50 % of its enrollment", "2 points a year toward its district share",
                 "34 CFR 300.647", "Magnet School Development Framework"):
        assert rule in text.replace("\u00a0", " "), rule
    assert settings.qsettings.fileName() in text and str(window.data_dir) in text and "{" not in text
