"""Reading a spreadsheet file into rows of cell values, whatever format it came in.

Readers are registered by what the file *is* (its first bytes), not only by
its name: a PNG renamed .xlsx or an HTML error page saved as .xls get a
sentence, not a crash. python-calamine reads every format fast; when it fails
(it does on some malformed files) the format's pure-Python reader tries next.

Whatever the file holds, reading it ends in rows or in one EnrollmentFileError:
limits.py inspects a workbook before any reader sees it (python-calamine aborts
the process where Python would raise), a reader's Rust panic counts as that
reader failing, and text is decoded whatever its encoding.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import functools
import io
import itertools
import os
import sys
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from equity_desktop.core.enrollment import limits
from equity_desktop.core.enrollment.cells import quoted, shortened
from equity_desktop.core.enrollment.columns import Columns
from equity_desktop.core.enrollment.errors import EnrollmentFileError
from equity_desktop.core.enrollment.text_columns import TextBody
from equity_desktop.core.i18n.message import Grouped, Message

Rows = list[list[Any]]  # a cell is whatever a reader gives: str, float, int, bool, datetime, None
RESAVE = Message("error.resave")  # "Open it in Excel or LibreOffice, save it again as .xlsx or .csv, …"
OUT_OF_MEMORY = Message("error.out_of_memory")  # "the computer ran out of memory reading this file; …"
# Bytes no text table holds (all controls but tab, line feed, form feed and carriage return).
_CONTROL = bytes(range(0, 9)) + b"\x0b" + bytes(range(14, 32)) + b"\x7f"
_BOMS = ((b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\xef\xbb\xbf", "utf-8"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


@dataclass(frozen=True)
class SheetInfo:
    name: str
    index: int  # 1-based, as a person counts the tabs
    hidden: bool = False


# What a reader returns on opening a file: the sheets, how to load one, how to close the file.
Opened = tuple[tuple[SheetInfo, ...], Callable[[SheetInfo], Rows], Callable[[], object]]


@dataclass
class Sheet:
    """A sheet read: its rows, or for a large text file its first rows and `body`, which reads the rest by columns."""

    path: Path
    name: str
    rows: Rows
    reader: str
    sheets: tuple[SheetInfo, ...]
    body: TextBody | None = None

    @property
    def row_count(self) -> int:
        return self.body.row_count if self.body else len(self.rows)

    def columns(self, header_row: int, numbers: Collection[int] = ()) -> Columns:
        """The rows below the header (`header_row`, counted from 1) as columns; `numbers` hold counts."""
        if self.body:
            return self.body.columns(header_row, numbers)
        return Columns.of_rows(self.rows[header_row:], header_row + 1)

    def all_rows(self) -> Rows:
        """Every row; of a large text file, read now (a student-level file is counted row by row)."""
        return self.body.rows() if self.body else self.rows


def kind_of(path: Path) -> str:
    """What the file is by its first bytes: xlsx, ods, xls, text, or a word for what it is not."""
    try:
        with open(path, "rb") as file:
            head = file.read(2048)
    except FileNotFoundError:
        raise EnrollmentFileError(path, Message("error.file_missing")) from None
    except OSError as error:
        raise EnrollmentFileError(path, Message("error.file_unreadable", reason=str(error.strerror))) from None
    if not head:
        raise EnrollmentFileError(path, Message("error.file_empty"))
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):  # Excel's "Unicode Text": UTF-16
        return "text"
    if head.startswith(b"PK\x03\x04"):
        return "ods" if b"mimetypeapplication/vnd.oasis.opendocument" in head else "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "xls"
    for magic, what in ((b"\x89PNG", "error.a_png"), (b"\xff\xd8\xff", "error.a_jpeg"), (b"%PDF", "error.a_pdf"),
                        (b"GIF8", "error.a_gif")):
        if head.startswith(magic):
            raise EnrollmentFileError(path, Message("error.not_a_spreadsheet", what=Message(what)))
    lowered = head.lstrip(b"\xef\xbb\xbf \r\n\t").lower()
    if lowered.startswith(b"<?xml") and b"<html" not in lowered:
        raise EnrollmentFileError(path, Message("error.xml_file", resave=RESAVE))
    if lowered.startswith((b"<!doctype html", b"<html", b"<head")) or b"<html" in lowered[:512]:
        raise EnrollmentFileError(path, Message("error.web_page"))
    if b"\x00" in head and not _wide_encoding(head):
        # NULs alone (a padded or cut-off export) are dropped from text; other control bytes mean binary.
        text = head.replace(b"\x00", b"")
        if not text or len(text) - len(text.translate(None, _CONTROL)) > len(text) // 10:
            raise EnrollmentFileError(path, Message("error.not_a_table", resave=RESAVE))
    return "text"


def list_sheets(path: Path | str) -> tuple[SheetInfo, ...]:
    """Every sheet of the file, hidden ones included and marked."""
    path = Path(path)
    return _read(path, kind_of(path), names_only=True).sheets


def read_sheet(path: Path | str, sheet: str | int | None = None) -> Sheet:
    """The rows of one sheet, chosen by name (spaces and case forgiven) or 1-based index.

    Without a choice, the first visible sheet named for schools ("School", "Schools", "Campus"), else the
    first visible sheet: a workbook of State, District and School sheets is about its schools.
    """
    path = Path(path)
    return _read(path, kind_of(path), choice=sheet)


_SCHOOL_SHEET_WORDS = {"school", "schools", "campus", "campuses", "building", "buildings", "site", "sites"}


def sheet_words(name: str) -> set[str]:
    """The words of a sheet's name, lower case ("School Enrollment " -> {"school", "enrollment"})."""
    return set("".join(ch.lower() if ch.isalnum() else " " for ch in name).split())


