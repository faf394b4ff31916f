"""Finding the header row and what each column holds, and the mapping file that overrides it.

A Layout says which row is the header, which shape the table has (wide: a
column per group; long: a row per group; student: a row per student) and the
role of each column. Detection fills it in; a mapping file (JSON, the same
file the GUI saves) corrects any part of it.
"""

from __future__ import annotations

import functools
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from equity_desktop.core.atomic import write_atomically
from equity_desktop.core.enrollment import groups as g
from equity_desktop.core.enrollment.cells import cell_text, is_blank, number_or_none, parse_flag, parse_number
from equity_desktop.core.enrollment.errors import HEADER_STEP, EnrollmentFileError
from equity_desktop.core.enrollment.federal_names import ccd_wide_roles, crdc_role
from equity_desktop.core.enrollment.roles import (  # noqa: F401 - the package knows them as layout's
    ANY,
    COUNT_STATUS,
    DISTRICT_ID,
    DISTRICT_NAME,
    GRADE,
    IGNORE,
    LEVEL,
    OUTCOME_COUNT,
    SCHOOL_ID,
    SCHOOL_NAME,
    TOTAL,
    TOTAL_INDICATOR,
    UNSPECIFIED,
    VALUE,
    YEAR,
    valid_role,
)
from equity_desktop.core.i18n.message import Message, Term

WIDE, LONG, STUDENT = "wide", "long", "student"
SHAPES = (WIDE, LONG, STUDENT)
MAPPING_FORMAT = "equity-desktop-mapping"
HEADER_SCAN_ROWS = 40
SAMPLE_ROWS = 300

_ROLE_HEADERS = {
    SCHOOL_NAME: ("school name", "school", "sch name", "schname", "campus name", "campus", "school nm",
                  "name of school", "site name", "building name", "building", "school site"),
    SCHOOL_ID: ("school code", "school id", "ncessch", "sch id", "schid", "school number", "school no", "dbn",
                "combokey",
                "campus number", "school dbn", "cds code", "cds", "state school number",
                "state school id", "st schid", "campus id", "campus number", "nces school id", "school nces id",
                "location code", "school cd", "sch code", "school num", "org code", "organization code"),
    DISTRICT_NAME: ("district name", "district", "lea name", "dist name", "leaname", "lea", "division name"),
    DISTRICT_ID: ("district code", "district id", "leaid", "lea id", "dist id", "district number", "st leaid",
                  "district no", "dist code", "district cd"),
    LEVEL: ("level", "entity type", "record type", "aggregation level", "agg level", "summary level",
            "reporting level", "level of data"),
    YEAR: ("school year", "year", "sy", "academic year", "school yr", "survey year", "end year"),
    TOTAL: ("total", "total enrollment", "enrollment", "total students", "membership", "total membership",
            "all students", "grand total", "total count", "total student count", "enrollment total",
            "number of students", "student enrollment", "total enrolled", "enrolled", "total enrollment count"),
    VALUE: ("student count", "count", "number", "n", "students", "enrollment count", "headcount", "value",
            "membership count", "number enrolled"),
    GRADE: ("grade", "grade level", "grades", "grade lvl", "grade band"),
    TOTAL_INDICATOR: ("total indicator",),
    COUNT_STATUS: ("dms flag", "data status", "count status"),
    f"category:{g.RACE}": ("race", "ethnicity", "race ethnicity", "race eth", "raceeth", "race and ethnicity",
                           "federal race", "race ethnicity code", "race code", "ethnic", "ethnic code",
                           "race ethnic"),
    f"category:{g.GENDER}": ("gender", "sex", "gender code", "sex code"),
    f"category:{ANY}": ("subgroup", "student group", "group", "demographic", "category", "student subgroup",
                        "demographic group", "reporting category"),
    "outcome:AP enrollment": ("ap", "ap enrollment", "advanced placement", "ap course", "ap courses", "in ap",
                              "enrolled in ap"),
    "outcome:Gifted": ("gifted", "gifted referral", "gifted and talented", "gt", "gate", "gifted talented"),
    "outcome:Suspension": ("suspension", "suspended", "suspensions", "oss", "out of school suspension",
                           "iss", "in school suspension", "suspended oss"),
    "outcome:Special education identification": ("special education identification", "sped identified",
                                                 "identified for special education"),
}
_HEADER_ROLES = {spelling: role for role, spellings in _ROLE_HEADERS.items() for spelling in spellings}
_PERCENT_WORDS = {"percent", "pct", "share", "percentage", "proportion", "rate", "of total"}
_FILLER_WORDS = {"count", "number", "of", "students", "student", "enrollment", "num", "no", "n", "total", "cnt",
                 "enrolled", "membership", "status", "flag", "indicator", "eligible", "eligibility", "yn", "ind"}
