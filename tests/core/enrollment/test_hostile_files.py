"""Reading is total: every hostile file gives a table or one EnrollmentFileError, fast, in bounded memory.

The corpus is hostile_files.py; the hypothesis test mutates small valid files; the command line runs the
files that used to abort python-calamine (exit 134) or run away with gigabytes, and must say one sentence.
"""

from __future__ import annotations

import random
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import hostile_files
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from equity_desktop.core.enrollment import limits, sources
from equity_desktop.core.enrollment.background import BackgroundJob, memory_limit
from equity_desktop.core.enrollment.cells import QUOTED_CHARS, cap_quotes, quoted
from equity_desktop.core.enrollment.errors import EnrollmentFileError
from equity_desktop.core.enrollment.file_reading import read_for_import
from equity_desktop.core.enrollment.reading import read_enrollment

ROOT = Path(__file__).resolve().parents[3]
SECONDS = 10.0  # per file; the slowest corpus file takes about 1 s on a 2-core machine
MESSAGE_CHARS = 1300  # cap_quotes keeps a message under 1,200 characters, plus where it happened

# What each corpus file must give: "table" (read, whatever its notes say) or a telling part of the sentence.
EXPECTED = {
    "utf16le-bom.csv": "table", "utf16le.csv": "table", "utf16be-bom.csv": "table", "utf16be.csv": "table",
    "utf16le-odd-length.csv": "table", "utf32le-bom.csv": "table", "utf32be-bom.csv": "table",
    "utf32le.csv": "table", "utf32be.csv": "table", "utf8-bom.csv": "table", "cp1252.csv": "table",
    "nul-bytes.csv": "table", "nul-only.csv": "this is not a spreadsheet or a text table",
    "cell-5mb.csv": "table", "quoted-field-200kb.csv": "table", "header-cell-5mb.csv": "table",
    "quoted-field-5mb.csv": "row 5: a cell starting on this line is longer than 1,048,576 characters",
    "quote-never-closed.csv": "a quote mark (\") that is never closed",
    "text-over-limit.csv": "the file is 600 MB, more than the 500 MB the program reads from a text file",
    "workbook-over-limit.xlsx": "the workbook is 1.2 GB, more than the 1 GB the program reads",
    "png-named.xlsx": "this is a PNG image",
    "empty-sheet.xlsx": "the sheet is empty", "empty-sheet.ods": "the sheet is empty",
    "plain.xlsx": "table", "plain.ods": "table",
    "far-corner.xlsx": "reaches cell XFD1048576, so reading it means 1,048,576 rows × 16,384 columns",
    "far-corner-with-dimension.xlsx": "reaches cell XFD1048576",
    "far-corner-lying-dimension.xlsx": "reaches cell XFD1048576",
    "far-corner-and-a1.xlsx": "reaches cell XFD1048576",
    "far-corner-lower-case.xlsx": "reaches cell XFD1048576",
    "far-corner-single-quotes.xlsx": "reaches cell XFD1048576",
    "far-corner-prefixed.xlsx": "reaches cell XFD1048576",
    "far-corner-r-last.xlsx": "reaches cell XFD1048576",
    "cells-without-r.xlsx": "more than the 10,000,000 the program reads from a sheet this size, which is mostly empty",
    "far-row-narrow.xlsx": "reaches cell BX1048576, so reading it means 1,048,576 rows × 76 columns = 79,691,776 "
                           "cells, more than the 10,000,000 the program reads from a sheet this size",
    "far-row-sparse-allowed.xlsx": "table",  # 1,000 rows × 10,000 columns: mostly empty but within 10 million cells
    "far-corner-gt-in-attribute.xlsx": "reaches cell XFD1048576",
    "far-corner-r-in-attribute.xlsx": "reaches cell XFD1048576",
    "shared-strings-count-hidden.xlsx": "table",
    "beyond-last-column.xlsx": "has a cell at XFE1, beyond the last cell a sheet can have",
    "beyond-last-row.xlsx": "has a cell at A1048577, beyond the last cell",
    "overflowing-reference.xlsx": "beyond the last cell a sheet can have",
    "wide-and-long.xlsx": "200,000 rows × 702 columns = 140,400,000 cells",
    "empty-styled-far-corner.xlsx": "table",  # an empty styled cell allocates nothing
    "bad-reference.xlsx": "no reader could open this xlsx file",
    "bad-entity.xlsx": "no reader could open this xlsx file",
    "broken-shared-string-index.xlsx": "no reader could open this xlsx file",
    "shared-strings-count-bomb.xlsx": "table",  # calamine would reserve 24 PB: openpyxl reads it instead
    "xlsb-inside.xlsx": "this is an Excel binary workbook (.xlsb)",
    "zip-bomb-declared.xlsx": "unpacks from 422 bytes to 1.1 GB",
    "zip-bomb-zeros.xlsx": "unpacks from 204 KB to 210 MB (1,029 times), far more than a spreadsheet compresses",
    "zip-bomb-zeros.ods": "unpacks from 204 KB to 210 MB",
    "ods-repeat-bomb.ods": "reaches cell XFD1048576",
    "ods-repeat-huge.ods": "beyond the last cell a sheet can have",
    "ods-wide-rows.ods": "16,384 columns",
    "xls-huge-dimensions.xls": "table",  # calamine is not tried; xlrd reads it
    "xls-far-cell.xls": "python-calamine: not tried, its cells reach row 65,535 and column 65,535",
    "xls-fat-loop.xls": "python-calamine: not tried, a sector chain loops back on itself",
    "xls-huge-fat-count.xls": "table",
    "xls-huge-difat-field.xls": "table",
    **{name: "no reader could open" for name in hostile_files.CORPUS if name.startswith("truncated-")},
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    hostile_files.write_corpus(folder)
    return folder


def outcome(path: Path) -> str:
    """'table', or the sentence; anything else (an exception of another kind) fails the test where raised."""
    try:
        read_enrollment(path)
    except EnrollmentFileError as error:
        return str(error)
    return "table"


def test_every_corpus_file_has_an_expectation():
    assert set(EXPECTED) == set(hostile_files.CORPUS)


@pytest.mark.parametrize("name", sorted(hostile_files.CORPUS))
def test_each_hostile_file_gives_a_table_or_one_sentence_quickly(corpus, name):
    started = time.perf_counter()
    said = outcome(corpus / name)
    assert time.perf_counter() - started < SECONDS
    if EXPECTED[name] == "table":
        assert said == "table"
    else:
        assert said.startswith(name) and EXPECTED[name] in said
        assert "\n" not in said and len(said) < MESSAGE_CHARS


def test_a_5mb_cell_is_quoted_in_60_characters(corpus):
    table = read_enrollment(corpus / "cell-5mb.csv")
    note = next(n for n in table.notes if "is not a number" in n.message)
    assert note.message.startswith('"' + "9" * QUOTED_CHARS + '…" is not a number')
    header = read_enrollment(corpus / "header-cell-5mb.csv")
    assert all(len(n.message) < MESSAGE_CHARS and len(n.column or "") < MESSAGE_CHARS for n in header.notes)
    assert any("Asian" + "y" * (QUOTED_CHARS - 5) + "…" in n.message for n in header.notes)


def test_text_in_any_encoding_reads_to_the_same_rows(corpus):
    expected = sources.read_sheet(corpus / "utf8-bom.csv").rows
    for name in ("utf16le.csv", "utf16be.csv", "utf16be-bom.csv", "utf32le.csv", "utf32be.csv", "utf32le-bom.csv",
                 "utf32be-bom.csv", "nul-bytes.csv"):
        assert sources.read_sheet(corpus / name).rows == expected, name
    assert sources.read_sheet(corpus / "cp1252.csv").rows[1][0] == "Oak \u00c9cole \u2013 School"


def test_a_200kb_field_is_read_whole(corpus):
    rows = sources.read_sheet(corpus / "quoted-field-200kb.csv").rows
    assert rows[-1][0] == "Elm " + "x" * 200_000


def test_the_fallback_reader_reads_what_calamine_must_not_open(corpus):
    for name in ("shared-strings-count-bomb.xlsx", "shared-strings-count-hidden.xlsx"):
        assert read_enrollment(corpus / name).reader == "openpyxl", name
    for name in ("xls-huge-dimensions.xls", "xls-huge-fat-count.xls", "xls-huge-difat-field.xls"):
        assert read_enrollment(corpus / name).reader == "xlrd", name
    assert limits.inspect_workbook(ROOT / "tests/data/enrollment_small.xls", "xls").skip == {}


def _a_real_panic() -> type[BaseException]:
    """pyo3's PanicException, caught from python-calamine on a truncated .xls (it is not importable by name)."""
    import python_calamine

    with tempfile.TemporaryDirectory() as folder:
        path = hostile_files.CORPUS["truncated-0.99.xls"](Path(folder))
        with sources._quiet():
            try:
                python_calamine.CalamineWorkbook.from_path(str(path))
            except BaseException as error:  # noqa: BLE001 - the point: it is a BaseException, not an Exception
                return type(error)
    raise AssertionError("python-calamine read a truncated .xls")


def test_a_rust_panic_counts_as_the_reader_failing_and_the_next_reader_reads(corpus, monkeypatch):
    panic = _a_real_panic()
    assert not issubclass(panic, Exception)

    def panicking(path):
        raise panic("chunk size must be non-zero")

    monkeypatch.setitem(sources._READERS, "xlsx", (("python-calamine", panicking), ("openpyxl", sources._openpyxl)))
    assert read_enrollment(corpus / "plain.xlsx").reader == "openpyxl"
    monkeypatch.setitem(sources._READERS, "xlsx", (("python-calamine", panicking),))
    with pytest.raises(EnrollmentFileError, match="python-calamine: chunk size must be non-zero"):
        read_enrollment(corpus / "plain.xlsx")


def test_ctrl_c_in_a_reader_is_not_swallowed(corpus, monkeypatch):
    def interrupted(path):
        raise KeyboardInterrupt

    monkeypatch.setitem(sources._READERS, "xlsx", (("python-calamine", interrupted), ("openpyxl", sources._openpyxl)))
    with pytest.raises(KeyboardInterrupt):
        read_enrollment(corpus / "plain.xlsx")


def test_running_out_of_memory_is_a_sentence(corpus, monkeypatch):
    def exhausted(path):
        raise MemoryError

    monkeypatch.setitem(sources._READERS, "xlsx", (("python-calamine", exhausted), ("openpyxl", sources._openpyxl)))
    with pytest.raises(EnrollmentFileError, match="plain.xlsx: the computer ran out of memory reading this file"):
        read_enrollment(corpus / "plain.xlsx")


def test_quoted_cells_and_messages_are_capped():
    assert quoted("x" * 500) == '"' + "x" * QUOTED_CHARS + '…"'
    assert quoted(12.0) == '"12"'
    message = f'"{"y" * 10_000}" is not a number; type the number.'
    assert cap_quotes(message) == f'"{"y" * QUOTED_CHARS}…" is not a number; type the number.'
    sentence = '"Oak" was left out, and the words between two quoted cells are not a quote of their own "Pine".'
    assert cap_quotes(sentence) == sentence
    unpaired = "a \"" + "z" * 5000 + " ends here; do this."
    assert len(cap_quotes(unpaired)) < 1300 and cap_quotes(unpaired).endswith("ends here; do this.")
    error = EnrollmentFileError("f.csv", f'"{"w" * 10_000}" is bad.', sheet="s" * 500, column=f'F ("{"h" * 900}")')
    assert len(str(error)) < 400


def test_the_limits_let_a_statewide_file_through():
    """1,000,000 rows × 60 columns (a statewide file) and 1,048,576 × 76 pass; the quick scan needs no more."""
    assert 1_000_000 * 60 <= limits.MAX_CELLS and limits.MAX_ROWS * limits._NEAR_COLUMNS <= limits.MAX_CELLS
    assert limits.MAX_TEXT_BYTES >= 300_000_000  # 3 million rows of a 100-byte NCES extract


def test_a_wide_sheet_within_the_limits_is_read(tmp_path):
    """Past column BX the scan looks for rows too: 3 rows reaching column ZZ are far from the limit."""
    table = [hostile_files.HEADER + [f"Extra {n}" for n in range(693)], *[r + [0] * 693 for r in hostile_files.ROWS]]
    path = tmp_path / "wide.xlsx"
    path.write_bytes(hostile_files.xlsx(hostile_files.table_rows_xml(table)))
    assert len(sources.read_sheet(path).rows[0]) == 702
    assert read_enrollment(path).units


def test_the_worker_limits_its_address_space():
    job = BackgroundJob(address_space)
    job.start()
    kind, (soft, _) = job.wait()[-1]
    expected = memory_limit()  # None where RLIMIT_AS does not apply (macOS): the worker then keeps ours
    assert kind == "done" and soft == (expected if expected is not None else address_space()[0])
    if sys.platform.startswith("linux"):
        assert expected is not None and expected >= 3 << 30


def address_space(progress=None) -> tuple[int, int]:
    """The worker's own RLIMIT_AS (a BackgroundJob target: module level, takes progress=)."""
    return resource.getrlimit(resource.RLIMIT_AS)


def test_the_worker_refuses_a_far_corner_with_a_sentence(corpus):
    job = BackgroundJob(read_for_import, corpus / "far-corner.xlsx")
    job.start()
    kind, sentence = job.wait()[-1]
    assert kind == "error" and sentence.startswith("far-corner.xlsx, sheet \"Data\": the sheet reaches cell XFD1048576")


def test_the_command_line_says_one_sentence_for_aborts_and_bombs(corpus):
    def run(arguments: list[str]) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "equity_desktop", *arguments], capture_output=True, text=True,
                              timeout=120, cwd=ROOT)

    commands = [["mgi", str(corpus / name)] for name in hostile_files.ABORTS_AND_BOMBS]
    commands.append(["screen", str(corpus / "far-corner-and-a1.xlsx")])
    with ThreadPoolExecutor(2) as threads:
        done = list(threads.map(run, commands))
    for command, result in zip(commands, done):
        name = Path(command[1]).name
        assert result.returncode == 2, (name, result.returncode, result.stderr[-500:])
        assert result.stderr.startswith(f"equity-desktop: {name}") and result.stderr.count("\n") == 1, name
        assert "Traceback" not in result.stderr and result.stdout == ""


SEEDS = hostile_files.seeds()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(SEEDS)), st.randoms(use_true_random=False), st.integers(1, 8),
       st.sampled_from(["", ".xlsx", ".xls", ".ods", ".csv"]))
def test_mutated_files_give_a_table_or_a_sentence(seed, rng: random.Random, edits, suffix):
    data = hostile_files.mutate(SEEDS[seed], rng, edits)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ("mutated" + (suffix or Path(seed).suffix))
        path.write_bytes(data)
        started = time.perf_counter()
        said = outcome(path)
        assert time.perf_counter() - started < SECONDS
        assert said == "table" or (said.startswith(path.name) and len(said) < MESSAGE_CHARS)
