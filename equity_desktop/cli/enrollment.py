"""The enrollment sub-commands of `equity-desktop`: mgi, screen and import.

They call the same core functions the GUI calls, and print what those return.
Notes about the file (suppressed cells, rows left out) go to stderr, so that
JSON and CSV on stdout stay clean. What a person reads (tables, notes, sentences) is in the
language of cli.language; JSON, CSV and their column names stay English.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from equity_desktop.cli.language import language
from equity_desktop.core import settings
from equity_desktop.core.enrollment.analysis import REFERENCES
from equity_desktop.core.enrollment.errors import EnrollmentFileError
from equity_desktop.core.errors import EquityError
from equity_desktop.core.i18n import Texts, texts
from equity_desktop.core.i18n.message import said


def add_commands(commands) -> None:
    mgi = commands.add_parser("mgi", help="minority group isolation of a school (or every school) in a file")
    _file_options(mgi)
    mgi.add_argument("--format", choices=("table", "json", "csv"), default="table", help="output (default: table)")
    mgi.set_defaults(run=run_mgi)

    screen = commands.add_parser("screen", help="every school of a district file, isolated schools first")
    _file_options(screen, school=False)
    screen.add_argument("-o", "--output", metavar="OUT", help="write OUT.csv, OUT.xlsx or OUT.json instead of a table")
    screen.set_defaults(run=run_screen)

    columns = commands.add_parser("columns", help="how each column of a file is read, and why; save it as a mapping "
                                                  "to correct")
    columns.add_argument("file", metavar="FILE", help=".xlsx, .xlsm, .xls, .ods, .csv or .txt")
    columns.add_argument("--sheet", metavar="S", help="sheet name or number (1 = first); default: the schools' sheet")
    columns.add_argument("--map", metavar="M", help="a mapping file (JSON) naming what each column holds")
    columns.add_argument("--save-mapping", metavar="OUT", help="write the columns as read to OUT (JSON) to edit and "
                                                               "pass back with --map")
    columns.set_defaults(run=run_columns)

    imp = commands.add_parser("import", help="add a file's enrollment to a review, one snapshot per school year")
    imp.add_argument("review", metavar="REVIEW.eqreview")
    _file_options(imp, rule=False)
    imp.add_argument("--other-school", action="store_true",
                     help="import even when the file's school is not the one of the review's earlier years")
    imp.set_defaults(run=run_import)


def _file_options(parser: argparse.ArgumentParser, *, school: bool = True, rule: bool = True) -> None:
    parser.add_argument("file", metavar="FILE", help=".xlsx, .xlsm, .xls, .ods, .csv or .txt")
    parser.add_argument("--sheet", metavar="S", help="sheet name or number (1 = first); default: the first visible")
    if school:
        parser.add_argument("--school", metavar="NAME_OR_ID", help="the school (name, part of it, or its code)")
    parser.add_argument("--district-file", metavar="F", help="a file holding the district's enrollment")
    parser.add_argument("--reference", choices=REFERENCES, default=REFERENCES[0],
                        help="compare each school with its district (default: its district's row, else the sum of "
                             "its district's schools), the file's state row, or the sum of the whole file")
    parser.add_argument("--year", metavar="Y", help="school year, e.g. 2024-25")
    parser.add_argument("--map", metavar="M", help="a mapping file (JSON) naming what each column holds")
    parser.add_argument("--outcomes", metavar="F", action="append", default=[],
                        help="a file of outcome counts for the same schools (CRDC Gifted and Talented, Advanced "
                             "Placement, Suspensions…), for disproportionality; may be given more than once")
    if rule:
        threshold = settings.ISOLATION_THRESHOLD
        parser.add_argument("--threshold", type=_setting_type(threshold), default=threshold.default, metavar="T",
                            help="points (or percent of the district share) beyond which a group is isolated; "
                                 f"{threshold.text(threshold.default)}")
        size = settings.SUPPRESSION_SIZE
        parser.add_argument("--suppress", type=_setting_type(size), metavar="N",
                            help="for publication: withhold counts under N and every figure that reveals them "
                                 f"(shares, differences, a complementary count); review files use "
                                 f"{size.text(size.default)}")
        parser.add_argument("--rule", choices=settings.ISOLATION_KINDS, default=settings.ISOLATION_KIND_DEFAULT,
                            help="points: differs by more than T points (default); relative: by more than T %% of "
                                 "the district share")


def _setting_type(setting: settings.Setting):
    """An argparse type that checks a value against the setting's declaration (one rule for every front)."""
    def parse(text: str) -> float:
        try:
            return setting.value(text)
        except ValueError as error:
            raise argparse.ArgumentTypeError(str(error)) from None

    parse.__name__ = setting.key  # argparse names the option's type in its message
    return parse


