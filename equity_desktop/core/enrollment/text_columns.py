"""A large text file read by columns, straight into category codes, never into Python rows.

sources.py reads the first rows of such a file as rows (for finding the header and the columns, and for
the preview) and leaves the rest to a TextBody, which reads only the columns a layout uses, each as integer
codes into its distinct cells. Where pyarrow is installed, its CSV reader does it on every core, each column
dictionary-encoded (a state's CCD membership file of 5 million rows: ~2.5 s instead of ~5 s), for the UTF-8
files whose rows are all as wide as the first ones. Otherwise — and in the installers, which leave pyarrow
out (docs/architecture.md, "Reading large text files") — pandas' C parser reads them chunk by chunk, to the
same codes. When pandas cannot read the file as it was read so far (ragged rows, a cell with a line break in
the header rows), the body reads it row by row as small files are read, below the size limit for that;
above it, a sentence says what to do.
"""

from __future__ import annotations

import codecs
import csv
import math
import threading
from collections.abc import Callable, Collection, Iterable
from pathlib import Path
from typing import Any

import numpy as np

from equity_desktop.core.enrollment.columns import Coded, Columns, integers
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
        wanted = [i for i in indices if i < width] or [0]
        found = _by_arrow(self.path, self.attempts[0], self.delimiter, header_row, wanted, width)
        if found is _NOT_UTF8:  # pandas decodes only the cells it reads: it is told the file is not UTF-8
            self.attempts = self.attempts[1:]
        if not isinstance(found, dict):
            found = self._by_pandas(header_row, indices, wanted, width, exact)
            if found is None:
                return self._by_rows(header_row, indices)
        length = len(found[wanted[0]].codes)
        self._row_count = header_row + length
        missing = Coded(np.zeros(length, dtype=np.int64), [None])  # a column past every row's end
        return {i: found.get(i, missing) for i in indices}

    def _by_pandas(self, header_row: int, indices: list[int], wanted: list[int], width: int,
                   exact: set[int]) -> dict[int, Coded] | None:
        """The columns read by pandas' C parser chunk by chunk; None when pandas cannot read the file."""
        import pandas as pd  # here: a third of a second to import, and only unusual large text files need it

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
                return None
            break
        else:
            return None
        return {i: merged[i].coded() for i in wanted}

    def _by_rows(self, header_row: int, indices: list[int]) -> dict[int, Coded]:
        body = Columns.of_rows(self.rows()[header_row:], header_row + 1)
        body.load(indices)
        return {i: body.column(i) for i in indices}

    def _count_records(self) -> int:
        encoding, bom, errors = self.attempts[0]
        with open(self.path, encoding=pandas_encoding(encoding, bom), errors="replace", newline="") as file:
            return sum(1 for _ in csv.reader(file, delimiter=self.delimiter))


_CHUNK_ROWS = 1_000_000
_ARROW_BLOCK = 4 << 20  # bytes each of pyarrow's threads parses at a time
_QUOTE_LOOK = 1 << 20  # bytes of the file's start looked at for a quote before reading
_SCAN_BLOCK = 8 << 20  # bytes read at a time while looking for a quote further on


_NOT_UTF8 = "not UTF-8"  # _by_arrow's answer for a file read as UTF-8 so far with a byte further on that is not


