"""How much a spreadsheet may ask of the readers, checked before any reader opens it.

python-calamine is fast because it is Rust, and Rust ends the whole process when an allocation fails
("memory allocation of 549755813888 bytes failed", exit 134): no exception, no fallback reader, no
sentence. A 2.6 KB .xlsx holding one cell at XFD1048576 asks it for 17 billion cells; a 2 KB .ods
repeating one cell across a million rows asks for 100 million. So before a workbook reaches a reader,
`inspect_workbook` looks at it without unpacking it into memory:

- a zip workbook (.xlsx, .xlsm, .ods): the parts' declared sizes and how far they inflate, then every
  part streamed in 1 MiB pieces: the cell references of the sheets (the furthest filled cell decides how
  many cells a reader allocates, whatever the <dimension> element claims), the repeat counts of an .ods
  table, and the shared-strings count calamine reserves room for;
- an .xls (an OLE compound file): the header fields and sector chains calamine trusts, and the row and
  column of every cell record, walked as calamine walks them.

What every reader would choke on is refused with a sentence. What only python-calamine would choke on
takes it out of the readers tried: the pure-Python reader that follows raises exceptions, it does not
abort. The limits are module constants so that docs/enrollment.md and the tests can quote them.
"""

from __future__ import annotations

import html
import re
import struct
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from equity_desktop.core.enrollment.cells import column_letter, shortened
from equity_desktop.core.enrollment.errors import EnrollmentFileError
from equity_desktop.core.i18n.message import Grouped, Message

# Excel's and LibreOffice's own sheet size: no real workbook has a cell beyond XFD1048576.
MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384
# Cells a sheet may make the readers hold, counted from A1 to the furthest filled cell (python-calamine pads
# the rows it returns from A1). A statewide file of 1,048,576 rows × 76 columns fits; so does 1,000,000 × 80.
# Each cell costs about 32 bytes in calamine plus 8 or more in Python: 80 million is 3–4 GB at the peak.
MAX_CELLS = 80_000_000
# A sheet mostly empty space, stretched to one far cell, is refused sooner: its rectangle may hold at most one cell
# per byte of its XML (a filled cell takes 20 bytes or more), and never less than 10 million. A real sheet is dense
# and passes; a 2 KB file reaching BX1048576 (80 million cells, 3 GB and 15 seconds of reading) does not.
SPARSE_FLOOR = 10_000_000
# calamine keeps every .ods cell twice (value and formula text), about 120 bytes a cell at the peak.
MAX_ODS_CELLS = 25_000_000
MAX_WORKBOOK_BYTES = 1_000_000_000  # a workbook file on disk (a 1,000,000-row .xlsx is ~300 MB)
MAX_INFLATED_BYTES = 4_000_000_000  # a zip workbook's parts once inflated, all together (1,000,000 × 60: ~2 GB)
MAX_PARTS = 10_000                  # parts of a zip workbook (a real one has tens, a few hundred with images)
# A sheet's XML deflates 5–30 times; an all-blank styled sheet perhaps 100. Zeros deflate 1,000 times.
MAX_RATIO = 200
RATIO_FLOOR = 8 << 20               # parts smaller than 8 MiB inflated are too small to matter
MAX_TEXT_BYTES = 500_000_000        # a .csv/.txt file read row by row (student rows; or wide, or small)
MAX_COLUMNAR_TEXT_BYTES = 3_000_000_000  # one read by columns (text_columns.py): the national CCD 052 file is 2.5 GB
MAX_FIELD_CHARS = 1 << 20           # one CSV field: 1 Mi characters (Excel's own cell limit is 32,767)
ODFPY_MAX_BYTES = 20 << 20          # odfpy builds a DOM of content.xml, ~50 bytes per byte: not beyond 20 MiB
MAX_SHARED_STRINGS = 40_000_000     # calamine reserves 24 bytes per declared shared string before reading one
_CHUNK = 1 << 20
_MAX_TAG = 4 << 20                  # one XML tag longer than this is not a spreadsheet's
_HEAD = 64 << 10                    # where <dimension> and <sst uniqueCount> are looked for

CALAMINE = "python-calamine"
ODFPY = "odfpy"

def human_size(size: int) -> str:
    """A size as a person reads it: '1.1 GB', '210 MB', '2.6 KB' (decimal units, as file managers show)."""
    for unit, scale in (("GB", 10**9), ("MB", 10**6), ("KB", 10**3)):
        if size >= scale:
            return f"{size / scale:.3g} {unit}"
    return f"{size} bytes"


def size_said(size: int) -> Message:
    """`human_size` in a sentence of the catalogue: '1.1 GB' in English, '1,1 GB' in Spanish."""
    for unit, scale in (("gb", 10**9), ("mb", 10**6), ("kb", 10**3)):
        if size >= scale:
            text = f"{size / scale:.3g}"
            value = float(text)
            # "1.23e+03" (a thousand gigabytes) stays as human_size writes it
            return Message(f"error.size_{unit}", size=value if f"{value:g}" == text else text)
    return Message("error.size_bytes", n=size)


