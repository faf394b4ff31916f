"""The errors of enrollment files in another language (issue 19): every sentence the engine raises is a message
id with arguments (core.i18n.message.Message), keeps its English word for word, and says itself in Spanish with
the file's own words (its name, its sheets' names) as they are.

Real bad inputs go through the public readers: an empty file, a web page and a PNG named .xlsx, a missing sheet of
the New Jersey workbook, a sheet with no header, a sheet of only totals, a quote never closed, a workbook reaching
XFD1048576, a zip bomb, broken mapping files. The English sentences below are what the f-strings wrote before the
catalogue, byte for byte.
"""

from __future__ import annotations

import ast
import json
import pickle
from collections.abc import Callable
from pathlib import Path

import hostile_files
import pytest
from conftest import FIXTURES, REAL, WIDE_HEADER, WIDE_ROWS, WIDE_TOTAL, write_csv, write_xlsx

from equity_desktop.core.enrollment import layout as lay
from equity_desktop.core.enrollment.errors import EnrollmentFileError, error_message
from equity_desktop.core.enrollment.file_reading import read_for_import
from equity_desktop.core.enrollment.importing import ReviewSchool, check_no_errors, other_school, snapshots_for
from equity_desktop.core.enrollment.limits import size_said
from equity_desktop.core.enrollment.outcome_files import add_outcomes
from equity_desktop.core.enrollment.reading import read_enrollment
from equity_desktop.core.enrollment.screen_export import write_screen
from equity_desktop.core.enrollment.sources import list_sheets
from equity_desktop.core.errors import EquityError
from equity_desktop.core.i18n import en as english
from equity_desktop.core.i18n import es as spanish
from equity_desktop.core.i18n import texts
from equity_desktop.core.i18n.message import Grouped, Message, said

ENROLLMENT = Path(__file__).parents[3] / "equity_desktop" / "core" / "enrollment"
NJ = REAL / "nj_enrollment_2019-20_slice.xlsx"
# Words that give an English sentence away; none is Spanish. The file's own words are chosen not to hold them.
ENGLISH_WORDS = (" the ", " file ", " sheet ", "check", " workbook", " cannot ", " could not ")
# What a library says about a damaged file, quoted as a technical detail in every language.
DETAILS = ("File is not a zip file",)
# The modules whose errors are this catalogue section's (analysis, mgi, screening… have their own section).
MODULES = ("cells", "columns", "importing", "layout", "limits", "outcome_files", "reading", "screen_export",
           "screening_file", "sources", "text_columns", "student_rows", "long_tables", "aggregate_rows",
           "file_reading", "background", "privacy", "groups", "units")


def _write(name: str, data: bytes | str) -> Callable[[Path], Path]:
    def write(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data.encode() if isinstance(data, str) else data)
        return path
    return write


def _hostile(name: str) -> Callable[[Path], Path]:
    return lambda folder: hostile_files.CORPUS[name](folder)


def _mapping(content: object) -> Callable[[Path], Path]:
    return _write("mapping.json", content if isinstance(content, str) else json.dumps(content))


def _wide(rows: list[list[object]], name: str = "district.xlsx", sheet: str = "2024-25") -> Callable[[Path], Path]:
    return lambda folder: write_xlsx(folder / name, {sheet: rows})


def _year_file(folder: Path) -> Path:
    return write_csv(folder / "years.csv", [["School Year", "School Name", "School Code", "Black", "White"],
                                            ["2023-24", "Oak School", "001", 10, 20],
                                            ["2024-25", "Oak School", "001", 11, 21]])


def _read_with_mapping(mapping: dict) -> Callable[[Path], object]:
    def read(path: Path) -> object:
        return read_enrollment(path, mapping=mapping)
    return read


