"""Starting the program: `equity-desktop FILE.eqreview` opens that review in the GUI."""

from __future__ import annotations

from pathlib import Path

from equity_desktop.cli import main as cli
from equity_desktop.gui import app


def test_a_review_argument_opens_the_gui_on_it(monkeypatch):
    opened = []
    monkeypatch.setattr(app, "run_gui", lambda review: opened.append(review) or 0)
    assert cli.main(["School.eqreview"]) == 0
    assert cli.main([]) == 0
    assert opened == [Path("School.eqreview"), None]


def test_application_carries_name_version_and_style(qapp):
    application = app.make_application()
    assert application is qapp
    assert application.applicationName() == "Equity Desktop"
    assert "ratingCard" in application.styleSheet()


def test_a_file_open_event_opens_that_review(qtbot, qapp, settings, demo_copy, tmp_path):
    # What macOS sends when a .eqreview is double-clicked in Finder.
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFileOpenEvent

    from equity_desktop.gui.main_window import MainWindow

    window = MainWindow(settings=settings, data_dir=tmp_path, show_start_page=True)
    qtbot.addWidget(window)
    events = app.FileOpenEvents(window)
    qapp.installEventFilter(events)
    try:
        assert QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(demo_copy)))
        qtbot.waitUntil(lambda: window.session is not None)
        assert window.session.path == demo_copy
    finally:
        qapp.removeEventFilter(events)
        window.close()
