"""What the import wizard shows of a file: its sheets, its first rows, and the table as mapped so far.

Unlike `read_enrollment`, a sheet whose header or columns cannot be understood is not an error here:
the reading carries the sentence saying why (`problem`) next to the preview and the columns as far as
they were recognised, so that the person can correct the header row or the mapping and read again.
Only a file that cannot be opened at all raises. Everything here is picklable: it is made in a worker
process (background.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from equity_desktop.core.enrollment import layout as lay
from equity_desktop.core.enrollment.cells import cell_text, shortened
from equity_desktop.core.enrollment.errors import EnrollmentFileError
from equity_desktop.core.enrollment.reading import Progress, companion_reference, table_from_sheet
from equity_desktop.core.enrollment.sources import SheetInfo, read_sheet
from equity_desktop.core.enrollment.table import EnrollmentTable

PREVIEW_ROWS = 40
PREVIEW_CHARS = 200  # a preview cell shows this much of a cell: a 5 MB cell would stall the wizard's table


@dataclass
class FileReading:
    path: Path
    sheets: tuple[SheetInfo, ...]
    sheet: str
    preview: list[list[str]]       # the first rows as text, as the spreadsheet shows them
    row_count: int
    layout: lay.Layout | None      # the header row, shape and column roles as read (None: no header found)
    table: EnrollmentTable | None  # None when `problem` says why not
    problem: str = ""
    problem_step: str = ""  # errors.HEADER_STEP or COLUMNS_STEP: the step where the person corrects the problem
    # The workbook's District and State sheets, by reference ("district", "state"), when it has them.
    references: dict[str, EnrollmentTable] = field(default_factory=dict)

    @property
    def schools(self) -> list[str]:
        """Each school once, as 'Name (code)', in file order."""
        seen: dict[str, None] = {}
        for unit in self.table.units if self.table else ():
            seen.setdefault(unit.label, None)
        return list(seen)

    @property
    def years(self) -> list[str]:
        return self.table.years() if self.table else []


def read_for_import(path: Path | str, sheet: str | int | None = None, mapping: dict | None = None,
                    year: str | None = None, progress: Progress | None = None) -> FileReading:
    """Read one sheet for the wizard; raises EnrollmentFileError only when the file cannot be read."""
    path = Path(path)
    if progress:
        progress(0.0, f"Reading {path.name}")
    source = read_sheet(path, sheet)
    preview = [[shortened(cell_text(v), PREVIEW_CHARS) for v in row] for row in source.rows[:PREVIEW_ROWS]]
    reading = FileReading(path, source.sheets, source.name, preview, 0, None, None)
    try:
        reading.table = table_from_sheet(source, mapping, year, progress, sheet_chosen=sheet is not None)
        reading.layout = reading.table.layout
        for reference in ("district", "state"):
            if (found := companion_reference(reading.table, reference, year)) is not None:
                reading.references[reference] = found
    except EnrollmentFileError as error:
        reading.problem = error.as_message()  # str(error), to be said in the window's language
        reading.problem_step = error.step or ""
        reading.layout = _layout_as_far_as_known(source.rows, mapping)
    reading.row_count = source.row_count  # after the table: a large text file knows it once its columns are read
    return reading


def _layout_as_far_as_known(rows: list[list[object]], mapping: dict | None) -> lay.Layout | None:
    header_row = (mapping or {}).get("header_row")
    if not isinstance(header_row, int) or not 1 <= header_row <= len(rows):
        found = lay.find_header_row(rows)
        header_row = None if found is None else found + 1
    return None if header_row is None else lay.layout_at(rows, header_row)
