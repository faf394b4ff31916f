"""An open review on screen: the placement strip, the navigator and the page it selects.

Its layout is the Designer form ui/main_window.ui. Pages are built the first
time they are shown, so opening a review costs only the page the team sees.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QFile, Qt, Signal
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QSplitter, QStackedWidget, QVBoxLayout, QWidget

from equity_desktop.core.placement import placements
from equity_desktop.gui.navigator import Navigator
from equity_desktop.gui.pages.benchmarks_page import BenchmarksPage
from equity_desktop.gui.pages.coming_page import ComingPage
from equity_desktop.gui.pages.document_page import DocumentPage
from equity_desktop.gui.pages.guide_page import GuidePage
from equity_desktop.gui.pages.item_list_page import ItemListPage
from equity_desktop.gui.pages.key_actions_page import KeyActionsPage
from equity_desktop.gui.pages.map_page import MapPage
from equity_desktop.gui.pages.profile_page import ProfilePage
from equity_desktop.gui.pages.stage_overview_page import StageOverviewPage
from equity_desktop.gui.pages.team_page import TeamPage
from equity_desktop.gui.placement_strip import PlacementStrip
from equity_desktop.gui.rating_card import RatingCard
from equity_desktop.gui.review_session import ReviewSession
from equity_desktop.paths import ui_path

_STAGE_PAGES = {"overview": StageOverviewPage, "actions": KeyActionsPage, "map": MapPage,
                "benchmarks": BenchmarksPage}


def load_form(name: str, parent: QWidget) -> QWidget:
    """Load the Designer form `ui/NAME` as a child of `parent`."""
    loader = QUiLoader()
    loader.registerCustomWidget(Navigator)
    file = QFile(str(ui_path(name)))
    file.open(QFile.OpenModeFlag.ReadOnly)
    try:
        form = loader.load(file, parent)
    finally:
        file.close()
    if form is None:
        raise RuntimeError(f"ui/{name} could not be loaded: {loader.errorString()}")
    return form


class ReviewWorkspace(QWidget):
    page_changed = Signal(str)

    def __init__(self, session: ReviewSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("reviewWorkspace")
        form = load_form("main_window.ui", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(form)
        self.navigator: Navigator = form.findChild(Navigator, "navigator")
        self.stack: QStackedWidget = form.findChild(QStackedWidget, "pageStack")
        splitter: QSplitter = form.findChild(QSplitter, "splitter")
        splitter.setStretchFactor(1, 1)
        self.strip = PlacementStrip(session, form)
        form.findChild(QWidget, "stripHost").layout().addWidget(self.strip)
        self.strip.navigation_requested.connect(self.show_page)
        self.pages: dict[str, QWidget] = {}
        self.navigator.populate(session.framework)
        self.navigator.page_selected.connect(self._page_selected)

    # ---- pages -------------------------------------------------------------------------------

    def _factory(self, key: str) -> Callable[[], QWidget]:
        session, framework = self.session, self.session.framework
        simple = {
            "guide": lambda: GuidePage(framework),
            "profile": lambda: ProfilePage(session),
            "team": lambda: TeamPage(session),
            "data": lambda: ComingPage(self.tr("Data & MGI"), self.tr(
                "Import the school's and district's enrollment spreadsheets, see minority group isolation by "
                "group and over the years, and measure disproportionality.")),
            "plan": lambda: ComingPage(self.tr("Action plan"), self.tr(
                "Turn the gaps found here into objectives and action items with leads, dates and evidence.")),
            "export": lambda: ComingPage(self.tr("Export"), self.tr(
                "Print the action plan as a PDF and save an Excel copy.")),
        }
        if key in simple:
            return simple[key]
        stage_id, kind = key.split(".")
        return lambda: _STAGE_PAGES[kind](session, framework.stage(stage_id))

    def page(self, key: str) -> QWidget:
        """The page for `key`, built on first use."""
        if key not in self.pages:
            page = self._factory(key)()
            page.setParent(self.stack)
            if isinstance(page, DocumentPage):
                page.navigation_requested.connect(self.show_page)
            self.stack.addWidget(page)
            self.pages[key] = page
        return self.pages[key]

    def current_page(self) -> QWidget | None:
        key = self.navigator.current_key()
        return self.pages.get(key) if key else None

    def show_page(self, key: str, item_id: str = "", find: str = "") -> QWidget:
        """Show the page `key`; focus the item `item_id` on it, or find the text `find`."""
        if self.navigator.current_key() != key:
            self.navigator.select(key)
        page = self.page(key)
        if item_id and isinstance(page, ItemListPage):
            page.focus_item(item_id)
        elif find and isinstance(page, DocumentPage):
            page.find_text(find)
        return page

    def _page_selected(self, key: str) -> None:
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        self.page_changed.emit(key)

    # ---- where the team is -------------------------------------------------------------------

    def first_page(self) -> str:
        """The overview of the earliest stage any component is still working in."""
        placed = placements(self.session.framework, self.session.values())
        return f"{min(placed, key=lambda p: p.stage.number).stage.id}.overview"

    def current_stage_id(self) -> str:
        key = self.navigator.current_key() or ""
        return key.split(".")[0] if key.startswith("s") and "." in key else self.first_page().split(".")[0]

    def focused_item(self) -> str | None:
        """The item whose card has (or last had) the keyboard focus on this workspace."""
        widget = self.focusWidget()
        while widget is not None and not isinstance(widget, RatingCard):
            widget = widget.parentWidget()
        return widget.item_id if widget is not None else None

    def commit_pending_edit(self) -> None:
        """Let a note being typed save itself (it saves when it loses focus)."""
        focused = self.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            focused.clearFocus()

    def set_strip_visible(self, visible: bool) -> None:
        self.strip.setVisible(visible)

    def keep_focus_on_page(self) -> None:
        page = self.current_page()
        if page is not None:
            page.setFocus(Qt.FocusReason.OtherFocusReason)
