"""The variable names of the federal files, which no header dictionary can guess: CRDC and the older CCD.

CRDC (Civil Rights Data Collection) school files name each count by what it counts, its group and its sex:
SCH_ENR_HI_M is Hispanic male enrollment, SCH_GTENR_BL_F Black female students in gifted and talented
programs, SCH_DISCWDIS_SINGOOS_IDEA_WH_M white male students with disabilities (IDEA) who received one
out-of-school suspension, TOT_APENR_F every female student in AP courses. The sexes of a group are added;
reserve codes (−2…−13) are "not available" (cells.py).

The CCD's wide school universe files (before ccd_sch_052 of 2017-18) use MEMBER for the total, AM, ASIAN
(AS), HISP (HI), BLACK (BL), WHITE (WH), PACIFIC (HP), TR for the races, AMALM/AMALF… for a race by sex,
and until 2013-14 end every name in the year ("MEMBER09"). Two-letter names mean these groups only in a file
that has MEMBER.
"""

from __future__ import annotations

import re

from equity_desktop.core.enrollment import groups as g
from equity_desktop.core.enrollment.roles import DISTRICT_NAME, IGNORE, SCHOOL_NAME, TOTAL, UNSPECIFIED, outcome_count
from equity_desktop.core.i18n.message import Message, Term

_GROUPS = {"el": (g.ENGLISH_LEARNER, g.EL_GROUP),
           "hi": (g.RACE, g.HISPANIC), "am": (g.RACE, g.AMERICAN_INDIAN), "as": (g.RACE, g.ASIAN),
           "hp": (g.RACE, g.PACIFIC), "bl": (g.RACE, g.BLACK), "wh": (g.RACE, g.WHITE),
           "tr": (g.RACE, g.TWO_OR_MORE), "lep": (g.ENGLISH_LEARNER, g.EL_GROUP),
           "idea": (g.DISABILITY, g.SWD_GROUP)}
_SEXES = {"m": "Male", "f": "Female", "x": "Nonbinary"}
_GROUP = r"(hi|am|as|hp|bl|wh|tr|lep|el|idea)"  # 2021-22 renamed LEP to EL

GIFTED, AP, OSS, ISS, IDEA = ("Gifted", "AP enrollment", "Out-of-school suspension", "In-school suspension",
                              "Special education identification")
# (pattern on the header key, the outcome it counts or None for enrollment). The key is the header lower-cased
# with "_" as spaces: "sch discwdis singoos idea wh m".
_CRDC = (
    (re.compile(rf"^(?:sch )?enr {_GROUP} ([mfx])$"), None),
    (re.compile(r"^tot enr ([mfx])$"), None),
    (re.compile(rf"^sch gtenr {_GROUP} ([mfx])$"), GIFTED),
    (re.compile(r"^tot gtenr ([mfx])$"), GIFTED),
    (re.compile(rf"^sch apenr {_GROUP} ([mfx])$"), AP),
    (re.compile(r"^tot apenr ([mfx])$"), AP),
    (re.compile(rf"^sch ideaenr {_GROUP} ([mfx])$"), IDEA),
    (re.compile(r"^tot ideaenr ([mfx])$"), IDEA),
    # Students with one or more out-of-school suspensions: one (SINGOOS) or more than one (MULTOOS), without
    # disabilities (WODIS) or with (WDIS … IDEA); the four are different students and are added.
    (re.compile(rf"^sch discwodis (?:singoos|multoos) {_GROUP} ([mfx])$"), OSS),
    (re.compile(rf"^sch discwdis (?:singoos|multoos) idea {_GROUP} ([mfx])$"), OSS),
    (re.compile(r"^tot discwodis (?:singoos|multoos) ([mfx])$"), OSS),
    (re.compile(r"^tot discwdis (?:singoos|multoos) idea ([mfx])$"), OSS),
    (re.compile(rf"^sch discwodis iss {_GROUP} ([mfx])$"), ISS),
    (re.compile(rf"^sch discwdis iss idea {_GROUP} ([mfx])$"), ISS),
    (re.compile(r"^tot discwodis iss ([mfx])$"), ISS),
    (re.compile(r"^tot discwdis iss idea ([mfx])$"), ISS),
)


