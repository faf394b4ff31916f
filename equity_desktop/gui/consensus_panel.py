"""Under a rating card, once ballots are collected: how the members rated the item (counts in words, never
colour alone), how far apart they are, each member's evidence note, and the team's reason for the rating it
agrees on. The card's own rating is the consensus; this panel only informs it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QLineEdit, QWidget

from equity_desktop.core.output.print_words import agreement_words, votes_describe
from equity_desktop.core.review.consensus import votes_for
from equity_desktop.gui.translation import words


class ConsensusPanel(QFrame):
    def __init__(self, session, item_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.item_id = item_id
        self.setObjectName("consensusPanel")
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.distribution = QLabel(self)
        self.distribution.setObjectName("voteDistribution")
        self.distribution.setWordWrap(True)
        layout.addRow(self.tr("Ballots:"), self.distribution)
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        layout.addRow(self.tr("Members' notes:"), self.notes)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Why the team agreed on its rating"))
        self.reason.setAccessibleName(self.tr("The team's reason for the agreed rating"))
        self.reason.editingFinished.connect(lambda: self.session.set_rationale(self.item_id, self.reason.text()))
        self.reason.setReadOnly(session.read_only)
        layout.addRow(self.tr("Team's &reason:"), self.reason)
        session.workshop_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        votes = votes_for(self.session.framework, self.session.ballots(), self.item_id)
        self.setVisible(bool(votes.votes))
        if not votes.votes:
            return
        self.distribution.setText(f"{votes_describe(words(), votes)} — {agreement_words(words(), votes)}")
        self.distribution.setAccessibleName(self.distribution.text())
        noted = [f"<b>{escape(v.member)}</b> ({escape(words().label(v.value))}): {escape(v.note)}" for v in votes.votes
                 if v.note]
        self.notes.setText("<br>".join(noted) or self.tr("No member wrote a note."))
        if not self.reason.hasFocus():
            self.reason.setText(self.session.rationale(self.item_id))
