"""A program error leaves something to report: a log in the data folder, and one crash dialog that says where it is."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QSysInfo, QTimer, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from equity_desktop import __version__
from equity_desktop.core.review.store import ReviewStore
from equity_desktop.gui import app, crash_log
from equity_desktop.gui.background_task import BackgroundTask

WORKER_TRACEBACK = ('Traceback (most recent call last):\n  File "reader.py", line 7, in read\n'
                    "ZeroDivisionError: division by zero\n")


def crash_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == "crashBox" and w.isVisible()]


def a_slot_that_breaks() -> None:
    raise RuntimeError("the slot broke")


def crash(message: str = "boom") -> None:
    try:
        raise RuntimeError(message)
    except RuntimeError:
        sys.excepthook(*sys.exc_info())


@pytest.fixture
def log(qapp, tmp_path, monkeypatch):
    """The crash log and hook as the GUI installs them, in the test's data folder; removed after the test."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    installed = app.install_crash_reporting(tmp_path / "data")
    yield installed
    for box in crash_boxes():
        box.done(0)
    crash_log.uninstall()


def button(box: QMessageBox, name: str) -> QPushButton:
    found = box.findChild(QPushButton, name)
    assert found is not None, name
    return found


def test_the_gui_start_keeps_a_log_in_the_data_folder(log, tmp_path):
    assert log.path == tmp_path / "data" / "equity-desktop.log" and crash_log.current() is log
    log.start()
    text = log.path.read_text(encoding="utf-8")
    assert f"Equity Desktop {__version__} started" in text
    assert f"Qt {qVersion()}" in text and QSysInfo.prettyProductName() in text


@pytest.mark.qt_no_exception_capture  # the program's own hook must see the error, not pytest-qt's
def test_an_error_in_a_slot_is_logged_with_its_traceback(log, qtbot):
    QTimer.singleShot(0, a_slot_that_breaks)
    qtbot.waitUntil(lambda: len(crash_boxes()) == 1)
    text = log.path.read_text(encoding="utf-8")
    assert "started" in text.splitlines()[0], "the start line comes first"
    assert "Traceback (most recent call last)" in text and "in a_slot_that_breaks" in text
    assert "RuntimeError: the slot broke" in text


def test_the_crash_dialog_says_it_is_not_the_users_fault_and_where_the_log_is(log):
    crash("boom")
    [box] = crash_boxes()
    assert str(log.path) in box.text()
    assert "not anything you did" in box.text() and "is saved" in box.text()
    assert box.textInteractionFlags() & box.textInteractionFlags().TextSelectableByMouse
    assert "Traceback" not in box.text() and "RuntimeError: boom" in box.detailedText()


def test_copy_details_puts_version_platform_and_traceback_on_the_clipboard(log):
    crash("boom")
    [box] = crash_boxes()
    QGuiApplication.clipboard().clear()
    button(box, "copyDetailsButton").click()
    copied = QGuiApplication.clipboard().text()
    assert __version__ in copied and QSysInfo.prettyProductName() in copied
    assert "Traceback (most recent call last)" in copied and "RuntimeError: boom" in copied
    assert crash_boxes() == [box], "copying does not close the dialog"


def test_open_log_folder_shows_the_data_folder(log, monkeypatch):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    crash("boom")
    [box] = crash_boxes()
    button(box, "openLogFolderButton").click()
    assert opened == [QUrl.fromLocalFile(str(log.folder))]
    assert crash_boxes() == [box]


def test_a_second_crash_while_the_dialog_is_open_opens_no_second_dialog(log):
    crash("first")
    crash("second")
    [box] = crash_boxes()
    assert "RuntimeError: first" in box.detailedText() and "RuntimeError: second" in box.detailedText()
    text = log.path.read_text(encoding="utf-8")
    assert "RuntimeError: first" in text and "RuntimeError: second" in text
    box.button(QMessageBox.StandardButton.Close).click()
    crash("third")
    [again] = crash_boxes()
    assert "RuntimeError: third" in again.detailedText() and "RuntimeError: first" not in again.detailedText()


