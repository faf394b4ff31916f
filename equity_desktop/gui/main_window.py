"""The main window: the start page, an open review's workspace, or the workshop view; menus and files.

It handles documents like any desktop program (New, Open, Open Recent, Save a
Copy As, Close, Quit, drag and drop), remembers recent files and its geometry,
and shows the store's refusals as dialogs. What a review holds and how it is
rated lives in the session and the pages; the rules live in the core.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QStackedWidget, QToolBar, QWidget

from equity_desktop import APP_NAME
from equity_desktop.core.errors import EquityError
from equity_desktop.core.framework.content import load_framework
from equity_desktop.core.framework.translations import load_framework_in
from equity_desktop.core.review.ballots import BALLOT_SUFFIX
from equity_desktop.core.review.store import SUFFIX, ReviewStore
from equity_desktop.gui import shortcuts, theme, translation
from equity_desktop.gui.app_settings import AppSettings
from equity_desktop.gui.error_dialogs import ask_open_read_only, show_error
from equity_desktop.gui.review_session import ReviewSession
from equity_desktop.gui.review_workspace import ReviewWorkspace
from equity_desktop.gui.search_box import SearchBox
from equity_desktop.gui.start_page import StartPage
from equity_desktop.gui.workshop_actions import WorkshopActions

FIRST_SIZE = (1280, 760)
# The frame the window system adds around the window (title bar, borders), unknown until it is shown: room
# left for it so the whole window, status bar included, is on a small screen's free area.
FRAME_ROOM = (16, 48)
SHORT_SCREEN = 800  # pixels of free height under which the placement strip starts folded
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".txt", ".tsv")
DEMO_NAME = "Demo review (Cedar Grove).eqreview"


def _documents_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())


class MainWindow(QMainWindow):
    review_opened = Signal(Path)
    review_closed = Signal()

    def __init__(self, settings: AppSettings | None = None, data_dir: Path | None = None,
                 parent: QWidget | None = None, show_start_page: bool = True):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings or AppSettings()
        self.data_dir = data_dir or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
        # The framework in the window's language: an unofficial translation, marked in the status bar, with the
        # English original one keystroke away (View → Framework in English).
        self.translated_framework = load_framework_in(translation.language())
        self.framework = self.translated_framework
        self.session: ReviewSession | None = None
        self.workspace: ReviewWorkspace | None = None
        self.workshop = None  # the WorkshopView while it shows
        self._was_full_screen = False
        self._normal_geometry = QRect()
        self.undo_group = QUndoGroup(self)
        self.setAcceptDrops(True)
        self.outer = QStackedWidget(self)
        self.setCentralWidget(self.outer)
        self._start_page: StartPage | None = None
        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self._first_size()
        if geometry := self.settings.geometry():
            self.restoreGeometry(geometry)
        self._set_review_actions(False)
        if show_start_page:  # not when a review is opened at launch: it costs ~15 ms of the start
            self.show_start_page()

    # ---- building ----------------------------------------------------------------------------

    def _first_size(self) -> None:
        """The first window: FIRST_SIZE, or smaller on a screen whose free area is smaller (a 1366×768 laptop
        with a task bar, a 1024×600 netbook)."""
        free = self.screen().availableGeometry()
        self.resize(min(FIRST_SIZE[0], free.width() - FRAME_ROOM[0]),
                    min(FIRST_SIZE[1], free.height() - FRAME_ROOM[1]))

    def _action(self, text: str, slot, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcuts.keys(shortcut))
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New Review…"), self.new_review, keys.New, "newAction")
        self.open_action = self._action(self.tr("&Open…"), self.choose_review, keys.Open, "openAction")
        self.copy_action = self._action(self.tr("Save a &Copy As…"), self.save_copy, keys.SaveAs, "copyAction")
        self.close_action = self._action(self.tr("&Close"), self.close_review, keys.Close, "closeAction")
        self.quit_action = self._action(self.tr("&Quit"), self.close, keys.Quit, "quitAction")
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcuts(shortcuts.keys(keys.Undo))
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setShortcuts(shortcuts.redo_keys())
        # On the toolbar just "Undo" and "Redo", whatever the edit (its name is in the tooltip and the Edit
        # menu): a long name would push the search box off the toolbar.
        self.undo_action.setIconText(self.tr("Undo"))
        self.redo_action.setIconText(self.tr("Redo"))
        self.find_action = self._action(self.tr("&Find in the Framework…"), self.focus_search, keys.Find, "findAction")
        self.workshop_action = self._action(self.tr("&Workshop View"), self.enter_workshop, "F5", "workshopAction")
        self.full_screen_action = self._action(self.tr("&Full Screen"), self.toggle_full_screen, keys.FullScreen,
                                               "fullScreenAction")
        # Checked: the whole table; unchecked: folded into one line (the strip's own ▴ button does the same).
        self.strip_action = self._action(self.tr("&Placement Strip in Full"), self._toggle_strip, None, "stripAction")
        self.strip_action.setCheckable(True)
        # Until the person chooses, a short screen (a 1366×768 laptop, a 1024×600 netbook) starts with it folded;
        # with large text (200 %: twice as tall a strip) a screen counts as that much shorter.
        short = self.screen().availableGeometry().height() < SHORT_SCREEN * theme.text_scale(self.font())
        self.strip_action.setChecked(not self.settings.strip_collapsed(default=short))
        self.about_action = self._action(self.tr("&About Equity Desktop"), self.about, None, "aboutAction")
        self.original_action = self._action(self.tr("Framework in &English (the Original)"), self.show_original,
                                            "Ctrl+Shift+E", "originalAction")
        self.original_action.setCheckable(True)
        self.original_action.setVisible(self.translated_framework.translation is not None)
        self.addAction(self.original_action)  # also in the workshop view, where the menu bar is hidden
        self.preferences_action = self._action(self.tr("&Preferences…"), self.show_preferences, keys.Preferences,
                                               "preferencesAction")
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)  # macOS: in the application menu
        self.help_action = self._action(self.tr("Equity Desktop &Guide"), self.show_help, keys.HelpContents,
                                        "helpAction")
        self.addAction(self.help_action)  # F1 also in the workshop view, where the menu bar is hidden
        self.import_action = self._action(self.tr("&Import Enrollment…"), self.import_enrollment, "Ctrl+I",
                                          "importAction")
        self.screen_action = self._action(self.tr("S&creen a District File…"), self.screen_district, None,
                                          "screenAction")
        self.print_action = self._action(self.tr("&Print Action Plan…"), lambda: self.export("print_plan"),
                                         keys.Print, "printAction")
        # Ctrl+P prints, as in every program; saving the PDF takes Ctrl+Shift+P, which nothing else uses.
        self.pdf_action = self._action(self.tr("Save Action Plan as &PDF…"), lambda: self.export("choose_pdf"),
                                       "Ctrl+Shift+P", "pdfAction")
        self.xlsx_action = self._action(self.tr("Save Plan as &Excel…"), lambda: self.export("choose_xlsx"), None,
                                        "xlsxAction")
        self.workbook_action = self._action(self.tr("Import Edited E&xcel Plan…"),
                                            lambda: self.export("choose_workbook"), None, "workbookAction")
        for action in (self.undo_action, self.redo_action, self.workshop_action, self.find_action,
                       self.full_screen_action):
            shortcuts.tip_with_shortcut(action)
        self.review_actions = (self.copy_action, self.close_action, self.find_action, self.workshop_action,
                               self.strip_action, self.import_action, self.print_action, self.pdf_action,
                               self.xlsx_action, self.workbook_action)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.copy_action, self.close_action])
        file_menu.addSeparator()
        file_menu.addActions([self.import_action, self.screen_action])
        self.workshop_files = WorkshopActions(self, self._folder)
        file_menu.addMenu(self.workshop_files.menu)
        file_menu.addSeparator()
        file_menu.addActions([self.print_action, self.pdf_action, self.xlsx_action, self.workbook_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addActions([self.workshop_action, self.full_screen_action, self.strip_action, self.original_action])
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addActions([self.help_action, self.about_action])
        self.toolbar = QToolBar(self.tr("Tools"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addActions([self.undo_action, self.redo_action])
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.workshop_action)
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.search = SearchBox(self.framework, self.toolbar)
        self.search.setMinimumWidth(320)
        self.search.passage_chosen.connect(self._go_to_passage)
        self.toolbar.addWidget(self.search)
        self.addToolBar(self.toolbar)

    def _build_status_bar(self) -> None:
        self.framework_note = QLabel(self)
        self.framework_note.setObjectName("frameworkNote")
        self.statusBar().addPermanentWidget(self.framework_note)
        self._show_framework_note()
        self.save_state = QLabel(self)
        self.save_state.setObjectName("saveState")
        self.statusBar().addPermanentWidget(self.save_state)

    def _show_framework_note(self) -> None:
        """Wherever the framework's text shows, the status bar says whether it is the unofficial translation."""
        note = self.translated_framework.translation
        self.framework_note.setVisible(note is not None)
        if note is None:
            return
        if self.framework.translation is None:
            self.framework_note.setText(self.tr("Framework: the English original (Ctrl+Shift+E: the translation)"))
        else:
            self.framework_note.setText(self.tr("Framework: unofficial translation (Ctrl+Shift+E: the English "
                                                "original)"))
        self.framework_note.setToolTip(note.notice)

    def show_original(self, original: bool) -> None:
        """Show the framework's English original (or, again, the translation) on every page, in place."""
        framework = load_framework() if original else self.translated_framework
        if framework is self.framework:
            return
        self.framework = self.search.framework = framework
        self._show_framework_note()
        if self.session is None:
            return
        page = self.workspace.navigator.current_key() if self.workspace is not None else None
        self.session.framework = self.session.store.framework = framework
        self._replace_workspace(page, show=self.workshop is None)
        if self.workshop is not None:  # on the projector, the same condition in the other language
            self.workshop.set_stage(framework.stage(self.workshop.stage.id),
                                    {c.id: c.name for c in framework.components})

    @property
    def start_page(self) -> StartPage:
        """The page shown when no review is open, built the first time it is needed."""
        if self._start_page is None:
            page = StartPage(self.outer)
            page.new_requested.connect(self.new_review)
            page.open_requested.connect(self.choose_review)
            page.demo_requested.connect(self.open_demo)
            page.recent_chosen.connect(self.open_review)
            self.outer.addWidget(page)
            self._start_page = page
        return self._start_page

    # ---- documents -----------------------------------------------------------------------------

    def choose_review(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a review"), self._folder(),
                                              self.tr("Equity reviews and ballots (*{0} *{1})").format(
                                                  SUFFIX, BALLOT_SUFFIX))
        if path:
            self.open_review(Path(path))

    def new_review(self) -> None:
        from equity_desktop.gui.new_review_dialog import NewReviewDialog

        dialog = NewReviewDialog(Path(self._folder()), self)
        dialog.accepted.connect(lambda: self.create_review(dialog.path(), dialog.profile()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.new_dialog = dialog  # reachable by tests and kept alive while open

    def create_review(self, path: Path, profile) -> bool:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            ReviewStore.create(path, profile, author=self.settings.author_name() or None).close()
        except (EquityError, OSError) as error:
            show_error(self, self.tr("Cannot create the review"), error)
            return False
        return self.open_review(path)

    def open_demo(self) -> bool:
        from equity_desktop.core.demo.review import write_demo

        path = self.data_dir / DEMO_NAME
        try:
            if not path.exists():
                self.data_dir.mkdir(parents=True, exist_ok=True)
                write_demo(path, self.framework)
        except (EquityError, OSError) as error:
            show_error(self, self.tr("Cannot open the demo"), error)
            return False
        return self.open_review(path)

    def open_review(self, path: Path, read_only: bool = False) -> bool:
        """Open `path`; on a refusal show its sentence (offering read-only where that helps)."""
        path = Path(path)
        if self.session is not None and self.session.path.resolve() == path.resolve():
            return True  # already open (a double click, or the same file dropped again)
        try:
            store = ReviewStore.open(path, read_only=read_only, framework=self.framework,
                                     author=self.settings.author_name() or None)
        except EquityError as error:
            if getattr(error, "can_open_read_only", False) and not read_only:
                box = ask_open_read_only(self, error)
                box.accepted.connect(lambda: self.open_review(path, read_only=True))
            else:
                show_error(self, self.tr("Cannot open the review"), error)
            return False
        self.close_review()
        try:
            self._show_session(ReviewSession(store, self))
        except BaseException:  # a program error here must not keep the review locked while the program runs
            if self.session is None:
                store.close()
            else:
                self.close_review()
            raise
        self.settings.add_recent(path)
        self.settings.set_last_folder(path.parent)
        self.review_opened.emit(path)
        return True

    def _show_session(self, session: ReviewSession) -> None:
        self.session = session
        self.undo_group.addStack(session.undo_stack)
        self.undo_group.setActiveStack(session.undo_stack)
        session.saved.connect(self._saved)
        session.edit_failed.connect(lambda error: show_error(self, self.tr("The change was not saved"), error))
        session.profile_changed.connect(self._show_title)
        self._replace_workspace(None)
        self._set_review_actions(True)
        self._show_title()
        if session.read_only:
            self.save_state.setText(self.tr("Read-only: use File → Save a Copy As… to make changes"))
        else:
            self.save_state.setText(self.tr("Every change is saved as you make it"))

    def _replace_workspace(self, page: str | None, show: bool = True) -> None:
        """Build the session's pages (again, after the framework's language changed) and show `page` (in the
        stack; on screen too unless the workshop view covers it)."""
        old = self.workspace
        if old is not None:
            old.commit_pending_edit()
        self.workspace = ReviewWorkspace(self.session, self.outer)
        self.workspace.import_requested.connect(self.import_enrollment)
        self.workspace.strip.set_collapsed(not self.strip_action.isChecked())
        self.workspace.strip.collapsed_changed.connect(self._strip_collapsed)
        # Choose the page before the workspace shows: a navigator gaining focus with no current
        # page would select (and build) the first one.
        self.workspace.show_page(page if page in self.workspace.navigator.keys() else self.workspace.first_page())
        self.outer.addWidget(self.workspace)
        if old is not None:
            self.outer.removeWidget(old)
            old.deleteLater()
        if show:
            self.outer.setCurrentWidget(self.workspace)
            self.workspace.navigator.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_review(self) -> None:
        if self.session is None:
            return
        session, workspace = self.session, self.workspace
        try:
            self.leave_workshop()
            if workspace is not None:  # None when building it failed
                workspace.commit_pending_edit()
        finally:  # even after a program error above: closing releases the review's lock
            self.undo_group.removeStack(session.undo_stack)
            session.store.close()
            if workspace is not None:
                self.outer.removeWidget(workspace)
                workspace.deleteLater()
            session.deleteLater()
            self.session = self.workspace = None
            self.show_start_page()
            self.review_closed.emit()

    def save_copy(self) -> None:
        if self.session is None:
            return
        suggested = self.session.path.with_name(self.session.path.stem + " (copy)" + SUFFIX)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy of the review"), str(suggested),
                                              self.tr("Equity reviews (*{0})").format(SUFFIX))
        if path:
            self.save_copy_to(Path(path if path.endswith(SUFFIX) else path + SUFFIX))

    def save_copy_to(self, path: Path) -> bool:
        self.workspace.commit_pending_edit()
        try:
            self.session.store.save_copy(path)
        except EquityError as error:
            show_error(self, self.tr("The copy was not saved"), error)
            return False
        if self.session.read_only:
            return self.open_review(path)  # the copy is the team's own, editable review
        self.statusBar().showMessage(self.tr("A copy was saved as {0}").format(path), 8000)
        return True

    def _folder(self) -> str:
        return self.settings.last_folder() or str(_documents_folder())

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_files():
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _c=False, path=path: self.open_review(path))
        self.recent_menu.setEnabled(True)
        if not self.recent_menu.actions():
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    # ---- what shows ----------------------------------------------------------------------------

    def show_start_page(self) -> None:
        self.start_page.show_recent(self.settings.recent_files(), self.framework)
        self.outer.setCurrentWidget(self.start_page)
        self._set_review_actions(False)
        self.save_state.clear()
        self._show_title()

    def _set_review_actions(self, enabled: bool) -> None:
        for action in self.review_actions:
            action.setEnabled(enabled)
        self.workshop_files.set_session(self.session if enabled else None)
        self.search.setEnabled(enabled)

    def _show_title(self) -> None:
        if self.session is None:
            self.setWindowTitle(APP_NAME)
            return
        mode = self.tr(" (read-only)") if self.session.read_only else ""
        if self.session.ballot is not None:
            whose = self.session.ballot.member or self.tr("blank")
            self.setWindowTitle(self.tr("Ballot ({0}) — {1}{2} — {3}").format(whose, self.session.profile.school,
                                                                               mode, APP_NAME))
            return
        self.setWindowTitle(f"{self.session.profile.school}{mode} — {APP_NAME}")

    def _saved(self, time: str) -> None:
        self.save_state.setText(self.tr("All changes saved · {0}").format(time))

    def _toggle_strip(self, full: bool) -> None:
        if self.workspace is not None:
            self.workspace.strip.set_collapsed(not full)
        self.settings.set_strip_collapsed(not full)

    def _strip_collapsed(self, collapsed: bool) -> None:
        self.strip_action.setChecked(not collapsed)
        self.settings.set_strip_collapsed(collapsed)

    def focus_search(self) -> None:
        """Ctrl+F: the search box, always one the person can see (the workshop view hides the toolbar: leave it)."""
        self.leave_workshop()
        self.toolbar.show()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _go_to_passage(self, page: str, item_id: str, text: str) -> None:
        if self.workspace is not None:
            self.leave_workshop()
            self.workspace.show_page(page, item_id, text)

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    # ---- workshop view -------------------------------------------------------------------------

    def enter_workshop(self) -> None:
        if self.session is None or self.workshop is not None:
            return
        from equity_desktop.gui.workshop_view import WorkshopView

        start_item = self.workspace.focused_item()
        self.workspace.commit_pending_edit()
        stage = self.framework.stage(self.workspace.current_stage_id())
        self.workshop = WorkshopView(self.session, stage, start_item, self.outer)
        self.workshop.left.connect(self._workshop_left)
        self.outer.addWidget(self.workshop)
        self.outer.setCurrentWidget(self.workshop)
        self.menuBar().hide()
        self.toolbar.hide()
        self._was_full_screen = self.isFullScreen()
        self._normal_geometry = self.geometry()  # put back on leaving: full screen is the room's, not ours
        self.showFullScreen()
        self.workshop.setFocus(Qt.FocusReason.OtherFocusReason)

    def leave_workshop(self) -> None:
        if self.workshop is not None:
            self.workshop.leave()

    def _workshop_left(self, item_id: str) -> None:
        workshop, self.workshop = self.workshop, None
        self.outer.removeWidget(workshop)
        workshop.deleteLater()
        self.menuBar().show()
        self.toolbar.show()
        if not self._was_full_screen:
            self.showNormal()
            self.setGeometry(self._normal_geometry)
        if self.workspace is not None:
            self.outer.setCurrentWidget(self.workspace)
            self.workspace.show_page(f"{workshop.stage.id}.map", item_id)

    # ---- window --------------------------------------------------------------------------------

    def show_help(self) -> None:
        """The guide, at the section about what is on screen (the workshop view, or the page shown)."""
        from equity_desktop.gui.help_window import HelpWindow, section_for

        if getattr(self, "help_window", None) is None:
            self.help_window = HelpWindow(self.settings.qsettings.fileName(), self.data_dir, self)
        if self.workshop is not None:
            page = "workshop"
        else:
            page = self.workspace.navigator.current_key() if self.workspace is not None else None
        self.help_window.show_section(section_for(page))

    def show_preferences(self) -> None:
        from equity_desktop.gui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        dialog.accepted.connect(self._preferences_changed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.preferences_dialog = dialog

    def _preferences_changed(self) -> None:
        """The name applies to the next edit of the open review too (the language at the next start)."""
        if self.session is not None and not self.session.read_only:
            from equity_desktop.core.review.lock import current_user

            self.session.store.author = self.settings.author_name() or current_user()

    def about(self) -> None:
        from equity_desktop.gui.about_dialog import AboutDialog

        dialog = AboutDialog(self.framework, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.about_dialog = dialog

    # ---- enrollment ----------------------------------------------------------------------------

    def import_enrollment(self, path: Path | None = None) -> None:
        """The import wizard for the open review (on `path` when a spreadsheet was dropped)."""
        if self.session is None or self.session.read_only:
            return
        from equity_desktop.gui.import_wizard import ImportWizard

        self.workspace.commit_pending_edit()
        wizard = ImportWizard(self.session, path if isinstance(path, Path) else None, self, self.settings)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.accepted.connect(lambda: self.workspace.show_page("data"))
        wizard.open()
        self.import_wizard = wizard

    def screen_district(self, path: Path | None = None) -> None:
        """A window listing every school of a district file with its isolation flags."""
        from equity_desktop.gui.screening_window import ScreeningWindow

        window = ScreeningWindow(self, path if isinstance(path, Path) else None, Path(self._folder()))
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.review_started.connect(self.open_review)
        window.show()
        self.screening_window = window

    def export(self, step: str):
        """Show the Export page and start `step` there (a file dialog for the PDF, the Excel copy or its return)."""
        if self.session is None:
            return None
        self.workspace.commit_pending_edit()
        page = self.workspace.show_page("export")
        getattr(page, step)()
        return page

    # ---- dropping files -------------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._dropped(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        path = self._dropped(event.mimeData())
        if path is None:
            return
        event.acceptProposedAction()
        if path.suffix.lower() == BALLOT_SUFFIX and self.workshop_files.collect_action.isEnabled():
            # Ballots dropped on the facilitator's review: collect them all (a folder stands for its ballots).
            self.workshop_files.collect([Path(url.toLocalFile()) for url in event.mimeData().urls()
                                         if url.isLocalFile()])
        elif path.suffix.lower() in (SUFFIX, BALLOT_SUFFIX):
            self.open_review(path)
        elif self.session is not None and not self.session.read_only:
            self.import_enrollment(path)  # a spreadsheet on an open review: import it
        else:
            self.screen_district(path)  # a spreadsheet with no review open: screen its schools

    @staticmethod
    def _dropped(mime) -> Path | None:
        for url in mime.urls() if mime.hasUrls() else ():
            name = url.toLocalFile().lower()
            if url.isLocalFile() and name.endswith((SUFFIX, BALLOT_SUFFIX, *SPREADSHEET_SUFFIXES)):
                return Path(url.toLocalFile())
            if url.isLocalFile() and any(Path(url.toLocalFile()).glob(f"*{BALLOT_SUFFIX}")):
                return next(Path(url.toLocalFile()).glob(f"*{BALLOT_SUFFIX}"))  # a folder of ballots
        return None

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.close_review()
        self.settings.save_geometry(self.saveGeometry())
        super().closeEvent(event)
