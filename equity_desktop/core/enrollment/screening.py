"""The district screening list as columns: every school's figures, its order and its search text.

A state file lists 100,000 schools. `ScreeningList.of(results)` turns measure_table's results into arrays
once, in the worker process that measured them, so that a window can order, sort and filter the list with a
few numpy operations instead of a Python call per school, and so that the list crosses from the worker to the
window as a few arrays and long strings (a few milliseconds to unpickle) rather than millions of objects.
Row `i` is `results[i]` (measuring order).

Only whether a group is isolated depends on the rule: `with_rule` applies another threshold to every school
at once, with the very comparison mgi uses (`Rule.isolates`), and so orders the list again. `rows()` gives the
rows the list exports (screen_export.screen_rows): one implementation of the order and of the words.
"""

from __future__ import annotations

import copy
import pickle
from collections.abc import Iterable, Sequence
from typing import NamedTuple

import numpy as np

from equity_desktop.core.enrollment import collector
from equity_desktop.core.enrollment import groups as g
from equity_desktop.core.enrollment.mgi import Rule, SchoolResult, points

MISSING = -1.0  # the sort key of a figure a school lacks: before every real one (shares and indices are >= 0)
# The fields of a row, in the order the list shows and exports them (screen_export.SCREEN_FIELDS).
FIELDS = ("school", "school_id", "year", "isolated_groups", "groups_outside_band", "minority_share",
          "federal_isolated", "simpson", "dissimilarity", "district_source", "withheld_groups", "warnings")
_GROUPS = tuple(g.all_groups())
_COLUMN = {key: number for number, key in enumerate(_GROUPS)}
_JOIN = "\x00"  # joins the texts of a column (no name or code holds it; a column where one does stays a list)


class Texts:
    """A column of short texts kept as one string: pickled as one object rather than 100,000 (the window
    would stop while it unpickled them), split into a list when first read there."""

    def __init__(self, texts: Sequence[str]):
        self._count = len(texts)
        joinable = not any(_JOIN in text for text in texts)
        self._joined = _JOIN.join(texts) if joinable else None
        self._list: list[str] | None = None if joinable else list(texts)
        self._folded: list[str] | None = None

    def __getstate__(self) -> dict:
        return {"_count": self._count, "_joined": self._joined,
                "_list": None if self._joined is not None else self._list}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state, _folded=None)

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, row: int) -> str:
        return self.as_list()[row]

    def as_list(self) -> list[str]:
        if self._list is None:
            assert self._joined is not None
            self._list = self._joined.split(_JOIN) if self._count else []
        return self._list

    def folded(self) -> list[str]:
        """The texts casefolded (Find ignores case); folding keeps every text apart from the next."""
        if self._folded is None:
            joined = self._joined
            if joined is None:
                self._folded = [text.casefold() for text in self.as_list()]
            else:
                self._folded = joined.casefold().split(_JOIN) if self._count else []
        return self._folded


def _places(texts: Sequence[str]) -> np.ndarray:
    """Each text's place among the distinct texts in Python's order of strings; equal texts share a place."""
    place = {text: number for number, text in enumerate(sorted(set(texts)))}
    return np.fromiter((place[t] for t in texts), dtype=np.int32, count=len(texts))


def _once(values: Sequence) -> list:
    """`values` with equal ones the same object: pickled once each (a year, a reference, a set of warnings)."""
    seen: dict = {}
    return [seen.setdefault(value, value) for value in values]


def figures(result: SchoolResult) -> tuple:
    """What the list keeps of one school's result; per group (in the display order of SchoolResult.groups) its
    difference, its district share and whether it is isolated."""
    width = len(_GROUPS)
    difference, district, isolated = [np.nan] * width, [np.nan] * width, [False] * width
    withheld = 0
    for x in result.groups:
        at = _COLUMN[(x.dimension, x.group)]
        if x.difference is not None:
            difference[at] = x.difference
        if x.district.share is not None:
            district[at] = x.district.share
        isolated[at] = bool(x.isolated)
        withheld += bool(x.school.withheld or x.district.withheld)
    return (result.school, result.school_id, result.year, result.district_source, tuple(result.warnings),
            result.minority_share, result.federal_isolated, result.simpson, result.dissimilarity, withheld,
            difference, tuple(district), isolated)


