"""A date field that is typed or picked: a line edit (YYYY-MM-DD, or empty) with a calendar button.

Not a QDateEdit: that one cannot be empty, and an action item's dates are often not known yet. Typing stays
the quick way (and the core still says when a typed text is not a date); the button, or Alt+Down/F4 as on a
drop-down, opens a calendar. Picking a day writes it and counts as leaving the field, so it is saved at once.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QPoint, QRect, Qt
from PySide6.QtGui import QAction, QIcon, QKeyEvent, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QWidget

DATE_FORMAT = "yyyy-MM-dd"


def calendar_icon(palette: QPalette, size: int = 16) -> QIcon:
    """A small calendar drawn in the palette's text colour (so it shows on light and dark alike)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    colour = palette.color(QPalette.ColorRole.Text)
    painter.setPen(colour)
    painter.drawRect(QRect(1, 2, size - 3, size - 4))
    painter.fillRect(QRect(1, 2, size - 2, 4), colour)  # the binding across the top
    for row in range(2):
        for column in range(3):
            painter.fillRect(QRect(3 + 4 * column, 8 + 3 * row, 2, 2), colour)
    painter.end()
    return QIcon(pixmap)


class DateField(QLineEdit):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText("YYYY-MM-DD")
        self.calendar: QCalendarWidget | None = None
        self.pick_action = QAction(calendar_icon(self.palette()), self.tr("Choose a date"), self)
        self.pick_action.setToolTip(self.tr("Choose a date (Alt+Down)"))
        self.pick_action.triggered.connect(self.show_calendar)
        self.addAction(self.pick_action, QLineEdit.ActionPosition.TrailingPosition)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if (alt_down or event.key() == Qt.Key.Key_F4) and not self.isReadOnly():
            self.show_calendar()
            return
        super().keyPressEvent(event)

    def date(self) -> QDate:
        """The date typed (an invalid QDate when the text is empty or not a date)."""
        return QDate.fromString(self.text().strip(), DATE_FORMAT)

    def show_calendar(self) -> QCalendarWidget:
        """The calendar under the field, on the date typed (today when none), keyboard-ready."""
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setObjectName("datePicker")
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setGridVisible(True)
            self.calendar.activated.connect(self.pick)  # Enter or a double click
            self.calendar.clicked.connect(self.pick)
        chosen = self.date()
        self.calendar.setSelectedDate(chosen if chosen.isValid() else QDate.currentDate())
        self.calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self.calendar.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)
        return self.calendar

    def pick(self, day: QDate) -> None:
        """Write `day` and close the calendar; saved as when the person leaves the field."""
        if self.calendar is not None:
            self.calendar.hide()
        self.setText(day.toString(DATE_FORMAT))
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self.editingFinished.emit()
