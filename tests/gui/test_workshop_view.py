"""Workshop view: one condition at a time, keys rate and move on, Esc leaves; edits are ordinary edits."""

from __future__ import annotations

from PySide6.QtCore import Qt

from equity_desktop.core.review.scales import Rating


def enter(window, stage_key="s4.map", item_id=""):
    window.workspace.show_page(stage_key, item_id)
    window.workshop_action.trigger()
    return window.workshop


def test_starts_at_the_first_unrated_condition_of_the_stage(demo_window):
    view = enter(demo_window)
    stage = demo_window.framework.stage("s4")
    first_unrated = next(i for i, c in enumerate(stage.conditions)
                         if demo_window.session.assessment(c.id).value is Rating.UNRATED)
    assert view.index == first_unrated
    assert view.progress.text() == f"Condition {first_unrated + 1} of {len(stage.conditions)}"
    assert demo_window.outer.currentWidget() is view
    assert not demo_window.menuBar().isVisible()


def test_keys_rate_and_move_on_arrows_move_esc_leaves(demo_window, qtbot):
    view = enter(demo_window, "s2.map", "s2.map.em.2")
    assert view.current_id() == "s2.map.em.2"
    assert "Enrollment Management 2" in view.where.text()
    qtbot.keyClick(view, Qt.Key.Key_4)
    assert demo_window.session.store.load().value_of("s2.map.em.2") is Rating.IN_PLACE
    assert view.current_id() == "s2.map.em.3"  # moved on
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.current_id() == "s2.map.em.2" and view.rating.text() == "Rating: In place"
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert demo_window.session.assessment("s2.map.em.2").value is Rating.NOT_APPLICABLE
    # Undo works on workshop edits like any other.
    demo_window.undo_action.trigger()
    assert demo_window.session.assessment("s2.map.em.2").value is Rating.IN_PLACE
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert demo_window.workshop is None
    assert demo_window.menuBar().isVisible()
    page = demo_window.workspace.current_page()
    assert demo_window.workspace.navigator.current_key() == "s2.map"
    assert page.cards["s2.map.em.3"].hasFocus()  # back where the workshop stopped
    assert page.cards["s2.map.em.2"].state.text() == "Rating: In place"


def test_big_buttons_rate_too_and_notes_are_saved(demo_window, qtbot):
    view = enter(demo_window, "s4.map")
    item = view.current_id()
    button = next(b for b in view.buttons.buttons() if b.property("value") == "emerging")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert demo_window.session.store.load().value_of(item) is Rating.EMERGING
    view.show_condition(view.index - 1)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClicks(view.note, "Discussed at the October workshop")
    view.move(1)
    assert demo_window.session.store.load().assessments[item].note == "Discussed at the October workshop"


def test_last_condition_stays_put(demo_window, qtbot):
    view = enter(demo_window, "s1.map")
    view.show_condition(len(view.conditions) - 1)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.index == len(view.conditions) - 1


def test_after_a_rating_the_next_unrated_conditions_show_no_rating(demo_window, qtbot):
    # An exclusive button group kept "3 Progressing" checked on every following unrated condition: on a
    # projector the room saw a rating nobody gave.
    view = enter(demo_window, "s4.map")
    start = view.index
    assert view.rating.text() == "Rating: Unrated"
    qtbot.keyClick(view, Qt.Key.Key_3)
    assert demo_window.session.assessment(view.conditions[start].id).value is Rating.PROGRESSING
    shown = 0
    while view.index < len(view.conditions) - 1 and shown < 5:
        if demo_window.session.assessment(view.current_id()).value is Rating.UNRATED:
            shown += 1
            assert view.rating.text() == "Rating: Unrated"
            assert not [b.text() for b in view.buttons.buttons() if b.isChecked() or b.isDown() or b.hasFocus()]
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert shown
    qtbot.keyClick(view, Qt.Key.Key_Home)  # an unbound key: nothing changes
    view.show_condition(start)  # back on the rated one, its button is the one checked
    assert [b.property("value") for b in view.buttons.buttons() if b.isChecked()] == ["progressing"]