class Figures:
    """The figures of every school of a list, as columns, filled in school by school (`figures`) or many at a time."""

    def __init__(self, count: int):
        width = len(_GROUPS)
        self.names: list = [None] * count
        self.codes: list = [None] * count
        self.years: list = [None] * count
        self.sources: list = [None] * count
        self.warnings: list = [None] * count
        self.minority = np.full(count, np.nan)
        self.federal = np.full(count, np.nan)
        self.simpson = np.full(count, np.nan)
        self.dissimilarity = np.full(count, np.nan)
        self.withheld = np.zeros(count, dtype=np.int32)
        self.difference = np.full((count, width), np.nan)
        self.districts: list = [None] * count
        self.isolated = np.zeros((count, width), dtype=bool)

    @classmethod
    def of(cls, found: list[tuple]) -> Figures:
        columns = cls(len(found))
        for row, each in enumerate(found):
            columns.put(row, each)
        return columns

    def put(self, row: int, found: tuple) -> None:
        (self.names[row], self.codes[row], self.years[row], self.sources[row], self.warnings[row], minority, federal,
         simpson, dissimilarity, self.withheld[row], difference, self.districts[row], isolated) = found
        for column, value in ((self.minority, minority), (self.simpson, simpson),
                              (self.dissimilarity, dissimilarity)):
            column[row] = np.nan if value is None else value
        self.federal[row] = np.nan if federal is None else float(federal)
        self.difference[row] = difference
        self.isolated[row] = isolated

    def put_many(self, rows: np.ndarray, names: list, codes: list, years: list, sources: list, warnings: list,
                 minority: np.ndarray, federal: np.ndarray, simpson: np.ndarray, dissimilarity: np.ndarray,
                 difference: np.ndarray, districts: list, isolated: np.ndarray) -> None:
        at = rows.tolist()
        for column, values in ((self.names, names), (self.codes, codes), (self.years, years),
                               (self.sources, sources), (self.warnings, warnings), (self.districts, districts)):
            for row, value in zip(at, values):
                column[row] = value
        self.minority[rows], self.federal[rows] = minority, federal
        self.simpson[rows], self.dissimilarity[rows] = simpson, dissimilarity
        self.difference[rows], self.isolated[rows] = difference, isolated


def _optional(value: float) -> float | None:
    return None if value != value else value  # NaN stands for a figure the school does not have


class ListedSchool(NamedTuple):
    """One school of the list, as the notes under it tell of it."""

    school: str
    school_id: str | None
    year: str | None
    district_source: str
    warnings: tuple[str, ...]