def _tables(args: argparse.Namespace):
    from equity_desktop.core.enrollment.layout import read_mapping
    from equity_desktop.core.enrollment.outcome_files import add_outcomes
    from equity_desktop.core.enrollment.reading import companion_reference, read_enrollment

    tr = language(args)
    mapping = read_mapping(args.map) if args.map else None
    table = read_enrollment(args.file, args.sheet, mapping=mapping, year=args.year)
    for outcome_file in args.outcomes:
        add_outcomes(table, read_enrollment(outcome_file, year=args.year))
    if args.district_file:
        district = read_enrollment(args.district_file, year=args.year)
    else:  # a workbook's District (or State) sheet, when the schools' sheet was read
        district = companion_reference(table, args.reference, args.year)
        if district is not None:
            _note(tr, tr.t("cli.compared_with_sheet", file=args.file, sheet=district.sheet.strip()))
    for each in (table, district):
        if each is not None:
            for note in note_texts(each, tr):
                _note(tr, note)
    return table, district


def note_texts(table, tr: Texts) -> list[str]:
    """The table's notes (table.note_texts) in tr's language."""
    return [note.text(table.path.name, table.sheet, tr) for note in table.notes]


def _note(tr: Texts, text: str) -> None:
    """A note about the file, on stderr so that JSON and CSV on stdout stay clean."""
    print(tr.t("cli.note", note=said(text, tr)), file=sys.stderr)


def _checked_tables(args: argparse.Namespace):
    from equity_desktop.core.enrollment.importing import check_no_errors

    table, district = _tables(args)
    check_no_errors(table)
    if district is not None:
        check_no_errors(district)
    return table, district


def _results(args: argparse.Namespace, school: str | None):
    from equity_desktop.core.enrollment.analysis import measure_table
    from equity_desktop.core.enrollment.mgi import Rule

    table, district = _checked_tables(args)
    results = measure_table(table, Rule(args.rule, args.threshold), school=school, district_table=district,
                            reference=args.reference)
    if args.suppress:
        from equity_desktop.core.enrollment.privacy import for_print

        results = [for_print(result, int(args.suppress)) for result in results]
    return results


def run_mgi(args: argparse.Namespace) -> int:
    results = _results(args, args.school)
    if args.format == "json":
        sys.stdout.write(json.dumps([r.as_json() for r in results], ensure_ascii=False, indent=2) + "\n")
    elif args.format == "csv":
        _write_group_csv(results, sys.stdout)
    else:
        from equity_desktop.core.enrollment.mgi import FEDERAL_SOURCE, RULE_SOURCE

        tr = language(args)
        sys.stdout.write("\n\n".join(format_result(r, tr) for r in results) + "\n" + _progress_text(results, tr)
                         + "\n" + tr.t("cli.sources", rule=tr.word("cli.source_rule", RULE_SOURCE),
                                         federal=tr.word("cli.source_federal", FEDERAL_SOURCE)) + "\n")
    return 0


def _progress_text(results, tr: Texts) -> str:
    """The 2-point-a-year goal for every school the file has two or more school years of."""
    from equity_desktop.core.enrollment.trends import progress_goal
    from equity_desktop.core.output.print_words import progress_sentence

    by_school: dict[tuple, list] = {}
    for result in results:
        by_school.setdefault((result.school_id, result.school), []).append(result)
    lines = []
    for (_, school), years in by_school.items():
        steps = progress_goal(years)
        if len(years) > 1:
            lines.append("\n" + tr.t("cli.progress_goal", school=school))
            lines += ([f"  {progress_sentence(tr, step)}" for step in steps]
                      or ["  " + tr.t("cli.progress_none")])
    return "\n".join(lines) + ("\n" if lines else "")


GROUP_FIELDS = ("school", "school_id", "year", "dimension", "group", "school_n", "school_share", "district_n",
                "district_share", "difference", "isolated", "direction")


def _write_group_csv(results, stream) -> None:
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(GROUP_FIELDS)
    for result in results:
        data = result.as_json()
        for group in data["groups"]:
            row = {**{k: data[k] for k in ("school", "school_id", "year")}, **group}
            writer.writerow(["" if row[f] is None else row[f] for f in GROUP_FIELDS])


def _number(tr: Texts, value: float | None, digits: int = 0) -> str:
    return "—" if value is None else tr.number(value, digits)


