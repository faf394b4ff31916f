"""A corpus of hostile spreadsheet files, written on demand into a folder, and the mutations of the fuzz tests.

Every file here once made a reader crash, abort the process or run away with memory or time: text in
UTF-16/32 without a BOM, NUL bytes, a 5 MB cell, a quote never closed, workbooks cut short, one cell at
XFD1048576 (python-calamine asked for 512 GiB and aborted), decompression bombs (declared and real),
an .ods whose one cell repeats over a million rows, an .xls whose records point past the sheet.
Nothing is downloaded and nothing is large on disk: bombs are built by hand (a zip whose directory
declares a size, 200 MB of zeros deflated to 200 KB, sparse files).

Used by tests/core/enrollment/test_hostile_files.py and by bench/fuzz_readers.py (which puts this folder on
sys.path), so it imports nothing from the tests' conftest.
"""

from __future__ import annotations

import functools
import io
import random
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

from equity_desktop.core.enrollment.cells import column_letter

ROOT = Path(__file__).resolve().parents[3]
REAL = Path("/work/shared/fixtures/real")
XLS = ROOT / "tests" / "data" / "enrollment_small.xls"

HEADER = ["School Name", "School Code", "Total Enrollment", "Hispanic", "Black", "White", "Asian", "Female", "Male"]
ROWS = [["Oak School", "001", 200, 120, 40, 30, 10, 100, 100],
        ["Pine School", "002", 300, 90, 150, 45, 15, 140, 160],
        ["District Total", "", 500, 210, 190, 75, 25, 240, 260]]
TABLE = [HEADER, *ROWS]
CSV_TEXT = "\r\n".join(",".join(str(v) for v in row) for row in TABLE) + "\r\n"

# ------------------------------------------------------------------------------------------ zip by hand


def zip_by_hand(entries: list[tuple[str, int, bytes, int, int]]) -> bytes:
    """A zip archive of (name, method, payload as stored, crc32, declared uncompressed size): nothing checked,
    so a part can declare 3 GB while holding 100 bytes, or hold deflated zeros made elsewhere."""
    out, central = bytearray(), bytearray()
    for name, method, payload, crc, size in entries:
        raw = name.encode()
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0x21, crc, len(payload), size, len(raw), 0)
        out += raw + payload
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0x21, crc, len(payload),
                               size, len(raw), 0, 0, 0, 0, 0, offset) + raw
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), len(out), 0)
    return bytes(out + central + end)


def stored(name: str, data: bytes) -> tuple[str, int, bytes, int, int]:
    return name, zipfile.ZIP_STORED, data, zlib.crc32(data), len(data)


@functools.lru_cache(maxsize=1)
def deflated_zeros(megabytes: int = 200) -> tuple[bytes, int, int]:
    """(raw deflate stream, crc32, size) of `megabytes` MiB of zeros: ~1 KB on disk per MB inflated."""
    compressor, crc, block = zlib.compressobj(9, zlib.DEFLATED, -15), 0, bytes(1 << 20)
    parts = []
    for _ in range(megabytes):
        parts.append(compressor.compress(block))
        crc = zlib.crc32(block, crc)
    parts.append(compressor.flush())
    return b"".join(parts), crc, megabytes << 20


# ------------------------------------------------------------------------------------------ .xlsx parts

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                 'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                 'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/'
                 'workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+'
                 'xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.spreadsheetml.worksheet+xml"/>{shared}</Types>')
SHARED_TYPE = ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
               'officedocument.spreadsheetml.sharedStrings+xml"/>')
PACKAGE_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
                '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
                '2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
            'main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name='
            '"Data" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
                 '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
                 '2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://'
                 'schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml'
                 '"/></Relationships>')
SHEET = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/'
         'spreadsheetml/2006/main">{dimension}<sheetData>{rows}</sheetData></worksheet>')


def cell_xml(ref: str, value: object) -> str:
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'


def table_rows_xml(table: list[list[object]] = TABLE) -> str:
    return "".join(f'<row r="{r + 1}">' + "".join(cell_xml(f"{column_letter(c)}{r + 1}", v) for c, v in enumerate(row))
                   + "</row>" for r, row in enumerate(table))


