"""The sentence that says whether a stage is ready to move on, shared by the overview and benchmark pages."""

from __future__ import annotations

from collections.abc import Callable

from equity_desktop.core.review.placement import StageProgress


def readiness_sentence(progress: StageProgress, tr: Callable[[str], str]) -> str:
    if progress.ready_to_move_on:
        return tr("Ready to move on: all {0} benchmarks are met.").format(progress.benchmarks_total)
    still = ", ".join(str(b.number) for b in progress.benchmarks_not_met)
    return tr("Not yet ready to move on: {0} of {1} benchmarks met; still to meet: {2}.").format(
        progress.benchmarks_met, progress.benchmarks_total, still)
