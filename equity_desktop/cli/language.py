"""The language the command line speaks: one rule for every sub-command.

A command with `--lang` speaks that language; any other (and one run without the option) speaks the environment's
(`core.i18n.language_from_environment`: Spanish when LC_ALL, LC_MESSAGES or LANG starts with "es", else English).
What a person reads is said in that language: progress, results, notes and error sentences. What a program reads
stays English by contract: CSV and JSON outputs and their column names, and argparse's help and usage texts.
"""

from __future__ import annotations

import argparse

from equity_desktop.core.i18n import LANGUAGES, Texts, language_from_environment, texts


def language(args: argparse.Namespace | None = None) -> Texts:
    """The language a command speaks: its --lang, else the environment's (the rule is core.i18n's)."""
    return texts(getattr(args, "lang", None) or language_from_environment())


def add_language_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=LANGUAGES, metavar="{" + ",".join(LANGUAGES) + "}",
                        help="language of what is written: en (English) or es (Spanish; the framework's text is "
                             "then an unofficial translation, marked as such); default: from LC_ALL/LANG")


def whole(tr: Texts, count: int) -> str:
    """A count where the English message always wrote it bare ("1234 taken"): bare in English, as tr writes one
    in another language."""
    return str(count) if tr.is_english else tr.count(count)
