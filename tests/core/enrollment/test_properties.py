"""Nothing a publisher changes about a file's form may silently change a result.

For any synthetic district: adding a column nobody recognises, spelling the headers another known way, writing
the table long with its zero rows dropped, or putting two districts in one file gives the same numbers as the
plain wide file (a warning may be added, never a different share).
"""

from __future__ import annotations

import csv
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from equity_desktop.core.enrollment import groups as g
from equity_desktop.core.enrollment.analysis import measure_table
from equity_desktop.core.enrollment.reading import read_enrollment

RACES = [g.HISPANIC, g.AMERICAN_INDIAN, g.ASIAN, g.BLACK, g.PACIFIC, g.WHITE, g.TWO_OR_MORE]
OTHER_SPELLINGS = {g.HISPANIC: "Hisp/Latino", g.AMERICAN_INDIAN: "Am. Indian/Alaskan", g.ASIAN: "Asian",
                   g.BLACK: "Blk/Afr Amer", g.PACIFIC: "Pac. Isl.", g.WHITE: "Wht", g.TWO_OR_MORE: "2+ Races"}

schools = st.lists(st.lists(st.integers(0, 400), min_size=7, max_size=7).filter(lambda c: sum(c) > 0),
                   min_size=2, max_size=5)


def write(path: Path, rows: list[list[object]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def wide(path: Path, district: list[list[int]], names: dict[str, str] | None = None, extra: bool = False,
         prefix: str = "") -> Path:
    names = names or {r: r for r in RACES}
    header = ["School Code", "School Name", "Total", *(names[r] for r in RACES)] + (["Zip Code", "Capacity"]
                                                                                    if extra else [])
    rows = [[f"{prefix}{n:03d}", f"School {prefix}{n}", sum(c), *c] + ([f"0{2100 + n}", 500 + 7 * n] if extra else [])
            for n, c in enumerate(district)]
    return write(path, [header, *rows])


def shares(path: Path) -> dict:
    results = measure_table(read_enrollment(path, year="2024-25"))
    return {(r.school_id, x.group): (round(x.school.share or 0, 9), round(x.district.share or 0, 9), x.isolated)
            for r in results for x in r.groups if x.dimension == g.RACE}


SETTINGS = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(district=schools)
def test_an_unrecognised_column_or_other_spellings_change_nothing(tmp_path_factory, district):
    folder = tmp_path_factory.mktemp("form")
    plain = shares(wide(folder / "plain.csv", district))
    assert shares(wide(folder / "extra.csv", district, extra=True)) == plain
    assert shares(wide(folder / "spelled.csv", district, names=OTHER_SPELLINGS)) == plain


@SETTINGS
@given(district=schools)
def test_a_long_table_without_its_zero_rows_gives_the_same_numbers(tmp_path_factory, district):
    folder = tmp_path_factory.mktemp("long")
    plain = shares(wide(folder / "plain.csv", district))
    rows = [["School Code", "School Name", "Race", "Count"]]
    for n, counts in enumerate(district):
        rows += [[f"{n:03d}", f"School {n}", race, c] for race, c in zip(RACES, counts, strict=True) if c]
    long_shares = shares(write(folder / "long.csv", rows))
    # A group no school has at all is absent from the long file: the wide file shows it at 0 for everyone.
    assert {k: v for k, v in plain.items() if k in long_shares} == long_shares


@SETTINGS
@given(north=schools, south=schools)
def test_two_districts_in_one_file_are_each_measured_as_alone(tmp_path_factory, north, south):
    folder = tmp_path_factory.mktemp("split")
    alone = {**shares(wide(folder / "n.csv", north, prefix="N")), **shares(wide(folder / "s.csv", south, prefix="S"))}
    rows = [["District Code", "School Code", "School Name", "Total", *RACES]]
    for prefix, district in (("N", north), ("S", south)):
        rows += [[f"D{prefix}", f"{prefix}{n:03d}", f"School {prefix}{n}", sum(c), *c] for n, c in enumerate(district)]
    assert shares(write(folder / "county.csv", rows)) == alone
