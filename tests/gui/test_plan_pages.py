"""The Action plan and Export pages: accepting suggestions, editing items, filters, the timeline, undo,
and exporting through worker processes."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from equity_desktop.core.review.plan_records import ActionStatus
from equity_desktop.core.review.store import ReviewStore

JOB_TIMEOUT = 60_000  # a worker process starts a fresh interpreter: slow on a loaded CI machine


@pytest.fixture
def plan_page(demo_window):
    return demo_window.workspace.show_page("plan")


@pytest.fixture
def export_page(demo_window):
    return demo_window.workspace.show_page("export")


def _rows(model, column=0) -> list[str]:
    return [model.item(r, column).text() for r in range(model.rowCount())]


def test_the_page_shows_the_plan_and_the_open_suggestions(plan_page, demo_window):
    plan = demo_window.session.plan
    assert plan_page.item_model.rowCount() == len(plan.items) == 6
    assert _rows(plan_page.item_model)[0] == plan.in_plan_order()[0].title
    keys = [s.key for s in plan_page._suggestions]
    assert "benchmark:s3.bench.2" in keys and not set(keys) & (plan.linked_gaps() | plan.dismissed)
    assert plan_page.tabs.tabText(1) == f"&Suggestions ({len(keys)})"


def test_accepting_a_suggestion_adds_an_editable_linked_item_and_undo_takes_it_back(plan_page, demo_window, qtbot):
    session = demo_window.session
    row = next(n for n, s in enumerate(plan_page._suggestions) if s.key == "benchmark:s3.bench.2")
    plan_page.suggestion_table.setCurrentIndex(plan_page.suggestion_model.index(row, 0))
    with qtbot.waitSignal(session.plan_changed):
        item = plan_page.accept_suggestion()
    assert item.gap_key == "benchmark:s3.bench.2" and item.title.startswith("Meet benchmark 3.2")
    assert plan_page.tabs.currentIndex() == 0 and plan_page.form.item == item
    assert "benchmark:s3.bench.2" not in [s.key for s in plan_page._suggestions]
    with ReviewStore.open(session.path, read_only=True) as store:
        assert store.action_plan().item(item.id) == item  # saved at once
    session.undo_stack.undo()
    assert session.plan.item(item.id) is None
    assert "benchmark:s3.bench.2" in [s.key for s in plan_page._suggestions]


def test_dismissing_hides_a_suggestion_until_shown_again(plan_page, demo_window):
    key = plan_page._suggestions[0].key
    plan_page.suggestion_table.setCurrentIndex(plan_page.suggestion_model.index(0, 0))
    plan_page.dismiss_suggestion()
    assert key in demo_window.session.plan.dismissed and key not in [s.key for s in plan_page._suggestions]
    plan_page.show_dismissed.setChecked(True)
    row = [s.key for s in plan_page._suggestions].index(key)
    assert plan_page.suggestion_model.item(row, 0).text().endswith("(dismissed)")
    plan_page.suggestion_table.setCurrentIndex(plan_page.suggestion_model.index(row, 0))
    plan_page.dismiss_suggestion()  # restores it
    assert key not in demo_window.session.plan.dismissed


def test_editing_a_field_saves_it_and_a_bad_date_says_why(plan_page, demo_window, qtbot):
    session = demo_window.session
    plan_page.item_table.setCurrentIndex(plan_page.item_model.index(0, 0))
    item = plan_page.form.item
    lead = plan_page.form.fields["lead"].lineEdit()  # the lead is picked from the team or typed
    lead.setText("Thanh Nguye\u0302\u0303n")
    lead.editingFinished.emit()
    assert session.plan.item(item.id).lead == "Thanh Nguyễn"  # stored in NFC
    due = plan_page.form.fields["due"]
    due.setText("next spring")
    due.editingFinished.emit()
    assert 'Due "next spring" is not a date; write it as YYYY-MM-DD' in plan_page.form.problem_text()
    assert session.plan.item(item.id).due == item.due
    plan_page.form.status.setCurrentIndex(list(ActionStatus).index(ActionStatus.DONE))
    plan_page.form.status.activated.emit(3)
    assert session.plan.item(item.id).status is item.status  # the bad date still blocks the save
    due.setText("2027-05-01")
    due.editingFinished.emit()
    saved = session.plan.item(item.id)
    assert saved.due == "2027-05-01" and saved.status is ActionStatus.DONE and not plan_page.form.problem_text()


def test_filters_and_sorting_come_from_the_core(plan_page, demo_window):
    plan = demo_window.session.plan
    plan_page.component_filter.setCurrentIndex(plan_page.component_filter.findData("fe"))
    assert plan_page.item_model.rowCount() == sum(1 for i in plan.items if i.component_id == "fe") == 1
    assert plan_page.filter_note.text() == "Showing 1 of 6 items."
    plan_page.component_filter.setCurrentIndex(0)
    plan_page.lead_filter.setCurrentIndex(plan_page.lead_filter.findData("Angela Peña"))
    assert set(_rows(plan_page.item_model, 4)) == {"Angela Peña"}
    plan_page.lead_filter.setCurrentIndex(0)
    plan_page.due_filter.setText("2027-06-30")
    assert all(d <= "2027-06-30" for d in _rows(plan_page.item_model, 5))
    plan_page.due_filter.setText("June")
    assert "not a date" in plan_page.filter_note.text() and plan_page.item_model.rowCount() == 6
    plan_page.due_filter.clear()
    plan_page.sort_combo.setCurrentIndex(plan_page.sort_combo.findData("due"))
    dues = [d for d in _rows(plan_page.item_model, 5)]
    assert dues == sorted(dues)


def test_add_and_delete_items_and_objectives_undoably(plan_page, demo_window):
    session = demo_window.session
    plan_page.add_item()
    added = plan_page.form.item
    assert added.title == "New action item" and session.plan.item(added.id)
    plan_page.delete_item()
    assert session.plan.item(added.id) is None
    session.undo_stack.undo()
    assert session.plan.item(added.id) == added
    objective = plan_page.add_objective("  Staff  who reflect the students ")
    assert objective.title == "Staff who reflect the students"
    assert plan_page.form.objective.findData(objective.id) > 0
    first = session.plan.objectives[0]
    members = [i.id for i in session.plan.items if i.objective_id == first.id]
    session.remove_objective(first.id)
    assert all(session.plan.item(i).objective_id is None for i in members)
    session.undo_stack.undo()
    assert all(session.plan.item(i).objective_id == first.id for i in members)


def test_the_timeline_marks_the_years_each_item_runs(plan_page, demo_window):
    model = plan_page.timeline_model
    headers = [model.horizontalHeaderItem(c).text() for c in range(model.columnCount())]
    assert headers[2:9] == ["2026-27", "2027-28", "2028-29", "2029-30", "2030-31", "2031-32", "2032-33"]
    first = demo_window.session.plan.in_plan_order()[0]  # 2026-09-01 to 2028-06-30
    marks = [model.item(0, c).text() for c in range(2, 9)]
    assert model.item(0, 0).text() == first.title and marks == ["■", "■", "", "", "", "", ""]


def test_a_read_only_review_cannot_be_planned(window, demo_copy):
    assert window.open_review(demo_copy, read_only=True)
    page = window.workspace.show_page("plan")
    assert not page.add_button.isEnabled() and not page.accept_button.isEnabled()
    assert not page.form.fields["title"].isEnabled()


# ---- Export ----------------------------------------------------------------------------------------

def test_save_pdf_and_preview_run_off_the_window(export_page, qtbot, tmp_path):
    from pypdf import PdfReader

    export_page.paper_combo.setCurrentIndex(export_page.paper_combo.findData("a4"))
    export_page.full_check.setChecked(True)
    with qtbot.waitSignal(export_page.finished, timeout=JOB_TIMEOUT) as signal:
        task = export_page.save_pdf(tmp_path / "plan")
        assert task.running  # the window is not waiting
    assert signal.args[0] == f"Saved the action plan to {tmp_path / 'plan.pdf'}."
    reader = PdfReader(tmp_path / "plan.pdf")
    assert round(float(reader.pages[0].mediabox.width)) == 595 and len(reader.pages) > 20
    with qtbot.waitSignal(export_page.finished, timeout=JOB_TIMEOUT) as signal:
        export_page.preview()
    assert signal.args[0] == f"Preview: {len(reader.pages)} pages."
    assert len(export_page.preview_images) == len(reader.pages)
    assert export_page.preview_images[0].width() > export_page.preview_images[0].height() * 0.6


def test_a_failed_export_says_so_and_writes_nothing(export_page, qtbot, tmp_path):
    with qtbot.waitSignal(export_page.finished, timeout=JOB_TIMEOUT) as signal:
        export_page.save_pdf(tmp_path / "missing" / "plan.pdf")
    assert "does not exist; create it first" in signal.args[0] and not (tmp_path / "missing").exists()


def test_blank_checklist_from_the_page(export_page, qtbot, tmp_path):
    export_page.stage_combo.setCurrentIndex(export_page.stage_combo.findData(2))
    with qtbot.waitSignal(export_page.finished, timeout=JOB_TIMEOUT) as signal:
        export_page.save_checklist(tmp_path / "list.pdf")
    assert "Saved the blank checklist" in signal.args[0] and (tmp_path / "list.pdf").stat().st_size > 10_000


def test_excel_out_edited_and_back_asks_first_and_undoes_in_one_step(export_page, demo_window, qtbot, tmp_path):
    from openpyxl import load_workbook

    session = demo_window.session
    with qtbot.waitSignal(export_page.finished, timeout=JOB_TIMEOUT):
        export_page.save_xlsx(tmp_path / "plan.xlsx")
    book = load_workbook(tmp_path / "plan.xlsx")
    book["Action plan"]["T2"] = "On hold"
    ratings = book["Ratings"]
    row = next(r for r in range(2, ratings.max_row + 1) if ratings[f"A{r}"].value == "s3.map.ci.3")
    ratings[f"F{row}"] = "Progressing"
    book.save(tmp_path / "plan.xlsx")
    first = session.plan.in_plan_order()[0]

    export_page.read_workbook(tmp_path / "plan.xlsx")
    qtbot.waitUntil(lambda: getattr(export_page, "confirm", None) is not None, timeout=JOB_TIMEOUT)
    assert "changes 2 things" in export_page.confirm.text()
    assert ("Rating of Stage 3 · Curriculum and Instruction 3 “Each student works with his or her teachers to "
            "co-design…”: Emerging → Progressing") in export_page.confirm.detailedText()
    apply = next(b for b in export_page.confirm.buttons() if b.text() == "Apply Changes")
    with qtbot.waitSignal(session.plan_changed):
        apply.click()
    assert session.plan.item(first.id).status is ActionStatus.ON_HOLD
    assert session.assessment("s3.map.ci.3").value.label == "Progressing"
    session.undo_stack.undo()
    assert session.plan.item(first.id).status is first.status
    assert session.assessment("s3.map.ci.3").value.label == "Emerging"


def test_declining_the_changes_leaves_the_review_alone(export_page, demo_window, qtbot, tmp_path):
    from openpyxl import load_workbook

    with qtbot.waitSignal(export_page.finished, timeout=JOB_TIMEOUT):
        export_page.save_xlsx(tmp_path / "plan.xlsx")
    book = load_workbook(tmp_path / "plan.xlsx")
    book["Action plan"]["T2"] = "Done"
    book.save(tmp_path / "plan.xlsx")
    before = demo_window.session.plan
    export_page.read_workbook(tmp_path / "plan.xlsx")
    qtbot.waitUntil(lambda: getattr(export_page, "confirm", None) is not None, timeout=JOB_TIMEOUT)
    export_page.confirm.button(QMessageBox.StandardButton.Cancel).click()
    assert export_page.status.text() == "Nothing was changed." and demo_window.session.plan == before


def test_a_bad_workbook_gets_its_sentence(export_page, qtbot, tmp_path):
    (tmp_path / "bad.xlsx").write_text("no")
    with qtbot.waitSignal(export_page.finished, timeout=JOB_TIMEOUT) as signal:
        export_page.read_workbook(tmp_path / "bad.xlsx")
    assert "bad.xlsx cannot be read as an Excel workbook" in signal.args[0]


def test_the_file_menu_opens_the_export_page(demo_window, monkeypatch):
    from equity_desktop.gui.pages import export_page

    monkeypatch.setattr(export_page.QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    demo_window.pdf_action.trigger()
    page = demo_window.workspace.current_page()
    assert demo_window.workspace.navigator.current_key() == "export" and page.task is None  # dialog cancelled