def xlsx_parts(rows: str, *, dimension: str = "", shared: str | None = None) -> dict[str, bytes]:
    parts = {"[Content_Types].xml": CONTENT_TYPES.format(shared=SHARED_TYPE if shared is not None else ""),
             "_rels/.rels": PACKAGE_RELS, "xl/workbook.xml": WORKBOOK,
             "xl/_rels/workbook.xml.rels": WORKBOOK_RELS,
             "xl/worksheets/sheet1.xml": SHEET.format(dimension=dimension, rows=rows)}
    if shared is not None:
        parts["xl/sharedStrings.xml"] = shared
    else:
        parts["xl/_rels/workbook.xml.rels"] = WORKBOOK_RELS.replace(
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'sharedStrings" Target="sharedStrings.xml"/>', "")
    return {name: text.encode() for name, text in parts.items()}


def zipped(parts: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in parts.items():
            archive.writestr(name, data, compress_type=zipfile.ZIP_STORED if name == "mimetype" else compression)
    return buffer.getvalue()


def xlsx(rows: str, **kw) -> bytes:
    return zipped(xlsx_parts(rows, **kw))


# -------------------------------------------------------------------------------------------- .ods parts

ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument'
            ':xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-'
            'type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.'
            'xml" manifest:media-type="text/xml"/></manifest:manifest>')
CONTENT = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:'
           'opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body>'
           '<office:spreadsheet><table:table '
           'table:name="Data">{rows}</table:table></office:spreadsheet></office:body></office:document-content>')


def ods_cell(value: object, repeat: int = 1) -> str:
    times = f' table:number-columns-repeated="{repeat}"' if repeat != 1 else ""
    if isinstance(value, (int, float)):
        return (f'<table:table-cell{times} office:value-type="float" office:value="{value}"><text:p>{value}</text:p>'
                "</table:table-cell>")
    return f'<table:table-cell{times} office:value-type="string"><text:p>{value}</text:p></table:table-cell>'


def ods_rows(table: list[list[object]] = TABLE) -> str:
    return "".join("<table:table-row>" + "".join(ods_cell(v) for v in row) + "</table:table-row>" for row in table)


def ods(rows: str) -> bytes:
    return zipped({"mimetype": ODS_MIME, "META-INF/manifest.xml": MANIFEST.encode(),
                   "content.xml": CONTENT.format(rows=rows).encode()})


def ods_bomb_content(rows: str) -> bytes:
    return zip_by_hand([stored("mimetype", ODS_MIME), stored("META-INF/manifest.xml", MANIFEST.encode()),
                        stored("content.xml", CONTENT.format(rows=rows).encode())])


# ----------------------------------------------------------------------------------------------- .xls


def xls_records(data: bytes) -> list[tuple[int, int]]:
    """(record type, file offset) of the fixture's Workbook stream, which starts at sector 0 and is contiguous."""
    found, at = [], 512
    while at + 4 <= 512 + 4096:
        kind, length = struct.unpack_from("<HH", data, at)
        found.append((kind, at))
        at += 4 + length
    return found


def patched_xls(patch: Callable[[bytearray, list[tuple[int, int]]], None]) -> bytes:
    data = bytearray(XLS.read_bytes())
    patch(data, xls_records(bytes(data)))
    return bytes(data)


def _huge_dimensions(data: bytearray, records: list[tuple[int, int]]) -> None:
    for kind, at in records:
        if kind == 0x0200:
            struct.pack_into("<II", data, at + 4, 0, 0xFFFFFFF0)  # rows 0 .. 4 billion


def _far_cell(data: bytearray, records: list[tuple[int, int]]) -> None:
    at = next(at for kind, at in records if kind == 0x00FD)  # the first LABELSST: row 0, column 0
    struct.pack_into("<HH", data, at + 4, 0xFFFE, 0xFFFE)


def _fat_loop(data: bytearray, records: list[tuple[int, int]]) -> None:
    fat_sector = struct.unpack_from("<I", data, 76)[0]
    directory = struct.unpack_from("<I", data, 48)[0]
    struct.pack_into("<I", data, (fat_sector + 1) * 512 + 4 * directory, directory)  # the directory chain loops


def _huge_fat_count(data: bytearray, records: list[tuple[int, int]]) -> None:
    struct.pack_into("<I", data, 44, 0x7FFFFFFF)


def _huge_difat_field(data: bytearray, records: list[tuple[int, int]]) -> None:
    struct.pack_into("<I", data, 62, 0xFFFFFFFF)


# ---------------------------------------------------------------------------------------------- corpus


