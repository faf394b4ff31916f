"""A small multi-line box for an evidence note that says when the user is done with it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

_MIN_LINES, _MAX_LINES = 2, 8


class NoteEdit(QPlainTextEdit):
    """Emits `editing_finished` when focus leaves it, or on Esc / Ctrl+Enter (which hand focus back)."""

    editing_finished = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on, as in a form: evidence rarely needs a tab character
        self.setPlaceholderText(self.tr("Evidence: what shows this? Saved when you leave the box."))
        self.setAccessibleName(self.tr("Evidence note"))
        self.textChanged.connect(self._fit_height)
        self._fit_height()

    def set_text_quietly(self, text: str) -> None:
        """Show `text` unless the user is typing here (their unsaved words win)."""
        if not self.hasFocus() and self.toPlainText() != text:
            self.setPlainText(text)

    def _fit_height(self) -> None:
        # QPlainTextEdit's document height is counted in lines, wrapped lines included.
        lines = min(max(int(self.document().size().height()), _MIN_LINES), _MAX_LINES)
        margins = self.contentsMargins().top() + self.contentsMargins().bottom()
        self.setFixedHeight(lines * self.fontMetrics().lineSpacing() + margins + 2 * self.document().documentMargin())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_height()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.editing_finished.emit(self.toPlainText())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        done = event.key() == Qt.Key.Key_Escape or (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if done and self.parentWidget() is not None:
            self.parentWidget().setFocus(Qt.FocusReason.OtherFocusReason)  # focusOut saves
            return
        super().keyPressEvent(event)
