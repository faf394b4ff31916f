"""What the window's start-up leaves out where it is not needed (bench/bench_cold_start.py measures it)."""

from __future__ import annotations

import sys

import pytest

from equity_desktop.gui import app


@pytest.mark.parametrize(("platform", "watched"), [("linux", False), ("win32", False), ("darwin", True)])
def test_only_macos_watches_every_event_for_file_opens(qtbot, qapp, settings, tmp_path, monkeypatch, platform,
                                                        watched):
    from equity_desktop.gui.main_window import MainWindow

    window = MainWindow(settings=settings, data_dir=tmp_path, show_start_page=True)
    qtbot.addWidget(window)
    monkeypatch.setattr(sys, "platform", platform)
    events = app.watch_file_open_events(qapp, window)
    try:
        assert isinstance(events, app.FileOpenEvents) is watched
    finally:
        if events is not None:
            qapp.removeEventFilter(events)
