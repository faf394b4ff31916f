"""Merging another copy of a review: copies made by Save a Copy As and by a file manager, edits on one side
taken, the same item changed on both sides a conflict, records merged by field, nothing lost, undo."""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from equity_desktop.core import errors
from equity_desktop.core.review import merge
from equity_desktop.core.review.document import SchoolProfile, TeamMember
from equity_desktop.core.review.plan_edit import with_uids
from equity_desktop.core.review.plan_records import ActionItem, ActionStatus
from equity_desktop.core.review.scales import Rating, StakeholderGroup
from equity_desktop.core.review.store import ReviewStore

CONDITION = "s1.map.de.1"
OTHER_CONDITION = "s1.map.de.2"


@pytest.fixture(params=["save a copy", "file manager"])
def two_copies(request, demo_copy, tmp_path):
    """The demo review and a copy of it, made the way the parameter says; both open for writing."""
    copy = tmp_path / "laptop 2.eqreview"
    if request.param == "save a copy":
        with ReviewStore.open(demo_copy) as store:
            store.save_copy(copy)
    else:
        shutil.copyfile(demo_copy, copy)
    ours = ReviewStore.open(demo_copy, author="Ana")
    theirs = ReviewStore.open(copy, author="Ben")
    yield ours, theirs
    ours.close()
    theirs.close()


def _merge(ours, theirs, choices=None):
    theirs.close()  # the other laptop's copy arrives on a stick: closed
    plan = merge.plan_merge(ours, theirs.path)
    merge.apply(ours, merge.resolve(plan, choices or {}))
    return plan


def test_edits_made_on_one_side_are_taken_and_a_second_merge_finds_nothing(two_copies):
    ours, theirs = two_copies
    ours.set_assessment(CONDITION, Rating.IN_PLACE, "our evidence")
    theirs.set_assessment(OTHER_CONDITION, Rating.EMERGING, "their evidence")
    theirs.set_profile(theirs.profile()._replace(magnet_theme="Marine science"))
    plan = _merge(ours, theirs)
    assert not plan.conflicts
    assert set(plan.taken) == {f"rating/{OTHER_CONDITION}", f"note/{OTHER_CONDITION}", "profile/magnet_theme"}
    merged = ours.assessments()
    assert merged[CONDITION].value is Rating.IN_PLACE and merged[OTHER_CONDITION].value is Rating.EMERGING
    assert merged[OTHER_CONDITION].note == "their evidence" and ours.profile().magnet_theme == "Marine science"
    assert merge.plan_merge(ours, theirs.path).empty


def test_the_same_item_changed_on_both_sides_is_a_conflict_with_both_values_and_who(two_copies):
    ours, theirs = two_copies
    ours.set_assessment(CONDITION, Rating.EMERGING)  # the demo has it In place
    theirs.set_assessment(CONDITION, Rating.NOT_STARTED)
    theirs.close()
    plan = merge.plan_merge(ours, theirs.path)
    [conflict] = plan.conflicts
    assert conflict.key == f"rating/{CONDITION}"
    assert (conflict.ours.value, conflict.ours.changed_by) == ("emerging", "Ana")
    assert (conflict.theirs.value, conflict.theirs.changed_by) == ("not_started", "Ben")
    merge.apply(ours, merge.resolve(plan, {conflict.key: "theirs"}))
    assert ours.assessments()[CONDITION].value is Rating.NOT_STARTED
    # Nothing is lost: our value stays in the log, beside theirs.
    values = [json.loads(c.value) for c in ours.change_log() if c.key == f"rating/{CONDITION}"]
    assert "emerging" in values and values[-1] == "not_started"
    assert merge.plan_merge(ours, theirs.path).empty


def test_a_conflict_kept_for_this_copy_is_not_offered_again(two_copies):
    ours, theirs = two_copies
    ours.set_note(CONDITION, "ours")
    theirs.set_note(CONDITION, "theirs")
    _merge(ours, theirs)  # ours by default
    assert ours.assessments()[CONDITION].note == "ours"
    assert merge.plan_merge(ours, theirs.path).empty