def format_result(result, tr: Texts | None = None) -> str:
    """One school's isolation as a plain-text table a person can check by hand, in tr's language (English by
    default, word for word as it always was: print_words gives the engine's own English words)."""
    from equity_desktop.core.enrollment.review_data import SUPPRESSION_SIZE
    from equity_desktop.core.output import print_words as words

    tr = tr or texts("en")
    size = result.print_size or 0
    head = f"{result.school}" + (f" ({result.school_id})" if result.school_id else "")
    lines = [head + (f", {result.year}" if result.year else ""),
             tr.t("cli.mgi_compared_with", source=said(result.district_source, tr)),
             tr.t("cli.mgi_isolated", rule=words.rule_describe(tr, result.rule)), ""]
    lines.append(f"{tr.t('cli.col_group'):<44}{tr.t('cli.col_school_n'):>10}{tr.t('cli.col_school_share'):>10}"
                 f"{tr.t('cli.col_district_n'):>12}{tr.t('cli.col_district_share'):>9}{tr.t('cli.col_difference'):>8}"
                 f"  {tr.t('cli.col_status')}")
    dimension = None
    for group in result.groups:
        if group.dimension != dimension:
            dimension = group.dimension
            lines.append(f"{words.dimension_label(tr, dimension)}")
        status = words.group_status(tr, group, result.print_size or SUPPRESSION_SIZE)
        lines.append(f"  {words.group_name(tr, group.group):<42}{words.count_text(tr, group.school, size):>10}"
                     f"{_number(tr, group.school.share, 1):>10}{words.count_text(tr, group.district, size):>12}"
                     f"{_number(tr, group.district.share, 1):>9}"
                     f"{'' if group.difference is None else tr.signed(group.difference):>8}  {said(status, tr)}")
    state = tr.t("federal.isolated" if result.federal_isolated else "federal.not_isolated")
    if result.minority_share is not None:
        federal = tr.t("cli.federal_share", share=tr.percent(result.minority_share), state=state)
    elif result.federal_isolated is not None:
        federal = tr.t("cli.federal_withheld", state=state, why=words.withheld_note(tr, result))
    else:
        federal = tr.t("cli.federal_unknown")
    lines += ["", tr.t("cli.federal_status", federal=federal),
              tr.t("cli.diversity", simpson=_number(tr, result.simpson, 3),
                   normalized=_number(tr, result.simpson_normalized, 3),
                   dissimilarity=_number(tr, result.dissimilarity, 3))]
    if result.withheld_note:
        lines.append(tr.t("cli.withheld_for_publication", why=words.withheld_note(tr, result)))
    lines += _risk_lines(result.disproportionality, tr)
    lines += [tr.t("cli.warning", warning=said(w, tr)) for w in result.warnings]
    return "\n".join(lines)


def _risk_lines(rows, tr: Texts) -> list[str]:
    from equity_desktop.core.output.print_words import group_name

    lines, outcome = [], None
    for row in rows:
        if row.outcome != outcome:
            outcome = row.outcome
            lines += ["", tr.t("cli.risk_heading", outcome=said(outcome, tr)),
                      f"{tr.t('cli.col_group'):<44}{tr.t('cli.col_enrolled'):>10}{tr.t('cli.col_actual'):>8}"
                      f"{tr.t('cli.col_expected'):>10}{tr.t('cli.col_risk'):>8}{tr.t('cli.col_ratio'):>7}"]
        ratio = "—" if row.risk_ratio is None else tr.decimal(row.risk_ratio, 2)
        lines.append(f"  {group_name(tr, row.group):<42}{_number(tr, row.enrolled):>10}{_number(tr, row.actual):>8}"
                     f"{_number(tr, row.expected, 1):>10}{_number(tr, row.risk, 1):>8}{ratio:>7}"
                     + (f"  {said(row.why_not_shown, tr)}" if row.why_not_shown else ""))
    return lines


def run_screen(args: argparse.Namespace) -> int:
    from equity_desktop.core.enrollment import collector

    # A state file's schools are millions of objects, none in a reference cycle: the cycle collector, woken by the
    # writing after the reading and measuring held it back, would look through all of them, more than once.
    with collector.paused():
        return _screen(args)


