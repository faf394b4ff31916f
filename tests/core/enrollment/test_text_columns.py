"""A large text file is read by columns (text_columns.py); it must give the table the rows give, to the note.

Each test reads a file twice: as a small file (rows), and as a large one (COLUMNAR_BYTES lowered to 0, so
that pandas reads its body by columns). Files: every CSV of the corpus and the real Chicago file, and
hostile shapes pandas reads differently from the csv module (ragged rows, a line break in a header cell,
blank lines, other encodings).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from equity_desktop.core.enrollment import limits, sources
from equity_desktop.core.enrollment.errors import EnrollmentFileError
from equity_desktop.core.enrollment.reading import read_enrollment

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT / "tests" / "data" / "corpus"
TEXT_FILES = sorted(p for p in CORPUS.iterdir() if p.suffix in (".csv", ".txt"))
REAL_CSV = ROOT.parent / "shared" / "fixtures" / "real" / "chicago_ps_racial_ethnic_2018-19_schools.csv"
LONG_HEADER = "School Name,School Code,Race,Sex,Grade,Count,TOTAL_INDICATOR,DMS_FLAG"


def _table(path: Path, monkeypatch, *, by_columns: bool, **options):
    with monkeypatch.context() as patch:
        if by_columns:
            patch.setattr(sources, "COLUMNAR_BYTES", 0)
        table = read_enrollment(path, **options)
    return table


def _as_compared(table) -> tuple:
    return ([dataclasses.asdict(u) for u in table.units], [dataclasses.asdict(u) for u in table.references],
            table.notes, table.suppressed, table.blank_cells, table.rows_read, table.layout.to_mapping())


def _same_both_ways(path: Path, monkeypatch, **options) -> None:
    by_rows = _table(path, monkeypatch, by_columns=False, **options)
    by_columns = _table(path, monkeypatch, by_columns=True, **options)
    assert _as_compared(by_columns) == _as_compared(by_rows)


@pytest.mark.parametrize("path", TEXT_FILES, ids=lambda p: p.name)
def test_corpus_files_read_the_same_by_columns(path, monkeypatch):
    _same_both_ways(path, monkeypatch)


def test_the_real_chicago_file_reads_the_same_by_columns(monkeypatch):
    if not REAL_CSV.exists():
        pytest.skip("the shared real fixtures are not next to this clone")
    _same_both_ways(REAL_CSV, monkeypatch)


def _long_rows() -> list[str]:
    rows = []
    for school, code in (("Oak School", "0101"), ("Elm School", "0102")):
        for race, n in (("Asian", 4), ("Black", 12), ("Hispanic", 30), ("White", 9)):
            for sex, half in (("Female", n // 2), ("Male", n - n // 2)):
                rows.append(f"{school},{code},{race},{sex},K,{half},Category Set A,Reported")
        rows.append(f"{school},{code},No Category Codes,No Category Codes,No Category Codes,55,"
                    "Education Unit Total,Reported")
    return rows


def test_a_bad_count_is_reported_on_its_row_past_blank_lines(tmp_path, monkeypatch):
    rows = _long_rows()
    rows[3] = rows[3].replace(",6,", ",six,")
    path = tmp_path / "long.csv"
    path.write_text("\n".join([LONG_HEADER, rows[0], "", "", *rows[1:]]) + "\n", encoding="utf-8")
    by_columns = _table(path, monkeypatch, by_columns=True)
    [bad] = by_columns.errors
    assert bad.row == 7 and '"six" is not a number' in bad.message  # header, row 2, two blank lines, rows 5-7
    _same_both_ways(path, monkeypatch)


def test_ragged_rows_are_read_as_the_csv_module_reads_them(tmp_path, monkeypatch):
    rows = _long_rows()
    rows[2] += ",an extra cell,and another"  # pandas refuses a row longer than the first: the body reads rows
    rows[5] = ",".join(rows[5].split(",")[:6])  # a short row: its flag is missing
    path = tmp_path / "ragged.csv"
    path.write_text("\n".join([LONG_HEADER, *rows]) + "\n", encoding="utf-8")
    _same_both_ways(path, monkeypatch)
    assert read_enrollment(path).units[0].counts


def test_a_line_break_in_a_header_cell(tmp_path, monkeypatch):
    header = LONG_HEADER.replace("School Name", '"School\nName"')
    path = tmp_path / "broken_header.csv"
    path.write_text("\n".join(["Enrollment by school, 2023-24", header, *_long_rows()]) + "\n", encoding="utf-8")
    _same_both_ways(path, monkeypatch)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1252", "utf-16"])
def test_other_encodings(tmp_path, monkeypatch, encoding):
    rows = [r.replace("Oak School", "Escuela Niños Héroes") for r in _long_rows()]
    path = tmp_path / f"long_{encoding}.csv"
    path.write_bytes(("\r\n".join([LONG_HEADER, *rows]) + "\r\n").encode(encoding))
    _same_both_ways(path, monkeypatch)
    assert read_enrollment(path).units[0].name == "Escuela Niños Héroes"


def test_a_year_chosen_and_a_mapping_read_the_same_by_columns(monkeypatch):
    path = CORPUS / "ccd_052_long.csv"
    _same_both_ways(path, monkeypatch, year="2023-24")
    mapping = read_enrollment(path).layout.to_mapping()
    _same_both_ways(path, monkeypatch, mapping=mapping)


def test_a_student_file_too_large_for_rows_is_a_sentence(tmp_path, monkeypatch):
    path = tmp_path / "students.csv"
    path.write_text("Student ID,School,Race,Gender\n" + "".join(f"S{n},Oak School,Black,F\n" for n in range(50)),
                    encoding="utf-8")
    monkeypatch.setattr(sources, "COLUMNAR_BYTES", 0)
    monkeypatch.setattr(limits, "MAX_TEXT_BYTES", 100)
    with pytest.raises(EnrollmentFileError) as raised:
        read_enrollment(path)
    assert "more than the 100 bytes the program reads from a text file" in str(raised.value) or \
        "the program reads from a text file" in str(raised.value)


# pyarrow reads a plain UTF-8 file's columns (text_columns._by_arrow); pandas reads what pyarrow refuses. The tests
# below hold the two readers to the csv module's reading, on random files with the cells that trip CSV readers.

_CELLS = ["Oak School", "Elm, the School", 'The "Elm"', "Line\nbreak", "Cr\r\nlf", "", " ", "007", "12", "1,234",
          "*", "<10", "-9", "0", "3.5", "Total", "N/A", "NULL", "nan", "Ñandú", "x\x00y", 'a"b', "1e999", "TRUE"]


def _random_text(rng, rows: int, width: int, *, blank_lines: bool, crlf: bool) -> str:
    def field(value: str) -> str:
        if any(ch in value for ch in ',"\r\n') or rng.random() < 0.1:
            return '"' + value.replace('"', '""') + '"'
        return value

    lines = [",".join(f"H{i}" for i in range(width))]
    for _ in range(rows):
        if blank_lines and rng.random() < 0.05:
            lines.append("")
            continue
        cells = [rng.choice(_CELLS) for _ in range(width)]
        if '"' in "".join(cells[:1]) and rng.random() < 0.5:
            cells[0] = 'a"b'  # a quote inside an unquoted cell stays a quote
        lines.append(",".join(field(c) if c != 'a"b' else c for c in cells))
    return ("\r\n" if crlf else "\n").join(lines) + ("\r\n" if crlf else "\n")


def _cells_of(found: dict) -> dict:
    return {i: [coded.values[c] for c in coded.codes.tolist()] for i, coded in found.items()}


@pytest.mark.parametrize("seed", range(40))
def test_pyarrow_reads_the_cells_the_csv_module_reads(tmp_path, seed):
    import csv
    import io
    import random

    from equity_desktop.core.enrollment import text_columns

    rng = random.Random(seed)
    width = rng.randint(2, 6)
    text = _random_text(rng, rng.randint(1, 300), width, blank_lines=seed % 3 == 0, crlf=seed % 2 == 0)
    path = tmp_path / "random.csv"
    path.write_bytes(text.encode("utf-8"))
    wanted = sorted(rng.sample(range(width), rng.randint(1, width)))
    found = text_columns._by_arrow(path, ("utf-8", 0, "strict"), ",", 1, wanted, width)
    rows = list(csv.reader(io.StringIO(text.replace("\x00", ""), newline="")))[1:]
    if found is None:  # refused (the csv module reads it too): every row must then not be `width` cells wide
        assert any(len(row) not in (0, width) for row in rows)
        return
    expected = {i: [row[i] if row else "" for row in rows] for i in wanted}
    assert _cells_of(found) == expected


def test_pyarrow_and_pandas_read_the_same_codes_of_a_long_file(tmp_path, monkeypatch):
    """The same table, to the note, whichever reader read the body (pyarrow, else pandas), and as rows."""
    import random

    from equity_desktop.core.enrollment import text_columns

    rng = random.Random(7)
    rows = []
    for school in range(60):
        name = rng.choice(["Oak School", "Elm, the School", 'The "Birch" School', "Pine\nSchool"]) + f" {school}"
        code = f"{school:04d}"
        for race in ("Asian", "Black", "Hispanic", "White", "Martian"):
            for sex in ("Female", "Male"):
                count = rng.choice(["4", "12", "*", "", "007", "1,234", "six", "0"])
                rows.append(",".join(['"' + name.replace('"', '""') + '"', code, race, sex, "K", f'"{count}"',
                                      "Category Set A", rng.choice(["Reported", "Not reported"])]))
        rows.append(f'"{name}",{code},No Category Codes,No Category Codes,No Category Codes,55,'
                    "Education Unit Total,Reported")
    path = tmp_path / "long.csv"
    path.write_text("\n".join([LONG_HEADER, *rows]) + "\n", encoding="utf-8")
    by_arrow = _as_compared(_table(path, monkeypatch, by_columns=True))
    with monkeypatch.context() as patch:
        patch.setattr(text_columns, "_by_arrow", lambda *args: None)
        by_pandas = _as_compared(_table(path, monkeypatch, by_columns=True))
    assert by_arrow == by_pandas
    _same_both_ways(path, monkeypatch)


def test_a_quote_past_the_first_megabyte_is_read_the_careful_way(tmp_path, monkeypatch):
    from equity_desktop.core.enrollment import text_columns

    rows = _long_rows()
    rows[-1] = rows[-1].replace("Elm School", '"Elm\nSchool"')  # a line break in a quoted cell, on the last row
    path = tmp_path / "late_quote.csv"
    path.write_text("\n".join([LONG_HEADER, *rows]) + "\n", encoding="utf-8")
    monkeypatch.setattr(text_columns, "_QUOTE_LOOK", 16)  # the quote is past what is looked at first
    used = []
    real = text_columns._by_arrow
    monkeypatch.setattr(text_columns, "_by_arrow", lambda *args: used.append(found := real(*args)) or found)
    _same_both_ways(path, monkeypatch)
    assert used and used[0] is not None  # pyarrow read it, the second time with line breaks in cells


def test_the_arrow_reader_is_used_for_a_plain_file_and_refuses_a_ragged_one(tmp_path, monkeypatch):
    from equity_desktop.core.enrollment import text_columns

    plain = tmp_path / "plain.csv"
    plain.write_text("\n".join([LONG_HEADER, *_long_rows()]) + "\n", encoding="utf-8")
    found = text_columns._by_arrow(plain, ("utf-8", 0, "strict"), ",", 1, [0, 5], 8)
    assert found is not None and _cells_of(found)[0][:2] == ["Oak School", "Oak School"]
    ragged = tmp_path / "ragged.csv"
    rows = _long_rows()
    rows[4] += ",one more"
    ragged.write_text("\n".join([LONG_HEADER, *rows]) + "\n", encoding="utf-8")
    assert text_columns._by_arrow(ragged, ("utf-8", 0, "strict"), ",", 1, [0, 5], 8) is None
    assert text_columns._by_arrow(plain, ("cp1252", 0, "strict"), ",", 1, [0, 5], 8) is None


def test_a_byte_that_is_not_utf8_in_an_unread_column_reads_the_whole_file_as_windows_1252(tmp_path, monkeypatch):
    """The row reader decodes the whole file as UTF-8 or else as Windows-1252; pyarrow checks only the columns it
    reads, so the reader refuses the file and the name reads as the row reader reads it."""
    rows = [r.replace("Oak School", "Escuela Niños") + ",fine" for r in _long_rows()]
    rows[-1] = rows[-1][:-len("fine")] + "caf\xe9"  # on the last row: past the first rows read as rows
    path = tmp_path / "mixed.csv"
    path.write_bytes(("\n".join([LONG_HEADER + ",Note", *rows]) + "\n").encode("utf-8").replace(b"caf\xc3\xa9",
                                                                                                 b"caf\xe9"))
    monkeypatch.setattr(sources, "_TEXT_PIECE", 1000)  # the first rows are read from the first 1,000 bytes
    _same_both_ways(path, monkeypatch)
    assert read_enrollment(path).units[0].name == "Escuela NiÃ±os"


_WITHOUT_PYARROW = """
import dataclasses, sys
sys.modules["pyarrow"] = None  # as the installers ship the program: pandas reads large text files
from equity_desktop.core.enrollment import sources
from equity_desktop.core.enrollment.reading import read_enrollment
sources.COLUMNAR_BYTES = 0
table = read_enrollment(sys.argv[1])
def plain(value):  # a unit's groups in sorted order: the order of the zero-filled groups follows the hash seed
    return sorted((repr(k), plain(v)) for k, v in value.items()) if isinstance(value, dict) else value
units = [plain(dataclasses.asdict(u)) for u in table.units]
print(repr((units, [plain(dataclasses.asdict(u)) for u in table.references], table.notes, table.suppressed,
            table.blank_cells, table.rows_read)))
"""


def _plain(value):
    return sorted((repr(k), _plain(v)) for k, v in value.items()) if isinstance(value, dict) else value


@pytest.mark.parametrize("path", [CORPUS / "ccd_052_long.csv", CORPUS / "long_no_zero_rows.csv"], ids=lambda p: p.name)
def test_without_pyarrow_pandas_reads_the_same_table(path, monkeypatch):
    """The installers leave pyarrow out (docs/architecture.md): pandas, without pyarrow's strings, reads the same."""
    import subprocess
    import sys

    pytest.importorskip("pyarrow")
    done = subprocess.run([sys.executable, "-c", _WITHOUT_PYARROW, str(path)], capture_output=True, text=True,
                          check=True, cwd=ROOT)
    table = _table(path, monkeypatch, by_columns=True)
    assert done.stdout.strip() == repr(([_plain(dataclasses.asdict(u)) for u in table.units],
                                        [_plain(dataclasses.asdict(u)) for u in table.references], table.notes,
                                        table.suppressed, table.blank_cells, table.rows_read))
