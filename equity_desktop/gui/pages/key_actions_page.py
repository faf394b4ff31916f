"""A stage's key actions under their group headings, each rated with a note."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QWidget

from equity_desktop.core.framework.content import Stage
from equity_desktop.gui.pages.item_list_page import ItemListPage
from equity_desktop.gui.review_session import ReviewSession


class KeyActionsPage(ItemListPage):
    def __init__(self, session: ReviewSession, stage: Stage, parent: QWidget | None = None):
        super().__init__(session, self.tr("Stage {0} · {1} — Key actions").format(stage.number, stage.name),
                         stage.key_actions_intro, parent)
        for group in stage.key_action_groups:
            self.add_section(escape(group.title), escape(group.text))
            for action in group.actions:
                points = "".join(f"<li>{escape(p)}</li>" for p in action.points)
                text = escape(action.text) + (f"<ul>{points}</ul>" if points else "")
                self.add_card(action.id, self.tr("Key action {0}").format(action.id.split(".ka.")[1]), text)
        self.finish()
