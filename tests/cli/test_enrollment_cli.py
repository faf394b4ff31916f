"""`equity-desktop mgi`, `screen` and `import` on the demo district and on bad input."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import subprocess
import sys

import pytest

from equity_desktop.cli.main import main
from equity_desktop.core.demo.district import STUDENTS, WORKBOOK
from equity_desktop.core.review.store import ReviewStore
from equity_desktop.paths import resource_path

WORKBOOK_PATH = str(resource_path("sample", WORKBOOK))
STUDENTS_PATH = str(resource_path("sample", STUDENTS))
GROUP_KEYS = {"dimension", "group", "school_n", "school_share", "district_n", "district_share", "difference",
              "isolated", "direction"}


def test_mgi_json_follows_the_documented_shape(capsys):
    assert main(["mgi", WORKBOOK_PATH, "--sheet", "2024-25", "--school", "0417", "--format", "json"]) == 0
    (result,) = json.loads(capsys.readouterr().out)
    assert set(result) == {"school", "school_id", "year", "district_source", "rule", "federal_mgi", "diversity",
                           "groups", "warnings"}
    assert result["school"] == "Cedar Grove Magnet Elementary School" and result["year"] == "2024-25"
    assert result["rule"] == {"kind": "points", "threshold": 10.0}
    assert "District Total" in result["district_source"]
    assert all(set(g) == GROUP_KEYS for g in result["groups"])
    black = next(g for g in result["groups"] if g["group"] == "Black or African American")
    assert black["isolated"] is True and black["direction"] == "over"
    assert black["difference"] == pytest.approx(black["school_share"] - black["district_share"])
    assert result["federal_mgi"]["isolated"] is True


def test_mgi_by_hand_from_the_workbook(capsys):
    """The JSON numbers equal the sheet's cells divided by hand."""
    from openpyxl import load_workbook

    book = load_workbook(WORKBOOK_PATH, read_only=True)
    rows = list(book["2023-24"].iter_rows(values_only=True))
    book.close()
    header = list(rows[2])
    school = next(r for r in rows if r[0] == "0417")
    total = next(r for r in rows if r[1] == "District Total")
    column = header.index("Hispanic/Latino")
    race = slice(header.index("Hispanic/Latino"), header.index("Female"))
    assert main(["mgi", WORKBOOK_PATH, "--sheet", "2023-24", "--school", "Cedar Grove", "--format", "json"]) == 0
    (result,) = json.loads(capsys.readouterr().out)
    hispanic = next(g for g in result["groups"] if g["group"] == "Hispanic/Latino")
    assert hispanic["school_share"] == pytest.approx(100 * school[column] / sum(school[race]))
    assert hispanic["district_share"] == pytest.approx(100 * total[column] / sum(total[race]))


def test_mgi_relative_rule_and_threshold(capsys):
    assert main(["mgi", WORKBOOK_PATH, "--sheet", "1", "--school", "0417", "--rule", "relative", "--threshold",
                 "50", "--format", "json"]) == 0
    (result,) = json.loads(capsys.readouterr().out)
    assert result["rule"] == {"kind": "relative", "threshold": 50.0}


