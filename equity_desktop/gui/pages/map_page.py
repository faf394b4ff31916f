"""A stage's map: its conditions grouped by component, with filters (unrated only, one component)."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QWidget

from equity_desktop.core.framework.content import Stage
from equity_desktop.core.review.scales import Rating
from equity_desktop.gui.pages.item_list_page import ItemListPage
from equity_desktop.gui.review_session import ReviewSession


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
        self.bar.addWidget(QLabel(self.tr("Show:"), self))
        self.bar.addWidget(self.component_filter)
        self.bar.addWidget(self.unrated_only)
        self.bar.addStretch(1)
        self.bar.addWidget(self.counter)
        for component in session.framework.components:
            conditions = stage.conditions_for(component.id)
            if not conditions:
                continue
            self.component_filter.addItem(component.name, component.id)
            self.add_section(escape(component.name))
            for condition in conditions:
                self.add_card(condition.id, f"{component.name} {condition.number}", escape(condition.text))
                self._component_of[condition.id] = component.id
        self.finish()
        self.component_filter.currentIndexChanged.connect(self.apply_filter)
        self.unrated_only.toggled.connect(self.apply_filter)
        self._count()

    def apply_filter(self) -> None:
        component = self.component_filter.currentData()
        for item_id, card in self.cards.items():
            wanted = (not component or self._component_of[item_id] == component) and (
                not self.unrated_only.isChecked() or card.value() is Rating.UNRATED)
            card.setHidden(not wanted)
        self.update_sections()
        self._count()

    def show_all(self) -> None:
        self.component_filter.setCurrentIndex(0)
        self.unrated_only.setChecked(False)

    def on_item_changed(self, item_id: str) -> None:
        # A card rated under "Unrated only" stays until the filter is applied again, so the
        # keyboard flow (rate, Down, rate…) is not pulled from under the user.
        if item_id in self.cards:
            self._count()

    def _count(self) -> None:
        rated = sum(card.value() is not Rating.UNRATED for card in self.cards.values())
        self.counter.setText(self.tr("{0} of {1} conditions rated").format(rated, len(self.cards)))