class ScreeningList:
    """Every school of a screening, one row per school and year, as columns (see the module's docstring)."""

    def __init__(self, results: Iterable[SchoolResult] | Figures, rule: Rule):
        self.rule = rule
        with collector.paused():
            if isinstance(results, Figures):
                self._take(results)
            else:  # each result may go once its figures are kept
                self._take(Figures.of([figures(result) for result in results]))
        self._arrange()

    @classmethod
    def from_columns(cls, found: Figures, rule: Rule) -> ScreeningList:
        """The list of schools whose figures are already columns (mgi_columns.screening_list)."""
        return cls(found, rule)

    @classmethod
    def of(cls, results: Sequence[SchoolResult], rule: Rule | None = None) -> ScreeningList:
        """The list of `results`, measured with `rule` (by default the rule of the first result); `results` may
        be an iterator (analysis.measured) when `rule` is given."""
        return cls(results, rule or (results[0].rule if results else Rule()))

    def _take(self, found: Figures) -> None:
        count, width = len(found.names), len(_GROUPS)
        names, ids, districts = found.names, found.codes, found.districts
        codes = [code or "" for code in ids]
        self.school, self.codes = Texts(names), Texts(codes)
        self.coded = np.array([code is not None for code in ids], dtype=bool)
        self.year, self.district_source = _once(found.years), _once(found.sources)
        self.warnings = _once(found.warnings)
        self.warned = np.array([bool(w) for w in self.warnings], dtype=bool)
        self.sources = sorted(set(self.district_source))  # what the schools were compared with, each once
        self.numbers = {"minority_share": found.minority, "simpson": found.simpson,
                        "dissimilarity": found.dissimilarity}
        self.federal = np.where(np.isnan(found.federal), MISSING, found.federal)
        self.withheld = found.withheld
        # The groups some school has a difference for: a group without one is never isolated.
        every = found.difference.reshape(count, width)
        kept = np.flatnonzero(~np.isnan(every).all(axis=0))
        self.groups = tuple(_GROUPS[at] for at in kept)
        self.difference = every[:, kept]
        self.isolated = found.isolated.reshape(count, width)[:, kept]
        # Every school compared with one reference has its district shares (a relative rule needs them): kept once.
        references: dict[tuple[float, ...], int] = {}
        self.reference_of = np.array([references.setdefault(d, len(references)) for d in districts], dtype=np.int32)
        self.references = np.array(list(references), dtype=float).reshape(len(references), width)[:, kept]
        self.texts = {"school": _places([name.casefold() for name in names]),
                      "school_id": _places([code.casefold() for code in codes]),
                      "year": _places([y or "" for y in self.year]), "district_source": _places(self.district_source)}

    def _arrange(self) -> None:
        """What follows from which groups are isolated: their number, the widest gap, and the screening order."""
        self.isolated_groups = self.isolated.sum(axis=1)
        gapped = self.isolated & ~np.isnan(self.difference)
        self.widest_gap = np.where(gapped, np.abs(np.nan_to_num(self.difference)), 0.0).max(axis=1, initial=0.0)
        # Isolated schools first (most isolated groups, then the widest gap), then the rest by name and year;
        # lexsort is stable, so schools alike in all four keep their measuring order, as sorted() did.
        self.order = np.lexsort((self.texts["year"], self.texts["school"], -self.widest_gap, -gapped.sum(axis=1)))

    # The schools' warnings and sources are core.i18n Messages (issue 19), thousands of small objects: pickled as
    # one blob that the window unpickles with the cycle collector paused (it otherwise woke again and again as
    # they were made, 40 ms for a state file, on the window's thread).
    _MESSAGES = ("warnings", "district_source")

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state["_messages"] = pickle.dumps([state.pop(name) for name in self._MESSAGES], pickle.HIGHEST_PROTOCOL)
        return state

    def __setstate__(self, state: dict) -> None:
        with collector.paused():
            said = pickle.loads(state.pop("_messages"))
        self.__dict__.update(state, **dict(zip(self._MESSAGES, said)))

    def __copy__(self) -> ScreeningList:
        found = object.__new__(ScreeningList)
        found.__dict__.update(self.__dict__)
        return found

    def __len__(self) -> int:
        return len(self.school)

    def with_rule(self, rule: Rule) -> ScreeningList:
        """The same schools under `rule`: a group is isolated when `rule` says so of its difference."""
        found = copy.copy(self)
        found.rule = rule
        with np.errstate(invalid="ignore"):  # a group without a difference (NaN) is never isolated
            found.isolated = rule.isolates(self.difference, self.references[self.reference_of])
        found._arrange()
        return found

    # ---- the figures -----------------------------------------------------------------------------------------

    def school_at(self, row: int) -> ListedSchool:
        return ListedSchool(self.school[row], self.values("school_id", [row])[0], self.year[row],
                            self.district_source[row], self.warnings[row])

    def row_of(self, school: ListedSchool) -> int | None:
        """The row of `school` (by name, code and year) in this list, which may be of another reading of the
        file; None when it is not in it."""
        names, start = self.school.as_list(), 0
        while True:
            try:
                row = names.index(school.school, start)
            except ValueError:
                return None
            if (self.values("school_id", [row])[0], self.year[row]) == (school.school_id, school.year):
                return row
            start = row + 1

    def outside_band(self, rows: Sequence[int]) -> list[str]:
        """'Black or African American +51.0; White -48.0' for each school of `rows`: its isolated groups and by
        how many points ('' when none is)."""
        picked = np.asarray(rows, dtype=np.int64)
        isolated = self.isolated[picked]
        in_row, in_group = np.nonzero(isolated)  # row by row, each row's groups in display order
        names = [f"{group} " for _, group in self.groups]
        words = [names[group] + points(gap) for group, gap in zip(in_group.tolist(),
                                                                    self.difference[picked[in_row], in_group].tolist())]
        said, start = [], 0
        for count in isolated.sum(axis=1).tolist():
            said.append("; ".join(words[start:start + count]))
            start += count
        return said

    def value(self, row: int, field: str) -> object:
        """The figure of `field` (one of FIELDS) for the school in `row`, as the export writes it."""
        return self.values(field, [row])[0]

    def values(self, field: str, rows: Sequence[int]) -> list:
        """The figures of `field` for the schools in `rows`."""
        if field in ("school", "year", "district_source"):
            column = self.school.as_list() if field == "school" else getattr(self, field)
            return [column[row] for row in rows]
        if field == "school_id":
            codes = self.codes.as_list()
            return [codes[row] if self.coded[row] else None for row in rows]
        if field == "warnings":
            return [" | ".join(self.warnings[row]) for row in rows]
        if field == "groups_outside_band":
            return self.outside_band(rows)
        if field in ("isolated_groups", "withheld_groups"):
            return (self.isolated_groups if field == "isolated_groups" else self.withheld)[rows].tolist()
        if field == "federal_isolated":
            return [None if federal == MISSING else bool(federal) for federal in self.federal[rows].tolist()]
        return [_optional(number) for number in self.numbers[field][rows].tolist()]

    def rows(self, order: Sequence[int] | np.ndarray | None = None) -> list[dict]:
        """The rows in `order` (by default the screening order) as the export writes them."""
        rows = (self.order if order is None else np.asarray(order, dtype=np.int64)).tolist()
        with collector.paused():  # 100,000 dicts: the collector would look through them again and again
            columns = [self.values(field, rows) for field in FIELDS]
            return [dict(zip(FIELDS, row)) for row in zip(*columns)]

    # ---- ordering and finding --------------------------------------------------------------------------------

    def sort_key(self, field: str) -> np.ndarray:
        """What sorts the list by `field`: numbers as numbers, texts alphabetically (whatever the case), a
        missing figure first. "Which, by how many points" sorts by the widest gap."""
        if field in self.texts:
            return self.texts[field]
        keys = {"isolated_groups": self.isolated_groups, "groups_outside_band": self.widest_gap,
                "federal_isolated": self.federal, "withheld_groups": self.withheld}
        if field in keys:
            return keys[field]
        if field == "warnings":
            return np.array([len(w) for w in self.warnings], dtype=np.int32)
        numbers = self.numbers[field]
        return np.where(np.isnan(numbers), MISSING, numbers)

    def matching(self, text: str) -> np.ndarray:
        """Which schools Find shows for `text`: its name holds the text, or its code is the text."""
        text = text.strip().casefold()
        if not text:
            return np.ones(len(self), dtype=bool)
        return np.fromiter((text in name or text == code
                            for name, code in zip(self.school.folded(), self.codes.folded())),
                           dtype=bool, count=len(self))

    def outside(self) -> np.ndarray:
        """Which schools have a group outside the band."""
        return self.isolated_groups > 0