def _text(name: str, data: bytes) -> Callable[[Path], Path]:
    return lambda folder: _write(folder / name, data)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _sparse(name: str, head: bytes, size: int) -> Callable[[Path], Path]:
    """A file of `size` bytes that takes no room: `head`, then a hole the file system fills with zeros."""
    def write(folder: Path) -> Path:
        path = folder / name
        with open(path, "wb") as file:
            file.write(head)
            file.truncate(size)
        return path
    return write


def _truncated(name: str, make: Callable[[], bytes], fraction: float) -> Callable[[Path], Path]:
    def write(folder: Path) -> Path:
        whole = make()
        return _write(folder / name, whole[:max(1, int(len(whole) * fraction))])
    return write


def _declared_bomb() -> bytes:
    parts = xlsx_parts(table_rows_xml())
    entries = [stored(name, data) for name, data in parts.items() if name != "xl/worksheets/sheet1.xml"]
    sheet = parts["xl/worksheets/sheet1.xml"]
    compressed = zlib.compressobj(9, zlib.DEFLATED, -15)
    payload = compressed.compress(sheet) + compressed.flush()
    # The directory declares 1.1 GB for a sheet that holds a few hundred bytes.
    entries.append(("xl/worksheets/sheet1.xml", zipfile.ZIP_DEFLATED, payload, zlib.crc32(sheet), 1_100_000_000))
    return zip_by_hand(entries)


def _zeros_bomb_xlsx() -> bytes:
    payload, crc, size = deflated_zeros()
    parts = xlsx_parts(table_rows_xml())
    entries = [stored(name, data) for name, data in parts.items() if name != "xl/worksheets/sheet1.xml"]
    return zip_by_hand([*entries, ("xl/worksheets/sheet1.xml", zipfile.ZIP_DEFLATED, payload, crc, size)])


def _zeros_bomb_ods() -> bytes:
    payload, crc, size = deflated_zeros()
    return zip_by_hand([stored("mimetype", ODS_MIME), stored("META-INF/manifest.xml", MANIFEST.encode()),
                        ("content.xml", zipfile.ZIP_DEFLATED, payload, crc, size)])


def _wide_rows(count: int) -> str:
    """`count` rows whose last cell sits at column 16,384: an .ods that makes calamine push 16,384 cells a row."""
    return "".join('<table:table-row><table:table-cell table:number-columns-repeated="16383"/>'
                   + ods_cell(1) + "</table:table-row>" for _ in range(count))


FAR = '<row r="1048576">' + cell_xml("XFD1048576", "far") + "</row>"
SHARED = ('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
          ' count="1" uniqueCount="{count}"><si><t>School Name</t></si></sst>')
BIG_CELL = "9" * (5 << 20)