# Columns nobody wants summed even when their cells are numbers (codes, ids, addresses).
_ID_WORDS = {"code", "id", "name", "county", "city", "address", "zip", "phone", "type", "number", "nces",
             "grade", "date", "dob", "birth", "first", "last", "lat", "lon", "latitude", "longitude", "state",
             # CCD and state identifiers: FIPS state code, agency numbers, LEA/school ids, DBN, CDS, union.
             "fips", "fipst", "st", "statename", "agency", "union", "leaid", "ncessch", "schid", "dbn",
             "cds", "lea", "sch", "district", "year", "sy"}
_FLAG_DIMENSIONS = (g.ENGLISH_LEARNER, g.DISABILITY, g.ECONOMIC)


@dataclass
class Column:
    index: int
    header: str          # as the file shows it, spaces collapsed
    key: str             # header, with " (2)" etc. for repeated headers
    role: str | None     # None: not recognised
    reason: str = ""     # why the detector (or the mapping) gave it this role, as a core.i18n Message
    by_values: bool = False  # decided from the cells, not the header alone: the report says so


@dataclass
class Layout:
    shape: str
    header_row: int                      # 1-based, as the spreadsheet shows it
    columns: list[Column]
    values: dict[str, dict[str, str]] = field(default_factory=dict)  # dimension -> cell text -> group ("" ignores)
    detected: bool = True

    def roles(self) -> dict[str, list[Column]]:
        found: dict[str, list[Column]] = {}
        for column in self.columns:
            if column.role and column.role != IGNORE:
                found.setdefault(column.role, []).append(column)
        return found

    def first(self, role: str) -> Column | None:
        return next((c for c in self.columns if c.role == role), None)

    def unrecognised(self) -> list[Column]:
        return [c for c in self.columns if c.role is None and c.header]

    def to_mapping(self) -> dict:
        """The JSON-ready mapping (`--map FILE`) that reproduces this layout."""
        return {"format": MAPPING_FORMAT, "version": 1, "shape": self.shape, "header_row": self.header_row,
                "columns": {c.key: c.role or IGNORE for c in self.columns if c.header},
                "values": self.values}


# "WhiteNo", "African AmericanPct", "Multi-RacialNo": a word glued to the next by its capital letter.
_GLUED = re.compile(r"(?<=[a-z)])(?=[A-Z][a-z])")


def header_key(text: str) -> str:
    """A header reduced for lookup ("WhitePct" reads "white pct", "Campus #" reads "campus number"); percent signs
    are kept aside by `percent_header`."""
    return g.normalise(_GLUED.sub(" ", str(text)).replace("#", " number "))


def percent_header(text: str) -> tuple[bool, str]:
    """(is it a percentage column, the header without its percent words)."""
    words = header_key(text).split()
    is_percent = "%" in text or any(w in _PERCENT_WORDS for w in words)
    return is_percent, " ".join(w for w in words if w not in _PERCENT_WORDS)


