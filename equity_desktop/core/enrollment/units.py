"""Which school a row belongs to, and whether a row is a school, a district or state total, or a subtotal."""

from __future__ import annotations

from equity_desktop.core.enrollment import layout as lay
from equity_desktop.core.enrollment.cells import NOT_AVAILABLE, cell_text, is_blank, parse_number
from equity_desktop.core.enrollment.groups import normalise
from equity_desktop.core.enrollment.layout import Column, Layout
from equity_desktop.core.enrollment.table import DISTRICT, ERROR, SCHOOL, STATE, NoteBook, Number, column_name

SUBTOTAL = "subtotal"
_DISTRICT_NAMES = {"total", "totals", "grand total", "district total", "district totals", "all schools", "district",
                   "total district", "district wide", "districtwide", "all", "all students", "total all schools",
                   "lea total", "division total"}
_STATE_NAMES = {"state", "state total", "state totals", "statewide", "state wide", "total state", "all districts"}
_TOTAL_VALUES = {"total", "totals", "all", "all grades", "all students", "all races", "all genders", "both", "tt",
                 "grand total", "total enrollment", "all grade", "all grades total", "school total", "k 12 total",
                 "education unit total", "all races ethnicities"}
_LEVEL_VALUES = {"school": SCHOOL, "sch": SCHOOL, "campus": SCHOOL, "building": SCHOOL, "district": DISTRICT,
                 "lea": DISTRICT, "division": DISTRICT, "state": STATE, "sea": STATE, "county": SUBTOTAL,
                 "region": SUBTOTAL}


# With "Total", these words say the row is the whole district (or state): "Grand Total", "Total All Schools".
_WHOLE_WORDS = {"district", "all", "citywide", "grand", "overall", "division", "state", "statewide"}


def is_total_value(value: object) -> bool:
    """A category or grade cell that stands for everyone ("Total", "All Grades", "All Students")."""
    return normalise(cell_text(value)) in _TOTAL_VALUES


def level_of_name(name: str, unit_level: str) -> str:
    """What a row is, judged by its name: a unit, the file's district (or state) total, or a subtotal."""
    key = normalise(name)
    above = DISTRICT if unit_level == SCHOOL else STATE
    if key in _STATE_NAMES:
        return STATE
    words = key.split()
    if "subtotal" in words or "sub total" in key:
        return SUBTOTAL
    if key in _DISTRICT_NAMES or (words and words[0] == "total" and "district" in words):
        return above
    # A total label says so at its start or end ("District Total", "Total - All Schools", "Elementary Totals");
    # "World Academy for Total Community Health" is a school.
    if words and ({words[0], words[-1]} & {"total", "totals"}):
        if {"statewide", "state"} & set(words):
            return STATE
        return above if _WHOLE_WORDS & set(words) else SUBTOTAL
    return unit_level


def total_by_word_only(name: str) -> bool:
    """A name read as a total only for the word Total at its start or end ("Elementary Totals" — or a school
    called "Total Community Health Academy"): the row's numbers must confirm it (aggregate_rows)."""
    key = normalise(name)
    words = key.split()
    if not words or key in _DISTRICT_NAMES or key in _STATE_NAMES or "subtotal" in words or _WHOLE_WORDS & set(words):
        return False
    return bool({words[0], words[-1]} & {"total", "totals"})


_FOOTNOTE_WORDS = ("source", "sources", "note", "notes", "footnote", "footnotes", "data source", "prepared by",
                   "updated", "last updated", "disclaimer")


def is_footnote(text: str) -> bool:
    """ "Source: NYC DOE…", "Note: counts under 5 are suppressed", "* Data suppressed": text under a table."""
    stripped = text.strip()
    key = normalise(stripped)
    return stripped.startswith(("*", "†", "‡")) or any(key == w or key.startswith(w + " ") for w in _FOOTNOTE_WORDS)


class UnitKeyer:
    """Finds the unit (school, or district in a district-level file) of each row."""

    def __init__(self, layout: Layout, sheet_name: str, default_year: str | None):
        self.code_col = layout.first(lay.SCHOOL_ID)
        self.name_col = layout.first(lay.SCHOOL_NAME)
        self.unit_level = SCHOOL
        if not (self.code_col or self.name_col):
            self.code_col, self.name_col = layout.first(lay.DISTRICT_ID), layout.first(lay.DISTRICT_NAME)
            if self.code_col or self.name_col:
                self.unit_level = DISTRICT
        self.single = None if (self.code_col or self.name_col) else sheet_name.strip() or "Sheet"
        if self.single:
            self.unit_level = STATE if "state" in normalise(sheet_name).split() else (
                DISTRICT if "district" in normalise(sheet_name).split() else SCHOOL)
        self.level_col = layout.first(lay.LEVEL)
        self.year_col = layout.first(lay.YEAR)
        self.default_year = default_year
        # In a school file, the district each row belongs to: a county or state file holds many districts, and a
        # school is compared with its own (and a school code may repeat in another district).
        self.district_cols = ([c for c in (layout.first(lay.DISTRICT_ID), layout.first(lay.DISTRICT_NAME)) if c]
                              if self.unit_level == SCHOOL and not self.single else [])
        self._years: dict[tuple[type, object], str | None] = {}

    def _year(self, value: object) -> str | None:
        # A state file repeats one or two school years on every school's rows: each is read once.
        key = (type(value), value)  # True and 1 are one key of a dict, not one year
        found = self._years.get(key, self)
        if found is self:
            found = self._years[key] = lay.normalise_year(value)
        return found  # type: ignore[return-value]

    def columns(self) -> list[Column]:
        """The columns `identify` and `district_of` read."""
        found = (self.name_col, self.code_col, self.level_col, self.year_col, *self.district_cols)
        return list({c.index: c for c in found if c is not None}.values())

    def district_of(self, row: list[object]) -> str | None:
        """The district a row names (its code, else its name), or None when the file has no district column."""
        for column in self.district_cols:
            if text := cell_text(cell(row, column)):
                return text
        return None

    def identify(self, row: list[object]) -> tuple[str, str | None, str, str | None] | None:
        """(name, code, level, year) of a row; None when the row names no unit."""
        year = self._year(cell(row, self.year_col)) if self.year_col else self.default_year
        if self.single:
            return self.single, None, self.unit_level, year
        name = cell_text(cell(row, self.name_col)) if self.name_col else ""
        code = cell_text(cell(row, self.code_col)) if self.code_col else ""
        if not name and not code:
            return None
        level = self.unit_level
        if self.level_col:
            level = _LEVEL_VALUES.get(normalise(cell_text(cell(row, self.level_col))), level)
        if level == self.unit_level:
            level = level_of_name(name or code, self.unit_level)
        return name or code, code or None, level, year


def cell(row: list[object], column: Column | None) -> object:
    if column is None or column.index >= len(row):
        return None
    return row[column.index]


def number(row: list[object], column: Column, row_number: int, book: NoteBook, scale: float = 1.0) -> Number:
    """The number in one cell, with suppressed and blank cells counted and bad text reported."""
    value = cell(row, column)
    try:
        parsed = parse_number(value)
    except ValueError:
        book.add(ERROR, "note.not_a_number", row_number, column_name(column), text=cell_text(value))
        return None
    if parsed is NOT_AVAILABLE:
        book.suppressed += 1
    elif parsed is None:
        book.blank += 1
    elif isinstance(parsed, float) and scale != 1.0 and not (isinstance(value, str) and "%" in value):
        return parsed * scale
    return parsed


def row_is_blank(row: list[object]) -> bool:
    return all(is_blank(v) for v in row)
