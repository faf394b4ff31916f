"""A stage's map: its conditions grouped by component, with filters (unrated only, one component).

The first visit paints within 100 ms (issue 16). Every card is made at once, so `cards` is whole from the
start, but only about a screenful joins the page then; the rest wait off the page and join a few at a
time in the next turns of the event loop. A card off the page costs no style polish and no layout, which
were most of the ~85 ms of GUI-thread time a 26-card map's first visit took; it takes ~60 now
(bench/bench_stall_pages.py). Whatever needs the whole page (a filter, the keyboard moving on, a jump to a
card) places what it needs first.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QSizePolicy, QWidget

from equity_desktop.core.framework.content import Stage
from equity_desktop.core.review.scales import Rating
from equity_desktop.gui.pages.item_list_page import ItemListPage
from equity_desktop.gui.rating_card import RatingCard
from equity_desktop.gui.review_session import ReviewSession

FIRST_CARDS = 5  # about a screenful at 768 pixels high; a taller window sees the rest join a moment later
CARDS_PER_TURN = 4  # ~7 ms of polish a turn, and their layout


def _lay_out_now() -> None:
    """Lay out the cards just placed or shown now rather than in the next turn, so that the place of the
    card to scroll to is known."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


class MapPage(ItemListPage):
    def __init__(self, session: ReviewSession, stage: Stage, parent: QWidget | None = None):
        super().__init__(session, self.tr("Stage {0} · {1} — Map").format(stage.number, stage.name),
                         stage.map_intro, parent)
        self.stage = stage
        self._component_of: dict[str, str] = {}
        self.component_filter = QComboBox(self)
        self.component_filter.setAccessibleName(self.tr("Show component"))
        self.component_filter.addItem(self.tr("All components"), "")
        self.unrated_only = QCheckBox(self.tr("Unrated only"), self)
        self.counter = QLabel(self)
        self.counter.setObjectName("pageSummary")
        # The rest of the line, right-aligned; on two lines rather than off the page when the text is large.
        self.counter.setWordWrap(True)
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.counter.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.bar.addWidget(QLabel(self.tr("Show:"), self))
        self.bar.addWidget(self.component_filter)
        self.bar.addWidget(self.unrated_only)
        self.bar.addWidget(self.counter, 1)
        for component in session.framework.components:
            conditions = stage.conditions_for(component.id)
            if not conditions:
                continue
            self.component_filter.addItem(component.name, component.id)
            self.add_section(escape(component.name))
            for condition in conditions:
                self.add_card(condition.id, f"{component.name} {condition.number}", escape(condition.text))
                self._component_of[condition.id] = component.id
        self._waiting = self._take_off_the_page(FIRST_CARDS)
        self.finish()
        self.component_filter.currentIndexChanged.connect(self.apply_filter)
        self.unrated_only.toggled.connect(self.apply_filter)
        self._count()
        if self._waiting:
            QTimer.singleShot(0, self, self._place_next)

    # ---- placing the cards that wait off the page ----------------------------------------------------

    def _take_off_the_page(self, keep: int) -> list[QWidget]:
        """Take every heading and card after the first `keep` cards out of the page, in order."""
        cards = list(self.cards.values())
        if len(cards) <= keep:
            return []
        start = self.content.indexOf(cards[keep - 1]) + 1
        waiting = [self.content.itemAt(index).widget() for index in range(start, self.content.count())]
        for widget in waiting:
            self.content.removeWidget(widget)
            widget.setParent(None)  # a widget without a parent is neither polished nor laid out
        return waiting

    def _place(self, cards: int) -> None:
        """Put waiting headings and cards back on the page, until `cards` cards have joined (or all have)."""
        at = self.content.count() - 1  # before the stretch that finish() added
        while self._waiting and cards > 0:
            widget = self._waiting.pop(0)
            self.content.insertWidget(at, widget)
            at += 1
            if isinstance(widget, RatingCard):
                cards -= 1
                widget.setVisible(self._wanted(widget))
            else:
                widget.show()
        self.update_sections()

    def _place_next(self) -> None:
        self._place(CARDS_PER_TURN)
        if self._waiting:
            QTimer.singleShot(0, self, self._place_next)

    def _place_all(self) -> None:
        self._place(len(self._waiting))

    # ---- filters, focus and the counter ---------------------------------------------------------------

    def _wanted(self, card: RatingCard) -> bool:
        component = self.component_filter.currentData()
        return (not component or self._component_of[card.item_id] == component) and (
            not self.unrated_only.isChecked() or card.value() is Rating.UNRATED)

    def apply_filter(self) -> None:
        self._place_all()
        for card in self.cards.values():
            card.setHidden(not self._wanted(card))
        self.update_sections()
        self._count()

    def visible_cards(self) -> list[RatingCard]:
        self._place_all()
        return super().visible_cards()

    def focus_item(self, item_id: str) -> bool:
        card = self.cards.get(item_id)
        if card in self._waiting:  # a jump (search, a link) to a card still off the page: it and a screenful after
            self._place(self._waiting.index(card) + FIRST_CARDS)
        _lay_out_now()
        return super().focus_item(item_id)

    def show_all(self) -> None:
        self.component_filter.setCurrentIndex(0)
        self.unrated_only.setChecked(False)
        _lay_out_now()

    def on_item_changed(self, item_id: str) -> None:
        # A card rated under "Unrated only" stays until the filter is applied again, so the
        # keyboard flow (rate, Down, rate…) is not pulled from under the user.
        if item_id in self.cards:
            self._count()

    def _count(self) -> None:
        rated = sum(card.value() is not Rating.UNRATED for card in self.cards.values())
        self.counter.setText(self.tr("{0} of {1} conditions rated").format(rated, len(self.cards)))
