"""The screening list of a whole table measured at once, on arrays: what `screen` and the screening window need.

`analysis.measured` measures one school at a time (`mgi.measure_against`: a `SchoolResult` with a `GroupResult`
per group), about 40 µs a school; a state file has 100,000. Here the same rules run on a row per school: each
school's counts are read into arrays once, the shares, the comparison with its reference, the warnings, the
federal status and the diversity indices are worked out for every school together, and the figures go straight
into a `screening.ScreeningList` (the list keeps nothing else of a result). Each reference is found once
(`analysis.ReferenceFinder`) and its shares worked out once (`mgi.Compared`), as in the school-by-school path.

What the arrays do not cover is measured school by school with `mgi.measure_against` itself: a school with
percent-only columns (`Unit.shares`), per-group denominators (a sum of schools) or outcomes, a count that is not
a float, and a school whose reference cannot be found. The arithmetic is the per-school code's, operation for
operation (sums added left to right in the groups' order, squares taken with Python's `**`), so the figures are
the same to the last bit: tests/core/enrollment/test_mgi_columns.py compares the two paths on every school of
the corpus, the real files, the bench files and random tables.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import chain, repeat

import numpy as np

from equity_desktop.core import settings
from equity_desktop.core.enrollment import collector
from equity_desktop.core.enrollment import groups as g
from equity_desktop.core.enrollment.analysis import DISTRICT_REFERENCE, ReferenceFinder, not_measured, only_a_total
from equity_desktop.core.enrollment.cells import NotAvailable
from equity_desktop.core.enrollment.errors import EnrollmentFileError
from equity_desktop.core.enrollment.mgi import (
    _NOT_IN_DISTRICT,
    _NOT_IN_SCHOOL,
    _TOLERANCE,
    BLANK,
    NO_DATA,
    NO_TOTAL,
    SUPPRESSED,
    Compared,
    Coverage,
    Rule,
    is_empty,
    measure_against,
    missing_sentence,
)
from equity_desktop.core.enrollment.screening import Figures, ScreeningList, figures
from equity_desktop.core.enrollment.table import EnrollmentTable, Unit
from equity_desktop.core.i18n.message import Grouped, Message

Progress = Callable[[float, str], None]

_KEYS = tuple(g.all_groups())  # every group, in display order: the list's columns and the results' order
_AT = {key: at for at, key in enumerate(_KEYS)}
_DIMENSIONS = tuple(g.PARTITIONS)
_PARTITION_AT = {dimension: [_AT[(dimension, grp)] for grp in groups] for dimension, groups in g.PARTITIONS.items()}
_FLAG_AT = [_AT[key] for key in g.FLAG_GROUPS.items()]
_RACE_AT = _PARTITION_AT[g.RACE]
_WHITE_AT = _AT[(g.RACE, g.WHITE)]
_RACE_COUNT = len(g.RACE_GROUPS)
# Why a school's share is missing (mgi._share), by code; 0: it has one.
_SHARE, _NOT_IN_SCHOOL_CODE, _NO_TOTAL, _SUPPRESSED, _BLANK = range(5)
_WHY = {_NOT_IN_SCHOOL_CODE: _NOT_IN_SCHOOL.why_missing, _NO_TOTAL: NO_TOTAL, _SUPPRESSED: SUPPRESSED,
        _BLANK: BLANK}
# What a value of Unit.counts or Unit.total is: a number, not available, blank (None), absent, or something else.
_NUMBER, _WITHHELD, _NONE, _ABSENT, _OTHER = range(5)


def screening_list(table: EnrollmentTable, rule: Rule = Rule(), *, district_table: EnrollmentTable | None = None,
                   reference: str = DISTRICT_REFERENCE, progress: Progress | None = None) -> ScreeningList:
    """`ScreeningList(analysis.measured(table, rule, ...), rule)`, every school measured at once."""
    units = [u for u in table.units if not is_empty(u)]
    if progress:
        progress(0.0, Message("result.measuring_schools", schools=Grouped(len(units))))
    with collector.paused():
        return _Measure(table, units, rule, district_table, reference).listing()


class _Measure:
    """One table's schools measured: the references found, the schools the arrays cover measured together, the
    others one by one, all into one Figures."""

    def __init__(self, table: EnrollmentTable, units: list[Unit], rule: Rule, district_table: EnrollmentTable | None,
                 reference: str):
        self.table, self.units, self.rule = table, units, rule
        self.finder = ReferenceFinder(table, district_table, reference)

    def listing(self) -> ScreeningList:
        units, count = self.units, len(self.units)
        found, of_school = self._references()
        compared = {id(f[0]): Compared(f[0]) for f in found if not isinstance(f, EnrollmentFileError)}
        by_array = np.array([_arrayable(u) for u in units], dtype=bool)
        by_array &= np.array([not isinstance(found[r], EnrollmentFileError) for r in of_school.tolist()], dtype=bool)
        chosen = np.flatnonzero(by_array)
        columns = Figures(count)
        sourced = False
        first_error: EnrollmentFileError | None = None
        for at in np.flatnonzero(~by_array).tolist():  # school by school, with the per-school code
            unit, reference = units[at], found[of_school[at]]
            if isinstance(reference, EnrollmentFileError):
                first_error = first_error or reference
                result = not_measured(unit, self.rule, reference)
            else:
                reference_unit, source, warnings = reference
                result = measure_against(unit, compared[id(reference_unit)], self.rule, source)
                result.warnings = warnings + result.warnings
                sourced = sourced or bool(result.district_source)
            columns.put(at, figures(result))
        if len(chosen):
            extracted = _Extracted([units[at] for at in chosen.tolist()])
            if extracted.other.any():  # a value neither number, blank nor "not available": school by school
                for at in chosen[extracted.other].tolist():
                    unit = units[at]
                    reference_unit, source, warnings = found[of_school[at]]
                    result = measure_against(unit, compared[id(reference_unit)], self.rule, source)
                    result.warnings = warnings + result.warnings
                    columns.put(at, figures(result))
                    sourced = sourced or bool(result.district_source)
                keep = ~extracted.other
                chosen, extracted = chosen[keep], extracted.only(keep)
            if len(chosen):
                references = [found[r] for r in sorted(set(of_school[chosen].tolist()))]
                sourced = sourced or any(bool(f[1]) for f in references)
                self._measure(chosen, extracted, of_school[chosen], found, compared, columns)
        if first_error is not None and not sourced:
            raise first_error
        return ScreeningList.from_columns(columns, self.rule)

    def _references(self) -> tuple[list, np.ndarray]:
        """Each school's reference (unit, source, warnings) or why it has none, found once per year and district,
        in the order of the schools (so that the first error is the first school's)."""
        found: list = []
        keys: dict[tuple, int] = {}
        of_school = np.empty(len(self.units), dtype=np.int64)
        for at, unit in enumerate(self.units):
            key = (unit.year, unit.district)
            number = keys.get(key)
            if number is None:
                reference: tuple[Unit, str, list[str]] | EnrollmentFileError
                try:
                    reference = self.finder.find(unit.year, unit.district)
                except EnrollmentFileError as error:
                    reference = error
                number = keys[key] = len(found)
                found.append(reference)
            reference = found[number]
            if not isinstance(reference, EnrollmentFileError) and reference[0] is unit:
                raise only_a_total(self.table, unit)
            of_school[at] = number
        return found, of_school

    def _measure(self, chosen: np.ndarray, x: _Extracted, of_school: np.ndarray, found: list,
                 compared: dict[int, Compared], columns: Figures) -> None:
        rule, count = self.rule, len(chosen)
        # The references' shares, each worked out once (mgi.Compared), as rows.
        numbers = sorted(set(of_school.tolist()))
        row_of = np.full(max(numbers) + 1, -1, dtype=np.int64)
        row_of[numbers] = np.arange(len(numbers))
        mine_ref = row_of[of_school]
        ref_share = np.full((len(numbers), len(_KEYS)), np.nan)
        ref_has = np.zeros((len(numbers), len(_KEYS)), dtype=bool)
        ref_known = np.zeros((len(numbers), len(_KEYS)), dtype=bool)
        ref_why: list[list[str]] = []
        ref_covered = np.zeros(len(numbers), dtype=bool)
        ref_text: list[tuple[str, ...]] = []
        ref_coverage: list[tuple[str, ...]] = []
        districts: list[tuple] = []
        for row, number in enumerate(numbers):
            unit, source, warnings = found[number]
            theirs = compared[id(unit)]
            reasons, district = [], []
            for at, key in enumerate(_KEYS):
                given = theirs.shares.get(key)
                ref_has[row, at] = given is not None
                given = given or _NOT_IN_DISTRICT
                if given.share is not None:
                    ref_share[row, at] = given.share
                    ref_known[row, at] = True
                reasons.append(given.why_missing)
                district.append(np.nan if given.share is None else given.share)  # as screening.figures
            ref_why.append(reasons)
            districts.append(tuple(district))
            ref_covered[row] = theirs.covered
            ref_text.append(tuple(warnings))
            ref_coverage.append(tuple(theirs.said))
        ref_sources = [found[number][1] for number in numbers]
        # The school's shares (mgi.shares_of).
        total_ok = x.total_kind == _NUMBER
        total_ok &= np.where(total_ok, x.total, 0.0) > 0
        sums, complete = {}, {}
        for dimension in _DIMENSIONS:
            sums[dimension], complete[dimension] = _added(x, _PARTITION_AT[dimension])
        whole, whole_ok = np.where(total_ok, x.total, 0.0), total_ok.copy()  # table.enrollment_of
        for dimension in _DIMENSIONS:
            taken = ~whole_ok & complete[dimension] & (sums[dimension] > 0)
            whole = np.where(taken, sums[dimension], whole)
            whole_ok |= taken
        share = np.full((count, len(_KEYS)), np.nan)
        reason = np.full((count, len(_KEYS)), _NOT_IN_SCHOOL_CODE, dtype=np.int8)
        for part, group_at in (*((d, _PARTITION_AT[d]) for d in _DIMENSIONS), ("", _FLAG_AT)):
            if not part:  # the flags: over the school's enrollment
                denominator, usable = whole, whole_ok
            else:  # mgi._everyone without a total
                sum_ok = complete[part] | ~x.present[:, group_at].any(axis=1)
                everyone = sums[part] + x.unspecified[part]
                by_everyone = ~total_ok & sum_ok & (everyone > 0)
                denominator = np.where(total_ok, x.total, np.where(by_everyone, everyone, whole))
                usable = total_ok | by_everyone | whole_ok
            usable = usable & (denominator != 0)
            for column in group_at:
                kind = x.kind[:, column]
                counted = kind == _NUMBER
                with np.errstate(all="ignore"):
                    share[:, column] = np.where(counted & usable, 100.0 * x.value[:, column] / denominator, np.nan)
                reason[:, column] = np.select([counted & usable, counted, kind == _WITHHELD, kind == _NONE],
                                              [_SHARE, _NO_TOTAL, _SUPPRESSED, _BLANK], _NOT_IN_SCHOOL_CODE)
        # The comparison (mgi._compare) of every group the school or its reference has.
        theirs_share = ref_share[mine_ref]
        listed = x.present | ref_has[mine_ref]
        theirs_known = ref_known[mine_ref]
        compared_ok = listed & (reason == _SHARE) & theirs_known
        with np.errstate(invalid="ignore"):
            difference = np.where(compared_ok, share - theirs_share, np.nan)
            isolated = compared_ok & rule.isolates(difference, theirs_share)
        # The school's own coverage (mgi.coverage_of), the rare schools whose groups miss students.
        own: dict[int, list[Coverage]] = {}
        race_gap = np.zeros(count, dtype=bool)
        for dimension in _DIMENSIONS:
            found_sum, found_ok = sums[dimension], complete[dimension]
            unspecified = x.unspecified[dimension]
            total = np.where(total_ok, x.total, found_sum + unspecified)
            total_known = total_ok | (found_ok & (unspecified != 0))
            gapped = total_known & found_ok
            gap = np.where(gapped, total - found_sum, 0.0)
            gap = np.where(np.abs(gap) > _TOLERANCE, gap, 0.0)
            for at in np.flatnonzero(gap != 0).tolist():
                g_at, t_at = float(gap[at]), float(total[at])
                own.setdefault(at, []).append(Coverage("the school", dimension, t_at - g_at, t_at,
                                                       min(float(unspecified[at]), g_at)))
            if dimension == g.RACE:
                race_gap = gap != 0
        # The federal status and the diversity indices (mgi.measure_against, _simpson, _dissimilarity).
        white_ok = x.present[:, _WHITE_AT] & (reason[:, _WHITE_AT] == _SHARE)
        minority = np.where(white_ok, 100.0 - np.where(white_ok, share[:, _WHITE_AT], 0.0), np.nan)
        federal = np.where(white_ok, minority > settings.FEDERAL_MINORITY_SHARE.default, np.nan)
        covered = ~race_gap & ref_covered[mine_ref]
        race_present = x.present[:, _RACE_AT]
        race_known = race_present & (reason[:, _RACE_AT] == _SHARE)
        simpson_ok = covered & race_present.any(axis=1) & (race_known == race_present).all(axis=1)
        squares = _squares(np.where(race_known, share[:, _RACE_AT], 0.0) / 100.0)
        added = np.zeros(count)
        for column in range(len(_RACE_AT)):
            added = np.where(race_known[:, column], added + squares[:, column], added)
        simpson = np.where(simpson_ok, 1.0 - added, np.nan)
        theirs_race = ref_has[:, _RACE_AT][mine_ref]
        either = race_present | theirs_race
        both_known = race_known & theirs_known[:, _RACE_AT]
        dissimilar_ok = covered & either.any(axis=1) & (both_known | ~either).all(axis=1)
        apart = np.abs(np.where(both_known, share[:, _RACE_AT] - theirs_share[:, _RACE_AT], 0.0))
        added = np.zeros(count)
        for column in range(len(_RACE_AT)):
            added = np.where(either[:, column], added + apart[:, column], added)
        dissimilarity = np.where(dissimilar_ok, 0.5 * added / 100.0, np.nan)
        # The warnings: the reference's, the coverage of the school and of its reference, the groups not compared.
        missing: dict[int, list[str]] = {}
        said: dict[tuple[int, int, int], str] = {}
        rows, ats = np.nonzero(listed & ~compared_ok)
        for row, at, code in zip(rows.tolist(), ats.tolist(), reason[rows, ats].tolist()):
            reference_row = int(mine_ref[row])
            said_key = (at, code, reference_row) if code == _SHARE else (at, code, -1)
            sentence = said.get(said_key)
            if sentence is None:
                status = _WHY.get(code, "") or ref_why[reference_row][at] or NO_DATA
                sentence = said[said_key] = missing_sentence(_KEYS[at][1], status)
            missing.setdefault(row, []).append(sentence)
        plain = [ref_text[r] + ref_coverage[r] for r in range(len(numbers))]
        said_of: list[tuple[str, ...]] = []
        for row, reference_row in enumerate(mine_ref.tolist()):
            if row in own or row in missing:
                said_of.append(ref_text[reference_row]
                                + tuple(c.sentence() for c in own.get(row, ())) + ref_coverage[reference_row]
                                + tuple(missing.get(row, ())))
            else:
                said_of.append(plain[reference_row])
        columns.put_many(chosen, x.names, x.codes, x.years, [ref_sources[r] for r in mine_ref.tolist()], said_of,
                         minority, federal, simpson, dissimilarity, difference, [districts[r] for r in
                                                                                  mine_ref.tolist()], isolated)


def _arrayable(unit: Unit) -> bool:
    """The arrays cover this school: counts only (no percent-only columns, denominators or outcomes)."""
    return not (unit.shares or unit.denominators or unit.outcomes)


def _added(x: _Extracted, at: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """(the sum of the counts of these groups the school has, added left to right as sum() adds them; whether it
    has some and every one is a number): mgi._group_sum and table.numbers."""
    total = np.zeros(len(x.total))
    complete = np.ones(len(x.total), dtype=bool)
    some = np.zeros(len(x.total), dtype=bool)
    for column in at:
        present = x.present[:, column]
        total = np.where(present, total + x.value[:, column], total)
        complete &= ~present | (x.kind[:, column] == _NUMBER)
        some |= present
    return total, complete & some


def _squares(values: np.ndarray) -> np.ndarray:
    """Each value ** 2 as Python works it out (the C library's pow, which mgi._simpson uses), not x * x."""
    flat = values.ravel().tolist()
    return np.array(list(map(float.__pow__, flat, repeat(2.0))), dtype=np.float64).reshape(values.shape)


class _Extracted:
    """The schools' counts, totals and "not specified" students as arrays, a row per school."""

    def __init__(self, units: list[Unit]):
        count = len(units)
        self.names = [u.name for u in units]
        self.codes = [u.code for u in units]
        self.years = [u.year for u in units]
        self.kind = np.full((count, len(_KEYS)), _ABSENT, dtype=np.int8)
        self.value = np.zeros((count, len(_KEYS)))
        by_keys: dict[tuple, list[int]] = {}
        for row, unit in enumerate(units):
            by_keys.setdefault(tuple(unit.counts), []).append(row)
        for keys, rows in by_keys.items():
            wanted = [(place, _AT[key]) for place, key in enumerate(keys) if key in _AT]
            if not wanted:
                continue
            places, ats = zip(*wanted)
            flat = list(chain.from_iterable(map(list, (units[r].counts.values() for r in rows))))
            kind, value = _kinds(flat)
            kind, value = kind.reshape(len(rows), len(keys)), value.reshape(len(rows), len(keys))
            index = np.asarray(rows)[:, None]
            self.kind[index, list(ats)] = kind[:, list(places)]
            self.value[index, list(ats)] = value[:, list(places)]
        self.total_kind, self.total = _kinds([u.total for u in units])
        self.unspecified = {dimension: np.zeros(count) for dimension in _DIMENSIONS}
        for row, unit in enumerate(units):
            if unit.unspecified:
                for dimension, n in unit.unspecified.items():
                    if dimension in self.unspecified and isinstance(n, float):
                        self.unspecified[dimension][row] = n
        self.other = (self.kind == _OTHER).any(axis=1) | (self.total_kind == _OTHER)

    @property
    def present(self) -> np.ndarray:
        return self.kind != _ABSENT

    def only(self, rows: np.ndarray) -> _Extracted:
        kept = object.__new__(_Extracted)
        picked = np.flatnonzero(rows).tolist()
        kept.names = [self.names[r] for r in picked]
        kept.codes = [self.codes[r] for r in picked]
        kept.years = [self.years[r] for r in picked]
        kept.kind, kept.value = self.kind[rows], self.value[rows]
        kept.total_kind, kept.total = self.total_kind[rows], self.total[rows]
        kept.unspecified = {d: v[rows] for d, v in self.unspecified.items()}
        kept.other = self.other[rows]
        return kept


def _kinds(values: Sequence[object]) -> tuple[np.ndarray, np.ndarray]:
    """(what each value is, its number where it is a float) for a list of Unit.counts values."""
    types = list(map(type, values))
    kinds_of: dict[type, int] = {}
    for each in set(types):
        kinds_of[each] = (_NUMBER if issubclass(each, float) else _WITHHELD if issubclass(each, NotAvailable)
                          else _NONE if each is type(None) else _OTHER)
    kind = np.array(list(map(kinds_of.__getitem__, types)), dtype=np.int8)
    value = np.zeros(len(values))
    numeric = kind == _NUMBER
    if bool(numeric.all()):
        value[:] = values  # type: ignore[assignment]
    elif bool(numeric.any()):
        value[numeric] = np.array(values, dtype=object)[numeric].astype(np.float64)
    return kind, value
