"""Exports at size and run to run: a long plan splits over pages whole, and the same review gives the same bytes."""

from __future__ import annotations

import dataclasses
import re
import zipfile
from datetime import UTC, date, datetime

import pytest
from pdf_text import squeezed as _squeezed
from pypdf import PdfReader

from equity_desktop.core.output.checklist_pdf import write_checklist_pdf
from equity_desktop.core.output.plan_pdf import PlanData, load_plan_data, write_plan, write_plan_pdf
from equity_desktop.core.output.plan_xlsx import export_review_xlsx
from equity_desktop.core.review.plan_records import ActionPlan, Objective

PRINTED = date(2026, 11, 20)
OBJECTIVES, ITEMS = 12, 180  # two-digit objective numbers ("11.3"), and items with no objective




@pytest.fixture(scope="module")
def large_data(demo_file) -> PlanData:
    """The demo review with a plan of 180 items, each a copy of one of the demo's items under its own title."""
    data = load_plan_data(demo_file, PRINTED)
    models = data.review.plan.in_plan_order()
    objectives = tuple(Objective(n, f"Objective number {n}", n) for n in range(1, OBJECTIVES + 1))
    items = tuple(models[n % len(models)]._replace(
        id=n, position=n, objective_id=(n % (OBJECTIVES + 1)) or None,  # every 13th item has no objective
        title=f"Item {n:04d}: {models[n % len(models)].title}") for n in range(1, ITEMS + 1))
    return data._replace(review=dataclasses.replace(data.review, plan=ActionPlan(objectives, items)))


@pytest.fixture(scope="module")
def large_pages(large_data, tmp_path_factory) -> tuple[list[str], list[str]]:
    """The squeezed text of the plan's pages and of the timeline's pages (both landscape)."""
    reader = PdfReader(write_plan(large_data, tmp_path_factory.mktemp("large") / "plan.pdf"))
    landscape = [_squeezed(p.extract_text()) for p in reader.pages if p.mediabox.width > p.mediabox.height]
    plan = [p for p in landscape if "Evidenceofimpact" in p]
    return plan, [p for p in landscape if p not in plan]


def test_a_long_plan_prints_every_item_whole_once_with_the_header_on_each_page(large_data, large_pages):
    plan_pages, timeline_pages = large_pages
    assert len(plan_pages) > 40 and len(timeline_pages) > 10
    for item in large_data.review.plan.items:
        title = _squeezed(item.title)
        # On exactly one page: no row is cut over a page break, none is lost or printed twice at one.
        assert sum(title in page for page in plan_pages) == 1, item.title
        assert sum(title in page for page in timeline_pages) == 1, item.title
    # The header at the top of every page (after the section's heading on its first).
    header, years = "#ActionWhy(gap,rootcause,theoryofaction)Steps", "#ActionLead2026-27"
    assert plan_pages[0].startswith("Actionplan" + header) and all(p.startswith(header) for p in plan_pages[1:])
    assert all(p.startswith(years) for p in timeline_pages[1:]) and years in timeline_pages[0]
    text = "".join(plan_pages)
    assert "Objective12:Objectivenumber12" in text and "Itemswithnoobjective" in text and "12.1Item" in text


def test_an_objective_never_ends_a_page_without_its_first_item(large_pages):
    plan_pages, _ = large_pages
    for page in plan_pages:
        bands = [m.end() for m in re.finditer(r"Objective\d+:Objectivenumber\d+|Itemswithnoobjective", page)]
        if bands:
            assert re.search(r"Item\d{4}:", page[bands[-1]:]), page[-200:]


def test_the_same_review_writes_the_same_pdf_dated_the_day_it_is_printed(demo_file, tmp_path):
    first = write_plan_pdf(demo_file, tmp_path / "first.pdf", full=True, printed_on=PRINTED)
    second = write_plan_pdf(demo_file, tmp_path / "second.pdf", full=True, printed_on=PRINTED)
    assert first.read_bytes() == second.read_bytes()  # reportlab's ID and dates came from the clock before
    reader = PdfReader(first)
    assert reader.metadata.creation_date == reader.metadata.modification_date == datetime(2026, 11, 20, tzinfo=UTC)
    assert "Printed: 20 November 2026" in reader.pages[0].extract_text()  # and the cover says the same day
    later = write_plan_pdf(demo_file, tmp_path / "later.pdf", printed_on=date(2026, 11, 21))
    assert PdfReader(later).metadata.creation_date.date() == date(2026, 11, 21)


def test_the_blank_checklist_is_the_same_bytes_each_time(tmp_path):
    first = write_checklist_pdf(tmp_path / "first.pdf", stage=1, printed_on=PRINTED)
    assert first.read_bytes() == write_checklist_pdf(tmp_path / "second.pdf", stage=1, printed_on=PRINTED).read_bytes()


def test_the_same_review_writes_the_same_workbook_dated_the_day_it_is_written(demo_file, tmp_path):
    first = export_review_xlsx(str(demo_file), str(tmp_path / "first.xlsx"), written_on=PRINTED)
    second = export_review_xlsx(str(demo_file), str(tmp_path / "second.xlsx"), written_on=PRINTED)
    assert first.read_bytes() == second.read_bytes()
    # No clock anywhere: not in the zip's member dates, not in the document properties.
    with zipfile.ZipFile(first) as archive:
        assert {member.date_time for member in archive.infolist()} == {(2026, 11, 20, 0, 0, 0)}
        core = archive.read("docProps/core.xml").decode()
    assert core.count("2026-11-20T00:00:00Z") == 2  # created and modified


def test_exports_take_today_when_no_day_is_given(demo_file, tmp_path):
    today = {date.today()}
    out = export_review_xlsx(str(demo_file), str(tmp_path / "today.xlsx"))
    checklist = PdfReader(write_checklist_pdf(tmp_path / "today.pdf", stage=4))
    today.add(date.today())  # in case midnight passed meanwhile
    with zipfile.ZipFile(out) as archive:
        assert date(*archive.infolist()[0].date_time[:3]) in today
    assert checklist.metadata.creation_date.date() in today
