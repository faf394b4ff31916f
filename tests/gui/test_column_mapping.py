"""The columns step in the import wizard (column_mapping.ColumnMappingPanel): why each column was read as it
was, a problem that sends the person to this step, and a mapping loaded from a file."""

from __future__ import annotations

import csv

from helpers import FLAG, choose, visible_texts
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from equity_desktop.core.enrollment import layout as lay
from equity_desktop.core.review.document import SchoolProfile

READ_TIMEOUT = 30_000  # ms
HEADER, HOLDS, WHY = 1, 3, 4


def no_groups_file(tmp_path):
    """A file whose group columns have headers the program cannot know."""
    path = tmp_path / "campus.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["School", "Alpha", "Beta", "Total"],
                                      ["Bayview Magnet Middle School", 70, 30, 100],
                                      ["Other School", 10, 90, 100]])
    return path


def open_wizard(window, qtbot, tmp_path, path):
    assert window.create_review(tmp_path / "bayview.eqreview",
                                SchoolProfile("Bayview Magnet Middle School", "Riverbend USD", "2024-25"))
    window.import_enrollment(path)
    wizard = window.import_wizard
    qtbot.waitUntil(lambda: wizard.task is None and wizard.reading is not None, timeout=READ_TIMEOUT)
    return wizard


def next_page(wizard, qtbot) -> None:
    qtbot.mouseClick(wizard.button(wizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.task is None, timeout=READ_TIMEOUT)


def row_of(panel, header: str) -> int:
    return next(r for r in range(panel.table.rowCount()) if panel.table.item(r, HEADER).text() == header)


def test_a_column_problem_sends_the_person_to_the_columns_step(window, qtbot, tmp_path):
    wizard = open_wizard(window, qtbot, tmp_path, no_groups_file(tmp_path))
    form, panel = wizard.form, wizard.form.columnsPanel
    next_page(wizard, qtbot)
    assert wizard.currentPage() is form.sheetPage
    assert form.sheetProblem.text().endswith("choose what each column holds. Correct it on the next step, "
                                             "3. Check what each column holds.")
    next_page(wizard, qtbot)
    assert wizard.currentPage() is form.mappingPage
    assert panel.problem.text().endswith("choose what each column holds. Correct it in the list above.")
    assert panel.table.item(row_of(panel, "Alpha"), WHY).text() == "the program does not know this header"
    assert panel.table.item(row_of(panel, "School"), WHY).toolTip() == "read as School name (its header)"
    assert not [t for t in visible_texts(wizard) if FLAG.search(t)]
    choose(qtbot, panel.table.cellWidget(row_of(panel, "Alpha"), HOLDS), "Count: Black")
    choose(qtbot, panel.table.cellWidget(row_of(panel, "Beta"), HOLDS), "Count: White")
    assert panel.table.item(row_of(panel, "Beta"), WHY).text() == "your choice"
    next_page(wizard, qtbot)  # read again with the chosen columns, then on to the school
    assert wizard.currentPage() is form.schoolPage, panel.problem.text()
    assert form.schoolCombo.currentText() == "Bayview Magnet Middle School"
    assert wizard.reading.layout.to_mapping()["columns"]["Alpha"] == "count:race_ethnicity:Black or African American"
    wizard.reject()


def test_a_mapping_loaded_on_the_columns_step_reads_the_file_again(window, qtbot, tmp_path, monkeypatch):
    path = no_groups_file(tmp_path)
    wizard = open_wizard(window, qtbot, tmp_path, path)
    panel = wizard.form.columnsPanel
    mapping = wizard.current_mapping()
    mapping["columns"].update({"Alpha": "count:race_ethnicity:Black or African American",
                               "Beta": "count:race_ethnicity:White"})
    saved = tmp_path / "campus-mapping.json"
    lay.save_mapping(mapping, saved)
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    chosen = [str(broken), str(saved)]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (chosen.pop(0), ""))
    next_page(wizard, qtbot)
    next_page(wizard, qtbot)
    qtbot.mouseClick(panel.load_button, Qt.MouseButton.LeftButton)
    assert "broken.json: the mapping file is not valid JSON" in panel.problem.text()
    qtbot.mouseClick(panel.load_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.task is None, timeout=READ_TIMEOUT)
    assert panel.problem.text() == "" and wizard.reading.table is not None
    combo = panel.table.cellWidget(row_of(panel, "Beta"), HOLDS)
    assert combo.currentData() == "count:race_ethnicity:White"
    assert panel.table.item(row_of(panel, "Beta"), WHY).text() == "the mapping"
    wizard.reject()
