"""The core's translation seam: messages by id in each language, plurals, and numbers, percentages and dates
written the way the language writes them.

Core code that produces text a person reads asks a `Texts` for it by message id instead of assembling an English
sentence: ``texts("es").t("plan.title")`` is "Plan de acción", ``texts("en").n("plan.items_in_all", 6)`` is
"6 action items in all". The printed outputs (core/output), the command line and, later, the window all render
through the same catalogues, so one sentence reads the same everywhere in one language.

The catalogues are Python modules of this package, one per language (`en`, `es`): a dict from message id to a
`str.format` template with named fields, or, for a message that depends on a count, a dict from plural category
("one", "other"; CLDR's names) to template. Why modules and not gettext .po/.mo: nothing to compile or ship
beside the code (the installers freeze Python modules as they are), a message's arguments are checked by the
tests against English, and the window's own strings use Qt's .ts/.qm files anyway (docs/translating.md).

English is the source language: its catalogue holds the text the program printed before translations existed,
word for word, so English output does not change. A message missing from another catalogue falls back to English
(tests/core/test_i18n.py makes sure Spanish misses none).

Arguments are formatted by the caller (`number`, `count`, `percent`, `signed`, `date`) and passed as text; only a
plural message formats its own count (`{n}`). Nothing here formats a year or an id: 2026 stays "2026".

Which language: `language_from_environment()` is the one rule (LC_ALL, LC_MESSAGES, then LANG: Spanish when the
first one set starts with "es", else English); a front end with its own setting passes it to `texts()`.
Nothing here imports Qt.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import date
from enum import Enum
from functools import cache
from types import ModuleType

# Imported by name, not with importlib: PyInstaller freezes only the modules it sees imported.
from equity_desktop.core.i18n import en, es

ENGLISH, SPANISH = "en", "es"
LANGUAGES = (ENGLISH, SPANISH)  # each has a module of this package, named by its code
_CATALOGUES: dict[str, ModuleType] = {ENGLISH: en, SPANISH: es}
_ENVIRONMENT = ("LC_ALL", "LC_MESSAGES", "LANG")  # POSIX precedence: the first one set decides


def language_code(name: str | None) -> str:
    """The program language for a language code or locale name: "es", "es-MX", "es_US.UTF-8", "ES" give "es";
    English for anything else, including None, "" and "C"."""
    code = (name or "").strip().lower().replace("-", "_").split(".")[0].split("@")[0].split("_")[0]
    return code if code in LANGUAGES else ENGLISH


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language the program speaks unless told otherwise: Spanish when the locale the environment names
    (LC_ALL, else LC_MESSAGES, else LANG, the first one set) starts with "es", otherwise English."""
    environ = os.environ if environ is None else environ
    for name in _ENVIRONMENT:
        if value := environ.get(name, ""):
            return SPANISH if value.strip().lower().startswith("es") else ENGLISH
    return ENGLISH


class Texts:
    """The messages and number formats of one language (`texts(language)` gives the shared instance)."""

    def __init__(self, language: str):
        self.language = language_code(language)
        self._module: ModuleType = _CATALOGUES[self.language]
        self._english: ModuleType = _CATALOGUES[ENGLISH]
        self.messages: Mapping[str, str | Mapping[str, str]] = self._module.MESSAGES
        self.pdf_lang: str = self._module.PDF_LANG  # the PDF catalog's /Lang (BCP 47)

    def __repr__(self) -> str:
        return f"Texts({self.language!r})"

    @property
    def is_english(self) -> bool:
        return self.language == ENGLISH

    def _template(self, message_id: str) -> str | Mapping[str, str]:
        found = self.messages.get(message_id)
        if found is None:
            found = self._english.MESSAGES.get(message_id)
        if found is None:
            raise KeyError(f"no message {message_id!r} in any catalogue")
        return found

    def t(self, message_id: str, /, **args: object) -> str:
        """The message `message_id` with its named fields filled from `args` (already formatted text)."""
        template = self._template(message_id)
        if not isinstance(template, str):
            raise TypeError(f"message {message_id!r} depends on a count; use n()")
        return template.format(**args) if args else template

    def n(self, message_id: str, count: int, /, **args: object) -> str:
        """The form of `message_id` that fits `count` in this language, with `{n}` the count as the language
        writes it ("1.234" in Spanish) and the other fields from `args`."""
        template = self._template(message_id)
        if isinstance(template, str):
            raise TypeError(f"message {message_id!r} has no plural forms; use t()")
        module = self._module if message_id in self.messages else self._english
        form = template.get(module.plural_category(count)) or template["other"]
        return form.format(n=self.count(count), **args)

    def word(self, message_id: str, english: str, /) -> str:
        """A word the core keeps in English elsewhere (a group's name, a plan field's label): in another language
        the catalogue's `message_id` when it has one, else `english`; in English always `english`, as written."""
        found = None if self.is_english else self.messages.get(message_id)
        return found if isinstance(found, str) else english

    def label(self, member: Enum, /) -> str:
        """A labelled enum member's label in this language (`Rating.IN_PLACE` → "Implementada"), by the message
        id "ClassName.value"; its own English label where a catalogue has none."""
        message_id = f"{type(member).__name__}.{member.value}"
        found = self.messages.get(message_id)
        return found if isinstance(found, str) else str(getattr(member, "label", member.value))

    # ---- numbers and dates ----------------------------------------------------------------------------

    def number(self, value: float, digits: int = 0) -> str:
        """`value` with `digits` decimals and thousands grouped: "1,234.5" in English, "1.234,5" in Spanish."""
        return self._localised(f"{value:,.{digits}f}")

    def count(self, value: float) -> str:
        """A count as the outputs print one: whole numbers without decimals, others with one ("1,234", "12.5")."""
        return self.number(value, 0 if float(value).is_integer() else 1)

    def decimal(self, value: float, digits: int = 1) -> str:
        """`value` with `digits` decimals and no grouping, for ratios and indices ("0.58", "0,58")."""
        return self._localised(f"{value:.{digits}f}")

    def percent(self, value: float, digits: int = 1) -> str:
        """A share already in percent (27.0) as "27.0 %" in English (as the program has always printed it) and
        "27,0 %" in Spanish."""
        return self._module.PERCENT.format(self._localised(f"{value:,.{digits}f}"))

    def signed(self, value: float, digits: int = 1) -> str:
        """A difference with its sign, "+0.0" rather than "-0.0" for one that rounds to nothing ("+4,2")."""
        return self._localised(f"{round(value, digits) or 0.0:+.{digits}f}")

    def general(self, value: float) -> str:
        """`value` in its shortest form (Python's "g"): a threshold of 10 is "10", of 7.5 "7.5" / "7,5"."""
        return self._localised(f"{value:g}")

    def date(self, day: date) -> str:
        """A day in words: "30 November 2026", "30 de noviembre de 2026"."""
        return self._module.DATE.format(day=day.day, month=self._module.MONTHS[day.month - 1], year=day.year)

    def _localised(self, english: str) -> str:
        """Python's English-formatted number with this language's separators (swapped in one pass)."""
        group, point = self._module.GROUP, self._module.POINT
        if (group, point) == (",", "."):
            return english
        return english.translate(str.maketrans({",": group, ".": point}))


@cache
def texts(language: str | None = ENGLISH) -> Texts:
    """The shared `Texts` of `language` (a code or a locale name; English for one without a catalogue)."""
    return Texts(language_code(language))