def test_an_action_item_changed_in_different_fields_is_merged_field_by_field(two_copies):
    ours, theirs = two_copies
    item = ours.action_plan().in_plan_order()[0]
    ours.write_plan(items={item.id: item._replace(lead="Rosa Delgado")})
    theirs.write_plan(items={item.id: item._replace(due="2027-05-01")})
    plan = _merge(ours, theirs)
    assert not plan.conflicts
    merged = ours.action_plan().item(item.id)
    assert (merged.lead, merged.due, merged.uid) == ("Rosa Delgado", "2027-05-01", item.uid)


def test_the_same_field_of_an_item_changed_on_both_sides_names_the_field(two_copies):
    ours, theirs = two_copies
    item = ours.action_plan().in_plan_order()[0]
    ours.write_plan(items={item.id: item._replace(lead="Rosa", due="2027-01-01")})
    theirs.write_plan(items={item.id: item._replace(lead="Sam")})
    theirs.close()
    [conflict] = merge.plan_merge(ours, theirs.path).conflicts
    assert conflict.fields == ("lead",)
    assert conflict.ours.value["lead"] == "Rosa" and conflict.theirs.value["lead"] == "Sam"
    assert conflict.theirs.value["due"] == "2027-01-01"  # the field only we changed is merged on both sides


def test_items_added_on_both_sides_with_the_same_number_are_both_kept(two_copies):
    ours, theirs = two_copies
    plan = ours.action_plan()
    ident = plan.next_item_id()
    ours.write_plan(items=with_uids(plan, items={ident: ActionItem(ident, "Ours")})[1])
    theirs.write_plan(items=with_uids(plan, items={ident: ActionItem(ident, "Theirs")})[1])
    _merge(ours, theirs)
    titles = [i.title for i in ours.action_plan().items]
    assert titles.count("Ours") == 1 and titles.count("Theirs") == 1


def test_a_record_deleted_on_one_side_and_edited_on_the_other_is_a_conflict(two_copies):
    ours, theirs = two_copies
    item = ours.action_plan().in_plan_order()[0]
    ours.write_plan(items={item.id: None})
    theirs.write_plan(items={item.id: item._replace(status=ActionStatus.DONE)})
    theirs.close()
    [conflict] = merge.plan_merge(ours, theirs.path).conflicts
    assert conflict.ours.value is None and conflict.theirs.value["status"] == "done"


def test_team_settings_dismissals_and_snapshots_come_across(two_copies):
    ours, theirs = two_copies
    member = theirs.add_team_member(TeamMember("Rosa Delgado", "Counselor", StakeholderGroup.TEACHER))
    theirs.set_suppression_size(20)
    theirs.write_plan(dismissed={"benchmark:s1.bench.1": True})
    year = theirs.snapshots()[-1].year
    theirs.remove_snapshot(year)
    _merge(ours, theirs)
    assert any(m.uid == member.uid and m.name == "Rosa Delgado" for m in ours.team())
    assert ours.suppression_size() == 20
    assert "benchmark:s1.bench.1" in ours.action_plan().dismissed
    assert year not in {s.year for s in ours.snapshots()}


def test_a_year_imported_again_on_the_other_copy_arrives_whole(two_copies):
    ours, theirs = two_copies
    snapshot = theirs.snapshots()[-1]
    again = replace(snapshot, source_file="re-exported.xlsx", imported_at="2026-11-30T10:00:00+00:00")
    theirs.replace_snapshots([snapshot.year], [again])
    _merge(ours, theirs)
    with ReviewStore.open(theirs.path, read_only=True) as other:
        assert ours.state()[f"snapshot/{snapshot.year}"] == other.state()[f"snapshot/{snapshot.year}"]
    [arrived] = [s for s in ours.snapshots() if s.year == snapshot.year]
    assert arrived.source_file == "re-exported.xlsx" and arrived.school == snapshot.school


