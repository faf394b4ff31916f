"""The workshop's commands (issue 17 item 6): ballots out, rated by script, collected (twice, and a stranger's
refused), ratings listed in the documented JSON, two copies merged with a conflict listed (exit 3) and settled
with --take; bad items and values get their sentence and exit 2."""

from __future__ import annotations

import json
import shutil

import pytest

from equity_desktop.cli.main import main
from equity_desktop.core.review.document import SchoolProfile
from equity_desktop.core.review.scales import Rating
from equity_desktop.core.review.store import ReviewStore

CONDITION = "s1.map.de.1"


def _another_school(path):
    """A review of another school: not a copy of the demo (two demos are copies of one review)."""
    with ReviewStore.create(path, SchoolProfile("Lakeside Middle School", "Lakeside District")):
        pass
    return path


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def ballots(capsys, demo_copy, tmp_path):
    folder = tmp_path / "ballots"
    folder.mkdir()
    code, out, _ = _run(capsys, "ballots", demo_copy, "-o", folder, "--members", "Ana Ruiz; Ben Ode;Cy Lee",
                        "--stage", "1")
    assert code == 0 and out.count("Wrote ") == 3
    return sorted(folder.iterdir())


def test_ballots_rated_collected_and_listed_with_the_members(capsys, demo_copy, ballots, tmp_path):
    ana, ben, _cy = ballots
    assert _run(capsys, "rate", ana, CONDITION, "not_started", "--note", "No plan seen")[0] == 0
    assert _run(capsys, "rate", ben, "1.DE.1", "4")[0] == 0  # the checklist code and the key, as on paper
    assert _run(capsys, "rate", ben, "1.B.1", "met")[0] == 0
    code, out, _ = _run(capsys, "collect", demo_copy, ballots[0].parent)  # a folder stands for its ballots
    assert code == 0
    assert "Collected Ana Ruiz: 1 rating (new)" in out and "Collected Ben Ode: 2 ratings (new)" in out

    code, out, err = _run(capsys, "collect", demo_copy, ana)
    assert code == 0 and "was collected already; nothing newer in it." in out and err == ""

    code, out, _ = _run(capsys, "ratings", demo_copy, "--format", "json")
    rows = {row["id"]: row for row in json.loads(out)}
    assert rows[CONDITION]["rating"] == "in_place"  # the demo's consensus, untouched by the ballots
    assert rows[CONDITION]["ballots"] == [{"member": "Ana Ruiz", "rating": "not_started", "note": "No plan seen"},
                                          {"member": "Ben Ode", "rating": "in_place", "note": None}]
    assert rows["s1.bench.1"]["ballots"] == [{"member": "Ben Ode", "rating": "met", "note": None}]
    assert all(set(row) == {"id", "rating", "note", "ballots"} for row in rows.values())
    code, out, _ = _run(capsys, "ratings", demo_copy, "--format", "csv")
    assert "s1.map.de.1,1.DE.1,,,Ana Ruiz,not_started,No plan seen" in out.splitlines()


def test_a_ballot_of_another_review_is_refused_and_the_rest_taken(capsys, demo_copy, ballots, tmp_path):
    stranger = _another_school(tmp_path / "other.eqreview")
    others = tmp_path / "others"
    others.mkdir()
    _run(capsys, "ballots", stranger, "-o", others, "--members", "Zed")
    [foreign] = others.iterdir()
    assert _run(capsys, "rate", ballots[0], CONDITION, "2")[0] == 0  # a blank ballot is not taken (test_ballots)
    code, out, err = _run(capsys, "collect", demo_copy, foreign, ballots[0])
    assert code == 2
    assert "is a ballot for another review, not this one; it was not taken." in err
    assert "Collected Ana Ruiz" in out