def choose_sheet(path: Path, sheets: tuple[SheetInfo, ...], choice: str | int | None) -> SheetInfo:
    if not sheets:
        raise EnrollmentFileError(path, Message("error.no_sheets", resave=RESAVE))
    if choice is None:
        visible = [info for info in sheets if not info.hidden] or list(sheets)
        return next((info for info in visible if sheet_words(info.name) & _SCHOOL_SHEET_WORDS), visible[0])
    if isinstance(choice, str):
        for info in sheets:
            if info.name == choice:
                return info
        for info in sheets:
            if info.name.strip().casefold() == choice.strip().casefold():
                return info
        number = choice.strip()
        if not (number.isascii() and number.isdigit() and len(number) < 10):  # int() refuses "²" and 5,000 digits
            names = ", ".join(quoted(info.name) for info in sheets[:20]) + (" …" if len(sheets) > 20 else "")
            raise EnrollmentFileError(path, Message("error.no_sheet_named", sheet=quoted(choice), sheets=names))
        choice = int(number)
    if 1 <= choice <= len(sheets):
        return sheets[choice - 1]
    raise EnrollmentFileError(path, Message("error.no_sheet_numbered", number=str(choice), n=len(sheets)))


def _read(path: Path, kind: str, *, choice: str | int | None = None, names_only: bool = False) -> Sheet:
    try:
        if kind == "text":
            return _read_text(path)
        return _read_workbook(path, kind, choice, names_only)
    except MemoryError:
        raise EnrollmentFileError(path, OUT_OF_MEMORY) from None


