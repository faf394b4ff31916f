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