def test_merge_lists_conflicts_with_exit_3_and_settles_them_with_take(capsys, demo_copy, tmp_path):
    other = tmp_path / "laptop 2.eqreview"
    shutil.copyfile(demo_copy, other)
    assert _run(capsys, "rate", other, "s1.map.de.2", "emerging", "--by", "Ben Ode")[0] == 0
    assert _run(capsys, "rate", other, "s1.map.de.3", "2", "--by", "Ben Ode")[0] == 0
    assert _run(capsys, "rate", demo_copy, "s1.map.de.2", "progressing")[0] == 0

    code, out, _ = _run(capsys, "merge", demo_copy, other, "--list")
    assert code == 3
    assert "Conflict — Stage 1 · Diversity and Equity 2" in out and "laptop 2.eqreview: Emerging (Ben Ode" in out
    code, out, _ = _run(capsys, "merge", demo_copy, other)
    assert code == 3 and "Nothing was merged: 1 changed on both sides" in out
    with ReviewStore.open(demo_copy, read_only=True) as review:
        assert review.assessments()["s1.map.de.3"].value is not Rating.EMERGING  # nothing written

    code, out, _ = _run(capsys, "merge", demo_copy, other, "--take", "theirs")
    assert code == 0 and "1 taken, 1 decided (theirs)" in out
    with ReviewStore.open(demo_copy, read_only=True) as review:
        found = review.assessments()
        assert found["s1.map.de.2"].value is Rating.EMERGING and found["s1.map.de.3"].value is Rating.EMERGING
        assert "Ben Ode" in {c.changed_by for c in review.change_log() if c.key == "rating/s1.map.de.3"}
    assert _run(capsys, "merge", demo_copy, other, "--list")[0] == 0  # merged: nothing left to decide


@pytest.mark.parametrize(("item", "value", "sentence"), [
    ("s1.map.de.99", "4", "'s1.map.de.99' is not an item of the framework"),
    (CONDITION, "5", "'5' is not a rating for s1.map.de.1; give one of: 1 (not_started)"),
    ("s1.bench.1", "4", "'4' is not a rating for s1.bench.1; give one of: 1 (not_met), 2 (partly_met), 3 (met)"),
])
def test_rate_refuses_what_it_cannot_read_with_a_sentence(capsys, demo_copy, item, value, sentence):
    code, out, err = _run(capsys, "rate", demo_copy, item, value)
    assert code == 2 and err.startswith(f"equity-desktop: {sentence}") and out == ""


def test_rate_records_who_rated(capsys, demo_copy):
    assert _run(capsys, "rate", demo_copy, CONDITION, "Not Started", "--by", "Dee Fox")[0] == 0
    with ReviewStore.open(demo_copy, read_only=True) as review:
        saved = review.assessments()[CONDITION]
        assert saved.value is Rating.NOT_STARTED and saved.changed_by == "Dee Fox"


def test_merge_refuses_an_unrelated_review(capsys, demo_copy, tmp_path):
    stranger = _another_school(tmp_path / "other.eqreview")
    code, _, err = _run(capsys, "merge", demo_copy, stranger)
    assert code == 2 and err.startswith("equity-desktop: ") and err.count("\n") == 1
    assert "Lakeside Middle School" in err


def test_collect_meets_files_it_did_not_write(capsys, demo_copy, ballots, tmp_path):
    """What arrives from a workshop's laptops and sticks: a ballot cut off half-way through copying, an empty file,
    and the district's real enrollment workbook renamed .eqballot. Each is refused with its own sentence, the good
    ballot is still taken, and nothing is a traceback."""
    from equity_desktop.paths import resource_path

    ana = ballots[0]
    assert _run(capsys, "rate", ana, CONDITION, "2")[0] == 0
    cut = tmp_path / "cut off.eqballot"
    data = ballots[1].read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    (tmp_path / "empty.eqballot").write_bytes(b"")
    workbook = tmp_path / "enrollment.eqballot"
    workbook.write_bytes(resource_path("sample", "riverbend_enrollment_2022-2025.xlsx").read_bytes())
    code, out, err = _run(capsys, "collect", demo_copy, ana, cut, tmp_path / "empty.eqballot", workbook)
    assert code == 2 and "Collected Ana Ruiz: 1 rating (new)" in out
    assert "Traceback" not in err
    refused = [line for line in err.splitlines() if line.startswith("equity-desktop: ")]
    assert len(refused) == 3
    for name in ("cut off.eqballot", "empty.eqballot", "enrollment.eqballot"):
        assert sum(name in line for line in refused) == 1, (name, refused)
    with ReviewStore.open(demo_copy, read_only=True) as review:
        assert len(review.values_of_kind("ballot")) == 1
