"""Typing into the action item form the way a person does: click (or Tab) into a field, type, move on.

Every field must be saved when it is left, the focus must stay where the person put it (a save never
rebuilds the form), and what was typed must be in the file when the review is opened again.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QPlainTextEdit, QScrollArea

from equity_desktop.core.review.plan_records import ActionStatus
from equity_desktop.core.review.store import ReviewStore

# The form's fields from top to bottom: the order Tab follows.
ORDER = ("title", "objective", "component", "stage", "root_cause", "theory_of_action", "steps", "lead",
         "responsible", "resources", "funding_source", "start", "due", "metric", "baseline", "target",
         "target_date", "status", "progress_notes")
DATES = {"start": "2026-10-01", "due": "2027-06-30", "target_date": "2028-06-30"}
_ATTRIBUTE = {"objective": "objective_id", "component": "component_id", "stage": "stage_number"}


@pytest.fixture
def plan_page(demo_window, qtbot):
    qtbot.waitActive(demo_window)
    page = demo_window.workspace.show_page("plan")
    qtbot.waitExposed(page.item_table)
    return page


def _focused():
    return QApplication.focusWidget()


def _has_focus(widget) -> bool:
    """Whether the focus is on `widget` (or in the list a click on the combo box `widget` opened)."""
    focused = _focused()
    return focused is widget or (isinstance(widget, QComboBox) and focused is widget.view())


def _typed(name: str, tag: str) -> str:
    return DATES.get(name, f"{tag} {name.replace('_', ' ')}")  # QTest types ASCII only


def _click(qtbot, widget) -> None:
    """A left click in the middle of `widget` (a text box's visible part), scrolled into view first."""
    area = widget.parentWidget()
    while not isinstance(area, QScrollArea):
        area = area.parentWidget()
    area.ensureWidgetVisible(widget)
    target = widget.viewport() if isinstance(widget, QPlainTextEdit) else widget
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=QPoint(target.width() // 2, target.height() // 2))


def _click_row(qtbot, page, row: int) -> None:
    rect = page.item_table.visualRect(page.item_model.index(row, 0))
    qtbot.mouseClick(page.item_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _other_index(combo: QComboBox) -> int:
    """The entry below the one `combo` shows (above it, for the last)."""
    return combo.currentIndex() + 1 if combo.currentIndex() + 1 < combo.count() else combo.currentIndex() - 1


def _type_into(qtbot, widget, text: str) -> None:
    """Replace what the focused text box holds, as a person does: select all, then type."""
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def _choose_with_mouse(qtbot, combo: QComboBox, index: int) -> None:
    """Click the entry `index` in the combo box's list (the click that moved here opened it)."""
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    qtbot.wait(QApplication.doubleClickInterval() + 50)  # the list ignores a release this soon after it opens
    rect = view.visualRect(combo.model().index(index, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: not view.isVisible())
    assert combo.currentIndex() == index


def _choose_with_keys(qtbot, combo: QComboBox, index: int) -> None:
    """Move to the entry next to the one shown with the arrow keys, in the focused combo box."""
    qtbot.keyClick(combo, Qt.Key.Key_Down if index > combo.currentIndex() else Qt.Key.Key_Up)
    assert combo.currentIndex() == index


def _wanted(form, name: str, combo_index: int | None):
    """The value the item should hold for `name` after the person's choice or typing."""
    if name == "status":
        return list(ActionStatus)[combo_index]
    if combo_index is not None:
        return form.fields[name].itemData(combo_index)
    return None


def _stored_item(path, item_id: int):
    with ReviewStore.open(path, read_only=True) as store:
        return store.action_plan().item(item_id)


def _fill_every_field(qtbot, page, session, tag: str, move) -> dict[str, object]:
    """Type into (or choose in) every field in turn, moving on with `move(next_name)`; the values expected."""
    form = page.form
    item_id = form.item.id
    expected: dict[str, object] = {}
    for n, name in enumerate(ORDER):
        widget = form.fields[name]
        assert _has_focus(widget), f"focus is on {_focused()!r}, not the {name} field"
        if isinstance(widget, QComboBox) and not widget.isEditable():  # the lead's is typed into
            index = _other_index(widget)
            if move is _tab:
                _choose_with_keys(qtbot, widget, index)
            else:
                _choose_with_mouse(qtbot, widget, index)
            expected[_ATTRIBUTE.get(name, name)] = _wanted(form, name, index)
        else:
            _type_into(qtbot, widget, _typed(name, tag))
            expected[name] = _typed(name, tag)
        following = ORDER[(n + 1) % len(ORDER)]
        (move if following != ORDER[0] else _mouse)(qtbot, form, following)  # Tab at the end leaves the form
        assert _has_focus(form.fields[following]), f"after leaving {name}: focus on {_focused()!r}"
        assert form.isEnabled() and form.item.id == item_id and page.current_item_id() == item_id
        saved = session.plan.item(item_id)
        attribute = _ATTRIBUTE.get(name, name)
        assert getattr(saved, attribute) == expected[attribute], f"{name} was not saved"
    return expected


def _mouse(qtbot, form, name: str) -> None:
    _click(qtbot, form.fields[name])


def _tab(qtbot, form, _name: str) -> None:
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)


def _start(qtbot, page, row: int = 0):
    """Click the item in `row` of the table, then into the form's first field."""
    _click_row(qtbot, page, row)
    item = page.form.item
    assert item is not None and page.current_item_id() == item.id
    _click(qtbot, page.form.fields["title"])
    return item


def _check_reopened(window, path, item_id: int, expected: dict[str, object]) -> None:
    window.close_review()
    stored = _stored_item(path, item_id)
    for attribute, value in expected.items():
        assert getattr(stored, attribute) == value, attribute


def test_clicking_from_field_to_field_saves_every_field(plan_page, demo_window, demo_copy, qtbot):
    item = _start(qtbot, plan_page)
    expected = _fill_every_field(qtbot, plan_page, demo_window.session, "Clicked", _mouse)
    _check_reopened(demo_window, demo_copy, item.id, expected)


def test_tab_walks_the_form_top_to_bottom_and_saves_every_field(plan_page, demo_window, demo_copy, qtbot):
    item = _start(qtbot, plan_page, 1)
    expected = _fill_every_field(qtbot, plan_page, demo_window.session, "Tabbed", _tab)
    _check_reopened(demo_window, demo_copy, item.id, expected)


def test_shift_tab_walks_back_and_tab_in_a_long_field_moves_on(plan_page, qtbot):
    _start(qtbot, plan_page)
    form = plan_page.form
    steps = form.fields["steps"]
    _click(qtbot, steps)
    _type_into(qtbot, steps, "one")
    qtbot.keyClick(steps, Qt.Key.Key_Tab)
    assert _focused() is form.fields["lead"] and "\t" not in steps.toPlainText()
    for name in reversed(ORDER[:ORDER.index("lead")]):
        qtbot.keyClick(_focused(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        assert _focused() is form.fields[name], f"Shift+Tab reached {_focused()!r}, not {name}"


def test_typing_then_clicking_another_item_saves_the_field(plan_page, demo_window, demo_copy, qtbot):
    first = _start(qtbot, plan_page, 0)
    resources = plan_page.form.fields["resources"]
    _click(qtbot, resources)
    _type_into(qtbot, resources, "Title I")
    _click_row(qtbot, plan_page, 1)
    second = plan_page.form.item
    assert second.id != first.id and resources.text() == second.resources
    funding = plan_page.form.fields["funding_source"]
    _click(qtbot, funding)
    _type_into(qtbot, funding, "MSAP")
    _click_row(qtbot, plan_page, 0)
    assert plan_page.form.item.id == first.id and resources.text() == "Title I"
    demo_window.close_review()
    assert _stored_item(demo_copy, first.id).resources == "Title I"
    assert _stored_item(demo_copy, second.id).funding_source == "MSAP"


def test_the_testers_steps_resources_then_funding_source(plan_page, demo_window, demo_copy, qtbot):
    item = _start(qtbot, plan_page)
    form = plan_page.form
    _click(qtbot, form.fields["resources"])
    _type_into(qtbot, form.fields["resources"], "Title I")
    _click(qtbot, form.fields["funding_source"])
    assert _focused() is form.fields["funding_source"]
    _type_into(qtbot, form.fields["funding_source"], "MSAP")
    _click(qtbot, form.fields["metric"])
    assert form.fields["funding_source"].text() == "MSAP"
    _check_reopened(demo_window, demo_copy, item.id, {"resources": "Title I", "funding_source": "MSAP"})


def test_undo_puts_the_old_value_back_in_the_form_and_the_table(plan_page, demo_window, qtbot):
    session = demo_window.session
    item = _start(qtbot, plan_page)
    form, lead = plan_page.form, plan_page.form.fields["lead"]
    _click(qtbot, lead)
    _type_into(qtbot, lead, "Rosa Delgado")
    _click(qtbot, form.fields["responsible"])
    assert session.plan.item(item.id).lead == "Rosa Delgado"
    assert plan_page.item_model.item(0, 4).text() == "Rosa Delgado"

    # The toolbar's Undo takes no focus: the field the person is in keeps it, the lead goes back.
    demo_window.undo_action.trigger()
    assert session.plan.item(item.id).lead == item.lead
    assert lead.currentText() == item.lead and plan_page.item_model.item(0, 4).text() == item.lead
    assert _focused() is form.fields["responsible"] and form.item.id == item.id
    demo_window.redo_action.trigger()
    assert lead.currentText() == "Rosa Delgado" and plan_page.item_model.item(0, 4).text() == "Rosa Delgado"

    # Ctrl+Z from the item table goes to the window's Undo.
    assert demo_window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    _click_row(qtbot, plan_page, 0)
    qtbot.keyClick(plan_page.item_table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.plan.item(item.id).lead == item.lead and lead.currentText() == item.lead
    assert plan_page.item_model.item(0, 4).text() == item.lead and plan_page.current_item_id() == item.id


def test_a_field_being_typed_in_keeps_its_words_when_the_plan_changes(plan_page, demo_window, qtbot):
    session = demo_window.session
    item = _start(qtbot, plan_page)
    form = plan_page.form
    _click(qtbot, form.fields["lead"])
    _type_into(qtbot, form.fields["lead"], "Rosa Delgado")
    _click(qtbot, form.fields["metric"])
    _type_into(qtbot, form.fields["metric"], "Half typ")
    demo_window.undo_action.trigger()  # the toolbar's Undo while the metric is being typed
    assert form.fields["lead"].currentText() == item.lead and form.fields["metric"].text() == "Half typ"
    assert _focused() is form.fields["metric"]
    qtbot.keyClicks(form.fields["metric"], "ed")
    _click(qtbot, form.fields["baseline"])
    saved = session.plan.item(item.id)
    assert saved.metric == "Half typed" and saved.lead == item.lead


def test_a_bad_date_keeps_what_was_typed_and_says_why(plan_page, demo_window, qtbot):
    session = demo_window.session
    item = _start(qtbot, plan_page)
    form = plan_page.form
    _click(qtbot, form.fields["due"])
    _type_into(qtbot, form.fields["due"], "next spring")
    _click(qtbot, form.fields["metric"])
    assert _focused() is form.fields["metric"] and form.fields["due"].text() == "next spring"
    assert 'Due "next spring" is not a date' in form.problem_text()
    assert session.plan.item(item.id).due == item.due
    _click(qtbot, form.fields["due"])
    _type_into(qtbot, form.fields["due"], "2027-05-01")
    _click(qtbot, form.fields["metric"])
    assert session.plan.item(item.id).due == "2027-05-01" and not form.problem_text()
    assert _focused() is form.fields["metric"]


def test_an_edit_the_filters_hide_leaves_the_item_in_the_form(plan_page, demo_window, qtbot):
    session = demo_window.session
    plan_page.component_filter.setCurrentIndex(plan_page.component_filter.findData("fe"))
    item = _start(qtbot, plan_page)
    assert item.component_id == "fe" and plan_page.item_model.rowCount() == 1
    form = plan_page.form
    qtbot.keyClick(form.fields["title"], Qt.Key.Key_Tab)
    qtbot.keyClick(form.fields["objective"], Qt.Key.Key_Tab)
    component = form.fields["component"]
    assert _focused() is component
    _choose_with_keys(qtbot, component, _other_index(component))
    assert session.plan.item(item.id).component_id != "fe" and plan_page.item_model.rowCount() == 0
    assert _focused() is component and form.isEnabled() and form.item.id == item.id
    qtbot.keyClick(component, Qt.Key.Key_Tab)
    assert _focused() is form.fields["stage"]
    qtbot.keyClick(form.fields["stage"], Qt.Key.Key_Tab)
    assert _focused() is form.fields["root_cause"]
    _type_into(qtbot, form.fields["root_cause"], "Hidden but kept")
    qtbot.keyClick(form.fields["root_cause"], Qt.Key.Key_Tab)
    assert _focused() is form.fields["theory_of_action"] and session.plan.item(item.id).root_cause == "Hidden but kept"
    plan_page.component_filter.setCurrentIndex(0)  # every item again: the one in the form is chosen again
    assert plan_page.current_item_id() == item.id and form.item.id == item.id
