"""A map's first visit: every card made at once, a screenful of them on the page, the rest joining just after."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from equity_desktop.gui.pages.map_page import FIRST_CARDS
from equity_desktop.gui.rating_card import RatingCard


def _on_page(page) -> list[RatingCard]:
    """The cards laid out on the page, top to bottom."""
    items = (page.content.itemAt(index).widget() for index in range(page.content.count()))
    return [widget for widget in items if isinstance(widget, RatingCard)]


def test_the_first_visit_shows_a_screenful_and_the_rest_of_the_cards_follow(demo_window, qtbot):
    demo_window.workspace.navigator.select("s4.map")
    page = demo_window.workspace.current_page()
    stage = demo_window.framework.stage("s4")
    conditions = [c.id for component in demo_window.framework.components for c in stage.conditions_for(component.id)]
    assert list(page.cards) == conditions  # every card exists at once: the counter, search and ratings see them all
    assert page.counter.text().endswith(f"of {len(conditions)} conditions rated")
    assert len(_on_page(page)) == FIRST_CARDS < len(conditions)
    qtbot.waitUntil(lambda: len(_on_page(page)) == len(conditions))
    assert [card.item_id for card in _on_page(page)] == conditions and all(c.isVisible() for c in _on_page(page))
    assert all(label.isVisible() for label, _cards in page._sections)


def test_a_jump_to_a_card_not_yet_on_the_page_scrolls_to_it(demo_window, qtbot):
    stage = demo_window.framework.stage("s3")
    last = stage.conditions_for("pa")[-1].id
    page = demo_window.workspace.show_page("s3.map", last)  # as a search result or the strip's link does
    card = page.cards[last]
    assert card.hasFocus()
    top = card.mapTo(page.scroll.viewport(), QPoint(0, 0)).y()
    assert 0 <= top and top + card.height() <= page.scroll.viewport().height()


def test_down_from_the_last_card_placed_moves_to_the_next(demo_window, qtbot):
    page = demo_window.workspace.show_page("s2.map")
    cards = list(page.cards.values())
    qtbot.mouseClick(cards[FIRST_CARDS - 1], Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
    qtbot.keyClick(cards[FIRST_CARDS - 1], Qt.Key.Key_Down)
    assert cards[FIRST_CARDS].hasFocus()