def test_undoing_a_merge_puts_everything_back_and_the_merge_can_be_made_again(two_copies):
    ours, theirs = two_copies
    theirs.set_assessment(CONDITION, Rating.EMERGING)
    theirs.add_team_member(TeamMember("Rosa", "", StakeholderGroup.FAMILY))
    theirs.close()
    before_state, before_log = ours.state(), ours.change_log()
    plan = merge.plan_merge(ours, theirs.path)
    resolved = merge.resolve(plan, {})
    undo = merge.undo_state(ours, resolved)
    merge.apply(ours, resolved)
    assert ours.state() != before_state
    merge.apply(ours, undo, remove=resolved.log)
    assert ours.state() == before_state and ours.change_log() == before_log
    assert set(merge.plan_merge(ours, theirs.path).taken) == set(plan.taken)


def test_another_school_and_a_separately_started_review_are_refused(demo_copy, tmp_path):
    other = tmp_path / "other.eqreview"
    ReviewStore.create(other, SchoolProfile("Lakeside Middle School", "Riverbend USD")).close()
    same_school = tmp_path / "same school.eqreview"
    with ReviewStore.open(demo_copy) as ours:
        ReviewStore.create(same_school, ours.profile()).close()
        with pytest.raises(errors.MergeRefusedError, match="review of Lakeside Middle School, not of Cedar Grove"):
            merge.plan_merge(ours, other)
        with pytest.raises(errors.MergeRefusedError, match="started on its own rather than copied"):
            merge.plan_merge(ours, same_school)


def test_two_copies_of_an_older_file_migrated_apart_are_one_review(demo_copy, tmp_path):
    older = tmp_path / "older.eqreview"
    shutil.copyfile(demo_copy, older)
    conn = sqlite3.connect(older)
    conn.executescript("DROP TABLE change_log; DROP TABLE ballot; DROP TABLE consensus; "
                       "DELETE FROM meta WHERE key = 'review_id'; PRAGMA user_version = 3;"
                       + "".join(f"DROP INDEX {table}_uid; ALTER TABLE {table} DROP COLUMN uid;"
                                 for table in ("team_member", "objective", "action_item")))
    conn.close()
    first, second = tmp_path / "first.eqreview", tmp_path / "second.eqreview"
    shutil.copyfile(older, first)
    shutil.copyfile(older, second)
    with ReviewStore.open(first) as ours, ReviewStore.open(second) as theirs:
        assert ours.identity() == theirs.identity()
        item = theirs.action_plan().in_plan_order()[0]
        theirs.write_plan(items={item.id: item._replace(lead="Rosa")})
        theirs.set_assessment(CONDITION, Rating.EMERGING)
        count = len(theirs.action_plan().items)
        _merge(ours, theirs)
        assert ours.action_plan().item(item.id).lead == "Rosa"
        assert len(ours.action_plan().items) == count  # the same items, not each twice
        assert ours.assessments()[CONDITION].value is Rating.EMERGING


def test_a_half_copied_file_or_a_spreadsheet_is_refused_and_nothing_changes(demo_copy, tmp_path):
    """A copy brought on a stick pulled out mid-copy, and a public enrollment workbook chosen by mistake."""
    half = tmp_path / "laptop 2.eqreview"
    half.write_bytes(demo_copy.read_bytes()[: demo_copy.stat().st_size // 3])
    workbook = tmp_path / "enrollment.eqreview"
    real = Path(__file__).resolve().parents[3].parent / "shared/fixtures/real/nj_enrollment_2019-20_slice.xlsx"
    workbook.write_bytes(real.read_bytes() if real.exists() else b"PK\x03\x04 not a review")
    with ReviewStore.open(demo_copy) as ours:
        before = ours.state(), ours.change_log()
        for path in (half, workbook):
            with pytest.raises(errors.ReviewFileError) as refused:
                merge.plan_merge(ours, path)
            assert path.name in str(refused.value) and "Traceback" not in str(refused.value)
        assert (ours.state(), ours.change_log()) == before
