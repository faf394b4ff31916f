"""Ballots: prepared per member, rated privately, collected (twice, later versions, other reviews), typed in
from paper, and read as a distribution with disagreements first."""

from __future__ import annotations

from pathlib import Path

import pytest

from equity_desktop.core import errors
from equity_desktop.core.review import ballots, consensus
from equity_desktop.core.review.document import SchoolProfile
from equity_desktop.core.review.scales import BenchmarkStatus, Rating
from equity_desktop.core.review.store import ReviewStore

CONDITION, OTHER = "s1.map.de.1", "s1.map.de.2"


@pytest.fixture
def review(demo_copy):
    with ReviewStore.open(demo_copy, author="Facilitator") as store:
        yield store


def _rate(path, framework, ratings):
    with ReviewStore.open(path, framework=framework) as ballot:
        for item_id, (value, note) in ratings.items():
            ballot.set_assessment(item_id, value, note)


def _collect(review, paths):
    found = ballots.collect_ballots(review, paths)
    review.apply_values(found.values)
    return found


def test_prepared_ballots_name_their_member_review_and_items(review, tmp_path):
    paths = ballots.prepare_ballots(review, tmp_path, ["Ana Ruiz", "Ben Ode"], scope="s1")
    assert [p.name for p in paths] == ["Cedar Grove Magnet Elementary School - Ana Ruiz.eqballot",
                                       "Cedar Grove Magnet Elementary School - Ben Ode.eqballot"]
    with ReviewStore.open(paths[0], read_only=True) as ballot:
        info = ballots.ballot_info(ballot)
        assert info.member == "Ana Ruiz" and info.review_id == review.identity()
        assert set(info.items) == set(ballots.items_in_scope(review.framework, "s1"))
        assert all(item.startswith("s1.") for item in info.items)
        assert ballot.assessments() == {} and ballot.action_plan().items == () and ballot.snapshots() == []
    assert ballots.ballot_info(review) is None
    with pytest.raises(errors.ReviewExistsError, match="already exists"):
        ballots.prepare_ballots(review, tmp_path, ["Ana Ruiz"])


def test_collecting_keeps_each_members_ratings_and_recognises_a_ballot_collected_twice(review, tmp_path, framework):
    ana, ben = ballots.prepare_ballots(review, tmp_path, ["Ana Ruiz", "Ben Ode"])
    _rate(ana, framework, {CONDITION: (Rating.IN_PLACE, "seen the plan"), OTHER: (Rating.EMERGING, "")})
    _rate(ben, framework, {CONDITION: (Rating.NOT_STARTED, "no evidence")})
    found = _collect(review, [ana, ben, ana])
    assert found.taken == ["Ana Ruiz: 2 ratings (new), from Cedar Grove Magnet Elementary School - Ana Ruiz.eqballot",
                           "Ben Ode: 1 rating (new), from Cedar Grove Magnet Elementary School - Ben Ode.eqballot"]
    held = ballots.ballots(review)
    assert [(b.member, b.ratings[CONDITION]) for b in held] == [("Ana Ruiz", ("in_place", "seen the plan")),
                                                                  ("Ben Ode", ("not_started", "no evidence"))]
    again = ballots.collect_ballots(review, [ana])
    assert again.values == {}
    assert again.skipped == [f"{ana.name} (Ana Ruiz) was collected already; nothing newer in it."]
    _rate(ana, framework, {CONDITION: (Rating.PROGRESSING, "changed my mind")})
    later = _collect(review, [ana])
    assert later.taken[0].startswith("Ana Ruiz: 2 ratings (a later version)")
    assert [b.ratings[CONDITION][0] for b in ballots.ballots(review)] == ["progressing", "not_started"]


def test_a_ballot_of_another_review_a_nameless_one_and_a_review_are_not_taken(review, tmp_path, framework):
    (tmp_path / "elsewhere").mkdir()
    with ReviewStore.create(tmp_path / "other.eqreview", SchoolProfile("Lakeside", "Riverbend USD")) as other:
        [foreign] = ballots.prepare_ballots(other, tmp_path / "elsewhere", ["Ana"])
    [blank] = ballots.prepare_ballots(review, tmp_path, [])
    found = ballots.collect_ballots(review, [foreign, blank, review.path])
    assert found.values == {}
    assert any("a ballot for another review" in s for s in found.skipped)
    assert any("has no member's name" in s for s in found.skipped)
    assert any("is a review, not a ballot" in s for s in found.skipped)


