"""The core's sentences in the window's language (issue 19): an error the core raises, shown where the person
caused it, says `error.sentence(words())` — the catalogued sentence in Spanish, any other text as the core wrote it
— never `str(error)`, the English. Each test causes the error as a person would (a file that is not a review, an
HTML page saved as .xlsx, an empty file, a mistyped paper ballot) and compares what the window shows with what the
core raised for the same file or line, so they hold while the core's sentences are being catalogued and after."""

from __future__ import annotations

import pytest
from helpers import find_box
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTableWidgetItem

from equity_desktop.core.enrollment.errors import EnrollmentFileError
from equity_desktop.core.enrollment.file_reading import read_for_import
from equity_desktop.core.errors import EquityError
from equity_desktop.core.i18n.message import Message
from equity_desktop.core.review import ballots
from equity_desktop.core.review.document import SchoolProfile
from equity_desktop.core.review.store import ReviewStore
from equity_desktop.gui.translation import said_here, words

READ_TIMEOUT = 30_000  # ms; a worker process starts, reads, and answers
WEB_PAGE = "<!DOCTYPE html><html><head><title>Sign in</title></head><body><form>Sign in</form></body></html>"



def _in_spanish(error: EquityError) -> str:
    """The error's sentence in the window's language; when the core has catalogued it, not the English one."""
    sentence = error.sentence(words())
    assert words().language == "es"
    if isinstance(error.args[0], Message) and error.args[0].message_id in words().messages:
        assert sentence != str(error), "a catalogued sentence is shown in English"
    return sentence


def test_said_here_says_a_catalogued_sentence_in_spanish_and_any_other_text_as_it_is(spanish):
    note = Message("change.empty")
    assert said_here(note) == words().t("change.empty") != str(note)
    assert said_here("Bayview.xlsx") == "Bayview.xlsx"
    error = EquityError(Message("change.empty"))
    assert said_here(error) == error.sentence(words()) == words().t("change.empty")
    assert said_here(None) == ""


def test_a_file_that_is_not_a_review_is_refused_in_spanish(spanish, window, tmp_path):
    bad = tmp_path / "notas.eqreview"
    bad.write_text("esto no es una revisión")
    with pytest.raises(EquityError) as raised:
        ReviewStore.open(bad)
    assert not window.open_review(bad)
    box = find_box(window, "errorBox")
    assert box.isVisible()
    assert box.text() == _in_spanish(raised.value)
    assert box.windowTitle() == QApplication.translate("MainWindow", "Cannot open the review") != \
        "Cannot open the review"
    box.close()


def test_an_empty_review_file_is_refused_in_spanish(spanish, window, tmp_path):
    empty = tmp_path / "vacía.eqreview"
    empty.write_bytes(b"")
    with pytest.raises(EquityError) as raised:
        ReviewStore.open(empty)
    assert not window.open_review(empty)
    assert find_box(window, "errorBox").text() == _in_spanish(raised.value)


@pytest.mark.parametrize(("name", "content"), [("matrícula.xlsx", WEB_PAGE.encode()), ("vacío.xlsx", b"")])
def test_the_import_wizard_says_why_a_file_cannot_be_read_in_spanish(spanish, window, qtbot, tmp_path, name,
                                                                     content):
    assert window.create_review(tmp_path / "bayview.eqreview",
                                SchoolProfile("Bayview Magnet Middle School", "Riverbend USD", "2024-25"))
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(EnrollmentFileError) as raised:
        read_for_import(path, None, None)
    window.import_enrollment(path)
    wizard = window.import_wizard
    qtbot.waitUntil(lambda: wizard.task is None and bool(wizard.form.fileProblem.text()), timeout=READ_TIMEOUT)
    assert wizard.form.fileProblem.text() == _in_spanish(raised.value)
    assert wizard.currentPage() is wizard.form.filePage
    wizard.reject()


@pytest.mark.parametrize(("code", "key"), [("9.ZZ.9", "3"), ("1.DE.1", "7")])
def test_a_mistyped_paper_ballot_line_is_refused_in_spanish(spanish, demo_window, qtbot, code, key):
    from equity_desktop.gui.workshop_dialogs import PaperBallotDialog

    framework = demo_window.session.framework
    with pytest.raises(EquityError) as raised:
        ballots.paper_entry(framework, code, key)
    dialog = PaperBallotDialog(framework, demo_window)
    qtbot.addWidget(dialog)
    dialog.member.setText("Ana Ruiz")
    dialog.grid.setItem(0, 0, QTableWidgetItem(code))
    dialog.grid.setItem(0, 1, QTableWidgetItem(key))
    dialog.show()
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    expected = QApplication.translate("PaperBallotDialog", "Line {0}: {1}").format(1, _in_spanish(raised.value))
    assert dialog.problem.text() == expected
    assert dialog.ballot is None and dialog.isVisible()
    dialog.reject()


def test_ballots_not_taken_are_said_in_spanish(spanish, demo_window, tmp_path, demo_file):
    """Collecting a review instead of a ballot, and an empty ballot file: the box lists each file's sentence as
    the core said it, in Spanish where its catalogue has it."""
    review = tmp_path / "otra copia.eqballot"
    review.write_bytes(demo_file.read_bytes())
    empty = tmp_path / "vacía.eqballot"
    empty.write_bytes(b"")
    expected = [said_here(s) for s in ballots.collect_ballots(demo_window.session.store, [review, empty]).skipped]
    assert not demo_window.workshop_files.collect([review, empty], confirm=lambda text: True)
    box = find_box(demo_window, "errorBox")
    assert box.text() == "\n".join(expected)
    assert "es una autoevaluación, no una boleta" in box.text()
    box.close()


def test_an_edit_the_core_refuses_is_said_in_spanish(spanish, demo_window):
    """Any refusal the session reports (edit_failed) is said through its sentence: a catalogued one in Spanish."""
    from equity_desktop.core.errors import InvalidEditError

    error = InvalidEditError(Message("ballot.other_review", name="x.eqballot"))
    demo_window.session.edit_failed.emit(error)
    box = find_box(demo_window, "errorBox")
    assert box.text() == "x.eqballot es una boleta de otra autoevaluación, no de esta; no se recogió."
    box.close()
