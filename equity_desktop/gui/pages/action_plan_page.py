"""Action plan: the items (filtered and sorted), the suggestions drawn from the gaps, and the 7-year timeline.

Filtering, sorting, the timeline and the suggestions are core functions (core.plan.items,
core.plan.suggestions); this page shows what they return and sends every edit through the session.
Nothing is added to the plan without a click: a suggestion becomes an item only when accepted.

After an edit the tables change only the rows and cells that differ (`KeyedRows`): with 1,000 items a
rebuild held the window for a quarter of a second, and it lost the selection and the scroll position.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QPalette, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from equity_desktop.core.output import print_words
from equity_desktop.core.plan.items import date_problem, filter_items, plan_years, sort_items, timeline
from equity_desktop.core.review.plan_records import STATUS_MARKS, ActionItem, ActionStatus, GapKind, Objective
from equity_desktop.core.wording import plural, shortened
from equity_desktop.gui.action_item_form import ActionItemForm
from equity_desktop.gui.first_column import FirstColumnFitter
from equity_desktop.gui.keyed_rows import KeyedRows, fit_columns, key_of
from equity_desktop.gui.pages.item_list_page import heading_label, row_button
from equity_desktop.gui.review_session import ReviewSession
from equity_desktop.gui.translation import said_here, words

SUGGESTION_TITLE = 90  # characters of a suggested action's title in the list (the gap under it quotes the text)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ActionPlanPage", text)


def item_columns() -> tuple[str, ...]:
    """The headings of the items' table, in the window's language."""
    return (_tr("Action"), _tr("Objective"), _tr("Component"), _tr("Stage"), _tr("Lead"), _tr("Due"), _tr("Status"))


def sorts() -> tuple[tuple[str, str], ...]:
    """(core.plan.items' sort key, its name) for the sort drop-down."""
    return (("plan", _tr("Plan order")), ("due", _tr("Due date")), ("status", _tr("Status")), ("lead", _tr("Lead")),
            ("component", _tr("Component")), ("stage", _tr("Stage")))


def gap_kind_word(kind: GapKind) -> str:
    """What kind of gap a suggestion closes (GapKind's label), in the window's language."""
    return {GapKind.NONE: _tr("No linked gap"), GapKind.BENCHMARK: _tr("Benchmark"),
            GapKind.CONDITION: _tr("Map condition"), GapKind.ISOLATION: _tr("Isolated group"),
            GapKind.DISPROPORTIONALITY: _tr("Disproportionate outcome")}.get(kind, kind.label)

_FITTED_ITEM_COLUMNS = (3, 5, 6)  # stage, due, status: as wide as their texts
MARK = "■"  # a year the item runs, on a grey cell: never colour alone
_SHADE = QBrush(QColor("#bdbdbd"))
_ON_SHADE = QColor("#000000")
FILTER_LETTERS = 8  # a filter's width, in letters, when the window is narrow (or its text at 200 %)


def _widen_list(combo: QComboBox) -> None:
    """The drop-down list of `combo` as wide as its longest choice, even when the box itself is narrower."""
    view = combo.view()
    view.setMinimumWidth(view.sizeHintForColumn(0) + 2 * view.frameWidth() + 24)  # 24: the scroll bar's room


def _view(parent: QWidget, name: str, model: QStandardItemModel, accessible: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    # Rows are chosen with the arrow keys; Tab goes on to the next control instead of through every cell.
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(True)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class _MarkDelegate(QStyledItemDelegate):
    """Paints a timeline cell that marks a year grey, its mark centred.

    Drawn from the text as each visible cell is painted, so the 10,000 cells of a 1,000-item timeline carry
    no style of their own to set and keep up to date.
    """

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt override
        super().initStyleOption(option, index)
        if option.text == MARK:
            option.backgroundBrush = _SHADE
            option.palette.setColor(QPalette.ColorRole.Text, _ON_SHADE)  # black on grey, light palette or dark
            option.displayAlignment = Qt.AlignmentFlag.AlignCenter


class ActionPlanPage(QWidget):
    def __init__(self, session: ReviewSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._arranging = False  # the item rows are being rearranged: the form is not told about the current row
        self._leads: list[str] | None = None  # what the lead filter offers
        self._years: list[str] = []  # the timeline's school years
        framework = session.framework
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Action plan"), self))
        layout.addWidget(heading_label(self.tr(
            "Objectives and action items that answer the gaps this review found. Accept a suggestion to start "
            "an item from a gap, or add your own; each field is saved when you leave it."), self, "pageIntro"))
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("planTabs")
        layout.addWidget(self.tabs, 1)

        # ---- items: filters, table and the form ----
        items_tab = QWidget(self)
        items_layout = QVBoxLayout(items_tab)
        filters = QHBoxLayout()
        self.component_filter = self._filter("component", self.tr("Component"), [(c.name, c.id)
                                                                    for c in framework.components], filters)
        self.stage_filter = self._filter("stage", self.tr("Stage"), [(f"{s.number}. {s.name}", s.number)
                                                            for s in framework.stages], filters)
        self.status_filter = self._filter("status", self.tr("Status"), [(words().label(s), s) for s in ActionStatus],
                                          filters)
        self.lead_filter = self._filter("lead", self.tr("Lead"), [], filters)
        self.due_filter = QLineEdit(items_tab)
        self.due_filter.setObjectName("dueFilter")
        self.due_filter.setPlaceholderText(self.tr("Due by YYYY-MM-DD"))
        self.due_filter.setAccessibleName(self.tr("Due on or before"))
        self.due_filter.setClearButtonEnabled(True)
        self.due_filter.textChanged.connect(self.refresh_items)
        filters.addWidget(self.due_filter)
        self.sort_combo = QComboBox(items_tab)
        self.sort_combo.setObjectName("sortCombo")
        self.sort_combo.setAccessibleName(self.tr("Sort by"))
        # Like the filters: narrower than "Sort: Component" when the window is (large text), its list as wide.
        self.sort_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sort_combo.setMinimumContentsLength(FILTER_LETTERS)
        for key, label in sorts():
            self.sort_combo.addItem(self.tr("Sort: {0}").format(label), key)
        _widen_list(self.sort_combo)
        self.sort_combo.currentIndexChanged.connect(self.refresh_items)
        filters.addWidget(self.sort_combo)
        items_layout.addLayout(filters)
        self.filter_note = QLabel(items_tab)
        self.filter_note.setObjectName("filterNote")
        items_layout.addWidget(self.filter_note)

        buttons = QHBoxLayout()
        self.add_button = row_button(self.tr("&Add Item"), self.add_item, buttons, self)
        self.delete_button = row_button(self.tr("&Delete Item"), self.delete_item, buttons, self)
        self.objective_button = row_button(self.tr("New &Objective…"), self.ask_objective, buttons, self)
        buttons.addStretch(1)
        items_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal, items_tab)
        headings = item_columns()
        self.item_model = QStandardItemModel(0, len(headings), self)
        self.item_model.setHorizontalHeaderLabels(list(headings))
        self.item_rows = KeyedRows(self.item_model)
        self.item_table = _view(splitter, "itemTable", self.item_model, self.tr("Action items"))
        # Objective, component, lead: long names elide (the form beside shows them whole), and give way first
        # when the window is narrow, so the action's title stays readable.
        self.item_columns = FirstColumnFitter(self.item_table, {1: 120, 2: 110, 4: 110})
        self.item_table.selectionModel().currentRowChanged.connect(self._item_chosen)
        self.form = ActionItemForm(session, splitter)
        splitter.addWidget(self.item_table)
        splitter.addWidget(self.form)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 380])
        items_layout.addWidget(splitter, 1)
        self.tabs.addTab(items_tab, self.tr("&Items"))

        # ---- suggestions ----
        suggestions_tab = QWidget(self)
        suggestions_layout = QVBoxLayout(suggestions_tab)
        suggestions_layout.addWidget(heading_label(self.tr(
            "Gaps in this review that no action item answers yet: benchmarks not met, conditions of each "
            "component's current stage rated Not started or Emerging, isolated groups and disproportionate "
            "outcomes. Accept one to add it as an item you can edit, or dismiss it."), suggestions_tab, "pageIntro"))
        self.suggestion_model = QStandardItemModel(0, 2, self)
        self.suggestion_model.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Suggested action and the gap")])
        self.suggestion_rows = KeyedRows(self.suggestion_model)
        self.suggestion_table = _view(suggestions_tab, "suggestionTable", self.suggestion_model,
                                      self.tr("Suggestions"))
        self.suggestion_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        # Row heights follow the wrapped text, which depends on the width the table gets once it is shown.
        self.suggestion_table.horizontalHeader().sectionResized.connect(
            lambda *_: self.suggestion_table.resizeRowsToContents())
        suggestions_layout.addWidget(self.suggestion_table, 1)
        row = QHBoxLayout()
        self.accept_button = row_button(self.tr("A&ccept"), self.accept_suggestion, row, self)
        self.dismiss_button = row_button(self.tr("Dis&miss"), self.dismiss_suggestion, row, self)
        self.show_dismissed = QCheckBox(self.tr("Show dismissed"), suggestions_tab)
        self.show_dismissed.setObjectName("showDismissed")
        self.show_dismissed.toggled.connect(self.refresh_suggestions)
        row.addWidget(self.show_dismissed)
        row.addStretch(1)
        suggestions_layout.addLayout(row)
        self.tabs.addTab(suggestions_tab, self.tr("&Suggestions"))
        self.tabs.currentChanged.connect(self._tab_shown)

        # ---- timeline ----
        self._timeline_tab = timeline_tab = QWidget(self)
        self._timeline_stale = False  # the plan changed while another tab was shown
        timeline_layout = QVBoxLayout(timeline_tab)
        self.timeline_note = heading_label("", timeline_tab, "pageIntro")
        timeline_layout.addWidget(self.timeline_note)
        self.timeline_model = QStandardItemModel(self)
        self.timeline_rows = KeyedRows(self.timeline_model)
        self.timeline_table = _view(timeline_tab, "timelineTable", self.timeline_model, self.tr("7-year timeline"))
        self.timeline_table.setItemDelegate(_MarkDelegate(self.timeline_table))
        timeline_layout.addWidget(self.timeline_table, 1)
        self.tabs.addTab(timeline_tab, self.tr("&Timeline"))

        for button in (self.add_button, self.delete_button, self.objective_button, self.accept_button,
                       self.dismiss_button):
            button.setEnabled(not session.read_only)
        session.plan_changed.connect(self.refresh)
        session.item_changed.connect(lambda _item: self.refresh_suggestions())
        session.enrollment_changed.connect(self.refresh_suggestions)
        session.profile_changed.connect(self.refresh_timeline)
        self.refresh()

    # ---- building -----------------------------------------------------------------------------

    def _filter(self, name: str, label: str, choices: list, row: QHBoxLayout) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(f"{name}Filter")  # by its field, not its label: the same in every language
        combo.setAccessibleName(self.tr("Filter by {0}").format(label.lower()))
        # Narrower than its longest choice when the window is (five filters side by side made the page wider
        # than a 1024 screen); the list it opens is as wide as its choices.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(FILTER_LETTERS)
        combo.addItem(self.tr("Any {0}").format(label.lower()), None)
        for text, value in choices:
            combo.addItem(text, value)
        _widen_list(combo)
        combo.currentIndexChanged.connect(self.refresh_items)
        row.addWidget(combo, 1)  # the filters share the room the window has; their text is cut only when narrow
        return combo

    # ---- showing --------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._fill_leads()
        self.refresh_items()
        self.refresh_suggestions()
        self.refresh_timeline()

    def _fill_leads(self) -> None:
        """Offer the plan's leads; the list is rebuilt only when they changed, not on every edit."""
        leads = self.session.plan.leads()
        if leads == self._leads:
            return
        self._leads = leads
        chosen = self.lead_filter.currentData()
        self.lead_filter.blockSignals(True)
        while self.lead_filter.count() > 1:
            self.lead_filter.removeItem(1)
        for lead in leads:
            self.lead_filter.addItem(lead, lead)
        self.lead_filter.setCurrentIndex(max(0, self.lead_filter.findData(chosen)))
        _widen_list(self.lead_filter)
        self.lead_filter.blockSignals(False)

    def shown_items(self) -> list[ActionItem]:
        """The items the filters let through, in the chosen order (core rules)."""
        plan = self.session.plan
        due = self.due_filter.text().strip()
        problem = date_problem(self.tr("Due by"), due)
        self.filter_note.setText(said_here(problem))
        status = self.status_filter.currentData()  # Qt hands a str enum back as its plain value
        items = filter_items(plan.items, component=self.component_filter.currentData(),
                             stage=self.stage_filter.currentData(), status=status and ActionStatus(status),
                             lead=self.lead_filter.currentData(), due_by=due if due and not problem else None)
        return sort_items(items, self.sort_combo.currentData(), plan)

    def refresh_items(self) -> None:
        """Show the items the filters let through, keeping the chosen item, the scroll position and the form.

        Only the rows and cells that changed are touched. A row that moves or leaves takes the current index
        with it, so the chosen item is chosen again when it is still shown. The form is never cleared under the
        person typing in it: it is brought up to date (`update_item`).
        """
        chosen = self.current_item_id()
        if chosen is None and self.form.item is not None:
            chosen = self.form.item.id  # being edited while the filters hid it: choose it again if it is back
        items = self.shown_items()
        self._arranging = True
        try:
            rows = self._item_rows(items)
            if self.item_rows.show(rows):
                fit_columns(self.item_table, _FITTED_ITEM_COLUMNS, rows)
                self.item_columns.fit()
            if self.current_item_id() != chosen:
                self._choose_row(self.item_rows.row_of(chosen))
        finally:
            self._arranging = False
        total = len(self.session.plan.items)
        if len(items) < total:
            self.filter_note.setText(self.filter_note.text() or self.tr("Showing {0} of {1}.").format(
                self.locale().toString(len(items)),
                plural(total, self.tr("item"), self.tr("items"), self.locale().toString(total))))
        self._show_in_form()

    def _item_rows(self, items: list[ActionItem]) -> list[tuple[int, list[str]]]:
        """Each item's id and the texts of its cells, in the order of item_columns()."""
        objectives = {o.id: o.title for o in self.session.plan.objectives}
        components = {c.id: c.name for c in self.session.framework.components}
        statuses = {s: f"{STATUS_MARKS[s]} {words().label(s)}" for s in ActionStatus}
        return [(i.id, [i.title, objectives.get(i.objective_id, ""), components.get(i.component_id, ""),
                        str(i.stage_number or "—"), i.lead, i.due, statuses[i.status]]) for i in items]

    def _choose_row(self, row: int | None) -> None:
        """Make `row` of the item table the current one (None: no row), saying nothing to the form."""
        if row is None:
            self.item_table.selectionModel().clear()
        else:
            self.item_table.setCurrentIndex(self.item_model.index(row, 0))

    def _show_in_form(self) -> None:
        """After the rows were refreshed: the form shows the chosen item, as it now is.

        The item the form shows stays there, brought up to date, while it is chosen in the table, or while the
        person is in the form even though the filters no longer let it through (an edited lead, say);
        otherwise the form shows the chosen item, or nothing.
        """
        current_id = self.current_item_id()
        current = self.session.plan.item(current_id) if current_id is not None else None
        shown = self.form.item
        kept = self.session.plan.item(shown.id) if shown is not None else None
        focus = QApplication.focusWidget()
        editing = focus is not None and self.form.isAncestorOf(focus)
        if kept is not None and (current.id == kept.id if current is not None else editing):
            self.form.update_item(kept)
        else:
            self.form.show_item(current)
        self.delete_button.setEnabled(current is not None and not self.session.read_only)

    def current_item_id(self) -> int | None:
        return key_of(self.item_table.currentIndex())

    def select_item(self, item_id: int | None) -> None:
        row = self.item_rows.row_of(item_id)
        if row is None:
            self.form.show_item(None)
        else:
            self.item_table.setCurrentIndex(self.item_model.index(row, 0))

    def _item_chosen(self, current, _previous) -> None:
        if self._arranging:
            return
        item = self.session.plan.item(key_of(current)) if current.isValid() else None
        if item is not None and self.form.item is not None and item.id == self.form.item.id:
            self.form.update_item(item)
        else:
            self.form.show_item(item)
        self.delete_button.setEnabled(item is not None and not self.session.read_only)

    def refresh_suggestions(self) -> None:
        self._suggestions = self.session.suggestions(include_dismissed=self.show_dismissed.isChecked())
        dismissed = self.session.plan.dismissed
        rows = [(s.key, [gap_kind_word(s.kind) + (self.tr(" (dismissed)") if s.key in dismissed else ""),
                         # the title cut here only: the gap below quotes the text whole, and the item keeps it
                         f"{shortened(s.item.title, SUGGESTION_TITLE)}\n{s.gap_text}"]) for s in self._suggestions]
        if self.suggestion_rows.show(rows):
            self.suggestion_table.resizeRowsToContents()  # wrapped text: only when it changed
        title = self.tr("&Suggestions ({0})").format(len(self._suggestions))
        if self.tabs.tabText(1) != title:
            self.tabs.setTabText(1, title)  # lays the tab bar out again even when the text is the same (3 ms)

    def _tab_shown(self, _index: int) -> None:
        self.suggestion_table.resizeRowsToContents()
        if self._timeline_stale:
            self.refresh_timeline()

    def refresh_timeline(self) -> None:
        """Show the 7-year timeline: filled with the page, then, while another tab is shown, only marked out of
        date and brought up to date when its tab is shown, so an edit spends no time on a table nobody sees
        (9 ms with 1,000 items)."""
        self._timeline_stale = bool(self._years) and self.tabs.currentWidget() is not self._timeline_tab
        if self._timeline_stale:
            return
        profile = self.session.profile
        years = plan_years(profile.school_year)
        if years != self._years:
            self._show_years(years)
        rows = [(row.item.id, [row.item.title, row.item.lead, *self._marks(row, len(years)),
                                          print_words.timeline_note(words(), row.note)])
                for row in timeline(self.session.plan.in_plan_order(), profile.school_year)]
        if self.timeline_rows.show(rows):
            fit_columns(self.timeline_table, range(1, len(years) + 3), rows)  # all but the action's

    def _show_years(self, years: list[str]) -> None:
        self._years = years
        self.timeline_note.setText(self.tr(
            "The seven school years of the plan, {0} to {1}: ■ marks each year an item runs, from its start date "
            "to its due date.").format(years[0], years[-1]))
        self.timeline_model.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Lead"), *years, self.tr("Note")])
        self.timeline_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    @staticmethod
    def _marks(row, count: int) -> list[str]:
        """A mark in each of the `count` plan years the timeline row runs."""
        return [MARK if row.first is not None and row.first <= year <= row.last else "" for year in range(count)]

    # ---- editing ---------------------------------------------------------------------------------

    def add_item(self) -> None:
        self.form.commit()
        item = self.session.new_item(ActionItem(0, self.tr("New action item")))
        if item is not None:
            self.tabs.setCurrentIndex(0)
            self.select_item(item.id)
            self.form.fields["title"].setFocus()
            self.form.fields["title"].selectAll()

    def delete_item(self) -> None:
        item_id = self.current_item_id()
        if item_id is not None:
            self.session.remove_item(item_id)

    def ask_objective(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("New Objective"), self.tr("Objective:"))
        if ok and title.strip():
            self.add_objective(title)

    def add_objective(self, title: str) -> Objective | None:
        ident = self.session.plan.next_objective_id()
        objective = Objective(ident, " ".join(title.split()), ident)
        return objective if self.session.put_objective(objective) else None

    def current_suggestion(self):
        index = self.suggestion_table.currentIndex()
        return self._suggestions[index.row()] if index.isValid() else None

    def accept_suggestion(self) -> ActionItem | None:
        suggestion = self.current_suggestion()
        if suggestion is None:
            return None
        if suggestion.key in self.session.plan.dismissed:
            self.session.dismiss_suggestion(suggestion.key, False)
        item = self.session.new_item(suggestion.item)
        if item is not None:
            self.tabs.setCurrentIndex(0)
            self.select_item(item.id)
        return item

    def dismiss_suggestion(self) -> None:
        suggestion = self.current_suggestion()
        if suggestion is not None:
            dismissed = suggestion.key in self.session.plan.dismissed
            self.session.dismiss_suggestion(suggestion.key, not dismissed)
