"""The error an enrollment file can cause, naming file, sheet, row and column."""

from __future__ import annotations

from pathlib import Path

from equity_desktop.core.enrollment.cells import cap_quotes, shortened
from equity_desktop.core.errors import EquityError

HEADER_STEP, COLUMNS_STEP, YEAR_STEP = "header", "columns", "year"


class EnrollmentFileError(EquityError):
    """A file that cannot be read or understood; `str()` says where and what to do.

    The message is capped (`cap_quotes`): whatever a file holds, the sentence stays a sentence.
    """

    def __init__(self, path: Path | str, message: str, *, sheet: str | None = None, row: int | None = None,
                 column: str | None = None, step: str | None = None):
        self.path, self.sheet, self.row, self.column = Path(path), sheet, row, column
        # Where the person puts it right: HEADER_STEP, COLUMNS_STEP or YEAR_STEP. The sentence names no surface;
        # the wizard shows it on that step, the command line adds its own flag (--map, --year).
        self.step = step
        self.message = cap_quotes(message)  # without the "file, sheet, row" prefix
        super().__init__(f"{where(self.path.name, sheet, row, column)}: {self.message}")


def where(file: str, sheet: str | None = None, row: int | None = None, column: str | None = None) -> str:
    """'file.xlsx, sheet "School", row 12, column F' — the parts that are known."""
    parts = [file]
    if sheet:
        parts.append(f'sheet "{shortened(sheet)}"')
    if row is not None:
        parts.append(f"row {row}")
    if column:
        parts.append(f"column {cap_quotes(column)}")
    return ", ".join(parts)
