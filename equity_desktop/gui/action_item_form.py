"""The form that edits one action item: every field of DESIGN.md "Action plan".

Each field is saved when the person leaves it (as the profile page does), through the session, as one
undoable edit. A field the core refuses (a date that is not a date, a due date before the start) keeps
what was typed and says why, in words, under the form; nothing is saved until it is right.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from equity_desktop.core.plan.items import clean_text, item_problems
from equity_desktop.core.review.plan_records import FIELD_LABELS, ActionItem, ActionStatus
from equity_desktop.gui.review_session import ReviewSession

_LONG = ("root_cause", "theory_of_action", "steps", "progress_notes")
_SHORT = ("title", "lead", "responsible", "resources", "funding_source", "start", "due", "metric", "baseline",
          "target", "target_date")
_FIELD_OF = {"objective": "objective_id", "component": "component_id", "stage": "stage_number"}
_PLACEHOLDERS = {"start": "YYYY-MM-DD", "due": "YYYY-MM-DD", "target_date": "YYYY-MM-DD",
                 "theory_of_action": "If … then …"}


class _LongText(QPlainTextEdit):
    """A several-line field that reports when the person leaves it."""

    left = Signal()

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.left.emit()


class ActionItemForm(QScrollArea):
    def __init__(self, session: ReviewSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.item: ActionItem | None = None
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget(self)
        outer = QVBoxLayout(content)
        self.gap_label = QLabel(content)
        self.gap_label.setObjectName("gapText")
        self.gap_label.setWordWrap(True)
        outer.addWidget(self.gap_label)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: the panel is narrow
        outer.addLayout(form)
        self.problem = QLabel(content)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        outer.addWidget(self.problem)
        outer.addStretch(1)
        self.setWidget(content)

        self.fields: dict[str, QWidget] = {}
        self.objective, self.component, self.stage, self.status = (self._combo() for _ in range(4))
        for name in ("title", "objective", "component", "stage", "root_cause", "theory_of_action", "steps", "lead",
                     "responsible", "resources", "funding_source", "start", "due", "metric", "baseline", "target",
                     "target_date", "status", "progress_notes"):
            if name in _LONG:
                widget = _LongText(content)
                widget.setTabChangesFocus(True)
                widget.setFixedHeight(64)
                widget.left.connect(self.commit)
            elif name in _SHORT:
                widget = QLineEdit(content)
                widget.editingFinished.connect(self.commit)
            else:
                widget = {"objective": self.objective, "component": self.component, "stage": self.stage,
                          "status": self.status}[name]
            widget.setObjectName(f"{name}Field")
            if name in _PLACEHOLDERS:
                widget.setPlaceholderText(self.tr(_PLACEHOLDERS[name]))
            label = self.tr(FIELD_LABELS[_FIELD_OF.get(name, name)])
            widget.setAccessibleName(label)
            widget.setEnabled(not session.read_only)
            form.addRow(label + ":", widget)
            self.fields[name] = widget
        self.status.addItems([self.tr(s.label) for s in ActionStatus])
        self.stage.addItem(self.tr("Any stage"), None)
        for stage in session.framework.stages:
            self.stage.addItem(f"{stage.number}. {self.tr(stage.name)}", stage.number)
        self.component.addItem(self.tr("No component"), "")
        for component in session.framework.components:
            self.component.addItem(self.tr(component.name), component.id)
        self.setEnabled(False)

    def _combo(self) -> QComboBox:
        combo = QComboBox(self)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.activated.connect(lambda _index: self.commit())
        return combo

    def fill_objectives(self) -> None:
        self.objective.clear()
        self.objective.addItem(self.tr("No objective"), None)
        for objective in sorted(self.session.plan.objectives, key=lambda o: (o.position, o.id)):
            self.objective.addItem(objective.title, objective.id)

    def show_item(self, item: ActionItem | None) -> None:
        """Show `item` (None: an empty, disabled form)."""
        self.item = item
        self.problem.clear()
        self.fill_objectives()
        self.setEnabled(item is not None)
        if item is None:
            self.gap_label.setText(self.tr("Choose an action item, or add one."))
            for name in (*_SHORT, *_LONG):
                self.fields[name].clear()
            return
        self.gap_label.setText(self.tr("Answers: {0}").format(item.gap_text) if item.gap_text
                               else self.tr("This item answers no gap found in the review."))
        for name in _SHORT:
            self.fields[name].setText(getattr(item, name))
        for name in _LONG:
            self.fields[name].setPlainText(getattr(item, name))
        self.objective.setCurrentIndex(max(0, self.objective.findData(item.objective_id)))
        self.component.setCurrentIndex(max(0, self.component.findData(item.component_id)))
        self.stage.setCurrentIndex(max(0, self.stage.findData(item.stage_number)))
        self.status.setCurrentIndex(list(ActionStatus).index(item.status))

    def edited_item(self) -> ActionItem | None:
        if self.item is None:
            return None
        values = {name: clean_text(self.fields[name].text()) for name in _SHORT}
        values |= {name: clean_text(self.fields[name].toPlainText()) for name in _LONG}
        return self.item._replace(objective_id=self.objective.currentData(), component_id=self.component.currentData(),
                                  stage_number=self.stage.currentData(),
                                  status=list(ActionStatus)[self.status.currentIndex()], **values)

    def commit(self) -> bool:
        """Save what the form shows, when it can be saved; say why not otherwise."""
        item = self.edited_item()
        if item is None or item == self.item:
            return True
        problems = item_problems(item)
        if problems:
            self.problem.setText("\n".join(self.tr(p) for p in problems))
            return False
        self.problem.clear()
        saved = self.session.put_item(item)
        if saved:
            self.item = item
        return saved

