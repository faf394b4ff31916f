"""The dimensions and groups that isolation is measured on, and the many ways files spell them.

Canonical names follow 34 CFR (the seven federal race/ethnicity categories) and
DESIGN.md (gender, English learners, disability, economic status). Every
spelling is compared after `normalise()`, so case, spacing, line breaks and
punctuation never matter.
"""

from __future__ import annotations

import re
import unicodedata

RACE = "race_ethnicity"
GENDER = "gender"
ENGLISH_LEARNER = "english_learner"
DISABILITY = "disability"
ECONOMIC = "economic"
DIMENSIONS = (RACE, GENDER, ENGLISH_LEARNER, DISABILITY, ECONOMIC)

DIMENSION_LABELS = {RACE: "Race/ethnicity", GENDER: "Gender", ENGLISH_LEARNER: "English learners",
                    DISABILITY: "Students with disabilities", ECONOMIC: "Economic status"}

HISPANIC = "Hispanic/Latino"
AMERICAN_INDIAN = "American Indian or Alaska Native"
ASIAN = "Asian"
BLACK = "Black or African American"
PACIFIC = "Native Hawaiian or Other Pacific Islander"
WHITE = "White"
TWO_OR_MORE = "Two or more races"
RACE_GROUPS = (HISPANIC, AMERICAN_INDIAN, ASIAN, BLACK, PACIFIC, WHITE, TWO_OR_MORE)
GENDER_GROUPS = ("Female", "Male", "Nonbinary")
EL_GROUP = "English learners"
SWD_GROUP = "Students with disabilities"
ECON_GROUP = "Economically disadvantaged"

# Dimensions whose groups split the whole school (shares sum to 100) versus a
# single flagged group measured against the school's total.
PARTITIONS = {RACE: RACE_GROUPS, GENDER: GENDER_GROUPS}
FLAG_GROUPS = {ENGLISH_LEARNER: EL_GROUP, DISABILITY: SWD_GROUP, ECONOMIC: ECON_GROUP}

_SPELLINGS: dict[tuple[str, str], tuple[str, ...]] = {
    (RACE, HISPANIC): ("hispanic", "hispanic latino", "hispanic or latino", "latino", "latinx", "hispanic latina o",
                       "hisp latino", "hisp", "hispanic any race", "hi", "h"),
    (RACE, AMERICAN_INDIAN): ("american indian or alaska native", "american indian alaska native", "american indian",
                              "native american", "american indian alaskan native", "alaska native",
                              "native american alaskan", "am indian alaskan", "am indian alaska native",
                              "american indian alaskan", "am indian", "am", "ai", "amerind", "i"),
    (RACE, ASIAN): ("asian", "as", "a"),
    (RACE, BLACK): ("black", "black or african american", "african american", "black african american",
                    "blk afr amer", "blk", "black non hispanic", "bl", "b"),
    (RACE, PACIFIC): ("native hawaiian or other pacific islander", "native hawaiian pacific islander",
                      "hawaiian native", "pacific islander", "native hawaiian", "hawaiian pacific islander",
                      "pac isl", "pac islander", "nat hawaiian pac isl", "hp", "nh", "p"),
    (RACE, WHITE): ("white", "white non hispanic", "wht", "wh", "w"),
    (RACE, TWO_OR_MORE): ("two or more races", "two or more", "multiracial", "multi racial", "multi race",
                          "2 or more races", "two more races", "2 races", "2 or more", "multi", "multiple races",
                          "tr", "m"),
    (GENDER, "Female"): ("female", "f", "girls", "girl", "women", "females"),
    (GENDER, "Male"): ("male", "boys", "boy", "men", "males"),
    (GENDER, "Nonbinary"): ("nonbinary", "non binary", "x", "nb", "gender x", "non binary other"),
    (ENGLISH_LEARNER, EL_GROUP): ("english learners", "english learner", "ell", "ells", "el", "els", "lep", "esol",
                                  "english language learners", "english language learner",
                                  "limited english proficient"),
    (DISABILITY, SWD_GROUP): ("students with disabilities", "student with disabilities", "swd", "iep", "ese",
                              "special education", "sped", "idea", "disability", "disabilities", "with disabilities"),
    (ECONOMIC, ECON_GROUP): ("economically disadvantaged", "econ disadv", "econ disadvantaged", "ed", "frl", "frpl",
                             "free reduced lunch", "free and reduced lunch", "free or reduced lunch",
                             "free reduced price lunch", "free and reduced price lunch", "low income",
                             "free reduced", "economic disadvantage", "econ dis"),
}
# Free and reduced-price lunch often come as two columns; both count as economically disadvantaged.
_ECON_PARTS = ("free lunch", "reduced lunch", "free", "reduced", "reduced price lunch", "free meals",
               "reduced price meals")
