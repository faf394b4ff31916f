"""Minority group isolation of one school against its district (DESIGN.md, MGI).

District-relative rule (as used by Miami-Dade, seeds/000): a group is isolated when its
share of the school differs from its share of the district by more than the
threshold — in points (default 10) or relative to the district share. Federal
MSAP definition (34 CFR 280.4): minority students above 50 % of the school.
Shares and differences are percentages (0–100); the diversity indices are 0–1.

What a result says in words (a group's status, why a share is missing, the warnings) is a core.i18n `Message`
(issue 19): the English sentence as it always was, which a front end says in its language with `said`.
"""

from __future__ import annotations

import operator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from equity_desktop.core import settings
from equity_desktop.core.enrollment import groups as g
from equity_desktop.core.enrollment.cells import NOT_AVAILABLE
from equity_desktop.core.enrollment.disproportionality import risk_ratios
from equity_desktop.core.enrollment.table import Key, Unit, enrollment_of, numbers
from equity_desktop.core.i18n.message import Arg, Message, Number, Term

POINTS, RELATIVE = settings.ISOLATION_KINDS
# Named as a rule a district uses, not as if the reader were in Miami-Dade (issue 18).
RULE_SOURCE = ("The district-relative rule (as used by Miami-Dade County Public Schools; Bridges Collaborative member "
               "profile): a group is isolated when its share of the school differs from its share of the district "
               "by more than the threshold.")
FEDERAL_SOURCE = settings.FEDERAL_MINORITY_SHARE.source


@dataclass(frozen=True)
class Rule:
    kind: str = settings.ISOLATION_KIND_DEFAULT
    threshold: float = settings.ISOLATION_THRESHOLD.default

    def limit(self, district_share: float) -> float:
        """How far the school may be from the district share before the group is isolated."""
        return self.threshold if self.kind == POINTS else self.threshold / 100.0 * district_share

    def isolates(self, difference, district_share):
        """True when a group `difference` points from a district share of `district_share` is isolated. Works on
        numpy arrays as well, with the same arithmetic: the screening list applies a new rule to every school."""
        return abs(difference) > self.limit(district_share)

    def describe(self) -> str:
        return Message("rule.points" if self.kind == POINTS else "rule.relative", threshold=float(self.threshold))


def points(difference: float) -> str:
    """A signed difference to one decimal, '+0.0' rather than '-0.0' for a gap that rounds to nothing."""
    return f"{round(difference, 1) or 0.0:+.1f}"


# Why a share is missing (Share.why_missing), made once: every school of a state file may say one.
NO_TOTAL = Message("result.no_total")
SUPPRESSED = Message("result.suppressed")
BLANK = Message("result.blank")
NO_DATA = Message("status.no_data")


def group_term(group: str) -> Term:
    """A group's name inside a sentence: its name in the catalogue ("group.…"), a name the file gave as it is."""
    return Term(group, f"group.{group}")


@lru_cache(maxsize=4096)
def missing_sentence(group: str, status: str) -> Message:
    """'Asian: suppressed in the file.', the warning of a group with no difference; one per group and reason."""
    return Message("result.group_status", group=group_term(group), status=status)


@dataclass(frozen=True)
class Share:
    n: float | None
    share: float | None
    why_missing: str = ""
    withheld: str = ""  # set by privacy.for_print: "small" or "complement" (n and share are then None)


@dataclass(frozen=True)
class GroupResult:
    dimension: str
    group: str
    school: Share
    district: Share
    difference: float | None
    isolated: bool | None
    direction: str | None

    def status(self) -> str:
        """'over-represented by 51.0 points', 'within 10 points', or why there is no answer."""
        if self.difference is None:
            return self.school.why_missing or self.district.why_missing or NO_DATA
        if self.isolated:
            return Message("status.over" if self.difference > 0 else "status.under",
                           points=Number(abs(self.difference), ".1f"))
        return Message("status.within", points=Number(round(self.difference, 1) or 0.0, "+.1f"))


