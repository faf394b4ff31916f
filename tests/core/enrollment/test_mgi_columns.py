"""The screening list measured on arrays (mgi_columns.screening_list) is the list measured school by school
(analysis.measured, mgi.measure_against), to the last bit: on random tables, on every file of the corpus, the
real files and the sample, on the bench files when they are there; and the CSV written column by column is the
bytes csv.writer writes. The columnar wide builder (aggregate_rows._WideColumns) reads what the row reader reads."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest
from conftest import FIXTURES, REAL, write_csv

from equity_desktop.core.enrollment import aggregate_rows
from equity_desktop.core.enrollment import groups as g
from equity_desktop.core.enrollment.analysis import REFERENCES, measured
from equity_desktop.core.enrollment.cells import NOT_AVAILABLE
from equity_desktop.core.enrollment.errors import EnrollmentFileError
from equity_desktop.core.enrollment.mgi import RELATIVE, Rule
from equity_desktop.core.enrollment.mgi_columns import screening_list
from equity_desktop.core.enrollment.reading import companion_reference, read_enrollment
from equity_desktop.core.enrollment.screen_export import SCREEN_FIELDS, write_listing, write_screen
from equity_desktop.core.enrollment.screening import ScreeningList
from equity_desktop.core.enrollment.table import DISTRICT, EnrollmentTable, Unit

ROOT = Path(__file__).resolve().parents[3]
BENCH = ROOT / ".bench-data"
RULES = (Rule(), Rule(RELATIVE, 20.0), Rule(threshold=2.5))
FILES = sorted([*(FIXTURES / "corpus").glob("*.csv"), *(FIXTURES / "corpus").glob("*.xlsx"),
                *(FIXTURES / "corpus").glob("*.txt"), *REAL.glob("*.csv"), *REAL.glob("*.xlsx"),
                *(ROOT / "resources" / "sample").glob("*.*")])


def both(table: EnrollmentTable, rule: Rule, reference: str, district: EnrollmentTable | None = None):
    """(the list school by school, the list on arrays), or the sentence each refused the table with."""
    found = []
    for make in (lambda: ScreeningList(measured(table, rule, district_table=district, reference=reference), rule),
                 lambda: screening_list(table, rule, district_table=district, reference=reference)):
        try:
            found.append(make())
        except EnrollmentFileError as error:
            found.append(str(error))
    return found


def assert_same(one, other) -> None:
    if isinstance(one, str) or isinstance(other, str):
        assert one == other
        return
    assert one.school.as_list() == other.school.as_list() and one.codes.as_list() == other.codes.as_list()
    for name in ("year", "district_source", "warnings", "sources", "groups"):
        assert getattr(one, name) == getattr(other, name), name
    for name in ("coded", "warned", "federal", "withheld", "difference", "isolated", "reference_of", "references",
                 "order", "isolated_groups", "widest_gap"):
        mine, theirs = getattr(one, name), getattr(other, name)
        assert mine.dtype == theirs.dtype and mine.shape == theirs.shape, name
        assert mine.tobytes() == theirs.tobytes(), name  # bit for bit, NaN for NaN
    for name in one.numbers:
        assert one.numbers[name].tobytes() == other.numbers[name].tobytes(), name
    assert one.rows() == other.rows()


def random_number(rng: random.Random, low: float = 0, high: float = 400):
    pick = rng.random()
    if pick < 0.08:
        return NOT_AVAILABLE
    if pick < 0.12:
        return None
    if pick < 0.15:
        return 0.0
    if pick < 0.2:
        return rng.randrange(int(low), int(high)) + 0.5  # half-day pupils
    return float(rng.randrange(int(low), int(high)))


def random_unit(rng: random.Random, number: int, districts: int) -> Unit:
    unit = Unit(f"School {number}", None if rng.random() < 0.1 else f"{number:05d}",
                year=rng.choice(("2023-24", "2024-25", None)), row=number + 2,
                district=None if rng.random() < 0.02 else f"D{rng.randrange(districts)}")
    for dimension, groups in g.PARTITIONS.items():
        if rng.random() < 0.1:
            continue
        for group in groups:
            if rng.random() < 0.85:
                unit.counts[(dimension, group)] = random_number(rng)
    for key in g.FLAG_GROUPS.items():
        if rng.random() < 0.3:
            unit.counts[key] = random_number(rng)
    race = [v for (d, _), v in unit.counts.items() if d == g.RACE and isinstance(v, float)]
    pick = rng.random()
    unit.total = (float(sum(race)) if pick < 0.5 else float(sum(race) + rng.randrange(-5, 40)) if pick < 0.7
                  else None if pick < 0.8 else NOT_AVAILABLE if pick < 0.85 else 0.0 if pick < 0.88
                  else random_number(rng))
    if rng.random() < 0.1:
        unit.unspecified[g.RACE] = random_number(rng, 0, 30)
    if rng.random() < 0.03:  # percent-only: measured school by school
        unit.shares[(g.RACE, g.WHITE)] = rng.uniform(0, 100)
    return unit


def random_table(seed: int, schools: int, districts: int, district_rows: bool) -> EnrollmentTable:
    rng = random.Random(seed)
    units = [random_unit(rng, number, districts) for number in range(schools)]
    references = []
    if district_rows:
        for number in range(0, districts, 2):
            row = random_unit(rng, 10_000 + number, districts)
            row.name, row.level, row.district, row.code = f"District {number} Total", DISTRICT, f"D{number}", None
            references.append(row)
    return EnrollmentTable(Path(f"random_{seed}.csv"), "random", "test", None, units,  # type: ignore[arg-type]
                           references, [])


@pytest.mark.parametrize("seed", range(12))
def test_random_tables_give_the_same_list_both_ways(seed):
    table = random_table(seed, schools=60 + 20 * seed, districts=1 + seed % 5, district_rows=seed % 3 == 1)
    for reference in REFERENCES:
        for rule in RULES:
            assert_same(*both(table, rule, reference))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_file_of_the_corpus_gives_the_same_list_both_ways(path):
    try:
        table = read_enrollment(path)
    except EnrollmentFileError:
        pytest.skip("not a file of schools")
    for reference in REFERENCES:
        district = companion_reference(table, reference)
        for rule in RULES:
            assert_same(*both(table, rule, reference, district))


@pytest.mark.parametrize("name", ["wide_100k.csv", "ccd_052_long_2m.csv"])
def test_every_school_of_the_bench_files_gives_the_same_list_both_ways(name):
    """The state-sized files of bench/state_files.py (100,000 and 22,000 schools), when they were written."""
    if not (BENCH / name).exists():
        pytest.skip("bench/state_files.py has not written it")
    table = read_enrollment(BENCH / name)
    assert_same(*both(table, Rule(), "district"))
    assert_same(*both(table, Rule(RELATIVE, 20.0), "file"))


def test_the_csv_written_by_columns_is_what_csv_writer_writes(tmp_path):
    rng = random.Random(7)
    table = random_table(3, schools=300, districts=4, district_rows=True)
    odd = ['Comma, School', 'Quote "Q" School', "Line\nBreak", "Return\r School", "Plain", "  spaced  ", ""]
    for number, unit in enumerate(table.units):
        unit.name = rng.choice(odd) + f" {number}"
    listing = screening_list(table, Rule())
    for order in (None, np.array(rng.sample(range(len(listing)), 50))):
        rows = listing.rows(order)
        expected = write_screen(rows, SCREEN_FIELDS, tmp_path / "expected.csv").read_bytes()
        assert write_listing(listing, tmp_path / "columns.csv", order).read_bytes() == expected


def _read_both_ways(path: Path):
    """(the table read by the columnar wide builder, by the row reader; whether the columnar one read it)."""
    used = []
    original = aggregate_rows._WideColumns.units

    def spy(self, book):
        found = original(self, book)
        used.append(found is not None)
        return found

    tables = []
    for units in (spy, lambda self, book: None):
        aggregate_rows._WideColumns.units = units  # type: ignore[method-assign]
        try:
            tables.append(read_enrollment(path))
        except EnrollmentFileError as error:
            tables.append(str(error))
        finally:
            aggregate_rows._WideColumns.units = original  # type: ignore[method-assign]
    return tables[0], tables[1], any(used)


def _as_data(table):
    if isinstance(table, str):
        return table
    units = [(u.name, u.code, u.level, u.year, u.row, u.district, list(u.counts.items()), u.total, u.shares,
              u.outcomes, u.outcome_totals, u.unspecified) for u in (*table.units, *table.references)]
    return units, table.notes, table.suppressed, table.blank_cells, table.rows_read


@pytest.mark.parametrize("seed", range(10))
def test_the_columnar_wide_builder_reads_random_files_as_the_row_reader(tmp_path, seed):
    rng = random.Random(seed)
    header = ["District Code", "School Name", "School Code", "Total", "Hispanic", "Black", "White", "Asian", "Female",
              "Male"]
    rows = [header]
    for number in range(40 + 10 * seed):
        district = f"{rng.randrange(3):03d}"
        cells = [rng.choice(["12", "0", "*", "", "<10", "7.5", " 1,204 ", "N/A"]) for _ in range(6)]
        name, code = f"School {number}", f"{number:04d}"
        pick = rng.random()
        if pick < 0.04:
            name = "Elementary Subtotal"
        elif pick < 0.06:
            name, code = "", ""
        elif pick < 0.08 and seed % 4 == 1:
            name = "District Total"
        elif pick < 0.09 and seed % 5 == 2:
            cells = ["", "", "", "", "", ""]
        rows.append([district, name, code, str(rng.randrange(50, 900)), *cells])
    if seed % 3 == 0:
        rows.append(["", "", "", "", "", "", "", "", "", ""])
        rows.append(["Source: a state education agency", "", "", "", "", "", "", "", "", ""])
    if seed % 4 == 3:
        rows.append(rows[1][:])  # a school on two rows: the row reader adds them, with a note
    if seed % 7 == 5:
        rows[2][5] = "lots"  # no number: the row reader reports the cell
    columnar, by_rows, used = _read_both_ways(write_csv(tmp_path / f"wide_{seed}.csv", rows))
    assert _as_data(columnar) == _as_data(by_rows)
    assert used == (seed % 4 != 3 and seed % 7 != 5)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_the_columnar_wide_builder_reads_the_corpus_as_the_row_reader(path):
    columnar, by_rows, _ = _read_both_ways(path)
    assert _as_data(columnar) == _as_data(by_rows)