def never_run(progress):
    raise AssertionError("the test feeds the task its events; no worker starts")


def test_a_worker_process_crash_is_logged_and_its_sentence_names_the_log(log, qapp, monkeypatch):
    task = BackgroundTask(never_run)
    monkeypatch.setattr(task.job, "events", lambda: [("crash", WORKER_TRACEBACK)])
    sentences: list[str] = []
    task.failed.connect(sentences.append)
    try:
        task._poll()
    finally:
        task.job._receive.close()
        task.job._send.close()
    text = log.path.read_text(encoding="utf-8")
    assert "never_run" in text and WORKER_TRACEBACK.strip() in text
    assert len(sentences) == 1 and str(log.path) in sentences[0]
    assert crash_boxes() == [], "the page says it in a sentence; no crash dialog"


# ---- a crash must not lock the user out of the review -------------------------------------------------


@pytest.mark.qt_no_exception_capture
def test_after_a_crash_with_a_review_open_it_stays_open_and_can_be_opened_again(log, demo_window, demo_copy, qtbot):
    QTimer.singleShot(0, a_slot_that_breaks)
    qtbot.waitUntil(lambda: len(crash_boxes()) == 1)
    assert demo_window.session is not None and not demo_window.session.read_only  # the program carries on
    demo_window.close_review()
    ReviewStore.open(demo_copy).close()  # another program could open it for writing
    assert demo_window.open_review(demo_copy) and not demo_window.session.read_only


def _breaks(*args, **kwargs):
    raise RuntimeError("a program error while opening")


@pytest.mark.parametrize("where", ["equity_desktop.gui.main_window.ReviewSession",
                                   "equity_desktop.gui.main_window.ReviewWorkspace"])
def test_a_crash_while_opening_a_review_does_not_leave_it_locked(log, window, demo_copy, monkeypatch, where):
    with monkeypatch.context() as patch:
        patch.setattr(where, _breaks)
        with pytest.raises(RuntimeError):
            window.open_review(demo_copy)
    ReviewStore.open(demo_copy).close()  # the lock went with the failed attempt
    assert window.open_review(demo_copy) and not window.session.read_only
    assert window.workspace is not None and window.outer.currentWidget() is window.workspace



def test_a_crash_while_closing_a_review_still_releases_it(log, demo_window, demo_copy, monkeypatch):
    monkeypatch.setattr(demo_window.workspace, "commit_pending_edit", _breaks)
    with pytest.raises(RuntimeError):
        demo_window.close_review()
    assert demo_window.session is None and demo_window.workspace is None
    ReviewStore.open(demo_copy).close()
    assert demo_window.open_review(demo_copy) and not demo_window.session.read_only


def test_a_log_that_cannot_be_written_still_gives_the_dialog_and_says_so(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    (tmp_path / "data").write_text("a file where the data folder should be", encoding="utf-8")
    log = app.install_crash_reporting(tmp_path / "data")
    try:
        crash("boom")
        [box] = crash_boxes()
        assert "could not be written" in box.text() and str(log.path) in box.text()
        assert "RuntimeError: boom" in box.detailedText()
        box.done(0)
    finally:
        crash_log.uninstall()


def test_the_log_rotates_and_keeps_three_old_files(log, monkeypatch):
    monkeypatch.setattr(crash_log, "MAX_BYTES", 2_000)
    for n in range(12):
        assert log.crash(f"Traceback (most recent call last):\nRuntimeError: number {n}\n" + "x" * 900)
    assert sorted(p.name for p in log.folder.iterdir()) == [
        "equity-desktop.log", "equity-desktop.log.1", "equity-desktop.log.2", "equity-desktop.log.3"]
    assert all(p.stat().st_size <= 2_000 for p in log.folder.iterdir())
    assert "number 11" in log.path.read_text(encoding="utf-8")
