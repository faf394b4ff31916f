"""The screening list as columns (core.enrollment.screening): the same rows, order and words as the results it is
made of, another rule applied at once exactly as measuring with it, and Find and sorting without a call per school."""

from __future__ import annotations

import pickle
import random

import numpy as np
import pytest
from conftest import write_csv

from equity_desktop.core.enrollment import privacy
from equity_desktop.core.enrollment.analysis import measure_table, measured
from equity_desktop.core.enrollment.mgi import RELATIVE, Rule, points
from equity_desktop.core.enrollment.reading import read_enrollment
from equity_desktop.core.enrollment.screen_export import screen_rows
from equity_desktop.core.enrollment.screening import FIELDS, MISSING, ListedSchool, ScreeningList, Texts

HEADER = ["Year", "LEAID", "District Name", "School Code", "School Name", "Total", "White", "Black", "Hispanic",
          "Asian", "Female", "Male", "ELL"]


def district_rows(seed: int = 16) -> list[list[object]]:
    """Two years of 3 districts of 12 schools: suppressed and blank cells, closed schools, a district row."""
    rng = random.Random(seed)
    rows: list[list[object]] = [HEADER]
    for year in ("2023-24", "2024-25"):
        for district in range(3):
            for number in range(12):
                total = rng.randint(40, 900)
                white = rng.randint(0, total)
                black = rng.randint(0, total - white)
                hispanic = rng.randint(0, total - white - black)
                races: list[object] = [white, black, hispanic, total - white - black - hispanic]
                if rng.random() < 0.15:
                    races[rng.randrange(4)] = "*"
                girls = rng.randint(0, total)
                rows.append([year, f"0{district}", f"District {district}", f"{number:03d}",
                             f"{rng.choice(['Oak', 'Ridge', 'Elm'])} School {district}-{number}",
                             0 if number == 11 else total, *races, girls, total - girls, rng.randint(0, total)])
        rows.append([year, "00", "District 0", "", "District Total", 9000, 4000, 3000, 1500, 500, 4500, 4500, 900])
    return rows


@pytest.fixture(scope="module")
def table(tmp_path_factory):
    return read_enrollment(write_csv(tmp_path_factory.mktemp("screening") / "districts.csv", district_rows()))


def rows_one_by_one(results) -> list[dict]:
    """The rows as the list was made before it was columns: school by school, sorted with a key per school."""
    def order(result):
        gaps = [abs(r.difference) for r in result.isolated_groups if r.difference is not None]
        return (-len(gaps), -max(gaps, default=0.0), result.school.casefold(), result.year or "")

    return [{"school": r.school, "school_id": r.school_id, "year": r.year,
             "isolated_groups": len(r.isolated_groups),
             "groups_outside_band": "; ".join(f"{g.group} {points(g.difference)}" for g in r.isolated_groups),
             "minority_share": r.minority_share, "federal_isolated": r.federal_isolated, "simpson": r.simpson,
             "dissimilarity": r.dissimilarity, "district_source": r.district_source,
             "withheld_groups": sum(1 for g in r.groups if g.school.withheld or g.district.withheld),
             "warnings": " | ".join(r.warnings)} for r in sorted(results, key=order)]


@pytest.mark.parametrize("rule", [Rule(), Rule(RELATIVE, 25.0), Rule(threshold=3.0)])
def test_the_list_has_the_rows_order_and_words_of_the_results(table, rule):
    results = measure_table(table, rule)
    assert repr(screen_rows(results)) == repr(rows_one_by_one(results))  # repr: every digit of every float
    printed = [privacy.for_print(r, 10) for r in results]  # the command line's --suppress
    assert repr(screen_rows(printed)) == repr(rows_one_by_one(printed))


@pytest.mark.parametrize("rule", [Rule(threshold=15.0), Rule(threshold=0.5), Rule(RELATIVE, 40.0)])
def test_another_rule_applied_to_the_list_is_measuring_with_it(table, rule):
    listing = ScreeningList.of(measure_table(table, Rule()))
    again = listing.with_rule(rule)
    assert again.rule == rule and listing.rule == Rule()
    assert repr(again.rows()) == repr(ScreeningList.of(measure_table(table, rule)).rows())
    assert listing.with_rule(Rule()).rows() == listing.rows()


def test_the_list_is_made_as_the_schools_are_measured(table):
    reports = []
    listing = ScreeningList(measured(table, Rule(), progress=lambda f, m: reports.append((f, m))), Rule())
    assert listing.rows() == screen_rows(measure_table(table))
    assert reports[0] == (0.0, f"Measuring school 1 of {len(listing)}")


def test_the_list_crosses_processes_as_a_few_objects_and_comes_back_the_same(table):
    listing = ScreeningList.of(measure_table(table))
    copy = pickle.loads(pickle.dumps(listing))
    assert copy.rows() == listing.rows() and copy.school.as_list() == listing.school.as_list()
    texts = Texts(["Oak", "Élan École", ""])
    assert pickle.loads(pickle.dumps(texts)).__getstate__()["_list"] is None  # one string, split when read
    assert pickle.loads(pickle.dumps(texts)).as_list() == ["Oak", "Élan École", ""]
    assert pickle.loads(pickle.dumps(texts)).folded() == ["oak", "élan école", ""]
    odd = Texts(["a\x00b", "c"])  # a text holding the joining character is kept as a list
    assert pickle.loads(pickle.dumps(odd)).as_list() == ["a\x00b", "c"]
    assert len(Texts([])) == 0 and Texts([]).as_list() == []


def test_find_looks_in_the_name_and_at_the_whole_code_whatever_the_case(table):
    listing = ScreeningList.of(measure_table(table))
    names = listing.school.as_list()
    ridge = listing.matching("  RIDGE ")
    assert ridge.sum() == sum("ridge" in n.casefold() for n in names) > 0
    assert listing.matching("").all()
    code = listing.values("school_id", [0])[0]
    assert listing.matching(code).sum() == sum(c == code for c in listing.values("school_id", range(len(listing))))
    assert not listing.matching(code[:-1] + "x").any()


def test_a_column_sorts_by_number_or_text_with_missing_figures_first(table):
    listing = ScreeningList.of(measure_table(table))
    minority = listing.sort_key("minority_share")
    shares = listing.values("minority_share", range(len(listing)))
    assert [k for k, s in zip(minority, shares) if s is None] == [MISSING] * shares.count(None)
    assert [k for k, s in zip(minority, shares) if s is not None] == [s for s in shares if s is not None]
    names = [n.casefold() for n in listing.school.as_list()]
    assert [names[r] for r in np.argsort(listing.sort_key("school"), kind="stable")] == sorted(names)
    which = listing.sort_key("groups_outside_band")  # by the widest gap, not alphabetically
    widest = [max((abs(float(d)) for d, i in zip(listing.difference[r], listing.isolated[r]) if i), default=0.0)
              for r in range(len(listing))]
    assert which.tolist() == widest
    for field in FIELDS:
        assert len(listing.sort_key(field)) == len(listing)


def test_a_school_is_found_again_in_another_reading_of_the_list(table):
    listing = ScreeningList.of(measure_table(table))
    school = listing.school_at(5)
    assert isinstance(school, ListedSchool) and listing.row_of(school) == 5
    other = ScreeningList.of(list(reversed(measure_table(table))))
    assert other.school_at(other.row_of(school)) == school
    assert listing.row_of(school._replace(year="1999-00")) is None
