"""A whole review with the keyboard alone (WCAG 2.1.1 Keyboard, 2.1.2 No Keyboard Trap): from the navigator,
the school profile, a team member, a rating on a key action, a map condition and a benchmark, an enrollment
import through the wizard, an action item, and the PDF — every step a key press or typed text sent to whatever
has the focus, never a click or a call on a widget. Only the system's own save dialog is stood in for."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QWidget
from shiboken6 import isValid

from equity_desktop.core.review.document import SchoolProfile
from equity_desktop.core.review.scales import BenchmarkStatus, Rating
from equity_desktop.gui.navigator import Navigator
from equity_desktop.gui.rating_card import RatingCard
from equity_desktop.paths import resource_path

DISTRICT_XLSX = resource_path("sample", "riverbend_enrollment_2022-2025.xlsx")
TIMEOUT = 60_000
NO = Qt.KeyboardModifier.NoModifier


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key, modifier=NO, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focus(), key, modifier)
        QApplication.processEvents()  # what Qt posts on a key (an item view commits its editor so) happens now


def mnemonic(qtbot, key) -> None:
    """Alt and a button's underlined letter: Qt presses the button as a click does, a moment later."""
    press(qtbot, key, Qt.KeyboardModifier.AltModifier)
    qtbot.wait(250)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focus(), text)


def tab_to(qtbot, wanted, limit: int = 60) -> QWidget:
    """Tab until the focus is on what `wanted` accepts (as a person tabs, reading each control)."""
    for _ in range(limit):
        if wanted(focus()):
            return focus()
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"{limit} presses of Tab never reached it; the focus is on {focus()!r}")


def go_to(qtbot, window, page: str) -> None:
    """Tab to the navigator, then the arrow keys to the page."""
    navigator = tab_to(qtbot, lambda w: isinstance(w, Navigator))
    press(qtbot, Qt.Key.Key_Home)
    for _ in range(len(navigator.keys())):
        if navigator.current_key() == page:
            return
        press(qtbot, Qt.Key.Key_Down)
    raise AssertionError(f"the arrow keys never reached {page}")


def card_of(item_id: str):
    return lambda w: isinstance(w, RatingCard) and w.item_id == item_id


@pytest.fixture
def review(window, tmp_path, qtbot):
    assert window.create_review(tmp_path / "bayview.eqreview",
                                SchoolProfile("Bayview Magnet Middle School", "Riverbend USD", "2024-25"))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def test_a_review_from_the_profile_to_the_pdf_with_the_keyboard_alone(review, qtbot, tmp_path, monkeypatch):
    session = review.session

    go_to(qtbot, review, "profile")
    tab_to(qtbot, lambda w: w.objectName() == "magnet_themeField")
    type_text(qtbot, "Marine Science")
    press(qtbot, Qt.Key.Key_Tab)
    assert session.profile.magnet_theme == "Marine Science"

    go_to(qtbot, review, "team")
    mnemonic(qtbot, Qt.Key.Key_A)  # &Add Member: the new member's name is being edited
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "Ana Ruiz")
    press(qtbot, Qt.Key.Key_Return)
    assert [m.name for m in session.team] == ["Ana Ruiz"]

    for page, item_id, key, value in (("s1.actions", "s1.ka.1.1", Qt.Key.Key_3, Rating.PROGRESSING),
                                      ("s1.map", "s1.map.de.1", Qt.Key.Key_4, Rating.IN_PLACE),
                                      ("s1.benchmarks", "s1.bench.1", Qt.Key.Key_2, BenchmarkStatus.PARTLY_MET)):
        go_to(qtbot, review, page)
        tab_to(qtbot, card_of(item_id))
        press(qtbot, key)
        assert session.assessment(item_id).value is value, page

    go_to(qtbot, review, "data")
    press(qtbot, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)  # Import Enrollment…
    wizard = review.import_wizard
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    type_text(qtbot, str(DISTRICT_XLSX))
    for _ in range(8):  # Enter goes on page after page, then imports (and the wizard is gone)
        if not (isValid(wizard) and wizard.isVisible()):
            break
        qtbot.waitUntil(lambda: wizard.task is None, timeout=TIMEOUT)
        press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(session.snapshots()), timeout=TIMEOUT)

    review.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is review)
    go_to(qtbot, review, "plan")
    mnemonic(qtbot, Qt.Key.Key_A)  # &Add Item: its title is selected for typing
    type_text(qtbot, "Invite families to a science night")
    press(qtbot, Qt.Key.Key_Tab)
    assert [i.title for i in session.plan.items] == ["Invite families to a science night"]

    saved = tmp_path / "plan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(saved), ""))
    go_to(qtbot, review, "export")
    button = tab_to(qtbot, lambda w: isinstance(w, QAbstractButton) and w.objectName() == "SavePdfButton")
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: saved.exists() and saved.stat().st_size > 10_000, timeout=TIMEOUT)
    assert button.isEnabled()
