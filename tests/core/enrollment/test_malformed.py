"""A corpus of malformed files: each gives its own sentence (an error, or a note the report shows)."""

import zipfile

import pytest
from conftest import WIDE_HEADER, WIDE_ROWS, WIDE_TOTAL, write_csv, write_xlsx

from equity_desktop.core.enrollment.analysis import find_schools
from equity_desktop.core.enrollment.errors import YEAR_STEP, EnrollmentFileError
from equity_desktop.core.enrollment.importing import snapshots_for
from equity_desktop.core.enrollment.layout import read_mapping
from equity_desktop.core.enrollment.reading import read_enrollment

GOOD = [WIDE_HEADER, *WIDE_ROWS, WIDE_TOTAL]


def xlsx(rows, **kw):
    return lambda path: write_xlsx(path.with_suffix(".xlsx"), {"Data": rows}, **kw)


def csv_rows(rows):
    return lambda path: write_csv(path.with_suffix(".csv"), rows)


def raw(suffix, data: bytes):
    def write(path):
        target = path.with_suffix(suffix)
        target.write_bytes(data)
        return target
    return write


def truncated_xlsx(path):
    whole = write_xlsx(path.with_suffix(".full.xlsx"), {"Data": GOOD}).read_bytes()
    target = path.with_suffix(".xlsx")
    target.write_bytes(whole[: len(whole) // 2])
    return target


def other_zip(path):
    target = path.with_suffix(".xlsx")
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("readme.txt", "not a workbook")
    return target


def empty_sheets(path):
    return write_xlsx(path.with_suffix(".xlsx"), {"One": [], "Two": []})


HTML = b"<!DOCTYPE html><html><head><title>404 Not Found</title></head><body>Not found</body></html>"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"

# (id, writer, the sentence's telling part)
ERRORS = [
    ("empty-xlsx", raw(".xlsx", b""), "the file is empty (0 bytes)"),
    ("empty-csv", raw(".csv", b""), "the file is empty (0 bytes)"),
    ("png-renamed", raw(".xlsx", PNG), "this is a PNG image, not a spreadsheet"),
    ("html-error-page-as-xls", raw(".xls", HTML), "this is a web page saved with a spreadsheet's name"),
    ("pdf-renamed", raw(".csv", PDF), "this is a PDF document, not a spreadsheet"),
    ("zip-not-workbook", other_zip, "no reader could open this xlsx file"),
    ("truncated-xlsx", truncated_xlsx, "no reader could open this xlsx file"),
    ("binary-junk", raw(".csv", b"\x01\x02\x00\x03" * 50), "this is not a spreadsheet or a text table"),
    ("ole-junk-as-xls", raw(".xls", b"\xd0\xcf\x11\xe0" + b"\x00" * 600), "no reader could open this xls file"),
    ("header-only", xlsx([WIDE_HEADER]), "but no row below it names a school"),
    ("one-row-no-header", xlsx([["Oak", 1, 2, 3]]), "no header row found"),
    ("all-sheets-empty", empty_sheets, "the sheet is empty"),
    ("blank-lines-only", raw(".csv", b"\r\n\r\n,,\r\n"), "the sheet is empty"),
    ("no-group-columns", xlsx([["School", "Total Enrollment"], ["A", 10]]), "names a student group"),
    ("only-a-total-row", xlsx([WIDE_HEADER, WIDE_TOTAL]), 'below it there are only total rows ("District Total")'),
    ("xml-2003-spreadsheet", raw(".xls", b'<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:'
                                           b'office:spreadsheet"></Workbook>'), "this is an XML file"),
    ("long-without-counts-as-text", csv_rows([["School", "Race", "Count"], ["A", "Black", "ten"]]),
     '"ten" is not a number'),
]


@pytest.mark.parametrize("write, telling", [e[1:] for e in ERRORS], ids=[e[0] for e in ERRORS])
def test_file_errors_are_one_sentence_naming_the_file(tmp_path, write, telling):
    path = write(tmp_path / "bad")
    with pytest.raises(EnrollmentFileError) as caught:
        table = read_enrollment(path)
        snapshots_for(table, table.units[0].name)  # cell errors block an import
    message = str(caught.value)
    assert message.startswith(path.name) and telling in message


# (id, writer, level of the note, the note's telling part, where it points)
NOTES = [
    ("text-in-a-count", xlsx([WIDE_HEADER, ["Oak", "1", 200, "lots", 40, 30, 10, 100, 100, 50, 20, 150]]),
     "error", '"lots" is not a number', 'row 2, column D ("Hispanic")'),
    ("percent-over-100", xlsx([["School", "Total", "% Black"], ["A", 10, 150]]), "error",
     "more than 100 %", "row 2"),
    ("bad-flag", csv_rows([["School", "Race", "SWD"], ["A", "Black", "Y"], ["A", "White", "perhaps"]]), "error",
     '"perhaps" (1 rows) is not a yes/no value', 'column C ("SWD")'),
    ("duplicate-headers", xlsx([["School", "Black", "Black", "White"], ["A", 1, 2, 3]]), "warning",
     'the header repeats "Black"', ""),
    ("all-suppressed-column", xlsx([["School", "Black", "White"], ["A", "*", 3], ["B", "<10", 4]]), "warning",
     "Black or African American is suppressed in every row", ""),
    ("numbers-without-a-school", xlsx([WIDE_HEADER, WIDE_ROWS[0], ["", "", 5, 1, 1, 1, 1, 1, 1, 1, 1, 1]]),
     "warning", "numbers but no school name", "row 3"),
    ("race-not-adding-up", xlsx([["School", "Total", "Black", "White"], ["A", 100, 30, 30]]), "warning",
     "counts add up to 60, the total says 100", "row 2"),
    ("unknown-race-value", csv_rows([["School", "Race"], ["A", "Black"], ["A", "Martian"]]), "warning",
     '"Martian" (1 row) names no group', 'column B ("Race")'),
    ("subtotal-row", xlsx([WIDE_HEADER, WIDE_ROWS[0], ["Subtotal", "", 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]]), "info",
     '"Subtotal" looks like a subtotal', "row 3"),
    ("suppressed-cells", xlsx([["School", "Black", "White"], ["A", "n<10", 3], ["B", "‡", 4]]), "info",
     "2 suppressed cells", ""),
    ("negative-count", xlsx([["School", "Black", "White"], ["A", -20, 3]]), "info", "1 suppressed cells", ""),
    ("fractions-as-percent", xlsx([["School", "Total", "% Black", "% White"], ["A", 4, 0.25, 0.75]]), "info",
     "hold fractions", ""),
    ("blank-count-cells", xlsx([["School", "Black", "White"], ["A", None, 3], ["B", 2, 4]]), "info",
     "1 blank cells in count columns", ""),
    ("same-code-twice", xlsx([["School", "School Code", "Black"], ["A", "7", 1], ["B", "7", 2]]), "warning",
     'repeats row 2 ("A"); the two rows were added together', "row 3"),
    ("unused-columns", xlsx([["School", "Black", "Principal"], ["A", 1, "Ms. X"]]), "info",
     'columns not used: C ("Principal")', ""),
]


@pytest.mark.parametrize("write, level, telling, where", [n[1:] for n in NOTES], ids=[n[0] for n in NOTES])
def test_cell_problems_are_notes_naming_sheet_row_and_column(tmp_path, write, level, telling, where):
    path = write(tmp_path / "odd")
    table = read_enrollment(path)
    matching = [n for n in table.notes if telling in n.message]
    assert matching and matching[0].level == level
    text = matching[0].text(path.name, table.sheet)
    assert text.startswith(f"{path.name}, sheet") and where in text


def mapping_file(tmp_path, content: str):
    path = tmp_path / "map.json"
    path.write_text(content, encoding="utf-8")
    return path


@pytest.mark.parametrize("content, telling", [
    ("{not json", "is not valid JSON"),
    ('{"format": "something-else"}', "not an Equity Desktop mapping file"),
    ('{"format": "equity-desktop-mapping", "columns": {"Black": "count:race:Purple"}}', "the program does not know"),
    ('{"format": "equity-desktop-mapping", "shape": "round"}', '"shape" must be one of'),
], ids=["invalid-json", "wrong-format", "unknown-role", "unknown-shape"])
def test_bad_mapping_files(tmp_path, content, telling):
    with pytest.raises(EnrollmentFileError, match=telling):
        read_mapping(mapping_file(tmp_path, content))


@pytest.mark.parametrize("mapping, telling", [
    ({"columns": {"Purple": "school_name"}}, 'names a column "Purple" that is not in the header row'),
    ({"header_row": 99}, "header_row 99 is outside the sheet"),
], ids=["missing-column", "header-row-outside"])
def test_mapping_that_does_not_fit_the_file(wide_file, mapping, telling):
    with pytest.raises(EnrollmentFileError, match=telling):
        read_enrollment(wide_file, mapping={"format": "equity-desktop-mapping", **mapping})


def test_missing_file(tmp_path):
    with pytest.raises(EnrollmentFileError, match="nothere.xlsx: the file does not exist"):
        read_enrollment(tmp_path / "nothere.xlsx")


def test_year_not_in_the_file(tmp_path):
    path = write_csv(tmp_path / "y.csv", [["Year", "School", "Black"], ["2023-24", "A", 1]])
    with pytest.raises(EnrollmentFileError, match="no rows for the school year 2019-20; the years in the file are "
                                                  "2023-24"):
        read_enrollment(path, year="2019-20")


def test_school_not_found_and_ambiguous(wide_file):
    table = read_enrollment(wide_file)
    with pytest.raises(EnrollmentFileError, match='no school is called or coded "Birch"'):
        find_schools(table, "Birch")
    with pytest.raises(EnrollmentFileError, match='"School" matches several schools'):
        find_schools(table, "School")
    assert find_schools(table, "002")[0].name == "Pine School"


def test_import_without_a_year_asks_for_one(tmp_path):
    table = read_enrollment(write_csv(tmp_path / "noyear.csv", GOOD))
    with pytest.raises(EnrollmentFileError, match="does not say which school year it is; give the school") as raised:
        snapshots_for(table, "Oak School")
    assert raised.value.step == YEAR_STEP and "--year" not in str(raised.value)  # the command line adds its flag


def test_the_corpus_has_at_least_30_files():
    assert len(ERRORS) + len(NOTES) >= 30
