"""Data & MGI through the real widgets: the import wizard, the isolation view, trends and district screening."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from equity_desktop.core.enrollment.analysis import measure_table
from equity_desktop.core.enrollment.mgi import Rule, measure, points
from equity_desktop.core.enrollment.reading import read_enrollment
from equity_desktop.core.review.document import SchoolProfile
from equity_desktop.paths import resource_path

DISTRICT_XLSX = resource_path("sample", "riverbend_enrollment_2022-2025.xlsx")
STUDENTS_CSV = resource_path("sample", "riverbend_students_2024-25.csv")
REAL = Path("/work/shared/fixtures/real")
READ_TIMEOUT = 30_000  # ms; a worker process starts, reads, and answers


@pytest.fixture
def bayview(window, tmp_path):
    """The window with a new, empty review of a school that is in the demo district file."""
    assert window.create_review(tmp_path / "bayview.eqreview",
                                SchoolProfile("Bayview Magnet Middle School", "Riverbend USD", "2024-25"))
    return window


def open_wizard(window, qtbot, path: Path | None):
    window.import_enrollment(path)
    wizard = window.import_wizard
    qtbot.waitUntil(lambda: wizard.task is None and (wizard.reading is not None or path is None
                                                     or bool(wizard.form.fileProblem.text())), timeout=READ_TIMEOUT)
    return wizard


def go_to(wizard, qtbot, page) -> None:
    """Press Next until `page` shows, waiting for any read the pages start."""
    for _ in range(6):
        if wizard.currentPage() is page:
            return
        wizard.next()
        qtbot.waitUntil(lambda: wizard.task is None, timeout=READ_TIMEOUT)
    assert wizard.currentPage() is page


def import_all_the_way(window, qtbot, path: Path, school: str | None = None) -> list:
    wizard = open_wizard(window, qtbot, path)
    form = wizard.form
    go_to(wizard, qtbot, form.schoolPage)
    if school is not None:
        form.schoolCombo.setCurrentIndex(form.schoolCombo.findText(school, Qt.MatchFlag.MatchContains))
    go_to(wizard, qtbot, form.reportPage)
    assert wizard.button(wizard.WizardButton.FinishButton).isEnabled(), form.summaryLabel.text()
    with qtbot.waitSignal(window.session.enrollment_changed):
        wizard.accept()
    return window.session.snapshots()


def test_wizard_imports_a_wide_district_file_end_to_end(bayview, qtbot):
    wizard = open_wizard(bayview, qtbot, DISTRICT_XLSX)
    form = wizard.form
    go_to(wizard, qtbot, form.sheetPage)
    assert form.sheetCombo.count() == 3 and form.headerSpin.value() == 3  # a title and a note above the header
    assert form.previewTable.item(2, 1).text() == "School Name"
    go_to(wizard, qtbot, form.mappingPage)
    columns = form.columnsPanel.table
    roles = {columns.item(r, 1).text(): columns.cellWidget(r, 3).currentData() for r in range(columns.rowCount())}
    assert roles["School Code"] == "school_id" and roles["Black or African American"].startswith("count:")
    assert "Magnet" in form.columnsPanel.unrecognised.text()
    go_to(wizard, qtbot, form.schoolPage)
    assert form.schoolCombo.currentText() == "Bayview Magnet Middle School (0112)"  # matched to the review
    assert "District Total" in form.referenceLabel.text()
    go_to(wizard, qtbot, form.reportPage)
    assert "22 suppressed" in form.summaryLabel.text()
    wizard.accept()
    [snapshot] = bayview.session.snapshots()
    assert (snapshot.year, snapshot.school.code, snapshot.source_sheet) == ("2022-23", "0112", "2022-23")
    assert bayview.workspace.navigator.current_key() == "data"


def test_wizard_reads_a_long_file_and_a_student_file(bayview, qtbot, tmp_path):
    long_file = tmp_path / "long.csv"
    rows = [["School Year", "School Code", "School Name", "Subgroup", "Count"]]
    for code, name, black, white in (("0112", "Bayview Magnet Middle School", 700, 300),
                                     ("9000", "Other School", 100, 900)):
        rows += [["2023-24", code, name, "Black", black], ["2023-24", code, name, "White", white]]
    long_file.write_text("\n".join(",".join(map(str, r)) for r in rows) + "\n", encoding="utf-8")
    snapshots = import_all_the_way(bayview, qtbot, long_file)
    assert [s.year for s in snapshots] == ["2023-24"]
    assert snapshots[0].school.counts[("race_ethnicity", "Black or African American")] == 700
    snapshots = import_all_the_way(bayview, qtbot, STUDENTS_CSV, "Bayview")
    assert [s.year for s in snapshots] == ["2023-24", "2024-25"]
    students = read_enrollment(STUDENTS_CSV)
    unit = next(u for u in students.units if u.code == "0112")
    assert snapshots[1].school.counts == {k: v for k, v in unit.counts.items()}
    assert snapshots[1].school.outcomes  # the Gifted flag became an outcome: disproportionality shows
    page = bayview.workspace.pages["data"]
    page.year_combo.setCurrentIndex(page.year_combo.findText("2024-25"))
    assert not page.risk_table.isHidden() and page.risk_model.rowCount() > 0


@pytest.mark.skipif(not REAL.is_dir(), reason="the real fixtures (../shared/fixtures/real) are not here")
def test_wizard_on_a_real_state_file(window, qtbot, tmp_path):
    assert window.create_review(tmp_path / "texas.eqreview", SchoolProfile("Texas Avenue", "Atlantic City"))
    wizard = open_wizard(window, qtbot, REAL / "nj_enrollment_2019-20_slice.xlsx")
    form = wizard.form
    go_to(wizard, qtbot, form.sheetPage)
    sheet = form.sheetCombo.findData("School")
    if sheet >= 0 and form.sheetCombo.currentData() != "School":
        form.sheetCombo.setCurrentIndex(sheet)
        form.sheetCombo.activated.emit(sheet)
        qtbot.waitUntil(lambda: wizard.task is None, timeout=READ_TIMEOUT)
    go_to(wizard, qtbot, form.schoolPage)
    assert "Texas Avenue" in form.schoolCombo.currentText()
    # The slice's District sheet lacks Atlantic City: the wizard says so rather than compare with something else.
    assert "is not in this list of districts" in form.referenceLabel.text()
    wizard.next()
    assert wizard.currentPage() is form.schoolPage
    form.referenceCombo.setFocus()
    qtbot.keyClick(form.referenceCombo, Qt.Key.Key_Down)  # "the state", as a person picks it
    assert form.referenceLabel.text().startswith('The school is compared with the state row "State"')
    go_to(wizard, qtbot, form.reportPage)
    wizard.accept()
    [snapshot] = window.session.snapshots()
    assert "Texas Avenue" in snapshot.school.name and snapshot.year == "2019-20"
    assert snapshot.district_source.startswith('state row "State"')


def test_a_bad_file_shows_its_sentence_in_the_wizard(bayview, qtbot, tmp_path):
    picture = tmp_path / "enrollment.xlsx"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    wizard = open_wizard(bayview, qtbot, picture)
    text = wizard.form.fileProblem.text()
    assert text.startswith("enrollment.xlsx: this is a PNG image, not a spreadsheet")
    assert wizard.currentPage() is wizard.form.filePage
    wizard.next()
    qtbot.waitUntil(lambda: wizard.task is None, timeout=READ_TIMEOUT)
    assert wizard.currentPage() is wizard.form.filePage  # it does not move on
    wizard.reject()
    assert bayview.session.snapshots() == []


def test_cancel_half_way_leaves_the_review_untouched(bayview, qtbot):
    bayview.import_enrollment(STUDENTS_CSV)
    wizard = bayview.import_wizard
    assert wizard.task is not None and wizard.progress.isVisibleTo(wizard)
    wizard.progress.cancel.click()  # Cancel Reading while the worker reads
    assert wizard.task is None and not wizard.progress.isVisibleTo(wizard)
    assert wizard.reading is None
    wizard.reject()
    assert bayview.session.snapshots() == [] and bayview.session.undo_stack.count() == 0
    # Cancelling the whole wizard after a complete read writes nothing either.
    wizard = open_wizard(bayview, qtbot, DISTRICT_XLSX)
    go_to(wizard, qtbot, wizard.form.reportPage)
    wizard.reject()
    assert bayview.session.snapshots() == []


def test_an_import_is_one_undoable_edit(bayview, qtbot):
    import_all_the_way(bayview, qtbot, DISTRICT_XLSX)
    assert len(bayview.session.snapshots()) == 1
    bayview.undo_action.trigger()
    assert bayview.session.snapshots() == [] and bayview.session.store.snapshots() == []
    bayview.redo_action.trigger()
    assert [s.year for s in bayview.session.store.snapshots()] == ["2022-23"]


def test_dropping_a_spreadsheet_on_an_open_review_starts_the_wizard(bayview, qtbot):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(DISTRICT_XLSX))])
    bayview.dropEvent(QDropEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                 Qt.KeyboardModifier.NoModifier))
    wizard = bayview.import_wizard
    assert wizard.form.fileEdit.text() == str(DISTRICT_XLSX)
    qtbot.waitUntil(lambda: wizard.reading is not None, timeout=READ_TIMEOUT)
    wizard.reject()


# ---- the isolation view --------------------------------------------------------------------------

def _data_page(window):
    return window.workspace.show_page("data")


def test_isolation_view_shows_the_cores_numbers(demo_window):
    page = _data_page(demo_window)
    snapshot = demo_window.session.snapshots()[-1]
    result = measure(snapshot.school, snapshot.district, demo_window.session.mgi_rule())
    assert page.year_combo.currentText() == "2024-25"
    model = page.isolation_model
    shown = {model.item(r, 0).text(): [model.item(r, c).text() for c in range(model.columnCount())]
             for r in range(model.rowCount())}
    race = [g for g in result.groups if g.dimension == "race_ethnicity"]
    assert len(shown) == len(race)
    for group in race:
        row = shown[group.group]
        assert row[2] == f"{group.school.share:.1f} %" and row[4] == f"{group.district.share:.1f} %"
        assert row[5] == points(group.difference)
        assert row[6].startswith(group.status())
    assert shown["Black or African American"][6] == "over-represented by 44.1 points"
    assert "95.0 %" in page.federal_label.text() and "minority-group-isolated" in page.federal_label.text()
    assert "Miami-Dade" in page.rule_label.text()
    assert page.isolation_chart.height() > 100 and page.isolation_chart.renderer.isValid()
    assert "Black or African American over-represented" in page.isolation_chart.accessibleDescription()
    small = [r for r in range(model.rowCount()) if model.item(r, 1).text().endswith("†")]
    assert small and "Fewer than 10" in page.small_label.text()


def test_changing_the_threshold_recomputes_at_once_and_is_saved(demo_window):
    page = _data_page(demo_window)
    page.threshold_spin.setValue(45.0)
    model = page.isolation_model
    black = next(r for r in range(model.rowCount()) if model.item(r, 0).text() == "Black or African American")
    assert model.item(black, 6).text().startswith("within the band (+44.1 points)")
    assert demo_window.session.store.mgi_rule() == Rule("points", 45.0)
    assert "45 percentage points" in page.rule_label.text()
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("relative"))
    assert demo_window.session.store.mgi_rule() == Rule("relative", 45.0)
    assert model.item(black, 6).text() == "over-represented by 44.1 points"  # 45 % of 18.9 is 8.5 points
    demo_window.undo_action.trigger()
    demo_window.undo_action.trigger()
    assert demo_window.session.store.mgi_rule() == Rule("points", 10.0) and page.threshold_spin.value() == 10.0


def test_trends_show_each_year_and_the_progress_goal(demo_window):
    page = _data_page(demo_window)
    page.tabs.setCurrentIndex(1)
    assert "2022-23 to 2024-25" in page.trend_summary.text()
    assert page.trend_chart.renderer.isValid()
    assert "✓ Hispanic/Latino, 2022-23 to 2023-24" in page.goal_label.text()
    assert "2 of 2 steps met" in page.goal_label.text()


def test_the_data_page_without_enrollment_says_what_to_do(bayview):
    page = _data_page(bayview)
    assert page.stack.currentWidget() is page.empty and "Import Enrollment" in page.empty.text()


# ---- district screening --------------------------------------------------------------------------

@pytest.fixture
def screening(window, qtbot):
    window.screen_district(DISTRICT_XLSX)
    screen = window.screening_window
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=READ_TIMEOUT)
    return screen


def test_screening_lists_every_school_with_the_cores_flags(screening, qtbot):
    table = read_enrollment(DISTRICT_XLSX)
    results = measure_table(table, Rule())
    assert screening.model.rowCount() == len(results) == 60
    outside = sum(1 for r in results if r.isolated_groups)
    screening.only_outside.setChecked(True)
    assert screening.model.rowCount() == outside
    assert f"{outside} with a group outside the band" in screening.summary.text()
    screening.find_edit.setText("cedar")  # filtered once typing pauses
    qtbot.waitUntil(lambda: screening.model.rowCount() == 1)
    assert screening.model.index(0, 0).data() == "Cedar Grove Magnet Elementary School"


def test_screening_sorts_by_number_and_exports_what_is_shown(screening, qtbot, tmp_path):
    column = 5  # Minority %
    screening.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    model = screening.model
    values = [model.index(r, column).data(Qt.ItemDataRole.UserRole) for r in range(model.rowCount())]
    assert values == sorted(values, reverse=True)
    screening.only_outside.setChecked(True)
    out = tmp_path / "list.csv"
    with qtbot.waitSignal(screening.list_exported, timeout=READ_TIMEOUT):  # written in the worker
        screening.export(out)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 1 + screening.model.rowCount()


def test_a_review_started_from_the_screening_list_has_its_enrollment(window, screening, qtbot, tmp_path):
    row = next(r for r in range(screening.model.rowCount())
               if screening.model.index(r, 1).data() == "0233")
    screening.table.selectRow(row)
    result = screening.selected_result()
    unit = next(u for u in read_enrollment(DISTRICT_XLSX).units if u.code == "0233")
    with qtbot.waitSignal(window.review_opened, timeout=READ_TIMEOUT):  # the school is read again in the worker
        screening.create_review(tmp_path / "northside.eqreview", SchoolProfile(result.school, "Riverbend USD"),
                                "0233")
    [snapshot] = window.session.snapshots()
    assert snapshot.school.code == "0233" and snapshot.school.counts == unit.counts


def test_a_changed_column_role_is_imported_and_the_mapping_works_on_the_command_line(bayview, qtbot, tmp_path,
                                                                                       capsys):
    from equity_desktop.cli.main import main
    from equity_desktop.core.enrollment import layout as lay

    wizard = open_wizard(bayview, qtbot, DISTRICT_XLSX)
    form = wizard.form
    go_to(wizard, qtbot, form.mappingPage)
    columns = form.columnsPanel.table
    row = next(r for r in range(columns.rowCount()) if columns.item(r, 1).text() == "White")
    combo = columns.cellWidget(row, 3)
    combo.setCurrentIndex(combo.findData("ignore"))
    saved = tmp_path / "riverbend-mapping.json"
    lay.save_mapping(wizard.current_mapping(), saved)  # what Save the Mapping… writes
    go_to(wizard, qtbot, form.reportPage)  # Next re-read the file with the changed role
    assert wizard.reading.layout.to_mapping()["columns"]["White"] == "ignore"
    wizard.accept()
    [snapshot] = bayview.session.snapshots()
    assert ("race_ethnicity", "White") not in snapshot.school.counts
    assert snapshot.mapping["columns"]["White"] == "ignore"
    assert lay.read_mapping(saved)["columns"]["White"] == "ignore"
    assert main(["mgi", str(DISTRICT_XLSX), "--sheet", "2022-23", "--school", "0112", "--map", str(saved),
                 "--format", "json"]) == 0
    assert '"group": "White"' not in capsys.readouterr().out


def test_the_wizard_preselects_the_reviews_school_and_asks_before_another(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    # The review's name is how the school calls itself, not the file's spelling; nothing matches it first.
    assert window.create_review(tmp_path / "cedar.eqreview",
                                SchoolProfile("Cedar Grove Elementary", "Riverbend USD", "2022-23"))
    wizard = open_wizard(window, qtbot, DISTRICT_XLSX)
    form = wizard.form
    go_to(wizard, qtbot, form.schoolPage)
    assert form.schoolCombo.currentIndex() == -1  # not the first school of the file
    assert "Cedar Grove Elementary is not in this file" in form.schoolCombo.placeholderText()
    wizard.next()
    assert wizard.currentPage() is form.schoolPage and "Choose the school" in form.referenceLabel.text()
    import_all_the_way(window, qtbot, DISTRICT_XLSX, school="Cedar Grove Magnet")
    # The next year's sheet: the earlier year's code finds the school.
    wizard = open_wizard(window, qtbot, DISTRICT_XLSX)
    form = wizard.form
    go_to(wizard, qtbot, form.sheetPage)
    form.sheetCombo.setCurrentIndex(form.sheetCombo.findText("2023-24"))
    qtbot.waitUntil(lambda: wizard.task is None, timeout=READ_TIMEOUT)
    go_to(wizard, qtbot, form.schoolPage)
    assert form.schoolCombo.currentText() == "Cedar Grove Magnet Elementary School (0417)"
    # Choosing another school asks first; No keeps the wizard on the school and imports nothing.
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.No)
    form.schoolCombo.setCurrentIndex(form.schoolCombo.findText("Bayview", Qt.MatchFlag.MatchContains))
    wizard.next()
    assert wizard.currentPage() is form.schoolPage
    assert "is not the school this review's earlier years were imported for" in asked[0]
    assert [s.year for s in window.session.snapshots()] == ["2022-23"]


def test_the_suppression_size_is_chosen_on_the_page_and_undone(demo_window, qtbot):
    page = _data_page(demo_window)
    combo = page.suppression_combo
    assert combo.currentData() == 10 and "\u201c<10\u201d" in page.small_label.text()
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the next preset, as a person picks it from the keyboard
    assert demo_window.session.store.suppression_size() == combo.currentData() == 5
    assert "\u201c<5\u201d" in page.small_label.text()
    assert demo_window.undo_action.text().endswith("Printed copies withhold counts under 5")
    demo_window.undo_action.trigger()
    assert demo_window.session.store.suppression_size() == 10 and combo.currentData() == 10


def test_students_left_out_are_said_next_to_the_numbers(window, qtbot, tmp_path):
    import csv

    source = tmp_path / "district.csv"
    with open(source, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["School", "School Code", "Total", "White", "Hispanic", "Black", "Native"],
                                      ["Little Creek School", "101", 77, 6, 4, 3, 64],
                                      ["Big Valley School", "102", 900, 600, 150, 100, 50]])
    assert window.create_review(tmp_path / "creek.eqreview", SchoolProfile("Little Creek School", "D", "2024-25"))
    import_all_the_way(window, qtbot, source)  # the file names no year: the review's 2024-25 is offered
    page = _data_page(window)
    assert page.warnings_label.isVisible()
    assert "add up to 13 of its 77 students: 64 students are in no group" in page.warnings_label.text()
    white = next(r for r in range(page.isolation_model.rowCount()) if page.isolation_model.item(r, 0).text() == "White")
    assert page.isolation_model.item(white, 2).text() == "7.8 %"  # of the 77, not of the 13


# ---- issue 18, item 12: the Data & MGI page as it reads ------------------------------------------------

def _import_sheet(window, qtbot, last_sheet: bool) -> None:
    """Import Enrollment… on the demo district file: its first sheet, or its last chosen from the keyboard."""
    wizard = open_wizard(window, qtbot, DISTRICT_XLSX)
    form = wizard.form
    go_to(wizard, qtbot, form.sheetPage)
    if last_sheet:
        form.sheetCombo.setFocus()
        qtbot.keyClick(form.sheetCombo, Qt.Key.Key_End)
        last = form.sheetCombo.itemData(form.sheetCombo.count() - 1)
        qtbot.waitUntil(lambda: wizard.task is None and wizard.reading.sheet == last, timeout=READ_TIMEOUT)
    go_to(wizard, qtbot, form.reportPage)
    with qtbot.waitSignal(window.session.enrollment_changed):
        wizard.accept()


def test_the_year_box_follows_the_latest_year_imported(bayview, qtbot):
    _import_sheet(bayview, qtbot, last_sheet=False)
    page = _data_page(bayview)
    assert page.year_combo.currentText() == "2022-23"
    _import_sheet(bayview, qtbot, last_sheet=True)
    assert [page.year_combo.itemText(i) for i in range(page.year_combo.count())] == ["2022-23", "2024-25"]
    assert page.year_combo.currentText() == "2024-25"  # stayed on 2022-23 before
    assert page.source_label.text().startswith("2024-25:")
    choose_year = page.year_combo
    choose_year.setCurrentIndex(0)
    page.threshold_spin.setValue(12)  # another rule: nothing imported, the year chosen stays
    page.threshold_spin.editingFinished.emit()
    assert page.year_combo.currentText() == "2022-23"


def test_students_by_is_never_cut_and_the_trend_sentence_says_what_the_lines_are(demo_window, qtbot):
    demo_window.resize(1024, 600)
    page = _data_page(demo_window)
    combo = page.dimension_combo
    metrics = combo.fontMetrics()
    longest = max(metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
    assert combo.width() >= longest + 16, (combo.width(), longest)
    text = page.trend_summary.text()
    assert "solid" not in text and "heavy line with dots" in text and "thin grey dashed line" in text
    assert "as used by Miami-Dade County Public Schools" in page.goal_label.text()
