"""The framework itself, to read: definition, purpose, elements of success, components and stages."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QWidget

from equity_desktop.core.framework.content import Framework, Section
from equity_desktop.gui.pages.document_page import DocumentPage, goto


def _section(section: Section) -> str:
    return f"<h3>{escape(section.title)}</h3>" + "".join(f"<p>{escape(p)}</p>" for p in section.paragraphs)


def _named(items) -> str:
    return "".join(f"<p><b>{escape(i.name)}.</b> {escape(i.description)}</p>" for i in items)


class GuidePage(DocumentPage):
    def __init__(self, framework: Framework, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("The framework"))
        stages = "".join(f"<li><a href='{goto(s.id + '.overview')}'>{self.tr('Stage {0}').format(s.number)} · "
                         f"{escape(s.name)}</a></li>" for s in framework.stages)
        self.setHtml(
            f"<h2>{escape(framework.title)}</h2>"
            f"<p><i>{escape(framework.citation)}</i></p>"
            + _section(framework.introduction) + _section(framework.definition) + _section(framework.purpose)
            + f"<h3>{self.tr('Elements of success')}</h3><p>{escape(framework.elements_intro)}</p>"
            + _named(framework.elements)
            + f"<h3>{self.tr('Core components')}</h3><p>{escape(framework.components_intro)}</p>"
            + _named(framework.components)
            + _section(framework.structure)
            + f"<h3>{self.tr('Stages')}</h3><p>{escape(framework.stages_intro)}</p><ul>{stages}</ul>"
            + _section(framework.conclusion)
        )