@dataclass
class Clearance:
    """What the inspection found: the readers that must not be tried on this file, and why."""

    skip: dict[str, str] = field(default_factory=dict)


def inspect_workbook(path: Path, kind: str) -> Clearance:
    """Raise EnrollmentFileError for a workbook no reader can read within the limits; else the readers to skip."""
    stat = path.stat()
    if stat.st_size > MAX_WORKBOOK_BYTES:
        raise EnrollmentFileError(path, Message("error.workbook_too_large", size=size_said(stat.st_size),
                                                limit=size_said(MAX_WORKBOOK_BYTES)))
    # A screen reads a workbook's sheet, then its District and State sheets: one scan (~0.8 s for 100 MB of
    # XML) serves them all while the file is unchanged.
    key = (str(path.resolve()), kind, stat.st_size, stat.st_mtime_ns, stat.st_ino)
    if key not in _CLEARED:
        _CLEARED.clear()
        _CLEARED[key] = _inspect_ole(path) if kind == "xls" else _inspect_zip(path, kind)
    return _CLEARED[key]


_CLEARED: dict[tuple, Clearance] = {}  # the last workbook cleared; a refused one raises and is not kept


# ---------------------------------------------------------------------------------------------- sentences

def _where_part(sheet: str | None, part: str) -> Message:
    return Message("error.the_sheet") if sheet else Message("error.the_sheet_in", part=shortened(part))


def allowed_cells(xml_bytes: int, most: int = MAX_CELLS) -> int:
    """The cells a sheet of `xml_bytes` bytes of XML may make the readers hold (see SPARSE_FLOOR)."""
    return min(most, max(SPARSE_FLOOR, xml_bytes))


def too_many_cells(path: Path, sheet: str | None, part: str, rows: int, columns: int,
                   allowed: int = MAX_CELLS) -> EnrollmentFileError:
    corner = f"{column_letter(columns - 1)}{rows}"
    limit = Message("error.cells_limit" if allowed >= MAX_CELLS else "error.cells_limit_sparse", most=Grouped(allowed))
    return EnrollmentFileError(
        path, Message("error.too_many_cells", where=_where_part(sheet, part), corner=corner, rows=Grouped(rows),
                      columns=Grouped(columns), cells=Grouped(rows * columns), limit=limit), sheet=sheet)


def _beyond_sheet(path: Path, sheet: str | None, part: str, what: str) -> EnrollmentFileError:
    return EnrollmentFileError(
        path, Message("error.beyond_sheet", where=_where_part(sheet, part), cell=what, last=f"XFD{MAX_ROWS}"),
        sheet=sheet)


def _damaged(path: Path, kind: str, why: object) -> EnrollmentFileError:
    text = " ".join(str(why).split()) or type(why).__name__
    return EnrollmentFileError(path, Message("error.zip_damaged", kind=kind, problem=shortened(text, 120)))


# ------------------------------------------------------------------------------------------- zip workbooks

def _inspect_zip(path: Path, kind: str) -> Clearance:
    try:
        archive = zipfile.ZipFile(path)
    except Exception as error:  # noqa: BLE001 - BadZipFile, OSError, ValueError, EOFError: all mean damaged
        raise _damaged(path, kind, error) from None
    clearance = Clearance()
    with archive:
        parts = archive.infolist()
        if len(parts) > MAX_PARTS:
            raise EnrollmentFileError(path, Message("error.too_many_parts", parts=Grouped(len(parts)),
                                                    most=Grouped(MAX_PARTS)))
        names = {part.filename.lower() for part in parts}
        if "xl/workbook.bin" in names:  # .xlsb: binary sheets whose cells this module cannot check
            raise EnrollmentFileError(path, Message("error.xlsb"))
        inflated = sum(part.file_size for part in parts)
        if inflated > MAX_INFLATED_BYTES:
            raise EnrollmentFileError(path, Message("error.unpacks_too_large", size=size_said(inflated),
                                                    limit=size_said(MAX_INFLATED_BYTES)))
        for part in parts:
            _check_ratio(path, part)
        # Many small parts can share one deflated run (an "overlapping" zip bomb): the whole must add up too.
        if inflated > RATIO_FLOOR and inflated > MAX_RATIO * max(path.stat().st_size, 1):
            raise EnrollmentFileError(path, Message("error.unpacks_too_far", packed=size_said(path.stat().st_size),
                                                    size=size_said(inflated), most=MAX_RATIO))
        sheets = _sheet_names(archive)
        for part in parts:
            if part.is_dir():
                continue
            if part.flag_bits & 0x1:
                raise EnrollmentFileError(path, Message("error.part_encrypted", part=shortened(part.filename)))
            if part.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise _damaged(path, kind, f'"{part.filename}" uses compression method {part.compress_type}')
            base = part.filename.lower().rsplit("/", 1)[-1]
            try:
                if part.filename == "content.xml":  # what calamine and odfpy read as an .ods, whatever the name
                    _OdsScan(path, part.filename, part.file_size).run(_tagged(_pieces(archive, part)))
                    if part.file_size > ODFPY_MAX_BYTES:
                        clearance.skip[ODFPY] = (f"content.xml is {human_size(part.file_size)}, more than the "
                                                 f"{human_size(ODFPY_MAX_BYTES)} odfpy reads")
                if base == "sharedstrings.xml":
                    why = _shared_strings_hazard(archive, part)
                    if why:
                        clearance.skip[CALAMINE] = why
                _scan_sheet_part(path, archive, part, sheets.get(part.filename.lower().lstrip("/")))
            except EnrollmentFileError:
                raise
            except Exception as error:  # noqa: BLE001 - CRC, zlib, truncation: the archive is damaged
                raise _damaged(path, kind, f'"{part.filename}": {error}') from None
    return clearance