def role_for_header(text: str) -> str | None:
    """The role a header names on its own, before looking at the cells."""
    key = header_key(text)
    if not key:
        return None
    if federal := crdc_role(key):
        return federal[0]
    is_percent, bare = percent_header(text)
    found = g.group_for_header(bare) or g.group_for_header(_without_filler(bare))
    if found:
        return f"{'share' if is_percent else 'count'}:{found[0]}:{found[1]}"
    if is_percent:
        return None
    unknown = g.unspecified_dimension(key) or g.unspecified_dimension(_without_filler(key))
    if unknown:
        return f"{UNSPECIFIED}:{unknown}"
    return _HEADER_ROLES.get(key) or _HEADER_ROLES.get(_without_filler(key) or key)


def _without_filler(key: str) -> str:
    return " ".join(w for w in key.split() if w not in _FILLER_WORDS)


def find_header_row(rows: list[list[object]]) -> int | None:
    """0-based index of the row that reads most like a header, or None when no row does."""
    best, best_score = None, 1.5
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        texts = [cell_text(v) for v in row if isinstance(v, str) and not is_blank(v)]
        known = sum(1 for t in texts if role_for_header(t))
        numbers = sum(1 for v in row if isinstance(v, (int, float)) and not isinstance(v, bool))
        score = known + 0.05 * len(texts) - 0.5 * numbers
        if known >= 2 and score > best_score:
            best, best_score = index, score
    return best


def detect_layout(rows: list[list[object]], path: Path, sheet: str) -> Layout:
    """Header row, columns and shape, from the header texts and a sample of the cells."""
    header_index = find_header_row(rows)
    if header_index is None:
        raise EnrollmentFileError(path, Message("error.no_header"), sheet=sheet, step=HEADER_STEP)
    return layout_at(rows, header_index + 1)


def layout_at(rows: list[list[object]], header_row: int) -> Layout:
    """Columns and shape when the header is on `header_row` (1-based), judged from headers and sample cells."""
    columns = make_columns(rows[header_row - 1])
    sample = rows[header_row:header_row + SAMPLE_ROWS]
    for column in columns:
        column.role = role_for_header(column.header)
        column.reason = _header_reason(column)
    _ccd_wide_names(columns)
    judged = _Sample(sample, columns)
    shape = _guess_shape(columns, judged)
    _settle_roles(columns, judged, shape)
    _prefer_national_ids(columns)
    if shape == WIDE:
        _shares_by_evidence(columns, sample)
    for column in columns:
        if column.role is None and column.header and (why := _why_not_counted(column, judged)):
            _decide(column, None, why)
    return Layout(shape, header_row, columns)


def _ccd_wide_names(columns: list[Column]) -> None:
    roles = ccd_wide_roles([header_key(c.header) for c in columns])
    if roles is None:
        return
    for column in columns:
        if column.index in roles:
            column.role, column.reason = roles[column.index]
        elif column.role == TOTAL:
            column.role, column.reason = IGNORE, Message("result.reason_ccd_total")


def _decide(column: Column, role: str | None, reason: str) -> None:
    """A role given from the cells' evidence: kept with its reason, which the report shows."""
    column.role, column.reason, column.by_values = role, reason, True


def _header_reason(column: Column) -> str:
    if not column.header:
        return Message("result.reason_no_header")
    if column.role and (federal := crdc_role(header_key(column.header))):
        return federal[1]
    if column.role:
        return Message("result.reason_header")
    if set(header_key(column.header).split()) & _ID_WORDS:
        return Message("result.reason_names_code")
    if percent_header(column.header)[0]:
        return Message("result.reason_unknown_percent")
    return Message("result.reason_unknown_header")


