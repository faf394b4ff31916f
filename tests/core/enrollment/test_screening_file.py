"""The screening window's worker jobs (core.enrollment.screening_file), called directly: a file read and listed, the
list left in the window's folder, the rows shown exported from there, and a school read again for a review."""

from __future__ import annotations

import csv
import pickle

import numpy as np
import pytest
from conftest import write_csv
from test_screening import district_rows

from equity_desktop.core.enrollment.errors import HEADER_STEP
from equity_desktop.core.enrollment.mgi import Rule
from equity_desktop.core.enrollment.screening_file import (
    export_listing,
    school_snapshots,
    screen_file,
)
from equity_desktop.core.errors import Cancelled


@pytest.fixture
def district_file(tmp_path):
    return write_csv(tmp_path / "districts.csv", district_rows())


def test_a_file_is_read_measured_and_listed_without_its_schools(district_file):
    reports = []
    screening = screen_file(district_file, progress=lambda fraction, message: reports.append(fraction))
    assert screening.reading.table is not None and screening.reading.table.units == []  # too many to send
    assert len(screening.listing) == 66 and screening.listing_file is None  # 72 schools, 6 closed
    assert reports == sorted(reports) and reports[-1] <= 1.0


def test_with_a_folder_the_list_is_left_in_it_and_read_from_there(district_file, tmp_path):
    spool = tmp_path / "spool"
    spool.mkdir()
    screening = screen_file(district_file, spool=spool)
    assert screening.listing is None and screening.listing_file.parent == spool
    assert len(pickle.dumps(screening)) < 20_000  # the answer is small; the list waits in its file
    listing = screening.take_listing()
    assert listing.rows() == screen_file(district_file).listing.rows()
    assert screening.listing_file.exists()  # kept while the list is shown: exported from there
    gone = screen_file(district_file, spool=tmp_path / "closed")  # the window closed and took its folder
    assert gone.listing is not None and gone.listing_file is None


def test_nothing_is_listed_when_no_school_can_be_measured_and_the_sentence_says_why(district_file):
    screening = screen_file(district_file, reference="state")
    assert screening.listing is None and "no state row to compare with" in screening.problem
    unknown = write_csv(district_file.with_name("campuses.csv"), [["Site", "Kids A"], ["Alder", 10]])
    screening = screen_file(unknown)
    assert screening.listing is None and screening.reading.table is None and screening.reading.problem
    assert screening.reading.problem_step == HEADER_STEP  # the window sends the person to the header row


def test_the_rows_shown_are_exported_in_their_order_under_the_rule_shown(district_file, tmp_path):
    spool = tmp_path / "spool"
    spool.mkdir()
    screening = screen_file(district_file, spool=spool)
    listing = screening.take_listing().with_rule(Rule(threshold=20.0))
    shown = listing.order[listing.outside()[listing.order]][::-1]  # filtered, in another order
    np.save(spool / "shown.npy", shown)
    out = export_listing(screening.listing_file, spool / "shown.npy", Rule(threshold=20.0), tmp_path / "list.csv")
    with open(out, encoding="utf-8-sig", newline="") as file:
        written = list(csv.DictReader(file))
    expected = listing.rows(shown)
    assert [row["school"] for row in written] == [row["school"] for row in expected]
    assert [row["groups_outside_band"] for row in written] == [row["groups_outside_band"] for row in expected]

    def cancel(fraction, message):
        raise Cancelled()

    with pytest.raises(Cancelled):
        export_listing(screening.listing_file, spool / "shown.npy", Rule(), tmp_path / "never.csv", cancel)
    assert not (tmp_path / "never.csv").exists()


def test_a_school_is_read_again_with_every_year_for_a_new_review(district_file):
    listing = screen_file(district_file).listing
    school = listing.school_at(0)
    snapshots = school_snapshots(district_file, None, None, school.school)
    assert sorted(s.year for s in snapshots) == ["2023-24", "2024-25"]
    assert {s.school.name for s in snapshots} == {school.school}