# The one-letter codes are only safe as cell values of a known column, never as headers.
_VALUE_ONLY = {"h", "i", "a", "b", "p", "w", "m", "f", "x", "ed", "am", "ai", "as", "nh", "hi", "bl", "wh",
               "hp", "tr", "nb"}
# Gender M/F: "m" means Male in a gender column, Two or more races in a race column.
_GENDER_VALUES = {"m": "Male", "f": "Female", "x": "Nonbinary", "nb": "Nonbinary", "u": None}

_HEADER_GROUPS: dict[str, tuple[str, str]] = {}
_VALUE_GROUPS: dict[str, tuple[str, str]] = {}
for _key, _spellings in _SPELLINGS.items():
    for _spelling in _spellings:
        _VALUE_GROUPS.setdefault(_spelling, _key)
        if _spelling not in _VALUE_ONLY:
            _HEADER_GROUPS[_spelling] = _key
for _spelling in _ECON_PARTS:
    _HEADER_GROUPS[_spelling] = (ECONOMIC, ECON_GROUP)

_NON_WORD = re.compile(r"[^0-9a-z]+")

# "Not Specified" (CCD), "Unknown", "Declined to state": students the file counts in the total whose race (or
# gender) it does not know. They are in no group's share and are reported as such (docs/enrollment.md).
_UNSPECIFIED = {"not specified", "unspecified", "unknown", "not reported", "race unknown", "unknown race",
                "race not specified", "race ethnicity unknown", "race ethnicity not specified", "ethnicity unknown",
                "declined", "declined to state", "declined to respond", "no response", "not stated",
                "unknown not reported", "race not reported", "gender unknown", "sex unknown", "gender not specified",
                "sex not specified", "not specified race", "unknown gender"}
_UNSPECIFIED_DIMENSION = {"gender": GENDER, "sex": GENDER}


def normalise(text: object) -> str:
    """Lower case, accents removed, every run of punctuation or space made one space."""
    folded = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    return _NON_WORD.sub(" ", folded.lower()).strip()


_NOT_HISPANIC = re.compile(r"\b(?:non|not) hispanic\b")


def group_for_header(header: str) -> tuple[str, str] | None:
    """(dimension, group) a column header names, e.g. "Two or More Races", "Multi-Race, Non-Hispanic" or "Free
    Lunch"; None if none. ("Non-Hispanic" after a race says what every race column but Hispanic means.)"""
    found = _HEADER_GROUPS.get(header)
    if found is None and _NOT_HISPANIC.search(header):
        found = _HEADER_GROUPS.get(" ".join(_NOT_HISPANIC.sub(" ", header).split()))
        found = found if found and found[0] == RACE and found[1] != HISPANIC else None
    return found


def group_for_value(value: str, dimension: str | None = None) -> tuple[str, str] | None:
    """(dimension, group) a cell value names in a column of `dimension` (or of any dimension when None)."""
    if dimension == GENDER and value in _GENDER_VALUES:
        group = _GENDER_VALUES[value]
        return (GENDER, group) if group else None
    found = _VALUE_GROUPS.get(value)
    if found and dimension and found[0] != dimension:
        return None
    return found


def unspecified_dimension(text: str, column_dimension: str | None = None) -> str | None:
    """The dimension a "not specified" cell or header leaves unknown (race unless it says gender); None when
    `text` (normalised) is not one."""
    if text not in _UNSPECIFIED:
        return None
    named = next((_UNSPECIFIED_DIMENSION[w] for w in text.split() if w in _UNSPECIFIED_DIMENSION), None)
    return named or (column_dimension if column_dimension in PARTITIONS else RACE)


def canonical_group(name: str) -> tuple[str, str] | None:
    """The (dimension, group) whose canonical name is `name`, for mapping files written by hand."""
    for dimension, group in _SPELLINGS:
        if normalise(group) == normalise(name):
            return dimension, group
    return None


def all_groups() -> list[tuple[str, str]]:
    """Every (dimension, group) in display order."""
    return list(_SPELLINGS)
