"""Starting the program: `equity-desktop FILE.eqreview` opens that review in the GUI."""

from __future__ import annotations

from pathlib import Path

from equity_desktop import cli
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
