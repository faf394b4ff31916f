"""Column roles, table shapes and the detector's decisions in words, for the wizard's drop-downs, the report
and the `columns` command (the mapping file keeps the codes)."""

from __future__ import annotations

from equity_desktop.core.enrollment import groups as g
from equity_desktop.core.enrollment import layout as lay
from equity_desktop.core.enrollment.roles import parse_outcome_count

SHAPE_LABELS = {
    lay.WIDE: "one row per school, a column per group",
    lay.LONG: "one row per school and group (a group column and a count column)",
    lay.STUDENT: "one row per student (counted here; the rows are not kept)",
}

_PLAIN = {
    lay.IGNORE: "not used", lay.SCHOOL_NAME: "School name", lay.SCHOOL_ID: "School code",
    lay.DISTRICT_NAME: "District name", lay.DISTRICT_ID: "District code", lay.LEVEL: "Level (school, district, state)",
    lay.YEAR: "School year", lay.TOTAL: "Total enrollment", lay.VALUE: "Count (of the row's group)",
    lay.GRADE: "Grade", lay.TOTAL_INDICATOR: "Total indicator (CCD)",
    lay.COUNT_STATUS: "Status of the count (CCD DMS_FLAG)",
}
_MEASURES = {"count": "Count", "share": "Percent", "flag": "Yes/no flag"}


def role_label(role: str | None) -> str:
    """'Count: Black or African American', 'Race/ethnicity (a group per row)', 'not used'."""
    if not role:
        return _PLAIN[lay.IGNORE]
    if role in _PLAIN:
        return _PLAIN[role]
    kind, _, rest = role.partition(":")
    if kind == "category":
        return "Any group (a group per row)" if rest == lay.ANY else f"{g.DIMENSION_LABELS[rest]} (a group per row)"
    if kind == "outcome":
        return f"Outcome: {rest}"
    if kind == lay.OUTCOME_COUNT:
        (_, group), outcome = parse_outcome_count(role)
        return f"Outcome {outcome}: {group}"
    if kind == lay.UNSPECIFIED:
        return f"Not specified: {g.DIMENSION_LABELS[rest].lower()} unknown"
    dimension, _, group = rest.partition(":")
    return f"{_MEASURES[kind]}: {group}"


def role_choices(shape: str) -> list[tuple[str, str]]:
    """(label, role) for every role a column of a table of `shape` can have, most common first."""
    basics = [lay.IGNORE, lay.SCHOOL_NAME, lay.SCHOOL_ID, lay.DISTRICT_NAME, lay.DISTRICT_ID, lay.LEVEL, lay.YEAR,
              lay.GRADE]
    if shape == lay.WIDE:
        roles = [*basics, lay.TOTAL, *(f"count:{d}:{grp}" for d, grp in g.all_groups()),
                 *(f"{lay.UNSPECIFIED}:{d}" for d in g.PARTITIONS), *(f"share:{d}:{grp}" for d, grp in g.all_groups())]
    elif shape == lay.LONG:
        roles = [*basics, lay.VALUE, lay.TOTAL, lay.TOTAL_INDICATOR, lay.COUNT_STATUS,
                 *(f"category:{d}" for d in (*g.DIMENSIONS, lay.ANY))]
    else:
        roles = [*basics, *(f"category:{d}" for d in g.PARTITIONS),
                 *(f"flag:{d}:{grp}" for d, grp in g.FLAG_GROUPS.items())]
    return [(role_label(role), role) for role in roles]


def decision(column: lay.Column) -> str:
    """'read as Count: White (its header)', 'not used (its values are zero-padded codes …)'."""
    label = role_label(column.role)
    verb = "not used" if label == _PLAIN[lay.IGNORE] else f"read as {label}"
    return f"{verb} ({column.reason})" if column.reason else verb
