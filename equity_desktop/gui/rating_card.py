"""One framework item to rate: its text, the rating buttons and the evidence note.

Keyboard (when the card has focus): 1–4 rate, 0 is Not applicable (benchmarks:
1 Not met, 2 Partly met, 3 Met), Delete clears, Up/Down move to the previous or
next card, Enter goes to the evidence note. The card only asks the session to
change things and re-renders when the session says the item changed.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QButtonGroup, QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from equity_desktop.core.framework.search import match_span
from equity_desktop.core.review.scales import scale_for
from equity_desktop.gui.flow_layout import FlowLayout
from equity_desktop.gui.note_edit import NoteEdit
from equity_desktop.gui.rating_keys import choices, short_label, value_for_key
from equity_desktop.gui.review_session import ReviewSession
from equity_desktop.gui.translation import words


class RatingCard(QFrame):
    move_requested = Signal(int)  # -1 previous card, +1 next card

    def __init__(self, session: ReviewSession, item_id: str, title: str, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.item_id = item_id
        self.scale = scale_for(session.framework, item_id)
        self.setObjectName("ratingCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(title)
        self.setAccessibleDescription(text)
        self._build(title, text)
        self.refresh()

    def _build(self, title: str, text: str) -> None:
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{escape(title)}</b>", self)
        heading.setObjectName("cardTitle")
        body = QLabel(text, self)
        body.setObjectName("cardText")
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.RichText)  # callers pass escaped HTML
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body = body
        # The rating in words on the heading's line: beside the buttons it made a card wider than a page has
        # room for in a window 1024 wide ("Rating: Not applicable" the widest).
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        self.state = QLabel(self)
        self.state.setObjectName("cardState")
        top.addWidget(self.state)
        layout.addLayout(top)
        layout.addWidget(body)
        # The buttons on one line; on two when the text is large (200 %) rather than wider than the page.
        row = FlowLayout()
        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(False)  # exclusivity is ours: "none checked" means Unrated
        for key, value in choices(self.scale):
            button = QToolButton(self)
            button.setObjectName("ratingButton")
            button.setText(f"{short_label(value)}  ({key})")
            button.setToolTip(self.tr("{0} — press {1}").format(words().label(value), key))
            button.setAccessibleName(words().label(value))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the card takes the keys
            button.setProperty("value", value.value)
            self.buttons.addButton(button)
            row.addWidget(button)
        self.buttons.buttonClicked.connect(self._clicked)
        layout.addLayout(row)
        self.note = NoteEdit(self)
        self.note.editing_finished.connect(lambda text: self.session.set_note(self.item_id, text))
        layout.addWidget(self.note)
        self.consensus = None
        self._add_consensus()
        self.session.workshop_changed.connect(self._add_consensus)
        if self.session.read_only:
            self.note.setReadOnly(True)
            for button in self.buttons.buttons():
                button.setEnabled(False)

    def _add_consensus(self) -> None:
        """The members' ballots under the card, once any are collected (built then: most reviews have none)."""
        if self.consensus is None and self.session.ballots():
            from equity_desktop.gui.consensus_panel import ConsensusPanel

            self.consensus = ConsensusPanel(self.session, self.item_id, self)
            self.layout().addWidget(self.consensus)

    def refresh(self) -> None:
        found = self.session.assessment(self.item_id)
        for button in self.buttons.buttons():
            button.setChecked(button.property("value") == found.value.value)
        self.state.setText(self.tr("Rating: {0}").format(words().label(found.value)))
        self.note.set_text_quietly(found.note)
        if found.changed_at:
            self.setToolTip(self.tr("Last changed by {0} at {1}").format(found.changed_by, found.changed_at))

    def mark_found(self, words: str) -> bool:
        """Select `words` in the card's text and frame the card as found (empty `words`: unmark); whether the
        words are in its text. The mark stays until the person leaves the card."""
        span = match_span(QTextDocumentFragment.fromHtml(self.body.text()).toPlainText(), words) if words else None
        if span is None:
            self.body.setSelection(0, 0)
        else:
            self.body.setSelection(*span)
        found = "true" if words else "false"  # framed also when the words were in its title, not its text
        if self.property("found") != found:
            self.setProperty("found", found)
            self.style().polish(self)  # the style sheet's frame for a found card
        return span is not None

    def value(self):
        return self.session.assessment(self.item_id).value

    def _clicked(self, button: QToolButton) -> None:
        chosen = self.scale(button.property("value"))
        # Clicking the chosen rating again clears it, like a second press of a toggle.
        self.session.rate(self.item_id, self.scale.UNRATED if chosen == self.value() else chosen)
        self.refresh()  # also when the save failed: show what the file holds
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        now = QApplication.focusWidget()
        if self.property("found") == "true" and (now is None or not self.isAncestorOf(now)):
            self.mark_found("")  # left for another card or page: the search's mark has done its work

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        chosen = value_for_key(self.scale, event.text())
        if chosen is not None and not self.session.read_only:
            self.session.rate(self.item_id, chosen)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not self.session.read_only:
            self.session.rate(self.item_id, self.scale.UNRATED)
        elif key == Qt.Key.Key_Down:
            self.move_requested.emit(1)
        elif key == Qt.Key.Key_Up:
            self.move_requested.emit(-1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.note.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            super().keyPressEvent(event)
