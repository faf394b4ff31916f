"""The form that edits one action item: every field of DESIGN.md "Action plan".

Each field is saved when the person leaves it (as the profile page does), through the session, as one
undoable edit. A field the core refuses (a date that is not a date, a due date before the start) keeps
what was typed and says why, in words, right under that field; nothing is saved until it is right.
Dates are typed or picked from a calendar (DateField); the lead is picked from the team or typed (a
lead from outside the team, a department, is allowed).

A save never rebuilds the form: when the item changes (a save, an undo, a redo) `update_item` rewrites only
the fields nobody is typing in, so the focus stays where the person put it. Tab and Shift+Tab follow
the fields from top to bottom, and Tab in a several-line field moves on rather than typing a tab.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from equity_desktop.core.plan.items import clean_text, field_problems
from equity_desktop.core.review.plan_records import ActionItem, ActionStatus
from equity_desktop.gui.date_field import DateField
from equity_desktop.gui.review_session import ReviewSession
from equity_desktop.gui.translation import field_label, said_here, words

# The fields from top to bottom: the rows of the form, and the order Tab and Shift+Tab follow.
_ORDER = ("title", "objective", "component", "stage", "root_cause", "theory_of_action", "steps", "lead",
          "responsible", "resources", "funding_source", "start", "due", "metric", "baseline", "target",
          "target_date", "status", "progress_notes")
_LONG = ("root_cause", "theory_of_action", "steps", "progress_notes")
_SHORT = ("title", "lead", "responsible", "resources", "funding_source", "start", "due", "metric", "baseline",
          "target", "target_date")
_FIELD_OF = {"objective": "objective_id", "component": "component_id", "stage": "stage_number"}
_DATES = ("start", "due", "target_date")
_CHECKED = ("title", *_DATES)  # the fields the core may refuse: each has a line for why, under it


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
        outer.addStretch(1)
        self.setWidget(content)

        self.fields: dict[str, QWidget] = {}
        self.problems: dict[str, QLabel] = {}  # why a field was refused, under it
        self._objectives: list[tuple[int, str]] | None = None  # what the objective list shows
        self.objective, self.component, self.stage, self.status = (self._combo() for _ in range(4))
        for name in _ORDER:
            if name in _LONG:
                widget = _LongText(content)
                widget.setTabChangesFocus(True)
                widget.setFixedHeight(64)
                widget.left.connect(self.commit)
            elif name in _DATES:
                widget = DateField(content)
                widget.editingFinished.connect(self.commit)
            elif name == "lead":
                widget = self._lead_combo(content)
            elif name in _SHORT:
                widget = QLineEdit(content)
                widget.editingFinished.connect(self.commit)
            else:
                widget = {"objective": self.objective, "component": self.component, "stage": self.stage,
                          "status": self.status}[name]
            widget.setObjectName(f"{name}Field")
            if name == "theory_of_action":
                widget.setPlaceholderText(self.tr("If … then …"))
            label = field_label(_FIELD_OF.get(name, name))
            widget.setAccessibleName(label)
            widget.setEnabled(not session.read_only)
            form.addRow(label + ":", widget)
            self.fields[name] = widget
            if name in _CHECKED:
                problem = QLabel(content)
                problem.setObjectName("problem")
                problem.setWordWrap(True)
                problem.hide()
                form.addRow(problem)
                self.problems[name] = problem
        # The combo boxes were made first; without this Tab would visit them before the title.
        for first, second in pairwise(_ORDER):
            QWidget.setTabOrder(self.fields[first], self.fields[second])
        self.status.addItems([words().label(s) for s in ActionStatus])
        self.stage.addItem(self.tr("Any stage"), None)
        for stage in session.framework.stages:
            self.stage.addItem(f"{stage.number}. {stage.name}", stage.number)
        self.component.addItem(self.tr("No component"), "")
        for component in session.framework.components:
            self.component.addItem(component.name, component.id)
        self.fill_team()
        self.setEnabled(False)

    def _lead_combo(self, parent: QWidget) -> QComboBox:
        """The lead: a team member picked from the list, or any name typed."""
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # a typed name is the item's, not the team's
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.lineEdit().editingFinished.connect(self.commit)
        combo.activated.connect(lambda _index: self.commit())
        self.session.team_changed.connect(self.fill_team)
        return combo

    def fill_team(self) -> None:
        """Offer the team's members as leads (what is typed in the field stays)."""
        combo = self.fields["lead"]
        text = combo.lineEdit().text()
        names = [m.name for m in self.session.team if m.name.strip()]
        if [combo.itemText(i) for i in range(combo.count())] != names:
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(names)
            combo.blockSignals(False)
        combo.lineEdit().setText(text)

    def problem_text(self) -> str:
        """Every sentence the form shows about what it could not save."""
        return "\n".join(label.text() for label in self.problems.values() if label.text())

    def _show_problems(self, problems: dict[str, str]) -> None:
        """Each refused field's sentence under it; the first one scrolled into view."""
        for name, label in self.problems.items():
            label.setText(said_here(problems[name]) if name in problems else "")
            label.setVisible(name in problems)
        first = next((name for name in _CHECKED if name in problems), None)
        if first is not None:
            self.ensureWidgetVisible(self.problems[first], 0, 8)
            self.ensureWidgetVisible(self.fields[first], 0, 8)  # the field and the sentence under it

    def _combo(self) -> QComboBox:
        combo = QComboBox(self)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.activated.connect(lambda _index: self.commit())
        return combo

    def fill_objectives(self) -> None:
        """List the plan's objectives (only when they changed: the list is left alone while it is in use)."""
        entries = [(o.id, o.title) for o in sorted(self.session.plan.objectives, key=lambda o: (o.position, o.id))]
        if entries == self._objectives:
            return
        self._objectives = entries
        chosen = self.objective.currentData()
        self.objective.clear()
        self.objective.addItem(self.tr("No objective"), None)
        for ident, title in entries:
            self.objective.addItem(title, ident)
        self.objective.setCurrentIndex(max(0, self.objective.findData(chosen)))

    def show_item(self, item: ActionItem | None) -> None:
        """Show `item` (None: an empty, disabled form); what was typed in the form and not saved is dropped."""
        self.item = item
        self._show_problems({})
        self.fill_objectives()
        self.setEnabled(item is not None)
        if item is None:
            self.gap_label.setText(self.tr("Choose an action item, or add one."))
            for name in (*_SHORT, *_LONG):
                self._text_widget(name).clear()
            return
        self._show_gap(item)
        for name in _ORDER:
            self._show(name, getattr(item, _FIELD_OF.get(name, name)))

    def update_item(self, item: ActionItem) -> None:
        """Show the form's item as it is now (saved, undone or redone) without disturbing the person typing.

        A field whose words differ both from what was saved before and from `item` is being edited: it keeps
        them. The focused field is only rewritten when its value changed under it (an undo); every other field
        shows `item`. Nothing is cleared or disabled, so the focus stays where it is.
        """
        old = self.item
        if old is None or old.id != item.id:
            self.show_item(item)
            return
        self.item = item
        self.fill_objectives()
        self._show_gap(item)
        focused = QApplication.focusWidget()
        for name in _ORDER:
            attribute = _FIELD_OF.get(name, name)
            shown, before, after = self._value(name), getattr(old, attribute), getattr(item, attribute)
            if shown not in (before, after):
                continue  # typed and not saved yet (or refused): what was typed stays
            if shown == after and (focused in (self.fields[name], self._text_widget(name)) or self._raw(name) == after):
                continue  # already shows it; the text under the cursor is not touched
            self._show(name, after)
        if self.problem_text() and not field_problems(self.edited_item()):
            self._show_problems({})

    def _show_gap(self, item: ActionItem) -> None:
        self.gap_label.setText(self.tr("Answers: {0}").format(item.gap_text) if item.gap_text
                               else self.tr("This item answers no gap found in the review."))

    def _show(self, name: str, value) -> None:
        """Put the item's `value` in the field `name`."""
        widget = self._text_widget(name)
        if name in _SHORT:
            widget.setText(value)
        elif name in _LONG:
            widget.setPlainText(value)
        elif name == "status":
            widget.setCurrentIndex(list(ActionStatus).index(value))
        else:
            widget.setCurrentIndex(max(0, widget.findData(value)))

    def _raw(self, name: str):
        """What the field `name` holds, exactly as typed."""
        widget = self._text_widget(name)
        if name in _SHORT:
            return widget.text()
        if name in _LONG:
            return widget.toPlainText()
        return self._value(name)

    def _text_widget(self, name: str):
        """The widget holding the field's text: the lead's is its combo box's line."""
        widget = self.fields[name]
        return widget.lineEdit() if name == "lead" else widget

    def _value(self, name: str):
        """What the field `name` holds, as the item would store it."""
        widget = self.fields[name]
        if name in _SHORT or name in _LONG:
            return clean_text(self._raw(name))
        if name == "status":
            return list(ActionStatus)[widget.currentIndex()]
        return widget.currentData()

    def edited_item(self) -> ActionItem | None:
        if self.item is None:
            return None
        return self.item._replace(**{_FIELD_OF.get(name, name): self._value(name) for name in _ORDER})

    def commit(self) -> bool:
        """Save what the form shows, when it can be saved; say why not otherwise."""
        item = self.edited_item()
        if item is None or item == self.item:
            return True
        problems = field_problems(item)
        self._show_problems(problems)
        if problems:
            return False
        saved = self.session.put_item(item)
        if saved:
            self.item = self.session.plan.item(item.id) or item
        return saved