def _screen(args: argparse.Namespace) -> int:
    from equity_desktop.core.enrollment.screen_export import write_listing

    tr = language(args)
    listing = _listing(args)
    if args.output:
        path = write_listing(listing, Path(args.output))
        print(tr.n("cli.wrote_schools", len(listing), path=path))
        return 0
    print(f"{tr.t('cli.col_school'):<44}{tr.t('cli.col_year'):>9}{tr.t('cli.col_isolated'):>10}  "
          f"{tr.t('cli.col_outside_band')}")
    for index, row in zip(listing.order.tolist(), listing.rows()):
        band = row["groups_outside_band"] if tr.is_english else _outside_band(listing, index, tr)
        print(f"{row['school'][:43]:<44}{row['year'] or '':>9}{row['isolated_groups']:>10}  {band or '—'}")
    return 0


def _outside_band(listing, index: int, tr: Texts) -> str:
    """ScreeningList.outside_band's words for the school in row `index` in tr's language ("Negro o afroamericano
    +51,0; Blanco -48,0"); the export keeps the English."""
    from equity_desktop.core.output.print_words import group_name

    isolated = listing.isolated[index].tolist()
    gaps = listing.difference[index].tolist()
    return "; ".join(f"{group_name(tr, group)} {tr.signed(gap)}"
                     for (_, group), on, gap in zip(listing.groups, isolated, gaps) if on)


def _listing(args: argparse.Namespace):
    """Every school of the file measured, as the screening list: all at once (mgi_columns), or school by school
    when the figures are to be withheld for publication (privacy.for_print works on each school's result)."""
    from equity_desktop.core.enrollment.screening import ScreeningList

    if args.suppress:
        return ScreeningList.of(_results(args, None))
    from equity_desktop.core.enrollment.mgi import Rule
    from equity_desktop.core.enrollment.mgi_columns import screening_list

    table, district = _checked_tables(args)
    return screening_list(table, Rule(args.rule, args.threshold), district_table=district, reference=args.reference)


def remedy(error: Exception, tr: Texts | None = None) -> str:
    """What the command line adds to a sentence whose fix is a step of the wizard (errors.step), in tr's language
    (English without one)."""
    from equity_desktop.core.enrollment.errors import COLUMNS_STEP, HEADER_STEP, YEAR_STEP

    tr = tr or texts("en")
    step = getattr(error, "step", None)
    if step == YEAR_STEP:
        return tr.t("cli.remedy_year")
    if step not in (COLUMNS_STEP, HEADER_STEP):
        return ""
    return tr.t("cli.remedy_columns")


def run_columns(args: argparse.Namespace) -> int:
    from equity_desktop.core.enrollment.file_reading import read_for_import
    from equity_desktop.core.enrollment.layout import read_mapping, save_mapping
    from equity_desktop.core.enrollment.role_labels import SHAPE_LABELS, decision
    from equity_desktop.core.enrollment.table import column_name

    tr = language(args)
    reading = read_for_import(args.file, args.sheet, read_mapping(args.map) if args.map else None)
    layout = reading.layout
    if layout is None:
        raise EnrollmentFileError(args.file, reading.problem, sheet=reading.sheet)
    print(tr.t("cli.columns_header" if layout.detected else "cli.columns_header_mapped", file=Path(args.file).name,
               sheet=reading.sheet, row=str(layout.header_row), shape=said(SHAPE_LABELS[layout.shape], tr)))
    for column in layout.columns:
        if column.header:
            print(f"  {column_name(column)}: {said(decision(column), tr)}")
    for note in note_texts(reading.table, tr) if reading.table else ():
        _note(tr, note)
    if reading.problem:
        _note(tr, reading.problem)
    if args.save_mapping:
        save_mapping(layout.to_mapping(), args.save_mapping)
        print(tr.t("cli.wrote_mapping", path=args.save_mapping))
    return 0


def run_import(args: argparse.Namespace) -> int:
    from equity_desktop.core.enrollment.importing import OtherSchoolError, import_into
    from equity_desktop.core.enrollment.layout import read_mapping
    from equity_desktop.core.review.store import ReviewStore

    tr = language(args)
    mapping = read_mapping(args.map) if args.map else None
    with ReviewStore.open(args.review) as store:
        try:
            snapshots = import_into(store, args.file, sheet=args.sheet, school=args.school, year=args.year,
                                    mapping=mapping, district_file=args.district_file,
                                    other_school_ok=args.other_school, reference=args.reference,
                                    outcome_files=args.outcomes)
        except OtherSchoolError as error:
            raise EquityError(tr.t("cli.other_school", sentence=error.sentence(tr))) from None
    for snapshot in snapshots:
        for note in snapshot.notes:
            _note(tr, note)
        print(tr.t("cli.added", school=snapshot.school.name, year=snapshot.year,
                   source=said(snapshot.district_source, tr), review=Path(args.review).name))
    return 0
