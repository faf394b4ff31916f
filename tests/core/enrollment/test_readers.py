"""Every format, read into the same table; fallbacks when the fast reader fails."""

from pathlib import Path

import pytest
from conftest import FIXTURES, WIDE_HEADER, WIDE_ROWS, WIDE_TOTAL, write_csv, write_xlsx

from equity_desktop.core.enrollment import sources
from equity_desktop.core.enrollment.errors import EnrollmentFileError
from equity_desktop.core.enrollment.groups import BLACK, RACE
from equity_desktop.core.enrollment.reading import read_enrollment

ROWS = [WIDE_HEADER, *WIDE_ROWS, WIDE_TOTAL]


def black_of(table):
    return {u.name: u.counts[(RACE, BLACK)] for u in table.units}


EXPECTED = {"Oak School": 40.0, "Pine School": 150.0, "Elm School": 100.0}


def test_xlsx_through_calamine(wide_file):
    table = read_enrollment(wide_file)
    assert table.reader == "python-calamine" and black_of(table) == EXPECTED
    assert table.references[0].name == "District Total"


def test_xlsx_falls_back_to_openpyxl_when_calamine_fails(wide_file, monkeypatch):
    def broken(path):
        raise ValueError("calamine cannot read this")

    monkeypatch.setitem(sources._READERS, "xlsx", (("python-calamine", broken), ("openpyxl", sources._openpyxl)))
    table = read_enrollment(wide_file)
    assert table.reader == "openpyxl" and black_of(table) == EXPECTED


def test_every_reader_failing_is_one_sentence(wide_file, monkeypatch):
    def broken(path):
        raise ValueError("bad zip")

    monkeypatch.setitem(sources._READERS, "xlsx", (("python-calamine", broken), ("openpyxl", broken)))
    with pytest.raises(EnrollmentFileError, match=r"district\.xlsx: no reader could open .* save it again"):
        read_enrollment(wide_file)


@pytest.mark.parametrize("reader", ["python-calamine", "xlrd"])
def test_xls_by_both_readers(reader, monkeypatch):
    chosen = dict(sources._READERS["xls"])[reader]
    monkeypatch.setitem(sources._READERS, "xls", ((reader, chosen),))
    table = read_enrollment(FIXTURES / "enrollment_small.xls")
    assert table.reader == reader
    assert {u.name: u.counts[(RACE, BLACK)] for u in table.units} == {"Oak School": 40.0, "Pine School": 150.0}
    assert table.units[0].year == "2023-24"


def test_xls_hidden_sheet_is_listed_and_marked():
    sheets = sources.list_sheets(FIXTURES / "enrollment_small.xls")
    assert [(s.name, s.hidden) for s in sheets] == [("Enrollment 2023-24", False), ("Notes", True)]


def test_hidden_xlsx_sheet_is_skipped_by_default(tmp_path):
    path = write_xlsx(tmp_path / "h.xlsx", {"Old": [["x"]], "Data": ROWS}, hidden=("Old",))
    assert [(s.name, s.hidden) for s in sources.list_sheets(path)] == [("Old", True), ("Data", False)]
    assert black_of(read_enrollment(path)) == EXPECTED


@pytest.mark.parametrize("reader", ["python-calamine", "odfpy"])
def test_ods_by_both_readers(reader, tmp_path, monkeypatch):
    import pandas

    path = tmp_path / "district.ods"
    pandas.DataFrame(ROWS).to_excel(path, header=False, index=False, engine="odf", sheet_name="Enrollment")
    chosen = dict(sources._READERS["ods"])[reader]
    monkeypatch.setitem(sources._READERS, "ods", ((reader, chosen),))
    table = read_enrollment(path)
    assert table.reader == reader and black_of(table) == EXPECTED


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_csv_delimiters_and_encodings(tmp_path, encoding, delimiter):
    rows = [list(r) for r in ROWS]
    rows[1][0] = "Peña School"  # the accent proves the encoding was detected
    path = write_csv(tmp_path / "district.csv", rows, delimiter=delimiter, encoding=encoding)
    assert black_of(read_enrollment(path)) == {"Peña School": 40.0, "Pine School": 150.0, "Elm School": 100.0}


def test_txt_is_read_as_text(tmp_path):
    path = write_csv(tmp_path / "district.txt", ROWS, delimiter="\t")
    assert black_of(read_enrollment(path)) == EXPECTED


def test_sheet_by_name_forgiving_spaces_and_case_and_by_number(tmp_path):
    path = write_xlsx(tmp_path / "s.xlsx", {"Notes": [["read me"]], "School ": ROWS})
    assert black_of(read_enrollment(path, "school")) == EXPECTED
    assert black_of(read_enrollment(path, 2)) == EXPECTED
    assert black_of(read_enrollment(path, "2")) == EXPECTED


def test_unknown_sheet_lists_the_sheets(tmp_path):
    path = write_xlsx(tmp_path / "s.xlsx", {"A": ROWS, "B": ROWS})
    with pytest.raises(EnrollmentFileError, match=r'there is no sheet "C"; the sheets are "A", "B"'):
        read_enrollment(path, "C")
    with pytest.raises(EnrollmentFileError, match=r"there is no sheet 3; the workbook has 2 sheets"):
        read_enrollment(path, 3)


def test_sha256_is_recorded(wide_file):
    import hashlib

    assert read_enrollment(wide_file).sha256 == hashlib.sha256(Path(wide_file).read_bytes()).hexdigest()


def test_utf16_unicode_text_from_excel(tmp_path):
    path = tmp_path / "unicode.txt"
    path.write_text("\n".join("\t".join(str(v) for v in row) for row in ROWS), encoding="utf-16")
    assert black_of(read_enrollment(path)) == EXPECTED


def test_the_other_sheets_are_listed_when_none_was_chosen(tmp_path):
    path = write_xlsx(tmp_path / "s.xlsx", {"2024-25": ROWS, "2023-24": ROWS, "Old": ROWS}, hidden=("Old",))
    notes = read_enrollment(path).note_texts()
    assert any('also has "2023-24", "Old" (hidden)' in n for n in notes)
    assert not any("also has" in n for n in read_enrollment(path, "2023-24").note_texts())
