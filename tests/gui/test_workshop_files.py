"""The workshop through the window: ballots prepared, rated in ballot mode with the keyboard, collected and
shown under the cards with the team's reason; a paper ballot typed in; another copy merged with a conflict
decided; each of these undone with Ctrl+Z."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QTableWidgetItem

from equity_desktop.core.review import ballots
from equity_desktop.core.review.scales import Rating
from equity_desktop.core.review.store import ReviewStore
from equity_desktop.gui.rating_card import RatingCard

CONDITION = "s1.map.de.1"  # the demo has it In place
JOB_TIMEOUT = 60_000  # a worker process reads the workbook


def _card(window, page_key: str, item_id: str) -> RatingCard:
    page = window.workspace.show_page(page_key, item_id)
    return next(c for c in page.findChildren(RatingCard) if c.item_id == item_id)


def _undo(qtbot, window) -> None:
    window.undo_action.trigger()
    qtbot.wait(10)


def test_a_ballot_is_rated_privately_collected_and_shown_under_the_card(qtbot, window, demo_copy, tmp_path):
    assert window.open_review(demo_copy)
    written = window.workshop_files.prepare_into(tmp_path, ["Ana Ruiz", "Ben Ode"], "s1")
    assert [p.name.endswith(".eqballot") for p in written] == [True, True]
    assert window.open_review(written[0])
    assert window.windowTitle().startswith("Ballot (Ana Ruiz)")
    keys = window.workspace.navigator.keys()
    assert "s1.map" in keys and "data" not in keys and "plan" not in keys and "s2.map" not in keys
    assert not window.workshop_files.collect_action.isEnabled()
    card = _card(window, "s1.map", CONDITION)
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_1)  # Not started
    qtbot.keyClick(card, Qt.Key.Key_Return)
    qtbot.keyClicks(card.note, "No plan seen yet")
    card.note.clearFocus()
    window.close_review()
    with ReviewStore.open(written[1]) as ben:
        ben.set_assessment(CONDITION, Rating.IN_PLACE, "Plan adopted in March")

    assert window.open_review(demo_copy)
    assert window.workshop_files.collect(written, confirm=lambda text: "Ana Ruiz: 1 rating (new)" in text)
    card = _card(window, "s1.map", CONDITION)
    assert card.consensus is not None and card.consensus.isVisible()
    assert card.consensus.distribution.text() == "In place 1 · Not started 1 — 50 % chose the same; 3 levels apart"
    assert "No plan seen yet" in card.consensus.notes.text() and "Ana Ruiz" in card.consensus.notes.text()
    reason = card.consensus.reason
    reason.setFocus()
    qtbot.keyClicks(reason, "Ana had not seen the adopted plan")
    qtbot.keyClick(reason, Qt.Key.Key_Tab)
    assert window.session.store.rationales() == {CONDITION: "Ana had not seen the adopted plan"}
    _undo(qtbot, window)
    assert window.session.store.rationales() == {}
    _undo(qtbot, window)  # the collection, whole
    assert window.session.ballots() == [] and ballots.ballots(window.session.store) == []


def test_a_blank_ballot_takes_the_members_name(qtbot, window, demo_copy, tmp_path):
    assert window.open_review(demo_copy)
    [blank] = window.workshop_files.prepare_into(tmp_path, [""], "map")
    assert window.open_review(blank)
    banner = next(e for e in window.workspace.findChildren(QLineEdit) if e.placeholderText() == "Your name")
    banner.setFocus()
    qtbot.keyClicks(banner, "Cy Park")
    qtbot.keyClick(banner, Qt.Key.Key_Return)
    assert window.session.ballot.member == "Cy Park" and "Ballot (Cy Park)" in window.windowTitle()


def test_a_paper_ballot_is_typed_line_after_line(qtbot, window, demo_copy):
    from equity_desktop.gui import workshop_dialogs

    assert window.open_review(demo_copy)
    dialog = workshop_dialogs.PaperBallotDialog(window.session.framework, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.member, "Dee Fox")
    grid = dialog.grid
    grid.setFocus()
    grid.setCurrentCell(0, 0)
    for code, key in (("1.DE.1", "2"), ("3.b.2", "9")):  # as a person types: into whatever has the focus
        for text in (code, key):
            for char in text:
                qtbot.keyClicks(QApplication.focusWidget(), char)
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert [line[1:] for line in dialog.lines()] == [("1.DE.1", "2"), ("3.b.2", "9")]
    dialog._accept()
    assert dialog.problem.text().startswith("Line 2: '9' is not a rating for 3.B.2")
    grid.item(1, 1).setText("3")
    dialog._accept()
    assert dialog.ballot.ratings == {CONDITION: ("emerging", ""), "s3.bench.2": ("met", "")}

    def enter(other):
        other.member.setText("Dee Fox")
        other.grid.setItem(0, 0, QTableWidgetItem("1.DE.1"))
        other.grid.setItem(0, 1, QTableWidgetItem("2"))
        other._accept()
        return other.result()

    assert window.workshop_files.paper(enter=enter)
    assert [b.member for b in window.session.ballots()] == ["Dee Fox"]


def test_merging_another_copy_with_a_conflict_decided_and_undone(qtbot, window, demo_copy, tmp_path):
    other = tmp_path / "laptop 2.eqreview"
    shutil.copyfile(demo_copy, other)
    with ReviewStore.open(other, author="Ben") as theirs:
        theirs.set_assessment(CONDITION, Rating.NOT_STARTED)
        theirs.set_assessment("s1.map.de.2", Rating.EMERGING)
    assert window.open_review(demo_copy)
    card = _card(window, "s1.map", CONDITION)
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_2)  # Emerging here, Not started there
    key = f"rating/{CONDITION}"
    seen = {}

    def decide(dialog):
        seen["text"] = [b.text() for b in dialog.findChildren(workshop_dialogs_radio())]
        dialog.choose(key, "theirs")
        return True

    assert window.workshop_files.merge(other, choose=decide)
    assert any(text.startswith("The other copy: Not started (Ben") for text in seen["text"])
    assert window.session.assessment(CONDITION).value is Rating.NOT_STARTED
    assert window.session.assessment("s1.map.de.2").value is Rating.EMERGING
    assert card.state.text() == "Rating: Not started"
    assert "Merge laptop 2.eqreview" in window.undo_action.text()
    _undo(qtbot, window)
    assert window.session.assessment(CONDITION).value is Rating.EMERGING
    assert window.session.assessment("s1.map.de.2").value is Rating.IN_PLACE


def workshop_dialogs_radio():
    from PySide6.QtWidgets import QRadioButton

    return QRadioButton


def test_the_projector_shows_ballots_anonymously_disagreements_first(qtbot, window, demo_copy, tmp_path):
    assert window.open_review(demo_copy)
    ana, ben = window.workshop_files.prepare_into(tmp_path, ["Ana Ruiz", "Ben Ode"], "map")
    for path, value in ((ana, Rating.NOT_STARTED), (ben, Rating.IN_PLACE)):
        with ReviewStore.open(path) as ballot:
            ballot.set_assessment("s1.map.em.2", value)
            ballot.set_assessment(CONDITION, Rating.IN_PLACE)
    assert window.workshop_files.collect([ana, ben], confirm=lambda text: True)
    window.workspace.show_page("s1.map")
    window.enter_workshop()
    view = window.workshop
    assert view.current_id() == "s1.map.em.2"  # the widest disagreement comes first
    assert view.votes.text() == "Ballots: In place 1 · Not started 1 — 50 % chose the same; 3 levels apart"
    assert "Ana" not in view.votes.text()
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert "Not started: Ana Ruiz" in view.votes.text() and "In place: Ben Ode" in view.votes.text()
    qtbot.keyClick(view, Qt.Key.Key_3)  # the team's consensus, recorded as the review's rating
    assert window.session.assessment("s1.map.em.2").value is Rating.PROGRESSING
    assert view.current_id() == CONDITION  # next: the one they agree on
    qtbot.keyClick(view, Qt.Key.Key_D)
    assert view.current_id() == CONDITION and view.conditions[0].id == "s1.map.de.1"


def test_ballots_and_a_folder_of_them_dropped_on_the_review_are_collected(qtbot, window, demo_copy, tmp_path):
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDropEvent

    assert window.open_review(demo_copy)
    folder = tmp_path / "ballots"
    folder.mkdir()
    written = window.workshop_files.prepare_into(folder, ["Ana Ruiz", "Ben Ode"], "map")
    for path in written:
        with ReviewStore.open(path) as ballot:
            ballot.set_assessment(CONDITION, Rating.EMERGING)
    asked = []
    window.workshop_files.collect = lambda paths, confirm=None: asked.append(sorted(paths)) or True
    for urls in ([QUrl.fromLocalFile(str(p)) for p in written], [QUrl.fromLocalFile(str(folder))]):
        mime = QMimeData()
        mime.setUrls(urls)
        window.dropEvent(QDropEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                                    Qt.KeyboardModifier.NoModifier))
    assert asked == [sorted(written), [folder]]
    found = ballots.collect_ballots(window.session.store, window.workshop_files._expanded([folder]))
    assert len(found.values) == 2


def test_the_merge_dialog_fits_a_1024_by_600_screen_with_many_conflicts(qtbot, window, demo_copy, tmp_path):
    from equity_desktop.core.review import merge
    from equity_desktop.gui.workshop_dialogs import MergeDialog

    other = tmp_path / "laptop 2.eqreview"
    shutil.copyfile(demo_copy, other)
    conditions = [c.id for c in window.framework.conditions[:25]]
    with ReviewStore.open(other) as theirs:
        for item_id in conditions:
            theirs.set_assessment(item_id, Rating.NOT_STARTED, "theirs")
    with ReviewStore.open(demo_copy) as ours:
        for item_id in conditions:
            ours.set_assessment(item_id, Rating.EMERGING, "ours")
        plan = merge.plan_merge(ours, other)
    assert len(plan.conflicts) >= 45  # a rating and a note each (where the demo had neither value)
    dialog = MergeDialog(window.framework, plan)
    qtbot.addWidget(dialog)
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 600


def test_an_edited_workbook_returns_as_a_merge_with_each_conflict_chosen(qtbot, window, demo_copy, tmp_path):
    """Written, then edited here and in Excel: the workbook-only change is taken, the item changed on both
    sides is asked about on its own (the workbook's chosen here by a click), attributed to the workbook,
    and the whole return undoes in one step."""
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QRadioButton

    from equity_desktop.gui.workshop_dialogs import WorkbookReturnDialog

    assert window.open_review(demo_copy)
    session = window.session
    page = window.workspace.show_page("export")
    with qtbot.waitSignal(page.finished, timeout=JOB_TIMEOUT):
        page.save_xlsx(tmp_path / "plan.xlsx")
    session.rate(CONDITION, Rating.EMERGING)  # after the export, here
    session.rate("s1.map.de.2", Rating.EMERGING)  # here only: stays
    book = load_workbook(tmp_path / "plan.xlsx")
    sheet = book["Ratings"]
    rows = {sheet[f"A{r}"].value: r for r in range(2, sheet.max_row + 1)}
    sheet[f"F{rows[CONDITION]}"] = "Not started"  # in the workbook too, differently: a conflict
    sheet[f"F{rows['s3.map.ci.3']}"] = "Progressing"  # in the workbook only: taken
    book.save(tmp_path / "plan.xlsx")

    page.read_workbook(tmp_path / "plan.xlsx")
    qtbot.waitUntil(lambda: isinstance(getattr(page, "confirm", None), WorkbookReturnDialog), timeout=JOB_TIMEOUT)
    dialog = page.confirm
    radios = {b.property("side"): b for b in dialog.findChildren(QRadioButton)}
    assert radios["here"].isChecked() and radios["here"].text().startswith("Here: Emerging — “Mission")
    assert radios["workbook"].text().startswith("In the workbook: Not started — “Mission")
    assert "Stage 1 · Diversity and Equity 1 “The leadership team" in radios["here"].parentWidget().title()
    qtbot.mouseClick(radios["workbook"], Qt.MouseButton.LeftButton, pos=radios["workbook"].rect().center())
    with qtbot.waitSignal(session.plan_changed):
        dialog.accept()
    assert session.assessment(CONDITION).value is Rating.NOT_STARTED
    assert session.assessment("s3.map.ci.3").value is Rating.PROGRESSING
    assert session.assessment("s1.map.de.2").value is Rating.EMERGING
    assert "Applied 2 changes from plan.xlsx" in page.status.text()
    sources = {entry.key: entry.source for entry in session.store.change_log()}
    assert sources[f"rating/{CONDITION}"] == sources["rating/s3.map.ci.3"] == "workbook plan.xlsx"
    _undo(qtbot, window)
    assert session.assessment(CONDITION).value is Rating.EMERGING
    assert session.assessment("s3.map.ci.3").value is Rating.EMERGING
