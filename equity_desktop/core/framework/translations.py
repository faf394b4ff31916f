"""The framework in a language other than English: an unofficial translation, never the official text.

The Magnet School Development Framework (2018) exists officially only in English, and
``resources/framework/framework.json`` quotes it verbatim. A translation lives next to it as
``framework.<language>.json``: the same document with every id, number and list order kept and every
text translated, plus a ``translation`` entry (language, ``official: false``, the notice to show, and the
sha256 of the English file it was translated from). The same loader reads it, so it is the same
`Framework` type; its ``translation`` attribute (a `TranslationNote`, None for English) is what a screen
or a printout checks to mark the text as an unofficial translation. docs/translating.md tells how a
translation is checked and how to add a language.

`load_framework()` keeps returning the English framework; `load_framework_in(language)` returns the
framework in a language, read once per process, and English for a language with no translation.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from equity_desktop.core.errors import FrameworkContentError
from equity_desktop.core.framework.content import Framework, TranslationNote, load_framework, read_framework
from equity_desktop.core.i18n.message import Message
from equity_desktop.paths import resource_path

ENGLISH = "en"
TRANSLATED = ("es",)  # languages with a resources/framework/framework.<language>.json
LANGUAGES = (ENGLISH, *TRANSLATED)


def framework_language(language: str | None) -> str:
    """The framework language for a language code or locale name: "es", "es-MX", "es_US.UTF-8" and
    "ES" give "es"; English for anything without a translation (or None)."""
    code = (language or "").strip().lower().replace("-", "_").split(".")[0].split("@")[0].split("_")[0]
    return code if code in LANGUAGES else ENGLISH


def translation_path(language: str) -> Path:
    """Where the framework in `language` (one of LANGUAGES) is shipped."""
    name = "framework.json" if language == ENGLISH else f"framework.{language}.json"
    return resource_path("framework", name)


def load_framework_in(language: str | None = ENGLISH) -> Framework:
    """The framework in `language` (a code or a locale name). English is `load_framework()` itself;
    a translation carries its `TranslationNote`; a language without a translation gives English."""
    code = framework_language(language)
    return load_framework() if code == ENGLISH else _load_translation(code)


@cache
def _load_translation(language: str) -> Framework:
    path = translation_path(language)
    framework = read_framework(path)
    note = framework.translation
    if note is None or note.language != language or note.official:
        raise FrameworkContentError(Message("error.framework_not_translation", file=path.name, language=language))
    difference = id_difference(load_framework(), framework)
    if difference:
        raise FrameworkContentError(
            Message("error.framework_mismatch", file=path.name, difference=difference))
    return framework


def ids_of(framework: Framework) -> list[str]:
    """Every id of the framework's elements, components, stages, key action groups and items, in order."""
    ids = [e.id for e in framework.elements] + [c.id for c in framework.components]
    for stage in framework.stages:
        ids.append(stage.id)
        for group in stage.key_action_groups:
            ids += [group.id, *(a.id for a in group.actions)]
        ids += [b.id for b in stage.benchmarks]
        ids += [f"{c.id}@{c.component_id}" for c in stage.conditions]
    return ids


def id_difference(english: Framework, translated: Framework) -> str:
    """'' when both have the same ids in the same order; else the first place where they differ."""
    ours, theirs = ids_of(english), ids_of(translated)
    for index, (mine, other) in enumerate(zip(ours, theirs)):
        if mine != other:
            return f"entry {index + 1} is '{other}' where the English has '{mine}'"
    if len(ours) != len(theirs):
        return f"{len(theirs)} ids where the English has {len(ours)}"
    return ""


def is_official(framework: Framework) -> bool:
    """True for the official English text; False for any translation."""
    return framework.translation is None or framework.translation.official


def notice(framework: Framework) -> str:
    """The text that must stand next to a translation wherever it is shown or printed ('' for English)."""
    return "" if is_official(framework) else translation_of(framework).notice


def translation_of(framework: Framework) -> TranslationNote:
    """The framework's TranslationNote (ValueError for the official English framework)."""
    if framework.translation is None:
        raise ValueError("the English framework is the official text, not a translation")
    return framework.translation


def english_sha256() -> str:
    """The sha256 of the shipped English framework.json, as a translation records it in `source_sha256`."""
    return hashlib.sha256(translation_path(ENGLISH).read_bytes()).hexdigest()


def is_up_to_date(framework: Framework) -> bool:
    """Whether a translation was made from the English text shipped now (always True for English)."""
    return framework.translation is None or framework.translation.source_sha256 == english_sha256()
