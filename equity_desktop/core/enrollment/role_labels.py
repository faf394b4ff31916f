"""Column roles, table shapes and the detector's decisions in words, for the wizard's drop-downs, the report
and the `columns` command (the mapping file keeps the codes).

Each is a core.i18n `Message` (issue 19): the English words as always, said in another language by `said`.
"""

from __future__ import annotations

from functools import lru_cache

from equity_desktop.core.enrollment import groups as g
from equity_desktop.core.enrollment import layout as lay
from equity_desktop.core.enrollment.roles import parse_outcome_count
from equity_desktop.core.i18n.message import Message, Term

SHAPE_LABELS = {
    lay.WIDE: Message("result.shape_wide"),
    lay.LONG: Message("result.shape_long"),
    lay.STUDENT: Message("result.shape_student"),
}

_PLAIN = {
    lay.IGNORE: Message("result.role_ignore"), lay.SCHOOL_NAME: Message("result.role_school_name"),
    lay.SCHOOL_ID: Message("result.role_school_id"), lay.DISTRICT_NAME: Message("result.role_district_name"),
    lay.DISTRICT_ID: Message("result.role_district_id"), lay.LEVEL: Message("result.role_level"),
    lay.YEAR: Message("result.role_year"), lay.TOTAL: Message("result.role_total"),
    lay.VALUE: Message("result.role_value"), lay.GRADE: Message("result.role_grade"),
    lay.TOTAL_INDICATOR: Message("result.role_total_indicator"),
    lay.COUNT_STATUS: Message("result.role_count_status"),
}
_MEASURES = {"count": "result.role_count", "share": "result.role_share", "flag": "result.role_flag"}


def _dimension(dimension: str, lower: bool = False) -> Term:
    return Term(g.DIMENSION_LABELS[dimension], f"dimension.{dimension}", lower)


@lru_cache(maxsize=1024)
def role_label(role: str | None) -> str:
    """'Count: Black or African American', 'Race/ethnicity (a group per row)', 'not used'."""
    if not role:
        return _PLAIN[lay.IGNORE]
    if role in _PLAIN:
        return _PLAIN[role]
    kind, _, rest = role.partition(":")
    if kind == "category":
        return Message("result.role_any_category") if rest == lay.ANY \
            else Message("result.role_category", dimension=_dimension(rest))
    if kind == "outcome":
        return Message("result.role_outcome", outcome=Term(rest, f"outcome.{rest}"))
    if kind == lay.OUTCOME_COUNT:
        (_, group), outcome = parse_outcome_count(role)
        return Message("result.role_outcome_count", outcome=Term(outcome, f"outcome.{outcome}"),
                       group=Term(group, f"group.{group}"))
    if kind == lay.UNSPECIFIED:
        return Message("result.role_unspecified", dimension=_dimension(rest, lower=True))
    dimension, _, group = rest.partition(":")
    return Message(_MEASURES[kind], group=Term(group, f"group.{group}"))


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
    if label == _PLAIN[lay.IGNORE]:
        return Message("result.not_used_because", reason=column.reason) if column.reason else label
    return Message("result.read_as_because", label=label, reason=column.reason) if column.reason \
        else Message("result.read_as", label=label)
