"""District screening on real-world files: the ⚠ of a school whose groups do not add up, the columns step that
puts it right, the reference each school is compared with, and a file whose header row is not found; and driven
as a person drives it: a heading clicked to sort, a name typed in Find, another threshold, the list exported."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from helpers import FLAG, choose, visible_texts
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QHeaderView

from equity_desktop.core.enrollment.analysis import measure_table
from equity_desktop.core.enrollment.mgi import Rule
from equity_desktop.core.enrollment.reading import read_enrollment
from equity_desktop.gui.screening_model import COLUMNS, SORT_ROLE, WARNING_MARK
from equity_desktop.gui.screening_window import ScreeningWindow

READ_TIMEOUT = 30_000  # ms; a worker process starts, reads, and answers
SCHOOL, SIMPSON, COMPARED = 0, [k for _, k in COLUMNS].index("simpson"), len(COLUMNS) - 1


def write_csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


@pytest.fixture
def odd_file(tmp_path):
    """Two districts' schools; race headers abbreviated, and "Mystery" holds 20 students of every school."""
    return write_csv(tmp_path / "odd-district.csv", [
        ["District", "School", "Blk", "Hisp", "Wht", "Mystery", "Total"],
        ["North USD", "North Elementary", 100, 50, 30, 20, 200],
        ["North USD", "North Middle", 20, 40, 120, 20, 200],
        ["South USD", "South Elementary", 10, 20, 150, 20, 200],
        ["South USD", "South High", 60, 60, 60, 20, 200]])


def open_screening(qtbot, tmp_path, path) -> ScreeningWindow:
    screen = ScreeningWindow(None, path, tmp_path)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    wait_measured(qtbot, screen)
    return screen


def wait_measured(qtbot, screen) -> None:
    """Until the worker has read and measured the file, and the list shows what it answered."""
    qtbot.waitUntil(lambda: screen.task is None and screen.reading is not None, timeout=READ_TIMEOUT)


def cell(screen, school: str, column: int) -> str:
    model = screen.model
    row = next(r for r in range(model.rowCount()) if model.index(r, SCHOOL).data().endswith(school))
    return model.index(row, column).data()


def click_school(qtbot, screen, school: str) -> None:
    model = screen.model
    row = next(r for r in range(model.rowCount()) if model.index(r, SCHOOL).data().endswith(school))
    rect = screen.table.visualRect(model.index(row, 1))
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert screen.selected_result().school == school


def role_combo(dialog, header: str):
    table = dialog.panel.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 1).text() == header)
    return table.cellWidget(row, 3), table.item(row, 4)


def test_the_columns_step_counts_a_column_the_program_did_not_know(qtbot, tmp_path, odd_file):
    screen = open_screening(qtbot, tmp_path, odd_file)
    assert screen.model.rowCount() == 4
    assert cell(screen, "North Elementary", SCHOOL) == f"{WARNING_MARK} North Elementary"  # 20 of 200 in no group
    assert cell(screen, "North Elementary", SIMPSON) == "—"  # the indices need every student in a group
    click_school(qtbot, screen, "North Elementary")
    assert "add up to 180 of its 200 students: 20 students are in no group" in screen.notes.school.toPlainText()
    assert 'columns not used: F ("Mystery")' in screen.notes.file.toPlainText()
    assert f"{WARNING_MARK} 4 with a warning" in screen.summary.text()

    qtbot.mouseClick(screen.columns_button, Qt.MouseButton.LeftButton)
    dialog = screen.columns_dialog
    assert dialog is not None and dialog.isVisible()
    combo, why = role_combo(dialog, "Mystery")
    assert why.text() == "the program does not know this header" and why.toolTip().startswith("not used")
    assert role_combo(dialog, "Blk")[1].toolTip() == "read as Count: Black or African American (its header)"
    choose(qtbot, combo, "Count: Asian")
    assert combo.currentData() == "count:race_ethnicity:Asian" and why.text() == "your choice"
    with qtbot.waitSignal(dialog.finished, timeout=READ_TIMEOUT):  # read again, in the worker; then it closes
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert screen.columns_dialog is None
    wait_measured(qtbot, screen)  # measured with those columns, in the window's worker

    assert screen.reading.layout.to_mapping()["columns"]["Mystery"] == "count:race_ethnicity:Asian"
    assert not any(screen.model.index(r, SCHOOL).data().startswith(WARNING_MARK)
                   for r in range(screen.model.rowCount()))
    assert cell(screen, "North Elementary", SIMPSON) != "—"  # every student counted: the index can be measured
    assert screen.selected_result().school == "North Elementary"  # still selected after the list was measured
    assert "No warning about this school's numbers." in screen.notes.school.toPlainText()
    assert WARNING_MARK not in screen.summary.text()


