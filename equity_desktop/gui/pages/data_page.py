"""Data & MGI: the school's enrollment against the district's — isolation, trends, disproportionality.

Every number comes from core.enrollment (review_data, mgi, trends); this page only shows it. The
rule (points or relative, and the threshold) is the review's own setting: changing it is an undoable
edit, saved at once, and every tab re-computes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from equity_desktop.core import settings
from equity_desktop.core.enrollment import groups as g
from equity_desktop.core.enrollment.review_data import count_text, dimensions_in, results_by_year, trend_lines
from equity_desktop.core.enrollment.trends import progress_goal
from equity_desktop.core.output import charts, print_words
from equity_desktop.gui.chart_view import ChartView
from equity_desktop.gui.flow_layout import FlowLayout
from equity_desktop.gui.pages.item_list_page import heading_label
from equity_desktop.gui.review_session import ReviewSession
from equity_desktop.gui.rule_controls import RuleControls
from equity_desktop.gui.translation import said_here, words

TEXT_FILES = (".csv", ".txt", ".tsv")


def _tr(text: str) -> str:
    return QCoreApplication.translate("DataPage", text)


# Two-line headings and the group's name wrapped: the status ("under-represented") is read whole at 1024 wide.
def isolation_columns() -> tuple[str, ...]:
    return (_tr("Group"), _tr("School\nn"), _tr("School\n%"), _tr("District\nn"), _tr("District\n%"),
            _tr("Difference\n(points)"), _tr("Status"))


# Headers over two lines and group names wrapped leave the reasons room to be read in a window 1024 wide.
def risk_columns() -> tuple[str, ...]:
    return (_tr("Outcome"), _tr("Group"), _tr("Enrolled"), _tr("With the\noutcome"), _tr("Expected"), _tr("Risk %"),
            _tr("Others'\nrisk %"), _tr("Risk\nratio"), _tr("Why no ratio"))


RISK_GROUP_WIDTH = 190


def _label(text: str, parent: QWidget, name: str = "dataSentence") -> QLabel:
    label = heading_label(text, parent, name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _table(parent: QWidget, name: str, columns: tuple[str, ...], spoken: str) -> tuple[QTableView, QStandardItemModel]:
    """A read-only table sized to its rows (the tab scrolls, not the table), with its model; `spoken` is the
    name a screen reader announces for it."""
    model = QStandardItemModel(0, len(columns), parent)
    model.setHorizontalHeaderLabels(list(columns))
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(spoken)
    view.setModel(model)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # read with the arrow keys; Tab goes on to the next control
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(True)
    view.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return view, model


def _fill(model: QStandardItemModel, rows: list[list[str]], words: set[int], bold: list[bool] | None = None,
          tips: list[str] | None = None) -> None:
    """Replace the model's rows; numbers are right-aligned, the columns in `words` left-aligned."""
    model.removeRows(0, model.rowCount())
    for number, row in enumerate(rows):
        items = [QStandardItem(text) for text in row]
        for column, item in enumerate(items):
            if column not in words:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if bold and bold[number]:
                font = QFont()
                font.setBold(True)
                item.setFont(font)
            if tips and tips[number]:
                item.setToolTip(tips[number])
        model.appendRow(items)