# name: (write the file into a folder, read it (read_enrollment without one), the English sentence)
CASES: dict[str, tuple[Callable[[Path], Path], Callable[[Path], object] | None, str]] = {
    "missing file": (lambda folder: folder / "missing.xlsx", None,
                     "missing.xlsx: the file does not exist; check the name and the folder."),
    "empty file": (_write("empty.xlsx", b""), None,
                   "empty.xlsx: the file is empty (0 bytes); ask for the file again or export it again."),
    "web page named .xlsx": (_write("download.xlsx", "<!DOCTYPE html><html><head><title>404 Not Found</title>"
                                                     "</head><body>Not Found</body></html>"), list_sheets,
                             "download.xlsx: this is a web page saved with a spreadsheet's name, often an error page "
                             "from a download. Open it in a browser to see what it says, then download the spreadsheet "
                             "again."),
    "PNG named .xlsx": (_hostile("png-named.xlsx"), None,
                        "png-named.xlsx: this is a PNG image, not a spreadsheet, whatever its name says. Import the "
                        "spreadsheet itself (.xlsx, .xls, .ods or .csv)."),
    "PDF named .csv": (_write("report.csv", b"%PDF-1.7\n" + bytes(40)), None,
                       "report.csv: this is a PDF document, not a spreadsheet, whatever its name says. Import the "
                       "spreadsheet itself (.xlsx, .xls, .ods or .csv)."),
    "Excel 2003 XML": (_write("enrollment.xls", '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:'
                                                'office:spreadsheet"></Workbook>'), None,
                       "enrollment.xls: this is an XML file (perhaps an Excel 2003 XML spreadsheet), which the program "
                       "cannot read. Open it in Excel or LibreOffice, save it again as .xlsx or .csv, and import that "
                       "copy."),
    "binary": (_hostile("nul-only.csv"), None,
               "nul-only.csv: this is not a spreadsheet or a text table. Open it in Excel or LibreOffice, save it "
               "again as .xlsx or .csv, and import that copy."),
    "sheet not there": (lambda folder: NJ, lambda path: read_enrollment(path, "Schools 2019"),
                        'nj_enrollment_2019-20_slice.xlsx: there is no sheet "Schools 2019"; the sheets are '
                        '"State ", "District", "School".'),
    "sheet number past the last": (_wide([WIDE_HEADER, *WIDE_ROWS]), lambda path: read_enrollment(path, "4"),
                                   "district.xlsx: there is no sheet 4; the workbook has 1 sheet (numbered from 1)."),
    "empty sheet": (_hostile("empty-sheet.xlsx"), None,
                    'empty-sheet.xlsx, sheet "Data": the sheet is empty; choose the sheet that holds the '
                    "enrollment."),
    "no header": (_wide([["Enrollment by school, October 2024"], [1, 2, 3], [4, 5, 6]], "counts.xlsx"), None,
                  'counts.xlsx, sheet "2024-25": no header row found in the first rows: no row names a school, a '
                  "student group (such as Black, Hispanic, Female) or a count. Check that this sheet holds "
                  "enrollment, or say which row is the header and what each column holds."),
    "only totals": (_wide([WIDE_HEADER, WIDE_TOTAL], "totals.xlsx"), None,
                    'totals.xlsx, sheet "2024-25": the header is on row 1 but below it there are only total rows '
                    '("District Total"); check that this sheet holds the schools\' data.'),
    "no group column": (lambda folder: write_csv(folder / "names.csv", [["School Name", "School Code", "Principal"],
                                                                        ["Oak School", "001", "Ms. Reyes"]]), None,
                        'names.csv, sheet "names": no column of the header (row 1) names a student group (such as '
                        "Black, Hispanic, Female, English learners) or a race/ethnicity column; choose what each "
                        "column holds."),
    "year not in the file": (_year_file, lambda path: read_enrollment(path, year="1999-00"),
                             'years.csv, sheet "years": there are no rows for the school year 1999-00; the years in '
                             "the file are 2023-24, 2024-25."),
    "quote never closed": (_hostile("quote-never-closed.csv"), None,
                           "quote-never-closed.csv, row 52434: a cell starting on this line is longer than 1,048,576 "
                           'characters, which usually means a quote mark (") that is never closed; open the file in a '
                           "text editor, close or remove that quote, and import it again."),
    "text over the limit": (_hostile("text-over-limit.csv"), None,
                            "text-over-limit.csv: the file is 600 MB, more than the 500 MB the program reads from a "
                            "text file; keep only the rows you need (the schools of one state or district) in a "
                            "smaller file, and import that."),
    "workbook over the limit": (_hostile("workbook-over-limit.xlsx"), None,
                                "workbook-over-limit.xlsx: the workbook is 1.2 GB, more than the 1 GB the program "
                                "reads; save only the sheet you need in a workbook of its own, or as .csv, and import "
                                "that."),
    "far corner": (_hostile("far-corner.xlsx"), None,
                   'far-corner.xlsx, sheet "Data": the sheet reaches cell XFD1048576, so reading it means 1,048,576 '
                   "rows × 16,384 columns = 17,179,869,184 cells, more than the 10,000,000 the program reads from a "
                   "sheet this size, which is mostly empty; delete the rows and columns past the data (or copy the "
                   "data into a new workbook), save it, and import that copy."),
    "beyond the last row": (_hostile("beyond-last-row.xlsx"), None,
                            'beyond-last-row.xlsx, sheet "Data": the sheet has a cell at A1048577, beyond the last '
                            "cell a sheet can have (XFD1048576), so the file is damaged; open it in Excel or "
                            "LibreOffice, save it again as .xlsx or .csv, and import that copy."),
    "zip bomb": (_hostile("zip-bomb-declared.xlsx"), None,
                 'zip-bomb-declared.xlsx: the part "xl/worksheets/sheet1.xml" unpacks from 422 bytes to 1.1 GB '
                 "(2,606,635 times), far more than a spreadsheet compresses (at most 200 times), so the file is "
                 "damaged or made to exhaust memory; ask for the file again."),
    "binary workbook": (_hostile("xlsb-inside.xlsx"), None,
                        "xlsb-inside.xlsx: this is an Excel binary workbook (.xlsb), which the program cannot read; "
                        "open it in Excel, save it as .xlsx, and import that copy."),
    "cut-off workbook": (_hostile("truncated-0.50.xlsx"), None,
                         "truncated-0.50.xlsx: no reader could open this xlsx file (the zip archive is damaged: File "
                         "is not a zip file); open it in Excel or LibreOffice, save it again as .xlsx or .csv, and "
                         "import that copy."),
    "mapping file missing": (lambda folder: folder / "mapping.json", lay.read_mapping,
                             "mapping.json: the mapping file does not exist; check its name."),
    "mapping not JSON": (_mapping("{\"format\": "), lay.read_mapping,
                         "mapping.json: the mapping file is not valid JSON (Expecting value: line 1 column 12 (char "
                         "11)); save it again from the program or fix it in a text editor."),
    "mapping of another program": (_mapping({"columns": {}}), lay.read_mapping,
                                   'mapping.json: this is not an Equity Desktop mapping file (it needs "format": '
                                   f'"{lay.MAPPING_FORMAT}").'),
    "mapping shape": (_mapping({"format": lay.MAPPING_FORMAT, "shape": "round"}), lay.read_mapping,
                      'mapping.json: "shape" must be one of wide, long, student.'),
    "mapping role": (_mapping({"format": lay.MAPPING_FORMAT, "columns": {"Negro": "count:race:purple"}}),
                     lay.read_mapping,
                     'mapping.json: column "Negro" has the role "count:race:purple", which the program does not '
                     "know; see docs/enrollment.md for the roles."),
    "mapping header row": (_wide([WIDE_HEADER, *WIDE_ROWS]), _read_with_mapping({"header_row": 40}),
                           'district.xlsx, sheet "2024-25": the mapping\'s header_row 40 is outside the sheet (it has '
                           "4 rows)."),
    "mapping column": (_wide([WIDE_HEADER, *WIDE_ROWS]), _read_with_mapping({"columns": {"Negro": "ignore"}}),
                       'district.xlsx, sheet "2024-25": the mapping names a column "Negro" that is not in the header '
                       "row (row 1)."),
}


