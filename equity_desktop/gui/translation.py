"""The window's language: Qt's own catalogue (standard dialogs, the context menus of text fields) and ours.

Which language is decided in one place, `core.i18n`: the one chosen in Edit → Preferences, else the system's
(`language_from_environment`). English is the source language and needs no catalogue. Catalogues are loaded once
at start-up, before any window exists, so every `tr()` sees them; a change of language takes effect at the next
start (Preferences says so).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from equity_desktop.core.i18n import ENGLISH, language_code, language_from_environment
from equity_desktop.paths import resource_path


def program_language(chosen: str) -> str:
    """The language to show: `chosen` (a Preferences value, "" for the system's) or the environment's."""
    return language_code(chosen) if chosen else language_from_environment()


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load and install the catalogues for `language`; the translators are returned (and parented to the
    application, which keeps them alive). A catalogue that is missing is skipped: the English text shows."""
    if language == ENGLISH:
        return []
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    installed = []
    for catalogue in (qt_folder / f"qtbase_{language}.qm",
                      resource_path("translations", f"equity_desktop_{language}.qm")):
        translator = QTranslator(app)
        if translator.load(str(catalogue)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