def _shares_by_evidence(columns: list[Column], sample: list[list[object]]) -> None:
    """Group columns without "%" whose every row adds up to 100 (or 1) are percentages, not students: summed as
    counts they made the district an unweighted sum of percentages."""
    total_col = next((c for c in columns if c.role == TOTAL), None)
    for dimension in g.PARTITIONS:
        group_cols = [c for c in columns if c.role and c.role.startswith(f"count:{dimension}:")]
        if len(group_cols) < 2:
            continue
        sums, totals = [], []
        for row in sample:
            try:
                values = [parse_number(row[c.index]) if c.index < len(row) else None for c in group_cols]
            except ValueError:
                continue
            if all(isinstance(v, float) for v in values):
                sums.append(sum(values))  # type: ignore[arg-type]
                if total_col is not None and total_col.index < len(row):
                    totals.append(row[total_col.index])
        # Within rounding: published percentages add up to 99.9-100.1 (fractions: 0.999-1.001 and a little more).
        whole = next((w for w in (100.0, 1.0) if sums and all(abs(s - w) <= 0.006 * w for s in sums)), None)
        if whole is None or len(sums) < 3:
            continue
        if totals and all(number_or_none(t) == whole for t in totals):
            continue  # every school has exactly 100 students? Then the total says they are counts after all
        for column in group_cols:
            _decide(column, "share:" + column.role.split(":", 1)[1],  # type: ignore[union-attr]
                    Message("result.reason_percentages", whole=whole,
                            dimension=Term(g.DIMENSION_LABELS[dimension], f"dimension.{dimension}", lower=True)))


# Of several school (or district) code columns, the national one identifies a school across files and years.
_NATIONAL_IDS = {SCHOOL_ID: ("ncessch", "nces school id", "school nces id", "nces id", "combokey"),
                 DISTRICT_ID: ("leaid", "nces district id", "nces lea id")}


def _prefer_national_ids(columns: list[Column]) -> None:
    for role, national in _NATIONAL_IDS.items():
        found = [c for c in columns if c.role == role]
        best = next((c for c in found if header_key(c.header) in national), None)
        if best is not None and len(found) > 1:
            for column in found:
                if column is not best:  # listed under "columns not used"; the mapping can choose it instead
                    _decide(column, None, Message("result.reason_national_school" if role == SCHOOL_ID
                                                  else "result.reason_national_district", header=best.header))


def make_columns(header: list[object]) -> list[Column]:
    seen: dict[str, int] = {}
    columns = []
    for index, value in enumerate(header):
        text = cell_text(value)
        seen[text] = seen.get(text, 0) + 1
        key = text if seen[text] == 1 else f"{text} ({seen[text]})"
        columns.append(Column(index, text, key, None))
    return columns


def _guess_shape(columns: list[Column], sample: _Sample) -> str:
    roles = {c.role for c in columns if c.role}
    has_category = any(r.startswith("category:") for r in roles)
    group_columns = [c for c in columns if c.role and c.role.startswith(("count:", "share:"))]
    has_value = VALUE in roles or TOTAL in roles or any(_numeric_unknown(c, sample) for c in columns)
    if has_category and has_value:
        return LONG
    counts = [c for c in group_columns if (c.role or "").startswith("count:")]
    if has_category or (group_columns and counts and all(_flag_like(c, sample) for c in counts)):
        return STUDENT
    return WIDE


def _settle_roles(columns: list[Column], sample: _Sample, shape: str) -> None:
    """Adjust header-only roles to the shape: flags in student rows, the count column of a long table."""
    # A long table that names its count column (STUDENT_COUNT) sums that one only: the FIPS code beside it is
    # a number too, and was once added into every row's count.
    has_value = any(c.role in (VALUE, TOTAL) for c in columns)
    for column in columns:
        role = column.role or ""
        if shape == STUDENT and role.startswith("count:"):
            _decide(column, "flag:" + role.split(":", 1)[1], Message("result.reason_student_flags"))
        elif shape == STUDENT and role in (VALUE, TOTAL):
            _decide(column, None, Message("result.reason_student_no_count"))
        elif shape == LONG and role == TOTAL:
            column.role, column.reason = VALUE, Message("result.reason_long_total")
        elif shape == LONG and column.role is None and not has_value and _numeric_unknown(column, sample):
            # NJ's placement columns: several count columns, no "count" header
            _decide(column, VALUE, Message("result.reason_unnamed_counts"))
        elif shape == WIDE and role.startswith("outcome:"):
            _decide(column, None, Message("result.reason_outcome_wide"))