def _raised(case: str, folder: Path) -> EquityError:
    write, read, _ = CASES[case]
    path = write(folder)
    if path.is_relative_to(REAL) and not REAL.is_dir():
        pytest.skip("the real fixtures (../shared/fixtures/real) are not on this machine")
    with pytest.raises(EquityError) as caught:
        (read or read_enrollment)(path)
    return caught.value


def _is_spanish(sentence: str, english_sentence: str, file: str) -> None:
    assert sentence != english_sentence
    assert file in sentence, sentence
    ours = sentence.replace(file, "")
    for detail in DETAILS:
        ours = ours.replace(detail, "")
    found = [word for word in ENGLISH_WORDS if word in f" {ours.lower()} "]
    assert not found, (found, sentence)


@pytest.mark.parametrize("case", CASES)
def test_a_bad_file_is_said_in_english_as_before_and_in_spanish(case, tmp_path):
    error = _raised(case, tmp_path)
    assert isinstance(error, EnrollmentFileError)
    assert str(error) == CASES[case][2]
    assert error.sentence() == error.sentence(texts("en")) == str(error)
    assert isinstance(error._said, Message), "a sentence without a message id: not said in Spanish"
    _is_spanish(error.sentence(texts("es")), str(error), error.path.name)
    # What a reading keeps and a worker process sends back: the same sentence, said later in either language.
    kept = pickle.loads(pickle.dumps(error_message(error)))
    assert kept == str(error)
    assert said(kept, texts("es")) == error.sentence(texts("es"))