@dataclass
class SchoolResult:
    school: str
    school_id: str | None
    year: str | None
    district_source: str
    rule: Rule
    groups: list[GroupResult]
    minority_share: float | None
    simpson: float | None
    simpson_normalized: float | None
    dissimilarity: float | None
    warnings: list[str] = field(default_factory=list)
    disproportionality: list = field(default_factory=list)  # RiskRow per outcome and group, when imported
    # Set by privacy.for_print on a copy meant for print: the suppression size, why figures are missing, and
    # the federal status when the minority share itself is withheld.
    coverage: list = field(default_factory=list)  # Coverage: groups that do not add up to the total
    print_size: int | None = None
    withheld_note: str = ""
    federal_withheld: bool | None = None

    @property
    def federal_isolated(self) -> bool | None:
        if self.minority_share is None:
            return self.federal_withheld
        return self.minority_share > settings.FEDERAL_MINORITY_SHARE.default

    @property
    def isolated_groups(self) -> list[GroupResult]:
        return [r for r in self.groups if r.isolated]

    def as_json(self) -> dict:
        return {
            "school": self.school, "school_id": self.school_id, "year": self.year,
            "district_source": self.district_source,
            "rule": {"kind": self.rule.kind, "threshold": self.rule.threshold},
            "federal_mgi": {"minority_share": self.minority_share, "isolated": self.federal_isolated},
            "diversity": {"simpson": self.simpson, "simpson_normalized": self.simpson_normalized,
                          "dissimilarity": self.dissimilarity},
            "groups": [{"dimension": r.dimension, "group": r.group, "school_n": r.school.n,
                        "school_share": r.school.share, "district_n": r.district.n,
                        "district_share": r.district.share, "difference": r.difference, "isolated": r.isolated,
                        "direction": r.direction,
                        **({"withheld": r.school.why_missing} if r.school.withheld else {})} for r in self.groups],
            "warnings": list(self.warnings),
        }


# Each dimension's keys, built once: shares_of runs for every school of a state file.
_PARTITION_KEYS = {dimension: tuple((dimension, grp) for grp in groups) for dimension, groups in g.PARTITIONS.items()}
_FLAG_KEYS = tuple(g.FLAG_GROUPS.items())
_ALL_GROUPS = tuple(g.all_groups())


def shares_of(unit: Unit) -> dict[Key, Share]:
    """Count and share of every group the unit has data for, in display order.

    The denominator rule (docs/enrollment.md): a share is a count over the unit's total enrollment
    whenever the file gives one, even when the groups read do not add up to it (`coverage_of`
    says by how much); without a total, over the sum of the groups of that dimension.
    """
    result: dict[Key, Share] = {}
    total = unit.total if isinstance(unit.total, float) and unit.total > 0 else None
    whole = total if total is not None else enrollment_of(unit)  # enrollment_of is the total when there is one
    for dimension, keys in _PARTITION_KEYS.items():
        present = [k for k in keys if k in unit.counts or k in unit.shares]
        denominator = total if total is not None else _everyone(unit, dimension, present, whole)
        for key in present:
            result[key] = _share(unit, key, unit.denominators.get(key, denominator))
    for key in _FLAG_KEYS:
        if key in unit.counts or key in unit.shares:
            result[key] = _share(unit, key, unit.denominators.get(key, whole))
    return result


def _everyone(unit: Unit, dimension: str, present: list[Key], whole: float | None) -> float | None:
    """Without a total: the students of every group of `dimension` when all are counted, else `whole`."""
    counted = numbers([unit.counts[k] for k in present if k in unit.counts])
    if counted is None or len(counted) < len(present):
        return whole
    # Without a total, "Not Specified" students still count among all students (never in a group).
    everyone = sum(counted) + _unspecified(unit, dimension)
    return everyone if everyone > 0 else whole


