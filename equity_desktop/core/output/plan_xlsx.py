"""The action plan and every rating as a formatted Excel workbook, and reading an edited copy back.

Written with openpyxl: bold headers, frozen panes, column widths, drop-down lists for status,
component, stage and ratings. Reading back compares the workbook with the review and returns the
changes, each in words, without applying them: the program shows them and asks first. Rows are
matched by their ID column; a row with no ID is a new item, unless an item already has its title
(the same workbook brought back twice adds nothing twice). An item missing from the workbook is
kept (deleting is done in the program, where it can be undone). Every problem names the file, sheet,
row and column. The same review written on the same day gives the same bytes (see `_DatedZip`).

The return is a merge (issue 17): a hidden sheet records the review's identity and the ratings and plan
the workbook was written from. What changed in the workbook only is taken; what was also changed in the
program since, differently, is a conflict the person decides (`PlanChanges.conflicts`); an edit made in the
program after the export is never overwritten silently. A workbook from before the hidden sheet is compared
with the review as it is now, and says so.

In English or Spanish (issue 19): the sheets' names, the headers, the About sheet, the lists' choices (status,
component, rating) and the framework's text (its unofficial translation, which the About sheet and the text
column's header say) follow `language`. Reading back accepts a workbook written in either language, and one whose
person typed a choice in the other language: columns are read by position, sheets by either name, and a status,
a component or a rating by its label in any language the program speaks. The hidden sheet holds stored values
only, in no language.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from enum import Enum
from functools import cache
from pathlib import Path
from typing import TypeVar
from zipfile import ZIP_DEFLATED, ZipFile, ZipInfo

from equity_desktop.core.atomic import write_atomically
from equity_desktop.core.errors import EquityError
from equity_desktop.core.framework.content import Framework, ItemKind, item_number
from equity_desktop.core.framework.translations import is_official, load_framework_in, notice
from equity_desktop.core.i18n import ENGLISH, LANGUAGES, Texts, texts
from equity_desktop.core.i18n.message import Arg, Message, Term
from equity_desktop.core.output.plan_changes import PlanChanges
from equity_desktop.core.output.workbook_merge import since_written
from equity_desktop.core.plan.items import clean_text, date_problem, field_term, item_problems
from equity_desktop.core.review.document import Review
from equity_desktop.core.review.plan_records import (
    DATE_FIELDS,
    FIELD_LABELS,
    ActionItem,
    ActionPlan,
    ActionStatus,
    GapKind,
    Objective,
)
from equity_desktop.core.review.scales import BenchmarkStatus, Rating, scale_for

_Labelled = TypeVar("_Labelled", bound=Enum)
PLAN_SHEET, RATINGS_SHEET, ABOUT_SHEET, BASE_SHEET = "Action plan", "Ratings", "About", "Written from"
# The sheets by their message id; the hidden one keeps its English name in every language (nobody reads it).
_SHEET_IDS = {PLAN_SHEET: "xlsx.sheet.plan", RATINGS_SHEET: "xlsx.sheet.ratings", ABOUT_SHEET: "xlsx.sheet.about"}
# (field, header, width); the ID column comes first so that rows can be matched when the file returns.
PLAN_COLUMNS = (
    ("id", "ID", 6), ("objective", "Objective", 28), ("title", FIELD_LABELS["title"], 40),
    ("component_id", "Component", 22), ("stage_number", "Stage", 7), ("gap_text", FIELD_LABELS["gap_text"], 40),
    *((name, FIELD_LABELS[name], 30) for name in ("root_cause", "theory_of_action", "steps", "lead", "responsible",
                                                  "resources", "funding_source")),
    *((name, FIELD_LABELS[name] + " (YYYY-MM-DD)", 14) for name in ("start", "due")),
    *((name, FIELD_LABELS[name], 22) for name in ("metric", "baseline", "target")),
    ("target_date", FIELD_LABELS["target_date"] + " (YYYY-MM-DD)", 14), ("status", "Status", 13),
    ("progress_notes", FIELD_LABELS["progress_notes"], 40),
)
RATING_COLUMNS = (("item_id", "ID", 14), ("stage", "Stage", 20), ("where", "Part", 28), ("number", "#", 6),
                  ("text", "Text (quoted from the framework)", 70), ("rating", "Rating", 15),
                  ("note", "Evidence", 50))
# The headers' message ids in another language than English (English prints the headers above as they are).
_HEADER_IDS = {"id": "xlsx.col.id", "item_id": "xlsx.col.id", "objective": "xlsx.col.objective",
               "component_id": "xlsx.col.component", "stage_number": "xlsx.col.stage", "stage": "xlsx.col.stage",
               "status": "xlsx.col.status", "where": "xlsx.col.part", "number": "xlsx.col.number",
               "text": "xlsx.col.text", "rating": "xlsx.col.rating", "note": "xlsx.col.evidence"}
_DATED = ("start", "due", "target_date")
_ITEM_TEXT = ("title", "gap_text", "root_cause", "theory_of_action", "steps", "lead", "responsible", "resources",
              "funding_source", "start", "due", "metric", "baseline", "target", "target_date", "progress_notes")


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)


# ---- writing ---------------------------------------------------------------------------------------

def _headers(columns, tr: Texts, framework: Framework) -> tuple:
    """`columns` with their headers in the language written; the text column's says whether it is the official
    text or an unofficial translation."""
    if tr.is_english:
        return columns

    def header(name: str, english: str) -> str:
        if name == "text" and not is_official(framework):
            return tr.t("xlsx.col.text_unofficial")
        if name in _HEADER_IDS:
            return tr.t(_HEADER_IDS[name])
        return tr.t(f"field.{name}") + (tr.t("xlsx.date_format") if name in _DATED else "")

    return tuple((name, header(name, english), width) for name, english, width in columns)


def write_plan_xlsx(framework: Framework, review: Review, out: Path | str, written_on: date | None = None,
                    identity: str = "", language: str = ENGLISH) -> Path:
    """Write the workbook to `out` (atomically), dated `written_on` (today unless given) in its properties;
    `identity` is the review's (`ReviewStore.identity`), recorded with what the workbook was written from.
    In a `language` other than English the framework's text is its unofficial translation, whatever `framework`
    is (the review's framework gives the ids)."""
    from openpyxl import Workbook

    tr = texts(language)
    framework = framework if tr.is_english else load_framework_in(tr.language)
    workbook = Workbook()
    about = workbook.active
    about.title = tr.t(_SHEET_IDS[ABOUT_SHEET])
    _about(about, review, tr, framework)
    _plan_sheet(workbook.create_sheet(tr.t(_SHEET_IDS[PLAN_SHEET])), framework, review.plan, tr)
    _ratings_sheet(workbook.create_sheet(tr.t(_SHEET_IDS[RATINGS_SHEET])), framework, review, tr)
    _base_sheet(workbook.create_sheet(BASE_SHEET), review, identity)
    workbook.active = 1
    day = written_on or date.today()
    return write_atomically(out, lambda partial: _save(workbook, partial, datetime(day.year, day.month, day.day)))


def _save(workbook, path: Path, dated: datetime) -> None:
    """What Workbook.save does, less its stamping the workbook with the clock's time."""
    from openpyxl.writer.excel import ExcelWriter

    workbook.properties.created = workbook.properties.modified = dated
    with _DatedZip(path, dated) as archive:
        ExcelWriter(workbook, archive).save()


class _DatedZip(ZipFile):
    """A zip archive whose every member carries one date: ZipFile would stamp each with the clock's time
    (writestr) or its temporary file's (write), so no two exports of the same review were the same bytes."""

    def __init__(self, path: Path, dated: datetime):
        super().__init__(path, "w", ZIP_DEFLATED, allowZip64=True)
        self._date_time = dated.timetuple()[:6]

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        self.writestr(arcname or str(filename), Path(filename).read_bytes(), compress_type, compresslevel)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        if not isinstance(zinfo_or_arcname, ZipInfo):
            zinfo_or_arcname = ZipInfo(zinfo_or_arcname, self._date_time)
            zinfo_or_arcname.compress_type = self.compression
            zinfo_or_arcname.external_attr = 0o600 << 16  # what ZipFile gives a member written from bytes
        super().writestr(zinfo_or_arcname, data, compress_type, compresslevel)


def export_review_xlsx(review_path: str, out: str, progress=None, written_on: date | None = None,
                       language: str = ENGLISH) -> Path:
    """Open the review read-only and write its workbook in `language` (what the window runs in a worker process)."""
    from equity_desktop.core.review.store import ReviewStore

    with ReviewStore.open(review_path, read_only=True) as store:
        return write_plan_xlsx(store.framework, store.load(), out, written_on, identity=store.identity(),
                               language=language)


def read_review_changes(review_path: str, workbook: str, progress=None) -> PlanChanges:
    """The changes an edited workbook would make to the review at `review_path` (worker-process entry)."""
    from equity_desktop.core.review.store import ReviewStore

    with ReviewStore.open(review_path, read_only=True) as store:
        return read_plan_xlsx(workbook, store.framework, store.load(), identity=store.identity())


def _header(sheet, columns) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    for index, (_, header, width) in enumerate(columns, start=1):
        cell = sheet.cell(1, index, header)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E6E6E6")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[_column_letter(index)].width = width
    sheet.freeze_panes = "C2"
    sheet.auto_filter.ref = f"A1:{_column_letter(len(columns))}1"


def _choices(sheet, column: int, values: list[str], rows: int, prompt: str, tr: Texts) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    letter = _column_letter(column)
    rule = DataValidation(type="list", formula1='"' + ",".join(values) + '"', allow_blank=True,
                          showErrorMessage=True, errorTitle=tr.t("xlsx.not_in_list"), error=prompt)
    rule.add(f"{letter}2:{letter}{rows}")
    sheet.add_data_validation(rule)


def _plan_sheet(sheet, framework: Framework, plan: ActionPlan, tr: Texts) -> None:
    from openpyxl.styles import Alignment

    _header(sheet, _headers(PLAN_COLUMNS, tr, framework))
    names = {c.id: c.name for c in framework.components}
    for row, item in enumerate(plan.in_plan_order(), start=2):
        objective = plan.objective(item.objective_id)
        values = {"id": item.id, "objective": objective.title if objective else "",
                  "component_id": names.get(item.component_id, ""), "stage_number": item.stage_number,
                  "status": tr.label(item.status), **{name: getattr(item, name) for name in _ITEM_TEXT}}
        for column, (name, _, _) in enumerate(PLAN_COLUMNS, start=1):
            cell = sheet.cell(row, column, values[name] if values[name] not in (None, "") else None)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    rows = max(sheet.max_row, 2) + 200  # room for new items typed in Excel
    index = {name: n for n, (name, _, _) in enumerate(PLAN_COLUMNS, start=1)}
    _choices(sheet, index["status"], [tr.label(s) for s in ActionStatus], rows, tr.t("xlsx.choose_status"), tr)
    _choices(sheet, index["component_id"], list(names.values()), rows, tr.t("xlsx.choose_component"), tr)
    _choices(sheet, index["stage_number"], ["1", "2", "3", "4"], rows, tr.t("xlsx.choose_stage"), tr)


def _rating_rows(framework: Framework, tr: Texts):
    from equity_desktop.core.output.print_words import part_title

    for stage in framework.stages:
        for part in framework.stage_parts(stage):
            title = part_title(tr, part)
            for item in part.items:
                yield stage, item, title[:1].upper() + title[1:], item_number(item)


def _ratings_sheet(sheet, framework: Framework, review: Review, tr: Texts) -> None:
    from openpyxl.styles import Alignment
    from openpyxl.worksheet.datavalidation import DataValidation

    _header(sheet, _headers(RATING_COLUMNS, tr, framework))
    ratings = DataValidation(type="list", formula1='"' + ",".join(tr.label(r) for r in Rating) + '"',
                             showErrorMessage=True, error=tr.t("xlsx.choose_rating"))
    statuses = DataValidation(type="list", formula1='"' + ",".join(tr.label(s) for s in BenchmarkStatus) + '"',
                              showErrorMessage=True, error=tr.t("xlsx.choose_benchmark"))
    for row, (stage, item, where, number) in enumerate(_rating_rows(framework, tr), start=2):
        found = review.assessments.get(item.id)
        scale = BenchmarkStatus if item.kind is ItemKind.BENCHMARK else Rating
        values = (item.id, f"{stage.number}. {stage.name}", where, number, item.text,
                  tr.label(found.value if found else scale.UNRATED), found.note if found and found.note else None)
        for column, value in enumerate(values, start=1):
            sheet.cell(row, column, value).alignment = Alignment(wrap_text=column in (5, 7), vertical="top")
        (statuses if scale is BenchmarkStatus else ratings).add(f"F{row}")
    sheet.add_data_validation(ratings)
    sheet.add_data_validation(statuses)


def _base_sheet(sheet, review: Review, identity: str) -> None:
    """What the workbook was written from, hidden from the person editing it: the base of the merge on return."""
    sheet.sheet_state = "veryHidden"
    sheet.append(["review", identity])
    for item_id, found in sorted(review.assessments.items()):
        sheet.append(["rating", item_id, found.value.value, found.note])
    for objective in review.plan.objectives:
        sheet.append(["objective", objective.id, json.dumps(objective._asdict(), ensure_ascii=False)])
    for item in review.plan.items:
        record = {name: getattr(value, "value", value) for name, value in item._asdict().items()}
        sheet.append(["item", item.id, json.dumps(record, ensure_ascii=False)])


def _about(sheet, review: Review, tr: Texts, framework: Framework) -> None:
    from openpyxl.styles import Font

    profile = review.profile
    lines = [(tr.t("xlsx.about.title", school=profile.school), True), (profile.district, False),
             (tr.t("xlsx.about.school_year", year=profile.school_year) if profile.school_year else "", False),
             ("", False), (tr.t("xlsx.about.edit"), False), (tr.t("xlsx.about.ids"), False),
             (tr.t("xlsx.about.delete"), False)]
    if not is_official(framework):  # the framework's text in the Ratings sheet is an unofficial translation
        lines += [("", False), (notice(framework), True)]
    for row, (text, bold) in enumerate(lines, start=1):
        sheet.cell(row, 1, text or None).font = Font(bold=bold, size=14 if row == 1 else 11)
    sheet.column_dimensions["A"].width = 120


# ---- reading an edited copy back ------------------------------------------------------------------

def _where(path: Path, sheet: str, row: int, columns, name: str) -> Message:
    index = next(n for n, (field, _, _) in enumerate(columns, start=1) if field == name)
    return Message("error.plan_where", name=path.name, sheet=sheet, row=str(row), column=_column_letter(index),
                   header=columns[index - 1][1])


def _labels_list(values) -> tuple[Arg, ...]:
    """The labels of `values` (enum members) joined by ", " as a Message argument: each in the reader's language."""
    joined: list[Arg] = []
    for value in values:
        term = Term(value.label, f"{type(value).__name__}.{value.value}")
        joined += [", ", term] if joined else [term]
    return tuple(joined)


def _text(value) -> str:
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean_text(value)


def read_plan_xlsx(path: Path | str, framework: Framework, review: Review, identity: str = "") -> PlanChanges:
    """Compare the edited workbook with what it was written from and with `review` as it is now (a merge);
    EquityError (naming sheet, row and column) when it cannot be read, or was written from another review."""
    from openpyxl import load_workbook

    path = Path(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        raise EquityError(Message("error.plan_not_found", name=path.name, folder=str(path.parent))) from None
    except Exception as error:  # openpyxl raises many kinds for a file that is not an xlsx workbook
        raise EquityError(Message("error.plan_not_xlsx", name=path.name, kind=type(error).__name__)) from error
    try:
        sheets = {name: _sheet_named(workbook, name) for name in (PLAN_SHEET, RATINGS_SHEET)}
        missing = [name for name, found in sheets.items() if found is None]
        if missing:
            raise EquityError(Message("error.plan_no_sheet", name=path.name, sheet=missing[0]))
        base = _written_from(path, workbook, framework, review, identity)
        against = base or review
        ratings, rating_lines = _read_ratings(path, workbook[sheets[RATINGS_SHEET]], framework, against)
        objectives, items, plan_lines, notes = _read_plan(path, workbook[sheets[PLAN_SHEET]], framework,
                                                          against.plan)
    finally:
        workbook.close()
    if base is None:
        notes.append(f"{path.name} was written by an earlier version of Equity Desktop, which did not record what "
                     "it was written from: it is compared with the review as it is now, so a value changed in the "
                     "program after the export is replaced by the workbook's.")
        return PlanChanges(ratings, objectives, items, plan_lines + rating_lines, notes)
    return since_written(framework, base, review, PlanChanges(ratings, objectives, items, [], notes))


def _sheet_named(workbook, english: str) -> str | None:
    """The name `workbook` gives the sheet called `english` in English: its English name or a translation's."""
    names = [english] + [texts(language).t(_SHEET_IDS[english]) for language in LANGUAGES]
    return next((name for name in names if name in workbook.sheetnames), None)


@cache
def _labels(scale: type[_Labelled]) -> dict[str, _Labelled]:
    """Each value of `scale` (an enum with labels) by its label in every language, casefolded."""
    return {texts(language).label(value).casefold(): value for language in reversed(LANGUAGES) for value in scale}


def _component_names(framework: Framework) -> dict[str, str]:
    """Each component's id by its name in every language (casefolded): a workbook written in Spanish names them
    in Spanish."""
    names = {}
    for language in reversed(LANGUAGES):  # English last: it wins if a name were the same in two
        names.update({c.name.casefold(): c.id for c in load_framework_in(language).components})
    names.update({c.name.casefold(): c.id for c in framework.components})
    return names


def _written_from(path: Path, workbook, framework: Framework, review: Review, identity: str) -> Review | None:
    """The review as the workbook was written from it (its hidden sheet), or None for an older workbook."""
    if BASE_SHEET not in workbook.sheetnames:
        return None
    from equity_desktop.core.review.document import Assessment

    rows = [row for row in workbook[BASE_SHEET].iter_rows(values_only=True) if row and row[0]]
    written_for = next((str(row[1] or "") for row in rows if row[0] == "review"), "")
    if identity and written_for and written_for != identity:
        raise EquityError(Message("error.plan_other_review", name=path.name, school=review.profile.school))
    assessments, objectives, items = {}, [], []
    try:
        for row in rows:
            if row[0] == "rating":
                item_id = str(row[1])
                if framework.has_item(item_id):
                    assessments[item_id] = Assessment(item_id, scale_for(framework, item_id)(row[2]), _text(row[3]))
            elif row[0] == "objective":
                objectives.append(Objective(**json.loads(row[2])))
            elif row[0] == "item":
                record = json.loads(row[2])
                items.append(ActionItem(**record)._replace(gap_kind=GapKind(record["gap_kind"]),
                                                           status=ActionStatus(record["status"])))
    except (TypeError, ValueError, KeyError) as error:
        raise EquityError(Message("error.plan_base_damaged", name=path.name, sheet=BASE_SHEET,
                                  kind=type(error).__name__)) from error
    plan = ActionPlan(tuple(objectives), tuple(items), review.plan.dismissed)
    return Review(review.profile, review.team, assessments, plan)



def _read_ratings(path: Path, sheet, framework: Framework, review: Review):
    changes, lines = [], []
    for row, values in enumerate(sheet.iter_rows(min_row=2, max_col=len(RATING_COLUMNS), values_only=True), start=2):
        item_id = _text(values[0])
        if not item_id:
            continue
        if not framework.has_item(item_id):
            raise EquityError(Message("error.plan_not_an_item", where=_where(path, RATINGS_SHEET, row, RATING_COLUMNS,
                                                                             "item_id"), item=item_id))
        scale = BenchmarkStatus if framework.item(item_id).kind is ItemKind.BENCHMARK else Rating
        label = _text(values[5]) or scale.UNRATED.label
        value = _labels(scale).get(label.casefold())  # in English or a translation
        if value is None:
            raise EquityError(Message("error.plan_not_a_rating", where=_where(path, RATINGS_SHEET, row, RATING_COLUMNS,
                                                                              "rating"), label=label,
                                      allowed=_labels_list(scale)))
        note = _text(values[6])
        current = review.assessments.get(item_id)
        old_value, old_note = (current.value, current.note) if current else (scale.UNRATED, "")
        if value == old_value and note == old_note:
            continue
        changes.append((item_id, value, note))
        what = [f"{old_value.label} → {value.label}"] if value != old_value else []
        what += ["evidence note changed"] if note != old_note else []
        lines.append(f"Rating {item_id}: {'; '.join(what)}")
    return changes, lines


def _read_plan(path: Path, sheet, framework: Framework, plan: ActionPlan):
    names = _component_names(framework)
    statuses = _labels(ActionStatus)
    objective_ids = {o.title.casefold(): o.id for o in plan.objectives}
    new_objectives: dict[int, Objective] = {}
    next_objective, next_item = plan.next_objective_id(), plan.next_item_id()
    items, lines, seen = {}, [], set()
    by_title = {i.title.casefold(): i for i in plan.items}
    for row, values in enumerate(sheet.iter_rows(min_row=2, max_col=len(PLAN_COLUMNS), values_only=True), start=2):
        cells = {name: _text(value) for (name, _, _), value in zip(PLAN_COLUMNS, values)}
        if not any(cells.values()):
            continue
        where = lambda name, row=row: _where(path, PLAN_SHEET, row, PLAN_COLUMNS, name)  # noqa: E731
        old = None
        if cells["id"]:
            old = plan.item(int(cells["id"])) if cells["id"].isdigit() else None
            if old is None:
                raise EquityError(Message("error.plan_not_an_id", where=where("id"), id=cells["id"]))
        else:  # a row typed in Excel; brought back a second time, it is the item the first import added
            old = by_title.get(cells["title"].casefold())
        if old is not None:
            seen.add(old.id)
        component = cells["component_id"]
        if component and component.casefold() not in names:
            raise EquityError(Message("error.plan_not_a_component", where=where("component_id"), component=component,
                                      components=", ".join(c.name for c in framework.components)))
        stage = cells["stage_number"]
        if stage and stage not in ("1", "2", "3", "4"):
            raise EquityError(Message("error.plan_not_a_stage", where=where("stage_number"), stage=stage))
        status = statuses.get((cells["status"] or ActionStatus.NOT_STARTED.label).casefold())
        if status is None:
            raise EquityError(Message("error.plan_not_a_status", where=where("status"), status=cells["status"],
                                      allowed=_labels_list(ActionStatus)))
        objective_id = None
        if cells["objective"]:
            key = cells["objective"].casefold()
            if key not in objective_ids:
                objective_ids[key] = next_objective
                new_objectives[next_objective] = Objective(next_objective, cells["objective"], next_objective)
                lines.append(f"New objective: {cells['objective']}")
                next_objective += 1
            objective_id = objective_ids[key]
        base = old or ActionItem(next_item, "", position=next_item)
        item = base._replace(objective_id=objective_id, component_id=names.get(component.casefold(), "") if component
                             else "", stage_number=int(stage) if stage else None, status=status,
                             **{name: cells[name] for name in _ITEM_TEXT})  # type: ignore[arg-type]
        for name in ("title", *DATE_FIELDS):
            problem = date_problem(field_term(name), getattr(item, name)) if name != "title" else (
                "" if item.title else Message("error.plan_needs_title"))
            if problem:
                raise EquityError(Message("error.plan_cell", where=where(name), problem=problem))
        problems = item_problems(item)  # what is left: a due date before the start
        if problems:
            raise EquityError(Message("error.plan_cell", where=where("due"), problem=problems[0]))
        if old is None:
            next_item += 1
            items[item.id] = item
            lines.append(f"New action item: {item.title}")
        elif item != old:
            items[item.id] = item
            changed = [FIELD_LABELS.get(f, f) for f in ActionItem._fields if getattr(item, f) != getattr(old, f)]
            lines.append(f"Action item “{item.title}”: {', '.join(changed).lower()} changed")
    kept = [i for i in plan.items if i.id not in seen]
    notes = [f"{len(kept)} action item{'s are' if len(kept) != 1 else ' is'} not in the workbook and will be kept: "
             + "; ".join(i.title for i in kept)] if kept else []
    return new_objectives, items, lines, notes