class _Sample:
    """The rows under the header that columns are judged by, with what was found of each column kept: a CRDC file
    has some 1,800 columns, and each was parsed three or four times over (a second)."""

    def __init__(self, rows: list[list[object]], columns: list[Column]):
        self.rows, self.columns = rows, columns
        self._numbers: dict[int, list[float] | None] = {}
        self._evidence: dict[int, str] = {}
        self._school_rows: list[tuple[str, list[object]]] | None = None

    def cells(self, column: Column) -> list[object]:
        return [row[column.index] for row in self.rows if column.index < len(row) and not is_blank(row[column.index])]

    def numbers(self, column: Column) -> list[float] | None:
        """The column's cells as numbers (suppression marks left out); None when a cell is text."""
        if column.index not in self._numbers:
            numbers: list[float] | None = []
            for value in self.cells(column):
                try:
                    parsed = parse_number(value)
                except ValueError:
                    numbers = None
                    break
                if isinstance(parsed, float):
                    numbers.append(parsed)  # type: ignore[union-attr]
            self._numbers[column.index] = numbers
        return self._numbers[column.index]

    def code_evidence(self, column: Column) -> str:
        """Why a column of numbers holds codes, not students ("" when nothing says so)."""
        if column.index not in self._evidence:
            self._evidence[column.index] = self._code_evidence(column)
        return self._evidence[column.index]

    def _code_evidence(self, column: Column) -> str:
        padded = next((v.strip() for v in self.cells(column) if isinstance(v, str) and len(v.strip()) > 1
                       and v.strip().startswith("0") and v.strip().isdigit()), None)
        if padded:
            return Message("result.reason_zero_padded", code=padded)
        numbers = self.numbers(column) or []
        if len(numbers) >= 5 and len(set(numbers)) == 1 and numbers[0] != 0:
            return Message("result.reason_same_number", number=float(numbers[0]))
        if self._constant_per_school(column):
            return Message("result.reason_per_school")
        return ""

    def _constant_per_school(self, column: Column) -> bool:
        """In a table of several rows per school, a column that never changes within a school is about the school
        (a code, a zip, a year), while a count changes from group to group. Zeros prove nothing (a count may be 0
        for every group), so at least three schools of three rows or more must hold a nonzero number."""
        schools = self._schools_of_rows()
        if not schools:
            return False
        values: dict[str, set[str]] = {}
        for key, row in schools:
            values.setdefault(key, set()).add(cell_text(row[column.index]) if column.index < len(row) else "")
        nonzero = [key for key in values if values[key] - {"0", "", "0.0"}]
        return len(nonzero) >= 3 and all(len(found) == 1 for found in values.values())

    def _schools_of_rows(self) -> list[tuple[str, list[object]]]:
        """(school, row) for the rows of schools with three rows or more; [] in a table of one row per school."""
        if self._school_rows is None:
            school = next((c for c in self.columns if c.role == SCHOOL_ID), None) or next(
                (c for c in self.columns if c.role == SCHOOL_NAME), None)
            keyed = [(cell_text(row[school.index]), row) for row in self.rows
                     if school is not None and school.index < len(row) and not is_blank(row[school.index])]
            counts = Counter(key for key, _ in keyed)
            self._school_rows = [(key, row) for key, row in keyed if counts[key] >= 3]
        return self._school_rows


def _numeric_unknown(column: Column, sample: _Sample) -> bool:
    """An unrecognised column of counts (e.g. NJ's placement columns), not one of codes or names."""
    if column.role is not None or not column.header or set(header_key(column.header).split()) & _ID_WORDS:
        return False
    return bool(sample.numbers(column)) and not sample.code_evidence(column)


def _why_not_counted(column: Column, sample: _Sample) -> str:
    """For an unrecognised column of numbers, the evidence that it holds codes (the report shows it)."""
    return sample.code_evidence(column) if sample.numbers(column) else ""


