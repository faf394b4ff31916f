"""New review: ask for the school and district, and where to keep the file.

The school year starts filled in with today's (core.plan.items.current_school_year): a grey example in an
empty box looked filled in, and the review was saved with no year.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from equity_desktop.core.plan.items import current_school_year
from equity_desktop.core.review.document import SchoolProfile
from equity_desktop.core.review.store import SUFFIX, file_name_for


class NewReviewDialog(QDialog):
    def __init__(self, folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("newReviewDialog")
        self.setWindowTitle(self.tr("New review"))
        self.folder = folder
        self._chosen_path: Path | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Which school is this review for?"), self))
        form = QFormLayout()
        self.school = QLineEdit(self)
        self.school.setObjectName("schoolField")
        self.district = QLineEdit(self)
        self.district.setObjectName("districtField")
        self.school_year = QLineEdit(current_school_year(), self)
        self.school_year.setObjectName("schoolYearField")
        for field, label in ((self.school, self.tr("School")), (self.district, self.tr("District")),
                             (self.school_year, self.tr("School year"))):
            field.setAccessibleName(label)
            form.addRow(label, field)
        location = QHBoxLayout()
        self.location = QLabel(self)
        self.location.setObjectName("locationLabel")
        self.location.setWordWrap(True)
        change = QPushButton(self.tr("Change…"), self)
        change.clicked.connect(self._choose_location)
        location.addWidget(self.location, 1)
        location.addWidget(change)
        form.addRow(self.tr("Saved as"), location)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create review"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.school.textChanged.connect(self._update)
        self.setMinimumWidth(600)  # the height follows the wrapped location
        self._update()

    def prefill(self, school: str, district: str, school_year: str = "") -> None:
        """Start from a school already known (district screening)."""
        self.school.setText(school)
        self.district.setText(district)
        self.school_year.setText(school_year or current_school_year())

    def path(self) -> Path:
        return self._chosen_path or self.folder / file_name_for(self.school.text())

    def profile(self) -> SchoolProfile:
        return SchoolProfile(self.school.text().strip(), self.district.text().strip(),
                             school_year=self.school_year.text().strip())

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.school.text().strip()))
        self.location.setText(str(self.path()))

    def _choose_location(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the new review as"), str(self.path()),
                                              self.tr("Equity reviews (*{0})").format(SUFFIX))
        if path:
            self._chosen_path = Path(path) if path.endswith(SUFFIX) else Path(path + SUFFIX)
            self._update()
