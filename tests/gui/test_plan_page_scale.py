"""The Action plan page with 1,000 items: an edit, its undo and its redo change only what they changed.

After each, the table shows the plan as the session holds it (through the filters and in the order of
core.plan.items) and the form shows the chosen item; the person keeps the item they chose, the scroll
position and the words they are typing in another field. How long an edit takes is measured by
bench/bench_stall_plan.py, not here.
"""

from __future__ import annotations

import pytest
from helpers import choose
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from equity_desktop.core.demo.large_plan import write_large_plan
from equity_desktop.core.plan.items import (
    filter_items,
    parse_date,
    plan_years,
    school_year_label,
    school_year_of,
    sort_items,
)
from equity_desktop.core.review.plan_records import ActionStatus
from equity_desktop.core.review.store import ReviewStore
from equity_desktop.gui.keyed_rows import key_of

ITEMS = 1000
LEAD, DUE, STATUS = 4, 5, 6  # columns of the item table


@pytest.fixture(scope="session")
def large_file(tmp_path_factory):
    return write_large_plan(tmp_path_factory.mktemp("large") / "large.eqreview", ITEMS)


@pytest.fixture
def page(window, large_file, tmp_path, qtbot):
    copy = tmp_path / "large.eqreview"
    copy.write_bytes(large_file.read_bytes())
    assert window.open_review(copy)
    qtbot.waitActive(window)
    shown = window.workspace.show_page("plan")
    qtbot.waitExposed(shown.item_table)
    return shown


def _ids(page) -> list[int]:
    model = page.item_model
    return [key_of(model.index(row, 0)) for row in range(model.rowCount())]


def _check_table(page) -> None:
    """Every row shows an item the filters let through, in the core's order, with its values as they are now."""
    plan = page.session.plan
    status = page.status_filter.currentData()
    wanted = sort_items(filter_items(plan.items, status=status and ActionStatus(status)),
                        page.sort_combo.currentData(), plan)
    assert _ids(page) == [item.id for item in wanted]
    model = page.item_model
    for row, item in enumerate(wanted):
        assert model.item(row, 0).text() == item.title and model.item(row, LEAD).text() == item.lead
        assert model.item(row, DUE).text() == item.due and model.item(row, STATUS).text().endswith(item.status.label)


def _view_state(page) -> tuple:
    """The chosen item, the selected rows and the scroll position."""
    table = page.item_table
    rows = [index.row() for index in table.selectionModel().selectedRows()]
    return page.current_item_id(), rows, table.verticalScrollBar().value()


def _click_row(qtbot, page, row: int) -> int:
    """Scroll to `row` of the item table and click it, as a person does; the item's id."""
    table = page.item_table
    index = page.item_model.index(row, 0)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    assert page.current_item_id() == key_of(index) == page.form.item.id
    return page.form.item.id


def _retype(qtbot, page, name: str, text: str) -> None:
    """Click into the form's field `name`, select what it holds and type `text`."""
    field = page.form.fields[name]
    page.form.ensureWidgetVisible(field)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def _focus_status(qtbot, page) -> None:
    """Into the form's status box from the field above it (a click would open its list)."""
    _retype(qtbot, page, "target_date", "")
    qtbot.keyClick(page.form.fields["target_date"], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.form.fields["status"]


def _visible(page, item_id: int) -> bool:
    table = page.item_table
    rect = table.visualRect(page.item_model.index(_ids(page).index(item_id), 0))
    return table.viewport().rect().intersects(rect)


def test_a_typed_edit_its_undo_and_redo_show_in_the_row_and_the_form_and_keep_the_view(page, qtbot):
    session, table = page.session, page.item_table
    item_id = _click_row(qtbot, page, 600)
    before = session.plan.item(item_id)
    view = _view_state(page)
    assert view[1] == [600] and view[2] > 0
    lead = page.form.fields["lead"]
    _retype(qtbot, page, "lead", "Rosa Delgado")
    qtbot.keyClick(lead, Qt.Key.Key_Tab)
    assert session.plan.item(item_id).lead == page.item_model.item(600, LEAD).text() == "Rosa Delgado"
    assert QApplication.focusWidget() is page.form.fields["responsible"] and _view_state(page) == view
    _check_table(page)

    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(table.currentIndex()).center())
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.plan.item(item_id) == before and lead.currentText() == before.lead
    assert page.item_model.item(600, LEAD).text() == before.lead and _view_state(page) == view
    _check_table(page)
    qtbot.keyClick(table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)  # Redo
    assert lead.currentText() == page.item_model.item(600, LEAD).text() == "Rosa Delgado" and _view_state(page) == view
    _check_table(page)
    page.window().close_review()
    with ReviewStore.open(session.path, read_only=True) as store:
        assert store.action_plan() == session.plan  # what the page showed is what the file holds


