"""The pieces behind the Data & MGI page: the worker process, the wizard's reading, the page's words, charts."""

from __future__ import annotations

import time

import pytest

from equity_desktop.core.enrollment import layout as lay
from equity_desktop.core.enrollment.background import BackgroundJob
from equity_desktop.core.enrollment.file_reading import PREVIEW_ROWS, read_for_import
from equity_desktop.core.enrollment.mgi import Rule, measure
from equity_desktop.core.enrollment.review_data import (
    count_text,
    isolation_rows,
    results_by_year,
    rule_sentence,
    trend_lines,
)
from equity_desktop.core.enrollment.role_labels import role_choices, role_label
from equity_desktop.core.output import charts
from equity_desktop.core.review.store import ReviewStore
from equity_desktop.paths import resource_path

DISTRICT_XLSX = resource_path("sample", "riverbend_enrollment_2022-2025.xlsx")


def test_a_worker_reads_and_reports_progress_then_the_result():
    job = BackgroundJob(read_for_import, DISTRICT_XLSX, "2024-25")
    job.start()
    events = job.wait()
    kinds = [e[0] for e in events]
    assert kinds[-1] == "done" and set(kinds[:-1]) == {"progress"}
    reading = events[-1][1]
    assert reading.sheet == "2024-25" and reading.years == ["2024-25"] and len(reading.schools) == 60
    assert len(reading.preview) == PREVIEW_ROWS and reading.preview[2][1] == "School Name"


def test_a_worker_turns_a_bad_file_into_a_sentence_and_a_bug_into_a_crash_report(tmp_path):
    picture = tmp_path / "enrollment.xlsx"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 32)
    job = BackgroundJob(read_for_import, picture)
    job.start()
    assert job.wait()[-1] == ("error", "enrollment.xlsx: this is a PNG image, not a spreadsheet, whatever its "
                                       "name says. Import the spreadsheet itself (.xlsx, .xls, .ods or .csv).")
    job = BackgroundJob(read_for_import, 12345)  # not a path: a programming error, reported as such
    job.start()
    kind, details = job.wait()[-1]
    assert kind == "crash" and "Traceback" in details


def test_a_cancelled_worker_stops_by_itself_and_says_so():
    job = BackgroundJob(read_for_import, resource_path("sample", "riverbend_students_2024-25.csv"))
    job.start()
    job.cancel()
    events = job.wait()
    assert events[-1] == ("cancelled",) and job.finished and not job.terminated


def test_a_cancelled_pdf_leaves_no_file_and_no_temporary_file(demo_file, tmp_path):
    from equity_desktop.core.output.plan_pdf import write_plan_pdf

    out = tmp_path / "plan.pdf"
    job = BackgroundJob(write_plan_pdf, demo_file, out, full=True)
    job.start()
    deadline = time.monotonic() + 60
    while not any(event[0] == "progress" and event[1] > 0.1 for event in job.events()):  # laying out the pages
        assert time.monotonic() < deadline and not job.finished
        time.sleep(0.005)
    job.cancel()
    assert job.wait()[-1] == ("cancelled",) and not job.terminated  # it stopped itself, it was not killed
    assert list(tmp_path.iterdir()) == []


def test_a_sheet_not_understood_still_gives_a_preview_and_the_reason(tmp_path):
    text = tmp_path / "notes.csv"
    text.write_text("Meeting notes\nnothing here,is enrollment\n", encoding="utf-8")
    reading = read_for_import(text)
    assert reading.table is None and reading.layout is None
    assert reading.problem.startswith("notes.csv") and "no header row found" in reading.problem
    assert reading.preview[0] == ["Meeting notes"]
    wide = read_for_import(DISTRICT_XLSX, mapping={"format": lay.MAPPING_FORMAT, "header_row": 1})
    assert wide.table is None and wide.layout.header_row == 1 and "header" in wide.problem


def test_every_role_offered_is_valid_and_has_words():
    for shape in lay.SHAPES:
        for label, role in role_choices(shape):
            assert lay.valid_role(role) and label == role_label(role) and label
    assert role_label("count:race_ethnicity:Black or African American") == "Count: Black or African American"
    assert role_label(None) == "not used"


def test_the_pages_rows_are_the_cores_numbers_in_words(demo_file):
    store = ReviewStore.open(demo_file, read_only=True)
    try:
        snapshots = store.snapshots()
    finally:
        store.close()
    results = results_by_year(snapshots, Rule())
    assert [r.year for r in results] == ["2022-23", "2023-24", "2024-25"]
    latest = measure(snapshots[-1].school, snapshots[-1].district, Rule())
    rows = {r.group: r for r in isolation_rows(results[-1], "race_ethnicity")}
    black = next(g for g in latest.groups if g.group == "Black or African American")
    assert rows[black.group].school_share == f"{black.school.share:.1f} %"
    assert rows[black.group].status == "over-represented by 44.1 points"
    assert rows["Native Hawaiian or Other Pacific Islander"].small
    lines = {line.group: line for line in trend_lines(results, "race_ethnicity")}
    assert lines["Hispanic/Latino"].years == ("2022-23", "2023-24", "2024-25")
    assert [round(v, 1) for v in lines["Hispanic/Latino"].school] == [22.1, 24.5, 27.0]
    assert "more than 10 percentage points" in rule_sentence(Rule())
    # Named as a rule a district uses, not as if the reader were in Miami-Dade (issue 18).
    assert "the district-relative rule (as used by Miami-Dade County Public Schools;" in rule_sentence(Rule())


@pytest.mark.parametrize(("n", "suppression", "shown"), [(None, None, "—"), (1234, None, "1,234"), (7, None, "7"),
                                                         (7, 10, "<10"), (10, 10, "10"), (0.5, None, "0.5")])
def test_counts_in_words(n, suppression, shown):
    assert count_text(n, suppression) == shown


def _texts(drawing) -> list[str]:
    from reportlab.graphics.shapes import String

    found = []

    def walk(node):
        for child in getattr(node, "contents", []):
            if isinstance(child, String):
                found.append(child.text)
            walk(child)
    walk(drawing)
    return found


def test_charts_carry_their_numbers_as_text_and_render_for_qt(demo_file):
    store = ReviewStore.open(demo_file, read_only=True)
    try:
        results = results_by_year(store.snapshots(), Rule())
    finally:
        store.close()
    drawing = charts.isolation_chart(results[-1], "race_ethnicity", 600)
    texts = _texts(drawing)
    assert "63.0 %" in texts and "18.9 %" in texts and "Black or African American" in texts
    assert texts.count("isolated") == 2 and "Band: within 10 points" in texts
    svg = charts.svg_bytes(drawing)
    assert b"<clipPath" not in svg and b"63.0 %" in svg
    trend = charts.trend_chart(trend_lines(results, "race_ethnicity"), 600, 260, "Race/ethnicity")
    labels = [t for t in _texts(trend) if "(district" in t]
    assert len(labels) == 3  # groups under 3 % everywhere are left to the table
    assert any(t.startswith("Hispanic/Latino 27.0 %") for t in labels)
