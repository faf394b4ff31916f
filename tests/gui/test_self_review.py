"""A review walked through the real widgets: create, rate by mouse and keyboard, benchmarks, strip, undo, reopen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from equity_desktop.core.review.scales import BenchmarkStatus, Rating
from equity_desktop.core.review.store import ReviewStore


def stored(path) -> dict:
    """What the file holds, read on a separate read-only connection."""
    with ReviewStore.open(path, read_only=True) as store:
        return store.load().values()


def create_review(window, qtbot, folder):
    window.settings.set_last_folder(folder)
    window.new_action.trigger()
    dialog = window.new_dialog
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # a review needs its school
    qtbot.keyClicks(dialog.school, "Lincoln Magnet Middle School")
    qtbot.keyClicks(dialog.district, "Riverbend USD")
    assert dialog.path() == folder / "Lincoln Magnet Middle School.eqreview"
    with qtbot.waitSignal(window.review_opened):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    return dialog.path()


def strip_cells(window, component_id):
    return [cell.text() for cell in window.workspace.strip.cells[component_id]]


def test_a_whole_session(window, qtbot, tmp_path):
    path = create_review(window, qtbot, tmp_path)
    assert path.exists()
    assert window.windowTitle() == "Lincoln Magnet Middle School — Equity Desktop"
    assert strip_cells(window, "de")[0].startswith("● Here")

    # Rate the three Diversity and Equity conditions of the planning map: one by mouse, two by keyboard.
    page = window.workspace.show_page("s1.map")
    de = [c.id for c in window.framework.stage("s1").conditions_for("de")]
    in_place = next(b for b in page.cards[de[0]].buttons.buttons() if b.property("value") == "in_place")
    qtbot.mouseClick(in_place, Qt.MouseButton.LeftButton)
    assert page.cards[de[0]].hasFocus()
    qtbot.keyClick(page.cards[de[0]], Qt.Key.Key_Down)
    assert page.cards[de[1]].hasFocus()
    qtbot.keyClick(page.cards[de[1]], Qt.Key.Key_4)
    qtbot.keyClick(page.cards[de[1]], Qt.Key.Key_Down)
    qtbot.keyClick(page.cards[de[2]], Qt.Key.Key_0)  # not applicable
    assert stored(path) == {de[0]: Rating.IN_PLACE, de[1]: Rating.IN_PLACE, de[2]: Rating.NOT_APPLICABLE}
    assert page.cards[de[2]].state.text() == "Rating: Not applicable"
    to_go = len(window.framework.stage("s2").conditions_for("de"))
    assert strip_cells(window, "de")[:2] == ["✓ In place", f"● Here — {to_go} to go"]
    assert window.save_state.text().startswith("All changes saved · ")

    # Evidence: typed, saved when the box is left.
    card = page.cards[de[0]]
    qtbot.keyClick(card, Qt.Key.Key_Return)
    assert card.note.hasFocus()
    qtbot.keyClicks(card.note, "Equity policy adopted by the board")
    qtbot.keyClick(card.note, Qt.Key.Key_Escape)
    assert card.hasFocus()
    with ReviewStore.open(path, read_only=True) as store:
        assert store.load().assessments[de[0]].note == "Equity policy adopted by the board"

    # Benchmarks: Met by keyboard; readiness in words.
    benchmarks = window.workspace.show_page("s1.benchmarks")
    assert benchmarks.readiness.text().startswith("Not yet ready to move on: 0 of 4")
    for benchmark in window.framework.stage("s1").benchmarks:
        qtbot.keyClick(benchmarks.cards[benchmark.id], Qt.Key.Key_3)
    assert benchmarks.readiness.text() == "Ready to move on: all 4 benchmarks are met."
    assert all(stored(path)[b.id] is BenchmarkStatus.MET for b in window.framework.stage("s1").benchmarks)

    # Undo the four benchmarks, then the note, then the N/A; redo the N/A.
    window.undo_action.trigger()
    assert benchmarks.readiness.text().startswith("Not yet ready to move on: 3 of 4")
    for _ in range(3):
        window.undo_action.trigger()
    assert benchmarks.readiness.text().startswith("Not yet ready to move on: 0 of 4")
    window.undo_action.trigger()
    assert window.session.store.load().assessments[de[0]].note == ""
    assert page.cards[de[0]].note.toPlainText() == ""
    window.undo_action.trigger()
    assert stored(path)[de[2]] is Rating.UNRATED
    assert page.cards[de[2]].state.text() == "Rating: Unrated"
    window.redo_action.trigger()
    assert stored(path)[de[2]] is Rating.NOT_APPLICABLE
    assert page.cards[de[2]].state.text() == "Rating: Not applicable"

    # Quit and come back: every edit is there.
    expected = stored(path)
    window.close_review()
    assert window.open_review(path)
    assert window.session.values() == expected
    assert window.workspace.show_page("s1.map").cards[de[2]].state.text() == "Rating: Not applicable"


def test_keyboard_delete_clears_and_clicking_the_chosen_rating_again_clears(demo_window, qtbot):
    page = demo_window.workspace.show_page("s2.map")
    card = page.cards["s2.map.em.2"]
    qtbot.keyClick(card, Qt.Key.Key_Delete)
    assert card.value() is Rating.UNRATED
    qtbot.keyClick(card, Qt.Key.Key_2)
    emerging = next(b for b in card.buttons.buttons() if b.property("value") == "emerging")
    qtbot.mouseClick(emerging, Qt.MouseButton.LeftButton)
    assert card.value() is Rating.UNRATED


def test_map_filters_unrated_only_and_one_component(demo_window, qtbot):
    page = demo_window.workspace.show_page("s4.map")
    total = len(page.cards)
    page.unrated_only.setChecked(True)
    unrated = [card for card in page.visible_cards()]
    assert 0 < len(unrated) < total and all(card.value() is Rating.UNRATED for card in unrated)
    page.unrated_only.setChecked(False)
    page.component_filter.setCurrentIndex(page.component_filter.findData("fe"))
    assert {page._component_of[card.item_id] for card in page.visible_cards()} == {"fe"}
    # Jumping to a hidden card lifts the filter.
    hidden = next(i for i, c in page.cards.items() if page._component_of[i] == "de")
    assert page.focus_item(hidden) and page.cards[hidden].isVisible()
    assert len(page.visible_cards()) == total


def test_strip_explains_why_and_its_links_jump_to_the_condition(demo_window, qtbot):
    strip = demo_window.workspace.strip
    qtbot.mouseClick(strip.buttons["em"], Qt.MouseButton.LeftButton)
    assert strip.explanation.isVisible()
    text = strip.explanation.text()
    assert "Enrollment Management is in Early Implementation" in text and "goto:s2.map#s2.map.em.2" in text
    assert "<i>Progressing</i>" in text
    strip.explanation.linkActivated.emit("goto:s2.map#s2.map.em.2")
    page = demo_window.workspace.current_page()
    assert demo_window.workspace.navigator.current_key() == "s2.map"
    assert page.cards["s2.map.em.2"].hasFocus()
    # Rating what held it back moves the component on, and the explanation follows.
    qtbot.keyClick(page.cards["s2.map.em.2"], Qt.Key.Key_4)
    qtbot.keyClick(page.cards["s2.map.em.4"], Qt.Key.Key_4)
    assert strip_cells(demo_window, "em")[2].startswith("● Here")
    assert "is in Full Implementation" in strip.explanation.text()
    qtbot.mouseClick(strip.buttons["em"], Qt.MouseButton.LeftButton)
    assert not strip.explanation.isVisible()


def test_overview_shows_progress_readiness_and_links(demo_window, qtbot):
    overview = demo_window.workspace.show_page("s2.overview")
    text = overview.toPlainText()
    assert "Not yet ready to move on: 3 of 4 benchmarks met; still to meet: 2." in text
    assert "Enrollment Management — working in this stage: 2 conditions not yet In place" in text
    overview.navigation_requested.emit("s2.benchmarks", "s2.bench.2")
    assert demo_window.workspace.current_page().cards["s2.bench.2"].hasFocus()


def test_key_actions_grouped_and_rated(demo_window, qtbot):
    page = demo_window.workspace.show_page("s3.actions")
    stage = demo_window.framework.stage("s3")
    assert list(page.cards) == [a.id for a in stage.key_actions]
    first = stage.key_actions[0].id
    page.focus_item(first)
    qtbot.keyClick(page.cards[first], Qt.Key.Key_1)
    assert demo_window.session.store.load().value_of(first) is Rating.NOT_STARTED


def test_read_only_review_cannot_be_edited_from_the_cards(window, demo_copy, qtbot):
    assert window.open_review(demo_copy, read_only=True)
    page = window.workspace.show_page("s2.map")
    card = page.cards["s2.map.em.2"]
    qtbot.keyClick(card, Qt.Key.Key_4)
    assert card.value() is Rating.PROGRESSING
    assert not any(b.isEnabled() for b in card.buttons.buttons()) and card.note.isReadOnly()