def _check_ratio(path: Path, part: zipfile.ZipInfo) -> None:
    if part.file_size > RATIO_FLOOR and part.file_size > MAX_RATIO * max(part.compress_size, 1):
        ratio = part.file_size / max(part.compress_size, 1)
        raise EnrollmentFileError(
            path, Message("error.part_unpacks_too_far", part=shortened(part.filename),
                          packed=size_said(part.compress_size), size=size_said(part.file_size),
                          ratio=Grouped(round(ratio)), most=MAX_RATIO))


def _pieces(archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> Iterator[bytes]:
    """The part inflated 1 MiB at a time; zipfile stops at the declared size and checks the CRC at the end."""
    with archive.open(part) as stream:
        while piece := stream.read(_CHUNK):
            yield piece


def _tagged(pieces: Iterator[bytes]) -> Iterator[bytes]:
    """The pieces re-cut so that each ends just before a '<': no tag is ever split between two."""
    carry = b""
    for piece in pieces:
        buffer = carry + piece if carry else piece
        cut = buffer.rfind(b"<")
        if cut > 0:
            carry = buffer[cut:]  # the last tag may be unfinished: it opens the next piece
            yield buffer[:cut]
        elif cut == 0 and buffer.find(b">") < 0:  # one tag, still open, spans the whole piece
            if len(buffer) > _MAX_TAG:
                raise ValueError("an XML tag longer than 4 MB")
            carry = buffer
        else:  # no tag, or one complete tag and text
            carry = b""
            yield buffer
    if carry:
        yield carry


# A tag's attributes, quotes respected: an attribute value may hold '>' (quick-xml, calamine's parser, agrees).
_IN_TAG = rb"""((?:[^>"']|"[^"]*"|'[^']*')*)"""
_HEAD_TAG = re.compile(rb"<(?:[A-Za-z_][-\w.]*:)?(dimension|sst)\b" + _IN_TAG + rb">")
_TAG_REST = re.compile(_IN_TAG + rb">")
_ATTRIBUTE = re.compile(rb"""([-\w.:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


class _Malformed(Exception):
    """An attribute calamine's parser refuses: it stops reading there, with an error and no allocation."""


_XML_SPACE = b" \t\n\r\x0c"


def _raw_attributes(raw: bytes) -> Iterator[tuple[bytes, bytes]]:
    """A tag's attributes as calamine reads them (its RawAttrIter, attrs.rs): the key is everything up to '='
    (so `foo r="A1"` is one key, "foo r"), the value runs to the matching quote. Raises _Malformed where
    calamine reports an error: a key without '=' or a value without quotes."""
    raw = raw[:-1] if raw.endswith(b"/") else raw  # a self-closing tag's '/' is not an attribute
    at, end = 0, len(raw)
    while True:
        while at < end and raw[at] in _XML_SPACE:
            at += 1
        if at >= end:
            return
        equals = raw.find(b"=", at)
        if equals < 0:
            raise _Malformed
        key = raw[at:equals].rstrip(_XML_SPACE)
        at = equals + 1
        while at < end and raw[at] in _XML_SPACE:
            at += 1
        if at >= end or raw[at] not in b"\"'":
            raise _Malformed
        closing = raw.find(raw[at:at + 1], at + 1)
        closing = end if closing < 0 else closing
        yield key, raw[at + 1:closing]
        at = closing + 1


def _raw_attribute(raw: bytes, name: bytes) -> bytes | None:
    """The first attribute called `name`, as calamine's raw_attr finds it; None if absent or malformed before."""
    try:
        return next((value for key, value in _raw_attributes(raw) if key == name), None)
    except _Malformed:
        return None


def _attributes(raw: bytes) -> dict[bytes, bytes]:
    return {m.group(1): m.group(2) if m.group(2) is not None else m.group(3) for m in _ATTRIBUTE.finditer(raw)}


def _shared_strings_hazard(archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> str:
    """Why calamine must not open the workbook ('' when it may): it reserves room for `uniqueCount` strings."""
    with archive.open(part) as stream:
        head = stream.read(_HEAD)
    found = next((m for m in _HEAD_TAG.finditer(head) if m.group(1) == b"sst"), None)
    if found is None:
        return "" if len(head) < _HEAD else "the shared strings start beyond their first 64 KB"
    count = _raw_attribute(found.group(2), b"uniqueCount") or b"0"
    if not count.isdigit():
        return ""  # calamine ignores a count that is not a number
    declared = int(count) if len(count) <= 12 else 1 << 62
    possible = part.file_size // 10 + 1000  # each <si><t>..</t></si> takes at least 10 bytes
    most = min(possible, MAX_SHARED_STRINGS)
    if declared > most:
        return f"the shared strings declare {declared:,} strings where at most {most:,} fit"
    return ""


def _sheet_names(archive: zipfile.ZipFile) -> dict[str, str]:
    """Part name (lower case) -> sheet name, as far as workbook.xml and its relationships say; {} if unclear."""
    try:
        by_lower = {info.filename.lower(): info for info in archive.infolist()}

        def head(name: str) -> bytes:
            info = by_lower.get(name)
            if info is None:
                return b""
            with archive.open(info) as stream:
                return stream.read(1 << 20)

        targets = {}
        for m in re.finditer(rb"<(?:\w+:)?Relationship\b([^>]*)>", head("xl/_rels/workbook.xml.rels")):
            attributes = _attributes(m.group(1))
            target = attributes.get(b"Target", b"").decode("utf-8", "replace")
            targets[attributes.get(b"Id", b"")] = (target.lstrip("/") if target.startswith("/")
                                                   else "xl/" + target).lower()
        names = {}
        for m in re.finditer(rb"<(?:\w+:)?sheet\b([^>]*)>", head("xl/workbook.xml")):
            attributes = _attributes(m.group(1))
            rid = next((v for k, v in attributes.items() if k.split(b":")[-1] == b"id"), b"")
            if rid in targets:
                names[targets[rid]] = html.unescape(attributes.get(b"name", b"").decode("utf-8", "replace"))
        return names
    except Exception:  # noqa: BLE001 - names are only for the sentence; a damaged part is found by the scan
        return {}


# Cells whose start tag begins `<c r="...` (every writer we know puts r first) are placed by their reference;
# any other cell start tag (no r, r later, a namespace prefix with no r first) sends the part to the exact scan.
_ODD_CELL = re.compile(rb"""<c(?:>|\s(?!r=["']))""")
_ODD_PREFIXED_CELL = re.compile(rb""":c(?:>|\s(?!r=["']))""")
# A reference past column BX (76) or past row 999,999: rare. Factored by first letter so that a near reference
# fails after a character or two (3.5 million references a second, the sheet's inflating speed).
_FAR_REF = re.compile(rb"""r=["'](?:[C-Zc-z](?:[A-Za-z]|\d{7})|[Bb](?:[YZyz]|[A-Xa-x](?:[A-Za-z]|\d{7})|\d{7})"""
                      rb"""|[Aa](?:[A-Za-z](?:[A-Za-z]|\d{7})|\d{7})|\d{7})""")
_REFERENCE = re.compile(rb"([A-Za-z]*)(\d*)")
_NEAR_COLUMNS = 76  # with every reference within BX999999, a sheet holds at most 1,048,576 × 76 < MAX_CELLS
_WHITESPACE = b" \t\r\n"


def _letters_to_column(letters: bytes) -> int:
    """1-based column of 'A', 'bx', 'XFD' (calamine accepts lower case)."""
    column = 0
    for byte in letters.upper():
        column = column * 26 + byte - 64
    return column


def _cell_tag(buffer: bytes, start: int) -> tuple[bool, bool]:
    """(is a cell's own r attribute, the cell holds something) for an `r="` found at buffer[start]."""
    if start == 0 or buffer[start - 1] not in _WHITESPACE:
        return False, False  # `xr="..."` or the like: not the r attribute
    opening = buffer.rfind(b"<", 0, start)
    name = (buffer[opening + 1:start].split(None, 1) or [b""])[0] if opening >= 0 else b""
    if name.rsplit(b":", 1)[-1] != b"c":
        return False, False  # a row's r, or another element's
    rest = _TAG_REST.match(buffer, start + 2)  # from the r value's opening quote to the tag's '>'
    if rest is None:
        return True, True  # cannot tell: count it
    closing = rest.end() - 1
    if buffer[closing - 1] == 0x2F:  # <c r=".." s="1"/>: calamine reads no value
        return True, False
    return True, buffer[closing + 1:closing + 3] != b"</"


def _scan_sheet_part(path: Path, archive: zipfile.ZipFile, part: zipfile.ZipInfo, sheet: str | None) -> None:
    """Refuse a sheet part whose filled cells reach beyond the limits (any part may be a sheet to calamine)."""
    far_row = far_column = 0
    odd = False
    first = True
    allowed = allowed_cells(part.file_size)
    for piece in _tagged(_pieces(archive, part)):
        if first:
            _check_dimension(path, piece[:_HEAD], part.filename, sheet, allowed)
            first = False
        if _ODD_CELL.search(piece) or _ODD_PREFIXED_CELL.search(piece):
            odd = True
            break
        for m in _FAR_REF.finditer(piece):
            is_cell, filled = _cell_tag(piece, m.start())
            if not (is_cell and filled):
                continue
            reference = _REFERENCE.match(piece, m.start() + 3)  # always matches: both parts may be empty
            letters, digits = reference.groups() if reference else (b"", b"")
            if not letters or not digits:
                continue  # calamine refuses the reference: no allocation follows
            if len(letters) > 3 or len(digits) > 7:  # overflow territory for calamine's u32 arithmetic
                raise _beyond_sheet(path, sheet, part.filename,
                                    shortened((letters + digits).decode("ascii"), 20))
            row, column = int(digits), _letters_to_column(letters)
            if row > MAX_ROWS or column > MAX_COLUMNS:
                raise _beyond_sheet(path, sheet, part.filename, f"{column_letter(column - 1)}{row}")
            # Both far cells exist, so the rectangle is at least this large (and larger with the near cells).
            far_row, far_column = max(far_row, row), max(far_column, column)
            if far_row * far_column > allowed:
                raise too_many_cells(path, sheet, part.filename, far_row, far_column, allowed)
    if odd:
        _ExactCellScan(path, part.filename, sheet, allowed).run(_tagged(_pieces(archive, part)))
    elif far_column > _NEAR_COLUMNS:
        _check_rows_under(path, archive, part, sheet, allowed // far_column, far_column, allowed)


def _check_dimension(path: Path, head: bytes, part: str, sheet: str | None, allowed: int) -> None:
    found = next((m for m in _HEAD_TAG.finditer(head) if m.group(1) == b"dimension"), None)
    if found is None:
        return
    ref = _attributes(found.group(2)).get(b"ref", b"")
    corner = ref.rsplit(b":", 1)[-1]
    m = re.fullmatch(rb"\$?([A-Za-z]{1,3})\$?(\d{1,7})", corner)
    if not m:
        return  # calamine and openpyxl both read past an odd dimension; the cells decide
    rows, columns = int(m.group(2)), _letters_to_column(m.group(1))
    if rows > MAX_ROWS or columns > MAX_COLUMNS:
        raise _beyond_sheet(path, sheet, part, corner.decode("ascii"))
    if rows * columns > allowed:
        raise too_many_cells(path, sheet, part, rows, columns, allowed)


def _greater_than(limit: int) -> bytes:
    """A regular expression for decimal numbers greater than `limit` (no leading zeros)."""
    digits = str(limit)
    branches = [rb"[1-9]\d{%d,}" % len(digits)]
    for index, digit in enumerate(digits):
        if digit != "9":
            rest = len(digits) - index - 1
            branches.append(digits[:index].encode() + b"[%d-9]" % (int(digit) + 1) + rb"\d{%d}" % rest)
    return b"(?:" + b"|".join(branches) + b")"


def _check_rows_under(path: Path, archive: zipfile.ZipFile, part: zipfile.ZipInfo, sheet: str | None,
                      rows: int, columns: int, allowed: int) -> None:
    """A wide sheet (past column BX): refuse it if a filled cell lies below row `rows` (rows × columns > allowed)."""
    below = re.compile(rb"""r=["'][A-Za-z]{1,3}0*(""" + _greater_than(rows) + rb""")["']""")
    for piece in _tagged(_pieces(archive, part)):
        for m in below.finditer(piece):
            is_cell, filled = _cell_tag(piece, m.start())
            if is_cell and filled:
                raise too_many_cells(path, sheet, part.filename, int(m.group(1)), columns, allowed)


_CELL_TAGS = re.compile(rb"<(/?)(?:[A-Za-z_][-\w.]*:)?(row|c)(?=[\s/>])" + _IN_TAG + rb">")


def _calamine_position(ref: bytes) -> tuple[int, int] | None:
    """(row, column), 0-based, as calamine reads a reference, u32 wrap-around included; None where it refuses it."""
    row = column = 0
    index = 0
    while index < len(ref) and (0x41 <= ref[index] <= 0x5A or 0x61 <= ref[index] <= 0x7A):
        column = (column * 26 + (ref[index] | 0x20) - 0x60) & 0xFFFFFFFF
        index += 1
    if index == len(ref):
        return None
    for byte in ref[index:]:
        if not 0x30 <= byte <= 0x39:
            return None
        row = (row * 10 + byte - 0x30) & 0xFFFFFFFF
    if row == 0:
        return None
    return row - 1, column - 1  # column -1: no letters (a row's reference)


class _ExactCellScan:
    """Every row and cell tag of a sheet part, placed as calamine places them (cells without r included)."""

    def __init__(self, path: Path, part: str, sheet: str | None, allowed: int):
        self.path, self.part, self.sheet, self.allowed = path, part, sheet, allowed
        self.row = self.column = 0
        self.last_row = self.last_column = -1

    def run(self, pieces: Iterator[bytes]) -> None:
        for piece in pieces:
            for m in _CELL_TAGS.finditer(piece):
                closing, name, attributes = m.group(1), m.group(2), m.group(3)
                if name == b"row":
                    if not closing:
                        self._row_start(attributes)
                    if closing or attributes.endswith(b"/"):
                        self.row, self.column = self.row + 1, 0
                elif not closing:
                    empty = attributes.endswith(b"/") or piece.startswith(b"</", m.end())
                    self._cell(attributes, empty)

    def _row_start(self, attributes: bytes) -> None:
        ref = _raw_attribute(attributes, b"r")
        if ref is not None:
            position = _calamine_position(ref)
            if position is not None:
                self.row = position[0]

    def _cell(self, attributes: bytes, empty: bool) -> None:
        # calamine's get_attrs! takes r, s and t, the last of each, and stops once it has seen three.
        ref, seen = None, 0
        try:
            for key, value in _raw_attributes(attributes):
                if key in (b"r", b"s", b"t"):
                    seen += 1
                    ref = value if key == b"r" else ref
                    if seen == 3:
                        break
        except _Malformed:
            return  # calamine stops on this cell with an error
        if ref is not None:
            position = _calamine_position(ref)
            if position is None or position[1] < 0:
                return  # calamine stops on it with an error
            row, column = position
        else:
            row, column = self.row, self.column
        self.column = column + 1
        if empty:
            return
        if row >= MAX_ROWS or column >= MAX_COLUMNS:
            raise _beyond_sheet(self.path, self.sheet, self.part, f"{column_letter(column)}{row + 1}")
        self.last_row, self.last_column = max(self.last_row, row), max(self.last_column, column)
        if (self.last_row + 1) * (self.last_column + 1) > self.allowed:
            raise too_many_cells(self.path, self.sheet, self.part, self.last_row + 1, self.last_column + 1,
                                 self.allowed)


_ODS_TAGS = re.compile(rb"<(/?)table:(table-row|table-cell|covered-table-cell|table)(?=[\s/>])" + _IN_TAG + rb">")
_ODS_VALUE = re.compile(rb"office:(?:value|string-value|date-value|time-value|boolean-value)\s*=|table:formula\s*=")


def _repeat(attributes: bytes, name: bytes) -> int:
    """A repeat count as the most generous reader takes it (pandas' int(); calamine refuses what int() refuses)."""
    found = _raw_attribute(attributes, name)
    if found is None:
        return 1
    text = found.strip()
    if len(text) > 12:
        return 1 << 62 if text.isdigit() else 1
    try:
        return max(int(text), 1)
    except ValueError:
        return 1


class _OdsScan:
    """The tables of an .ods content.xml, their repeated rows and cells expanded as the readers expand them.

    Counted without calamine's caps (pandas' odf reader has none): the rows down to the last row holding
    something, times the columns up to the last cell holding something, for each table and all together
    (calamine keeps every table of an .ods in memory), and the cells calamine pushes row by row.
    """

    def __init__(self, path: Path, part: str, xml_bytes: int):
        self.path, self.part = path, part
        self.allowed = allowed_cells(xml_bytes, MAX_ODS_CELLS)
        self.name: str | None = None
        self.total = self.pushed = 0
        self.in_table = False
        self._new_table(None)

    def _new_table(self, name: str | None) -> None:
        self.name = name
        self.row = 0            # rows so far, repeats expanded
        self.last_row = 0       # rows down to the last one holding something
        self.columns = 0        # columns up to the last cell holding something, in any row
        self.row_repeat = 1
        self.position = self.filled_to = 0

    def run(self, pieces: Iterator[bytes]) -> None:
        for piece in pieces:
            for m in _ODS_TAGS.finditer(piece):
                closing, name, attributes = m.group(1), m.group(2), m.group(3)
                if name == b"table":
                    if closing:
                        self._end_table()
                    elif not self.in_table:  # calamine reads a nested table's rows as the outer table's
                        self.in_table = True
                        raw = _raw_attribute(attributes, b"table:name") or b""
                        self._new_table(html.unescape(raw.decode("utf-8", "replace")) or None)
                elif name == b"table-row":
                    if not closing:
                        self.row_repeat = _repeat(attributes, rb"table:number-rows-repeated")
                        self.position = self.filled_to = 0
                    if closing or attributes.endswith(b"/"):
                        self._end_row()
                elif not closing:
                    repeat = _repeat(attributes, rb"table:number-columns-repeated")
                    filled = bool(_ODS_VALUE.search(attributes)) or not (
                        attributes.endswith(b"/") or piece.startswith(b"</", m.end()))
                    self.position += repeat
                    if filled:
                        self.filled_to = self.position
        self._end_table()

    def _end_row(self) -> None:
        self.row += self.row_repeat
        if self.filled_to:
            self.last_row = self.row
            self.columns = max(self.columns, self.filled_to)
            self.pushed += self.filled_to
            if self.last_row > MAX_ROWS or self.columns > MAX_COLUMNS:
                raise _beyond_sheet(self.path, self.name, self.part,
                                    f"{column_letter(self.columns - 1)}{self.last_row}")
            if self.last_row * self.columns > self.allowed or self.pushed > self.allowed:
                raise too_many_cells(self.path, self.name, self.part, self.last_row, self.columns, self.allowed)
        self.row_repeat, self.position, self.filled_to = 1, 0, 0

    def _end_table(self) -> None:
        self.in_table = False
        self.total += self.last_row * self.columns
        if self.total > self.allowed:
            raise EnrollmentFileError(self.path, Message("error.tables_too_many_cells", cells=Grouped(self.total),
                                                         most=Grouped(self.allowed)))
        self._new_table(None)


# ------------------------------------------------------------------------------------------ .xls (OLE/BIFF)

class _Unsafe(Exception):
    """calamine would loop, over-allocate or abort on this file."""


class _Refused(Exception):
    """calamine would stop on this file with an error of its own: nothing to fear from it."""


_ENDOFCHAIN, _RESERVED, _DIFSECT = 0xFFFFFFFE, 0xFFFFFFFA, 0xFFFFFFFC
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _u16(data: bytes, at: int) -> int:
    return int.from_bytes(data[at:at + 2], "little")


def _u32(data: bytes, at: int) -> int:
    return int.from_bytes(data[at:at + 4], "little")


def _u32s(data: bytes) -> list[int]:
    whole = len(data) // 4 * 4
    return list(struct.unpack(f"<{whole // 4}I", data[:whole]))


def _inspect_ole(path: Path) -> Clearance:
    data = path.read_bytes()
    try:
        stream = _workbook_stream(data, path)
        if stream is not None:
            _walk_biff(stream)
    except _Refused:
        pass
    except _Unsafe as why:
        return Clearance({CALAMINE: str(why)})
    return Clearance()


def _workbook_stream(data: bytes, path: Path) -> bytes | None:
    """The Workbook stream as calamine's compound-file reader assembles it (cfb.rs), or why it should not try."""
    if len(data) < 512 or data[:8] != _OLE_SIGNATURE:
        raise _Refused
    shift = _u16(data, 30)
    if shift not in (9, 12) or _u16(data, 32) != 6 or (shift == 12 and len(data) < 4096):
        raise _Refused
    size = 1 << shift
    fat_sectors, dir_start = _u32(data, 44), _u32(data, 48)
    mini_fat_start, mini_fat_sectors, difat_start = _u32(data, 60), _u32(data, 64), _u32(data, 68)
    last = len(data) // size  # calamine's maxid: sectors past it are an error, not a read
    if fat_sectors > last + 1:
        raise _Unsafe(f"the header declares {fat_sectors:,} table sectors in a file of {last:,}")
    if _u32(data, 62) > 1 << 26:  # calamine reserves this many (the field it reads spans two header fields)
        raise _Unsafe("the header asks for a table of more than 67 million sectors")

    def sector(number: int) -> bytes:
        if number > last:
            raise _Refused
        start = (number + 1) * size  # the header fills the first sector's place (512 or 4096 bytes)
        return data[start:start + size]

    def chain(start: int, length: int, fat: list[int], read: Callable[[int], bytes] = sector) -> bytes:
        out = bytearray()
        number, steps = start, 0
        while number != _ENDOFCHAIN:
            out += read(number)[:length - len(out)]
            if len(out) >= length:
                break
            if number >= len(fat):
                raise _Refused  # calamine panics on the index, and the panic is caught
            number = fat[number]
            steps += 1
            if steps > last + 2:
                raise _Unsafe("a sector chain loops back on itself")
        return bytes(out)

    difat = _u32s(data[76:512])
    number, steps = difat_start, 0
    while number < _RESERVED:
        difat.extend(_u32s(sector(number)))
        number = difat.pop()
        steps += 1
        if steps > last + 2:
            raise _Unsafe("the sector table chain loops back on itself")
    fat: list[int] = []
    for number in difat:
        if number < _DIFSECT:
            fat.extend(_u32s(sector(number)))
    directory = chain(dir_start, 1 << 63, fat)
    entries = []
    for at in range(0, len(directory), 128):
        entry = directory[at:at + 128]
        if len(entry) < 128:
            raise _Refused
        name = entry[:64].decode("utf-16-le", "replace").split("\x00", 1)[0]
        length = _u32(entry, 120) if size == 512 else int.from_bytes(entry[120:128], "little")
        entries.append((name, _u32(entry, 116), length))
    if not entries or (_u16(data, 26) != 3 and entries[0][1] == _ENDOFCHAIN):
        raise _Refused
    if any(name == "EncryptedPackage" for name, _, _ in entries):
        raise EnrollmentFileError(path, Message("error.password"))
    ministream, mini_fat = b"", []
    if mini_fat_sectors > 0:
        ministream = chain(entries[0][1], entries[0][2], fat)
        mini_fat = _u32s(chain(mini_fat_start, mini_fat_sectors * size, fat))

    def mini_sector(number: int) -> bytes:
        if number > last * 8:
            raise _Refused
        if (number + 1) * 64 > len(ministream):
            raise _Unsafe("a small stream lies outside the mini stream")  # calamine then reads at random
        return ministream[number * 64:number * 64 + 64]

    for wanted in ("Workbook", "Book", "WORKBOOK", "BOOK"):
        found = next((e for e in entries if e[0] == wanted), None)
        if found is None:
            continue
        _, start, length = found
        try:
            if length < 4096:
                return chain(start, length, mini_fat, mini_sector)
            return chain(start, length, fat)
        except _Refused:
            continue
    return None


_CELL_RECORDS = {0x0203, 0x0204, 0x00D6, 0x0205, 0x027E, 0x00FD}


def _records(stream: bytes, start: int) -> Iterator[tuple[int, int, int]]:
    """(type, where its data starts, its length) of each BIFF record from `start`, CONTINUE records skipped."""
    at, end = start, len(stream)
    header = struct.Struct("<HH")
    while at < end:
        if end - at < 4:
            raise _Refused
        kind, length = header.unpack_from(stream, at)
        if end - at < length + 4:
            raise _Refused
        yield kind, at + 4, length
        at += length + 4
        while end - at > 4 and _u16(stream, at) == 0x003C:  # CONTINUE: part of the record before
            at += _u16(stream, at + 2) + 4
            if at > end:
                raise _Refused


class _Box:
    """The smallest rectangle around the cells seen (calamine's Range::from_sparse allocates all of it)."""

    def __init__(self) -> None:
        self.top, self.bottom, self.left, self.right = 1 << 32, -1, 1 << 32, -1

    def add(self, row: int, column: int) -> None:
        if row < self.top:
            self.top = row
        if row > self.bottom:
            self.bottom = row
        if column < self.left:
            self.left = column
        if column > self.right:
            self.right = column

    def cells(self) -> int:
        return 0 if self.bottom < 0 else (self.bottom - self.top + 1) * (self.right - self.left + 1)

    def from_a1(self) -> int:
        """What python-calamine allocates to return the rows padded from A1."""
        return 0 if self.bottom < 0 else (self.bottom + 1) * (self.right + 1)


def _walk_biff(stream: bytes) -> None:
    """Raise _Unsafe where calamine's .xls reader would reserve or pad more than MAX_CELLS cells."""
    positions = []
    for kind, at, length in _records(stream, 0):
        if kind == 0x0085 and length >= 4:  # BoundSheet8: where a sheet's records start
            positions.append(_u32(stream, at))
        elif kind == 0x000A:
            break
    cell = struct.Struct("<HH")
    held = 0
    for position in positions:
        if position > len(stream):
            continue  # calamine panics on the slice (caught)
        values, formulas = _Box(), _Box()
        add = values.add
        formula_at = (0, 0)
        try:
            for kind, at, length in _records(stream, position):
                if kind in _CELL_RECORDS:
                    if length >= 4:
                        add(*cell.unpack_from(stream, at))
                elif kind == 0x000A:
                    break
                elif kind == 0x0200 and length in (10, 14):
                    _check_reserve(stream[at:at + length])
                elif kind == 0x0207:
                    add(*formula_at)
                elif kind == 0x00BD and length >= 6:  # MulRk: a run of cells in one row
                    row, first = cell.unpack_from(stream, at)
                    add(row, first)
                    add(row, first + max((length - 6) // 6 - 1, 0))
                elif kind == 0x0006 and length >= 20:
                    formula_at = cell.unpack_from(stream, at)
                    add(*formula_at)
                    formulas.add(*formula_at)
        except _Refused:
            pass
        held += values.cells() + formulas.cells()
        if values.from_a1() > MAX_CELLS or held > MAX_CELLS:
            raise _Unsafe(f"its cells reach row {values.bottom + 1:,} and column {values.right + 1:,}")


def _check_reserve(record: bytes) -> None:
    """calamine reserves room for the cells a DIMENSIONS record declares, wrap-around arithmetic and all."""
    if len(record) == 10:
        first_row, last_row, first_column, last_column = (_u16(record, at) for at in (0, 2, 4, 6))
    else:
        first_row, last_row = _u32(record, 0), _u32(record, 4)
        first_column, last_column = _u16(record, 8), _u16(record, 10)
    if first_column > 0xFF or last_column < first_column:
        first_column = 0
    if last_row >= 1 and last_column >= 1:
        rows = (last_row - 1 - first_row + 1) & 0xFFFFFFFF
        columns = (last_column - 1 - first_column + 1) & 0xFFFFFFFF
    else:
        rows = columns = 1
    if rows * columns > MAX_CELLS:
        raise _Unsafe(f"a DIMENSIONS record declares {rows:,} × {columns:,} cells")
