"""The one place that shows errors to the user, and the hook that catches the ones we did not expect."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from equity_desktop.core.errors import EquityError
from equity_desktop.gui import crash_log
from equity_desktop.gui.crash_log import CrashLog
from equity_desktop.gui.translation import said_here

# A box with no parent window belongs to Python alone: keep it until it is closed,
# or the garbage collector deletes it the moment the caller returns.
_parentless: list[QMessageBox] = []
# The crash dialog on screen, if any: a program error while it is open adds to it rather than
# stacking a second dialog on top.
_crash_box: QMessageBox | None = None


def _tr(text: str) -> str:
    return QCoreApplication.translate("error_dialogs", text)


def _open(box: QMessageBox) -> QMessageBox:
    if box.parent() is None:
        _parentless.append(box)
        box.finished.connect(lambda _result: _parentless.remove(box))
    box.open()
    return box


def show_error(parent: QWidget | None, title: str, error: EquityError | OSError | str) -> QMessageBox:
    """Show a user-caused error's sentence in a window-modal box (non-blocking: returns the box), in the window's
    language (`said_here`)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, said_here(error), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    return _open(box)


def ask_open_read_only(parent: QWidget | None, error: EquityError) -> QMessageBox:
    """Offer read-only opening for a review that is in use or read-only; `accepted` means yes."""
    box = QMessageBox(QMessageBox.Icon.Question, _tr("Open read-only?"),
                      said_here(error), QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("readOnlyBox")
    box.button(QMessageBox.StandardButton.Open).setText(_tr("Open read-only"))
    return _open(box)


def show_crash(detail: str, log: CrashLog | None = None, logged: bool = False) -> QMessageBox:
    """Show a program error (`detail`: its traceback) in the one crash dialog, opening it if none is open."""
    global _crash_box
    if _crash_box is not None:
        _add_crash(_crash_box, detail)
        return _crash_box
    box = QMessageBox(QMessageBox.Icon.Critical, _tr("Equity Desktop"), _crash_sentence(log, logged))
    box.setObjectName("crashBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)  # the path can be copied
    box.setDetailedText(detail)
    box.setProperty("crashCount", 1)
    _button_that_stays(box, _tr("Copy Details"), "copyDetailsButton", lambda: copy_details(box, log))
    if log is not None:
        _button_that_stays(box, _tr("Open Log Folder"), "openLogFolderButton",
                           lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log.folder))))
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Close))
    _crash_box = box
    box.finished.connect(_forget_crash_box)
    return _open(box)


def _crash_sentence(log: CrashLog | None, logged: bool) -> str:
    # True whatever broke: every change is committed to the review file the moment it is made.
    start = _tr("Something went wrong inside Equity Desktop (a fault in the program, not anything you did), and "
                "your work up to your last change is saved")
    if log is None:
        return start + _tr("; please copy the details below for your support contact.")
    if not logged:
        return start + _tr("; the details below could not be written to the log file {0}, so please keep them "
                           "with Copy Details.").format(log.path)
    return start + _tr("; the details are in the log file:\n\n{0}").format(log.path)


def _button_that_stays(box: QMessageBox, text: str, name: str, slot) -> QPushButton:
    button = box.addButton(text, QMessageBox.ButtonRole.ActionRole)
    button.setObjectName(name)
    button.clicked.disconnect()  # a message box closes on any of its buttons; this one does its job and stays
    button.clicked.connect(slot)
    return button


def _add_crash(box: QMessageBox, detail: str) -> None:
    count = int(box.property("crashCount")) + 1
    box.setProperty("crashCount", count)
    box.setDetailedText(box.detailedText().rstrip("\n") + "\n\n" + "-" * 60 + "\n\n" + detail)
    box.setInformativeText(_tr("This happened {0} times; the details of each are below.").format(count))


def _forget_crash_box(_result: int) -> None:
    global _crash_box
    _crash_box = None


def copy_details(box: QMessageBox, log: CrashLog | None) -> None:
    """Put the version, the platform and the traceback(s) on the clipboard, for a report."""
    lines = [crash_log.about()]
    if log is not None:
        lines.append(_tr("Log: {0}").format(log.path))
    QGuiApplication.clipboard().setText("\n".join(lines) + "\n\n" + box.detailedText())


def install_excepthook() -> None:
    """A bug reaches the log and a dialog with a sentence, not a silent crash or a bare traceback."""

    def hook(kind, value, tb):
        # Imported here, not at start-up: it costs a few ms of every launch.
        import traceback

        detail = "".join(traceback.format_exception(kind, value, tb))
        print(detail, end="", file=sys.stderr)  # for whoever started the program from a terminal
        log = crash_log.current()
        logged = log is not None and log.crash(detail)
        if issubclass(kind, EquityError):  # still a bug (nothing caught it), but the person needs only its sentence
            show_error(None, _tr("Equity Desktop"), value)
            return
        show_crash(detail, log, logged)

    sys.excepthook = hook
