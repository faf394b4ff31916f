"""`equity-desktop screen` measures every school at once (mgi_columns) and writes its CSV column by column; what
it writes is, byte for byte, what the school-by-school path writes (measure_table, ScreeningList.of,
write_screen), in every format, with every reference and rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from equity_desktop.cli.main import main
from equity_desktop.core.enrollment.analysis import measure_table
from equity_desktop.core.enrollment.errors import EnrollmentFileError
from equity_desktop.core.enrollment.mgi import Rule
from equity_desktop.core.enrollment.reading import companion_reference, read_enrollment
from equity_desktop.core.enrollment.screen_export import SCREEN_FIELDS, write_screen
from equity_desktop.core.enrollment.screening import ScreeningList

ROOT = Path(__file__).resolve().parents[2]
FILES = [ROOT / "tests" / "data" / "corpus" / name for name in ("ccd_052_long.csv", "county_districts.xlsx",
                                                                  "crdc_school.csv", "ccd_wide_old.txt",
                                                                  "unrecognised_race.csv")]
FILES += sorted((ROOT / "resources" / "sample").glob("*.*"))


def school_by_school(path: Path, out: Path, reference: str, rule: Rule) -> bytes | None:
    table = read_enrollment(path)
    district = companion_reference(table, reference)
    try:
        results = measure_table(table, rule, district_table=district, reference=reference)
    except EnrollmentFileError:
        return None
    return write_screen(ScreeningList.of(results).rows(), SCREEN_FIELDS, out).read_bytes()


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
@pytest.mark.parametrize("suffix", [".csv", ".json"])
@pytest.mark.parametrize(("reference", "rule"), [("district", Rule()), ("file", Rule("relative", 20.0))])
def test_screen_writes_what_the_school_by_school_path_writes(tmp_path, capsys, path, suffix, reference, rule):
    expected = school_by_school(path, tmp_path / f"expected{suffix}", reference, rule)
    arguments = ["screen", str(path), "-o", str(tmp_path / f"screen{suffix}"), "--reference", reference,
                 "--rule", rule.kind, "--threshold", str(rule.threshold)]
    if expected is None:  # refused school by school: refused by the command too
        assert main(arguments) != 0
        return
    assert main(arguments) == 0
    assert (tmp_path / f"screen{suffix}").read_bytes() == expected