def _read_workbook(path: Path, kind: str, choice: str | int | None, names_only: bool) -> Sheet:
    clearance = limits.inspect_workbook(path, kind)
    failures = []
    for name, reader in _READERS[kind]:
        if name in clearance.skip:
            failures.append(f"{name}: not tried, {clearance.skip[name]}")
            continue
        try:
            with _quiet():
                sheets, load, close = reader(path)
        except MemoryError:
            raise
        except BaseException as error:  # a Rust panic is a BaseException: it means this reader failed
            _reraise_if_fatal(error)
            failures.append(f"{name}: {_short(error)}")
            continue
        try:
            info = choose_sheet(path, sheets, choice)
            with _quiet():
                rows = [] if names_only else load(info)
            return Sheet(path, info.name, rows, name, sheets)
        except (EnrollmentFileError, MemoryError):
            raise
        except BaseException as error:
            _reraise_if_fatal(error)
            failures.append(f"{name}: {_short(error)}")
        finally:
            _close_quietly(close)
    raise EnrollmentFileError(path, Message("error.no_reader", kind=kind, failures="; ".join(failures)))


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """A reader's chatter kept off the terminal: descriptor 2 to the null device, Python's stdout to nowhere.

    A Rust panic in python-calamine is caught (it only means: try the next reader), but Rust's panic hook
    has already written the panic and a backtrace to descriptor 2, where `equity-desktop mgi` owes one
    sentence; openpyxl's warnings land there too, and odfpy prints a whole content.xml it cannot parse to
    stdout, where `mgi --format json` writes JSON. Readers run on one thread (the command line, or the
    GUI's worker process), so nothing else is writing meanwhile.
    """
    with contextlib.redirect_stdout(io.StringIO()):
        try:
            saved = os.dup(2)
        except OSError:  # no descriptor 2 (a windowed Windows build): nothing to mute
            yield
            return
        try:
            null = os.open(os.devnull, os.O_WRONLY)
            try:
                os.dup2(null, 2)
            finally:
                os.close(null)
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)


def _reraise_if_fatal(error: BaseException) -> None:
    """Ctrl+C and exit pass through; anything else a reader raises (pyo3's PanicException too) is its failure."""
    if isinstance(error, (KeyboardInterrupt, SystemExit, GeneratorExit)):
        raise error


def _close_quietly(close: Callable[[], object]) -> None:
    try:
        close()
    except BaseException as error:  # a reader that failed may fail to close too; the failure is already told
        _reraise_if_fatal(error)


def _short(error: BaseException) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return shortened(text, 160)


def _calamine(path: Path) -> Opened:
    import python_calamine

    workbook = python_calamine.CalamineWorkbook.from_path(str(path))
    sheets = tuple(SheetInfo(meta.name, number, meta.visible != python_calamine.SheetVisibleEnum.Visible)
                   for number, meta in enumerate(workbook.sheets_metadata, start=1)
                   if meta.typ == python_calamine.SheetTypeEnum.WorkSheet)

    def load(info: SheetInfo) -> Rows:
        sheet = workbook.get_sheet_by_name(info.name)
        # Rows are padded from A1 (so that row numbers are the sheet's); limits.py has checked the cells, this
        # checks the padding calamine is about to allocate, in case a reader placed a cell where it did not.
        end = sheet.end
        if end is not None and (end[0] + 1) * (end[1] + 1) > limits.MAX_CELLS:
            raise limits.too_many_cells(path, info.name, info.name, end[0] + 1, end[1] + 1)
        return sheet.to_python(skip_empty_area=False)

    return sheets, load, workbook.close


def _openpyxl(path: Path) -> Opened:
    import openpyxl

    # Opened here, so that it is closed here: openpyxl leaves its own file open when a part fails to parse.
    stream = open(path, "rb")  # noqa: SIM115 - closed by close() below, or at once on failure
    try:
        workbook = openpyxl.load_workbook(stream, read_only=True, data_only=True)
        sheets = tuple(SheetInfo(ws.title, number, ws.sheet_state != "visible")
                       for number, ws in enumerate(workbook.worksheets, start=1))
    except BaseException:
        stream.close()
        raise

    def load(info: SheetInfo) -> Rows:
        return [list(row) for row in workbook[info.name].iter_rows(values_only=True)]

    def close() -> None:
        try:
            workbook.close()
        finally:
            stream.close()

    return sheets, load, close


def _xlrd(path: Path) -> Opened:
    import xlrd

    # From memory (an .xls is small), so that no file stays open when xlrd fails half-way; its warnings went to
    # stdout, where `mgi --format json` writes JSON.
    book = xlrd.open_workbook(file_contents=path.read_bytes(), on_demand=True, logfile=io.StringIO())
    sheets = tuple(SheetInfo(name, number, book.sheet_by_name(name).visibility != 0)
                   for number, name in enumerate(book.sheet_names(), start=1))

    def load(info: SheetInfo) -> Rows:
        sheet = book.sheet_by_name(info.name)
        return [sheet.row_values(index) for index in range(sheet.nrows)]

    return sheets, load, book.release_resources


