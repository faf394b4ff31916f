"""Small helpers shared by the GUI tests."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QMessageBox,
    QScrollArea,
    QTableWidget,
    QTextBrowser,
    QWidget,
)

from equity_desktop.gui.translation import install_translations

FLAG = re.compile(r"--[a-z]")  # a command-line option, which no sentence in a window may name


def find_box(window, name: str) -> QMessageBox:
    """The message box named `name` (errorBox, readOnlyBox) that `window` opened."""
    box = window.findChild(QMessageBox, name)
    assert box is not None, f"no {name} was shown"
    return box


def choose(qtbot, combo, text: str) -> None:
    """Pick an item of a drop-down as a person does from the keyboard: open its list (Alt+Down), go down to the
    item, press Enter."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if view.currentIndex().data().startswith(text):
            break
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert not combo.view().isVisible()
    assert combo.currentText().startswith(text), combo.currentText()


def visible_texts(*windows: QWidget) -> list[str]:
    """Every text a person can see in `windows` (and their tooltips): labels, buttons, text panes, table cells."""
    texts = []
    for window in windows:
        for widget in [window, *window.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            texts += [widget.windowTitle(), widget.toolTip(), widget.accessibleName()]
            if isinstance(widget, (QLabel, QAbstractButton)):
                texts.append(widget.text())
            elif isinstance(widget, QTextBrowser):
                texts.append(widget.toPlainText())
            elif isinstance(widget, QTableWidget):
                texts += [widget.item(r, c).text() + widget.item(r, c).toolTip() for r in range(widget.rowCount())
                          for c in range(widget.columnCount()) if widget.item(r, c)]
    return texts


def window_language(code: str):
    """The window's catalogues for `code` installed (as `LANG` or Preferences would), then English again, as a
    generator for a fixture to yield from: yields what was installed."""
    app = QApplication.instance()
    installed = install_translations(app, code)
    yield installed
    for translator in installed:
        app.removeTranslator(translator)
    install_translations(app, "en")  # the window's words and framework back to English for the next test


def visit_every_page(qtbot, window, fits, *, host_scrolls_down: bool = True) -> list[str]:
    """Walk down the navigator with the Down key as a person does; after each page is shown, `fits(window)` holds
    and the page needs no sideways scrolling: neither the scroll area it sits in nor its own panels scroll
    sideways (its tables may: a person widens a column). Without `host_scrolls_down` the scroll area the page
    sits in may not scroll down either (the page's own lists and text do). The pages' keys, in the order
    reached."""
    workspace = window.workspace
    navigator = workspace.navigator
    navigator.setFocus()
    qtbot.keyClick(navigator, Qt.Key.Key_Home)
    seen = []
    for _ in range(len(navigator.keys()) * 3):  # stage headings are rows too: more presses than pages
        key = navigator.current_key()
        if key and key not in seen:
            seen.append(key)
            host = workspace.host(key)
            qtbot.waitUntil(lambda host=host: host.isVisible())
            fits(window)
            page = workspace.pages[key]
            assert page.minimumSizeHint().width() <= host.viewport().width(), key  # no sideways scrolling
            inner = [area.horizontalScrollBar() for area in page.findChildren(QScrollArea) if area.isVisible()]
            bars = (host.horizontalScrollBar(), *inner, *(() if host_scrolls_down else (host.verticalScrollBar(),)))
            qtbot.waitUntil(lambda bars=bars: not any(bar.isVisible() for bar in bars), timeout=2000)
        qtbot.keyClick(navigator, Qt.Key.Key_Down)
    return seen