def test_collecting_is_undone_whole(review, tmp_path, framework):
    [ana] = ballots.prepare_ballots(review, tmp_path, ["Ana"])
    _rate(ana, framework, {CONDITION: (Rating.IN_PLACE, "")})
    before = review.state()
    found = ballots.collect_ballots(review, [ana])
    undo = review.values(found.values)
    review.apply_values(found.values)
    assert review.state() != before
    review.apply_values(undo)
    assert review.state() == before


def test_paper_ballot_codes_and_keys(framework):
    assert ballots.item_code(framework, "s2.map.de.4") == "2.DE.4"
    assert ballots.item_code(framework, "s2.ka.1.3") == "2.KA.1.3"
    assert ballots.item_code(framework, "s3.bench.2") == "3.B.2"
    assert ballots.paper_entry(framework, " 2 de 4", "3") == ("s2.map.de.4", "progressing")
    assert ballots.paper_entry(framework, "3.b.2", "1") == ("s3.bench.2", "not_met")
    assert ballots.paper_entry(framework, "2.DE.4", "0") == ("s2.map.de.4", "not_applicable")
    with pytest.raises(errors.InvalidEditError, match="'9.ZZ.1' is not an item code"):
        ballots.paper_entry(framework, "9.ZZ.1", "3")
    with pytest.raises(errors.InvalidEditError, match="'4' is not a rating for 3.B.2; type one of: 1 Not met"):
        ballots.paper_entry(framework, "3.B.2", "4")
    every = ballots.codes(framework)
    assert len(every) == len(framework.conditions) + len(framework.key_actions) + len(framework.benchmarks)
    with pytest.raises(errors.InvalidEditError, match="needs the member's name"):
        ballots.paper_ballot(" ", [])


def test_the_distribution_spread_and_disagreements_first(framework):
    ana = ballots.Ballot("a", "Ana", {CONDITION: ("in_place", "plan adopted"), OTHER: ("emerging", ""),
                                      "s1.bench.1": ("met", "")}, "1")
    ben = ballots.Ballot("b", "Ben", {CONDITION: ("not_started", "not seen it"), OTHER: ("emerging", "")}, "1")
    cy = ballots.paper_ballot("Cy", [(CONDITION, "in_place"), (OTHER, "emerging"), ("s1.bench.1", "partly_met")])
    votes = consensus.votes_for(framework, [ana, ben, cy], CONDITION)
    assert votes.describe() == "In place 2 · Not started 1"
    assert votes.spread == 3 and round(votes.agreement, 2) == 0.67
    assert [v.note for v in votes.votes] == ["plan adopted", "not seen it", ""]
    agreed = consensus.votes_for(framework, [ana, ben, cy], OTHER)
    assert agreed.agreement_words() == "all agree"
    order = consensus.discussion_order(framework, [ana, ben, cy], [OTHER, "s1.bench.1", CONDITION, "s1.map.de.3"])
    assert [v.item_id for v in order] == [CONDITION, "s1.bench.1", OTHER]
    bench = consensus.votes_for(framework, [ana, cy], "s1.bench.1")
    assert [level for level, _ in bench.counts()] == [BenchmarkStatus.NOT_MET, BenchmarkStatus.PARTLY_MET,
                                                        BenchmarkStatus.MET]


def test_the_teams_reason_is_kept_and_merged_like_any_edit(review):
    review.set_rationale(CONDITION, "  Most of us saw the adopted plan.  ")
    assert review.rationales() == {CONDITION: "Most of us saw the adopted plan."}
    assert review.change_log()[-1].key == f"rationale/{CONDITION}"
    with pytest.raises(errors.InvalidEditError):
        review.set_rationale("s9.map.xx.1", "x")


