"""The plan's sub-commands: the PDF and Excel exports, the blank checklist, and bringing an edited workbook back.

    equity-desktop export REVIEW -o plan.pdf [--paper letter|a4] [--full] [--xlsx plan.xlsx] [--lang en|es]
    equity-desktop checklist -o checklist.pdf [--stage N] [--paper letter|a4] [--lang en|es]
    equity-desktop plan-import REVIEW plan.xlsx [--apply]

`--lang` chooses the language of what is written and of the messages about it; without it, the environment's
(cli.language: the rule every command follows).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from equity_desktop.cli.language import add_language_option, language
from equity_desktop.core.errors import EquityError
from equity_desktop.core.i18n import Texts
from equity_desktop.core.i18n.message import said

PAPER_NAMES = ("letter", "a4")  # pdf_kit.PAPERS (not imported here: reportlab loads only when a PDF is made)


def _pdf_path(text: str, tr: Texts) -> Path:
    path = Path(text)
    if path.suffix.lower() != ".pdf":
        raise EquityError(tr.t("cli.not_pdf", name=path.name))
    return path


def _export(args: argparse.Namespace) -> int:
    tr = language(args)
    if not args.output and not args.xlsx:
        raise EquityError(tr.t("cli.say_where"))
    if args.output:
        from equity_desktop.core.output.plan_pdf import write_plan_pdf

        path = write_plan_pdf(args.review, _pdf_path(args.output, tr), paper=args.paper, full=args.full,
                              language=tr.language)
        print(tr.t("cli.wrote_plan", path=path))
    if args.xlsx:
        from equity_desktop.core.output.plan_xlsx import export_review_xlsx

        xlsx = Path(args.xlsx)
        if xlsx.suffix.lower() != ".xlsx":
            raise EquityError(tr.t("cli.not_xlsx", name=xlsx.name))
        print(tr.t("cli.wrote_xlsx", path=export_review_xlsx(args.review, str(xlsx), language=tr.language)))
    return 0


def _checklist(args: argparse.Namespace) -> int:
    from equity_desktop.core.output.checklist_pdf import write_checklist_pdf

    tr = language(args)
    path = write_checklist_pdf(_pdf_path(args.output, tr), paper=args.paper, stage=args.stage, language=tr.language)
    print(tr.t("cli.wrote_checklist", path=path))
    return 0


def _plan_import(args: argparse.Namespace) -> int:
    from equity_desktop.core.output.plan_xlsx import read_plan_xlsx
    from equity_desktop.core.review.store import ReviewStore

    tr = language(args)
    with ReviewStore.open(args.review, read_only=not args.apply) as store:
        changes = read_plan_xlsx(args.workbook, store.framework, store.load(), identity=store.identity())
        for line in changes.descriptions + changes.notes:
            print(said(line, tr))
        for conflict in changes.conflicts:
            keeps = tr.t("cli.keeping_workbook" if args.take_workbook else "cli.keeping_program")
            print(tr.t("cli.changed_in_both", keeps=keeps, what=said(conflict.what, tr),
                       program=said(conflict.program, tr), workbook=said(conflict.workbook, tr)))
        changes = changes.choosing(set(range(len(changes.conflicts))) if args.take_workbook else set())
        if changes.empty:
            print(tr.t("cli.workbook_no_changes"))
        elif args.apply:
            store.write_plan(changes.objectives, changes.items, assessments=changes.ratings,
                             source=f"workbook {Path(args.workbook).name}")
            print(tr.t("cli.applied", name=Path(args.review).name))
        else:
            print(tr.t("cli.nothing_changed_apply"))
    return 0


def add_commands(commands) -> None:
    export = commands.add_parser("export", help="write a review's action plan as PDF and/or Excel")
    export.add_argument("review", metavar="REVIEW.eqreview")
    export.add_argument("-o", "--output", metavar="plan.pdf", help="the PDF to write")
    export.add_argument("--paper", choices=PAPER_NAMES, default="letter", help="paper size (default letter)")
    export.add_argument("--full", action="store_true",
                        help="add every stage's key actions, benchmarks and map conditions with ratings and evidence")
    export.add_argument("--xlsx", metavar="plan.xlsx", help="also write the plan and all ratings to a workbook")
    add_language_option(export)
    export.set_defaults(run=_export)

    checklist = commands.add_parser("checklist", help="write a blank checklist for teams working on paper")
    checklist.add_argument("-o", "--output", required=True, metavar="checklist.pdf")
    checklist.add_argument("--stage", type=int, choices=(1, 2, 3, 4), help="only this stage (default: all four)")
    checklist.add_argument("--paper", choices=PAPER_NAMES, default="letter")
    add_language_option(checklist)
    checklist.set_defaults(run=_checklist)

    plan_import = commands.add_parser("plan-import", help="show (and with --apply, apply) the changes in an "
                                                          "edited plan workbook")
    plan_import.add_argument("review", metavar="REVIEW.eqreview")
    plan_import.add_argument("workbook", metavar="plan.xlsx")
    plan_import.add_argument("--apply", action="store_true", help="apply the changes (otherwise only list them)")
    plan_import.add_argument("--take-workbook", action="store_true",
                             help="where the program and the workbook both changed the same thing since the export, "
                                  "take the workbook's value (the program's is kept otherwise)")
    plan_import.set_defaults(run=_plan_import)
