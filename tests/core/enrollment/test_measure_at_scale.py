"""measure_table at state scale: each reference found and worked out once, with results identical to measuring each
school on its own against its reference, and Python's collector given back however measuring ends."""

from __future__ import annotations

import gc

import pytest
from conftest import write_csv
from test_screening import district_rows

from equity_desktop.core.enrollment.analysis import REFERENCES, ReferenceFinder, measure_table, measured, reference_for
from equity_desktop.core.enrollment.errors import EnrollmentFileError
from equity_desktop.core.enrollment.mgi import RELATIVE, Rule, measure
from equity_desktop.core.enrollment.reading import read_enrollment
from equity_desktop.core.errors import Cancelled


@pytest.fixture(scope="module")
def table(tmp_path_factory):
    rows = district_rows()
    rows.append(["2024-25", "", "", "", "Statewide Total", 90000, 40000, 30000, 15000, 5000, 45000, 45000, 9000])
    return read_enrollment(write_csv(tmp_path_factory.mktemp("scale") / "state.csv", rows))


@pytest.mark.parametrize("reference", REFERENCES)
@pytest.mark.parametrize("rule", [Rule(), Rule(RELATIVE, 20.0)])
def test_every_school_is_measured_as_it_would_be_alone(table, reference, rule):
    try:
        results = measure_table(table, rule, reference=reference)
    except EnrollmentFileError:
        pytest.skip("no state row for one of the years")
    measured_schools = [u for u in table.units if not (isinstance(u.total, float) and u.total == 0.0)]
    assert len(results) == len(measured_schools)
    for unit, result in zip(measured_schools, results):
        try:
            compared, source, warnings = reference_for(table, unit.year, None, unit.district, reference)
        except EnrollmentFileError as error:
            assert result.warnings == [f"not measured: {error.message}"] and not result.district_source
            continue
        alone = measure(unit, compared, rule, source)
        alone.warnings = warnings + alone.warnings
        assert repr(result) == repr(alone)  # every field, every digit


def test_a_reference_is_found_once_for_all_the_schools_that_share_it(table):
    finder = ReferenceFinder(table)
    first = finder.find("2024-25", "01")
    assert finder.find("2024-25", "01") is first  # the sum of the district's schools, made once
    assert finder.find("2023-24", "01") is not first
    whole = ReferenceFinder(table, reference="file")
    assert whole.find("2024-25", "01") is whole.find("2024-25", "02")  # the whole file: one for every district
    assert first[1] == "sum of the 12 schools of 01 in state.csv"
    assert "1 school with 0 students was left out of the district's sum." in first[2]
    assert reference_for(table, "2024-25", district="01") == first


def test_a_state_row_missing_in_a_year_leaves_those_schools_unmeasured_and_says_why(table):
    results = measure_table(table, reference="state")
    unmeasured = [r for r in results if not r.district_source]
    assert unmeasured and {r.year for r in unmeasured} == {"2023-24"}
    assert unmeasured[0].warnings[0].startswith("not measured: the file has no state row")


def test_the_collector_is_given_back_however_measuring_ends(table):
    assert gc.isenabled()
    measure_table(table)
    assert gc.isenabled()

    def cancel(fraction, message):
        raise Cancelled()

    with pytest.raises(Cancelled):
        measure_table(table, progress=cancel)
    assert gc.isenabled()
    schools = measured(table)
    next(schools)
    schools.close()  # a list made of only some of the schools
    assert gc.isenabled()
    gc.disable()
    try:
        measure_table(table)
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()
