"""The import wizard from the keyboard (issue 18, item 5): after Browse… and after a read Enter goes on, never
throws the wizard away; the sheet box keeps the keyboard; the file imported last is offered the next time."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWizard

from equity_desktop.core.review.document import SchoolProfile
from equity_desktop.paths import resource_path

DISTRICT_XLSX = resource_path("sample", "riverbend_enrollment_2022-2025.xlsx")
READ_TIMEOUT = 30_000
NEXT, CANCEL, BACK = QWizard.WizardButton.NextButton, QWizard.WizardButton.CancelButton, QWizard.WizardButton.BackButton


@pytest.fixture
def bayview(window, tmp_path):
    assert window.create_review(tmp_path / "bayview.eqreview",
                                SchoolProfile("Bayview Magnet Middle School", "Riverbend USD", "2024-25"))
    window.activateWindow()
    return window


def open_wizard(window, qtbot):
    window.import_action.trigger()
    wizard = window.import_wizard
    qtbot.waitUntil(wizard.isVisible)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    return wizard


def wait_read(wizard, qtbot) -> None:
    qtbot.waitUntil(lambda: wizard.task is None and wizard.reading is not None, timeout=READ_TIMEOUT)


def test_after_browse_enter_goes_on_and_the_sheet_box_keeps_the_keyboard(bayview, qtbot, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(DISTRICT_XLSX), ""))
    wizard = open_wizard(bayview, qtbot)
    form = wizard.form
    form.browseButton.setFocus()
    qtbot.keyClick(form.browseButton, Qt.Key.Key_Space)  # Browse…, the file chosen in the system dialog
    wait_read(wizard, qtbot)
    assert QApplication.focusWidget() is wizard.button(NEXT)  # not Cancel: Enter must not throw it away
    assert wizard.button(NEXT).isDefault()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentPage() is form.sheetPage)
    assert wizard.isVisible()
    form.sheetCombo.setFocus()
    qtbot.keyClick(form.sheetCombo, Qt.Key.Key_End)  # another sheet: read again
    qtbot.waitUntil(lambda: wizard.task is None and wizard.reading.sheet == "2024-25", timeout=READ_TIMEOUT)
    assert QApplication.focusWidget() is form.sheetCombo  # not "< Back"
    assert QApplication.focusWidget() is not wizard.button(BACK)


def test_enter_on_cancel_or_back_never_discards_the_wizard(bayview, qtbot):
    wizard = open_wizard(bayview, qtbot)
    form = wizard.form
    form.fileEdit.setFocus()
    qtbot.keyClicks(form.fileEdit, str(DISTRICT_XLSX))
    qtbot.keyClick(form.fileEdit, Qt.Key.Key_Return)  # Enter in the file box: Next, which reads it
    qtbot.waitUntil(lambda: wizard.currentPage() is form.sheetPage, timeout=READ_TIMEOUT)
    for which in (CANCEL, BACK):
        button = wizard.button(which)
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: wizard.task is None, timeout=READ_TIMEOUT)
        assert wizard.isVisible() and wizard.result() == 0
        assert wizard.currentPage() is not form.filePage  # Enter went on (Next), not back
    wizard.reject()


def test_the_file_imported_last_is_offered_the_next_time(bayview, qtbot, settings):
    wizard = open_wizard(bayview, qtbot)
    form = wizard.form
    assert form.fileEdit.text() == ""
    form.fileEdit.setText(str(DISTRICT_XLSX))
    for _ in range(6):
        if wizard.currentPage() is form.reportPage:
            break
        wizard.next()
        qtbot.waitUntil(lambda: wizard.task is None, timeout=READ_TIMEOUT)
    wizard.accept()
    assert settings.last_enrollment_file() == DISTRICT_XLSX
    settings.qsettings.sync()
    again = open_wizard(bayview, qtbot)  # the next year of the same workbook
    assert again.form.fileEdit.text() == str(DISTRICT_XLSX)
    assert QApplication.focusWidget() is again.form.fileEdit and again.form.fileEdit.hasSelectedText()
    qtbot.keyClick(again.form.fileEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: again.currentPage() is again.form.sheetPage, timeout=READ_TIMEOUT)
    again.reject()
