"""Words on screen (issue 18, item 14): counts said with proper plurals, and the framework's text without the
printed book's "on the next page"."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLabel

from equity_desktop.core.review.scales import Rating


def test_a_maps_introduction_does_not_send_the_reader_to_the_next_page(demo_window):
    page = demo_window.workspace.show_page("s1.map")
    intro = page.findChild(QLabel, "pageIntro")
    assert intro.isVisible()
    assert "next page" not in intro.text()
    assert intro.text().startswith("Review the \u201cStage 1: Planning Map\u201d to understand what happens")


def test_the_stage_overview_counts_conditions_with_proper_plurals(demo_window):
    session, framework = demo_window.session, demo_window.framework
    stage = framework.stage("s2")
    conditions = stage.conditions_for("fe")
    for condition in conditions[:-1]:  # all but one of Family Engagement's stage-2 conditions In place
        session.rate(condition.id, Rating.IN_PLACE)
    for condition in framework.stage("s1").conditions_for("fe"):
        session.rate(condition.id, Rating.IN_PLACE)
    session.rate(conditions[-1].id, Rating.EMERGING)
    text = demo_window.workspace.show_page("s2.overview").toPlainText()
    assert "(s)" not in text
    assert "Family Engagement — working in this stage: 1 condition not yet In place" in text
    for number, word in re.findall(r"(\d+) (conditions?) not yet", text):
        assert word == ("condition" if number == "1" else "conditions")
