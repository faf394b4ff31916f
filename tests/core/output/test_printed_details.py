"""What the printed plan and the blank checklist must get right in the details (issue 18, item 8): every font
embedded, a suggestion's title printed whole, and nobody named by the computer's account."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from equity_desktop.core.output.checklist_pdf import write_checklist_pdf
from equity_desktop.core.output.plan_pdf import write_plan_pdf
from equity_desktop.core.plan.suggestions import suggestions
from equity_desktop.core.review.store import ReviewStore

FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")


def _fonts(resources, seen: set[int]):
    """Every font dictionary under `resources`, in form XObjects too."""
    resources = resources.get_object() if resources is not None else {}
    for font in (resources.get("/Font") or DictionaryObject()).get_object().values():
        yield font.get_object()
    for xobject in (resources.get("/XObject") or DictionaryObject()).get_object().values():
        xobject = xobject.get_object()
        if id(xobject) not in seen and xobject.get("/Subtype") == "/Form":
            seen.add(id(xobject))
            yield from _fonts(xobject.get("/Resources"), seen)


def _embedded(font) -> bool:
    if font.get("/Subtype") == "/Type0":
        font = font["/DescendantFonts"][0].get_object()
    if font.get("/Subtype") == "/Type3":
        return True  # drawn by the file's own procedures
    descriptor = font.get("/FontDescriptor")
    return descriptor is not None and any(key in descriptor.get_object() for key in FONT_FILES)


def unembedded_fonts(path: Path) -> set[str]:
    seen: set[int] = set()
    return {str(font.get("/BaseFont")) for page in PdfReader(path).pages
            for font in _fonts(page.get("/Resources"), seen) if not _embedded(font)}


@pytest.fixture(scope="module")
def printed(demo_file, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("printed")
    return {"plan": write_plan_pdf(demo_file, folder / "plan.pdf", full=True),
            "checklist": write_checklist_pdf(folder / "checklist.pdf")}


@pytest.mark.parametrize("name", ["plan", "checklist"])
def test_every_font_is_embedded(printed, name):
    # The checklist's ruled evidence lines named reportlab's default Helvetica, which was not embedded.
    assert unembedded_fonts(printed[name]) == set()


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils' pdffonts is not installed")
@pytest.mark.parametrize("name", ["plan", "checklist"])
def test_pdffonts_agrees(printed, name):
    lines = subprocess.run(["pdffonts", str(printed[name])], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in lines.splitlines()[2:] if line.strip()]
    assert rows and all(row[-5] == "yes" for row in rows), lines  # the "emb" column


def test_an_accepted_suggestion_prints_its_whole_title_and_no_account_name(demo_copy, tmp_path, framework):
    with ReviewStore.open(demo_copy) as store:
        review = store.load()
        found = suggestions(framework, review.values(), review.plan, snapshots=store.snapshots(),
                            rule=store.mgi_rule(), school_year=review.profile.school_year)
        long = next(s for s in found if len(s.item.title) > 120)
        assert "…" not in long.item.title
        assert not any(".map." in s.item.metric or ".bench." in s.item.metric for s in found)  # no internal ids
        plan = store.action_plan()
        ident = plan.next_item_id()
        store.write_plan({}, {ident: long.item._replace(id=ident, position=ident)}, {})
        latest = max(store.snapshots(), key=lambda s: s.year)
        store.replace_snapshots([latest.year], [replace(latest, id=None, imported_by="root")])  # the account
    out = write_plan_pdf(demo_copy, tmp_path / "plan.pdf")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert " ".join(long.item.title.split()[-6:]) in text  # the end of the title, not "…"
    assert "imported" in text and " by root" not in text and " by None" not in text
