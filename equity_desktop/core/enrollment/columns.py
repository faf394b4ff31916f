"""A sheet's data rows as columns of codes: each column an integer array into the column's distinct cells.

What a row means (which school, which group, which kind of row) depends on a few distinct values per
column, never on each of millions of cells. The builders decide once per distinct value, or per distinct
combination of values, in Python, and spread the decision over the rows with numpy. A large text file is
read straight into such columns by pyarrow (dictionary-encoded, only the columns a layout uses), so
its cells never become Python rows: 5 million CCD rows take about 60 bytes each instead of 1.7 KB.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

import numpy as np

from equity_desktop.core.enrollment.cells import is_blank


@dataclass
class Coded:
    """One column: `codes[i]` is the index in `values` of row i's cell (None for a missing cell)."""

    codes: np.ndarray
    values: list[object]

    def spread(self, per_value: Sequence[object], dtype: Any = None) -> np.ndarray:
        """The per-value decisions as a per-row array."""
        return np.asarray(per_value, dtype=dtype)[self.codes]


def _hashable(value: object) -> object:
    # True == 1 == 1.0 for a dict; a boolean cell is not the number 1 (parse_number refuses it).
    return ("\0bool", value) if isinstance(value, bool) else value


def code_cells(cells: Iterable[object]) -> Coded:
    """A column of Python cells as codes, each distinct cell once, in the order first seen."""
    cells = cells if isinstance(cells, list) else list(cells)
    if bool not in set(map(type, cells)):  # every cell its own key: the dict does the work, in C
        distinct = list(dict.fromkeys(cells))
        places = {value: code for code, value in enumerate(distinct)}
        return Coded(np.fromiter(map(places.__getitem__, cells), dtype=np.int64, count=len(cells)), distinct)
    index: dict[object, int] = {}
    values: list[object] = []
    codes = []
    for value in cells:
        key = _hashable(value)
        code = index.get(key)
        if code is None:
            code = index[key] = len(values)
            values.append(value)
        codes.append(code)
    return Coded(np.asarray(codes, dtype=np.int64), values)


class Columns:
    """The data rows of a sheet (from its first row below the header), a column at a time.

    `fetch` loads the columns asked for (a text file reads them from disk; rows already in memory are
    coded); each is loaded once. `blank` marks the rows with no cell at all, `numeric` those with a cell
    that is a number (a workbook's typed cells; text files have none).
    """

    def __init__(self, length: int | None, first_row: int, fetch: Callable[[list[int]], dict[int, Coded]],
                 blank: np.ndarray | None = None, numeric: np.ndarray | None = None):
        self._length, self.first_row = length, first_row  # a text file's length is known once a column is read
        self._fetch = fetch
        self._loaded: dict[int, Coded] = {}
        self._blank = blank
        self._numeric = numeric

    @property
    def length(self) -> int:
        if self._length is None:
            self.load([0])
        return self._length or 0

    @property
    def numeric(self) -> np.ndarray:
        return self._numeric if self._numeric is not None else np.zeros(self.length, dtype=bool)

    def blank_rows(self, indices: Iterable[int]) -> np.ndarray:
        """Rows with no cell at all; of a text file read by columns, no cell in these columns."""
        if self._blank is not None:
            return self._blank
        blank = np.ones(self.length, dtype=bool)
        columns = [self.column(index) for index in indices]
        decided = [[is_blank(v) for v in column.values] for column in columns]
        if not all(any(said) for said in decided):  # a column never blank: no row is blank in all of them
            return np.zeros(self.length, dtype=bool)
        for column, said in zip(columns, decided):
            blank &= column.spread(said, bool)
        return blank

    @classmethod
    def of_rows(cls, rows: Sequence[Sequence[object]], first_row: int, *, whole_rows: bool = True) -> Columns:
        """Rows already in memory (a workbook's, a small text file's). Without `whole_rows`, which rows are blank
        or hold a number is not worked out (the caller looks at the rows it needs)."""
        shortest = min(map(len, rows), default=0)

        def fetch(indices: list[int]) -> dict[int, Coded]:
            return {i: code_cells(list(map(itemgetter(i), rows)) if i < shortest else
                                  [row[i] if i < len(row) else None for row in rows]) for i in indices}

        if not whole_rows:
            return cls(len(rows), first_row, fetch)
        blank = np.fromiter((all(is_blank(v) for v in row) for row in rows), dtype=bool, count=len(rows))
        numeric = np.fromiter((any(isinstance(v, (int, float)) and not isinstance(v, bool) for v in row)
                               for row in rows), dtype=bool, count=len(rows))
        return cls(len(rows), first_row, fetch, blank, numeric)

    def load(self, indices: Iterable[int]) -> None:
        """Load these columns now, in one pass over the file."""
        missing = sorted({i for i in indices if i not in self._loaded})
        if missing:
            fetched = self._fetch(missing)
            self._loaded.update(fetched)
            if self._length is None:
                self._length = len(fetched[missing[0]].codes)

    def column(self, index: int | None) -> Coded:
        """The column at `index`; a column the sheet does not have is every cell missing."""
        if index is None:
            return Coded(np.zeros(self.length, dtype=np.int64), [None])
        self.load([index])
        return self._loaded[index]

    def combined(self, indices: Sequence[int | None]) -> tuple[np.ndarray, list[tuple]]:
        """Codes of each row's combination of cells in these columns, numbered in the order first seen,
        and each combination's cells."""
        parts = [self.column(i) for i in indices]
        length = self.length
        starts = None  # the rows where some cell changes: a file lists each school's rows together
        if length > _RUNS_FROM and parts:
            changes = np.zeros(length, dtype=bool)
            changes[0] = True
            for part in parts:
                changes[1:] |= part.codes[1:] != part.codes[:-1]
            starts = np.flatnonzero(changes)
            if len(starts) * 4 >= length:
                starts = None
        key = np.zeros(length if starts is None else len(starts), dtype=np.int64)
        radix = 1
        for part in parts:
            size = max(len(part.values), 1)
            if radix * size >= 1 << 62:  # renumber what is combined so far before it overflows
                key = first_seen(key)[0]
                radix = int(key.max()) + 1 if len(key) else 1
            key = key * size + (part.codes if starts is None else part.codes[starts]).astype(np.int64, copy=False)
            radix *= size
        codes, firsts = first_seen(key)
        if starts is not None:  # each run's code spread over its rows
            codes, firsts = np.repeat(codes, np.diff(np.append(starts, length))), starts[firsts]
        cells = [[part.values[code] for code in part.codes[firsts].tolist()] for part in parts]
        return codes, list(zip(*cells)) if parts else [() for _ in range(len(firsts))]

    def row_numbers(self, mask: np.ndarray) -> np.ndarray:
        """The sheet's row numbers of the rows in `mask`."""
        return np.flatnonzero(mask) + self.first_row


