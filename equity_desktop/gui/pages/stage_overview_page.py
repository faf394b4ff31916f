"""A stage at a glance: what it is, how long it takes, how far the team has got and whether it can move on."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QWidget

from equity_desktop.core.framework.content import Stage
from equity_desktop.core.review.placement import placements, stage_progress
from equity_desktop.core.wording import plural
from equity_desktop.gui.pages.document_page import DocumentPage, goto
from equity_desktop.gui.pages.readiness import readiness_sentence
from equity_desktop.gui.review_session import ReviewSession
from equity_desktop.gui.translation import words


class StageOverviewPage(DocumentPage):
    def __init__(self, session: ReviewSession, stage: Stage, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.stage = stage
        self.setAccessibleName(self.tr("Stage {0} overview").format(stage.number))
        self._stale = True
        session.item_changed.connect(self._item_changed)
        self.refresh()

    def _item_changed(self, _item_id: str) -> None:
        # Re-rendering the page costs a few milliseconds; a hidden page waits until it is shown.
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._stale = False
        framework, stage, values = self.session.framework, self.stage, self.session.values()
        progress = stage_progress(framework, values, stage.id)
        tr = self.tr
        rows = [
            (tr("Map conditions rated"), progress.conditions_rated, progress.conditions_total, goto(f"{stage.id}.map")),
            (tr("Key actions rated"), progress.actions_rated, progress.actions_total, goto(f"{stage.id}.actions")),
            (tr("Benchmarks met"), progress.benchmarks_met, progress.benchmarks_total, goto(f"{stage.id}.benchmarks")),
        ]
        table = "".join(f"<tr><td>{name}</td><td align='right'><b>{done}</b> {tr('of')} {total}</td>"
                        f"<td>&nbsp;&nbsp;<a href='{href}'>{tr('Open')}</a></td></tr>"
                        for name, done, total, href in rows)
        benchmarks = "".join(
            f"<li><a href='{goto(stage.id + '.benchmarks', b.id)}'>{tr('Benchmark {0}').format(b.number)}</a> — "
            f"<b>{words().label(self.session.assessment(b.id).value)}</b>: {escape(b.text)}</li>"
            for b in stage.benchmarks)
        html = (f"<h2>{tr('Stage {0} · {1}').format(stage.number, escape(stage.name))}</h2>"
                f"<p>{escape(stage.description)}</p>"
                f"<h3>{tr('Progress')}</h3><table cellpadding='3'>{table}</table>"
                f"<p><b>{readiness_sentence(progress, tr)}</b></p>"
                f"<h3>{tr('Where the components stand')}</h3><ul>{self._components(values)}</ul>"
                f"<h3>{tr('Benchmarks')}</h3><ul>{benchmarks}</ul>"
                f"<h3>{tr('Timeframe')}</h3><p>{escape(stage.timeframe.text)}</p>"
                f"<p class='source'>{escape(framework.short_citation)}, p. {stage.page}.</p>")
        self.show_html(html)

    def _components(self, values) -> str:
        lines = []
        for placement in placements(self.session.framework, values):
            name = escape(placement.component.name)
            if placement.sustained or placement.stage.number > self.stage.number:
                state = self.tr("past this stage: all its conditions here are In place")
            elif placement.stage.number == self.stage.number:
                count = len(placement.holding_back)
                state = self.tr("working in this stage: {0} not yet In place").format(
                    plural(count, self.tr("condition"), self.tr("conditions")))
            else:
                state = self.tr("not here yet (still in {0})").format(escape(placement.stage.name))
            lines.append(f"<li><b>{name}</b> — {state}</li>")
        return "".join(lines)
