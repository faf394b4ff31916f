"""The aggregated enrollment read from one sheet: schools (or districts), reference rows and notes.

This is all that leaves a file: counts per school and group. Student rows are
counted and dropped here; nothing downstream ever sees one (DESIGN.md, privacy).

A note is a message id of core.i18n ("note.…") and its arguments (issue 19), so the window, the command line
and the printouts can say it in their language; `Note.message` keeps the English sentence, made from the English
catalogue when the note is made, for the callers that read English (and English output stays what it was).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from equity_desktop.core.enrollment import groups as g
from equity_desktop.core.enrollment.cells import NOT_AVAILABLE, NotAvailable, cap_quotes, column_letter
from equity_desktop.core.enrollment.errors import where, where_in
from equity_desktop.core.enrollment.layout import Column, Layout
from equity_desktop.core.i18n import Texts
from equity_desktop.core.i18n.message import Arg, note_sentence

Key = tuple[str, str]  # (dimension, group)
Number = float | NotAvailable | None
SCHOOL, DISTRICT, STATE = "school", "district", "state"
ERROR, WARNING, INFO = "error", "warning", "info"


@dataclass(frozen=True)
class Note:
    level: str
    message: str  # the English sentence (without where it is)
    row: int | None = None
    column: str | None = None  # e.g. 'F ("Black")'
    message_id: str = ""  # in core.i18n; "" for a note of free text, said as `message` in every language
    args: tuple[tuple[str, Arg], ...] = ()

    @classmethod
    def of(cls, level: str, message_id: str, row: int | None = None, column: str | None = None,
           **args: Arg) -> Note:
        """The note `message_id` with its arguments, its English sentence made now."""
        return cls(level, note_sentence(message_id, args), row, column, message_id, tuple(args.items()))

    def sentence(self, tr: Texts | None = None) -> str:
        """What the note says, in tr's language (English without one)."""
        if tr is None or tr.is_english or not self.message_id:
            return self.message
        # capped as reading._capped caps the English sentence: a 5 MB cell must not make a 5 MB note
        return cap_quotes(note_sentence(self.message_id, dict(self.args), tr))

    def text(self, file: str, sheet: str | None, tr: Texts | None = None) -> str:
        """'file.csv, sheet "S", row 4: …' in tr's language (English without one)."""
        if tr is None or tr.is_english:
            return f"{where(file, sheet, self.row, self.column)}: {self.message}"
        return f"{where_in(tr, file, sheet, self.row, self.column)}: {self.sentence(tr)}"


def column_name(column: Column) -> str:
    return f'{column_letter(column.index)} ("{column.header}")' if column.header else column_letter(column.index)


@dataclass
class Unit:
    """One school (or district, or state) in one school year, as counts per group."""

    name: str
    code: str | None = None
    level: str = SCHOOL
    year: str | None = None
    row: int | None = None
    counts: dict[Key, Number] = field(default_factory=dict)
    shares: dict[Key, Number] = field(default_factory=dict)  # percent-only columns, 0-100
    total: Number = None
    outcomes: dict[str, dict[Key, Number]] = field(default_factory=dict)
    outcome_totals: dict[str, Number] = field(default_factory=dict)
    district: str | None = None  # the district (code, else name) a school row names, in a file of several
    # Students in the total whose race (or gender) the file says it does not know ("Not Specified"), by dimension.
    unspecified: dict[str, Number] = field(default_factory=dict)
    # A sum of schools only: for a group some schools leave suppressed, the total of the schools that report it.
    denominators: dict[Key, float] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return f"{self.name} ({self.code})" if self.code and self.code != self.name else self.name


def add(a: Number, b: Number) -> Number:
    """Sum of two parts; "not available" wins over a number, and blank is no part at all."""
    if isinstance(a, NotAvailable) or isinstance(b, NotAvailable):
        return NOT_AVAILABLE
    if a is None:
        return b
    if b is None:
        return a
    return a + b


@dataclass
class EnrollmentTable:
    path: Path
    sheet: str
    reader: str
    layout: Layout
    units: list[Unit]
    references: list[Unit]
    notes: list[Note]
    suppressed: int = 0
    blank_cells: int = 0
    rows_read: int = 0
    unit_level: str = SCHOOL
    _sha256: str = ""

    @property
    def sha256(self) -> str:
        """The file's SHA-256, computed when first asked for: only a snapshot in a review records it, and a
        state's file takes a second or two to hash."""
        if not self._sha256:
            digest = hashlib.sha256()
            with open(self.path, "rb") as file:
                for block in iter(lambda: file.read(1 << 20), b""):
                    digest.update(block)
            self._sha256 = digest.hexdigest()
        return self._sha256

    @property
    def errors(self) -> list[Note]:
        return [n for n in self.notes if n.level == ERROR]

    @property
    def warnings(self) -> list[Note]:
        return [n for n in self.notes if n.level != ERROR]

    def years(self) -> list[str]:
        return sorted({u.year for u in self.units if u.year})

    def note_texts(self, level: str | None = None) -> list[str]:
        return [n.text(self.path.name, self.sheet) for n in self.notes if level is None or n.level == level]


class NoteBook:
    """Collects notes while a table is built; repeated problems of one column are said once, with a count."""

    LIMIT = 25

    def __init__(self):
        self.notes: list[Note] = []
        self.suppressed = 0
        self.blank = 0
        self.optional_withheld = 0  # CRDC nonbinary cells with a reserve code (aggregate_rows)
        self._errors = 0

    def add(self, level: str, message_id: str, row: int | None = None, column: str | None = None,
            **args: Arg) -> None:
        """The note `message_id` (core.i18n) with its arguments; past LIMIT errors, errors are only counted."""
        self.add_note(level, message_id, row, column, args)

    def add_note(self, level: str, message_id: str, row: int | None, column: str | None,
                 args: dict[str, Arg]) -> None:
        """`add` for notes kept aside and added later in row order (their arguments in a dict)."""
        if level == ERROR:
            self._errors += 1
            if self._errors > self.LIMIT:
                return
        self.notes.append(Note.of(level, message_id, row, column, **args))

    def finish(self) -> list[Note]:
        if self._errors > self.LIMIT:
            self.notes.append(Note.of(ERROR, "note.more_errors", n=self._errors - self.LIMIT))
        return self.notes


def enrollment_of(unit: Unit) -> float | None:
    """The school's enrollment: the total column, else a complete race or gender count."""
    if isinstance(unit.total, float) and unit.total > 0:
        return unit.total
    for dimension, groups in g.PARTITIONS.items():
        values = numbers([unit.counts.get((dimension, grp)) for grp in groups if (dimension, grp) in unit.counts])
        if values and sum(values) > 0:
            return sum(values)
    return None


def numbers(values: list[Number]) -> list[float] | None:
    """The values when every one is a number; None when one is blank or not available."""
    found = [v for v in values if isinstance(v, float)]
    return found if len(found) == len(values) else None


def same_code(a: str | None, b: str | None) -> bool:
    """Two school or district codes name the same unit: "0417" and "417" do (one file kept the zeros)."""
    return bool(a and b) and (a or "").strip().lstrip("0") == (b or "").strip().lstrip("0")
