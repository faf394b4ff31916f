"""The workshop's commands, for consultants who handle many schools (issue 17):

    equity-desktop ballots REVIEW -o DIR [--members "A;B;C"] [--stage N | --scope S]   one ballot file per member
    equity-desktop collect REVIEW BALLOT_OR_FOLDER…     take the members' ballots into the review
    equity-desktop merge REVIEW OTHER [--list] [--take mine|theirs]   bring another copy's changes in
    equity-desktop rate REVIEW ITEM VALUE [--note TEXT] [--by NAME]    script a rating (a ballot file too)
    equity-desktop ratings REVIEW [--format table|json|csv]            every rated item, with the ballots

Each calls the core the window calls (`core.review.ballots`, `merge`, `consensus`, `change_words`) and writes in
one transaction. Bad input is one sentence on stderr and exit 2; a merge with conflicts left undecided exits 3.
They speak the language of cli.language; in Spanish the review is read with the framework's Spanish text, so that
an item is named as the window names it. The ratings' CSV and JSON stay English (ids and values).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from equity_desktop.cli.language import language, whole
from equity_desktop.core.errors import EquityError
from equity_desktop.core.framework.content import Framework
from equity_desktop.core.i18n import Texts
from equity_desktop.core.i18n.message import Message, said

EXIT_CONFLICTS = 3  # a merge listed conflicts that nobody decided: nothing was written


def _framework(tr: Texts) -> Framework:
    """The framework in tr's language (its unofficial translation outside English), as the window shows it."""
    from equity_desktop.core.framework.translations import load_framework_in

    return load_framework_in(tr.language)


def _ballots(args: argparse.Namespace) -> int:
    from equity_desktop.core.review import ballots
    from equity_desktop.core.review.store import ReviewStore

    tr = language(args)
    folder = Path(args.output)
    if not folder.is_dir():
        raise EquityError(Message("error.atomic_no_folder", folder=str(folder)))
    members = [name.strip() for name in (args.members or "").split(";") if name.strip()]
    scope = f"s{args.stage}" if args.stage else args.scope
    with ReviewStore.open(args.review, read_only=True, framework=_framework(tr)) as review:
        written = ballots.prepare_ballots(review, folder, members, scope)
    for path in written:
        print(tr.t("cli.wrote_file", path=path))
    if not members:
        print(tr.t("cli.no_members"))
    return 0


def _ballot_files(paths: list[str]) -> list[Path]:
    """The files named, a folder standing for the ballots in it (as a folder dropped on the window does)."""
    from equity_desktop.core.review.ballots import BALLOT_SUFFIX

    found: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            inside = sorted(path.glob(f"*{BALLOT_SUFFIX}"))
            if not inside:
                raise EquityError(Message("cli.no_ballots_in_folder", folder=str(path), suffix=BALLOT_SUFFIX))
            found += inside
        elif not path.exists():
            raise EquityError(Message("cli.no_such_ballot", path=str(path)))
        else:
            found.append(path)
    return found


def _collect(args: argparse.Namespace) -> int:
    from equity_desktop.core.review import ballots
    from equity_desktop.core.review.store import ReviewStore

    tr = language(args)
    files = _ballot_files(args.ballots)
    with ReviewStore.open(args.review, framework=_framework(tr)) as review:
        collected = ballots.collect_ballots(review, files)
        if collected.values:
            review.apply_values(collected.values, source="collect")
    for line in collected.taken:
        print(tr.t("cli.collected", line=said(line, tr)))
    for sentence in collected.skipped:  # on stderr only when a file was refused: then the exit status is 2 too
        print(f"equity-desktop: {said(sentence, tr)}" if collected.refused else said(sentence, tr),
              file=sys.stderr if collected.refused else sys.stdout)
    if not collected.taken:
        print(tr.t("cli.none_collected"))
    return 2 if collected.refused else 0


def _merge(args: argparse.Namespace) -> int:
    from equity_desktop.core.review import change_words, merge
    from equity_desktop.core.review.store import ReviewStore

    tr = language(args)
    other = Path(args.other)
    with ReviewStore.open(args.review, read_only=args.list, framework=_framework(tr)) as review:
        plan = merge.plan_merge(review, other)
        framework = review.framework
        for key, value in plan.taken.items():
            print(tr.t("cli.taken_from", name=other.name, what=change_words.what(framework, key, value),
                       value=change_words.value(framework, key, value)))
        for conflict in plan.conflicts:
            sides = []
            for side, name in ((conflict.ours, tr.t("cli.here")), (conflict.theirs, other.name)):
                who = ", ".join(p for p in (side.changed_by, side.changed_at[:16].replace("T", " ")) if p)
                sides.append(f"{name}: {change_words.value(framework, conflict.key, side.value, conflict.fields)}"
                             + (f" ({who})" if who else ""))
            print(tr.t("cli.conflict", what=change_words.what(framework, conflict.key, conflict.ours.value,
                                                              conflict.theirs.value), sides="; ".join(sides)))
        undecided = plan.conflicts and not args.take
        if args.list or undecided:
            if undecided and not args.list:
                print(tr.t("cli.nothing_merged", n=whole(tr, len(plan.conflicts))))
            return EXIT_CONFLICTS if plan.conflicts else 0
        side = "theirs" if args.take == "theirs" else "ours"
        merge.apply(review, merge.resolve(plan, {c.key: side for c in plan.conflicts}), source=f"merge {other.name}")
    print(tr.t("cli.merged", name=other.name, taken=whole(tr, len(plan.taken)), decided=whole(tr, len(plan.conflicts)),
               take=args.take or tr.t("cli.take_none"), kept=whole(tr, plan.kept)))
    return 0


