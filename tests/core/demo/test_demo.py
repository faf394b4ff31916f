"""The demo review: complete, realistic, deterministic."""

from __future__ import annotations

from equity_desktop.core.demo.review import write_demo
from equity_desktop.core.review.placement import placements, stage_progress
from equity_desktop.core.review.scales import StakeholderGroup
from equity_desktop.core.review.store import ReviewStore


def load(path):
    with ReviewStore.open(path, read_only=True) as store:
        return store.load()


def test_team_of_eight_covers_every_stakeholder_group(demo_file):
    review = load(demo_file)
    assert len(review.team) == 8
    assert {m.group for m in review.team} == set(StakeholderGroup)
    assert review.missing_groups() == ()


def test_profile_is_complete(demo_file):
    profile = load(demo_file).profile
    assert all([profile.school, profile.district, profile.school_year, profile.magnet_theme,
                profile.program_type, profile.grades_served])


def test_components_stand_in_early_and_full_implementation(framework, demo_file):
    stages = {p.component.id: p.stage.name for p in placements(framework, load(demo_file).values())}
    assert stages == {"de": "Full Implementation", "em": "Early Implementation", "ci": "Full Implementation",
                      "fe": "Early Implementation", "pa": "Full Implementation"}


def test_ratings_across_all_four_stages_with_evidence(framework, demo_file):
    review = load(demo_file)
    values = review.values()
    for stage in framework.stages:
        assert stage_progress(framework, values, stage.id).conditions_rated > 0
    with_notes = [a for a in review.assessments.values() if a.note]
    assert len(with_notes) >= 80
    assert {a.changed_by for a in review.assessments.values()} >= {"Angela Peña", "Thanh Nguyễn", "Keisha Robinson"}


def test_planning_is_ready_and_early_implementation_is_not(framework, demo_file):
    values = load(demo_file).values()
    assert stage_progress(framework, values, "s1").ready_to_move_on
    assert not stage_progress(framework, values, "s2").ready_to_move_on


def test_deterministic(demo_file, tmp_path):
    again = write_demo(tmp_path / "again.eqreview")
    assert load(again) == load(demo_file)
    assert again.read_bytes() == demo_file.read_bytes()


def test_replaces_an_existing_file_whole(tmp_path):
    target = tmp_path / "demo.eqreview"
    target.write_text("old content")
    write_demo(target)
    assert load(target).profile.school.startswith("Cedar Grove")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.eqreview"]
