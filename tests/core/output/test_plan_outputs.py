"""The PDF plan, the blank checklist and the Excel round trip, checked through what a reader gets out of them."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pdf_text import pages as _pages
from pdf_text import squeezed as _squeezed
from pypdf import PdfReader

from equity_desktop.core.errors import EquityError
from equity_desktop.core.output.plan_pdf import load_plan_data, write_plan, write_plan_pdf
from equity_desktop.core.output.plan_xlsx import PLAN_SHEET, RATINGS_SHEET, read_plan_xlsx, write_plan_xlsx
from equity_desktop.core.review.plan_records import ActionItem, ActionStatus
from equity_desktop.core.review.scales import BenchmarkStatus, Rating
from equity_desktop.core.review.store import ReviewStore

PRINTED = date(2026, 11, 20)
NAMES = ("Thanh Nguyễn", "Angela Peña", "Jean-Baptiste Lefèvre", "François Girard")








@pytest.fixture(scope="module")
def full_plan(demo_file, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("plan") / "plan.pdf"
    return write_plan_pdf(demo_file, out, full=True, printed_on=PRINTED)


def test_the_full_plan_holds_every_item_rating_and_name(full_plan, demo_file, framework):
    pages = _pages(full_plan)
    text = _squeezed(" ".join(pages))  # table cells wrap anywhere: compare without spaces
    data = load_plan_data(demo_file)
    for item in data.review.plan.items:
        assert _squeezed(item.title) in text, item.title
        assert not item.lead or _squeezed(item.lead) in text
    for item in (*framework.benchmarks, *framework.conditions):
        assert _squeezed(item.text) in text, item.id
    for name in NAMES:
        assert _squeezed(name) in text
    for bad in ("None", "nan", "null"):
        assert not re.search(rf"\b{bad}\b", " ".join(pages)), bad


def test_pages_are_numbered_and_the_framework_is_cited_on_each(full_plan):
    pages = _pages(full_plan)
    total = len(pages)
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {total}" in page
        assert "Magnet School Development Framework" in page


def test_sections_are_bookmarked_and_the_metadata_set(full_plan):
    reader = PdfReader(full_plan)
    top = [entry.title for entry in reader.outline if not isinstance(entry, list)]
    assert top[:7] == ["Action plan", "Summary", "Action plan", "The 7-year timeline",
                       "Enrollment and minority group isolation", "Sign-off", "Ratings and evidence"]
    meta = reader.metadata
    assert meta.title == "Action plan — Cedar Grove Magnet Elementary School"
    assert "Angela Peña" in meta.author and "Riverbend" in meta.subject


def test_every_font_is_embedded(full_plan):
    fonts = {}
    for page in PdfReader(full_plan).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            fonts[font["/BaseFont"]] = descriptor is not None and "/FontFile2" in descriptor.get_object()
    assert fonts and all(fonts.values()), fonts


def test_the_plan_prints_landscape_tables_and_small_counts_as_under_ten(full_plan):
    reader = PdfReader(full_plan)
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]
    assert sizes[0] == (612, 792) and (792, 612) in sizes
    pages = _pages(full_plan)
    plan_pages = [p for (w, h), p in zip(sizes, pages) if w > h]
    assert all("Evidence of impact" in p for p in plan_pages[:-1])  # the header repeats on every plan page
    isolation = next(p for p in pages if "Race/ethnicity, 2024-25" in p)
    assert "<10" in isolation and "◐ In progress" in " ".join(pages)


def test_a_plan_with_no_enrollment_and_no_items_still_prints(new_review, tmp_path):
    out = write_plan_pdf(new_review.path, tmp_path / "empty.pdf", paper="a4")
    text = " ".join(_pages(out))
    assert "No enrollment has been imported" in text and "No action items yet" in text
    assert float(PdfReader(out).pages[0].mediabox.width) == pytest.approx(595.28, abs=0.1)


def test_a_failed_export_leaves_no_file_and_keeps_the_old_one(demo_file, tmp_path):
    data = load_plan_data(demo_file)
    out = tmp_path / "plan.pdf"
    out.write_bytes(b"the previous plan")
    broken = data._replace(review=data.review.__class__(data.review.profile, data.review.team,
                                                        data.review.assessments, "not a plan"))
    with pytest.raises(AttributeError):
        write_plan(broken, out)
    assert out.read_bytes() == b"the previous plan" and [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]
    with pytest.raises(EquityError, match="does not exist"):
        write_plan(data, tmp_path / "missing" / "plan.pdf")


def test_the_blank_checklist_lists_every_item_with_empty_boxes(tmp_path, framework):
    from equity_desktop.core.output.checklist_pdf import write_checklist_pdf

    text = _squeezed(" ".join(_pages(write_checklist_pdf(tmp_path / "all.pdf"))))
    for item in (*framework.benchmarks, *framework.conditions, *framework.key_actions):
        assert _squeezed(item.text) in text, item.id
    # Each box shows the key a paper ballot is typed in with, and each item the code typed before it.
    assert text.count("☐1Notstarted") == len(framework.conditions) + len(framework.key_actions)
    assert text.count("☐2Partlymet") == len(framework.benchmarks)
    assert "1.DE.1" in text and "2.KA.1.3" in text and "3.B.2" in text and "Name(amember'sownballot" in text
    stage2 = " ".join(_pages(write_checklist_pdf(tmp_path / "s2.pdf", stage=2)))
    assert "Stage 2: Early Implementation" in stage2 and "Stage 3:" not in stage2
    with pytest.raises(EquityError, match="no stage 5"):
        write_checklist_pdf(tmp_path / "s5.pdf", stage=5)


# ---- Excel ----------------------------------------------------------------------------------------

def test_the_workbook_has_headers_frozen_panes_and_drop_downs(demo_file, tmp_path):
    from openpyxl import load_workbook

    data = load_plan_data(demo_file)
    out = write_plan_xlsx(data.framework, data.review, tmp_path / "plan.xlsx")
    book = load_workbook(out)
    plan, ratings = book[PLAN_SHEET], book[RATINGS_SHEET]
    assert plan["C1"].font.bold and plan.freeze_panes == "C2" and ratings.freeze_panes == "C2"
    assert plan.max_row == 1 + len(data.review.plan.items)
    assert ratings.max_row == 1 + 89 + 17 + len(data.framework.key_actions)
    lists = [v.formula1 for v in plan.data_validations.dataValidation]
    assert '"Not started,In progress,On hold,Done"' in lists
    assert any("Partly met" in v.formula1 for v in ratings.data_validations.dataValidation)
    assert plan.column_dimensions["C"].width == 40


def test_an_edited_workbook_comes_back_as_changes_that_apply_in_one_step(demo_copy, tmp_path):
    from openpyxl import load_workbook

    data = load_plan_data(demo_copy)
    out = write_plan_xlsx(data.framework, data.review, tmp_path / "plan.xlsx")
    book = load_workbook(out)
    plan, ratings = book[PLAN_SHEET], book[RATINGS_SHEET]
    plan["T2"] = "Done"                          # status of the first item
    plan["J2"] = "Thanh Nguye\u0302\u0303n"     # lead, typed decomposed (a Mac)
    new = plan.max_row + 1
    plan[f"B{new}"], plan[f"C{new}"], plan[f"N{new}"] = "Bus routes", "Ask for an express stop", "2027-02-01"
    row = next(r for r in range(2, ratings.max_row + 1) if ratings[f"A{r}"].value == "s3.bench.2")
    ratings[f"F{row}"], ratings[f"G{row}"] = "Partly met", "First cycle run in November."
    book.save(out)

    changes = read_plan_xlsx(out, data.framework, data.review)
    first = data.review.plan.in_plan_order()[0]
    assert changes.items[first.id].status is ActionStatus.DONE and changes.items[first.id].lead == "Thanh Nguyễn"
    added = [i for i in changes.items.values() if i.title == "Ask for an express stop"][0]
    assert added.objective_id in changes.objectives and added.start == "2027-02-01"
    assert changes.ratings == [("s3.bench.2", BenchmarkStatus.PARTLY_MET, "First cycle run in November.")]
    assert ("Rating of Stage 3 · Benchmark 2 “A process for continuous program improvement is in place…”: "
            "Not met → Partly met; evidence note changed") in changes.descriptions
    assert "New objective: Bus routes" in changes.descriptions

    with ReviewStore.open(demo_copy) as store:
        store.write_plan(changes.objectives, changes.items, assessments=changes.ratings)
        review = store.load()
    assert review.plan.item(first.id).status is ActionStatus.DONE
    assert review.value_of("s3.bench.2") is BenchmarkStatus.PARTLY_MET
    assert read_plan_xlsx(out, data.framework, review).empty  # nothing left to change


@pytest.mark.parametrize("cell, value, telling", [
    ("T2", "Finished", "column T (Status): “Finished” is not a status"),
    ("N2", "next March", "column N (Start (YYYY-MM-DD)): Start \"next March\" is not a date"),
    ("A2", "999", "column A (ID): “999” is not the ID of an item of this plan"),
    ("D2", "Athletics", "column D (Component): “Athletics” is not a core component"),
    ("C2", None, "column C (Action): An action item needs a title"),
])
def test_a_bad_cell_is_named_by_sheet_row_and_column(demo_file, tmp_path, cell, value, telling):
    from openpyxl import load_workbook

    data = load_plan_data(demo_file)
    out = write_plan_xlsx(data.framework, data.review, tmp_path / "plan.xlsx")
    book = load_workbook(out)
    book[PLAN_SHEET][cell] = value
    book.save(out)
    with pytest.raises(EquityError) as caught:
        read_plan_xlsx(out, data.framework, data.review)
    assert f"plan.xlsx, sheet “Action plan”, row 2, {telling}" in str(caught.value)


def test_a_rating_that_is_not_on_the_scale_is_refused(demo_file, tmp_path):
    from openpyxl import load_workbook

    data = load_plan_data(demo_file)
    out = write_plan_xlsx(data.framework, data.review, tmp_path / "plan.xlsx")
    book = load_workbook(out)
    book[RATINGS_SHEET]["F2"] = "Mostly"
    book.save(out)
    with pytest.raises(EquityError, match=r"sheet “Ratings”, row 2, column F \(Rating\): “Mostly” is not a rating"):
        read_plan_xlsx(out, data.framework, data.review)


def test_a_file_that_is_not_our_workbook_gets_a_sentence(demo_file, tmp_path):
    from openpyxl import Workbook

    data = load_plan_data(demo_file)
    (tmp_path / "notes.xlsx").write_text("not a workbook")
    with pytest.raises(EquityError, match="cannot be read as an Excel workbook"):
        read_plan_xlsx(tmp_path / "notes.xlsx", data.framework, data.review)
    Workbook().save(tmp_path / "other.xlsx")
    with pytest.raises(EquityError, match="has no sheet “Action plan”"):
        read_plan_xlsx(tmp_path / "other.xlsx", data.framework, data.review)


def test_items_deleted_in_excel_are_kept_and_said_so(demo_file, tmp_path):
    from openpyxl import load_workbook

    data = load_plan_data(demo_file)
    out = write_plan_xlsx(data.framework, data.review, tmp_path / "plan.xlsx")
    book = load_workbook(out)
    book[PLAN_SHEET].delete_rows(2)
    book.save(out)
    changes = read_plan_xlsx(out, data.framework, data.review)
    assert changes.empty and changes.notes and "will be kept" in changes.notes[0]


def test_unused_helpers_stay_consistent():
    from equity_desktop.cli.plan import PAPER_NAMES
    from equity_desktop.core.output.pdf_kit import PAPERS

    assert set(PAPER_NAMES) == set(PAPERS)
    assert Rating.UNRATED.label == "Unrated" and ActionItem(1, "x").gap_key == ""


def _edited_workbook(data, tmp_path, identity="review-1"):
    from openpyxl import load_workbook

    out = write_plan_xlsx(data.framework, data.review, tmp_path / "plan.xlsx", identity=identity)
    book = load_workbook(out)
    plan, ratings = book[PLAN_SHEET], book[RATINGS_SHEET]
    plan["J2"], plan["N2"] = "Lead from Excel", "2027-03-01"  # the first item's lead and start
    row = next(r for r in range(2, ratings.max_row + 1) if ratings[f"A{r}"].value == "s3.bench.2")
    ratings[f"F{row}"] = "Partly met"
    book.save(out)
    return out


def test_a_returned_workbook_keeps_what_the_program_changed_since_and_lists_conflicts(demo_copy, tmp_path):
    data = load_plan_data(demo_copy)
    out = _edited_workbook(data, tmp_path)
    first = data.review.plan.in_plan_order()[0]
    with ReviewStore.open(demo_copy) as store:  # after the export, the program changes the same item
        store.write_plan(items={first.id: first._replace(lead="Lead from the program", due="2027-09-30")})
        store.set_assessment("s3.bench.2", BenchmarkStatus.MET)
        review = store.load()
    changes = read_plan_xlsx(out, data.framework, review, identity="review-1")
    item = changes.items[first.id]
    assert (item.lead, item.start, item.due) == ("Lead from the program", "2027-03-01", "2027-09-30")
    assert changes.ratings == []
    assert [(c.program, c.workbook) for c in changes.conflicts] == [
        ("Met — “Improvement cycle designed, not yet in use.”",
         "Partly met — “Improvement cycle designed, not yet in use.”"),
        ("Lead: “Lead from the program”", "Lead: “Lead from Excel”")]
    assert changes.conflicts[0].what.startswith("Stage 3 · Benchmark 2 “")
    chosen = changes.choosing({0, 1})
    assert chosen.items[first.id].lead == "Lead from Excel" and chosen.items[first.id].start == "2027-03-01"
    note = "Improvement cycle designed, not yet in use."
    assert chosen.ratings == [("s3.bench.2", BenchmarkStatus.PARTLY_MET, note)]
    assert not chosen.conflicts
    kept = changes.choosing(set())
    assert kept.items[first.id].lead == "Lead from the program" and kept.ratings == []


def test_a_workbook_of_another_review_is_refused_and_an_older_one_says_how_it_was_read(demo_copy, tmp_path):
    from openpyxl import load_workbook

    data = load_plan_data(demo_copy)
    out = _edited_workbook(data, tmp_path, identity="review-1")
    with pytest.raises(EquityError, match="was exported from another review"):
        read_plan_xlsx(out, data.framework, data.review, identity="review-2")
    book = load_workbook(out)
    del book["Written from"]
    book.save(out)
    changes = read_plan_xlsx(out, data.framework, data.review, identity="review-2")
    assert any("earlier version of Equity Desktop" in note for note in changes.notes)
    assert changes.ratings and not changes.conflicts