def test_undoing_another_items_edit_keeps_the_choice_the_view_and_the_words_being_typed(page, window, qtbot):
    session = page.session
    first = _click_row(qtbot, page, 10)
    title = session.plan.item(first).title
    _retype(qtbot, page, "title", "Renamed at the top")
    qtbot.keyClick(page.form.fields["title"], Qt.Key.Key_Tab)
    assert page.item_model.item(10, 0).text() == "Renamed at the top"

    second = _click_row(qtbot, page, 900)
    metric = page.form.fields["metric"]
    _retype(qtbot, page, "metric", "Half typ")
    view = _view_state(page)
    qtbot.mouseClick(window.toolbar.widgetForAction(window.undo_action), Qt.MouseButton.LeftButton)
    assert session.plan.item(first).title == title and page.item_model.item(10, 0).text() == title
    assert _view_state(page) == view and page.form.item.id == second
    assert QApplication.focusWidget() is metric and metric.text() == "Half typ"
    _check_table(page)
    qtbot.keyClicks(metric, "ed")
    qtbot.keyClick(metric, Qt.Key.Key_Tab)
    assert session.plan.item(second).metric == "Half typed"


def test_a_status_change_moves_the_row_in_a_status_sort_and_the_choice_follows_it(page, qtbot):
    session = page.session
    choose(qtbot, page.sort_combo, "Sort: Status")
    _check_table(page)
    item_id = _click_row(qtbot, page, 100)
    assert session.plan.item(item_id).status is ActionStatus.NOT_STARTED
    _focus_status(qtbot, page)
    qtbot.keyClick(page.form.fields["status"], Qt.Key.Key_Down)
    assert session.plan.item(item_id).status is ActionStatus.IN_PROGRESS
    _check_table(page)
    row = _ids(page).index(item_id)
    assert row != 100 and _view_state(page)[:2] == (item_id, [row]) and _visible(page, item_id)
    assert page.form.item == session.plan.item(item_id)
    assert QApplication.focusWidget() is page.form.fields["status"]

    qtbot.keyClick(page.form.fields["status"], Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.plan.item(item_id).status is ActionStatus.NOT_STARTED
    _check_table(page)
    assert _view_state(page)[:2] == (item_id, [100]) and _visible(page, item_id)
    assert page.form.fields["status"].currentIndex() == 0


def test_an_edit_that_leaves_the_filter_takes_only_its_row_and_undo_brings_it_back(page, qtbot):
    session = page.session
    choose(qtbot, page.status_filter, "Not started")
    shown = _ids(page)
    assert len(shown) == ITEMS // len(ActionStatus)
    item_id = _click_row(qtbot, page, 50)
    _focus_status(qtbot, page)
    qtbot.keyClick(page.form.fields["status"], Qt.Key.Key_Down)
    assert _ids(page) == [ident for ident in shown if ident != item_id]
    assert page.form.item.id == item_id and page.form.isEnabled() and page.current_item_id() is None
    assert page.filter_note.text() == f"Showing {len(shown) - 1} of {ITEMS} items."

    qtbot.keyClick(page.form.fields["status"], Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _ids(page) == shown and _view_state(page)[:2] == (item_id, [50])
    assert session.plan.item(item_id).status is ActionStatus.NOT_STARTED
    _check_table(page)


def test_the_timeline_shows_an_edit_made_while_it_was_hidden(page, qtbot):
    item_id = _click_row(qtbot, page, 0)
    start = page.session.plan.item(item_id).start
    _retype(qtbot, page, "due", "2031-06-30")  # in the sixth plan year
    qtbot.keyClick(page.form.fields["due"], Qt.Key.Key_Tab)
    tabs = page.tabs.tabBar()
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(2).center())
    assert page.tabs.currentIndex() == 2
    model = page.timeline_model
    row = next(r for r in range(model.rowCount()) if key_of(model.index(r, 0)) == item_id)
    first = plan_years(page.session.profile.school_year).index(school_year_label(school_year_of(parse_date(start))))
    assert [model.item(row, 2 + year).text() for year in range(7)] == ["■" if first <= year <= 4 else ""
                                                                       for year in range(7)]
