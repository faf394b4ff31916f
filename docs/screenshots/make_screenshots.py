"""Screenshots of every page at 1366×768 (a common school laptop), for the user guide and for review; then
every page at 1024×600 and on a dark desktop (small_and_dark.py).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_screenshots.py
Writes PNGs next to this script, on a fresh copy of the demo review, with
settings kept in a temporary folder (the user's own are not touched).
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from equity_desktop.core.demo.review import write_demo  # noqa: E402
from equity_desktop.core.review.plan_records import ActionStatus  # noqa: E402
from equity_desktop.gui.app import make_application  # noqa: E402
from equity_desktop.gui.app_settings import AppSettings  # noqa: E402
from equity_desktop.gui.main_window import MainWindow  # noqa: E402

OUT = Path(__file__).parent
SIZE = (1366, 768)


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def save(widget, app: QApplication, name: str) -> None:
    settle(app)
    widget.grab().save(str(OUT / f"{name}.png"))
    print(OUT / f"{name}.png")


def main() -> None:
    app = make_application()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
        demo = write_demo(folder / "Cedar Grove.eqreview")
        window = MainWindow(settings, data_dir=folder / "data")
        window.resize(*SIZE)
        window.show()
        window.open_review(demo)
        window.close_review()
        save(window, app, "00-start-page")
        window.open_review(demo)
        workspace = window.workspace
        for number, key in enumerate(workspace.navigator.keys(), start=1):
            workspace.show_page(key)
            if key.endswith(".map") or key.endswith(".actions") or key.endswith(".benchmarks"):
                workspace.current_page().focus_first()
            save(window, app, f"{number:02d}-{key.replace('.', '-')}")
        workspace.show_page("s2.map", "s2.map.em.2")
        workspace.strip.toggle_explanation("em")
        save(window, app, "30-why-enrollment-management-is-here")
        workspace.strip.toggle_explanation("em")
        window.search.setText("family engagement")
        window.search.update_hits("family engagement")
        save(window, app, "31-search")
        window.search.completer_.popup().grab().save(str(OUT / "31-search-results.png"))
        window.search.completer_.popup().hide()
        window.search.clear()
        workspace.show_page("s4.map")
        window.workshop_action.trigger()
        window.showNormal()
        window.resize(*SIZE)
        save(window, app, "32-workshop-view")
        window.leave_workshop()
        window.resize(*SIZE)
        window.about_action.trigger()
        save(window.about_dialog, app, "33-about")
        window.about_dialog.close()
        window.close_review()
        window.new_action.trigger()
        window.new_dialog.school.setText("Lincoln Magnet Middle School")
        window.new_dialog.district.setText("Riverbend Unified School District")
        save(window.new_dialog, app, "34-new-review")
        window.new_dialog.reject()
        data_and_mgi(window, app, folder)
        action_plan(window, app, demo)
        window.close()
        printed_pages(folder)
    import small_and_dark  # beside this script

    small_and_dark.main(app)


def wait_for_read(app: QApplication, owner) -> None:
    """Let the worker process read (the wizard and the screening window read in the background)."""
    end = time.monotonic() + 60
    while owner.task is not None and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    settle(app)


def data_and_mgi(window, app: QApplication, folder: Path) -> None:
    from equity_desktop.core.review.document import SchoolProfile
    from equity_desktop.paths import resource_path

    district, students = (resource_path("sample", name) for name in
                          ("riverbend_enrollment_2022-2025.xlsx", "riverbend_students_2024-25.csv"))
    # The wizard, step by step, on a new review of a school in the demo district file.
    window.create_review(folder / "Bayview.eqreview", SchoolProfile("Bayview Magnet Middle School", "Riverbend USD"))
    window.import_enrollment(district)
    wizard = window.import_wizard
    wait_for_read(app, wizard)
    save(wizard, app, "40-import-1-file")
    for number, name in enumerate(("sheet", "columns", "school", "report"), start=2):
        wizard.next()
        wait_for_read(app, wizard)
        save(wizard, app, f"4{number - 1}-import-{number}-{name}")
    wizard.accept()
    page = window.workspace.show_page("data")
    workspace = window.workspace
    workspace.set_strip_visible(False)
    save(window, app, "45-data-one-year")
    window.import_enrollment(folder / "not-a-spreadsheet.xlsx")
    (folder / "not-a-spreadsheet.xlsx").write_bytes(b"%PDF-1.7 a report saved with the wrong name")
    window.import_wizard.read()
    wait_for_read(app, window.import_wizard)
    save(window.import_wizard, app, "46-import-a-bad-file")
    window.import_wizard.reject()
    window.close_review()
    # The demo review: three years imported.
    window.open_review(folder / "Cedar Grove.eqreview")
    window.workspace.set_strip_visible(False)
    page = window.workspace.show_page("data")
    save(window, app, "47-data-isolation")
    page.tabs.currentWidget().verticalScrollBar().setValue(10_000)
    save(window, app, "48-data-isolation-chart")
    page.threshold_spin.setValue(45.0)
    save(window, app, "49-data-threshold-45-points")
    window.undo_action.trigger()
    page.tabs.setCurrentIndex(1)
    save(window, app, "50-data-trends")
    page.tabs.currentWidget().verticalScrollBar().setValue(10_000)
    save(window, app, "51-data-trends-goal")
    window.import_enrollment(students)
    wizard = window.import_wizard
    wait_for_read(app, wizard)
    for _ in range(4):
        wizard.next()
        wait_for_read(app, wizard)
    wizard.accept()
    page.tabs.setCurrentIndex(2)
    save(window, app, "52-data-disproportionality")
    window.close_review()
    window.screen_district(district)
    screen = window.screening_window
    screen.resize(*SIZE)
    wait_for_read(app, screen)
    save(screen, app, "53-district-screening")
    screen.only_outside.setChecked(True)
    screen.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    save(screen, app, "54-district-screening-outside-the-band")
    screen.close()


def action_plan(window, app: QApplication, demo: Path) -> None:
    """The Action plan page's three tabs and the Export page with its preview."""
    window.open_review(demo)
    page = window.workspace.show_page("plan")
    page.item_table.setCurrentIndex(page.item_model.index(0, 0))
    save(window, app, "60-plan-items")
    page.tabs.setCurrentIndex(1)
    page.suggestion_table.setCurrentIndex(page.suggestion_model.index(0, 0))
    save(window, app, "61-plan-suggestions")
    page.tabs.setCurrentIndex(2)
    save(window, app, "62-plan-timeline")
    page.tabs.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(page.status_filter.findData(ActionStatus.IN_PROGRESS))
    save(window, app, "63-plan-filtered-in-progress")
    page.status_filter.setCurrentIndex(0)
    export = window.workspace.show_page("export")
    export.paper_combo.setCurrentIndex(export.paper_combo.findData("letter"))
    export.preview()
    wait_for_read(app, export)
    export.scroll.verticalScrollBar().setValue(0)
    save(window, app, "64-export-preview")
    window.close_review()