class DataPage(QWidget):
    import_requested = Signal()

    def __init__(self, session: ReviewSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("dataPage")
        self.results: list = []
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Data & MGI"), self))
        self.source_label = _label("", self, "pageIntro")
        layout.addWidget(self.source_label)
        layout.addLayout(self._build_controls())
        layout.addLayout(self._build_rule_row())
        self.rule_label = _label("", self)
        layout.addWidget(self.rule_label)
        self.stack = QStackedWidget(self)
        self.empty = _label(self.tr(
            "No enrollment is imported yet. Choose Import Enrollment… and pick the spreadsheet the district sent: "
            "the program finds the header and the columns, asks which school this review is, and shows each "
            "group's share of the school against the district's."), self, "pageSummary")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.stack.addWidget(self.empty)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("dataTabs")
        self.tabs.addTab(self._build_isolation(), self.tr("&Isolation"))
        self.tabs.addTab(self._build_trends(), self.tr("&Trends"))
        self.tabs.addTab(self._build_risk(), self.tr("&Disproportionality"))
        self.stack.addWidget(self.tabs)
        layout.addWidget(self.stack, 1)
        session.enrollment_changed.connect(self.refresh)
        self.refresh()

    # ---- building ------------------------------------------------------------------------------

    def _build_controls(self) -> FlowLayout:
        """Import, the year and the students' grouping: a row that wraps rather than widen the window."""
        row = FlowLayout()
        self.import_button = QPushButton(self.tr("&Import Enrollment…"), self)
        self.import_button.setObjectName("importButton")
        self.import_button.clicked.connect(self.import_requested)
        row.addWidget(self.import_button)
        row.addWidget(QLabel(self.tr("Year:"), self))
        self.year_combo = QComboBox(self)
        self.year_combo.setObjectName("yearCombo")
        self.year_combo.setAccessibleName(self.tr("School year"))
        self.year_combo.currentIndexChanged.connect(self._show_year)
        row.addWidget(self.year_combo)
        row.addWidget(QLabel(self.tr("Students by:"), self))
        self.dimension_combo = QComboBox(self)
        self.dimension_combo.setObjectName("dimensionCombo")
        self.dimension_combo.setAccessibleName(self.tr("Group of students"))
        # As wide as its longest choice ("Students with disabilities"), never cut ("Race/eth…").
        self.dimension_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.dimension_combo.currentIndexChanged.connect(self._show_dimension)
        row.addWidget(self.dimension_combo)
        return row

    def _build_rule_row(self) -> QHBoxLayout:
        """The rule on a line of its own: beside the choices above it made the page wider than a 1024 screen."""
        row = QHBoxLayout()
        self.rule_controls = RuleControls(self)
        self.rule_controls.changed.connect(self._rule_edited)
        self.threshold_spin, self.kind_combo = self.rule_controls.threshold_spin, self.rule_controls.kind_combo
        row.addWidget(self.rule_controls)
        row.addStretch(1)
        return row

    def _tab(self, *widgets: QWidget) -> QScrollArea:
        """A tab showing `widgets` top to bottom, scrolling when they are taller than the window."""
        content = QWidget(self)
        layout = QVBoxLayout(content)
        for widget in widgets:
            layout.addWidget(widget)
        layout.addStretch(1)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setWidget(content)
        return area

    def _build_isolation(self) -> QWidget:
        self.federal_label = _label("", self)
        self.diversity_label = _label("", self)
        self.warnings_label = _label("", self)
        self.warnings_label.setObjectName("resultWarnings")
        self.warnings_label.setAccessibleName(self.tr("Read with care"))
        self.isolation_table, self.isolation_model = _table(self, "isolationTable", isolation_columns(),
                                                            self.tr("Each group's share of the school and the "
                                                                    "district"))
        self.isolation_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.isolation_table.horizontalHeader().resizeSection(0, RISK_GROUP_WIDTH)
        self.isolation_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.small_label = _label("", self)
        self.isolation_chart = ChartView(self)
        return self._tab(self.federal_label, self.diversity_label, self.warnings_label, self.isolation_table,
                         self.small_label,
                         self._build_suppression(), self.isolation_chart)

    def _build_suppression(self) -> QWidget:
        """The review's suppression size: what printed and exported copies withhold (core/settings.py)."""
        box = QWidget(self)
        row = FlowLayout(box)  # the choice goes under its label when large text or Spanish would widen the page
        label = QLabel(self.tr("Printed and exported copies withhold counts of"), box)
        self.suppression_combo = QComboBox(box)
        self.suppression_combo.setObjectName("suppressionCombo")
        self.suppression_combo.setAccessibleName(self.tr("Smallest count printed"))
        label.setBuddy(self.suppression_combo)
        self.suppression_combo.setToolTip(settings.SUPPRESSION_SIZE.source)
        self.suppression_combo.activated.connect(
            lambda index: self.session.set_suppression_size(self.suppression_combo.itemData(index)))
        row.addWidget(label)
        row.addWidget(self.suppression_combo)
        return box

    def _show_suppression(self) -> None:
        size = self.session.suppression_size()
        combo = self.suppression_combo
        combo.clear()
        presets = dict(settings.SUPPRESSION_PRESETS)
        if size not in presets:  # set on the command line or by an older copy: shown as it is
            presets[size] = self.tr("fewer than {0} students (this review's setting)").format(size)
        for value, text in presets.items():
            combo.addItem(said_here(text), value)
        combo.setCurrentIndex(combo.findData(size))

    def _build_trends(self) -> QWidget:
        self.trend_summary = _label("", self, "pageSummary")
        self.trend_chart = ChartView(self)
        self.goal_label = _label("", self)
        return self._tab(self.trend_summary, self.trend_chart, self.goal_label)

    def _build_risk(self) -> QWidget:
        self.risk_intro = _label("", self)
        self.risk_table, self.risk_model = _table(self, "riskTable", risk_columns(),
                                                  self.tr("Risk and risk ratio of each group"))
        self.risk_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.risk_table.horizontalHeader().resizeSection(1, RISK_GROUP_WIDTH)
        self.risk_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return self._tab(self.risk_intro, self.risk_table)

    # ---- showing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the snapshots and the rule, and show them (after an import, an undo, a rule change)."""
        rule = self.session.mgi_rule()
        self.rule_controls.set_rule(rule)
        self._show_suppression()
        self.rule_label.setText(print_words.rule_sentence(words(), rule))
        self.results = results_by_year(self.session.snapshots(), rule)
        self.stack.setCurrentWidget(self.tabs if self.results else self.empty)
        wanted_year = self.year_combo.currentText()
        before = {self.year_combo.itemText(i) for i in range(self.year_combo.count())}
        years = [r.year for r in self.results]
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        self.year_combo.addItems(years)
        found = self.year_combo.findText(wanted_year)
        if set(years) - before:  # years just imported: show the latest of them, as the person expects
            found = max(years.index(year) for year in set(years) - before)
        self.year_combo.setCurrentIndex(found if found >= 0 else self.year_combo.count() - 1)
        self.year_combo.blockSignals(False)
        self._show_year()

    def current_result(self):
        index = self.year_combo.currentIndex()
        return self.results[index] if 0 <= index < len(self.results) else None

    def current_dimension(self) -> str:
        return self.dimension_combo.currentData() or g.RACE

    def _show_year(self) -> None:
        result = self.current_result()
        if result is None:
            self.source_label.setText(self.tr("Enrollment: none imported."))
            return
        snapshot = next(s for s in self.session.snapshots() if s.year == result.year)
        source = snapshot.source_file
        if Path(source).suffix.lower() not in TEXT_FILES:  # a text file has no sheets to name
            source += self.tr(" (sheet \u201c{0}\u201d)").format(snapshot.source_sheet)
        self.source_label.setText(self.tr("{0}: {1}, from {2}, imported {3}. Compared with the {4}.").format(
            result.year, snapshot.school.label, source, snapshot.imported_at[:10], said_here(result.district_source)))
        wanted = self.current_dimension()
        self.dimension_combo.blockSignals(True)
        self.dimension_combo.clear()
        for dimension in dimensions_in(result):
            self.dimension_combo.addItem(print_words.dimension_label(words(), dimension), dimension)
        found = self.dimension_combo.findData(wanted)
        self.dimension_combo.setCurrentIndex(max(0, found))
        self.dimension_combo.setMinimumWidth(self.dimension_combo.sizeHint().width())  # the layout may not cut it
        self.dimension_combo.blockSignals(False)
        self.federal_label.setText(print_words.federal_sentence(words(), result))
        self.diversity_label.setText(print_words.diversity_sentence(words(), result))
        # Said next to the numbers, not in a report nobody opens: students left out, groups not in the data.
        self.warnings_label.setText("\n".join(f"\u26a0 {said_here(w)}" for w in result.warnings))
        self.warnings_label.setVisible(bool(result.warnings))
        self._show_dimension()
        self._show_risk(result)

    def _show_dimension(self) -> None:
        result, dimension = self.current_result(), self.current_dimension()
        if result is None:
            return
        size = self.session.suppression_size()
        rows = print_words.isolation_rows(words(), result, dimension, size)
        _fill(self.isolation_model,
              [[r.group, r.school_n + (" †" if r.small else ""), r.school_share, r.district_n, r.district_share,
                r.difference, r.status] for r in rows], {0, 6},
              bold=[bool(r.isolated) for r in rows], tips=[r.status for r in rows])
        small = [r.group for r in rows if r.small]
        self.small_label.setText(self.tr("† Fewer than {0} students: the share moves a lot with one student, and "
                                         "printed copies show \u201c<{0}\u201d.").format(size)
                                 if small else "")
        label = print_words.dimension_label(words(), dimension)
        isolated = [r for r in rows if r.isolated]
        summary = "; ".join(f"{r.group} {r.status}" for r in isolated) or self.tr("no group is isolated")
        texts = words()
        self.isolation_chart.set_chart(lambda width: charts.isolation_chart(result, dimension, width, texts=texts),
                                       self.tr("{0} {1}: {2}.").format(label, result.year, summary))
        self._show_trends(dimension)

    def _show_trends(self, dimension: str) -> None:
        label = print_words.dimension_label(words(), dimension)
        if len(self.results) < 2:
            self.trend_summary.setText(self.tr(
                "Trends need two or more school years; {0} is the only one imported. Import another year's "
                "file (or another sheet of the same workbook) to see each group move.").format(
                    self.results[0].year if self.results else "none"))
            self.trend_chart.set_chart(None)
            self.goal_label.setText("")
            return
        lines = print_words.trend_lines(words(), trend_lines(self.results, dimension))
        years = f"{self.results[0].year} to {self.results[-1].year}"
        self.trend_summary.setText(self.tr(
            "{0}, {1}: each group's share of the school (a heavy line with dots, a line style per group) against "
            "the district's (a thin grey dashed line); at the right, each group's name with its latest school and "
            "district shares.").format(label, years))
        texts = words()
        self.trend_chart.set_chart(lambda width: charts.trend_chart(lines, width, 280, f"{label}, {years}",
                                                                    texts=texts),
                                   self.trend_summary.text())
        steps = [s for s in progress_goal(self.results) if s.dimension == dimension]
        if not steps:
            self.goal_label.setText(self.tr("Progress goal (2 points a year toward the district share): no {0} "
                                            "group was under-represented beyond the band, so there is nothing "
                                            "to track.").format(label.lower()))
            return
        met = [s for s in steps if s.met]
        text = self.tr("Progress goal — an under-represented group's share moves 2 points a year toward the "
                       "district share (the goal as used by Miami-Dade County Public Schools): {0} of {1} steps "
                       "met.").format(len(met), len(steps))
        self.goal_label.setText(text + "\n" + "\n".join(
            ("✓ " if s.met else "✗ ") + print_words.progress_sentence(words(), s) for s in steps))

    def _show_risk(self, result) -> None:
        rows = result.disproportionality
        if not rows:
            self.risk_intro.setText(self.tr(
                "No outcome was imported for {0}. Disproportionality needs, for each group, how many students "
                "have an outcome (special-education identification, suspension, gifted, AP). Import Enrollment… "
                "again and add the outcome files, such as the CRDC's \u201cGifted and Talented\u201d file, on the "
                "school-and-year step; or import a file with such a column, for example the district's "
                "student-level file.").format(result.year))
            self.risk_table.hide()
            return
        self.risk_intro.setText(self.tr(
            "Risk = students of the group with the outcome ÷ students of the group; the ratio compares it with all "
            "other students. No ratio is shown under {0} students with the outcome or {1} enrolled (34 CFR "
            "300.647 defaults); the last column says why. Ratios of 2 or more are in bold.").format(10, 30))
        self.risk_table.show()
        _fill(self.risk_model,
              [[r.outcome, r.group, count_text(r.enrolled), count_text(r.actual),
                "—" if r.expected is None else f"{r.expected:.1f}", "—" if r.risk is None else f"{r.risk:.1f}",
                "—" if r.comparison_risk is None else f"{r.comparison_risk:.1f}",
                "—" if r.risk_ratio is None else f"{r.risk_ratio:.2f}", said_here(r.why_not_shown)]
               for r in rows], {0, 1, 8},
              bold=[r.risk_ratio is not None and r.risk_ratio >= 2.0 for r in rows])

    # ---- editing the rule ------------------------------------------------------------------------

    def _rule_edited(self, rule) -> None:
        if not self.session.set_mgi_rule(rule):
            self.refresh()  # the store refused it; show what the review holds