def _rate(args: argparse.Namespace) -> int:
    from equity_desktop.core.review.ballots import typed_rating
    from equity_desktop.core.review.store import ReviewStore

    tr = language(args)
    with ReviewStore.open(args.review, author=args.by or None) as review:
        item_id, value = typed_rating(review.framework, args.item, args.value)
        review.set_assessment(item_id, value, args.note)
    print(tr.t("cli.rated_with_note" if args.note else "cli.rated", item=item_id, rating=tr.label(value),
               review=Path(args.review).name))
    return 0


def _note(text: str) -> str | None:
    return text or None


def _ratings(args: argparse.Namespace) -> int:
    from equity_desktop.core.review import ballots
    from equity_desktop.core.review.store import ReviewStore

    with ReviewStore.open(args.review, read_only=True) as review:
        framework = review.framework
        assessments = review.assessments()
        held = ballots.ballots(review)
    order = [item.id for part in (framework.key_actions, framework.conditions, framework.benchmarks) for item in part]
    rows = []
    for item_id in order:
        found = assessments.get(item_id)
        votes = [{"member": b.member, "rating": b.ratings[item_id][0], "note": _note(b.ratings[item_id][1])}
                 for b in held if item_id in b.ratings]
        rating = found.value.value if found else "unrated"
        if rating == "unrated" and not (found and found.note) and not votes:
            continue
        rows.append({"id": item_id, "rating": rating, "note": _note(found.note if found else ""), "ballots": votes})
    if args.format == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(["id", "code", "rating", "note", "member", "member_rating", "member_note"])
        for row in rows:
            code = ballots.item_code(framework, row["id"])
            writer.writerow([row["id"], code, row["rating"], row["note"] or "", "", "", ""])
            for vote in row["ballots"]:
                writer.writerow([row["id"], code, "", "", vote["member"], vote["rating"], vote["note"] or ""])
    else:
        tr = language(args)
        for row in rows:
            spread = ", ".join(f"{v['member']} {v['rating']}" for v in row["ballots"])
            print(f"{row['id']:<14} {ballots.item_code(framework, row['id']):<10} {row['rating']:<15}"
                  + (tr.t("cli.ratings_ballots", ballots=spread) if spread else ""))
    return 0


def add_commands(commands) -> None:
    from equity_desktop.core.review.ballots import SCOPES

    prepare = commands.add_parser("ballots", help="write one ballot file per team member (or one blank ballot)")
    prepare.add_argument("review", metavar="REVIEW.eqreview")
    prepare.add_argument("-o", "--output", required=True, metavar="DIR", help="the folder to write the ballots in")
    prepare.add_argument("--members", metavar='"A;B;C"', help="the members' names, separated by ';' (none: one "
                                                              "blank ballot to copy)")
    which = prepare.add_mutually_exclusive_group()
    which.add_argument("--stage", type=int, choices=(1, 2, 3, 4), help="only this stage's items")
    which.add_argument("--scope", choices=SCOPES, default="all", help="which items (default all; map or "
                                                                      "benchmarks: those of every stage)")
    prepare.set_defaults(run=_ballots)

    collect = commands.add_parser("collect", help="take the members' ballots into the review (one edit)")
    collect.add_argument("review", metavar="REVIEW.eqreview")
    collect.add_argument("ballots", nargs="+", metavar="BALLOT", help=".eqballot files, or a folder of them")
    collect.set_defaults(run=_collect)

    merge = commands.add_parser("merge", help="bring another copy's changes into the review")
    merge.add_argument("review", metavar="REVIEW.eqreview")
    merge.add_argument("other", metavar="OTHER.eqreview")
    merge.add_argument("--list", action="store_true", help="only list what would be taken and the conflicts "
                                                           "(exit 3 when there are conflicts)")
    merge.add_argument("--take", choices=("mine", "theirs"), help="settle every conflict with this copy's value "
                                                                  "(mine) or the other's (theirs)")
    merge.set_defaults(run=_merge)

    rate = commands.add_parser("rate", help="set one item's rating (in a review or a ballot file)")
    rate.add_argument("review", metavar="REVIEW")
    rate.add_argument("item", metavar="ITEM", help="the item's id (s1.map.de.1) or checklist code (1.DE.1)")
    rate.add_argument("value", metavar="VALUE", help="1-4 or 0 (benchmarks 1-3), or a name: not_started, "
                                                     "emerging, progressing, in_place, not_applicable, not_met, "
                                                     "partly_met, met, unrated")
    rate.add_argument("--note", help="the evidence note (replaces the one there)")
    rate.add_argument("--by", metavar="NAME", help="who rated it, for the review's history")
    rate.set_defaults(run=_rate)

    ratings = commands.add_parser("ratings", help="every rated item, with the members' ballots")
    ratings.add_argument("review", metavar="REVIEW.eqreview")
    ratings.add_argument("--format", choices=("table", "json", "csv"), default="table")
    ratings.set_defaults(run=_ratings)
