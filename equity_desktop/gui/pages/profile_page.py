"""The school's profile: name, district, year, theme, program type, grades. Each field saves when left.

Tab follows the fields top to bottom, Program type included (a combo box is left out of the Tab chain on
macOS unless it asks for the keyboard's focus).
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from equity_desktop.core.plan.items import current_school_year
from equity_desktop.core.review.scales import ProgramType
from equity_desktop.gui.pages.item_list_page import heading_label
from equity_desktop.gui.review_session import ReviewSession
from equity_desktop.gui.translation import words

_TEXT_FIELDS = ("school", "district", "school_year", "magnet_theme", "grades_served")


class ProfilePage(QWidget):
    def __init__(self, session: ReviewSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        labels = {"school": self.tr("School"), "district": self.tr("District"), "school_year": self.tr("School year"),
                  "magnet_theme": self.tr("Magnet theme"), "grades_served": self.tr("Grades served")}
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("School profile"), self))
        layout.addWidget(heading_label(self.tr("The school this review is about. Each field is saved when you "
                                               "leave it."), self, "pageIntro"))
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        for name in _TEXT_FIELDS:
            field = QLineEdit(self)
            field.setObjectName(f"{name}Field")
            field.setAccessibleName(labels[name])
            field.setReadOnly(session.read_only)
            field.editingFinished.connect(self._save)
            form.addRow(labels[name], field)
            self.fields[name] = field
        self.fields["school_year"].setPlaceholderText(current_school_year())
        self.fields["grades_served"].setPlaceholderText("K-5")
        self.program_type = QComboBox(self)
        self.program_type.setObjectName("programTypeField")
        self.program_type.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.program_type.setAccessibleName(self.tr("Program type"))
        self.program_type.addItem(self.tr("(not set)"), None)
        for kind in ProgramType:
            self.program_type.addItem(words().label(kind), kind.value)
        self.program_type.setEnabled(not session.read_only)
        self.program_type.activated.connect(self._save)
        form.insertRow(4, self.tr("Program type"), self.program_type)
        order = [self.fields[name] for name in _TEXT_FIELDS[:4]] + [self.program_type, self.fields["grades_served"]]
        for first, second in pairwise(order):  # the rows' order: the combo box was made after the text fields
            QWidget.setTabOrder(first, second)
        layout.addLayout(form)
        layout.addStretch(1)
        session.profile_changed.connect(self.refresh)
        session.edit_failed.connect(self.refresh)  # a refused value goes back to what is saved
        self.refresh()

    def refresh(self, *_args) -> None:
        profile = self.session.profile
        for name, field in self.fields.items():
            if field.text() != getattr(profile, name):
                field.setText(getattr(profile, name))
        value = profile.program_type.value if profile.program_type else None
        self.program_type.setCurrentIndex(self.program_type.findData(value))

    def _save(self, *_args) -> None:
        if self.session.read_only:
            return
        kind = self.program_type.currentData()
        changes = {name: field.text().strip() for name, field in self.fields.items()}
        self.session.set_profile(self.session.profile._replace(**changes,
                                         program_type=ProgramType(kind) if kind else None))
