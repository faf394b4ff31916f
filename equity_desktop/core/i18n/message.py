"""A message by id with its arguments, for sentences the core makes and a front end says in its language.

The enrollment engine's notes (core.enrollment.table.Note) and the errors a person can cause (core.errors) keep
the message id of core.i18n and its arguments, and the English sentence made from them at once: English output
stays byte for byte what the f-strings wrote before the catalogues, and every caller that reads English keeps
reading a `str`. `Message` is that English `str` carrying its id and arguments; `said(text, tr)` says any text in
tr's language — a `Message` from the catalogue, any other text as it is (a file's own words).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias

from equity_desktop.core.i18n import Texts
from equity_desktop.core.i18n import en as english


@dataclass(frozen=True)
class Term:
    """A word of the program's own vocabulary inside a note (a group's or a dimension's name, "(hidden)"): the
    English as the note always wrote it, another language's from the catalogue's `message_id` when it has one
    (a group a mapping file names is no message: it stays as written)."""

    english: str
    message_id: str
    lower: bool = False  # "the race/ethnicity counts": the label in the middle of a sentence

    def render(self, tr: Texts | None) -> str:
        text = self.english if tr is None else tr.word(self.message_id, self.english)
        return text.lower() if self.lower else text


class Grouped(int):
    """A count its English sentence always wrote with thousands separators ("1,234 cells", "80,000,000 cells"):
    English groups it as before, another language as it writes numbers ("1.234")."""


@dataclass(frozen=True)
class Number:
    """A figure its English sentence wrote with a format of its own rather than as a plain int or "%g" float:
    `Number(gap, ",.0f")` for f"{gap:,.0f}", `Number(share, ".1f", percent=True)` for f"{share:.1f} %",
    `Number(moved, "+.1f")` for f"{moved:+.1f}". English is exactly what that f-string wrote; another language
    writes it with its own separators: `Texts.percent` with `percent`, else `Texts.signed` for a spec with "+",
    `Texts.number` for one with "," (thousands grouped), `Texts.decimal` otherwise, to the spec's decimals."""

    value: float
    spec: str = ".1f"  # a fixed-point format spec: [+][,].<digits>f
    percent: bool = False

    def render(self, tr: Texts | None) -> str:
        if tr is None:
            text = format(self.value, self.spec)
            return english.PERCENT.format(text) if self.percent else text
        digits = int(self.spec.rpartition(".")[2].rstrip("f") or 0)
        if self.percent:
            return tr.percent(self.value, digits)
        if "+" in self.spec:
            return tr.signed(self.value, digits)
        return tr.number(self.value, digits) if "," in self.spec else tr.decimal(self.value, digits)


# An argument of a note: text from the file or the layout, a count (int), a value (float, written as "%g"), a
# Term, a Number, or a sequence of those written one after the other (a list that mixes names and "(hidden)").
Arg: TypeAlias = "str | int | float | Term | Number | tuple[Arg, ...]"


def _arg(value: Arg, tr: Texts | None) -> str:
    """One argument as text: English (tr None) exactly as the f-strings before the catalogue wrote it (no
    thousands separator, floats as "%g"), another language with its own separators."""
    if isinstance(value, (Term, Number)):
        return value.render(tr)
    if isinstance(value, tuple):
        return "".join(_arg(part, tr) for part in value)
    if isinstance(value, Message):  # a sentence inside a sentence ("… RESAVE")
        return value.in_language(tr)
    if isinstance(value, str):
        return value
    if isinstance(value, Grouped):
        return f"{int(value):,}" if tr is None else tr.count(int(value))
    if isinstance(value, float):  # numpy's floats too
        return f"{value:g}" if tr is None else tr.general(value)
    return str(int(value)) if tr is None else tr.count(int(value))  # an int, or numpy's


def note_sentence(message_id: str, args: dict[str, Arg], tr: Texts | None = None) -> str:
    """The sentence of message `message_id`: English from the English catalogue (tr None or English), else in tr's
    language. A message with plural forms takes its count from the argument `n`."""
    if tr is not None and tr.is_english:
        tr = None
    rest = {name: _arg(value, tr) for name, value in args.items() if name != "n"}
    if tr is not None:
        found = tr.messages.get(message_id, english.MESSAGES.get(message_id))
        if isinstance(found, str):
            return tr.t(message_id, **rest)
        return tr.n(message_id, int(args["n"]), **rest)  # type: ignore[arg-type]
    template = english.MESSAGES[message_id]
    if isinstance(template, str):
        return template.format(**rest)
    count = int(args["n"])  # type: ignore[arg-type]
    # Not Texts.n: it groups thousands ("1,234"), and the English notes never did.
    form = template.get(english.plural_category(count)) or template["other"]
    return form.format(n=str(count), **rest)


class Message(str):
    """The English sentence of message `message_id` (core.i18n) with `arguments`; `in_language` says it in
    another language. Used wherever a str is expected, it is the English sentence."""

    message_id: str
    arguments: tuple[tuple[str, Arg], ...]

    def __new__(cls, message_id: str, /, **arguments: Arg) -> Message:
        made = super().__new__(cls, note_sentence(message_id, arguments))
        made.message_id, made.arguments = message_id, tuple(arguments.items())
        return made

    def __reduce__(self) -> tuple:
        # An error, or a screening list's warnings, cross from a worker process by pickle: restored with the
        # English as made, not made again (a list of 100,000 schools carries thousands of messages).
        return _restored, (str(self), self.message_id, self.arguments)

    def in_language(self, tr: Texts | None) -> str:
        """The sentence in tr's language (English, as made, without one)."""
        if tr is None or tr.is_english:
            return str(self)
        return note_sentence(self.message_id, dict(self.arguments), tr)


def said(text: str, tr: Texts | None) -> str:
    """`text` in tr's language when it is a `Message`, else as it is."""
    return text.in_language(tr) if isinstance(text, Message) else text


def _restored(english: str, message_id: str, arguments: tuple[tuple[str, Arg], ...]) -> Message:
    made = str.__new__(Message, english)
    made.message_id, made.arguments = message_id, arguments
    return made