def _by_arrow(path: Path, attempt: tuple[str, int, str], delimiter: str, header_row: int, wanted: list[int],
              width: int) -> dict[int, Coded] | str | None:
    """The columns `wanted` below `header_row`, read by pyarrow on every core, each dictionary-encoded; None when
    pyarrow does not read the file as the csv module would (a row narrower or wider than `width`, a cell that is
    not UTF-8 where errors are replaced, another encoding), and pandas or the row reader read it instead;
    _NOT_UTF8 when some byte of the file is not UTF-8 (the row reader then reads all of it as Windows-1252).

    The cells are exactly those of the csv module's reading: text, "" for an empty cell (an empty line is a row
    of empty cells, as pandas reads it), NULs dropped as sources._text_pieces drops them."""
    encoding = attempt[0]
    if encoding != "utf-8" or width < 2:
        return None
    try:
        import pyarrow as pa
        import pyarrow.csv as pacsv
    except ImportError:  # a source install without pyarrow: pandas reads the file
        return None
    strict = attempt[2] == "strict"
    with open(path, "rb") as file:
        quoted = b'"' in file.read(_QUOTE_LOOK)
    # A quoted cell may hold a line break: pyarrow then finds where rows end by reading the quotes, which is slower
    # and so done only for a file with a quote. Without one in its first megabyte, the file is read the fast way
    # while another thread looks for a quote further on; finding one, it is read again the careful way. The same
    # thread checks that the whole file is UTF-8 (pyarrow checks only the columns it reads), as the row reader
    # decodes the whole file as UTF-8 or, failing that, as Windows-1252.
    survey: list[tuple[bool, bool]] = []
    looking = None
    if strict or not quoted:
        looking = threading.Thread(target=lambda: survey.append(_survey(path, strict)), daemon=True)
        looking.start()
    names = [f"c{i}" for i in range(width)]
    text = pa.dictionary(pa.int32(), pa.string())
    convert = pacsv.ConvertOptions(include_columns=[names[i] for i in wanted], column_types={names[i]: text
                                                                                             for i in wanted},
                                   null_values=[], true_values=[], false_values=[], strings_can_be_null=False,
                                   quoted_strings_can_be_null=False)
    read = pacsv.ReadOptions(skip_rows=header_row, column_names=names, block_size=_ARROW_BLOCK)

    def parsed(newlines_in_values: bool) -> Any:
        options = pacsv.ParseOptions(delimiter=delimiter, quote_char='"', double_quote=True, escape_char=False,
                                     newlines_in_values=newlines_in_values, ignore_empty_lines=False)
        return pacsv.read_csv(path, read_options=read, parse_options=options, convert_options=convert)

    try:
        table = parsed(quoted)
        if looking is not None:
            looking.join()
            if not survey:  # the file could not be read through
                return None
            quote_further, utf8 = survey[0]
            if not utf8:
                return _NOT_UTF8
            if quote_further and not quoted:
                table = parsed(True)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, OSError):
        return None
    if table.num_rows == 0:
        return None
    columns = {i: table.column(names[i]) for i in wanted}
    del table
    found = {}
    for i in wanted:  # each column's arrow arrays let go once it is coded: the file's columns are never twice in memory
        found[i] = _dictionary_coded(columns.pop(i))
    pa.default_memory_pool().release_unused()  # what the parse used goes back to the system for the counting
    return found


def _survey(path: Path, strict: bool) -> tuple[bool, bool]:
    """(whether the file holds a quote, whether all of it is UTF-8: asked only when `strict`), read a block at a time
    into one buffer (a memory map would count the whole file in the process's memory)."""
    block = bytearray(_SCAN_BLOCK)
    decoder = codecs.getincrementaldecoder("utf-8")("strict") if strict else None
    quoted = False
    try:
        with open(path, "rb") as file:
            while size := file.readinto(block):
                quoted = quoted or block.find(b'"', 0, size) >= 0
                if decoder is not None:
                    data = block if size == len(block) else block[:size]
                    if not data.isascii() or decoder.getstate()[0]:  # plain ASCII needs no decoding
                        decoder.decode(data)
                elif quoted:
                    break
            if decoder is not None:
                decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return quoted, False
    return quoted, True


def _dictionary_coded(column: Any) -> Coded:
    """A dictionary-encoded pyarrow column as codes into its distinct cells, numbered in the order first seen
    (pyarrow numbers each chunk's cells as they come, and unifying the chunks appends each new cell)."""
    column = column.unify_dictionaries()
    values = column.chunk(0).dictionary.to_pylist()
    if any("\x00" in value for value in values):  # a padded or cut-off export: the row reader drops NULs too
        values = [value.replace("\x00", "") for value in values]
    codes = np.concatenate([integers(chunk.indices) for chunk in column.chunks])
    return Coded(codes, values)


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
