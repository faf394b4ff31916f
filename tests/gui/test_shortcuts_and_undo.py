"""The main window's keys and its undo names: each key once, Redo from the keyboard, Undo named as people
name the item, the toolbar never pushing the search box away (issue 18, items 2 and 4)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QToolButton

from equity_desktop.core.review.scales import Rating
from equity_desktop.gui import shortcuts
from equity_desktop.gui.main_window import MainWindow

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
INTERNAL_ID = re.compile(r"\bs\d\.(map|ka|bench)\.")
# Each platform's standard keys as its Qt theme gives them (Linux: the generic X11 theme under Xvfb).
PLATFORMS = {
    "linux": {QKeySequence.StandardKey.Redo: ["Ctrl+Shift+Z"], QKeySequence.StandardKey.FullScreen: []},
    "windows": {QKeySequence.StandardKey.Redo: ["Ctrl+Y", "Alt+Shift+Backspace", "Ctrl+Shift+Z"],
                QKeySequence.StandardKey.FullScreen: ["F11", "Alt+Enter"]},
}


def every_action(window) -> list[QAction]:
    """The window's actions wherever they sit: its own, its menus', its toolbar's and its pages'."""
    found = set(window.findChildren(QAction))
    for menu in window.menuBar().actions():
        found |= set(menu.menu().actions()) if menu.menu() else set()
    found |= set(window.toolbar.actions())
    for widget in window.findChildren(QToolButton):
        found |= set(widget.actions())
    return [action for action in found if action.isEnabled() and not action.isSeparator()]


def shared_keys(window) -> dict[str, list[str]]:
    owners: dict[str, list[str]] = {}
    for action in every_action(window):
        for key in action.shortcuts():
            owners.setdefault(key.toString(), []).append(action.objectName() or action.text())
    return {key: names for key, names in owners.items() if len(names) > 1}


def visit_every_page(window) -> None:
    for key in window.workspace.navigator.keys():
        window.workspace.navigator.select(key)


def test_no_two_enabled_actions_share_a_key(demo_window):
    visit_every_page(demo_window)
    assert shared_keys(demo_window) == {}


@pytest.mark.parametrize("platform", PLATFORMS)
def test_each_platform_gets_every_key_once_ctrl_y_and_a_full_screen_key(platform, qtbot, settings, tmp_path,
                                                                       monkeypatch, demo_copy):
    bindings = PLATFORMS[platform]
    real = shortcuts.platform_keys
    monkeypatch.setattr(shortcuts, "platform_keys", lambda standard: [QKeySequence(k) for k in bindings[standard]]
                        if standard in bindings else real(standard))
    window = MainWindow(settings, data_dir=tmp_path / "data")
    qtbot.addWidget(window)
    assert window.open_review(demo_copy)
    visit_every_page(window)
    assert shared_keys(window) == {}
    redo = [key.toString() for key in window.redo_action.shortcuts()]
    assert "Ctrl+Shift+Z" in redo and "Ctrl+Y" in redo and len(redo) == len(set(redo))
    assert window.full_screen_action.shortcut().toString() == "F11"
    window.close_review()


def _rate_with_the_keyboard(window, qtbot, item_id: str, key: Qt.Key):
    page = window.workspace.show_page("s4.map", item_id)
    card = page.cards[item_id]
    assert card.hasFocus()
    qtbot.keyClick(card, key)
    return card


def test_ctrl_shift_z_and_ctrl_y_redo_an_edit(demo_window, qtbot):
    demo_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is demo_window)
    item = next(c.id for c in demo_window.framework.stage("s4").conditions
                if demo_window.session.assessment(c.id).value is Rating.UNRATED)
    card = _rate_with_the_keyboard(demo_window, qtbot, item, Qt.Key.Key_2)
    value = lambda: demo_window.session.assessment(item).value  # noqa: E731
    assert value() is Rating.EMERGING
    for redo in ((Qt.Key.Key_Z, CTRL | SHIFT), (Qt.Key.Key_Y, CTRL)):
        qtbot.keyClick(card, Qt.Key.Key_Z, CTRL)
        assert value() is Rating.UNRATED
        qtbot.keyClick(card, *redo)
        assert value() is Rating.EMERGING, f"{QKeySequence(redo[1].value | redo[0].value).toString()} did not redo"


def test_undo_names_the_item_by_its_number_and_text_never_its_id(demo_window, qtbot):
    stage = demo_window.framework.stage("s4")
    condition = next(c for c in stage.conditions if demo_window.session.assessment(c.id).value is Rating.UNRATED)
    _rate_with_the_keyboard(demo_window, qtbot, condition.id, Qt.Key.Key_4)
    text = demo_window.undo_action.text().replace("&", "")
    component = demo_window.framework.component(condition.component_id).name
    assert text.startswith(f"Undo Rate Stage 4 · {component} {condition.number} \u201c"), text
    assert text.endswith("\u201d as In place") and condition.text.split()[0] in text
    assert not INTERNAL_ID.search(text)
    assert demo_window.undo_action.toolTip().endswith(f"({demo_window.undo_action.shortcut().toString()})")


def test_a_long_undo_name_leaves_the_search_box_on_the_toolbar_and_ctrl_f_reaches_it(demo_window, qtbot):
    demo_window.resize(1024, 600)
    demo_window.workspace.show_page("plan")
    title = ("Raise the share of Black or African American students from 4.7 % toward the district's 21.3 % by "
             "two points a year through outreach at every feeder school and open houses in three languages")
    assert demo_window.session.new_item(demo_window.session.plan.items[0]._replace(title=title)) is not None
    undo = demo_window.undo_action.text().replace("&", "")
    assert undo.startswith("Undo Add action item Raise the share") and undo.endswith("…")
    assert len(undo) <= len("Undo ") + 90
    button = demo_window.toolbar.widgetForAction(demo_window.undo_action)
    assert button.text() == "Undo"  # the toolbar keeps its width whatever the edit
    search = demo_window.search
    qtbot.waitUntil(search.isVisible)
    right = search.mapTo(demo_window, QPoint(search.width(), 0)).x()
    assert right <= demo_window.width()
    demo_window.workspace.navigator.setFocus()
    qtbot.keyClick(demo_window.workspace.navigator, Qt.Key.Key_F, CTRL)
    assert search.hasFocus() and search.isVisible()
    qtbot.keyClicks(search, "family")
    assert search.text() == "family"


def test_ctrl_f_from_the_workshop_view_shows_the_search_box(demo_window, qtbot):
    demo_window.workspace.show_page("s2.map")
    demo_window.workshop_action.trigger()
    assert not demo_window.toolbar.isVisible()
    demo_window.find_action.trigger()
    assert demo_window.workshop is None
    assert demo_window.search.isVisible() and demo_window.search.hasFocus()


def test_toolbar_tooltips_and_the_view_menu_show_their_keys(demo_window):
    for action in (demo_window.undo_action, demo_window.redo_action, demo_window.workshop_action):
        key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert key and action.toolTip().endswith(f"({key})"), action.toolTip()
    assert not demo_window.full_screen_action.shortcut().isEmpty()
