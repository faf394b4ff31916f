"""What a screen reader finds (WCAG 2.1 AA, 4.1.2 Name, Role, Value; 1.1.1 Non-text Content), through Qt's
accessibility tree (QAccessible) as Orca and NVDA read it: every control a person can reach on the start page,
on every page of a review and in the dialogs has a name; every chart has its data in words; the placement
strip's buttons say where their component stands."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTextEdit,
    QWidget,
)

from equity_desktop.gui.chart_view import ChartView

CONTROLS = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractItemView, QAbstractSpinBox,
            QSlider)


def _spoken(widget: QWidget, text: QAccessible.Text = QAccessible.Text.Name) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(text).strip() if interface is not None else ""


def _unnamed(root: QWidget) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root) or isinstance(widget, QHeaderView):
            continue  # a table's header is read as part of its table
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
            continue  # the text field inside an editable box is read as the box
        if not _spoken(widget):
            found.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parent()).__name__}")
    return found


def test_every_control_of_every_page_has_a_name(qtbot, demo_window):
    missing = {}
    for key in demo_window.workspace.navigator.keys():
        demo_window.workspace.show_page(key)
        qtbot.wait(5)
        if unnamed := _unnamed(demo_window):
            missing[key] = unnamed
    assert missing == {}


def test_the_start_page_and_the_preferences_have_names_for_everything(qtbot, window):
    assert _unnamed(window) == []
    window.preferences_action.trigger()
    dialog = window.preferences_dialog
    qtbot.waitExposed(dialog)
    assert _unnamed(dialog) == []
    dialog.reject()


def test_charts_carry_their_data_in_words_and_the_strip_says_where_each_component_stands(qtbot, demo_window):
    page = demo_window.workspace.show_page("data")
    charts = page.findChildren(ChartView)
    qtbot.waitUntil(lambda: all(_spoken(c, QAccessible.Text.Description) for c in charts if c.isVisibleTo(page)),
                    timeout=10_000)
    assert charts
    table = page.isolation_table
    assert _spoken(table) == "Each group's share of the school and the district" and table.model().rowCount() > 0
    strip = demo_window.workspace.strip
    for component in demo_window.framework.components:
        button = strip.buttons[component.id]
        assert _spoken(button).startswith(component.name)
        assert _spoken(button, QAccessible.Text.Description)  # its stage in words: "Here: Stage 2 …"