def test_each_school_is_compared_with_its_own_district_or_what_the_person_chooses(qtbot, tmp_path, odd_file):
    screen = open_screening(qtbot, tmp_path, odd_file)
    assert screen.reference_combo.currentText() == "its own district"
    assert cell(screen, "North Elementary", COMPARED) == "sum of the 2 schools of North USD in odd-district.csv"
    assert cell(screen, "South High", COMPARED) == "sum of the 2 schools of South USD in odd-district.csv"
    click_school(qtbot, screen, "South High")

    choose(qtbot, screen.reference_combo, "the whole file")
    wait_measured(qtbot, screen)
    assert cell(screen, "North Elementary", COMPARED) == "sum of all 4 schools in odd-district.csv"
    assert "Compared with the sum of all 4 schools in odd-district.csv." in screen.notes.school.toPlainText()
    assert "Compared with the sum of all 4 schools" in screen.summary.text()

    choose(qtbot, screen.reference_combo, "the state")  # this file has no state row: it says so, lists nothing
    wait_measured(qtbot, screen)
    assert screen.model.rowCount() == 0 and "no state row to compare with" in screen.summary.text()
    assert not screen.export_button.isEnabled()
    choose(qtbot, screen.reference_combo, "its own district")
    wait_measured(qtbot, screen)
    assert screen.model.rowCount() == 4


def test_a_file_without_a_header_row_is_put_right_in_the_columns_step(qtbot, tmp_path):
    path = write_csv(tmp_path / "campuses.csv", [
        ["Enrollment by campus, fall count"], ["Site", "Kids A", "Kids B", "Kids C"],
        ["Alder", 10, 20, 30], ["Birch", 30, 20, 10], ["Cedar", 5, 5, 50]])
    screen = open_screening(qtbot, tmp_path, path)
    assert screen.model.rowCount() == 0
    assert "no header row found" in screen.summary.text()
    assert screen.summary.text().endswith("Choose the header row under \u201cColumns…\u201d.")
    dialog = screen.columns_dialog  # opened by itself: nothing can be listed before the header row is chosen
    assert dialog is not None and dialog.isVisible()
    assert dialog.panel.problem.text().endswith("Choose the header row above: the row that names the columns.")
    texts = visible_texts(screen, dialog)
    assert not [t for t in texts if FLAG.search(t)], "a window sentence names a command-line option"

    # As a person does: into the box (Tab leaves it only when it has the focus, and a dialog just opened may not
    # be the active window yet), to its end, delete what is there, type the row.
    dialog.activateWindow()
    dialog.header_spin.setFocus()
    qtbot.waitUntil(dialog.header_spin.hasFocus)
    qtbot.keyClick(dialog.header_spin, Qt.Key.Key_End)
    for _ in dialog.header_spin.text():
        qtbot.keyClick(dialog.header_spin, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.header_spin, "2")
    assert dialog.header_spin.text() == "2"
    qtbot.keyClick(dialog.header_spin, Qt.Key.Key_Tab)  # leaving the box reads the file again at that row
    qtbot.waitUntil(lambda: dialog.task is None and dialog.panel.table.rowCount() == 4, timeout=READ_TIMEOUT)
    assert "choose what each column holds. Correct it in the list above." in dialog.panel.problem.text()
    assert not [t for t in visible_texts(screen, dialog) if FLAG.search(t)]
    for header, role in (("Site", "School name"), ("Kids A", "Count: Black"), ("Kids B", "Count: Hispanic"),
                         ("Kids C", "Count: White")):
        choose(qtbot, role_combo(dialog, header)[0], role)
    with qtbot.waitSignal(dialog.finished, timeout=READ_TIMEOUT):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    wait_measured(qtbot, screen)
    assert screen.model.rowCount() == 3
    assert cell(screen, "Alder", COMPARED) == "sum of the 3 schools in campuses.csv"


def test_a_file_that_cannot_be_opened_offers_no_columns_step(qtbot, tmp_path):
    picture = tmp_path / "enrollment.xlsx"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    screen = ScreeningWindow(None, picture, tmp_path)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.task is None, timeout=READ_TIMEOUT)
    assert "this is a PNG image" in screen.summary.text()
    assert not screen.columns_button.isEnabled() and screen.columns_dialog is None


# ---- many schools: sorted, found and measured again without waiting on the window ---------------------------