def test_the_full_record_prints_each_items_ballots_and_the_teams_reason(review, tmp_path, framework):
    from pypdf import PdfReader

    from equity_desktop.core.output.plan_pdf import write_plan_pdf

    ana, ben = ballots.prepare_ballots(review, tmp_path, ["Ana Ruiz", "Ben Ode"])
    _rate(ana, framework, {CONDITION: (Rating.NOT_STARTED, "")})
    _rate(ben, framework, {CONDITION: (Rating.IN_PLACE, "")})
    _collect(review, [ana, ben])
    review.set_rationale(CONDITION, "The plan was adopted in March.")
    out = write_plan_pdf(review.path, tmp_path / "plan.pdf", full=True)
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(out).pages)
    assert "Ballots: In place 1 · Not started 1 (50 % chose the same; 3 levels apart)." in text
    assert "Team's reason: The plan was adopted in March." in text
    assert "Ana Ruiz" not in text  # the printed record is anonymous


def test_files_that_are_not_ballots_are_named_and_skipped(review, tmp_path, framework):
    """What a facilitator really gets back: a ballot half-copied off a stick pulled out early, an empty file,
    a public enrollment spreadsheet renamed, next to a good ballot."""
    [good] = ballots.prepare_ballots(review, tmp_path, ["Ana Ruiz"])
    _rate(good, framework, {CONDITION: (Rating.IN_PLACE, "")})
    truncated = tmp_path / "half copied.eqballot"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    empty = tmp_path / "empty.eqballot"
    empty.write_bytes(b"")
    renamed = tmp_path / "enrollment.eqballot"
    real = Path(__file__).resolve().parents[3].parent / "shared/fixtures/real"
    real = real / "chicago_ps_racial_ethnic_2018-19_schools.csv"
    renamed.write_bytes(real.read_bytes() if real.exists() else b"School ID,School Name,White\n1,A,3\n")
    found = ballots.collect_ballots(review, [good, truncated, empty, renamed])
    assert list(found.values) == [f"ballot/{ballots.read_ballot(good, framework)[0].uid}"]
    assert len(found.skipped) == 3
    for path, said in zip(sorted([truncated, empty, renamed]), sorted(found.skipped)):
        assert path.name in said
    assert all("Traceback" not in said for said in found.skipped)
    assert "enrollment.eqballot is not a ballot of Equity Desktop" in " ".join(found.skipped)
    assert "empty.eqballot is empty (0 bytes): the ballot was lost in copying" in " ".join(found.skipped)


def test_a_blank_ballot_is_not_counted_as_ratings_but_a_cleared_one_replaces_the_earlier(review, tmp_path, framework):
    """A member who hands back a ballot without rating anything has given no ratings: nothing is taken, said so
    (not "0 ratings (new)"). A member who rated, was collected, then cleared the ballot has changed their mind."""
    [ana] = ballots.prepare_ballots(review, tmp_path, ["Ana Ruiz"])
    blank = _collect(review, [ana])
    assert blank.values == {} and blank.taken == [] and blank.refused == 0
    assert blank.skipped == [f"{ana.name} (Ana Ruiz) holds no ratings yet; nothing was taken. Collect it again "
                             "once the member has rated."]
    _rate(ana, framework, {CONDITION: (Rating.IN_PLACE, "")})
    assert _collect(review, [ana]).taken == [f"Ana Ruiz: 1 rating (new), from {ana.name}"]
    _rate(ana, framework, {CONDITION: (Rating.UNRATED, "")})
    cleared = _collect(review, [ana])
    assert cleared.taken == [f"Ana Ruiz: 0 ratings (a later version), from {ana.name}"]
    assert ballots.ballots(review)[0].ratings == {}


def test_beside_the_spanish_framework_collecting_speaks_spanish(demo_copy, tmp_path, framework):
    from equity_desktop.core.framework.translations import load_framework_in

    with ReviewStore.open(demo_copy, framework=load_framework_in("es")) as review:
        ana, blank = ballots.prepare_ballots(review, tmp_path, ["Ana", ""])
        _rate(ana, framework, {CONDITION: (Rating.IN_PLACE, ""), OTHER: (Rating.EMERGING, "")})
        found = ballots.collect_ballots(review, [ana, blank, review.path])
        assert found.taken == [f"Ana: 2 calificaciones (nueva), de {ana.name}"]
        assert f"{blank.name} no tiene el nombre del miembro" in " ".join(found.skipped)
        assert "es una autoevaluación, no una boleta" in " ".join(found.skipped)
        assert found.refused == 2
        review.apply_values(found.values)
        again = ballots.collect_ballots(review, [ana])
        assert again.skipped == [f"{ana.name} (Ana) ya se había recogido; no trae nada más nuevo."]
        assert again.refused == 0
