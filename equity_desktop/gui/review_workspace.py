"""An open review on screen: the placement strip, the navigator and the page it selects.

Its layout is the Designer form ui/main_window.ui, compiled by pyside6-uic into
ui_main_window.py (`make ui`; a test fails when the two differ). Compiled rather
than loaded with QUiLoader at run time: QUiLoader's plugin scan alone cost
~25 ms of every start. Pages are built the first time they are shown, so
opening a review costs only the page the team sees.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from equity_desktop.core.review.placement import placements
from equity_desktop.gui.placement_strip import PlacementStrip
from equity_desktop.gui.review_session import ReviewSession
from equity_desktop.gui.ui_main_window import Ui_Workspace

# Page modules are imported when a page is first shown: start-up pays only for the first page.
_PAGES = {
    "guide": ("guide_page", "GuidePage"), "profile": ("profile_page", "ProfilePage"),
    "team": ("team_page", "TeamPage"),
    "overview": ("stage_overview_page", "StageOverviewPage"), "actions": ("key_actions_page", "KeyActionsPage"),
    "map": ("map_page", "MapPage"), "benchmarks": ("benchmarks_page", "BenchmarksPage"),
    "data": ("data_page", "DataPage"), "plan": ("action_plan_page", "ActionPlanPage"),
    "export": ("export_page", "ExportPage"),
}


def _page_class(kind: str) -> type:
    module, name = _PAGES[kind]
    return getattr(importlib.import_module(f"equity_desktop.gui.pages.{module}"), name)


class _PageFrame(QWidget):
    """Holds a page at the size it is given, asking only for the page's minimum size.

    A scroll area given the page itself would ask it its height for the width (wrapped text makes pages have
    one), which is the page's preferred height, not its least: the scroll bar showed on pages that fitted.
    """

    def __init__(self, page: QWidget, parent: QWidget):
        super().__init__(parent)
        self.page = page
        page.setParent(self)
        page.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.page.minimumSizeHint().expandedTo(self.page.minimumSize())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.minimumSizeHint()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the page's least size may have changed: the scroll area asks again
        return False

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.page.setGeometry(self.rect())


def _host(page: QWidget, stack: QWidget) -> QScrollArea:
    """`page` in a scroll area of its own: a page never makes the window wider or taller than a small screen
    (1024×600) allows; it scrolls instead. Pages are laid out to fit that screen, so this is the last resort."""
    host = QScrollArea(stack)
    host.setObjectName("pageHost")
    host.setFrameShape(QFrame.Shape.NoFrame)
    host.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the page's controls, not to its frame
    host.setWidgetResizable(True)
    host.setWidget(_PageFrame(page, host))
    return host


class ReviewWorkspace(QWidget):
    page_changed = Signal(str)
    import_requested = Signal()  # the Data & MGI page's Import button

    def __init__(self, session: ReviewSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("reviewWorkspace")
        self.form = Ui_Workspace()
        self.form.setupUi(self)
        self.navigator = self.form.navigator
        self.stack = self.form.pageStack
        self.form.splitter.setStretchFactor(1, 1)
        self.strip = PlacementStrip(session, self.form.stripHost)
        self.form.stripLayout.addWidget(self.strip)
        self.strip.navigation_requested.connect(self.show_page)
        self.pages: dict[str, QWidget] = {}
        self.hosts: dict[str, QScrollArea] = {}  # the scroll area each page is shown in
        self.navigator.populate(session.framework, self._ballot_pages())
        self.navigator.page_selected.connect(self._page_selected)
        if session.ballot is not None:
            from equity_desktop.gui.ballot_banner import BallotBanner

            self.form.stripLayout.insertWidget(0, BallotBanner(session, self.form.stripHost))
            self.strip.hide()  # a ballot is one member's private ratings, not the review's placement

    def _ballot_pages(self) -> set[str] | None:
        """The rating pages a ballot asks about (None: a review shows every page)."""
        ballot = self.session.ballot
        if ballot is None:
            return None
        kinds = {"key_action": "actions", "condition": "map", "benchmark": "benchmarks"}
        framework = self.session.framework
        return {f"{framework.item(i).stage_id}.{kinds[framework.item(i).kind.value]}" for i in ballot.items
                if framework.has_item(i)}

    # ---- pages -------------------------------------------------------------------------------

    def _factory(self, key: str) -> Callable[[], QWidget]:
        session, framework = self.session, self.session.framework
        if key == "guide":
            return lambda: _page_class("guide")(framework)
        if key in ("profile", "team", "data", "plan", "export"):
            return lambda: _page_class(key)(session)
        stage_id, kind = key.split(".")
        return lambda: _page_class(kind)(session, framework.stage(stage_id))

    def page(self, key: str) -> QWidget:
        """The page for `key`, built on first use."""
        if key not in self.pages:
            page = self._factory(key)()
            host = _host(page, self.stack)
            if hasattr(page, "navigation_requested"):  # document pages link to other pages
                page.navigation_requested.connect(self.show_page)
            if hasattr(page, "import_requested"):
                page.import_requested.connect(self.import_requested)
            self.stack.addWidget(host)
            self.hosts[key] = host
            self.pages[key] = page
        return self.pages[key]

    def host(self, key: str) -> QScrollArea:
        """The scroll area the page `key` is shown in."""
        self.page(key)  # built on first use
        return self.hosts[key]

    def current_page(self) -> QWidget | None:
        key = self.navigator.current_key()
        return self.pages.get(key) if key else None

    def show_page(self, key: str, item_id: str = "", find: str = "") -> QWidget:
        """Show the page `key`; focus the item `item_id` on it, or find the text `find`."""
        if self.navigator.current_key() != key:
            self.navigator.select(key)
        page = self.page(key)
        # Pages say what they can do: card pages focus an item (and mark the words found), text pages find
        # a passage.
        if item_id and hasattr(page, "focus_item"):
            page.focus_item(item_id)
            if find and hasattr(page, "mark_found"):
                page.mark_found(item_id, find)
        elif find and hasattr(page, "find_text"):
            page.find_text(find)
        return page

    def _page_selected(self, key: str) -> None:
        self.stack.setCurrentWidget(self.host(key))
        self.page_changed.emit(key)

    # ---- where the team is -------------------------------------------------------------------

    def first_page(self) -> str:
        """The overview of the earliest stage any component is still working in."""
        if (pages := self._ballot_pages()) is not None:
            return next(key for key in self.navigator.keys() if key in pages)
        placed = placements(self.session.framework, self.session.values())
        return f"{min(placed, key=lambda p: p.stage.number).stage.id}.overview"

    def current_stage_id(self) -> str:
        key = self.navigator.current_key() or ""
        return key.split(".")[0] if key.startswith("s") and "." in key else self.first_page().split(".")[0]

    def focused_item(self) -> str | None:
        """The item whose card has (or last had) the keyboard focus on this workspace."""
        from equity_desktop.gui.rating_card import RatingCard

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
        self.strip.setVisible(visible and self.session.ballot is None)