# name -> writer(folder) -> path. The far-corner and bomb files are also run through the command line.
CORPUS: dict[str, Callable[[Path], Path]] = {
    "utf16le-bom.csv": _text("utf16le-bom.csv", b"\xff\xfe" + CSV_TEXT.replace(",", "\t").encode("utf-16-le")),
    "utf16le.csv": _text("utf16le.csv", CSV_TEXT.encode("utf-16-le")),
    "utf16be-bom.csv": _text("utf16be-bom.csv", b"\xfe\xff" + CSV_TEXT.encode("utf-16-be")),
    "utf16be.csv": _text("utf16be.csv", CSV_TEXT.encode("utf-16-be")),
    "utf16le-odd-length.csv": _text("utf16le-odd-length.csv", b"\xff\xfe" + CSV_TEXT.encode("utf-16-le") + b"X"),
    "utf32le-bom.csv": _text("utf32le-bom.csv", b"\xff\xfe\x00\x00" + CSV_TEXT.encode("utf-32-le")),
    "utf32be-bom.csv": _text("utf32be-bom.csv", b"\x00\x00\xfe\xff" + CSV_TEXT.encode("utf-32-be")),
    "utf32le.csv": _text("utf32le.csv", CSV_TEXT.encode("utf-32-le")),
    "utf32be.csv": _text("utf32be.csv", CSV_TEXT.encode("utf-32-be")),
    "utf8-bom.csv": _text("utf8-bom.csv", b"\xef\xbb\xbf" + CSV_TEXT.encode()),
    "cp1252.csv": _text("cp1252.csv", CSV_TEXT.replace("Oak", "Oak \u00c9cole \u2013").encode("cp1252")),
    "nul-bytes.csv": _text("nul-bytes.csv", CSV_TEXT.replace("\r\n", "\x00\r\n").encode() + bytes(4096)),
    "nul-only.csv": _text("nul-only.csv", bytes(8192)),
    "cell-5mb.csv": _text("cell-5mb.csv", (CSV_TEXT + f"Elm School,003,{BIG_CELL},1,1,1,1,1,1\r\n").encode()),
    "quoted-field-5mb.csv": _text("quoted-field-5mb.csv", (CSV_TEXT + f'Elm School,"003{BIG_CELL}",1\r\n').encode()),
    "quote-never-closed.csv": _text("quote-never-closed.csv",
                                    (CSV_TEXT + 'Elm School,"003,1,1\r\n' + "Ash School,004,1,1\r\n" * 80_000)
                                    .encode()),
    "quoted-field-200kb.csv": _text("quoted-field-200kb.csv",
                                    (CSV_TEXT + f'"Elm {"x" * 200_000}",003,100,50,20,20,10,50,50\r\n').encode()),
    "header-cell-5mb.csv": _text("header-cell-5mb.csv", (CSV_TEXT.replace("Asian", "Asian" + "y" * (5 << 20)))
                                 .encode()),
    "text-over-limit.csv": _sparse("text-over-limit.csv", CSV_TEXT.encode(), 600_000_000),
    "workbook-over-limit.xlsx": _sparse("workbook-over-limit.xlsx", b"PK\x03\x04" + bytes(60), 1_200_000_000),
    "png-named.xlsx": _text("png-named.xlsx", b"\x89PNG\r\n\x1a\n" + bytes(64)),
    "empty-sheet.xlsx": _text("empty-sheet.xlsx", xlsx("")),
    "empty-sheet.ods": _text("empty-sheet.ods", ods("")),
    "plain.xlsx": _text("plain.xlsx", xlsx(table_rows_xml())),
    "plain.ods": _text("plain.ods", ods(ods_rows())),
    "far-corner.xlsx": _text("far-corner.xlsx", xlsx(FAR)),
    "far-corner-with-dimension.xlsx": _text("far-corner-with-dimension.xlsx",
                                            xlsx(table_rows_xml() + FAR, dimension='<dimension ref="A1:XFD1048576"/>')),
    "far-corner-lying-dimension.xlsx": _text("far-corner-lying-dimension.xlsx",
                                             xlsx(table_rows_xml() + FAR, dimension='<dimension ref="A1:I4"/>')),
    "far-corner-and-a1.xlsx": _text("far-corner-and-a1.xlsx", xlsx(table_rows_xml() + FAR)),
    "far-corner-lower-case.xlsx": _text("far-corner-lower-case.xlsx", xlsx(table_rows_xml() + FAR.replace(
        "XFD1048576", "xfd1048576"))),
    "far-corner-single-quotes.xlsx": _text("far-corner-single-quotes.xlsx", xlsx(table_rows_xml() + FAR.replace(
        '"XFD1048576"', "'XFD1048576'"))),
    "far-corner-prefixed.xlsx": _text("far-corner-prefixed.xlsx", xlsx(
        table_rows_xml() + FAR.replace("<c ", '<x:c xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/'
                                              'main" ').replace("</c>", "</x:c>"))),
    "far-corner-r-last.xlsx": _text("far-corner-r-last.xlsx", xlsx(table_rows_xml() + FAR.replace(
        '<c r="XFD1048576" t="inlineStr">', '<c t="inlineStr" r="XFD1048576">'))),
    "cells-without-r.xlsx": _text("cells-without-r.xlsx", xlsx(
        table_rows_xml() + '<row r="1048576">' + "<c><v>1</v></c>" * 100 + "</row>")),
    "far-row-narrow.xlsx": _text("far-row-narrow.xlsx", xlsx(
        table_rows_xml() + '<row r="1048576">' + cell_xml("BX1048576", 1) + "</row>")),
    "far-row-sparse-allowed.xlsx": _text("far-row-sparse-allowed.xlsx", xlsx(
        table_rows_xml() + '<row r="1000">' + cell_xml("NTP1000", 1) + "</row>")),
    "far-corner-gt-in-attribute.xlsx": _text("far-corner-gt-in-attribute.xlsx", xlsx(table_rows_xml() + FAR.replace(
        '<c r="XFD1048576" t="inlineStr">', '<c r="XFD1048576" x="/>" t="inlineStr">'))),
    "far-corner-r-in-attribute.xlsx": _text("far-corner-r-in-attribute.xlsx", xlsx(table_rows_xml() + FAR.replace(
        '<c r="XFD1048576" t="inlineStr">', """<c x=' r="A1"' r="XFD1048576" t="inlineStr">"""))),
    "shared-strings-count-hidden.xlsx": _text("shared-strings-count-hidden.xlsx", xlsx(
        table_rows_xml(), shared=SHARED.format(count=10**15).replace("<sst ", '<sst a="/>" '))),
    "beyond-last-column.xlsx": _text("beyond-last-column.xlsx", xlsx(table_rows_xml() + cell_xml("XFE1", 1))),
    "beyond-last-row.xlsx": _text("beyond-last-row.xlsx", xlsx(table_rows_xml() + cell_xml("A1048577", 1))),
    "overflowing-reference.xlsx": _text("overflowing-reference.xlsx",
                                        xlsx(table_rows_xml() + cell_xml("AAAAAAAA4294967297", 1))),
    "wide-and-long.xlsx": _text("wide-and-long.xlsx", xlsx(
        table_rows_xml() + '<row r="5">' + cell_xml("ZZ5", 1) + '</row><row r="200000">' + cell_xml("A200000", 1)
        + "</row>")),
    "empty-styled-far-corner.xlsx": _text("empty-styled-far-corner.xlsx", xlsx(
        table_rows_xml() + '<row r="1048576"><c r="XFD1048576" s="1"/></row>')),
    "bad-reference.xlsx": _text("bad-reference.xlsx", xlsx(table_rows_xml().replace('r="A2"', 'r="A2$!"'))),
    "bad-entity.xlsx": _text("bad-entity.xlsx", xlsx(table_rows_xml().replace("Oak School", "Oak &bogus; School"))),
    "broken-shared-string-index.xlsx": _text("broken-shared-string-index.xlsx", xlsx(
        table_rows_xml().replace('<c r="A1" t="inlineStr"><is><t>School Name</t></is></c>',
                                 '<c r="A1" t="s"><v>999999</v></c>').replace(
            '<c r="B1" t="inlineStr"><is><t>School Code</t></is></c>', '<c r="B1" t="s"><v>-1</v></c>'),
        shared=SHARED.format(count=1))),
    "shared-strings-count-bomb.xlsx": _text("shared-strings-count-bomb.xlsx", xlsx(
        table_rows_xml(), shared=SHARED.format(count=10**15))),
    "xlsb-inside.xlsx": _text("xlsb-inside.xlsx", zipped({"xl/workbook.bin": b"\x83\x01\x00", "[Content_Types].xml":
                                                          CONTENT_TYPES.format(shared="").encode()})),
    "zip-bomb-declared.xlsx": _text("zip-bomb-declared.xlsx", _declared_bomb()),
    "zip-bomb-zeros.xlsx": lambda folder: _write(folder / "zip-bomb-zeros.xlsx", _zeros_bomb_xlsx()),
    "zip-bomb-zeros.ods": lambda folder: _write(folder / "zip-bomb-zeros.ods", _zeros_bomb_ods()),
    "ods-repeat-bomb.ods": _text("ods-repeat-bomb.ods", ods_bomb_content(
        ods_rows() + '<table:table-row table:number-rows-repeated="1048572">' + ods_cell(1, 16384)
        + "</table:table-row>")),
    "ods-repeat-huge.ods": _text("ods-repeat-huge.ods", ods_bomb_content(
        ods_rows() + '<table:table-row table:number-rows-repeated="99999999999999999999">' + ods_cell(1)
        + "</table:table-row>")),
    "ods-wide-rows.ods": _text("ods-wide-rows.ods", ods_bomb_content(ods_rows() + _wide_rows(5000))),
    "xls-huge-dimensions.xls": _text("xls-huge-dimensions.xls", patched_xls(_huge_dimensions)),
    "xls-far-cell.xls": _text("xls-far-cell.xls", patched_xls(_far_cell)),
    "xls-fat-loop.xls": _text("xls-fat-loop.xls", patched_xls(_fat_loop)),
    "xls-huge-fat-count.xls": _text("xls-huge-fat-count.xls", patched_xls(_huge_fat_count)),
    "xls-huge-difat-field.xls": _text("xls-huge-difat-field.xls", patched_xls(_huge_difat_field)),
    **{f"truncated-{fraction:.2f}.xlsx": _truncated(f"truncated-{fraction:.2f}.xlsx",
                                                    lambda: xlsx(table_rows_xml()), fraction)
       for fraction in (0.1, 0.5, 0.9, 0.99)},
    **{f"truncated-{fraction:.2f}.ods": _truncated(f"truncated-{fraction:.2f}.ods", lambda: ods(ods_rows()), fraction)
       for fraction in (0.1, 0.5, 0.9, 0.99)},
    **{f"truncated-{fraction:.2f}.xls": _truncated(f"truncated-{fraction:.2f}.xls", XLS.read_bytes, fraction)
       for fraction in (0.1, 0.5, 0.9, 0.99)},
}