def _share(unit: Unit, key: Key, denominator: float | None) -> Share:
    n = unit.counts.get(key)
    if isinstance(n, float):
        if denominator:
            return Share(n, 100.0 * n / denominator)
        return Share(n, None, NO_TOTAL)
    given = unit.shares.get(key)
    if isinstance(given, float):
        return Share(None, given)
    if n is NOT_AVAILABLE or given is NOT_AVAILABLE:
        return Share(None, None, SUPPRESSED)
    return Share(None, None, BLANK)


def measure(school: Unit, district: Unit, rule: Rule = Rule(), district_source: str = "") -> SchoolResult:
    """Every group of the school against the district, with the federal status and diversity indices."""
    return measure_against(school, Compared(district), rule, district_source)


class Compared:
    """What every school compared with one reference needs of it, worked out once for all of them (a district
    of 100 schools was summed and divided 100 times)."""

    def __init__(self, unit: Unit):
        self.shares = shares_of(unit)
        self.race = {k[1]: s.share for k, s in self.shares.items() if k[0] == g.RACE}
        self.coverage = coverage_of(unit, "the district")
        self.said = [c.sentence() for c in self.coverage]  # made once, for every school compared with it
        self.covered = _race_covered(unit, self.coverage)


_NOT_IN_SCHOOL = Share(None, None, Message("result.not_in_school"))
_NOT_IN_DISTRICT = Share(None, None, Message("result.not_in_district"))


def measure_against(school: Unit, compared: Compared, rule: Rule = Rule(), district_source: str = "") -> SchoolResult:
    """`measure` with the reference's shares worked out already."""
    mine, theirs = shares_of(school), compared.shares
    results = []
    for key in _ALL_GROUPS:
        if key not in mine and key not in theirs:
            continue
        results.append(_compare(key, mine.get(key, _NOT_IN_SCHOOL), theirs.get(key, _NOT_IN_DISTRICT), rule))
    own = coverage_of(school, "the school")
    coverage = own + compared.coverage
    warnings = ([c.sentence() for c in own] + compared.said
                + [missing_sentence(r.group, r.status()) for r in results if r.difference is None])
    race = {k[1]: s.share for k, s in mine.items() if k[0] == g.RACE}
    white = race.get(g.WHITE)
    # The indices need every student in some group: with students left out they would be wrong, not vague.
    covered = _race_covered(school, own) and compared.covered
    simpson = _simpson(race) if covered else None
    risks = [row for outcome in sorted(school.outcomes) for row in risk_ratios(school, outcome)]
    return SchoolResult(school.name, school.code, school.year, district_source, rule, results,
                        None if white is None else 100.0 - white, simpson,
                        None if simpson is None else simpson / (1.0 - 1.0 / len(g.RACE_GROUPS)),
                        _dissimilarity(race, compared.race) if covered else None, warnings, risks, coverage=coverage)


def _race_covered(unit: Unit, coverage: list[Coverage]) -> bool:
    """Every student of the unit (whose `coverage_of` is `coverage`) is in a race/ethnicity group, so that the
    diversity indices can be worked out."""
    return not (any(c.dimension == g.RACE for c in coverage) or any(d == g.RACE for d, _ in unit.denominators))


# Counts may be fractional (half-day pupils count 0.5) and totals rounded: a gap under this is no gap.
_TOLERANCE = 1.0


def _unspecified(unit: Unit, dimension: str) -> float:
    n = unit.unspecified.get(dimension)
    return n if isinstance(n, float) else 0.0


def _group_sum(unit: Unit, dimension: str) -> float | None:
    counts = numbers([unit.counts[key] for key in _PARTITION_KEYS[dimension] if key in unit.counts])
    return float(sum(counts)) if counts else None  # None also when one is blank or not available


