"""The line above a ballot's pages: whose ballot it is, that it stays private until collected, and (on a blank
ballot copied for someone) where the member types their name."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget


class BallotBanner(QFrame):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("ballotBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        row.addWidget(self.text, 1)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Your name"))
        self.name.setAccessibleName(self.tr("Your name, as the ballot is collected under it"))
        self.save = QPushButton(self.tr("Put My Name on It"), self)
        self.save.clicked.connect(self._save_name)
        self.name.returnPressed.connect(self._save_name)
        row.addWidget(self.name)
        row.addWidget(self.save)
        self.refresh()

    def refresh(self) -> None:
        ballot, school = self.session.ballot, self.session.profile.school
        named = bool(ballot.member.strip())
        if named:
            self.text.setText(self.tr("<b>Ballot of {0}</b> for {1}. Rate each item on your own; your ratings stay "
                                      "in this file until the facilitator collects it.").format(
                escape(ballot.member), escape(school)))
        else:
            self.text.setText(self.tr("<b>A blank ballot</b> for {0}. Type your name, then rate each item on your "
                                      "own.").format(escape(school)))
        self.name.setVisible(not named)
        self.save.setVisible(not named)

    def _save_name(self) -> None:
        if self.session.set_ballot_member(self.name.text()):
            self.refresh()
