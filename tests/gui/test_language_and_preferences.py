"""The window's language and Edit → Preferences: Spanish installed at start-up gives Spanish menus and Qt's own
buttons, the framework's unofficial Spanish translation marked in the status bar with the English original one
keystroke away (pages and the workshop view), and the core's rating words; the language chosen is remembered for
the next start; the name typed is what the review's history records for the next edit (not the login name)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLineEdit

from equity_desktop.core.review.scales import Rating
from equity_desktop.gui.main_window import MainWindow
from equity_desktop.gui.preferences_dialog import PreferencesDialog
from equity_desktop.gui.translation import install_translations, program_language


def test_spanish_menus_and_qt_buttons_when_spanish_is_installed(qtbot, spanish, settings, tmp_path):
    assert len(spanish) == 2  # Qt's own catalogue (qtbase_es) and ours
    window = MainWindow(settings, data_dir=tmp_path / "data")
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&Archivo", "&Edición", "&Ver", "Ay&uda"]
    assert window.preferences_action.text() == "&Preferencias…"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Cancelar"


def test_english_needs_no_catalogue_and_the_system_decides_by_default(monkeypatch):
    assert install_translations(QApplication.instance(), "en") == []
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    monkeypatch.setenv("LC_ALL", "")
    monkeypatch.delenv("LC_ALL")
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "es_US.UTF-8")
    assert program_language("") == "es" and program_language("en") == "en"
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert program_language("") == "en" and program_language("es") == "es"


def test_preferences_typed_with_the_keyboard_take_effect(qtbot, demo_window, settings):
    demo_window.preferences_action.trigger()
    dialog = demo_window.preferences_dialog
    assert isinstance(dialog, PreferencesDialog)
    qtbot.waitExposed(dialog)
    language = dialog.findChild(QComboBox, "preferencesLanguage")
    author = dialog.findChild(QLineEdit, "preferencesAuthor")
    language.setFocus()
    qtbot.keyClick(language, Qt.Key.Key_End)  # the last language: Español
    assert language.currentText() == "Español"
    qtbot.keyClick(language, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is author
    qtbot.keyClicks(author, "  Ana Ruiz ")
    qtbot.keyClick(author, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert settings.language() == "es" and settings.author_name() == "Ana Ruiz"
    assert demo_window.session.rate("s1.map.de.1", Rating.EMERGING)
    assert demo_window.session.store.assessments()["s1.map.de.1"].changed_by == "Ana Ruiz"


def test_cancelled_preferences_change_nothing(qtbot, demo_window, settings):
    demo_window.preferences_action.trigger()
    dialog = demo_window.preferences_dialog
    dialog.findChild(QLineEdit, "preferencesAuthor").setText("Someone")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert settings.author_name() == "" and settings.language() == ""


def _card(window, page_key: str, item_id: str):
    from equity_desktop.gui.rating_card import RatingCard

    page = window.workspace.show_page(page_key, item_id)
    return next(c for c in page.findChildren(RatingCard) if c.item_id == item_id)


def test_the_framework_in_spanish_is_marked_and_the_original_is_one_keystroke_away(qtbot, spanish, settings,
                                                                                    demo_copy, tmp_path):
    window = MainWindow(settings, data_dir=tmp_path / "data")
    qtbot.addWidget(window)
    window.show()
    assert window.open_review(demo_copy)
    card = _card(window, "s1.map", "s1.map.de.1")
    assert window.framework.translation is not None
    assert "escuela" in window.framework.item("s1.map.de.1").text  # the translation's text on the page
    assert card.state.text() == "Calificación: Implementado"
    note = window.framework_note
    assert note.isVisible() and "traducción no oficial" in note.text() and "Ctrl+Mayús+E" in note.text()

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # a shortcut reaches the active window
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    card = _card(window, "s1.map", "s1.map.de.1")
    assert window.framework.translation is None and window.original_action.isChecked()
    assert window.framework.item("s1.map.de.1").text.startswith("The leadership team develops")
    assert "original en inglés" in note.text()
    assert window.workspace.navigator.current_key() == "s1.map"  # the same page, in English

    window.enter_workshop()
    view = window.workshop
    first = view.current_id()
    english = view.text.text()
    qtbot.keyClick(view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.workshop is view and view.current_id() == first and view.text.text() != english
    assert window.framework.translation is not None
    window.leave_workshop()
    assert window.workspace.navigator.current_key() == "s1.map"
    window.close_review()


def test_the_data_page_speaks_spanish_numbers_and_sentences(qtbot, spanish, settings, demo_copy, tmp_path):
    window = MainWindow(settings, data_dir=tmp_path / "data")
    qtbot.addWidget(window)
    window.show()
    assert window.open_review(demo_copy)
    page = window.workspace.show_page("data")
    qtbot.waitUntil(lambda: bool(page.federal_label.text()), timeout=10_000)
    assert page.rule_label.text().startswith("Un grupo está aislado cuando")
    assert page.federal_label.text().startswith("Situación federal del MSAP")
    assert page.dimension_combo.itemText(0) == "Raza u origen étnico"
    shares = [page.isolation_model.item(row, 2).text() for row in range(page.isolation_model.rowCount())]
    assert shares and all("," in share and "%" in share for share in shares if share != "—")  # "41,9 %"
    window.close_review()