def _gap(unit: Unit, dimension: str) -> tuple[float, float | None]:
    """(students of the total in no group of `dimension`, the total). The gap is negative when the groups add up to
    more, 0 when unknown (also when the groups are summed over different schools: their sum is not comparable with
    the total). The total is everyone the shares are of: the total column, else the groups and the "Not Specified"
    students."""
    found = _group_sum(unit, dimension)
    if isinstance(unit.total, float) and unit.total > 0:
        total: float | None = unit.total
    else:
        unspecified = _unspecified(unit, dimension)
        total = found + unspecified if found is not None and unspecified else None
    if total is None or found is None or any(d == dimension for d, _ in unit.denominators):
        return 0.0, total
    gap = total - found
    return (gap if abs(gap) > _TOLERANCE else 0.0), total


class Coverage(NamedTuple):
    """The groups of a dimension do not add up to the unit's total enrollment: said next to the numbers."""

    whose: str       # "the school", "the district"
    dimension: str
    read: float      # students the groups read from the file add up to
    total: float
    unspecified: float = 0.0  # of the gap, students the file itself says it does not know ("Not Specified")

    def sentence(self, suppression: int | None = None) -> str:
        """In words; with `suppression` (print), a gap under it is not printed as a number."""
        whose = Term(self.whose, "result.the_school" if self.whose == "the school" else "result.the_district")
        label = Term(g.DIMENSION_LABELS[self.dimension], f"dimension.{self.dimension}", lower=True)
        gap = self.total - self.read
        total = Number(self.total, ",.0f")
        if self.unspecified and gap > 0:
            return self._unspecified_sentence(whose, label, total, gap, suppression)
        if gap < 0:
            return Message("result.coverage_over", whose=whose, label=label, read=Number(self.read, ",.0f"),
                           total=total)
        if suppression and gap < suppression:
            return Message("result.coverage_gap_small", whose=whose, label=label, size=suppression, total=total)
        return Message("result.coverage_gap", whose=whose, label=label, read=Number(self.read, ",.0f"), total=total,
                       gap=Number(gap, ",.0f"))

    def _unspecified_sentence(self, whose: Term, label: Term, total: Number, gap: float,
                              suppression: int | None) -> str:
        def students(n: float) -> Arg:
            return Message("result.fewer_than", size=suppression) if suppression and n < suppression \
                else Number(n, ",.0f")

        rest = gap - self.unspecified
        if rest > _TOLERANCE and suppression and min(rest, self.unspecified) < suppression:
            # Printing both parts would reveal the small one (the gap minus the other): only their sum.
            return Message("result.coverage_unknown_or_unread", whose=whose, gap=students(gap), total=total,
                           label=label)
        if rest > _TOLERANCE:
            return Message("result.coverage_unspecified_and_unread", whose=whose, label=label,
                           unspecified=students(self.unspecified), total=total, rest=students(rest))
        return Message("result.coverage_unspecified", whose=whose, label=label, unspecified=students(self.unspecified),
                       total=total)


def coverage_of(unit: Unit, whose: str) -> list[Coverage]:
    found = []
    for dimension in g.PARTITIONS:
        gap, total = _gap(unit, dimension)
        if gap and total is not None:
            found.append(Coverage(whose, dimension, total - gap, total, min(_unspecified(unit, dimension), gap)))
    return found


def _compare(key: Key, ours: Share, ref: Share, rule: Rule) -> GroupResult:
    if ours.share is None or ref.share is None:
        return GroupResult(key[0], key[1], ours, ref, None, None, None)
    difference = ours.share - ref.share
    direction = "over" if difference > 0 else "under" if difference < 0 else None
    return GroupResult(key[0], key[1], ours, ref, difference, rule.isolates(difference, ref.share), direction)


def _simpson(shares: dict[str, float | None]) -> float | None:
    known = [v for v in shares.values() if v is not None]
    if not shares or len(known) < len(shares):
        return None
    return 1.0 - sum((v / 100.0) ** 2 for v in known)