def test_mgi_csv_and_table(capsys):
    assert main(["mgi", STUDENTS_PATH, "--school", "0417", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {r["group"] for r in rows} >= {"Hispanic/Latino", "Female", "Economically disadvantaged"}
    assert main(["mgi", STUDENTS_PATH, "--school", "0417"]) == 0
    out = capsys.readouterr().out
    assert "over-represented by" in out and "Disproportionality: Gifted" in out


def test_every_school_when_no_school_is_given(capsys):
    assert main(["mgi", WORKBOOK_PATH, "--sheet", "2024-25", "--format", "json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 60


def test_screen_lists_isolated_schools_first(capsys):
    assert main(["screen", WORKBOOK_PATH, "--sheet", "2024-25"]) == 0
    lines = capsys.readouterr().out.splitlines()
    counts = [int(line[53:63]) for line in lines[1:]]
    assert counts == sorted(counts, reverse=True) and counts[0] >= 2 and len(lines) == 61


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".json"])
def test_screen_writes_a_file(tmp_path, capsys, suffix):
    out = tmp_path / f"screen{suffix}"
    assert main(["screen", STUDENTS_PATH, "-o", str(out)]) == 0
    assert "Wrote 60 schools" in capsys.readouterr().out
    if suffix == ".json":
        assert json.loads(out.read_text())[0]["isolated_groups"] >= 2
    elif suffix == ".csv":
        assert next(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))["school"]
    else:
        from openpyxl import load_workbook

        assert load_workbook(out)["Screening"]["A1"].value == "School"
    assert not list(tmp_path.glob(".*.part"))


def test_import_adds_snapshots_and_replaces_a_year(tmp_path, capsys, new_review):
    path = new_review.path
    new_review.close()
    assert main(["import", str(path), WORKBOOK_PATH, "--sheet", "2022-23"]) == 2
    assert "no school is called" in capsys.readouterr().err  # the review's school is "Test School"
    with ReviewStore.open(path) as store:
        from equity_desktop.core.review.document import SchoolProfile

        store.set_profile(SchoolProfile("Cedar Grove Magnet Elementary School", "Riverbend USD"))
    for _ in range(2):
        assert main(["import", str(path), WORKBOOK_PATH, "--sheet", "2022-23"]) == 0
    assert "Added Cedar Grove Magnet Elementary School, 2022-23" in capsys.readouterr().out
    with ReviewStore.open(path, read_only=True) as store:
        (snapshot,) = store.snapshots()
    assert snapshot.source_file == WORKBOOK and len(snapshot.sha256) == 64
    assert snapshot.school.counts[("race_ethnicity", "Black or African American")] > 0


def test_import_of_student_rows_stores_only_counts(tmp_path, capsys, new_review):
    from equity_desktop.core.review.document import SchoolProfile

    new_review.set_profile(SchoolProfile("Cedar Grove Magnet Elementary School", "Riverbend USD"))
    path = new_review.path
    new_review.close()
    assert main(["import", str(path), STUDENTS_PATH]) == 0
    conn = sqlite3.connect(path)
    dump = "\n".join(conn.iterdump())
    conn.close()
    assert "D000001" not in dump and "Student ID" not in dump.replace('"Student ID": "ignore"', "")
    assert conn is not None and dump.count("INSERT INTO \"enrollment_count\"") < 200


@pytest.mark.parametrize("args, telling", [
    (["mgi", "missing.xlsx"], "missing.xlsx: the file does not exist"),
    (["mgi", WORKBOOK_PATH, "--sheet", "1999-00"], 'there is no sheet "1999-00"'),
    (["mgi", WORKBOOK_PATH, "--school", "Nowhere High"], 'no school is called or coded "Nowhere High"'),
    (["screen", WORKBOOK_PATH, "-o", "list.pdf"], "can be written as .csv, .xlsx or .json"),
    (["mgi", WORKBOOK_PATH, "--map", "nomap.json"], "nomap.json: the mapping file does not exist"),
])
def test_bad_input_exits_2_with_one_sentence(args, telling):
    result = subprocess.run([sys.executable, "-m", "equity_desktop", *args], capture_output=True, text=True)
    assert result.returncode == 2 and telling in result.stderr and "Traceback" not in result.stderr


def test_bad_threshold_is_an_argument_error():
    result = subprocess.run([sys.executable, "-m", "equity_desktop", "mgi", WORKBOOK_PATH, "--threshold", "ten"],
                            capture_output=True, text=True)
    assert result.returncode == 2 and "threshold must be a number, like 10.0" in result.stderr


def test_mgi_prints_the_progress_goal_for_a_file_with_several_years(tmp_path, capsys):
    from openpyxl import load_workbook

    book = load_workbook(WORKBOOK_PATH, read_only=True)
    rows = [["School Year", *next(book[y].iter_rows(min_row=3, max_row=3, values_only=True))] for y in ["2022-23"]]
    for year in ("2022-23", "2023-24", "2024-25"):
        rows += [[year, *r] for r in book[year].iter_rows(min_row=4, values_only=True)]
    book.close()
    path = tmp_path / "years.csv"
    path.write_text("\n".join(",".join("" if v is None else str(v) for v in r) for r in rows), encoding="utf-8")
    assert main(["mgi", str(path), "--school", "0417"]) == 0
    out = capsys.readouterr().out
    assert "Progress goal (2 points a year toward the district share), Cedar Grove" in out
    assert "Hispanic/Latino, 2022-23 to 2023-24" in out and "— met." in out


def test_import_takes_the_reviews_school_and_refuses_another_one(tmp_path, capsys):
    from equity_desktop.core.review.document import SchoolProfile

    path = tmp_path / "cedar.eqreview"
    ReviewStore.create(path, SchoolProfile("Cedar Grove", "Riverbend USD")).close()
    assert main(["import", str(path), WORKBOOK_PATH, "--sheet", "2022-23", "--school", "0417"]) == 0
    # Next year's file: no --school, and the first school in the file is not ours; the review's code finds it.
    assert main(["import", str(path), WORKBOOK_PATH, "--sheet", "2023-24"]) == 0
    assert "Added Cedar Grove Magnet Elementary School, 2023-24" in capsys.readouterr().out
    # Another school for a third year is refused, and nothing is imported, until it is confirmed.
    other = ["import", str(path), WORKBOOK_PATH, "--sheet", "2024-25", "--school", "Bayview"]
    assert main(other) == 2
    err = capsys.readouterr().err
    assert "is not the school this review's earlier years were imported for" in err and "--other-school" in err
    with ReviewStore.open(path, read_only=True) as store:
        assert [s.year for s in store.snapshots()] == ["2022-23", "2023-24"]
    assert main([*other, "--other-school"]) == 0
    with ReviewStore.open(path, read_only=True) as store:
        assert [s.school.name for s in store.snapshots()][-1].startswith("Bayview")



def test_import_on_a_real_state_workbook_keeps_to_the_reviews_school(tmp_path, capsys):
    from equity_desktop.core.review.document import SchoolProfile

    workbook = "/work/shared/fixtures/real/nj_enrollment_2019-20_slice.xlsx"
    path = tmp_path / "texas.eqreview"
    ReviewStore.create(path, SchoolProfile("Texas Avenue School", "Atlantic City")).close()
    # No --sheet: the School sheet; its district is not on the slice's District sheet, so the state is chosen.
    assert main(["import", str(path), workbook, "--reference", "state"]) == 0
    assert "Added Texas Avenue School, 2019-20 (compared with state row" in capsys.readouterr().out
    assert main(["import", str(path), workbook, "--reference", "state", "--school", "Endeavour"]) == 2
    assert "is not the school this review's earlier years were imported for" in capsys.readouterr().err


def test_screen_and_an_unreadable_cell_say_their_numbers_in_words(tmp_path, capsys):
    """ "Wrote 1 school", "1 cell could not be read; correct it" (issue 18: no "1 schools", no "cell(s)")."""
    one = tmp_path / "one.csv"
    one.write_text("School,Code,White,Black,Total\nOak School,01,10,5,15\n", encoding="utf-8")
    assert main(["screen", str(one), "-o", str(tmp_path / "out.csv")]) == 0
    assert "Wrote 1 school to" in capsys.readouterr().out
    bad = tmp_path / "bad.csv"
    bad.write_text("School,Code,White,Black,Total\nOak School,01,ten,5,15\nElm School,02,4,eight,12\n",
                   encoding="utf-8")
    assert main(["screen", str(bad)]) != 0
    assert "2 cells could not be read; correct them and try again" in capsys.readouterr().err
    bad.write_text("School,Code,White,Black,Total\nOak School,01,ten,5,15\n", encoding="utf-8")
    assert main(["screen", str(bad)]) != 0
    assert "1 cell could not be read; correct it and try again" in capsys.readouterr().err
