"""Outcome files in the import wizard (gui/outcome_files.py): a CRDC Gifted and Talented file added beside the
enrollment file on the school-and-year step gives the Data & MGI page its disproportionality. Numbers by hand
in the comments; the files are shaped like the CRDC's (tests/core/enrollment/test_crdc_outcomes.py)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from helpers import FLAG, visible_texts
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from shiboken6 import isValid

from equity_desktop.core.review.document import SchoolProfile

READ_TIMEOUT = 30_000  # ms; a worker process starts, reads, and answers
IDS = ["LEA_STATE", "LEA_STATE_NAME", "LEAID", "LEA_NAME", "SCHID", "SCH_NAME", "COMBOKEY"]
RACES = ["HI", "AM", "AS", "HP", "BL", "WH", "TR"]
GROUP, ENROLLED, WITH, RISK, OTHERS, RATIO = 1, 2, 3, 5, 6, 7


def ids(schid: str, name: str) -> list[str]:
    return ["AL", "ALABAMA", "0100005", "Albertville City", schid, name, "0100005" + schid]


def by_race(counts: dict[str, tuple[int, int]]) -> list[int]:
    return [n for r in RACES for n in counts.get(r, (0, 0))]


def write_csv(path: Path, rows: list[list[object]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def enrollment_file(folder: Path) -> Path:
    header = IDS + [f"SCH_ENR_{r}_{s}" for r in RACES for s in "MF"] + ["TOT_ENR_M", "TOT_ENR_F"]
    # Middle: Hispanic 100 + 110 = 210, Black 20 + 22 = 42, White 150 + 160 = 310; 270 boys, 292 girls: 562.
    middle = by_race({"HI": (100, 110), "BL": (20, 22), "WH": (150, 160)}) + [270, 292]
    primary = by_race({"HI": (30, 30), "BL": (20, 20), "WH": (50, 50)}) + [100, 100]
    return write_csv(folder / "Enrollment.csv", [header, ids("00870", "Albertville Middle") + middle,
                                                 ids("00871", "Albertville Primary") + primary])


def gifted_file(folder: Path) -> Path:
    header = IDS + ["SCH_GT_IND"] + [f"SCH_GTENR_{r}_{s}" for r in RACES for s in "MF"] + ["TOT_GTENR_M",
                                                                                           "TOT_GTENR_F"]
    # Middle: Hispanic 6 + 6 = 12 gifted, Black 1 + 1 = 2, White 30 + 26 = 56; 37 boys, 33 girls: 70 gifted.
    middle = by_race({"HI": (6, 6), "BL": (1, 1), "WH": (30, 26)}) + [37, 33]
    primary = [-9] * 16  # no gifted program: reserve codes
    return write_csv(folder / "Gifted and Talented.csv",
                     [header, ids("00870", "Albertville Middle") + ["Yes"] + middle,
                      ids("00871", "Albertville Primary") + ["No"] + primary,
                      ids("00999", "Elsewhere High") + ["Yes"] + by_race({"WH": (5, 5)}) + [5, 5]])


@pytest.fixture
def wizard(window, qtbot, tmp_path, monkeypatch):
    """A new review of Albertville Middle, its wizard on the school-and-year step of the CRDC enrollment file.
    Every file dialog answers with the next path of `wizard.chosen`."""
    assert window.create_review(tmp_path / "albertville.eqreview",
                                SchoolProfile("Albertville Middle", "Albertville City", "2017-18"))
    window.import_enrollment()
    wiz = window.import_wizard
    wiz.chosen = [str(enrollment_file(tmp_path))]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (wiz.chosen.pop(0), ""))
    qtbot.mouseClick(wiz.form.browseButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wiz.task is None and wiz.reading is not None, timeout=READ_TIMEOUT)
    for _ in range(3):
        click_next(wiz, qtbot)
    assert wiz.currentPage() is wiz.form.schoolPage, wiz.form.fileProblem.text()
    assert wiz.form.schoolCombo.currentText().startswith("Albertville Middle")
    yield wiz
    if isValid(wiz) and wiz.isVisible():  # an imported wizard is gone (deleted on close)
        wiz.reject()


def click_next(wizard, qtbot) -> None:
    qtbot.mouseClick(wizard.button(wizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.task is None, timeout=READ_TIMEOUT)


def add_file(wizard, qtbot, path: Path) -> None:
    """Add… then the file, as chosen in the file dialog; wait for the worker to read it."""
    wizard.chosen.append(str(path))
    qtbot.mouseClick(wizard.form.addOutcomeButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.task is None, timeout=READ_TIMEOUT)


def lines(wizard) -> list[str]:
    found = wizard.form.outcomeList
    return [found.item(row).text() for row in range(found.count())]


def risk_row(page, group: str) -> list[str]:
    model = page.risk_model
    row = next(r for r in range(model.rowCount()) if model.item(r, GROUP).text() == group)
    return [model.item(row, column).text() for column in range(model.columnCount())]


def test_a_gifted_file_gives_the_data_page_its_risk_ratios(window, wizard, qtbot, tmp_path):
    form = wizard.form
    intro = form.outcomeIntro.text()
    assert "An outcome file counts students with an outcome" in intro and "for the same schools" in intro
    add_file(wizard, qtbot, enrollment_file(tmp_path))  # not an outcome file: said, and left out
    add_file(wizard, qtbot, gifted_file(tmp_path))
    not_used, gifted = lines(wizard)
    assert not_used.startswith("Not used \u2014 Enrollment.csv")
    assert "no column of this file counts students with an outcome" in not_used  # the core's sentence
    assert gifted == "Gifted read from Gifted and Talented.csv for 2 of 2 schools."
    assert "1 school of Gifted and Talented.csv is not in this enrollment file" in form.outcomeList.item(1).toolTip()
    assert not [text for text in visible_texts(wizard) if FLAG.search(text)]
    click_next(wizard, qtbot)
    assert wizard.currentPage() is form.reportPage
    assert "562 students" in form.summaryLabel.text() and "outcomes: Gifted." in form.summaryLabel.text()
    report = [form.reportList.item(row).text() for row in range(form.reportList.count())]
    assert any("not used as an outcome file: Enrollment.csv" in line for line in report)
    assert any("Elsewhere High" in line for line in report)
    finish = wizard.button(wizard.WizardButton.FinishButton)
    assert finish.isEnabled()  # the unusable file does not block the import
    with qtbot.waitSignal(window.session.enrollment_changed, timeout=READ_TIMEOUT):
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    [snapshot] = window.session.snapshots()
    assert snapshot.year == "2017-18" and "Gifted" in snapshot.school.outcomes

    page = window.workspace.current_page()
    assert page.objectName() == "dataPage"
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    assert page.tabs.currentIndex() == 2 and page.risk_table.isVisible()
    assert "No outcome was imported" not in page.risk_intro.text()
    # Hispanic: risk 12 / 210 = 5.7 %; all others (70 - 12) / (562 - 210) = 58 / 352 = 16.5 %; ratio 0.35.
    hispanic = risk_row(page, "Hispanic/Latino")
    assert hispanic[0] == "Gifted"
    assert [hispanic[c] for c in (ENROLLED, WITH, RISK, OTHERS, RATIO)] == ["210", "12", "5.7", "16.5", "0.35"]
    # White: 56 / 310 = 18.1 %; others 14 / 252 = 5.6 %; ratio 3.25, in bold (2 or more).
    white = risk_row(page, "White")
    assert [white[c] for c in (RISK, OTHERS, RATIO)] == ["18.1", "5.6", "3.25"]
    assert risk_row(page, "Black or African American")[RATIO] == "\u2014"  # 2 gifted: under the cell size
    assert "minimum cell size" in risk_row(page, "Black or African American")[8]


def test_a_removed_outcome_file_is_not_imported(window, wizard, qtbot, tmp_path):
    form = wizard.form
    assert not form.removeOutcomeButton.isEnabled()  # nothing to remove yet
    add_file(wizard, qtbot, gifted_file(tmp_path))
    assert form.outcomeList.currentRow() == 0 and form.removeOutcomeButton.isEnabled()
    wizard.activateWindow()
    qtbot.waitActive(wizard)
    item = form.outcomeList.visualItemRect(form.outcomeList.item(0))
    qtbot.mouseClick(form.outcomeList.viewport(), Qt.MouseButton.LeftButton, pos=item.center())
    qtbot.keyClick(form.outcomeList, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # &Remove
    qtbot.waitUntil(lambda: lines(wizard) == [])  # a mnemonic clicks the button as a short animation
    assert not form.removeOutcomeButton.isEnabled()
    click_next(wizard, qtbot)
    assert "outcome" not in form.summaryLabel.text()
    with qtbot.waitSignal(window.session.enrollment_changed, timeout=READ_TIMEOUT):
        wizard.accept()
    assert window.session.snapshots()[0].school.outcomes == {}
    assert "No outcome was imported for 2017-18" in window.workspace.current_page().risk_intro.text()


def test_choosing_the_enrollment_file_again_keeps_the_outcome_files(wizard, qtbot, tmp_path):
    form = wizard.form
    add_file(wizard, qtbot, gifted_file(tmp_path))
    first = wizard.reading
    for _ in range(3):
        qtbot.mouseClick(wizard.button(wizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is form.filePage
    wizard.chosen.append(str(tmp_path / "Enrollment.csv"))
    qtbot.mouseClick(form.browseButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.task is None and wizard.reading is not None
                    and wizard.reading is not first, timeout=READ_TIMEOUT)
    for _ in range(3):
        click_next(wizard, qtbot)
    assert wizard.currentPage() is form.schoolPage
    assert lines(wizard) == ["Gifted read from Gifted and Talented.csv for 2 of 2 schools."]
    # The outcomes go into a copy of the reading: a file removed later leaves nothing behind.
    assert not any(unit.outcomes for unit in wizard.reading.table.units)
    assert any(unit.outcomes for unit in wizard.table.units)


def test_cancel_reading_an_outcome_file_adds_nothing(wizard, qtbot, tmp_path):
    form = wizard.form
    wizard.chosen.append(str(gifted_file(tmp_path)))
    qtbot.mouseClick(form.addOutcomeButton, Qt.MouseButton.LeftButton)
    cancel = wizard.progress.cancel
    assert wizard.task is not None and cancel.isVisible() and cancel.isEnabled()  # beside the list, answering
    assert not form.addOutcomeButton.isEnabled()
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert wizard.task is None and not wizard.progress.isVisible()
    assert lines(wizard) == [] and form.addOutcomeButton.isEnabled()
    add_file(wizard, qtbot, tmp_path / "Gifted and Talented.csv")  # and it can be added again
    assert lines(wizard) == ["Gifted read from Gifted and Talented.csv for 2 of 2 schools."]