def _odf(path: Path) -> Opened:
    import pandas

    with open(path, "rb") as stream:  # closed whatever odfpy makes of it
        frames = pandas.read_excel(stream, sheet_name=None, header=None, engine="odf")
    sheets = tuple(SheetInfo(name, number) for number, name in enumerate(frames, start=1))

    def load(info: SheetInfo) -> Rows:
        return frames[info.name].astype(object).where(frames[info.name].notna(), None).values.tolist()

    return sheets, load, lambda: None


_READERS: dict[str, tuple[tuple[str, Callable[[Path], Opened]], ...]] = {
    "xlsx": (("python-calamine", _calamine), ("openpyxl", _openpyxl)),
    "xls": (("python-calamine", _calamine), ("xlrd", _xlrd)),
    "ods": (("python-calamine", _calamine), ("odfpy", _odf)),
}


def _wide_encoding(head: bytes) -> str | None:
    """UTF-32 or UTF-16 without a BOM, told by where the NUL bytes fall (ASCII text: every other byte, or three
    of four); None for 8-bit text."""
    count = min(len(head), 4096) // 4 * 4
    if count < 4 or b"\x00" not in head[:count]:
        return None
    zeros = [head[offset:count:4].count(0) for offset in range(4)]
    quarter, half = count // 4, count // 2
    odd, even = zeros[1] + zeros[3], zeros[0] + zeros[2]
    if zeros[1] + zeros[2] + zeros[3] > 2.4 * quarter and zeros[0] < 0.3 * quarter:
        guess = "utf-32-le"
    elif zeros[0] + zeros[1] + zeros[2] > 2.4 * quarter and zeros[3] < 0.3 * quarter:
        guess = "utf-32-be"
    elif odd > 0.4 * half and even < 0.1 * half:
        guess = "utf-16-le"
    elif even > 0.4 * half and odd < 0.1 * half:
        guess = "utf-16-be"
    else:
        return None
    # Binary data can fall into the same pattern; text decodes to few control characters.
    sample = head[:count].decode(guess, "replace")
    bad = sum(1 for char in sample if (char < " " and char not in "\t\n\r\f") or char == "\ufffd")
    return guess if bad <= len(sample) // 20 else None


