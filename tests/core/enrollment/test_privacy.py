"""No printed or exported output shows a count under the suppression size, nor anything that reveals it.

One school is built with counts chosen so that every withheld figure is a string no other figure of the
file prints: American Indian 3 (0.3 %), under the size, and Two or more races 17 (1.9 %), the next
smallest count, which the total would otherwise give away. Every output is searched for them.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from equity_desktop.cli.main import main
from equity_desktop.core.enrollment import groups as g
from equity_desktop.core.enrollment.importing import import_into
from equity_desktop.core.enrollment.privacy import COMPLEMENT, SMALL, for_print, withheld_counts
from equity_desktop.core.enrollment.review_data import results_by_year
from equity_desktop.core.output import charts
from equity_desktop.core.output.plan_pdf import write_plan_pdf
from equity_desktop.core.output.plan_xlsx import export_review_xlsx
from equity_desktop.core.plan.suggestions import suggestions
from equity_desktop.core.review.document import SchoolProfile
from equity_desktop.core.review.store import ReviewStore

HEADER = ["School Code", "School Name", "Total Enrollment", "Hispanic/Latino", "Black or African American", "White",
          "Asian", "Two or More Races", "American Indian or Alaska Native",
          "Native Hawaiian or Other Pacific Islander"]
#            total  Hisp  Black White Asian Two  AIAN  NHPI
OURS = ["0701", "Lakeside Academy", 908, 412, 288, 131, 57, 17, 3, 0]
OTHERS = [["0702", "Hilltop School", 5000, 1200, 900, 1700, 400, 700, 60, 40],
          ["0703", "Riverside School", 6000, 1500, 1100, 2100, 500, 700, 60, 40]]
# The withheld shares as any output might print them ("0.3 %", "0.3", "0.33", "1.87…"), not inside "11.9 %".
WITHHELD = re.compile(r"(?<![\d.])(0\.33|1\.87|0\.3(?!\d)|1\.9(?!\d))")


def leaks(text: str) -> list[str]:
    return WITHHELD.findall(text)


@pytest.fixture
def review(tmp_path) -> Path:
    source = tmp_path / "district.csv"
    rows = [OURS, *OTHERS]
    total = ["", "District Total", *(sum(r[i] for r in rows) for i in range(2, len(HEADER)))]
    with open(source, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([HEADER, *rows, total])
    path = tmp_path / "lakeside.eqreview"
    with ReviewStore.create(path, SchoolProfile("Lakeside Academy", "Lake District", "2025-26")) as store:
        import_into(store, source, year="2024-25")
        review = store.load()
        offered = suggestions(store.framework, review.values(), review.plan, snapshots=store.snapshots(),
                              rule=store.mgi_rule(), school_year="2025-26", suppression_size=store.suppression_size())
        # Every enrollment suggestion accepted: its words reach the printed plan and the Excel copy.
        drafts = [s.item for s in offered if s.kind.value in ("isolation", "disproportionality")]
        assert drafts, "the crafted school should have an isolated group"
        store.write_plan(items={n: d._replace(id=n, position=n) for n, d in enumerate(drafts, start=1)})
    return path


def test_a_small_count_and_its_complement_are_withheld():
    assert withheld_counts({"a": 3, "b": 50, "c": 12, "d": 200}, 10, adds_up=True) == {"a": SMALL, "c": COMPLEMENT}
    # Two small ones that add up to less than the size: their sum would be known, so a third goes too.
    assert withheld_counts({"a": 3, "b": 4, "c": 50, "d": 60}, 10, adds_up=True) == {
        "a": SMALL, "b": SMALL, "c": COMPLEMENT}
    assert withheld_counts({"a": 0, "b": 50, "c": 12}, 10, adds_up=True) == {}  # zero reveals no student
    assert withheld_counts({"a": 3, "b": 50}, 10, adds_up=False) == {"a": SMALL}  # not parts of one total
    assert withheld_counts({"a": 3, "b": None, "c": 40}, 10, adds_up=True) == {"a": SMALL, "c": COMPLEMENT}
    # A school of one student (Chicago has one): the zeros around it would say who it is.
    assert withheld_counts({"a": 1, "b": 0, "c": 0}, 10, adds_up=True) == {"a": SMALL, "b": COMPLEMENT,
                                                                           "c": COMPLEMENT}


def test_the_printed_result_cannot_give_the_counts_back(review):
    with ReviewStore.open(review, read_only=True) as store:
        [result] = results_by_year(store.snapshots(), store.mgi_rule())
    printed = for_print(result, 10)
    race = {r.group: r for r in printed.groups if r.dimension == g.RACE}
    hidden = [name for name, r in race.items() if r.school.withheld]
    assert sorted(hidden) == ["American Indian or Alaska Native", "Two or more races"]
    for name in hidden:
        r = race[name]
        assert (r.school.n, r.school.share, r.difference, r.isolated) == (None, None, None, None)
    # The attack that worked on the old plan: total from any printed count and share, minus the printed counts.
    shown = [r for r in race.values() if r.school.n]
    total = round(shown[0].school.n / shown[0].school.share * 100)
    assert total - sum(r.school.n for r in shown) == 20  # only the sum of two withheld counts: neither is known
    assert printed.simpson is None and printed.dissimilarity is None  # with the others they give shares back
    assert printed.minority_share == result.minority_share  # White is not withheld


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_pdf_plan_and_its_charts_withhold_them(review, tmp_path):
    out = write_plan_pdf(review, tmp_path / "plan.pdf", full=True)
    text = _pdf_text(out)
    assert "<10" in text and "withheld" in text
    assert not leaks(text)
    with ReviewStore.open(review, read_only=True) as store:
        [result] = results_by_year(store.snapshots(), store.mgi_rule())
    drawing = charts.isolation_chart(for_print(result, 10), g.RACE)
    labels = [getattr(shape, "text", "") for shape in drawing.contents]
    assert "withheld (a small count)" in labels and not leaks(" ".join(labels))


def test_the_excel_copy_withholds_them(review, tmp_path):
    out = export_review_xlsx(str(review), str(tmp_path / "plan.xlsx"))
    with zipfile.ZipFile(out) as book:
        xml = " ".join(book.read(name).decode("utf-8") for name in book.namelist() if name.endswith(".xml"))
    assert "Two or more races" in xml  # the suggestion is there, without its figures
    assert not leaks(xml)


def test_the_suppression_size_of_the_review_is_the_one_printed(review, tmp_path):
    with ReviewStore.open(review) as store:
        store.set_suppression_size(20)  # now Two or more races (17) is withheld as small, and Asian (57) is not
    text = _pdf_text(write_plan_pdf(review, tmp_path / "plan20.pdf"))
    assert "<20" in text and "Counts under 20" in text and "<10" not in text


@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_mgi_suppress_withholds_them(review, tmp_path, capsys, fmt):
    source = str(tmp_path / "district.csv")
    assert main(["mgi", source, "--school", "0701", "--year", "2024-25", "--suppress", "10", "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert not leaks(out)
    if fmt == "json":
        groups = {r["group"]: r for r in json.loads(out)[0]["groups"]}
        assert groups["American Indian or Alaska Native"]["school_n"] is None
        assert groups["American Indian or Alaska Native"]["withheld"].startswith("withheld")
    elif fmt == "csv":
        rows = {r["group"]: r for r in csv.DictReader(io.StringIO(out))}
        assert rows["Two or more races"]["school_n"] == "" and rows["Asian"]["school_n"] == "57.0"
    else:
        assert "<10" in out and "Withheld for publication" in out
    assert main(["mgi", source, "--school", "0701", "--year", "2024-25", "--format", fmt]) == 0
    assert leaks(capsys.readouterr().out)  # without --suppress, the file's own numbers


def test_screen_suppress_withholds_them(review, tmp_path, capsys):
    out = tmp_path / "screen.json"
    assert main(["screen", str(tmp_path / "district.csv"), "--year", "2024-25", "--suppress", "10", "-o",
                 str(out)]) == 0
    rows = {r["school"]: r for r in json.loads(out.read_text(encoding="utf-8"))}
    assert rows["Lakeside Academy"]["withheld_groups"] == 2 and rows["Lakeside Academy"]["simpson"] is None
    assert not leaks(out.read_text(encoding="utf-8"))


def test_no_small_count_of_a_real_district_can_be_worked_out_from_its_printed_copy(real_dir):
    # Chicago's 657 schools, as the publisher gives them: wherever a count under 10 is withheld, at least two counts
    # are, and they add up to 10 or more, so "total minus what is printed" never gives a count under 10 back.
    from equity_desktop.core.enrollment.analysis import measure_table
    from equity_desktop.core.enrollment.reading import read_enrollment

    table = read_enrollment(real_dir / "chicago_ps_racial_ethnic_2018-19_schools.csv", year="2018-19")
    true = {r.school_id: r for r in measure_table(table)}
    checked = 0
    for school_id, result in true.items():
        printed = for_print(result, 10)
        hidden = [(t, p) for t, p in zip(result.groups, printed.groups, strict=True)
                  if t.dimension == g.RACE and p.school.withheld]
        if not hidden:
            assert printed.simpson == result.simpson
            continue
        checked += 1
        every = [t for t in result.groups if t.dimension == g.RACE]
        # Two or more withheld that add up to 10 or more; in a school too small for that (610572 has 1 student),
        # every group of it, so that nothing printed is left to subtract.
        assert len(hidden) >= 2 and (sum(t.school.n for t, _ in hidden) >= 10 or len(hidden) == len(every)), \
            school_id
        assert all(p.school.n is None and p.school.share is None and p.difference is None for _, p in hidden)
        assert printed.simpson is None and printed.dissimilarity is None
    assert checked > 300  # most Chicago schools have a race group under 10 students
