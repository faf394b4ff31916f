"""The keys of the main window's commands: the platform's own, each key once, and shown where people look.

A key given twice (to one action or to two) makes Qt refuse it as an "ambiguous shortcut overload", so the
lists are built here without repeats. Redo takes the platform's keys (Ctrl+Shift+Z on Linux and macOS,
Ctrl+Y and Ctrl+Shift+Z on Windows) and, on Windows and Linux, Ctrl+Y too, as Office and LibreOffice do;
Full Screen falls back to F11 where the platform names no key (Linux without a desktop theme).
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QAction, QKeySequence

StandardKey = QKeySequence.StandardKey
FALLBACKS = {StandardKey.FullScreen: ("F11",), StandardKey.Quit: ("Ctrl+Q",), StandardKey.HelpContents: ("F1",)}


def platform_keys(standard: StandardKey) -> list[QKeySequence]:
    """The keys the platform (its theme) gives `standard`; the tests stand in other platforms here."""
    return list(QKeySequence.keyBindings(standard))


def keys(standard: StandardKey | None = None, *extra: str) -> list[QKeySequence]:
    """The platform's keys for `standard` (or the fallback where it has none), then `extra`, each once."""
    found = platform_keys(standard) if standard is not None else []
    if standard is not None and not found:
        found = [QKeySequence(text) for text in FALLBACKS.get(standard, ())]
    found += [QKeySequence(text) for text in extra]
    unique: list[QKeySequence] = []
    for sequence in found:
        if not sequence.isEmpty() and sequence not in unique:
            unique.append(sequence)
    return unique


def redo_keys() -> list[QKeySequence]:
    """Ctrl+Shift+Z everywhere (the README's promise) and Ctrl+Y on Windows and Linux, with the platform's own."""
    return keys(StandardKey.Redo, "Ctrl+Shift+Z", *(() if sys.platform == "darwin" else ("Ctrl+Y",)))


def tip_with_shortcut(action: QAction) -> None:
    """Keep `action`'s tooltip as its text with its key, "Undo Rate … (Ctrl+Z)", also when its text changes."""

    def update() -> None:
        text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = f"{text} ({shortcut})" if shortcut else text
        if action.toolTip() != tip:  # setting it emits changed() again
            action.setToolTip(tip)

    action.changed.connect(update)
    update()
