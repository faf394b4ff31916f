"""File → Print… (Ctrl+P): the system print dialog, pages drawn from the plan's own PDF; Save as PDF keeps its
own key; a saved file can be opened or shown in its folder from the bar under the page's sentence."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter

from equity_desktop.gui import plan_printing

JOB_TIMEOUT = 60_000  # the PDF is written by a worker process, a fresh interpreter


@pytest.fixture
def printed_to(monkeypatch, tmp_path) -> Path:
    """Every printer the program sets up prints to this PDF file (the test machine has no printer)."""
    out = tmp_path / "printed.pdf"
    made = plan_printing.printer_for

    def to_file(document) -> QPrinter:
        printer = made(document)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    monkeypatch.setattr(plan_printing, "printer_for", to_file)
    return out


def _page_count(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def _print_dialog(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    page = window.workspace.current_page()
    assert type(page).__name__ == "ExportPage"
    qtbot.waitUntil(lambda: getattr(page, "print_dialog", None) is not None and page.print_dialog.isVisible(),
                    timeout=JOB_TIMEOUT)
    return page, page.print_dialog


def test_ctrl_p_opens_the_print_dialog_and_prints_every_page_of_the_plan(qtbot, demo_window, printed_to):
    page, dialog = _print_dialog(qtbot, demo_window)
    pages = len(page.scroll.page_sizes)
    assert pages > 5 and page.printer.pageLayout().margins().isNull()
    with qtbot.waitSignal(page.finished, timeout=JOB_TIMEOUT) as signal:
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # the dialog's default button: Print
    assert signal.args[0] == f"Sent {pages} pages of the action plan to {printed_to}."
    assert _page_count(printed_to) == pages


def test_cancelling_the_dialog_prints_nothing(qtbot, demo_window, printed_to):
    page, dialog = _print_dialog(qtbot, demo_window)
    with qtbot.waitSignal(page.finished, timeout=JOB_TIMEOUT) as signal:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert signal.args[0] == "Nothing was printed." and not printed_to.exists()


def test_a_page_range_prints_only_those_pages(demo_copy, printed_to):
    from equity_desktop.core.output.preview import preview_plan

    document = preview_plan(str(demo_copy))
    printer = plan_printing.printer_for(document)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert plan_printing.print_document(document, printer) == 2
    assert _page_count(printed_to) == 2
    size = printer.pageLayout().pageSize().size(printer.pageLayout().pageSize().Unit.Point)
    assert (round(size.width()), round(size.height())) == tuple(round(v) for v in document.sizes[0])


def test_save_as_pdf_keeps_a_key_of_its_own_and_print_has_ctrl_p(demo_window):
    assert demo_window.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert demo_window.pdf_action.shortcut() == QKeySequence(
        QKeyCombination(Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_P))
    file_menu = demo_window.menuBar().actions()[0].menu()
    assert demo_window.print_action in file_menu.actions() and demo_window.pdf_action in file_menu.actions()


def test_a_saved_file_can_be_opened_or_shown_in_its_folder(qtbot, demo_window, tmp_path):
    page = demo_window.workspace.show_page("export")
    opened = []
    page.saved_bar.open_url = lambda url: opened.append(url.toLocalFile()) or True
    assert not page.saved_bar.isVisible()
    with qtbot.waitSignal(page.finished, timeout=JOB_TIMEOUT):
        page.save_xlsx(tmp_path / "plan.xlsx")
    assert page.saved_bar.isVisible() and page.saved_bar.label.text() == "plan.xlsx"
    qtbot.mouseClick(page.saved_bar.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.saved_bar.folder_button, Qt.MouseButton.LeftButton)
    assert opened == [str(tmp_path / "plan.xlsx"), str(tmp_path)]
    with qtbot.waitSignal(page.finished, timeout=JOB_TIMEOUT):
        page.preview()  # another job: the bar of the last file goes
    assert not page.saved_bar.isVisible()
