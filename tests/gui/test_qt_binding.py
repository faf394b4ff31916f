"""The Qt binding itself must be sound: PySide6 6.12.0 dropped a reference to None on every void call,
which crashed the program ("deallocating None") after some minutes of rating. This catches such a release."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QToolButton


def test_void_calls_keep_none_and_bools_alive(qtbot):
    label, button = QLabel(), QToolButton()
    qtbot.addWidget(label)
    qtbot.addWidget(button)
    button.setCheckable(True)
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for n in range(200):
        label.setText("x")
        label.setToolTip("y")
        button.setChecked(n % 2 == 0)
        label.property("missing")
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    assert all(a - b > -20 for a, b in zip(after, before)), (
        f"the Qt binding leaks references to None/True/False ({before} -> {after}); pin another PySide6 version")
