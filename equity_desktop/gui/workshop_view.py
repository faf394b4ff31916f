"""Workshop view for a projector: one map condition at a time in large type.

Keys 1–4 rate (0 Not applicable) and move on to the next condition; arrows move
without rating; Esc leaves. Ratings and notes go through the same session as
the normal view, so they are saved and undoable in the same way.

Once the members' ballots are collected, the room sees each condition's distribution in words, anonymous
(N shows the names), and the conditions come disagreements first (D switches to the framework's order); the
rating the team then gives is the consensus.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from equity_desktop.core.framework.content import Stage
from equity_desktop.core.output.print_words import agreement_words, votes_describe
from equity_desktop.core.review.scales import Rating
from equity_desktop.gui.flow_layout import FlowLayout
from equity_desktop.gui.note_edit import NoteEdit
from equity_desktop.gui.rating_keys import choices, value_for_key
from equity_desktop.gui.review_session import ReviewSession
from equity_desktop.gui.translation import words


class WorkshopView(QWidget):
    left = Signal(str)  # the id of the condition shown when the user left

    def __init__(self, session: ReviewSession, stage: Stage, start_item: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.stage = stage
        self.conditions = stage.conditions
        self.show_names = False
        self.disagreements_first = bool(session.ballots())
        self.names = {c.id: c.name for c in session.framework.components}
        self.setObjectName("workshopView")
        self.setAccessibleName(self.tr("Workshop view"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()
        self._order()
        ids = [c.id for c in self.conditions]
        self.index = ids.index(start_item) if start_item in ids else self._first_unrated()
        session.item_changed.connect(self._item_changed)
        self.show_condition(self.index)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        top = QHBoxLayout()
        self.where = QLabel(self)
        self.where.setObjectName("workshopWhere")
        self.where.setWordWrap(True)  # a long component and stage name wraps: the view fits a 1024 screen
        self.progress = QLabel(self)
        self.progress.setObjectName("workshopProgress")
        keys = self.tr("Keys 1–4 rate · 0 not applicable · arrows move · Esc leaves")
        if self.session.ballots():
            keys += self.tr(" · N names · D order")
        hint = QLabel(keys, self)
        hint.setObjectName("workshopHint")
        hint.setWordWrap(True)
        top.addWidget(self.where, 1)
        top.addWidget(self.progress)
        layout.addLayout(top)
        outer, layout = layout, self._middle(layout)
        layout.addStretch(1)  # the condition and its controls sit together in the middle of the screen
        self.text = QLabel(self)
        self.text.setObjectName("workshopText")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text)
        self.votes = QLabel(self)
        self.votes.setObjectName("workshopVotes")
        self.votes.setWordWrap(True)
        layout.addWidget(self.votes)
        layout.addSpacing(24)
        self.rating = QLabel(self)
        self.rating.setObjectName("workshopRating")
        layout.addWidget(self.rating)
        # One line across the screen; two when the text is large (200 %) rather than wider than the screen.
        row = FlowLayout(justify=True)
        self.buttons = QButtonGroup(self)
        # Not exclusive: an exclusive group keeps its last button checked when the next condition is unrated, and
        # the room would see "3 Progressing" chosen for a condition nobody rated. Which one is checked is ours.
        self.buttons.setExclusive(False)
        for key, value in choices(Rating):
            button = QPushButton(f"{key}  {words().label(value)}", self)
            button.setObjectName("workshopButton")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setProperty("value", value.value)
            button.setEnabled(not self.session.read_only)
            self.buttons.addButton(button)
            row.addWidget(button)
        self.buttons.buttonClicked.connect(lambda b: self.rate(Rating(b.property("value"))))
        layout.addLayout(row)
        self.note = NoteEdit(self)
        self.note.setObjectName("workshopNote")
        self.note.setReadOnly(self.session.read_only)
        self.note.editing_finished.connect(lambda text: self.session.set_note(self.current_id(), text))
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout = outer
        bottom = QHBoxLayout()
        for text, step in ((self.tr("← Previous"), -1), (self.tr("Next →"), 1)):
            button = QPushButton(text, self)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _c=False, step=step: self.move(step))
            bottom.addWidget(button)
        # The rest of the line, right-aligned: on two lines rather than wider than the screen when the text is large.
        hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        hint.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bottom.addWidget(hint, 1)
        leave = QPushButton(self.tr("Leave workshop view (Esc)"), self)
        leave.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        leave.clicked.connect(self.leave)
        bottom.addWidget(leave)
        layout.addLayout(bottom)

    def _middle(self, layout: QVBoxLayout) -> QVBoxLayout:
        """The condition, its votes, rating and note, in an area of `layout` that scrolls only when they are taller
        than the screen (large text on a short screen): the condition is never cut off. Its layout is returned."""
        area = QScrollArea(self)
        area.setObjectName("workshopMiddle")
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidgetResizable(True)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay the view's
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.viewport().setAutoFillBackground(False)  # the view's own background shows through
        inner = QWidget(area)
        inner.setAutoFillBackground(False)
        area.setWidget(inner)
        layout.addWidget(area, 1)
        middle = QVBoxLayout(inner)
        middle.setContentsMargins(0, 0, 0, 0)
        return middle

    def _order(self) -> None:
        """Disagreements first when ballots are in (and asked for), else the framework's order."""
        from equity_desktop.core.review.consensus import discussion_order

        conditions = self.stage.conditions
        if self.disagreements_first:
            ranked = [v.item_id for v in discussion_order(self.session.framework, self.session.ballots(),
                                                          [c.id for c in conditions])]
            conditions = tuple(sorted(conditions, key=lambda c: ranked.index(c.id) if c.id in ranked
                                      else len(ranked)))
        self.conditions = conditions

    def _show_votes(self) -> None:
        from equity_desktop.core.review.consensus import votes_for

        ballots = self.session.ballots()
        votes = votes_for(self.session.framework, ballots, self.current_id()) if ballots else None
        self.votes.setVisible(bool(ballots))
        if votes is None:
            return
        text = self.tr("Ballots: {0} — {1}").format(votes_describe(words(), votes), agreement_words(words(), votes))
        if self.show_names and votes.votes:
            text += "\n" + "\n".join(
                f"{words().label(level)}: {', '.join(v.member for v in votes.votes if v.value is level)}"
                for level, count in reversed(votes.counts()) if count)
        self.votes.setText(text)

    def _first_unrated(self) -> int:
        for index, condition in enumerate(self.conditions):
            if self.session.assessment(condition.id).value is Rating.UNRATED:
                return index
        return 0

    def current_id(self) -> str:
        return self.conditions[self.index].id

    def set_stage(self, stage: Stage, names: dict[str, str]) -> None:
        """The same stage in another language (the framework's translation or its original): same conditions,
        same place."""
        current = self.current_id()
        self.stage, self.names = stage, names
        self._order()
        self.show_condition([c.id for c in self.conditions].index(current))

    def show_condition(self, index: int) -> None:
        self.index = min(max(index, 0), len(self.conditions) - 1)
        condition = self.conditions[self.index]
        self.where.setText(self.tr("Stage {0} · {1} — {2} {3}").format(
            self.stage.number, self.stage.name, self.names[condition.component_id], condition.number))
        self.progress.setText(self.tr("Condition {0} of {1}").format(self.index + 1, len(self.conditions)))
        self.text.setText(escape(condition.text))
        self._show_votes()
        self._show_rating()
        self.note.setPlainText(self.session.assessment(condition.id).note)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_rating(self) -> None:
        value = self.session.assessment(self.current_id()).value
        self.rating.setText(self.tr("Rating: {0}").format(words().label(value)))
        for button in self.buttons.buttons():
            button.setChecked(button.property("value") == value.value)

    def rate(self, value: Rating) -> None:
        """Rate the condition shown and move on to the next one."""
        if self.session.rate(self.current_id(), value):
            self.move(1)

    def move(self, step: int) -> None:
        if self.note.hasFocus():
            self.setFocus()  # saves the note first
        self.show_condition(self.index + step)

    def leave(self) -> None:
        if self.note.hasFocus():
            self.setFocus()
        self.left.emit(self.current_id())

    def _item_changed(self, item_id: str) -> None:
        if item_id == self.current_id():
            self._show_rating()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        value = value_for_key(Rating, event.text())
        key = event.key()
        if value is not None and not self.session.read_only:
            self.rate(value)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.move(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.move(-1)
        elif key == Qt.Key.Key_Escape:
            self.leave()
        elif key == Qt.Key.Key_N and self.session.ballots():
            self.show_names = not self.show_names  # names only when the room agrees to see them
            self._show_votes()
        elif key == Qt.Key.Key_D and self.session.ballots():
            shown = self.current_id()
            self.disagreements_first = not self.disagreements_first
            self._order()
            self.show_condition([c.id for c in self.conditions].index(shown))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.note.setFocus()
        else:
            super().keyPressEvent(event)
