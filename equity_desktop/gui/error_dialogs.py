"""The one place that shows errors to the user, and the hook that catches the ones we did not expect."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from equity_desktop.core.errors import EquityError

# A box with no parent window belongs to Python alone: keep it until it is closed,
# or the garbage collector deletes it the moment the caller returns.
_parentless: list[QMessageBox] = []


def _tr(text: str) -> str:
    return QCoreApplication.translate("error_dialogs", text)


def _open(box: QMessageBox) -> QMessageBox:
    if box.parent() is None:
        _parentless.append(box)
        box.finished.connect(lambda _result: _parentless.remove(box))
    box.open()
    return box


def show_error(parent: QWidget | None, title: str, error: EquityError | str) -> QMessageBox:
    """Show a user-caused error's sentence in a window-modal box (non-blocking: returns the box)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, str(error), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    return _open(box)


def ask_open_read_only(parent: QWidget | None, error: EquityError) -> QMessageBox:
    """Offer read-only opening for a review that is in use or read-only; `accepted` means yes."""
    box = QMessageBox(QMessageBox.Icon.Question, _tr("Open read-only?"),
                      str(error), QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("readOnlyBox")
    box.button(QMessageBox.StandardButton.Open).setText(_tr("Open read-only"))
    return _open(box)


def install_excepthook() -> None:
    """A bug reaches the log and a dialog with a sentence, not a silent crash or a bare traceback."""

    def hook(kind, value, tb):
        # Imported here, not at start-up: logging and traceback cost ~6 ms of every launch.
        import logging
        import traceback

        logging.getLogger(__name__).error("Unexpected error", exc_info=(kind, value, tb))
        if issubclass(kind, EquityError):
            show_error(None, _tr("Equity Desktop"), value)
            return
        detail = "".join(traceback.format_exception(kind, value, tb))
        box = QMessageBox(QMessageBox.Icon.Critical, _tr("Equity Desktop"),
                          _tr("Something went wrong inside Equity Desktop. Your last saved change is safe in the "
                              "review file. Please send the details below to your support contact."))
        box.setObjectName("crashBox")
        box.setDetailedText(detail)
        _open(box)

    sys.excepthook = hook
