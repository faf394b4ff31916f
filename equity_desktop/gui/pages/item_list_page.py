"""A scrolling page of rating cards under section headings: the base of the key-action, map and benchmark pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from equity_desktop.core.framework.display import on_screen
from equity_desktop.gui.rating_card import RatingCard
from equity_desktop.gui.review_session import ReviewSession


def heading_label(text: str, parent: QWidget, name: str = "pageHeading") -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


def row_button(text: str, slot, row, parent: QWidget) -> QPushButton:
    """A push button added to `row`, named after its text ("Save &PDF…" → SavePdfButton) for tests and styles."""
    button = QPushButton(text, parent)
    button.setObjectName(text.replace("&", "").replace("…", "").title().replace(" ", "") + "Button")
    button.clicked.connect(slot)
    row.addWidget(button)
    return button


class ItemListPage(QWidget):
    """Cards in sections; Up/Down on a card moves to the next visible one."""

    def __init__(self, session: ReviewSession, heading: str, intro: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.cards: dict[str, RatingCard] = {}
        self._sections: list[tuple[QLabel, list[RatingCard]]] = []
        outer = QVBoxLayout(self)
        outer.addWidget(heading_label(heading, self))
        self.bar = QHBoxLayout()  # filters and summaries of the subclasses
        outer.addLayout(self.bar)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        content = QWidget(self.scroll)
        content.setObjectName("pageContent")
        self.content = QVBoxLayout(content)
        if intro:  # the framework's words, without the printed book's "on the next page"
            self.content.addWidget(heading_label(on_screen(intro), content, "pageIntro"))
        self.scroll.setWidget(content)
        outer.addWidget(self.scroll, 1)
        session.item_changed.connect(self._item_changed)

    def add_section(self, title: str, text: str = "") -> None:
        html = f"<h3>{title}</h3>" + (f"<p>{text}</p>" if text else "")
        label = heading_label(html, self.scroll.widget(), "sectionHeading")
        self.content.addWidget(label)
        self._sections.append((label, []))

    def add_card(self, item_id: str, title: str, text: str) -> RatingCard:
        card = RatingCard(self.session, item_id, title, text, self.scroll.widget())
        card.move_requested.connect(lambda step, card=card: self._move(card, step))
        self.content.addWidget(card)
        self.cards[item_id] = card
        self._sections[-1][1].append(card)
        return card

    def finish(self) -> None:
        self.content.addStretch(1)

    def visible_cards(self) -> list[RatingCard]:
        return [card for card in self.cards.values() if not card.isHidden()]

    def show_all(self) -> None:
        """Undo any filter (the base has none)."""

    def focus_item(self, item_id: str) -> bool:
        card = self.cards.get(item_id)
        if card is None:
            return False
        if card.isHidden():
            self.show_all()
        card.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll.ensureWidgetVisible(card, 0, 40)
        return True

    def mark_found(self, item_id: str, words: str) -> None:
        """Mark `words` on the card of `item_id` (a search jumped here); the last card marked is unmarked."""
        for card in self.cards.values():
            if card.item_id != item_id:
                card.mark_found("")
        if item_id in self.cards:
            self.cards[item_id].mark_found(words)

    def focus_first(self) -> None:
        cards = self.visible_cards()
        if cards:
            self.focus_item(cards[0].item_id)

    def _move(self, card: RatingCard, step: int) -> None:
        cards = self.visible_cards()
        if card in cards:
            index = min(max(cards.index(card) + step, 0), len(cards) - 1)
            self.focus_item(cards[index].item_id)

    def _item_changed(self, item_id: str) -> None:
        card = self.cards.get(item_id)
        if card is not None:
            card.refresh()
        self.on_item_changed(item_id)

    def on_item_changed(self, item_id: str) -> None:
        """Subclasses update their summaries here."""

    def update_sections(self) -> None:
        """Hide a section heading whose cards are all filtered out."""
        for label, cards in self._sections:
            label.setVisible(any(not card.isHidden() for card in cards))
