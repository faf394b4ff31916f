"""GUI fixtures: a main window whose settings and data folder live in the test's temporary folder."""

from __future__ import annotations

import pytest
from helpers import window_language
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from equity_desktop.gui.app_settings import AppSettings
from equity_desktop.gui.main_window import MainWindow


@pytest.fixture
def settings(tmp_path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, settings, tmp_path):
    win = MainWindow(settings, data_dir=tmp_path / "data")
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    win.close_review()
    for box in win.findChildren(QMessageBox):  # a test's error box must not outlive it
        box.done(0)


@pytest.fixture
def demo_window(window, demo_copy):
    """The main window with a copy of the demo review open."""
    assert window.open_review(demo_copy)
    return window



@pytest.fixture
def spanish(qapp):
    """The window in Spanish for one test."""
    yield from window_language("es")