def test_spanish_sentences_say_the_file_s_words_as_they_are_and_numbers_as_spanish_writes_them(tmp_path):
    es = texts("es")
    far = _raised("far corner", tmp_path)
    assert far.sentence(es) == (
        "far-corner.xlsx, hoja «Data»: la hoja llega hasta la celda XFD1048576, así que leerla supone 1.048.576 "
        "filas × 16.384 columnas = 17.179.869.184 celdas, más de las 10.000.000 que el programa lee de una hoja de "
        "este tamaño, casi vacía; elimine las filas y columnas que siguen a los datos (o copie los datos en un libro "
        "nuevo), guárdelo e importe esa copia.")
    missing = _raised("sheet number past the last", tmp_path)
    assert missing.sentence(es) == ("district.xlsx: no hay ninguna hoja 4; el libro tiene 1 hoja (numerada desde "
                                    "1).")
    assert _raised("text over the limit", tmp_path).sentence(es).startswith(
        "text-over-limit.csv: el archivo ocupa 600 MB y el programa lee como máximo 500 MB de un archivo de "
        "texto;")
    assert _raised("workbook over the limit", tmp_path).sentence(es).startswith(
        "workbook-over-limit.xlsx: el libro ocupa 1,2 GB y el programa lee como máximo 1 GB;")
    if REAL.is_dir():
        sheet = _raised("sheet not there", tmp_path)
        assert sheet.sentence(es) == ('nj_enrollment_2019-20_slice.xlsx: no hay ninguna hoja "Schools 2019"; las '
                                      'hojas son "State ", "District", "School".')


def test_sizes_and_grouped_counts_keep_their_english():
    assert [size_said(size) for size in (600_000_000, 1_234_567_890, 2_600, 999_600_000_000, 12)] == [
        "600 MB", "1.23 GB", "2.6 KB", "1e+03 GB", "12 bytes"]
    es = texts("es")
    assert [size_said(size).in_language(es) for size in (1_234_567_890, 2_600, 1, 12)] == [
        "1,23 GB", "2,6 KB", "1 byte", "12 bytes"]
    assert Message("error.tables_too_many_cells", cells=Grouped(12_345_678), most=Grouped(80_000_000)) == (
        "the tables of this workbook hold 12,345,678 cells together, more than the 80,000,000 the program reads; "
        "save only the sheet you need in a workbook of its own, and import that.")


def test_a_reading_keeps_its_problem_to_be_said_in_the_window_s_language(tmp_path):
    path = CASES["no header"][0](tmp_path)
    reading = read_for_import(path)
    assert reading.table is None and reading.problem == CASES["no header"][2]
    with pytest.raises(EnrollmentFileError) as caught:
        read_enrollment(path)
    assert said(reading.problem, texts("es")) == caught.value.sentence(texts("es"))
    _is_spanish(said(reading.problem, texts("es")), reading.problem, path.name)


def test_cells_not_read_list_each_note_in_the_language(tmp_path):
    path = write_csv(tmp_path / "typos.csv", [["School Name", "School Code", "Black", "White"],
                                              ["Oak School", "001", "12O", 30],
                                              ["Pine School", "002", 40, "3O"]])
    table = read_enrollment(path, year="2024-25")
    with pytest.raises(EnrollmentFileError) as caught:
        check_no_errors(table)
    error = caught.value
    listed = "\n  ".join(note.text(path.name, table.sheet) for note in table.errors)
    assert str(error) == f"typos.csv: 2 cells could not be read; correct them and try again:\n  {listed}"
    spanish_sentence = error.sentence(texts("es"))
    assert spanish_sentence.startswith("typos.csv: 2 celdas no se pudieron leer; corríjalas y vuelva a intentarlo:")
    for note in table.errors:
        assert note.text(path.name, table.sheet, texts("es")) in spanish_sentence
    _is_spanish(spanish_sentence, str(error), path.name)


