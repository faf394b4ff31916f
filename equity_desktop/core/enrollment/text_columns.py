"""A large text file read by columns: pandas' C parser straight into category codes, never into Python rows.

sources.py reads the first rows of such a file as rows (for finding the header and the columns, and for
the preview) and leaves the rest to a TextBody, which reads only the columns a layout uses, each as integer
codes into its distinct cells. A state's CCD membership file of 5 million rows then takes ~300 MB instead
of 8 GB. When pandas cannot read the file as it was read so far (ragged rows, a cell with a line break
in the header rows, NUL bytes), the body reads it row by row as small files are read, below the size
limit for that; above it, a sentence says what to do.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Callable, Collection, Iterable
from pathlib import Path
from typing import Any

import numpy as np

from equity_desktop.core.enrollment.columns import Coded, Columns
from equity_desktop.core.enrollment.errors import EnrollmentFileError

Rows = list[list[Any]]
# (encoding, bytes of BOM, error handling) to try in turn, as sources._read_text tries them.
Attempts = list[tuple[str, int, str]]


def pandas_encoding(encoding: str, bom: int) -> str:
    """The codec name that makes pandas skip the byte-order mark the file starts with."""
    if bom and encoding == "utf-8":
        return "utf-8-sig"
    if bom and encoding.startswith(("utf-16", "utf-32")):
        return encoding[:6]  # "utf-16" reads the BOM and takes the byte order from it
    return encoding


class TextBody:
    """The rows of a large text file below its first ones, read a column at a time."""

    def __init__(self, path: Path, attempts: Attempts, delimiter: str, head: Rows,
                 read_rows: Callable[[], Rows], too_large_for_rows: str | None):
        self.path, self.attempts, self.delimiter, self.head = path, attempts, delimiter, head
        self._read_rows, self._too_large = read_rows, too_large_for_rows
        self._rows: Rows | None = None
        self._row_count: int | None = None

    @property
    def row_count(self) -> int:
        """Rows in the file (records; a quoted line break does not start one)."""
        if self._rows is not None:
            return len(self._rows)
        if self._row_count is None:
            self._row_count = self._count_records()
        return self._row_count

    def rows(self) -> Rows:
        """Every row as a list of cells, as a small text file is read (a student-level file needs them)."""
        if self._rows is None:
            if self._too_large:
                raise EnrollmentFileError(self.path, self._too_large)
            self._rows = self._read_rows()
        return self._rows

    def columns(self, header_row: int, numbers: Collection[int] = ()) -> Columns:
        """The rows below `header_row` by columns; `numbers` are the columns of counts (their text may be read
        as the number it spells: "007" and "7" count the same)."""
        if self._rows is not None or any("\n" in str(v) or "\r" in str(v) for row in self.head[:header_row]
                                         for v in row):
            return Columns.of_rows(self.rows()[header_row:], header_row + 1)  # lines and rows differ above
        width = max((len(row) for row in self.head), default=0)
        below = self.head[header_row:]
        # pandas reads a column of number-like text as numbers ("0417" as 417): a code keeps its text.
        exact = {i for i in range(width) if i not in numbers and _number_like(row[i] for row in below if i < len(row))}
        return Columns(None, header_row + 1, lambda indices: self._read(header_row, indices, width, exact))

    def _read(self, header_row: int, indices: list[int], width: int, exact: set[int]) -> dict[int, Coded]:
        import pandas as pd  # here: a third of a second to import, and only large text files need it

        wanted = [i for i in indices if i < width] or [0]
        for encoding, bom, errors in self.attempts:
            merged = {i: _Merged() for i in wanted}
            try:
                chunks = pd.read_csv(self.path, sep=self.delimiter, header=None, names=range(width),
                                     skiprows=header_row, usecols=wanted, na_filter=False, keep_default_na=False,
                                     dtype={i: str if i in exact else "category" for i in wanted},
                                     skip_blank_lines=False, quotechar='"', doublequote=True,
                                     encoding=pandas_encoding(encoding, bom), encoding_errors=errors, engine="c",
                                     chunksize=_CHUNK_ROWS)
                for chunk in chunks:
                    for i in wanted:
                        merged[i].add(chunk[i])
            except UnicodeDecodeError:
                continue
            except (ValueError, pd.errors.ParserError):  # ragged rows, NULs: read as small files are read
                return self._by_rows(header_row, indices)
            break
        else:
            return self._by_rows(header_row, indices)
        found = {i: merged[i].coded() for i in wanted}
        length = len(found[wanted[0]].codes)
        self._row_count = header_row + length
        missing = Coded(np.zeros(length, dtype=np.int64), [None])  # a column past every row's end
        return {i: found.get(i, missing) for i in indices}

    def _by_rows(self, header_row: int, indices: list[int]) -> dict[int, Coded]:
        body = Columns.of_rows(self.rows()[header_row:], header_row + 1)
        body.load(indices)
        return {i: body.column(i) for i in indices}

    def _count_records(self) -> int:
        encoding, bom, errors = self.attempts[0]
        with open(self.path, encoding=pandas_encoding(encoding, bom), errors="replace", newline="") as file:
            return sum(1 for _ in csv.reader(file, delimiter=self.delimiter))


_CHUNK_ROWS = 1_000_000


def _number_like(cells: Iterable[object]) -> bool:
    """Some cell reads as a number (or true/false): pandas would turn the column's text into numbers."""
    for cell in cells:
        text = str(cell).strip().lower()
        if text in ("true", "false"):
            return True
        try:
            float(text)
            return True
        except ValueError:
            continue
    return False


class _Merged:
    """One column read chunk by chunk, coded against the distinct cells of every chunk so far."""

    def __init__(self) -> None:
        self.index: dict[object, int] = {}
        self.values: list[object] = []
        self.parts: list[np.ndarray] = []

    def _code(self, value: object) -> int:
        code = self.index.get(value)
        if code is None:
            code = self.index[value] = len(self.values)
            self.values.append(value)
        return code

    def add(self, series: Any) -> None:
        import pandas as pd

        if isinstance(series.dtype, pd.CategoricalDtype):
            codes, cells = series.cat.codes.to_numpy(), series.cat.categories.tolist()
        else:
            codes, uniques = pd.factorize(series.to_numpy(dtype=object), use_na_sentinel=True)
            cells = list(uniques)
        # A number pandas read may not be finite ("1e999"): kept as the text it was, which is no count.
        cells = [cell if not isinstance(cell, float) or math.isfinite(cell) else str(cell) for cell in cells]
        ids = np.array([self._code(cell) for cell in cells] + [self._code(None)], dtype=np.int32)
        self.parts.append(ids[codes])  # code -1 (a cell missing from a short row) takes the last: None

    def coded(self) -> Coded:
        codes = np.concatenate(self.parts) if self.parts else np.zeros(0, dtype=np.int32)
        return Coded(codes, self.values)