# Files that a reader without limits would abort on or run away with: the command line must refuse them too.
ABORTS_AND_BOMBS = ["far-corner.xlsx", "far-corner-and-a1.xlsx", "far-corner-with-dimension.xlsx",
                    "cells-without-r.xlsx", "far-row-narrow.xlsx", "zip-bomb-declared.xlsx", "zip-bomb-zeros.xlsx",
                    "zip-bomb-zeros.ods", "ods-repeat-bomb.ods", "xls-far-cell.xls"]


def write_corpus(folder: Path, names: list[str] | None = None) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [CORPUS[name](folder) for name in (names or list(CORPUS))]


# ------------------------------------------------------------------------------------------- mutations


def seeds() -> dict[str, bytes]:
    """Small valid files to mutate: the project's own samples and the real fixtures, when present."""
    found = {"enrollment_small.xls": XLS.read_bytes(), "plain.xlsx": xlsx(table_rows_xml()),
             "plain.ods": ods(ods_rows()), "plain.csv": CSV_TEXT.encode(),
             "riverbend_enrollment_2022-2025.xlsx": (ROOT / "resources/sample/riverbend_enrollment_2022-2025.xlsx")
             .read_bytes()}
    students = (ROOT / "resources/sample/riverbend_students_2024-25.csv").read_bytes()
    found["riverbend_students_head.csv"] = b"\n".join(students.split(b"\n")[:300]) + b"\n"
    if REAL.is_dir():
        for path in sorted(REAL.glob("*.xlsx")) + sorted(REAL.glob("*.csv")):
            data = path.read_bytes()
            found[path.name] = data if path.suffix != ".csv" else b"\n".join(data.split(b"\n")[:200]) + b"\n"
    return found


