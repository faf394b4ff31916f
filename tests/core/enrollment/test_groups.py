"""Header and value spellings of the groups and columns the issue lists."""

import pytest

from equity_desktop.core.enrollment import groups as g
from equity_desktop.core.enrollment.layout import role_for_header

RACE_HEADERS = {
    g.HISPANIC: ["Hispanic", "Hispanic/Latino", "Hispanic or Latino", "Latino", "HISPANIC"],
    g.BLACK: ["Black", "Black or African American", "African American", " black "],
    g.WHITE: ["White"],
    g.ASIAN: ["Asian"],
    g.AMERICAN_INDIAN: ["American Indian or Alaska Native", "American Indian", "Native American"],
    g.PACIFIC: ["Native Hawaiian or Other Pacific Islander", "Hawaiian Native", "Pacific Islander"],
    g.TWO_OR_MORE: ["Two or more races", "Two or More Races", "Multiracial", "Multi-racial", "Two or\nMore Races"],
}


@pytest.mark.parametrize("group, header", [(grp, h) for grp, hs in RACE_HEADERS.items() for h in hs])
def test_race_headers_count_and_percent(group, header):
    assert role_for_header(header) == f"count:{g.RACE}:{group}"
    assert role_for_header(f"% {header}") == f"share:{g.RACE}:{group}"
    assert role_for_header(f"Percent {header}") == f"share:{g.RACE}:{group}"


@pytest.mark.parametrize("code, group", [("HI", g.HISPANIC), ("BL", g.BLACK), ("WH", g.WHITE), ("AS", g.ASIAN),
                                         ("AM", g.AMERICAN_INDIAN), ("HP", g.PACIFIC), ("TR", g.TWO_OR_MORE)])
def test_crdc_codes_as_values_of_a_race_column(code, group):
    assert g.group_for_value(g.normalise(code), g.RACE) == (g.RACE, group)


@pytest.mark.parametrize("header, role", [
    *[(h, f"category:{g.RACE}") for h in ("Race", "Ethnicity", "Race/Ethnicity", "RACE_ETHNICITY", "Race_Eth")],
    *[(h, f"category:{g.GENDER}") for h in ("Gender", "Sex", "SEX")],
    *[(h, f"count:{g.ENGLISH_LEARNER}:{g.EL_GROUP}") for h in ("ELL", "EL", "LEP", "English Learners",
                                                                 "English Learner", "ESOL")],
    *[(h, f"count:{g.DISABILITY}:{g.SWD_GROUP}") for h in ("SWD", "IEP", "ESE", "Students with Disabilities",
                                                             "Special Education", "IDEA")],
    *[(h, f"count:{g.ECONOMIC}:{g.ECON_GROUP}") for h in ("FRL", "FRPL", "Free/Reduced Lunch", "Free Lunch",
                                                            "Reduced Lunch", "Economically Disadvantaged",
                                                            "Econ Disadv", "Low Income", "FRL Status")],
    *[(h, f"count:{g.GENDER}:{grp}") for h, grp in (("Male", "Male"), ("Female", "Female"),
                                                     ("Non-binary", "Nonbinary"))],
    ("School Name", "school_name"), ("NCESSCH", "school_id"), ("SCH_NAME", "school_name"), ("LEAID", "district_id"),
    ("STUDENT_COUNT", "value"), ("TOTAL_INDICATOR", "total_indicator"), ("GRADE", "grade"),
    ("Total Enrollment", "total"),
])
def test_column_headers(header, role):
    assert role_for_header(header) == role


@pytest.mark.parametrize("value, group", [("M", "Male"), ("F", "Female"), ("X", "Nonbinary"), ("Non-binary",
                                                                                               "Nonbinary")])
def test_gender_values(value, group):
    assert g.group_for_value(g.normalise(value), g.GENDER) == (g.GENDER, group)


def test_a_one_letter_code_is_never_a_header():
    assert role_for_header("M") is None and role_for_header("B") is None


def test_m_is_two_or_more_races_only_in_a_race_column():
    assert g.group_for_value("m", g.RACE) == (g.RACE, g.TWO_OR_MORE)
    assert g.group_for_value("m", g.GENDER) == (g.GENDER, "Male")
