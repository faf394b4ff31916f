"""The review file: what is written is what is read back, each edit committed with who and when."""

from __future__ import annotations

import sqlite3

import pytest

from equity_desktop.core.errors import InvalidEditError, ReviewExistsError, ReviewReadOnlyError
from equity_desktop.core.review.document import SchoolProfile, TeamMember
from equity_desktop.core.review.migrations import APPLICATION_ID, LATEST_VERSION
from equity_desktop.core.review.scales import BenchmarkStatus, ProgramType, Rating, StakeholderGroup
from equity_desktop.core.review.store import ReviewStore


def test_header_marks_the_file_as_ours(new_review):
    conn = sqlite3.connect(new_review.path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    conn.close()


def test_profile_round_trip(new_review, tmp_path):
    profile = SchoolProfile("École Saint-Exupéry", "Distrito Unificado", "2026-27", "Dual language",
                            ProgramType.PROGRAM_WITHIN_SCHOOL, "6–8")
    new_review.set_profile(profile)
    path = new_review.path
    new_review.close()
    with ReviewStore.open(path) as reopened:
        assert reopened.profile() == profile


def test_school_name_is_required(new_review):
    with pytest.raises(InvalidEditError, match="school's name"):
        new_review.set_profile(SchoolProfile("  ", "District"))
    assert new_review.profile().school == "Test School"


def test_team_add_update_remove(new_review):
    added = new_review.add_team_member(TeamMember("Nguyễn Văn An", "Teacher", StakeholderGroup.TEACHER))
    other = new_review.add_team_member(TeamMember("Rosa Peña", "Parent", StakeholderGroup.FAMILY))
    new_review.update_team_member(TeamMember("Nguyễn Văn An", "Lead teacher", StakeholderGroup.TEACHER, id=added.id))
    assert [(m.name, m.role) for m in new_review.team()] == [("Nguyễn Văn An", "Lead teacher"), ("Rosa Peña", "Parent")]
    new_review.remove_team_member(other.id)
    assert [m.name for m in new_review.team()] == ["Nguyễn Văn An"]
    with pytest.raises(InvalidEditError):
        new_review.update_team_member(TeamMember("Gone", "", StakeholderGroup.FAMILY, id=other.id))


def test_rating_records_value_note_author_and_time(tmp_path):
    now = ["2026-01-01T10:00:00+00:00"]
    store = ReviewStore.create(tmp_path / "r.eqreview", SchoolProfile("S", "D"), author="Maria",
                               clock=lambda: now[0])
    now[0] = "2026-01-01T10:05:00+00:00"
    saved = store.set_assessment("s2.map.fe.3", Rating.PROGRESSING, "Two workshops held")
    assert (saved.value, saved.note, saved.changed_by, saved.changed_at) == (
        Rating.PROGRESSING, "Two workshops held", "Maria", "2026-01-01T10:05:00+00:00")
    store.close()
    with ReviewStore.open(tmp_path / "r.eqreview") as reopened:
        assert reopened.assessments()["s2.map.fe.3"] == saved


def test_changing_the_rating_keeps_the_note(new_review):
    new_review.set_assessment("s1.map.em.1", Rating.EMERGING, "Draft goals")
    new_review.set_assessment("s1.map.em.1", Rating.IN_PLACE)
    assert new_review.assessments()["s1.map.em.1"].note == "Draft goals"


def test_note_only_edit_keeps_the_rating(new_review):
    new_review.set_assessment("s3.bench.2", BenchmarkStatus.PARTLY_MET)
    new_review.set_note("s3.bench.2", "Cycle designed")
    found = new_review.assessments()["s3.bench.2"]
    assert (found.value, found.note) == (BenchmarkStatus.PARTLY_MET, "Cycle designed")


def test_note_on_an_unrated_item(new_review):
    new_review.set_note("s4.ka.1.1", "To discuss in May")
    assert new_review.assessments()["s4.ka.1.1"].value is Rating.UNRATED


def test_history_keeps_every_edit(new_review):
    for value in (Rating.NOT_STARTED, Rating.EMERGING, Rating.PROGRESSING):
        new_review.set_assessment("s1.map.pa.2", value)
    assert [a.value for a in new_review.history("s1.map.pa.2")] == [Rating.NOT_STARTED, Rating.EMERGING,
                                                                    Rating.PROGRESSING]


def test_benchmarks_take_only_benchmark_statuses(new_review):
    with pytest.raises(InvalidEditError, match="not a rating for s1.bench.1"):
        new_review.set_assessment("s1.bench.1", Rating.IN_PLACE)
    with pytest.raises(InvalidEditError, match="not a rating for s1.map.de.1"):
        new_review.set_assessment("s1.map.de.1", BenchmarkStatus.MET)
    assert new_review.assessments() == {}


def test_unknown_item_is_refused(new_review):
    with pytest.raises(InvalidEditError, match="not an item of the framework"):
        new_review.set_assessment("s9.map.de.1", Rating.IN_PLACE)


def test_each_edit_is_committed_at_once(new_review):
    new_review.set_assessment("s1.map.ci.1", Rating.IN_PLACE)
    other = sqlite3.connect(new_review.path)  # another connection sees it without any close or flush
    assert other.execute("SELECT value FROM assessment WHERE item_id = 's1.map.ci.1'").fetchone() == ("in_place",)
    other.close()


def test_failed_edit_is_rolled_back(new_review, monkeypatch):
    new_review.set_assessment("s1.map.ci.2", Rating.EMERGING, "first")

    def broken_clock():
        raise RuntimeError("clock failed mid-edit")

    new_review._clock = broken_clock
    with pytest.raises(RuntimeError):
        new_review.set_assessment("s1.map.ci.2", Rating.IN_PLACE, "second")
    assert new_review.assessments()["s1.map.ci.2"].note == "first"
    assert not new_review._conn.in_transaction


def test_create_refuses_an_existing_file(new_review):
    with pytest.raises(ReviewExistsError, match="already exists"):
        ReviewStore.create(new_review.path, SchoolProfile("S", "D"))


def test_create_leaves_no_partial_file(tmp_path):
    with pytest.raises(InvalidEditError):
        ReviewStore.create(tmp_path / "x.eqreview", SchoolProfile("", "D"))
    assert list(tmp_path.iterdir()) == []


def test_read_only_store_refuses_edits(demo_copy):
    with ReviewStore.open(demo_copy, read_only=True) as store:
        assert store.read_only
        with pytest.raises(ReviewReadOnlyError, match="open read-only"):
            store.set_assessment("s1.map.de.1", Rating.EMERGING)
        assert store.assessments()["s1.map.de.1"].value is Rating.IN_PLACE


def test_closing_releases_the_lock(demo_copy):
    ReviewStore.open(demo_copy).close()
    with ReviewStore.open(demo_copy) as again:
        assert not again.read_only
    assert not (demo_copy.parent / f".{demo_copy.name}.lock").exists()


def test_scales_have_stored_values_and_labels():
    assert Rating("in_place") is Rating.IN_PLACE and Rating.IN_PLACE.label == "In place"
    assert [s.label for s in BenchmarkStatus] == ["Unrated", "Not met", "Partly met", "Met"]
    assert ProgramType.PROGRAM_WITHIN_SCHOOL.label == "Program within a school"
    with pytest.raises(ValueError):
        Rating("done")


def test_note_on_an_unknown_item_is_refused(new_review):
    with pytest.raises(InvalidEditError, match="not an item of the framework"):
        new_review.set_note("s1.map.zz.1", "note")


def test_create_ignores_a_partial_file_left_by_an_earlier_crash(tmp_path):
    (tmp_path / ".x.eqreview.part").write_bytes(b"SQLite format 3\x00 half-written")
    with ReviewStore.create(tmp_path / "x.eqreview", SchoolProfile("S", "D")) as store:
        assert store.profile().school == "S"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.eqreview"]


def test_save_copy_writes_an_openable_copy_and_keeps_the_original(demo_copy, tmp_path):
    from equity_desktop.core.review.store import ReviewStore

    with ReviewStore.open(demo_copy, read_only=True) as store:
        values = store.load().values()
        copy = store.save_copy(tmp_path / "mine.eqreview")
    with ReviewStore.open(copy) as mine:
        assert mine.load().values() == values
        mine.set_assessment("s1.map.de.1", "emerging")
    assert not list(tmp_path.glob(".*.part"))


def test_save_copy_refuses_the_review_itself(new_review):
    import pytest

    from equity_desktop.core.errors import ReviewWriteError

    with pytest.raises(ReviewWriteError, match="the review itself"):
        new_review.save_copy(new_review.path)


def test_save_copy_into_a_missing_folder_says_so(new_review, tmp_path):
    import pytest

    from equity_desktop.core.errors import ReviewWriteError

    with pytest.raises(ReviewWriteError, match="could not be written"):
        new_review.save_copy(tmp_path / "nowhere" / "x.eqreview")


def test_removed_member_comes_back_with_id_and_place(new_review):
    from equity_desktop.core.review.document import TeamMember
    from equity_desktop.core.review.scales import StakeholderGroup

    first = new_review.add_team_member(TeamMember("A", "", StakeholderGroup.TEACHER))
    new_review.add_team_member(TeamMember("B", "", StakeholderGroup.FAMILY))
    position = new_review.team_position(first.id)
    new_review.remove_team_member(first.id)
    new_review.add_team_member(first, position)
    assert [m.name for m in new_review.team()] == ["A", "B"]
    assert new_review.team()[0].id == first.id


def test_summarize_reads_school_and_progress_without_locking(demo_copy, framework):
    from equity_desktop.core.review.store import ReviewStore, summarize

    summary = summarize(demo_copy)
    assert summary.school == "Cedar Grove Magnet Elementary School"
    with ReviewStore.open(demo_copy) as store:  # not locked by summarize
        rated = [c for c in framework.conditions if store.load().value_of(c.id) not in (None, "unrated")]
    assert summary.conditions_rated == len(rated)
    assert summary.conditions_total == 89


def test_file_name_for_a_school_is_safe_on_every_system():
    from equity_desktop.core.review.store import file_name_for

    assert file_name_for("Cedar Grove Magnet Elementary") == "Cedar Grove Magnet Elementary.eqreview"
    assert file_name_for('A/B: "C"*?') == "A B C.eqreview"
    assert file_name_for("Escuela Peña") == "Escuela Peña.eqreview"
    assert file_name_for("...") == "Review.eqreview"


def test_replacing_snapshots_is_one_transaction_and_keeps_what_undo_puts_back(tmp_path, demo_file):
    import shutil

    copy = tmp_path / "copy.eqreview"
    shutil.copy(demo_file, copy)
    store = ReviewStore.open(copy)
    try:
        before = store.snapshots()
        store.replace_snapshots(["2023-24"], [])
        assert [s.year for s in store.snapshots()] == ["2022-23", "2024-25"]
        store.replace_snapshots(["2023-24"], [before[1]])  # what an undo does
        again = store.snapshots()
        assert [s.year for s in again] == ["2022-23", "2023-24", "2024-25"]
        assert again[1].imported_at == before[1].imported_at and again[1].school.counts == before[1].school.counts
    finally:
        store.close()
