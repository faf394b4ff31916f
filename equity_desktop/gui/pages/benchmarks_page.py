"""A stage's benchmarks with Met / Partly met / Not met, and whether the stage is ready to move on."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QLabel, QWidget

from equity_desktop.core.framework.content import Stage
from equity_desktop.core.review.placement import stage_progress
from equity_desktop.gui.pages.item_list_page import ItemListPage
from equity_desktop.gui.pages.readiness import readiness_sentence
from equity_desktop.gui.review_session import ReviewSession


class BenchmarksPage(ItemListPage):
    def __init__(self, session: ReviewSession, stage: Stage, parent: QWidget | None = None):
        super().__init__(session, self.tr("Stage {0} · {1} — Benchmarks").format(stage.number, stage.name),
                         stage.benchmarks_intro, parent)
        self.stage = stage
        self.readiness = QLabel(self)
        self.readiness.setObjectName("readiness")
        self.readiness.setWordWrap(True)
        self.bar.addWidget(self.readiness, 1)
        self.add_section(self.tr("Benchmarks"))
        for benchmark in stage.benchmarks:
            self.add_card(benchmark.id, self.tr("Benchmark {0}").format(benchmark.number), escape(benchmark.text))
        self.finish()
        self.on_item_changed("")

    def on_item_changed(self, item_id: str) -> None:
        progress = stage_progress(self.session.framework, self.session.values(), self.stage.id)
        self.readiness.setText(readiness_sentence(progress, self.tr))
        if self.readiness.property("ready") != progress.ready_to_move_on:
            self.readiness.setProperty("ready", progress.ready_to_move_on)
            self.readiness.style().polish(self.readiness)