def text_encoding(head: bytes) -> tuple[str, int, str]:
    """(encoding, BOM length, error handling) of a text file by its first bytes: a BOM (UTF-8, UTF-16, UTF-32),
    else UTF-16/32 by its NUL bytes, else UTF-8 tried strictly (the caller falls back to Windows-1252, Excel's
    "CSV", and to Latin-1 for the five bytes Windows-1252 leaves undefined).
    A wide encoding's broken tail becomes U+FFFD rather than an error: the BOM or the NULs have spoken."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding, len(bom), "replace"
    wide = _wide_encoding(head)
    if wide:
        return wide, 0, "replace"
    return "utf-8", 0, "strict"


# Past this size a text file is read by columns (text_columns.py): its first rows as rows, for finding the header
# and the columns and for the preview, and below them only the columns a layout uses.
COLUMNAR_BYTES = 32 << 20
HEAD_ROWS = 5000
_TEXT_PIECE = 4 << 20  # bytes decoded at a time: the file, its text and its lines are never whole at once
# Past this size the cells are interned: the school names, codes and groups that repeat on every row then share
# one string. A 300 MB student file takes 1.3 GB instead of 3.1 GB, at twice the time to split it.
_INTERN_BYTES = 64 << 20


def _text_pieces(path: Path, encoding: str, skip: int, errors: str) -> Iterator[str]:
    """The file decoded piece by piece, each piece ending with a line feed but the last; NULs dropped (a padded
    or cut-off export: no cell holds one)."""
    decoder = codecs.getincrementaldecoder(encoding)(errors)
    carry = ""
    with open(path, "rb") as file:
        file.seek(skip)
        while True:
            block = file.read(_TEXT_PIECE)
            text = carry + decoder.decode(block, final=not block)
            cut = text.rfind("\n") + 1 if block else len(text)
            piece, carry = text[:cut], text[cut:]
            if "\x00" in piece:
                piece = piece.replace("\x00", "")
            if piece:
                yield piece
            if not block:
                return


def _read_text(path: Path) -> Sheet:
    size = path.stat().st_size
    columnar = size > COLUMNAR_BYTES
    limit = limits.MAX_COLUMNAR_TEXT_BYTES if columnar else limits.MAX_TEXT_BYTES
    if size > limit:
        raise EnrollmentFileError(path, _too_large(size, limit))
    with open(path, "rb") as file:
        encoding, skip, errors = text_encoding(file.read(4096))
    attempts = [(encoding, skip, errors), ("cp1252", 0, "strict"), ("latin-1", 0, "strict")]
    shared = size > _INTERN_BYTES
    info = SheetInfo(path.stem, 1)
    for attempt in attempts:
        try:
            if columnar:  # the first rows as rows, the rest by columns (text_columns.py)
                first = next(_text_pieces(path, *attempt), "")
                head = _text_rows(path, iter([first]), shared=False)[:HEAD_ROWS]
                body = TextBody(path, attempts[attempts.index(attempt):], _delimiter(first[:65536]), head,
                                functools.partial(_all_text_rows, path, attempt),
                                _too_large(size, limits.MAX_TEXT_BYTES) if size > limits.MAX_TEXT_BYTES else None)
                return Sheet(path, info.name, head, "csv", (info,), body)
            rows = _text_rows(path, _text_pieces(path, *attempt), shared)
            break
        except UnicodeDecodeError:  # not UTF-8 after all (Excel's "CSV" is Windows-1252): read again
            continue
    return Sheet(path, info.name, rows, "csv", (info,))


def _all_text_rows(path: Path, attempt: tuple[str, int, str]) -> Rows:
    return _text_rows(path, _text_pieces(path, *attempt), True)


def _too_large(size: int, limit: int) -> Message:
    return Message("error.text_too_large", size=limits.size_said(size), limit=limits.size_said(limit))


def _text_rows(path: Path, pieces: Iterator[str], shared: bool) -> Rows:
    rows: Rows = []
    delimiter = None
    for piece in pieces:
        if delimiter is None:
            delimiter = _delimiter(piece[:65536])
        if '"' in piece:  # from the first quote on, csv reads (a quoted field may span lines and pieces)
            rows.extend(_csv_rows(path, itertools.chain([piece], pieces), delimiter, len(rows), shared))
            break
        # Nothing quoted: a plain split gives the same cells as csv, a third faster on large files.
        if shared:
            rows.extend([*map(sys.intern, line.split(delimiter))] for line in piece.splitlines())
        else:
            rows.extend(line.split(delimiter) for line in piece.splitlines())
    return rows


def _delimiter(sample: str) -> str:
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in ",;\t|"}
        return max(counts, key=counts.__getitem__) if any(counts.values()) else ","


def _csv_rows(path: Path, pieces: Iterator[str], delimiter: str, lines_before: int, shared: bool) -> Rows:
    # The csv module refuses a field over 128 KiB; 1 Mi characters lets any real cell through (Excel holds
    # 32,767) while a quote never closed, which swallows the rest of the file into one field, stays a sentence.
    csv.field_size_limit(limits.MAX_FIELD_CHARS)
    lines = (line for piece in pieces for line in io.StringIO(piece, newline=""))
    reader = csv.reader(lines, delimiter=delimiter)
    try:
        return [[*map(sys.intern, row)] for row in reader] if shared else list(reader)
    except csv.Error as error:
        raise _csv_sentence(path, lines_before + reader.line_num, error) from None


def _csv_sentence(path: Path, line: int, error: csv.Error) -> EnrollmentFileError:
    if "field larger than field limit" in str(error):
        return EnrollmentFileError(path, Message("error.cell_too_long", most=Grouped(limits.MAX_FIELD_CHARS)),
                                   row=line)
    return EnrollmentFileError(path, Message("error.bad_line", problem=shortened(str(error), 80)), row=line)
