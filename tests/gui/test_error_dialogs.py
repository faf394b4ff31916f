"""Errors reach the user as a sentence in a dialog, expected or not."""

from __future__ import annotations

import gc
import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from equity_desktop.core.errors import NotAReviewError
from equity_desktop.gui import error_dialogs


def visible_box(name):
    return next((w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()), None)


def test_unexpected_error_opens_a_crash_dialog_that_stays(qapp, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    error_dialogs.install_excepthook()
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    gc.collect()
    box = visible_box("crashBox")
    assert box is not None, "the dialog must survive garbage collection"
    assert "up to your last change is saved" in box.text() and "RuntimeError: boom" in box.detailedText()
    box.done(0)
    assert box not in error_dialogs._parentless


def test_user_error_shows_only_its_sentence(qapp, monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    error_dialogs.install_excepthook()
    error = NotAReviewError(tmp_path / "x.eqreview", "x.eqreview is not an Equity Desktop review; choose a file.")
    sys.excepthook(NotAReviewError, error, None)
    box = visible_box("errorBox")
    assert isinstance(box, QMessageBox) and box.text() == str(error)
    box.done(0)