@pytest.fixture
def county_file(tmp_path):
    """60 schools in 4 districts; a tenth of them have "Ridge" in their name."""
    rows = [["District", "School Code", "School", "Total", "White", "Black", "Hispanic", "Asian"]]
    for number in range(60):
        white = (number * 37) % 300
        black, hispanic = (number * 53) % 200, (number * 71) % 150
        rows.append([f"D{number % 4}", f"S{number:03d}", f"{'Ridge ' if number % 10 == 3 else ''}School {number}",
                     white + black + hispanic + 20, white, black, hispanic, 20])
    return write_csv(tmp_path / "county.csv", rows)


def shown(screen, column: int, role=Qt.ItemDataRole.DisplayRole) -> list:
    model = screen.model
    return [model.index(row, column).data(role) for row in range(model.rowCount())]


def click_heading(qtbot, screen, column: int) -> None:
    header = screen.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_a_heading_clicked_sorts_the_list_and_the_school_selected_stays_selected(qtbot, tmp_path, county_file):
    screen = open_screening(qtbot, tmp_path, county_file)
    header = screen.table.horizontalHeader()
    assert header.sectionResizeMode(SCHOOL) == QHeaderView.ResizeMode.Interactive  # never measured per row
    assert screen.table.verticalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
    click_school(qtbot, screen, "Ridge School 13")
    minority = [k for _, k in COLUMNS].index("minority_share")
    click_heading(qtbot, screen, minority)
    keys = shown(screen, minority, SORT_ROLE)
    assert keys == sorted(keys) and header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    click_heading(qtbot, screen, minority)
    assert shown(screen, minority, SORT_ROLE) == sorted(keys, reverse=True)
    assert screen.selected_result().school == "Ridge School 13"
    assert screen.table.selectionModel().selectedRows()[0].data() == "Ridge School 13"
    click_heading(qtbot, screen, SCHOOL)
    names = shown(screen, SCHOOL)
    assert names == sorted(names, key=str.casefold)


def test_find_filters_once_typing_pauses_and_a_code_is_found_whatever_its_case(qtbot, tmp_path, county_file):
    screen = open_screening(qtbot, tmp_path, county_file)
    screen.find_edit.setFocus()
    qtbot.keyClicks(screen.find_edit, "ridge")
    assert screen.model.rowCount() == 60  # not at every letter: once typing pauses
    qtbot.waitUntil(lambda: screen.model.rowCount() == 6)
    assert all("Ridge" in name for name in shown(screen, SCHOOL))
    assert "60 schools listed, 6 shown" in screen.summary.text()
    qtbot.keyClick(screen.find_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(screen.find_edit, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 60)
    qtbot.keyClicks(screen.find_edit, "s013")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    assert shown(screen, 1) == ["S013"]


def test_another_threshold_is_applied_at_once_without_reading_the_file_again(qtbot, tmp_path, county_file):
    screen = open_screening(qtbot, tmp_path, county_file)
    spin = screen.rule_controls.threshold_spin
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "20")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert screen.task is None  # no worker: the list applies the rule to every school at once
    expected = {r.school: len(r.isolated_groups)
                for r in measure_table(read_enrollment(county_file), Rule(threshold=20.0))}
    outside = [k for _, k in COLUMNS].index("isolated_groups")
    assert dict(zip(shown(screen, SCHOOL), map(int, shown(screen, outside)))) == expected
    assert "more than 20 percentage points" in screen.summary.text()


def test_the_list_shown_is_exported_by_the_worker_in_the_order_shown(qtbot, tmp_path, county_file):
    screen = open_screening(qtbot, tmp_path, county_file)
    click_heading(qtbot, screen, [k for _, k in COLUMNS].index("dissimilarity"))
    qtbot.mouseClick(screen.only_outside, Qt.MouseButton.LeftButton)
    assert 0 < screen.model.rowCount() < 60
    out = tmp_path / "shown.csv"
    with qtbot.waitSignal(screen.list_exported, timeout=READ_TIMEOUT):
        screen.export(out)
    with open(out, encoding="utf-8-sig", newline="") as file:
        assert [row["school"] for row in csv.DictReader(file)] == shown(screen, SCHOOL)
    spool = screen.spool
    assert spool is not None and any(spool.iterdir())
    screen.close()
    assert not spool.exists()  # the lists the worker left go with the window