def _flag_like(column: Column, sample: _Sample) -> bool:
    cells = sample.cells(column)
    if not cells:
        return False
    flags = [parse_flag(v) for v in cells]
    texts = sum(1 for v in cells if isinstance(v, str) and not v.strip().replace(".", "").isdigit())
    return all(f is not None for f in flags) and (texts > 0 or len(cells) >= 20)


def read_mapping(path: Path | str) -> dict:
    """A mapping file's content, checked; the error names the file and what is wrong."""
    path = Path(path)
    try:
        mapping = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise EnrollmentFileError(path, Message("error.mapping_missing")) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise EnrollmentFileError(path, Message("error.mapping_not_json", problem=str(error))) from None
    if not isinstance(mapping, dict) or mapping.get("format") != MAPPING_FORMAT:
        raise EnrollmentFileError(path, Message("error.mapping_not_ours", format=MAPPING_FORMAT))
    if mapping.get("shape") not in (None, *SHAPES):
        raise EnrollmentFileError(path, Message("error.mapping_shape", shapes=", ".join(SHAPES)))
    for header, role in (mapping.get("columns") or {}).items():
        if not valid_role(role):
            raise EnrollmentFileError(path, Message("error.mapping_role", header=str(header), role=str(role)))
    return mapping


def write_mapping(layout: Layout, path: Path | str) -> None:
    save_mapping(layout.to_mapping(), path)


def save_mapping(mapping: dict, path: Path | str) -> None:
    """Write a mapping file (the wizard's Save, and `--map`'s format), whole or not at all."""
    text = json.dumps(mapping, indent=2, ensure_ascii=False) + "\n"
    def write(partial: Path) -> None:
        partial.write_text(text, encoding="utf-8")

    write_atomically(path, write)


def apply_mapping(rows: list[list[object]], mapping: dict, path: Path, sheet: str) -> Layout:
    """The layout a mapping file describes; what it leaves out is detected as usual."""
    header_row = mapping.get("header_row")
    if header_row is not None:
        if not isinstance(header_row, int) or not 1 <= header_row <= len(rows):
            raise EnrollmentFileError(path, Message("error.mapping_header_row", header_row=str(header_row),
                                                    n=len(rows)), sheet=sheet)
        layout = layout_at(rows, header_row)
    else:
        layout = detect_layout(rows, path, sheet)
    layout.shape = mapping.get("shape") or layout.shape
    by_key = {c.key: c for c in layout.columns}
    for header, role in (mapping.get("columns") or {}).items():
        column = by_key.get(header) or next((c for c in layout.columns if header_key(c.key) == header_key(header)),
                                            None)
        if column is None:
            raise EnrollmentFileError(path, Message("error.mapping_no_column", header=str(header),
                                                    row=str(layout.header_row)), sheet=sheet)
        if role != column.role:  # where the mapping agrees with the detector, the detector's reason stays
            column.role, column.reason, column.by_values = role, Message("result.reason_mapping"), False
    layout.values = {dim: dict(values) for dim, values in (mapping.get("values") or {}).items()}
    layout.detected = False
    return layout


_YEAR = re.compile(r"(?<!\d)(19|20)(\d\d)\s*[-–/]\s*(?:(?:19|20)?(\d\d))(?!\d)")


def school_year_in(text: str) -> str | None:
    """'2019-20' from '2019-2020 Enrollment', 'SY 2019–20' or '2019/20'; None when there is none."""
    match = _YEAR.search(text or "")
    if not match:
        return None
    start = int(match.group(1) + match.group(2))
    end = int(match.group(3))
    if end != (start + 1) % 100:
        return None
    return f"{start}-{end:02d}"


@functools.lru_cache(maxsize=1024, typed=True)  # a file repeats its few years on every row
def normalise_year(value: object) -> str | None:
    """A school year cell ('2019-2020', '2019-20', 2020 meaning the year ending then) as '2019-20'."""
    text = cell_text(value)
    found = school_year_in(text)
    if found:
        return found
    if text.isdigit() and len(text) == 4:
        end = int(text)
        return f"{end - 1}-{end % 100:02d}"
    return text or None
