"""The roles a column can have, as the mapping file writes them, and the check of a role written by hand.

Group roles are written "count:<dimension>:<group>", "share:<dimension>:<group>", "category:<dimension>"
(cells name groups), "flag:<dimension>:<group>" (student rows: Y/N), "unspecified:<dimension>" (students
whose race or gender the file does not know), "outcome:<name>" (the outcome count of a long or student
table's row) and "outcome_count:<dimension>:<group>:<name>" (a wide file's count of a group with an
outcome, such as CRDC's SCH_GTENR_HI_M).
"""

from __future__ import annotations

from equity_desktop.core.enrollment import groups as g

SCHOOL_NAME, SCHOOL_ID, DISTRICT_NAME, DISTRICT_ID = "school_name", "school_id", "district_name", "district_id"
LEVEL, YEAR, TOTAL, VALUE, GRADE, TOTAL_INDICATOR, COUNT_STATUS, IGNORE = (
    "level", "year", "total", "value", "grade", "total_indicator", "count_status", "ignore")
PLAIN_ROLES = (SCHOOL_NAME, SCHOOL_ID, DISTRICT_NAME, DISTRICT_ID, LEVEL, YEAR, TOTAL, VALUE, GRADE, TOTAL_INDICATOR,
               COUNT_STATUS, IGNORE)
ANY = "any"  # a category column whose cells may name groups of any dimension ("Subgroup")
UNSPECIFIED = "unspecified"
OUTCOME_COUNT = "outcome_count"


def outcome_count(dimension: str, group: str, outcome: str) -> str:
    return f"{OUTCOME_COUNT}:{dimension}:{group}:{outcome}"


def parse_outcome_count(role: str) -> tuple[tuple[str, str], str]:
    """((dimension, group), outcome) of an "outcome_count:…" role."""
    _, dimension, group, outcome = role.split(":", 3)
    return (dimension, group), outcome


def valid_role(role: object) -> bool:
    if not isinstance(role, str):
        return False
    if role in PLAIN_ROLES or role.startswith("outcome:") and len(role) > 8:
        return True
    parts = role.split(":")
    if parts[0] == "category" and len(parts) == 2:
        return parts[1] in (*g.DIMENSIONS, ANY)
    if parts[0] == UNSPECIFIED and len(parts) == 2:
        return parts[1] in g.PARTITIONS
    if parts[0] == OUTCOME_COUNT and len(parts) >= 4:
        return (parts[1], parts[2]) in g.all_groups() and bool(":".join(parts[3:]).strip())
    if parts[0] in ("count", "share", "flag") and len(parts) == 3:
        return (parts[1], parts[2]) in g.all_groups()
    return False