def test_a_reference_chosen_while_the_file_is_read_is_the_one_the_list_is_measured_against(qtbot, tmp_path,
                                                                                          county_file):
    screen = ScreeningWindow(None, county_file, tmp_path)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.task is not None  # still reading
    choose(qtbot, screen.reference_combo, "the whole file")
    wait_measured(qtbot, screen)
    assert set(shown(screen, COMPARED)) == {"sum of all 60 schools in county.csv"}
    assert "Compared with the sum of all 60 schools in county.csv." in screen.summary.text()
    choose(qtbot, screen.reference_combo, "its own district")
    wait_measured(qtbot, screen)
    assert len(set(shown(screen, COMPARED))) == 4  # too many to name them all under the list
    assert "Each school is compared with its own reference (4 in all; select a school" in screen.summary.text()


# ---- issue 18, item 7: as a district data officer meets the window -------------------------------------

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample" / "riverbend_enrollment_2022-2025.xlsx"
OUTSIDE = [k for _, k in COLUMNS].index("isolated_groups")


def test_the_list_opens_most_isolated_first_and_a_heading_then_sorts_a_to_z(qtbot, tmp_path, county_file):
    screen = open_screening(qtbot, tmp_path, county_file)
    header = screen.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (OUTSIDE, Qt.SortOrder.DescendingOrder)
    outside = [int(n) for n in shown(screen, OUTSIDE)]
    assert outside == sorted(outside, reverse=True) and outside[0] > outside[-1]
    names = shown(screen, SCHOOL)
    assert names != sorted(names, key=str.casefold, reverse=True)  # never Z to A
    click_heading(qtbot, screen, SCHOOL)
    names = shown(screen, SCHOOL)
    assert names == sorted(names, key=str.casefold)


def start_review_dialog(qtbot, screen):
    """Start a Review for This School…, pressed from the keyboard: the dialog once the school is read again."""
    screen.start_button.setFocus()
    qtbot.keyClick(screen.start_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: getattr(screen, "new_dialog", None) is not None and screen.new_dialog.isVisible(),
                    timeout=READ_TIMEOUT)
    return screen.new_dialog


def test_start_a_review_fills_the_schools_district_and_the_reminder_goes_once_a_school_is_chosen(qtbot, tmp_path):
    two_districts = write_csv(tmp_path / "two.csv", [
        ["District", "School", "Year", "Blk", "Hisp", "Wht", "Total"],
        ["North USD", "North Elementary", "2024-25", 100, 50, 30, 180],
        ["South USD", "South Elementary", "2024-25", 10, 20, 150, 180],
        ["South USD", "South High", "2024-25", 60, 60, 60, 180]])
    screen = open_screening(qtbot, tmp_path, two_districts)
    screen.start_button.setFocus()
    qtbot.keyClick(screen.start_button, Qt.Key.Key_Space)
    assert screen.summary.text() == "Select a school in the list first."
    click_school(qtbot, screen, "South High")
    assert "Select a school" not in screen.summary.text() and "schools listed" in screen.summary.text()
    dialog = start_review_dialog(qtbot, screen)
    assert (dialog.school.text(), dialog.district.text()) == ("South High", "South USD")
    dialog.reject()


def test_a_district_total_row_is_not_taken_for_the_districts_name(qtbot, tmp_path):
    screen = open_screening(qtbot, tmp_path, SAMPLE)
    click_school(qtbot, screen, "Cedar Grove Magnet Elementary School")
    dialog = start_review_dialog(qtbot, screen)
    assert dialog.school.text() == "Cedar Grove Magnet Elementary School"
    assert dialog.district.text() == ""  # the file's "District Total" names no district: left for the person
    dialog.reject()


def test_export_suggests_the_documents_folder_for_the_programs_samples_and_says_school_once(qtbot, tmp_path,
                                                                                            odd_file):
    screen = open_screening(qtbot, tmp_path / "documents", SAMPLE)
    assert screen.export_folder() == tmp_path / "documents"  # never the program's own sample folder
    other = open_screening(qtbot, tmp_path, odd_file)
    assert other.export_folder() == odd_file.parent  # beside the file screened
    other.find_edit.setText("South High")
    qtbot.waitUntil(lambda: other.model.rowCount() == 1)
    with qtbot.waitSignal(other.list_exported, timeout=READ_TIMEOUT):
        other.export(tmp_path / "one.csv")
    assert other.statusBar().currentMessage() == f"Exported 1 school to {tmp_path / 'one.csv'}"


def test_the_which_groups_cell_shows_its_whole_text_as_a_tooltip(qtbot, tmp_path, county_file):
    screen = open_screening(qtbot, tmp_path, county_file)
    which = [k for _, k in COLUMNS].index("groups_outside_band")
    index = screen.model.index(0, which)
    text = index.data()
    assert text and text != "—"
    assert index.data(Qt.ItemDataRole.ToolTipRole) == text
