"""Small helpers shared by the GUI tests."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox


def find_box(window, name: str) -> QMessageBox:
    """The message box named `name` (errorBox, readOnlyBox) that `window` opened."""
    box = window.findChild(QMessageBox, name)
    assert box is not None, f"no {name} was shown"
    return box
