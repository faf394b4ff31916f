"""Edit → Preferences: the program's language and the name its edits are recorded under.

The language is the system's unless one is chosen here (the rule is `core.i18n.language_from_environment`); a
change takes effect the next time the program starts, when the translations are loaded. The name is what the
review's history, a merge's conflicts and a printed plan say changed something — on a shared school laptop the
login name ("staff", "root") says nothing; left empty, the login name is used as before.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from equity_desktop.core.i18n import ENGLISH, SPANISH, language_from_environment
from equity_desktop.core.review.lock import current_user
from equity_desktop.gui.app_settings import AppSettings

# Each language in its own name, so that a person who cannot read the current one still finds theirs.
LANGUAGE_NAMES = {ENGLISH: "English", SPANISH: "Español"}


class PreferencesDialog(QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        form = QFormLayout(self)
        self.language = QComboBox(self)
        self.language.setObjectName("preferencesLanguage")
        system = LANGUAGE_NAMES[language_from_environment()]
        self.language.addItem(self.tr("As the system ({0})").format(system), "")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language())))
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        form.addRow("", self._note(self.tr("Takes effect the next time the program starts.")))
        self.author = QLineEdit(settings.author_name(), self)
        self.author.setObjectName("preferencesAuthor")
        self.author.setPlaceholderText(current_user())
        author_label = QLabel(self.tr("Your &name:"), self)
        author_label.setBuddy(self.author)
        form.addRow(author_label, self.author)
        form.addRow("", self._note(self.tr("Recorded with your edits: the review's history and a merge's choices "
                                           "say who changed what. Empty: the computer's login name ({0}).")
                                   .format(current_user())))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _note(self, text: str) -> QLabel:
        note = QLabel(text, self)
        note.setWordWrap(True)
        note.setObjectName("pageIntro")
        return note

    def accept(self) -> None:
        self.settings.set_language(self.language.currentData())
        self.settings.set_author_name(self.author.text().strip())
        super().accept()
