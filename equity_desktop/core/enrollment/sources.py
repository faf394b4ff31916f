"""Reading a spreadsheet file into rows of cell values, whatever format it came in.

Readers are registered by what the file *is* (its first bytes), not only by
its name: a PNG renamed .xlsx or an HTML error page saved as .xls get a
sentence, not a crash. python-calamine reads every format fast; when it fails
(it does on some malformed files) the format's pure-Python reader tries next.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from equity_desktop.core.enrollment.errors import EnrollmentFileError

Rows = list[list[object]]
RESAVE = "Open it in Excel or LibreOffice, save it again as .xlsx or .csv, and import that copy."


@dataclass(frozen=True)
class SheetInfo:
    name: str
    index: int  # 1-based, as a person counts the tabs
    hidden: bool = False


@dataclass
class Sheet:
    path: Path
    name: str
    rows: Rows
    reader: str
    sheets: tuple[SheetInfo, ...]


def sha256_of(path: Path | str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def kind_of(path: Path) -> str:
    """What the file is by its first bytes: xlsx, ods, xls, text, or a word for what it is not."""
    try:
        with open(path, "rb") as file:
            head = file.read(2048)
    except FileNotFoundError:
        raise EnrollmentFileError(path, "the file does not exist; check the name and the folder.") from None
    except OSError as error:
        raise EnrollmentFileError(path, f"the file cannot be read ({error.strerror}); check that it is not "
                                        "open elsewhere and that the drive is still connected.") from None
    if not head:
        raise EnrollmentFileError(path, "the file is empty (0 bytes); ask for the file again or export it again.")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode Text": UTF-16, tab-delimited
        return "text"
    if head.startswith(b"PK\x03\x04"):
        return "ods" if b"mimetypeapplication/vnd.oasis.opendocument" in head else "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "xls"
    for magic, what in ((b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"%PDF", "a PDF document"),
                        (b"GIF8", "a GIF image")):
        if head.startswith(magic):
            raise EnrollmentFileError(path, f"this is {what}, not a spreadsheet, whatever its name says. "
                                            "Import the spreadsheet itself (.xlsx, .xls, .ods or .csv).")
    lowered = head.lstrip(b"\xef\xbb\xbf \r\n\t").lower()
    if lowered.startswith(b"<?xml") and b"<html" not in lowered:
        raise EnrollmentFileError(path, "this is an XML file (perhaps an Excel 2003 XML spreadsheet), which the "
                                        "program cannot read. " + RESAVE)
    if lowered.startswith((b"<!doctype html", b"<html", b"<head")) or b"<html" in lowered[:512]:
        raise EnrollmentFileError(path, "this is a web page saved with a spreadsheet's name, often an error page "
                                        "from a download. Open it in a browser to see what it says, then download "
                                        "the spreadsheet again.")
    if b"\x00" in head:
        raise EnrollmentFileError(path, "this is not a spreadsheet or a text table. " + RESAVE)
    return "text"


def list_sheets(path: Path | str) -> tuple[SheetInfo, ...]:
    """Every sheet of the file, hidden ones included and marked."""
    path = Path(path)
    return _read(path, kind_of(path), names_only=True).sheets


def read_sheet(path: Path | str, sheet: str | int | None = None) -> Sheet:
    """The rows of one sheet, chosen by name (spaces and case forgiven) or 1-based index.

    Without a choice the first visible sheet is read.
    """
    path = Path(path)
    return _read(path, kind_of(path), choice=sheet)


def choose_sheet(path: Path, sheets: tuple[SheetInfo, ...], choice: str | int | None) -> SheetInfo:
    if not sheets:
        raise EnrollmentFileError(path, "the workbook has no sheets. " + RESAVE)
    if choice is None:
        visible = [info for info in sheets if not info.hidden]
        return (visible or list(sheets))[0]
    if isinstance(choice, str):
        for info in sheets:
            if info.name == choice:
                return info
        for info in sheets:
            if info.name.strip().casefold() == choice.strip().casefold():
                return info
        if not choice.strip().isdigit():
            names = ", ".join(f'"{info.name}"' for info in sheets)
            raise EnrollmentFileError(path, f'there is no sheet "{choice}"; the sheets are {names}.')
        choice = int(choice)
    if 1 <= choice <= len(sheets):
        return sheets[choice - 1]
    raise EnrollmentFileError(path, f"there is no sheet {choice}; the workbook has {len(sheets)} "
                                    f"sheet{'s' if len(sheets) != 1 else ''} (numbered from 1).")


def _read(path: Path, kind: str, *, choice: str | int | None = None, names_only: bool = False) -> Sheet:
    if kind == "text":
        return _read_text(path)
    failures = []
    for name, reader in _READERS[kind]:
        try:
            sheets, load, close = reader(path)
        except Exception as error:  # noqa: BLE001 - any reader failure means: try the next reader
            failures.append(f"{name}: {_short(error)}")
            continue
        try:
            info = choose_sheet(path, sheets, choice)
            return Sheet(path, info.name, [] if names_only else load(info), name, sheets)
        except EnrollmentFileError:
            raise
        except Exception as error:  # noqa: BLE001
            failures.append(f"{name}: {_short(error)}")
        finally:
            close()
    raise EnrollmentFileError(path, f"no reader could open this {kind} file ({'; '.join(failures)}). " + RESAVE)


def _short(error: Exception) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return text[:160]


def _calamine(path: Path):
    import python_calamine

    workbook = python_calamine.CalamineWorkbook.from_path(str(path))
    sheets = tuple(SheetInfo(meta.name, number, meta.visible != python_calamine.SheetVisibleEnum.Visible)
                   for number, meta in enumerate(workbook.sheets_metadata, start=1)
                   if meta.typ == python_calamine.SheetTypeEnum.WorkSheet)

    def load(info: SheetInfo) -> Rows:
        return workbook.get_sheet_by_name(info.name).to_python(skip_empty_area=False)

    return sheets, load, workbook.close


def _openpyxl(path: Path):
    import openpyxl

    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    sheets = tuple(SheetInfo(ws.title, number, ws.sheet_state != "visible")
                   for number, ws in enumerate(workbook.worksheets, start=1))

    def load(info: SheetInfo) -> Rows:
        return [list(row) for row in workbook[info.name].iter_rows(values_only=True)]

    return sheets, load, workbook.close


def _xlrd(path: Path):
    import xlrd

    book = xlrd.open_workbook(str(path), on_demand=True)
    sheets = tuple(SheetInfo(name, number, book.sheet_by_name(name).visibility != 0)
                   for number, name in enumerate(book.sheet_names(), start=1))

    def load(info: SheetInfo) -> Rows:
        sheet = book.sheet_by_name(info.name)
        return [sheet.row_values(index) for index in range(sheet.nrows)]

    return sheets, load, book.release_resources


def _odf(path: Path):
    import pandas

    frames = pandas.read_excel(path, sheet_name=None, header=None, engine="odf")
    sheets = tuple(SheetInfo(name, number) for number, name in enumerate(frames, start=1))

    def load(info: SheetInfo) -> Rows:
        return frames[info.name].astype(object).where(frames[info.name].notna(), None).values.tolist()

    return sheets, load, lambda: None


_READERS: dict[str, tuple[tuple[str, Callable], ...]] = {
    "xlsx": (("python-calamine", _calamine), ("openpyxl", _openpyxl)),
    "xls": (("python-calamine", _calamine), ("xlrd", _xlrd)),
    "ods": (("python-calamine", _calamine), ("odfpy", _odf)),
}


def decode_text(path: Path, data: bytes) -> str:
    """UTF-16 with its BOM, UTF-8 (with or without BOM) when it decodes, else Windows-1252 (Excel's "CSV")."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _read_text(path: Path) -> Sheet:
    text = decode_text(path, path.read_bytes())
    sample = text[:65536]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in ",;\t|"}
        delimiter = max(counts, key=counts.get) if any(counts.values()) else ","
    if '"' in text:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    else:  # nothing quoted: a plain split gives the same cells, a third faster on large files
        rows = [line.split(delimiter) for line in text.splitlines()]
    info = SheetInfo(path.stem, 1)
    return Sheet(path, info.name, rows, "csv", (info,))