def printed_pages(folder: Path) -> None:
    """The demo plan (with --full) and the blank checklist as printed, in colour and in grayscale."""
    from equity_desktop.core.output.checklist_pdf import write_checklist_pdf
    from equity_desktop.core.output.plan_pdf import write_plan_pdf
    from equity_desktop.core.output.preview import render_pages

    plan = write_plan_pdf(folder / "Cedar Grove.eqreview", folder / "plan.pdf", full=True)
    names = ["cover", "summary", "plan", "plan-continued", "timeline", "isolation", "charts", "sign-off",
             "ratings"]
    for number, image in enumerate(render_pages(plan, scale=1.0)[:len(names)]):
        (OUT / f"70-pdf-{number + 1:02d}-{names[number]}.png").write_bytes(image)
    for number in (1, 4, 6):  # the summary, the timeline and the charts, as a black-and-white printer prints
        from PIL import Image

        Image.open(OUT / f"70-pdf-{number + 1:02d}-{names[number]}.png").convert("L").save(
            OUT / f"71-pdf-{number + 1:02d}-{names[number]}-grayscale.png")
    checklist = write_checklist_pdf(folder / "checklist.pdf", stage=2)
    (OUT / "72-checklist-stage-2-page-1.png").write_bytes(render_pages(checklist, scale=1.0)[0])
    print(OUT / "70-72 printed pages")


if __name__ == "__main__":
    main()
