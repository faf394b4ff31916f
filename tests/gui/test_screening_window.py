"""District screening on real-world files: the ⚠ of a school whose groups do not add up, the columns step that
puts it right, the reference each school is compared with, and a file whose header row is not found."""

from __future__ import annotations

import csv

import pytest
from helpers import FLAG, choose, visible_texts
from PySide6.QtCore import Qt

from equity_desktop.gui.screening_model import COLUMNS, WARNING_MARK
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
    qtbot.waitUntil(lambda: screen.task is None and screen.reading is not None, timeout=READ_TIMEOUT)
    return screen


def cell(screen, school: str, column: int) -> str:
    proxy = screen.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, SCHOOL).data().endswith(school))
    return proxy.index(row, column).data()


def click_school(qtbot, screen, school: str) -> None:
    proxy = screen.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, SCHOOL).data().endswith(school))
    rect = screen.table.visualRect(proxy.index(row, 1))
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

    assert screen.reading.layout.to_mapping()["columns"]["Mystery"] == "count:race_ethnicity:Asian"
    assert not any(screen.proxy.index(r, SCHOOL).data().startswith(WARNING_MARK)
                   for r in range(screen.proxy.rowCount()))
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
    assert cell(screen, "North Elementary", COMPARED) == "sum of all 4 schools in odd-district.csv"
    assert "Compared with the sum of all 4 schools in odd-district.csv." in screen.notes.school.toPlainText()
    assert "Compared with the sum of all 4 schools" in screen.summary.text()

    choose(qtbot, screen.reference_combo, "the state")  # this file has no state row: it says so, lists nothing
    assert screen.model.rowCount() == 0 and "no state row to compare with" in screen.summary.text()
    assert not screen.export_button.isEnabled()
    choose(qtbot, screen.reference_combo, "its own district")
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

    dialog.header_spin.setFocus()
    dialog.header_spin.selectAll()
    qtbot.keyClicks(dialog.header_spin, "2")
    qtbot.keyClick(dialog.header_spin, Qt.Key.Key_Tab)  # leaving the box reads the file again at that row
    qtbot.waitUntil(lambda: dialog.task is None and dialog.panel.table.rowCount() == 4, timeout=READ_TIMEOUT)
    assert "choose what each column holds. Correct it in the list above." in dialog.panel.problem.text()
    assert not [t for t in visible_texts(screen, dialog) if FLAG.search(t)]
    for header, role in (("Site", "School name"), ("Kids A", "Count: Black"), ("Kids B", "Count: Hispanic"),
                         ("Kids C", "Count: White")):
        choose(qtbot, role_combo(dialog, header)[0], role)
    with qtbot.waitSignal(dialog.finished, timeout=READ_TIMEOUT):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
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
