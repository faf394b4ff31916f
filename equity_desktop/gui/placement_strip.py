"""The strip across the top: five components × four stages, where each stands, in words and marks.

Clicking a component explains why it sits there: the conditions holding it
back, each a link to its card on the stage's map. Colour only repeats what the
text already says (a rating is never shown by colour alone). On a small screen
the strip collapses to one line (each component's stage), leaving the rating
cards the room; the main window remembers the choice.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from equity_desktop.core.review.placement import Placement, placements
from equity_desktop.gui.pages.document_page import goto
from equity_desktop.gui.review_session import ReviewSession
from equity_desktop.gui.translation import words

_SHORT = 110  # characters of a condition shown in the explanation; the rest is on hover


def _short(text: str) -> str:
    return text if len(text) <= _SHORT else text[:_SHORT].rsplit(" ", 1)[0] + "…"


class _ComponentButton(QToolButton):
    """A component's name with its ▸; when the strip is narrower than the names (large text, a longer language),
    the name is shortened with "…" rather than the strip made wider than the window. Its accessible name and
    tooltip keep the whole name."""

    SHORTEST = 8  # letters of the name kept, at least

    def __init__(self, name: str, parent: QWidget):
        super().__init__(parent)
        self.name, self.arrow = name, "  ▸"
        self.setText(name + self.arrow)
        self.setAccessibleName(name + self.arrow)

    def _chrome(self) -> int:
        """The button's width besides its text: padding, border."""
        return super().sizeHint().width() - self.fontMetrics().horizontalAdvance(self.text())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint()
        return QSize(self._chrome() + self.fontMetrics().horizontalAdvance(self.name + self.arrow), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        least = self._chrome() + self.fontMetrics().horizontalAdvance(self.name[:self.SHORTEST] + "…" + self.arrow)
        hint = self.sizeHint()
        return QSize(min(hint.width(), least), hint.height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        metrics = self.fontMetrics()
        room = self.width() - self._chrome() - metrics.horizontalAdvance(self.arrow)
        text = metrics.elidedText(self.name, Qt.TextElideMode.ElideRight, room) + self.arrow
        if text != self.text():
            self.setText(text)


class PlacementStrip(QFrame):
    navigation_requested = Signal(str, str)  # page key, item id
    collapsed_changed = Signal(bool)

    def __init__(self, session: ReviewSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("placementStrip")
        self.setAccessibleName(self.tr("Where each component stands"))
        self.shown_component: str | None = None
        framework = session.framework
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 4, 6, 4)
        grid = QGridLayout()
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(2)
        self.collapsed = False
        corner = QLabel(self.tr("<b>Where each component stands</b>"), self)
        corner.setWordWrap(True)  # like the stage names: two lines rather than a strip wider than the window
        grid.addWidget(corner, 0, 0)
        self._details: list[QWidget] = [corner]  # what the collapsed strip hides
        self.summary = QLabel(self)
        self.summary.setObjectName("stripSummary")
        self.summary.setWordWrap(True)
        self.summary.hide()
        grid.addWidget(self.summary, 0, 0, 1, len(framework.stages))
        self.collapse_button = QToolButton(self)
        self.collapse_button.setObjectName("stripCollapse")
        self.collapse_button.setAutoRaise(True)
        self.collapse_button.clicked.connect(lambda: self.set_collapsed(not self.collapsed))
        for column, stage in enumerate(framework.stages, start=1):
            label = QLabel(f"{stage.number} · {stage.name}", self)
            label.setObjectName("stripStage")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            # A long stage name wraps onto a second line rather than widen the window (large text, Spanish).
            label.setWordWrap(True)
            grid.setColumnStretch(column, 1)
            self._details.append(label)
            if column < len(framework.stages):
                grid.addWidget(label, 0, column)
                continue
            # The button shares the last stage's heading cell, whose cells below are wider than the heading:
            # a column of its own made the window 60 px wider.
            last = QHBoxLayout()
            last.setContentsMargins(0, 0, 0, 0)
            last.addWidget(label, 1)
            last.addWidget(self.collapse_button)
            grid.addLayout(last, 0, column)
        self.buttons: dict[str, QToolButton] = {}
        self.cells: dict[str, list[QLabel]] = {}
        for row, component in enumerate(framework.components, start=1):
            button = _ComponentButton(component.name, self)
            button.setObjectName("stripComponent")
            button.setCheckable(True)  # checked while its explanation shows
            button.setToolTip(self.tr("Why is {0} here? Click to see.").format(component.name))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setAutoRaise(True)
            button.clicked.connect(lambda _c=False, cid=component.id: self.toggle_explanation(cid))
            grid.addWidget(button, row, 0)
            self._details.append(button)
            self.buttons[component.id] = button
            self.cells[component.id] = []
            for column in range(1, len(framework.stages) + 1):
                cell = QLabel(self)
                cell.setObjectName("stripCell")
                cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
                grid.addWidget(cell, row, column)
                self._details.append(cell)
                self.cells[component.id].append(cell)
        outer.addLayout(grid)
        self.explanation = QLabel(self)
        self.explanation.setObjectName("stripExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        self.explanation.linkActivated.connect(self._follow)
        self.explanation.hide()
        outer.addWidget(self.explanation)
        session.item_changed.connect(self.refresh)
        self._show_collapse_button()
        self.refresh()

    def set_collapsed(self, collapsed: bool) -> None:
        """One line (each component's stage) or the whole table; says so when it changes."""
        if collapsed == self.collapsed:
            return
        self.collapsed = collapsed
        for widget in self._details:
            widget.setVisible(not collapsed)
        self.summary.setVisible(collapsed)
        self.explanation.setVisible(not collapsed and self.shown_component is not None)
        self._show_collapse_button()
        self.collapsed_changed.emit(collapsed)

    def _show_collapse_button(self) -> None:
        button = self.collapse_button
        # Unfolded, only the arrow: the heading cell it shares has no room for a word (its tooltip says it).
        button.setText(self.tr("▾ Show") if self.collapsed else "▴")
        tip = self.tr("Show the whole table") if self.collapsed else self.tr("Fold the table into one line")
        button.setToolTip(tip)
        button.setAccessibleName(tip)

    def refresh(self, *_args) -> None:
        self.placed = {p.component.id: p for p in placements(self.session.framework, self.session.values())}
        for component_id, placement in self.placed.items():
            for cell, stage in zip(self.cells[component_id], self.session.framework.stages):
                state, text = self._cell(placement, stage)
                cell.setText(text)
                if cell.property("state") != state:
                    cell.setProperty("state", state)
                    if cell.isVisible():  # re-apply the style sheet; before the first show Qt polishes anyway
                        cell.style().polish(cell)
            self.buttons[component_id].setAccessibleDescription(
                self._stage_word(placement) + (f" — {placement.stage.name}" if not placement.sustained else ""))
        self.summary.setText(self.tr("<b>Where each component stands:</b> {0}").format(" · ".join(
            f"{escape(p.component.name)} {self._stage_word(p)}" for p in self.placed.values())))
        if self.shown_component:
            self._explain(self.shown_component)

    def _stage_word(self, placement: Placement) -> str:
        return self.tr("sustained") if placement.sustained else self.tr("stage {0}").format(placement.stage.number)

    def _cell(self, placement: Placement, stage) -> tuple[str, str]:
        if placement.sustained or stage.number < placement.stage.number:
            last = placement.sustained and stage is self.session.framework.stages[-1]
            return "done", self.tr("✓ Sustained") if last else self.tr("✓ In place")
        if stage.number == placement.stage.number:
            return "here", self.tr("● Here — {0} to go").format(len(placement.holding_back))
        return "ahead", "·"

    def toggle_explanation(self, component_id: str) -> None:
        showing = self.shown_component != component_id
        self.shown_component = component_id if showing else None
        for cid, button in self.buttons.items():
            button.setChecked(cid == self.shown_component)
        if not showing:
            self.explanation.hide()
            return
        self.set_collapsed(False)
        self._explain(component_id)
        self.explanation.show()

    def _explain(self, component_id: str) -> None:
        placement = self.placed[component_id]
        name = escape(placement.component.name)
        if placement.sustained:
            self.explanation.setText(self.tr("<b>{0}</b>: every map condition in all four stages is In place — "
                                             "Optimization, sustained.").format(name))
            return
        stage = placement.stage
        items = []
        for condition in placement.holding_back:
            rating = words().label(self.session.assessment(condition.id).value)
            link = goto(f"{stage.id}.map", condition.id)
            items.append(f"<li><a href='{link}'>{name} {condition.number}</a> — <i>{rating}</i>: "
                         f"{escape(_short(condition.text))}</li>")
        count = len(placement.holding_back)
        self.explanation.setText(
            self.tr("<b>{0} is in {1}</b> because {2} of its conditions on the {1} map are not yet In place "
                    "(earlier stages are all In place or not applicable). Click one to rate it:").format(
                name, escape(stage.name), count) + f"<ul style='margin:0'>{''.join(items)}</ul>")

    def _follow(self, href: str) -> None:
        target = href.removeprefix("goto:")
        page, _, item_id = target.partition("#")
        self.navigation_requested.emit(page, item_id)
