"""Ctrl+F finds framework text and jumps to it; the profile and team pages edit the review with undo."""

from __future__ import annotations

from helpers import choose, find_box
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from equity_desktop.core.review.scales import StakeholderGroup


def test_ctrl_f_finds_a_condition_and_jumps_to_its_card(demo_window, qtbot):
    search = demo_window.search
    qtbot.keyClick(demo_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert search.hasFocus()
    words = demo_window.framework.item("s3.map.pa.2").text.split()[:4]
    qtbot.keyClicks(search, " ".join(words))
    assert search.model.rowCount() >= 1
    number = next(i for i, hit in enumerate(search.hits) if hit.passage.item_id == "s3.map.pa.2")
    search.choose(number)
    workspace = demo_window.workspace
    assert workspace.navigator.current_key() == "s3.map"
    assert workspace.current_page().cards["s3.map.pa.2"].hasFocus()


def test_enter_jumps_to_the_first_hit_and_prose_is_found_on_its_page(demo_window, qtbot):
    search = demo_window.search
    timeframe = demo_window.framework.stage("s3").timeframe.text
    qtbot.keyClicks(search, " ".join(timeframe.split()[2:6]))
    search.completer_.popup().hide()
    qtbot.keyClick(search, Qt.Key.Key_Return)
    page = demo_window.workspace.current_page()
    assert demo_window.workspace.navigator.current_key() == search.hits[0].passage.page
    if search.hits[0].passage.item_id is None:
        assert page.textCursor().hasSelection()


def test_search_finds_nothing_for_nonsense(demo_window, qtbot):
    qtbot.keyClicks(demo_window.search, "qqzzxx")
    assert demo_window.search.model.rowCount() == 0


def test_profile_edits_are_saved_undoable_and_rename_the_window(demo_window, qtbot):
    page = demo_window.workspace.show_page("profile")
    field = page.fields["school"]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "Cedar Grove STEM Academy")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert demo_window.session.store.profile().school == "Cedar Grove STEM Academy"
    assert demo_window.windowTitle().startswith("Cedar Grove STEM Academy — ")
    demo_window.undo_action.trigger()
    assert demo_window.session.store.profile().school == "Cedar Grove Magnet Elementary School"
    assert field.text() == "Cedar Grove Magnet Elementary School"


def test_an_empty_school_name_is_refused_with_a_sentence_and_put_back(demo_window, qtbot):
    page = demo_window.workspace.show_page("profile")
    field = page.fields["school"]
    field.setFocus()
    field.clear()
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert "needs the school's name" in find_box(demo_window, "errorBox").text()
    assert field.text() == "Cedar Grove Magnet Elementary School"


def test_program_type_is_chosen_from_a_list(demo_window):
    page = demo_window.workspace.show_page("profile")
    page.program_type.setCurrentIndex(page.program_type.findData("school_wide"))
    page.program_type.activated.emit(page.program_type.currentIndex())
    assert demo_window.session.store.profile().program_type.value == "school_wide"


def test_team_shows_missing_groups_and_edits_with_undo(window, qtbot, tmp_path):
    from equity_desktop.core.review.document import SchoolProfile

    assert window.create_review(tmp_path / "t.eqreview", SchoolProfile("T School", "T District"))
    page = window.workspace.show_page("team")
    assert "Missing:" in page.coverage.text() and "nobody yet" in page.coverage.text()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert [m.group for m in window.session.store.team()] == [None]  # no group until someone chooses one
    page.table.item(0, 0).setText("Ana Peña")
    assert window.session.store.team()[0].name == "Ana Peña"
    box = page.table.cellWidget(0, 2)
    box.setCurrentIndex(box.findData("family"))
    box.activated.emit(box.currentIndex())
    assert window.session.store.team()[0].group is StakeholderGroup.FAMILY
    assert "Represented (1 of 7):</b> Family" in page.coverage.text()
    page.table.selectRow(0)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert window.session.store.team() == ()
    window.undo_action.trigger()  # the removal: back under the same id
    assert [m.name for m in window.session.store.team()] == ["Ana Peña"]
    for _ in range(3):
        window.undo_action.trigger()
    assert window.session.store.team() == ()
    for _ in range(4):
        window.redo_action.trigger()
    assert window.session.store.team() == ()
    window.undo_action.trigger()
    assert [(m.name, m.group) for m in window.session.store.team()] == [("Ana Peña", StakeholderGroup.FAMILY)]


def test_demo_team_represents_every_group(demo_window):
    page = demo_window.workspace.show_page("team")
    assert page.table.rowCount() == 8
    assert "Every stakeholder group is represented." in page.coverage.text()


def test_a_new_member_has_no_group_until_one_is_chosen_and_only_chosen_groups_count(demo_window, qtbot):
    # A teacher added to the team became "Student" (the first group missing), and "Represented" counted it.
    page = demo_window.workspace.show_page("team")
    before = page.coverage.text()
    assert "Represented (7 of 7)" in before
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    row = page.table.rowCount() - 1
    editor = QApplication.focusWidget()  # Add member opens the new name for typing
    assert isinstance(editor, QLineEdit) and editor.text() == "New member", editor
    editor.selectAll()
    qtbot.keyClicks(editor, "Ms. Okafor")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the table commits the name in its next turn
    qtbot.waitUntil(lambda: demo_window.session.team[-1].name == "Ms. Okafor")
    member = demo_window.session.team[-1]
    assert (member.name, member.group) == ("Ms. Okafor", None)
    box = page.table.cellWidget(row, 2)
    assert box.currentIndex() == -1 and box.currentText() == "" and box.placeholderText() == "Choose…"
    assert "No group chosen yet:</b> Ms. Okafor" in page.coverage.text()
    for other in demo_window.session.team[:-1]:
        demo_window.session.remove_member(other.id)
    assert "Represented (0 of 7)" in page.coverage.text()  # the member with no group counts for none
    choose(qtbot, page.table.cellWidget(0, 2), "Teacher")
    assert demo_window.session.store.team()[0].group is StakeholderGroup.TEACHER
    assert "Represented (1 of 7):</b> Teacher" in page.coverage.text()
    assert "No group chosen" not in page.coverage.text()


def test_the_results_are_wide_enough_to_read_and_the_match_is_marked_on_the_card(demo_window, qtbot):
    demo_window.resize(1024, 600)
    search = demo_window.search
    qtbot.keyClick(demo_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    words = " ".join(demo_window.framework.item("s3.map.pa.2").text.split()[1:3])
    qtbot.keyClicks(search, words)
    popup = search.completer_.popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.width() >= 600 > search.width()  # wider than the box: a result is read whole
    rect = search.results_rect()  # where the list opens: leftwards from the box's right edge, inside the window
    assert rect.right() == search.rect().right() and search.mapTo(demo_window, rect.topLeft()).x() >= 0
    screen = popup.screen().availableGeometry().width()  # the test screen is narrower than the window
    assert min(popup.sizeHintForColumn(0), screen - 40) <= popup.viewport().width()  # the longest result is whole
    number = next(i for i, hit in enumerate(search.hits) if hit.passage.item_id == "s3.map.pa.2")
    item_id = "s3.map.pa.2"
    for _ in range(number + 1):  # no row is current when the list opens: the first Down reaches the first
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    card = demo_window.workspace.current_page().cards[item_id]
    assert card.hasFocus() and card.property("found") == "true"
    assert card.body.selectedText() == words  # the words searched for, selected in the card's text
    qtbot.keyClick(card, Qt.Key.Key_Down)  # on to the next card: the mark has done its work
    assert card.property("found") == "false" and not card.body.hasSelectedText()