def _dissimilarity(ours: dict[str, float | None], theirs: dict[str, float | None]) -> float | None:
    # In the groups' fixed order: summed in a set's order, the last digit changed from run to run.
    groups = [grp for grp in g.RACE_GROUPS if grp in ours or grp in theirs]
    groups += sorted((set(ours) | set(theirs)) - set(groups))
    if not groups or any(ours.get(k) is None or theirs.get(k) is None for k in groups):
        return None
    return 0.5 * sum(abs(ours[k] - theirs[k]) for k in groups) / 100.0  # type: ignore[operator]


def sum_units(units: list[Unit], name: str) -> tuple[Unit, list[str]]:
    """The district as the sum of its schools; a group suppressed or blank in some schools is summed without them,
    said.

    A share of the sum is over the students of the same schools: a group reported by 40 of 50 schools is
    divided by the total of those 40 (`Unit.denominators`), never by all 50, which made it look smaller. A school
    with 0 students (closed, or not yet open) adds nothing and is left out, so that its blank percentages
    cannot void a share for every school.
    """
    open_units = [u for u in units if not is_empty(u)]
    closed = len(units) - len(open_units)
    units = open_units or units
    total = Unit(name, None, "district", units[0].year if units else None)
    # A school whose total is suppressed but whose race counts are complete counts with their sum (the CCD's
    # MEMBER −1 beside TOTETH), as its own shares do.
    sizes = {id(u): size for u in units if (size := _total_or_race_sum(u)) is not None}
    with_total = [u for u in units if id(u) in sizes]
    if with_total and any(isinstance(u.total, float) for u in units):
        total.total = float(sum(sizes[id(u)] for u in with_total))
    else:
        with_total = []
    missing: dict[Key, int] = {}
    counted = with_total or units
    counts = [u.counts for u in counted]
    for key in {k for u in units for k in u.counts}:
        # With totals, a school counts for a group only with both its count and its total.
        values = list(map(operator.methodcaller("get", key), counts))
        usable = [at for at, n in enumerate(values) if isinstance(n, float)]
        missing[key] = len(units) - len(usable)
        total.counts[key] = float(sum([values[at] for at in usable])) if usable else NOT_AVAILABLE
        if usable and with_total and missing[key]:
            total.denominators[key] = float(sum(sizes[id(counted[at])] for at in usable))
    for dimension in {d for u in units for d in u.unspecified}:
        values = [u.unspecified.get(dimension) for u in units]
        total.unspecified[dimension] = float(sum(v for v in values if isinstance(v, float)))
    if with_total:
        for key in {k for u in units for k in u.shares if k not in total.counts}:
            weighted = [(s, sizes[id(u)]) for u in with_total if isinstance(s := u.shares.get(key), float)]
            students = sum(t for _, t in weighted)
            if weighted and students:
                total.shares[key] = sum(s * t for s, t in weighted) / students
                missing[key] = len(units) - len(weighted)
            else:
                total.shares[key] = NOT_AVAILABLE
    warnings: list[str] = [Message("result.share_of_reporting", group=group_term(key[1]),
                                   reporting=len(units) - n, schools=len(units), n=n)
                           for key, n in sorted(missing.items()) if 0 < n < len(units)]
    by_groups = len([u for u in with_total if not isinstance(u.total, float)])
    if by_groups:
        warnings.append(Message("result.counted_by_groups", n=by_groups))
    if with_total and len(with_total) < len(units):
        warnings.append(Message("result.no_total_left_out", n=len(units) - len(with_total), schools=len(units)))
    if closed:
        warnings.append(Message("result.closed_left_out", n=closed))
    return total, warnings


def _total_or_race_sum(unit: Unit) -> float | None:
    if isinstance(unit.total, float):
        return unit.total
    counts = [unit.counts.get((g.RACE, grp)) for grp in g.RACE_GROUPS if (g.RACE, grp) in unit.counts]
    return float(sum(counts)) if counts and all(isinstance(v, float) for v in counts) else None  # type: ignore


def is_empty(unit: Unit) -> bool:
    """A school with a total of 0 students (closed, or not yet open)."""
    return isinstance(unit.total, float) and unit.total == 0.0

