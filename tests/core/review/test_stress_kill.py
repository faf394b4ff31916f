"""The kill -9 stress of bench/stress_kill_writer.py, in small, so the suite keeps the property: a writer
killed at a random moment never leaves a review that will not open, never loses an acknowledged edit, and
an export killed half-way never leaves a half-written file under its real name. And the check itself
catches an edit that is not in the file."""

from __future__ import annotations

import importlib.util
import itertools
import sys
from pathlib import Path

import pytest

from equity_desktop.core.review.store import ReviewStore

BENCH = Path(__file__).resolve().parents[3] / "bench" / "stress_kill_writer.py"
SEED = 20261122
# Ten trials: edits (one to three writers each), migrations of older files, and two of the atomic writes
# (a killed write_demo is tested in test_recovery.py; the bench script kills it too).
PHASES = ["edits"] * 6 + ["migration"] * 2 + ["plan PDF", "save copy"]


def _load_bench():
    spec = importlib.util.spec_from_file_location("stress_kill_writer", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


stress = _load_bench()


@pytest.fixture(scope="module")
def fixtures(tmp_path_factory):
    return stress.make_fixtures(tmp_path_factory.mktemp("stress") / "fixtures")


def test_killed_writers_leave_reviews_that_open_with_every_acknowledged_edit(fixtures, tmp_path):
    results = [stress.run_trial(SEED, n, fixtures, tmp_path, phase=phase) for n, phase in enumerate(PHASES)]
    assert not [r for r in results if r.failed], "\n".join(stress.failure_report(r, SEED) for r in results if r.failed)
    assert sum(not r.opened for r in results) == 0
    assert sum(len(r.lost) for r in results) == 0
    assert sum(r.acknowledged for r in results) > 20  # the writers really wrote before they were killed
    assert len([k for r in results for k in r.kills]) >= len(PHASES)


def _stream(framework, wanted) -> str:
    """The first writer stream whose edits satisfy `wanted` (the streams are fixed: this is deterministic)."""
    return next(name for name in (f"test-{n}" for n in itertools.count()) if wanted(name))


def test_an_acknowledged_edit_that_was_never_made_is_reported_lost(fixtures, framework, tmp_path):
    stream = _stream(framework, lambda s: stress.make_edit(framework, s, 1).kind == "rating")
    review = stress.copy_base([fixtures.demo], tmp_path / "review.eqreview")
    log = tmp_path / "acknowledged.log"
    never_made = stress.make_edit(framework, stream, 1)
    log.write_text(stress.ack_line(1, never_made), encoding="utf-8")  # acknowledged, yet never written
    check = stress.verify_review(review, log, [stream], fixtures.states["demo"], framework)
    assert check.opened and check.acknowledged == 1
    assert len(check.lost) == 1 and check.lost[0].startswith(f"writer 1 edit 1 ({never_made.key})")
    assert check.changed == []


def test_the_edit_in_flight_may_have_committed_but_no_other_value_may_stand(fixtures, framework, tmp_path):
    def rates_one_item_twice(s: str) -> bool:
        first, second = stress.make_edit(framework, s, 1), stress.make_edit(framework, s, 2)
        return first.kind == second.kind == "rating" and first.key == second.key and first.digest != second.digest

    stream = _stream(framework, rates_one_item_twice)
    review = stress.copy_base([fixtures.demo], tmp_path / "review.eqreview")
    log = tmp_path / "acknowledged.log"
    first, in_flight = stress.make_edit(framework, stream, 1), stress.make_edit(framework, stream, 2)
    with ReviewStore.open(review, framework=framework) as store:
        stress.apply_edit(store, first)
        stress.apply_edit(store, in_flight)  # committed, then the writer died before acknowledging it
    log.write_text(stress.ack_line(1, first), encoding="utf-8")
    check = stress.verify_review(review, log, [stream], fixtures.states["demo"], framework)
    assert (check.lost, check.changed) == ([], [])

    item_id, value, _ = first.payload
    with ReviewStore.open(review, framework=framework) as store:
        store.set_assessment(item_id, value, "a value no edit of the writer set")
    check = stress.verify_review(review, log, [stream], fixtures.states["demo"], framework, read_only_first=False)
    assert len(check.lost) == 1 and check.lost[0].startswith(f"writer 1 edit 1 ({first.key})")


def test_an_untouched_value_that_changed_is_reported(fixtures, framework, tmp_path):
    review = stress.copy_base([fixtures.demo], tmp_path / "review.eqreview")
    with ReviewStore.open(review, framework=framework) as store:
        store.set_profile(store.profile()._replace(magnet_theme="changed behind the writers' backs"))
    check = stress.verify_review(review, tmp_path / "none.log", [], fixtures.states["demo"], framework)
    assert check.lost == [] and [c.split(":")[0] for c in check.changed] == ["profile"]