_BY_SORTING = 1_000_000  # rows below which numpy sorts the keys; above, pyarrow (or pandas) hashes them (no sort)


def first_seen(key: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(codes numbered in order of first appearance, the row where each code first appears)."""
    if len(key) > _RUNS_FROM:
        # A large file lists each school's rows together: its keys come in runs, and each run counts once.
        starts = np.flatnonzero(np.concatenate(([True], key[1:] != key[:-1])))
        if len(starts) * 4 < len(key):
            codes, firsts = first_seen(key[starts])
            return np.repeat(codes, np.diff(np.append(starts, len(key)))), starts[firsts]
    if len(key) and key.min() >= 0 and key.max() < _BY_RANGE * len(key) + 1024:
        return _first_seen_in_range(key)
    if len(key) < _BY_SORTING:  # numpy's sort: nothing more to import for a file of a few hundred thousand rows
        distinct, firsts, inverse = np.unique(key, return_index=True, return_inverse=True)
        renumbered = np.empty(len(distinct), dtype=np.int64)
        renumbered[np.argsort(firsts, kind="stable")] = np.arange(len(distinct))
        return renumbered[inverse.reshape(-1)], np.sort(firsts)
    codes = _hashed(key)
    if not len(codes):
        return codes, codes
    # Codes count up from 0 as they first appear, so a row whose code is above every earlier one is a first.
    before = np.maximum.accumulate(np.concatenate(([-1], codes[:-1])))
    return codes, np.flatnonzero(codes > before)


_RUNS_FROM = 100_000  # rows from which runs of one key are looked for
_BY_RANGE = 4  # keys below this many times the rows (unit and group numbers): each key's first row by indexing


def _first_seen_in_range(key: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """first_seen of keys in a small range (numbers of units, of groups, of their pairs): each key's first row is
    the least row holding it, found by indexing (5 million rows: 0.1 s, against ~0.5 s for hashing them)."""
    rows = len(key)
    first = np.full(int(key.max()) + 1, rows, dtype=np.int64)
    np.minimum.at(first, key, np.arange(rows, dtype=np.int64))
    present = np.flatnonzero(first < rows)
    order = present[np.argsort(first[present], kind="stable")]
    renumbered = np.empty(len(first), dtype=np.int64)
    renumbered[order] = np.arange(len(order), dtype=np.int64)
    return renumbered[key], first[order]


def _hashed(key: np.ndarray) -> np.ndarray:
    """Each key numbered in the order first seen, by hashing: pyarrow's dictionary encoding (already loaded for a
    large text file), else pandas' factorize; both number the keys as they come."""
    try:
        import pyarrow as pa
    except ImportError:
        import pandas as pd  # here, not at the top: pandas takes a third of a second to import

        return pd.factorize(key)[0].astype(np.int64, copy=False)
    return integers(pa.array(key).dictionary_encode().indices).astype(np.int64)


def integers(array: Any) -> np.ndarray:
    """A pyarrow array of integers without nulls as a numpy view of its buffer (pyarrow's own to_numpy imports
    pandas, a third of a second, for this)."""
    dtype = np.dtype(array.type.to_pandas_dtype())
    return np.frombuffer(array.buffers()[1], dtype=dtype, count=len(array), offset=array.offset * dtype.itemsize)


def group_sums(keys: np.ndarray, values: np.ndarray, available: np.ndarray, present: np.ndarray,
               size: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per key in range(size): the sum of the available values, whether any value was not available
    (suppressed), and whether any value was there at all (a blank cell is no part of a sum)."""
    sums = np.bincount(keys, weights=np.where(available, values, 0.0), minlength=size)
    withheld = np.bincount(keys, weights=(present & ~available).astype(np.float64), minlength=size) > 0
    seen = np.bincount(keys, weights=present.astype(np.float64), minlength=size) > 0
    return sums, withheld, seen
