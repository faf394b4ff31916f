"""The screening window's work, done in its worker process (background.py): a district file read, its schools
measured and listed; one school read again for a new review.

A state file's 100,000 schools make a table that takes three seconds to unpickle, and the window would freeze
for as long if it received it. It receives the reading without its schools (sheets, first rows, columns as
read, notes) and the schools measured, as a ScreeningList: a few arrays. What needs the schools themselves
(measuring against another reference, a school's enrollment for a new review) reads the file again here.

The list (25 MB for 100,000 schools) is left in a file in the window's `spool` folder rather than sent in the
answer: through the pipe it crossed in 64 KB steps, each waiting for the window to take the last, and the
window waited a tenth of a second; a file is read in one go. The file stays while the window shows the list:
exporting it is done here too, from that file (`export_listing`), since sending the list to a worker would
stop the window until the worker had started and taken it.
"""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from equity_desktop.core.enrollment.analysis import DISTRICT_REFERENCE
from equity_desktop.core.enrollment.errors import EnrollmentFileError, error_message
from equity_desktop.core.enrollment.file_reading import FileReading, read_for_import
from equity_desktop.core.enrollment.importing import check_no_errors, snapshots_for
from equity_desktop.core.enrollment.mgi import Rule
from equity_desktop.core.enrollment.mgi_columns import screening_list
from equity_desktop.core.enrollment.screen_export import write_list
from equity_desktop.core.enrollment.screening import ScreeningList
from equity_desktop.core.enrollment.snapshot import Snapshot
from equity_desktop.core.errors import EquityError

Progress = Callable[[float, str], None]
READ_PART = 0.6  # of the progress bar: reading; measuring and listing fill the rest


@dataclass
class Screening:
    """A district file as the screening window shows it."""

    reading: FileReading  # as read; its table holds no schools (`listing` has them, measured)
    reference: str  # what the schools were compared with (analysis.REFERENCES)
    listing: ScreeningList | None  # None when nothing can be listed: reading.problem or `problem` says why
    problem: str = ""  # why the schools could not be measured (cells not read, no reference)
    problem_step: str = ""  # errors.HEADER_STEP or COLUMNS_STEP: where the person puts it right
    listing_file: Path | None = None  # where the list was left instead (screen_file's `spool`)

    def discard(self) -> None:
        """Not to be shown after all (the person chose something else meanwhile): its file is removed."""
        if self.listing_file is not None:
            self.listing_file.unlink(missing_ok=True)

    def take_listing(self) -> ScreeningList | None:
        """The list, read from its file when it was left in one (the file stays, for `export_listing`)."""
        if self.listing is None and self.listing_file is not None:
            self.listing = load_listing(self.listing_file)
        return self.listing


def load_listing(path: Path) -> ScreeningList:
    with open(path, "rb") as file:
        found = pickle.load(file)
    assert isinstance(found, ScreeningList)
    return found


def save_listing(listing: ScreeningList, folder: Path) -> Path:
    """A new file in `folder` holding `listing`."""
    with tempfile.NamedTemporaryFile("wb", dir=folder, suffix=".list", delete=False) as file:
        pickle.dump(listing, file, protocol=pickle.HIGHEST_PROTOCOL)
    return Path(file.name)


def _part(progress: Progress | None, start: float, end: float) -> Progress | None:
    """`progress` for one part of the work, which reports 0 to 1 of its own."""
    if progress is None:
        return None
    return lambda fraction, message: progress(start + fraction * (end - start), message)


def _without_schools(reading: FileReading) -> FileReading:
    assert reading.table is not None
    return replace(reading, table=replace(reading.table, units=[]))


def screen_file(path: Path | str, sheet: str | int | None = None, mapping: dict | None = None,
                reference: str = DISTRICT_REFERENCE, rule: Rule = Rule(), spool: Path | None = None,
                progress: Progress | None = None) -> Screening:
    """Read `path` (its `sheet`, with `mapping` when the person corrected the columns) and measure every school
    against `reference` under `rule`; with `spool`, the list is left in a file in that folder. Raises only when
    the file cannot be read at all."""
    reading = read_for_import(path, sheet, mapping, progress=_part(progress, 0.0, READ_PART))
    if reading.table is None:
        return Screening(reading, reference, None)
    try:
        check_no_errors(reading.table)
        # Every school measured at once, straight into the figures of the list (mgi_columns).
        listing = screening_list(reading.table, rule, district_table=reading.references.get(reference),
                                 reference=reference, progress=_part(progress, READ_PART, 1.0))
    except EquityError as error:
        return Screening(_without_schools(reading), reference, None, error_message(error),
                         getattr(error, "step", None) or "")
    spooled = _spooled(listing, spool) if spool is not None else None
    return Screening(_without_schools(reading), reference, None if spooled else listing, listing_file=spooled)


def _spooled(listing: ScreeningList, spool: Path) -> Path | None:
    """The file in `spool` the list was written to; None (the list goes in the answer) when it could not be."""
    try:
        return save_listing(listing, spool)
    except OSError:  # the window closed meanwhile and took its folder with it, or the disk is full
        return None


def export_listing(listing_file: Path, shown_file: Path, rule: Rule, path: Path,
                   progress: Progress | None = None) -> Path:
    """Write the schools of the list in `listing_file`, under `rule`, in the order of the rows in `shown_file`
    (a numpy file: the rows a window shows, filtered and sorted), to `path` (.xlsx, .csv or .json)."""
    listing = load_listing(listing_file)
    if listing.rule != rule:
        listing = listing.with_rule(rule)
    return write_list(listing, np.load(shown_file), path, progress)


def school_snapshots(path: Path | str, sheet: str | int | None, mapping: dict | None, school: str,
                     progress: Progress | None = None) -> list[Snapshot]:
    """Every school year of `school` (a code or a name) in the file, read again, for a new review."""
    reading = read_for_import(path, sheet, mapping, progress=progress)
    if reading.table is None:  # the file changed since it was listed
        raise EnrollmentFileError(Path(path), reading.problem)
    return snapshots_for(reading.table, school)