_SEX_TOTAL = re.compile(r"^tot enr [mfx]$")
_NONBINARY = re.compile(r"^(?:sch|tot) [a-z ]+ x$")


def crdc_sex_total(key: str) -> bool:
    """TOT_ENR_M/F/X: with no total column, together they are the school's total enrollment."""
    return bool(_SEX_TOTAL.match(key))


def crdc_nonbinary(key: str) -> bool:
    """A CRDC count of nonbinary students (…_X, from 2021-22). A reserve code there (−12 where the state does not
    collect nonbinary) means no such count, and must not void the group's male and female counts."""
    return bool(_NONBINARY.match(key)) and crdc_role(key) is not None


def crdc_role(key: str) -> tuple[str, str] | None:
    """(role, reason) of a CRDC variable name, or None when `key` is not one; the reason is a core.i18n Message."""
    for pattern, outcome in _CRDC:
        found = pattern.match(key)
        if not found:
            continue
        if len(found.groups()) == 2:
            (dimension, group), what = _GROUPS[found.group(1)], Message("result.reason_crdc_group")
        else:
            (dimension, group), what = (g.GENDER, _SEXES[found.group(1)]), Message("result.reason_crdc_sex")
        if outcome is None:
            return f"count:{dimension}:{group}", what
        return outcome_count(dimension, group, outcome), Message("result.reason_crdc_outcome", what=what,
                                                                 outcome=Term(outcome, f"outcome.{outcome}"))
    return None


_CCD_WIDE = re.compile(r"^(member|toteth|totfrl|frelch|redlch|schnam|leanm|am|asian|as|hisp|hi|black|bl|white|wh|"
                       r"pacific|hp|tr)(al([mfu]))?(\d\d)?$")
_CCD_RACES = {"am": g.AMERICAN_INDIAN, "asian": g.ASIAN, "as": g.ASIAN, "hisp": g.HISPANIC, "hi": g.HISPANIC,
              "black": g.BLACK, "bl": g.BLACK, "white": g.WHITE, "wh": g.WHITE, "pacific": g.PACIFIC, "hp": g.PACIFIC,
              "tr": g.TWO_OR_MORE}
_ECONOMIC = f"count:{g.ECONOMIC}:{g.ECON_GROUP}"
_CCD_OTHERS = {"member": TOTAL, "toteth": IGNORE, "totfrl": _ECONOMIC, "frelch": _ECONOMIC, "redlch": _ECONOMIC,
               "schnam": SCHOOL_NAME, "leanm": DISTRICT_NAME}


def ccd_wide_roles(keys: list[str]) -> dict[int, tuple[str, str]] | None:
    """{column index: (role, reason)} for a CCD wide file's variable names (`keys`: header keys, in order), or
    None when the header is not one (it has no MEMBER). Each reason is a core.i18n Message."""
    found = {i: m for i, key in enumerate(keys) if (m := _CCD_WIDE.match(key.replace(" ", "")))}
    if not any(m.group(1) == "member" and not m.group(2) for m in found.values()):
        return None
    has_totfrl = any(m.group(1) == "totfrl" for m in found.values())
    roles: dict[int, tuple[str, str]] = {}
    for index, match in found.items():
        name, sex = match.group(1), match.group(3)
        if name in _CCD_RACES and sex:
            role = f"count:{g.GENDER}:{_SEXES[sex]}" if sex in "mf" else f"{UNSPECIFIED}:{g.GENDER}"
            roles[index] = role, Message("result.reason_ccd_race_by_sex")
        elif name in _CCD_RACES:
            roles[index] = f"count:{g.RACE}:{_CCD_RACES[name]}", Message("result.reason_ccd_race")
        elif sex:
            continue
        elif name in ("frelch", "redlch") and has_totfrl:
            roles[index] = IGNORE, Message("result.reason_ccd_lunch")
        elif name == "toteth":
            roles[index] = IGNORE, Message("result.reason_ccd_race_sum")
        else:
            roles[index] = _CCD_OTHERS[name], Message("result.reason_ccd_name")
    return roles