def test_the_year_the_outcomes_and_the_other_school(tmp_path, wide_file):
    es = texts("es")
    table = read_enrollment(wide_file)
    table.units[0].year = None
    with pytest.raises(EnrollmentFileError) as caught:
        snapshots_for(table, "Oak School")
    assert str(caught.value) == ('district.xlsx, sheet "2024-25": the file does not say which school year it is; '
                                 "give the school year (for example 2024-25).")
    _is_spanish(caught.value.sentence(es), str(caught.value), "district.xlsx")

    with pytest.raises(EnrollmentFileError) as caught:
        add_outcomes(table, read_enrollment(wide_file))
    assert str(caught.value).startswith('district.xlsx, sheet "2024-25": no column of this file counts students ')
    _is_spanish(caught.value.sentence(es), str(caught.value), "district.xlsx")

    gifted = read_enrollment(FIXTURES / "corpus" / "crdc_gifted.csv")
    sentence = other_school(table.units[1], ReviewSchool("Maple", "009", (("Maple School", "009"),)))
    assert sentence == ("Pine School (002) is not the school this review's earlier years were imported for, Maple "
                        "School (code 009); a trend across two schools would be wrong")
    assert said(sentence, es) == ("Pine School (002) no es la escuela para la que se importaron los años anteriores "
                                  "de esta autoevaluación, Maple School (código 009); una tendencia entre dos escuelas "
                                  "sería errónea")
    assert gifted.units  # an outcome file is read as one


def test_a_list_written_under_a_name_it_cannot_have(tmp_path):
    with pytest.raises(EquityError) as caught:
        write_screen([], ("school",), tmp_path / "schools.pdf")
    assert str(caught.value) == ("schools.pdf: the list can be written as .csv, .xlsx or .json; end the name with "
                                 "one of those.")
    _is_spanish(caught.value.sentence(texts("es")), str(caught.value), "schools.pdf")


def test_every_error_message_has_spanish_with_the_same_fields():
    ids = [key for key in english.MESSAGES if key.startswith("error.")]
    assert len(ids) > 60
    for key in ids:
        assert key in spanish.MESSAGES, key
        source, target = english.MESSAGES[key], spanish.MESSAGES[key]
        forms = source.values() if isinstance(source, dict) else [source]
        wanted = {field for form in forms for field in _fields(form)}
        for form in target.values() if isinstance(target, dict) else [target]:
            assert _fields(form) == wanted, key


def _fields(template: str) -> set[str]:
    import string

    return {field for _, field, _, _ in string.Formatter().parse(template) if field} - {"n"}


def _bound_to_messages(tree: ast.Module) -> set[str]:
    """Names (and attributes) the module binds to a Message call or to an error's message."""
    # a reading's problem is error.as_message(); _too_large and OUT_OF_MEMORY (imported from sources) are Messages
    found = {"reading.problem", "self._too_large", "OUT_OF_MEMORY"}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and _is_message(node.value, found):
            found |= {ast.unparse(target) for target in node.targets}
    return found


def _is_message(node: ast.expr, bound: set[str]) -> bool:
    if isinstance(node, ast.Call):
        name = ast.unparse(node.func)
        return name == "Message" or name.endswith("_too_large")
    if isinstance(node, ast.IfExp):
        return _is_message(node.body, bound) and _is_message(node.orelse, bound)
    return ast.unparse(node) in bound


@pytest.mark.parametrize("module", MODULES)
def test_every_error_raised_is_a_message(module):
    """A new English-only raise fails here: the message of every EnrollmentFileError (and every EquityError the
    module raises) is a Message(...) call or a name bound to one."""
    tree = ast.parse((ENROLLMENT / f"{module}.py").read_text(encoding="utf-8"))
    bound = _bound_to_messages(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and ast.unparse(node.func) in ("EnrollmentFileError", "EquityError",
                                                                     "OtherSchoolError"):
            message = node.args[1] if ast.unparse(node.func) != "EquityError" else node.args[0]
            assert _is_message(message, bound), f"{module}.py line {node.lineno}: {ast.unparse(message)}"
