"""The window's language: Qt's own catalogue (standard dialogs, the context menus of text fields) and ours.

Which language is decided in one place, `core.i18n`: the one chosen in Edit → Preferences, else the system's
(`language_from_environment`). English is the source language and needs no catalogue. Catalogues are loaded once
at start-up, before any window exists, so every `tr()` sees them; a change of language takes effect at the next
start (Preferences says so). The labels the core defines (ratings, statuses, groups) come from the core's own
catalogue (`words()`), so the window and the printouts use the same words.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from equity_desktop.core.errors import EquityError
from equity_desktop.core.i18n import ENGLISH, Texts, language_code, language_from_environment, texts
from equity_desktop.core.i18n.message import said
from equity_desktop.paths import resource_path

_installed = ENGLISH  # the language install_translations last set up: what the window speaks


def language() -> str:
    """The language the window speaks (English until install_translations set up another)."""
    return _installed


def field_label(name: str) -> str:
    """A plan item field's label (core.review.plan_records.field_label) in the window's language."""
    from equity_desktop.core.review.plan_records import field_label as core_label

    return core_label(name, words())


def words() -> Texts:
    """The core's words in the window's language: rating, status and group labels as the printouts say them."""
    return texts(_installed)


def said_here(text: BaseException | str | None) -> str:
    """A sentence the core made, in the window's language: an error's (`EquityError.sentence`), a note's, a
    warning's or a status's (a `core.i18n.message.Message`, said from the catalogue; any other text, a file's own
    words, as it is). An `OSError` says its own (the system's) words; None is "".
    """
    if text is None:
        return ""
    if isinstance(text, EquityError):
        return text.sentence(words())
    if isinstance(text, str):
        return said(text, words())
    return str(text)


def program_language(chosen: str) -> str:
    """The language to show: `chosen` (a Preferences value, "" for the system's) or the environment's."""
    return language_code(chosen) if chosen else language_from_environment()


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load and install the catalogues for `language`; the translators are returned (and parented to the
    application, which keeps them alive). A catalogue that is missing is skipped: the English text shows.
    The core's labels (`words`) and the framework (`MainWindow`) follow the same language."""
    global _installed
    _installed = language
    if language == ENGLISH:
        return []
    qt_catalogue = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{language}.qm"
    if not qt_catalogue.is_file():  # the frozen program carries Qt's catalogue among its resources
        qt_catalogue = resource_path("qt_translations", qt_catalogue.name)
    installed = []
    for catalogue in (qt_catalogue, resource_path("translations", f"equity_desktop_{language}.qm")):
        translator = QTranslator(app)
        if translator.load(str(catalogue)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
