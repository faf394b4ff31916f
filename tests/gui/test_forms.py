"""Forms a person fills in: dates typed or picked from a calendar (or left empty), the lead picked from the team
or typed, a refused date explained under its field, Tab through the whole school profile, and a new review
that starts in today's school year."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QCalendarWidget

from equity_desktop.core.plan.items import current_school_year
from equity_desktop.core.review.store import ReviewStore


def _plan_form(qtbot, window):
    page = window.workspace.show_page("plan")
    qtbot.waitExposed(page.item_table)
    page.item_table.setFocus()
    qtbot.keyClick(page.item_table, Qt.Key.Key_Home)  # the first item, chosen from the keyboard
    assert page.form.item is not None
    return page.form


def _into(qtbot, form, name: str):
    field = form.fields[name]
    form.ensureWidgetVisible(field)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    return field


def test_a_due_date_is_picked_from_a_calendar_with_the_keyboard(qtbot, demo_window):
    form = _plan_form(qtbot, demo_window)
    item = form.item
    due = _into(qtbot, form, "due")
    qtbot.keyClick(due, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(due, "2027-03-15")
    qtbot.keyClick(due, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # as on a drop-down
    calendar = due.findChild(QCalendarWidget)
    qtbot.waitUntil(calendar.isVisible)
    assert calendar.selectedDate() == QDate(2027, 3, 15)  # opens on the date typed
    table = QApplication.focusWidget()
    assert calendar.isAncestorOf(table)  # the calendar took the keyboard: arrows move the day
    qtbot.keyClick(table, Qt.Key.Key_Right)  # the next day
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert not calendar.isVisible() and due.text() == "2027-03-16"
    assert demo_window.session.plan.item(item.id).due == "2027-03-16"  # saved at once
    assert QApplication.focusWidget() is due


def test_a_date_may_still_be_typed_or_left_empty(qtbot, demo_window):
    form = _plan_form(qtbot, demo_window)
    item = form.item
    start = _into(qtbot, form, "start")
    qtbot.keyClick(start, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(start, Qt.Key.Key_Delete)
    qtbot.keyClick(start, Qt.Key.Key_Tab)
    assert demo_window.session.plan.item(item.id).start == "" and not form.problem_text()


def test_a_refused_date_is_explained_right_under_its_field(qtbot, demo_window):
    demo_window.resize(1024, 600)
    form = _plan_form(qtbot, demo_window)
    due = _into(qtbot, form, "due")
    qtbot.keyClick(due, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(due, "next spring")
    qtbot.keyClick(due, Qt.Key.Key_Tab)
    problem = form.problems["due"]
    assert problem.isVisible() and problem.text().startswith('Due "next spring" is not a date')
    below = form.fields["metric"]
    assert due.geometry().bottom() < problem.geometry().top() < below.geometry().top()  # between due and the next
    top_left = problem.mapTo(form.viewport(), problem.rect().topLeft())
    assert 0 <= top_left.y() and top_left.y() + problem.height() <= form.viewport().height()  # on screen
    assert not form.problems["start"].isVisible()
    qtbot.mouseClick(due, Qt.MouseButton.LeftButton)
    qtbot.keyClick(due, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(due, "2027-05-01")
    qtbot.keyClick(due, Qt.Key.Key_Tab)
    assert not problem.isVisible() and not form.problem_text()


def test_the_lead_is_picked_from_the_team_or_typed(qtbot, demo_window):
    form = _plan_form(qtbot, demo_window)
    item = form.item
    team = [m.name for m in demo_window.session.team]
    lead = form.fields["lead"]
    assert [lead.itemText(i) for i in range(lead.count())] == team and len(team) > 2
    _into(qtbot, form, "lead")
    qtbot.keyClick(lead, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    view = lead.view()
    qtbot.waitUntil(view.isVisible)
    qtbot.keyClick(view, Qt.Key.Key_End)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert demo_window.session.plan.item(item.id).lead == team[-1]
    qtbot.keyClick(lead, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(lead, "Math department")  # someone outside the team
    qtbot.keyClick(lead, Qt.Key.Key_Tab)
    assert demo_window.session.plan.item(item.id).lead == "Math department"
    assert lead.count() == len(team)  # a typed lead does not join the team's list


def test_tab_goes_through_every_profile_field_program_type_included(qtbot, demo_window):
    page = demo_window.workspace.show_page("profile")
    qtbot.waitExposed(page)
    page.fields["school"].setFocus()
    visited = []
    for _ in range(6):
        visited.append(QApplication.focusWidget().accessibleName())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert visited == ["School", "District", "School year", "Magnet theme", "Program type", "Grades served"]


def test_a_new_review_starts_in_todays_school_year(qtbot, window, tmp_path):
    window.settings.set_last_folder(tmp_path)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.new_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.school_year.text() == current_school_year() and not dialog.school_year.placeholderText()
    qtbot.keyClicks(dialog.school, "Lincoln Magnet Middle School")
    with qtbot.waitSignal(window.review_opened):
        qtbot.keyClick(dialog.school, Qt.Key.Key_Return)
    with ReviewStore.open(tmp_path / "Lincoln Magnet Middle School.eqreview", read_only=True) as store:
        assert store.profile().school_year == current_school_year()
