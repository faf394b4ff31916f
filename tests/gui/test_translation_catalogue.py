"""The GUI's Spanish catalogue (resources/translations/equity_desktop_es.ts/.qm) is complete and current.

When a test here fails: run `.venv/bin/python ui/update_translations.py`, translate what it reports as
unfinished (docs/translating.md, "The GUI catalogue (Qt Linguist)"), run it again and commit the .ts and the .qm.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).parents[2]


def _script():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "ui" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


script = _script()
LANGUAGES = script.LANGUAGES
PLACEHOLDER = re.compile(r"\{\d*\}|%n|%L?\d+")
# "&&" is a literal ampersand; "& " (as in "Data & MGI") is not an accelerator either.
ACCELERATOR = re.compile(r"(?<!&)&(?=[^&\s])")


def _messages(language: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(script.catalogue(language)).getroot()
    return [(context.findtext("name") or "", message) for context in root.iter("context")
            for message in context.iter("message")]


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform") if message.get("numerus") == "yes" else [translation]
    return [form.text or "" for form in forms]


def _accelerators(text: str) -> list[str]:
    return [text[m.end()].lower() for m in ACCELERATOR.finditer(text.replace("&&", ""))]


def _by_source(language: str) -> dict[tuple[str, str], str]:
    return {(context, message.findtext("source")): _translations(message)[0]
            for context, message in _messages(language)}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_qm_loads_and_translates(language):
    translator = QTranslator()
    assert translator.load(str(script.catalogue(language).with_suffix(".qm"))), "the .qm does not load"
    assert not translator.isEmpty()
    for context, message in _messages(language)[:50]:
        if message.get("numerus") != "yes":
            assert translator.translate(context, message.findtext("source")) == _translations(message)[0]


def test_spanish_menu_words():
    translator = QTranslator()
    translator.load(str(script.catalogue("es").with_suffix(".qm")))
    assert translator.translate("MainWindow", "&File") == "&Archivo"
    assert translator.translate("MainWindow", "&Undo") == "&Deshacer"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language):
    unfinished = [f"{context}: {message.findtext('source')!r}" for context, message in _messages(language)
                  if message.find("translation").get("type") in {"unfinished", "vanished", "obsolete"}
                  or not all(text.strip() for text in _translations(message))]
    assert not unfinished, f"{len(unfinished)} messages have no finished translation:\n" + "\n".join(unfinished)


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_are_kept(language):
    wrong = []
    for context, message in _messages(language):
        source = message.findtext("source")
        for text in _translations(message):
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                wrong.append(f"{context}: {source!r} -> {text!r}")
    assert not wrong, "placeholders differ:\n" + "\n".join(wrong)


@pytest.mark.parametrize("language", LANGUAGES)
def test_accelerators_and_ellipses(language):
    wrong = []
    for context, message in _messages(language):
        source = message.findtext("source")
        for text in _translations(message):
            keys = _accelerators(text)
            if len(keys) > 1 or bool(keys) != bool(_accelerators(source)):
                wrong.append(f"{context}: {source!r} -> {text!r} (accelerator)")
            if source.endswith("…") != text.endswith("…"):
                wrong.append(f"{context}: {source!r} -> {text!r} (… of a command that opens a dialog)")
    assert not wrong, "\n".join(wrong)


# Texts that are on screen together (a menu, a page, a wizard page with its buttons): one accelerator each.
# Qt's own wizard buttons, from qtbase_es: < &Atrás, &Siguiente >, Cancelar. A text no longer in the
# catalogue is skipped.
TOGETHER = {
    "menu bar": [("MainWindow", s) for s in ("&File", "&Edit", "&View", "&Help")],
    "File menu": [("MainWindow", s) for s in ("&New Review…", "&Open…", "Open &Recent", "Save a &Copy As…",
                                              "&Close", "&Import Enrollment…", "S&creen a District File…",
                                              "&Print Action Plan…", "Save Action Plan as &PDF…",
                                              "Save Plan as &Excel…", "Import Edited E&xcel Plan…", "&Quit")]
                 + [("WorkshopActions", "Wor&kshop")],
    "Edit menu": [("MainWindow", s) for s in ("&Undo", "&Redo", "&Find in the Framework…")],
    "Help menu": [("MainWindow", s) for s in ("&About Equity Desktop", "Equity Desktop &Guide")],
    "View menu": [("MainWindow", s) for s in ("&Workshop View", "&Full Screen", "&Placement Strip in Full")],
    "Workshop menu": [("WorkshopActions", s) for s in ("&Prepare Ballots…", "&Collect Ballots…",
                                                       "Enter a &Paper Ballot…", "&Merge Another Copy…")],
    "action plan page": [("ActionPlanPage", s) for s in ("&Add Item", "&Delete Item", "New &Objective…", "&Items",
                                                         "A&ccept", "Dis&miss", "&Suggestions", "&Timeline")]
                        + [("MainWindow", s) for s in ("&File", "&Edit", "&View", "&Help")],
    "data page": [("DataPage", s) for s in ("&Isolation", "&Trends", "&Disproportionality", "&Import Enrollment…")]
                 + [("MainWindow", s) for s in ("&File", "&Edit", "&View", "&Help")],
    "export page": [("ExportPage", s) for s in ("&Preview", "Save &PDF…", "P&rint…", "Save E&xcel Copy…",
                                                "&Import Edited Excel…", "Blank &Checklist…")]
                   + [("MainWindow", s) for s in ("&File", "&Edit", "&View", "&Help")],
    "screening window": [("ScreeningWindow", s) for s in ("&Open a District File…", "S&heet:", "&Columns…",
                                                          "Compare &with:", "Only schools outside the &band",
                                                          "&Export the List…", "&Start a Review for This School…")],
    "wizard, school step": [("ImportWizard", s) for s in ("S&chool:", "School &year:", "Compare &with:", "&Add…",
                                                          "&Remove", "&Import")],
    "wizard, sheet step": [("ImportWizard", s) for s in ("&Sheet:", "&Header row:", "&Import")],
    "columns dialog": [("ColumnsDialog", s) for s in ("&Apply", "&Header row:")]
                      + [("ColumnMappingPanel", s) for s in ("The &rows are:", "&Load a Mapping…",
                                                             "Sa&ve the Mapping…")],
    "prepare ballots": [("PrepareBallotsDialog", s) for s in ("&Items:", "&Folder:")],
}
WIZARD_BUTTONS = {"a", "s"}  # < &Atrás, &Siguiente >


@pytest.mark.parametrize("group", sorted(TOGETHER))
def test_no_two_accelerators_alike_on_one_screen(group):
    texts = _by_source("es")
    keys = [(key, texts[pair]) for pair in TOGETHER[group] if pair in texts for key in _accelerators(texts[pair])]
    if group.startswith("wizard"):
        keys += [(key, "(wizard button)") for key in WIZARD_BUTTONS]
    seen: dict[str, str] = {}
    clashes = [f"{text!r} and {seen[key]!r}: &{key}" for key, text in keys if seen.setdefault(key, text) != text]
    assert not clashes, f"{group}: " + "; ".join(clashes)


def _lrelease_is_deterministic(language: str, folder: Path) -> bool:
    first = script.release(language, folder / "first.qm")
    second = script.release(language, folder / "second.qm")
    return first.read_bytes() == second.read_bytes()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_qm_is_compiled_from_the_ts(language, tmp_path):
    """The committed .qm is what lrelease makes of the committed .ts (lrelease's output is deterministic)."""
    assert _lrelease_is_deterministic(language, tmp_path)
    committed = script.catalogue(language).with_suffix(".qm").read_bytes()
    assert (tmp_path / "first.qm").read_bytes() == committed, \
        "the .qm is older than the .ts: run `.venv/bin/python ui/update_translations.py`"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalogue_holds_every_string_of_the_gui(language, tmp_path):
    """lupdate finds no string in the GUI's sources that the catalogue lacks, and none it holds in vain."""
    ts = tmp_path / script.catalogue(language).name
    shutil.copyfile(script.catalogue(language), ts)
    staging = tmp_path / "staging"
    script.update(language, staging, ts)

    def keys(path):
        root = ET.parse(path).getroot()
        return {(c.findtext("name") or "", m.findtext("source"))
                for c in root.iter("context") for m in c.iter("message")}

    committed, current = keys(script.catalogue(language)), keys(ts)
    assert committed == current, (
        "the catalogue is not current: run `.venv/bin/python ui/update_translations.py` and translate "
        f"the new strings.\nNew: {sorted(current - committed)}\nGone: {sorted(committed - current)}")
