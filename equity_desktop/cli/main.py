"""The `equity-desktop` command: the GUI by default, sub-commands for batch work.

    equity-desktop [REVIEW.eqreview]         open the program (on that review)
    equity-desktop framework [--format F]    print the framework content
    equity-desktop demo -o PATH.eqreview     write the demo review
    equity-desktop mgi FILE / screen FILE    isolation of a school / of every school in a file
    equity-desktop import REVIEW FILE        add a file's enrollment to a review
    equity-desktop export REVIEW -o plan.pdf the action plan as PDF (and --xlsx plan.xlsx; --lang en|es)
    equity-desktop checklist -o list.pdf     a blank checklist for teams working on paper (--lang en|es)
    equity-desktop plan-import REVIEW XLSX   the changes in an edited plan workbook (--apply to apply)
    equity-desktop ballots / collect / merge / rate / ratings   the workshop (see cli/workshop.py)
    equity-desktop selftest                  check that this copy of the program works

Sub-commands call the same core functions the GUI calls. An error the user can
cause is printed as one sentence on stderr (exit status 2); never a traceback.
Every command speaks the language cli.language chooses (its --lang, else LANG).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from equity_desktop import APP_NAME, __version__
from equity_desktop.core.errors import EquityError

EXIT_ERROR = 2  # bad input (argparse uses 2 for bad arguments too)
# Known without building the parser, so that opening the GUI does not import every command's module
# (a test checks it against the parser).
COMMANDS = ("framework", "demo", "mgi", "screen", "columns", "import", "export", "checklist", "plan-import",
            "ballots", "collect", "merge", "rate", "ratings", "selftest")


def _framework(args: argparse.Namespace) -> int:
    import json

    from equity_desktop.core.framework.content import load_framework
    from equity_desktop.core.framework.export import framework_as_dict, framework_outline

    framework = load_framework()
    if args.format == "json":
        sys.stdout.write(json.dumps(framework_as_dict(framework), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(framework_outline(framework))
    return 0


def _demo(args: argparse.Namespace) -> int:
    from equity_desktop.cli.language import language
    from equity_desktop.core.demo.review import write_demo
    from equity_desktop.core.i18n.message import Message

    tr = language(args)
    path = Path(args.output)
    if path.suffix != ".eqreview":
        raise EquityError(tr.t("cli.not_eqreview", name=path.name))
    if path.exists() and not args.force:
        raise EquityError(tr.t("cli.exists_force", path=path))
    if not path.parent.is_dir():
        raise EquityError(Message("error.atomic_no_folder", folder=str(path.parent)))
    write_demo(path)
    print(tr.t("cli.wrote_demo", path=path))
    return 0


def _parser() -> tuple[argparse.ArgumentParser, tuple[str, ...]]:
    parser = argparse.ArgumentParser(prog="equity-desktop", description=f"{APP_NAME}: a school's equity self-review.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    framework = commands.add_parser("framework", help="print the Magnet School Development Framework")
    framework.add_argument("--format", choices=("json", "text"), default="text",
                           help="json: the whole content with ids; text: a readable outline (default)")
    framework.set_defaults(run=_framework)

    demo = commands.add_parser("demo", help="write the demo review of a fictional magnet school")
    demo.add_argument("-o", "--output", required=True, metavar="PATH.eqreview", help="where to write it")
    demo.add_argument("--force", action="store_true", help="replace PATH if it exists")
    demo.set_defaults(run=_demo)
    from equity_desktop.cli.enrollment import add_commands as add_enrollment_commands

    add_enrollment_commands(commands)
    from equity_desktop.cli.plan import add_commands as add_plan_commands

    add_plan_commands(commands)
    from equity_desktop.cli.workshop import add_commands as add_workshop_commands

    add_workshop_commands(commands)
    from equity_desktop.cli.selftest import add_command as add_selftest_command

    add_selftest_command(commands)
    return parser, tuple(commands.choices)


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="equity-desktop", description=f"Open {APP_NAME}.",
                                     epilog=f"Sub-commands: {', '.join(COMMANDS)} (equity-desktop COMMAND --help).")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("review", nargs="?", metavar="REVIEW.eqreview", help="the review to open")
    return parser


def _review_to_open(argv: list[str]) -> Path | None:
    """The review to open: none, or a plain name taken as it is; the parser only for anything else.

    Building the parser costs ~2 ms of the window's start-up (its help formatter loads `locale`). Anything
    else is `--version`, `--help`, `-- -odd-name.eqreview` or a mistake, which the parser answers as before.
    """
    if not argv:
        return None
    if len(argv) == 1 and not argv[0].startswith("-"):
        return Path(argv[0]) if argv[0] else None
    args = _gui_parser().parse_args(argv)
    return Path(args.review) if args.review else None


def _give_output_somewhere() -> None:
    """A windowed build on Windows starts with no stdout or stderr (they are None).

    A sub-command typed in a terminal writes to that terminal; with no terminal (a double-click), output
    goes nowhere instead of failing on None.
    """
    if sys.stdout is not None and sys.stderr is not None:
        return
    if sys.platform == "win32":
        import ctypes

        if ctypes.windll.kernel32.AttachConsole(-1):  # -1: the console of the process that started us
            sys.stdout = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the program
            sys.stderr = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115
            return
    import os

    sys.stdout = sys.stdout or open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    sys.stderr = sys.stderr or open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115


def _started_by_multiprocessing(argv: list[str]) -> bool:
    """Whether multiprocessing may have started this executable: a worker, or its resource tracker.

    They get `--multiprocessing-fork` or `-c CODE`, which are what PyInstaller's freeze_support looks for;
    a command that only looks like one costs an import. Frozen, importing multiprocessing takes ~30 ms
    (installer/hooks/rthook_on_first_import.py), which other commands no longer pay.
    """
    return "--multiprocessing-fork" in argv or "-c" in argv


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if getattr(sys, "frozen", False) and _started_by_multiprocessing(sys.argv):
        import multiprocessing

        multiprocessing.freeze_support()  # a PyInstaller build's worker process (file reading) runs its job
    _give_output_somewhere()
    # A first word that is not a sub-command is the review to open (double-click, installers).
    if not argv or argv[0] not in COMMANDS and argv[0] not in ("-h", "--help"):
        review = _review_to_open(argv)
        from equity_desktop.gui.app import run_gui  # Qt loads only for the GUI

        return run_gui(review)
    parser, _ = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    from equity_desktop.cli.language import language

    tr = language(args)
    try:
        return args.run(args)
    except EquityError as error:
        from equity_desktop.cli.enrollment import remedy

        print(f"equity-desktop: {error.sentence(tr)}{remedy(error, tr)}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # `equity-desktop framework | head`; before OSError, of which it is one
        sys.stderr.close()
        return 0
    except OSError as error:  # disk full, drive removed, no permission: still a sentence
        where = tr.t("cli.os_error_where", file=error.filename) if error.filename else ""
        print("equity-desktop: " + tr.t("cli.os_error", reason=error.strerror or error, where=where),
              file=sys.stderr)
        return EXIT_ERROR
    except MemoryError:
        print("equity-desktop: " + tr.t("cli.out_of_memory"), file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
