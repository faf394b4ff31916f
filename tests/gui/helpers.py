"""Small helpers shared by the GUI tests."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QMessageBox, QTableWidget, QTextBrowser, QWidget

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