INTERESTING = [b"\x00", b"\xff", b'"', b"<", b">", b"9999999", b"XFD1048576", b"\r\n", b"\xfe\xff", b"&", b"16384",
               b"1048576", b'r="', b"/>", b"\x00\x00\xfe\xff"]


def mutate(data: bytes, rng: random.Random, edits: int = 4) -> bytes:
    """`data` with a few random edits: bytes flipped, chunks cut, repeated or replaced by tokens that parsers
    care about. For a zip, half the time the edits go into one part and the archive is packed again (with
    right CRCs), so that the readers' XML parsers see the damage and not only the zip layer."""
    if data[:4] == b"PK\x03\x04" and rng.random() < 0.5:
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                parts = {info.filename: archive.read(info) for info in archive.infolist()}
            name = rng.choice(sorted(parts))
            parts[name] = mutate(parts[name], rng, edits)
            return zipped(parts, rng.choice((zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED)))
        except Exception:  # noqa: BLE001 - a mutated seed that is no longer a zip: mutate its bytes
            pass
    out = bytearray(data)
    for _ in range(edits):
        if not out:
            out += rng.choice(INTERESTING)
            continue
        at = rng.randrange(len(out))
        action = rng.random()
        if action < 0.35:
            out[at] = rng.randrange(256)
        elif action < 0.55:
            token = rng.choice(INTERESTING)
            out[at:at + len(token)] = token
        elif action < 0.7:
            del out[at:at + rng.randrange(1, 64)]
        elif action < 0.8:
            out[at:at] = out[at:at + rng.randrange(1, 256)] * rng.randrange(2, 64)
        elif action < 0.9:
            del out[at:]
        else:
            out[at:at] = rng.choice(INTERESTING) * rng.randrange(1, 8)
    return bytes(out)
