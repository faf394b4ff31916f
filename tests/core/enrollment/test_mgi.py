"""The isolation rules, indices, progress goal and disproportionality, by hand and by property."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from equity_desktop.core.enrollment import groups as g
from equity_desktop.core.enrollment.cells import NOT_AVAILABLE
from equity_desktop.core.enrollment.disproportionality import risk_ratios
from equity_desktop.core.enrollment.mgi import RELATIVE, Rule, measure, shares_of, sum_units
from equity_desktop.core.enrollment.table import Unit
from equity_desktop.core.enrollment.trends import progress_goal

B, H, W = (g.RACE, g.BLACK), (g.RACE, g.HISPANIC), (g.RACE, g.WHITE)


def unit(name="A", year="2024-25", **counts):
    keys = {"black": B, "hispanic": H, "white": W, "el": (g.ENGLISH_LEARNER, g.EL_GROUP)}
    return Unit(name, year=year, counts={keys[k]: float(v) for k, v in counts.items()})


def group(result, key):
    return next(r for r in result.groups if (r.dimension, r.group) == key)


def test_points_rule_by_hand():
    school, district = unit(black=70, hispanic=20, white=10), unit(black=19, hispanic=69, white=12)
    result = measure(school, district)
    assert group(result, B).difference == pytest.approx(51.0) and group(result, B).isolated
    assert group(result, B).status() == "over-represented by 51.0 points"
    assert group(result, W).difference == pytest.approx(-2.0) and not group(result, W).isolated
    assert result.minority_share == pytest.approx(90.0) and result.federal_isolated


def test_threshold_is_strictly_more_than():
    school, district = unit(black=30, white=70), unit(black=20, white=80)
    assert not group(measure(school, district, Rule(threshold=10)), B).isolated
    assert group(measure(school, district, Rule(threshold=9.9)), B).isolated


def test_relative_rule():
    school, district = unit(black=24, white=76), unit(black=20, white=80)  # 4 points = 20 % of 20
    assert group(measure(school, district, Rule(RELATIVE, 15)), B).isolated
    assert not group(measure(school, district, Rule(RELATIVE, 25)), B).isolated


def test_flag_groups_use_the_school_total():
    school = unit(black=50, white=50, el=40)
    assert shares_of(school)[(g.ENGLISH_LEARNER, g.EL_GROUP)].share == pytest.approx(40.0)


def test_simpson_and_dissimilarity_by_hand():
    result = measure(unit(black=50, white=50), unit(black=20, white=80))
    assert result.simpson == pytest.approx(0.5)
    assert result.simpson_normalized == pytest.approx(0.5 / (1 - 1 / 7))
    assert result.dissimilarity == pytest.approx(0.3)


def test_suppressed_group_says_so_and_is_never_zero():
    school = unit(black=50, white=50)
    school.counts[H] = NOT_AVAILABLE
    school.total = 110.0
    result = measure(school, unit(black=20, hispanic=10, white=70))
    hispanic = group(result, H)
    assert hispanic.school.n is None and hispanic.difference is None and hispanic.isolated is None
    assert "suppressed" in hispanic.status() and any("suppressed" in w for w in result.warnings)
    assert group(result, B).school.share == pytest.approx(50 / 110 * 100)  # divided by the total, not the sum


def test_sum_of_schools_says_which_groups_miss_schools():
    a, b = unit(black=10, white=10), unit(black=5, white=5)
    b.counts[B] = NOT_AVAILABLE
    total, warnings = sum_units([a, b], "All")
    assert total.counts[B] == 10.0 and total.counts[W] == 15.0
    assert warnings == ["the district's Black or African American share is of the 1 of 2 schools that report "
                        "it (and their students); 1 school leaves it suppressed or blank."]


def test_a_group_some_schools_suppress_is_a_share_of_those_schools_students():
    # School A: 30 Black of 100; school B (400 students) suppresses Black. The district's Black share is
    # 30 / 100 = 30 % of the schools that report it, not 30 / 500 = 6 % (which looked like a small group).
    a, b = unit(black=30, white=70), unit(black=0, white=300)
    a.total, b.total = 100.0, 400.0
    b.counts[B] = NOT_AVAILABLE
    district, _ = sum_units([a, b], "All")
    result = measure(a, district)
    assert group(result, B).district.share == pytest.approx(30.0)
    assert group(result, W).district.share == pytest.approx(370 / 500 * 100)
    assert result.dissimilarity is None  # the race shares are of different schools: no index


def test_a_school_without_a_total_does_not_void_the_districts_total():
    # c's total is suppressed but its race counts are complete: it counts with their sum (10). d's total and
    # one race count are suppressed: it is left out of the district's shares.
    a, b, c, d = unit(black=30, white=70), unit(black=50, white=50), unit(black=5, white=5), unit(black=1, white=1)
    a.total, b.total, c.total, d.total = 100.0, 100.0, NOT_AVAILABLE, NOT_AVAILABLE
    d.counts[B] = NOT_AVAILABLE
    district, warnings = sum_units([a, b, c, d], "All")
    assert district.total == 210.0
    assert group(measure(a, district), B).district.share == pytest.approx(85 / 210 * 100)  # (30 + 50 + 5) / 210
    assert any("1 school without a total enrollment counts" in w for w in warnings)
    assert any("1 school of 4 gives no total" in w for w in warnings)


def test_closed_schools_and_one_blank_share_do_not_void_the_districts_shares():
    # A statewide profile file of percentages: 2 open schools, 1 closed with 0 students and blank percentages,
    # and one open school that leaves the Hispanic share blank.
    schools = [unit(), unit(), unit(), unit()]
    for school, total, hispanic, white in ((schools[0], 100.0, 20.0, 80.0), (schools[1], 300.0, 60.0, 40.0),
                                           (schools[2], 0.0, None, None), (schools[3], 100.0, None, 50.0)):
        school.total = total
        for key, value in ((H, hispanic), (W, white)):
            if value is not None:
                school.shares[key] = value
    total, warnings = sum_units(schools, "State")
    assert total.total == 500.0
    assert total.shares[H] == pytest.approx((20 * 100 + 60 * 300) / 400)  # over the schools that report it
    assert total.shares[W] == pytest.approx((80 * 100 + 40 * 300 + 50 * 100) / 500)
    assert "the district's Hispanic/Latino share is of the 2 of 3 schools that report it" in warnings[0]
    assert warnings[-1] == "1 school with 0 students was left out of the district's sum."


def test_progress_goal_two_points_a_year():
    district = unit(black=20, hispanic=70, white=10)
    years = [measure(unit(year=y, black=100 - h - 5, hispanic=h, white=5), district)
             for y, h in (("2022-23", 20), ("2023-24", 22.5), ("2024-25", 23.5))]
    steps = progress_goal(years)
    assert [(s.from_year, s.group, round(s.moved, 1), s.met) for s in steps if s.group == g.HISPANIC] == [
        ("2022-23", g.HISPANIC, 2.5, True), ("2023-24", g.HISPANIC, 1.0, False)]


def test_progress_goal_over_a_gap_year_needs_four_points():
    district = unit(black=20, hispanic=70, white=10)
    years = [measure(unit(year=y, black=95 - h, hispanic=h, white=5), district)
             for y, h in (("2021-22", 20), ("2023-24", 23))]
    (step,) = [s for s in progress_goal(years) if s.group == g.HISPANIC]
    assert step.needed == 4.0 and not step.met


def test_risk_ratio_and_size_rules():
    school = Unit("A", total=300.0, counts={B: 100.0, W: 150.0, H: 50.0},
                  outcomes={"Gifted": {B: 10.0, W: 40.0, H: 5.0}}, outcome_totals={"Gifted": 55.0})
    rows = {r.group: r for r in risk_ratios(school, "Gifted")}
    black = rows[g.BLACK]
    assert black.risk == pytest.approx(10.0) and black.comparison_risk == pytest.approx(45 / 200 * 100)
    assert black.risk_ratio == pytest.approx(10.0 / 22.5) and black.expected == pytest.approx(100 * 55 / 300)
    hispanic = rows[g.HISPANIC]
    assert hispanic.risk_ratio is None and "minimum cell size" in hispanic.why_not_shown


# ---- properties ------------------------------------------------------------------------------

counts = st.integers(min_value=0, max_value=5000)
schools = st.lists(st.tuples(counts, counts, counts).filter(lambda t: sum(t) > 0), min_size=1, max_size=8)


@given(st.tuples(counts, counts, counts).filter(lambda t: sum(t) > 0))
def test_shares_of_a_dimension_sum_to_100(values):
    shares = shares_of(unit(black=values[0], hispanic=values[1], white=values[2]))
    assert sum(s.share for k, s in shares.items() if k[0] == g.RACE) == pytest.approx(100.0)


@given(schools, st.randoms(use_true_random=False))
def test_row_order_does_not_change_the_district(rows, rng):
    units = [unit(name=str(i), black=b, hispanic=h, white=w) for i, (b, h, w) in enumerate(rows)]
    shuffled = list(units)
    rng.shuffle(shuffled)
    assert sum_units(units, "D")[0].counts == sum_units(shuffled, "D")[0].counts


@given(schools, st.integers(min_value=1, max_value=7))
def test_splitting_the_file_does_not_change_the_district(rows, cut):
    units = [unit(name=str(i), black=b, hispanic=h, white=w) for i, (b, h, w) in enumerate(rows)]
    first, second = sum_units(units[:cut], "1")[0], sum_units(units[cut:], "2")[0] if units[cut:] else None
    whole = sum_units(units, "D")[0]
    for key in whole.counts:
        assert whole.counts[key] == first.counts[key] + (second.counts[key] if second else 0.0)


@settings(max_examples=60)
@given(st.tuples(counts, counts, counts).filter(lambda t: sum(t) > 0),
       st.tuples(counts, counts, counts).filter(lambda t: sum(t) > 0),
       st.floats(min_value=0.5, max_value=50))
def test_isolation_is_symmetric_under_the_points_rule(a, b, threshold):
    one, two = unit(black=a[0], hispanic=a[1], white=a[2]), unit(black=b[0], hispanic=b[1], white=b[2])
    forward, backward = measure(one, two, Rule(threshold=threshold)), measure(two, one, Rule(threshold=threshold))
    for there in forward.groups:
        back = group(backward, (there.dimension, there.group))
        assert there.isolated == back.isolated
        assert there.difference == pytest.approx(-back.difference)


def test_a_gap_that_rounds_to_nothing_reads_plus_zero():
    from equity_desktop.core.enrollment.mgi import points

    assert points(-0.04) == "+0.0" and points(-0.05) == "-0.1" and points(2.0) == "+2.0"


def test_dissimilarity_is_the_same_in_every_run():
    # Summed in a set's order, whose order depends on the string hash seed, the last digit changed between runs.
    import subprocess
    import sys

    code = ("from equity_desktop.core.enrollment.mgi import _dissimilarity as d; "
            "print(repr(d({'White': 10.1, 'Black': 20.3, 'Asian': 30.7, 'Hispanic/Latino': 38.9}, "
            "{'White': 40.3, 'Black': 19.9, 'Asian': 0.1, 'Hispanic/Latino': 39.7})))")
    outputs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                              env={**__import__("os").environ, "PYTHONHASHSEED": str(seed)}).stdout
               for seed in range(16)}
    assert len(outputs) == 1
