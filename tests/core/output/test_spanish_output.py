"""The PDF plan, the blank checklist and the Excel copy in Spanish (issue 19), checked through what a reader gets out
of them: Spanish fixed text, Spanish numbers, the framework's unofficial translation marked on every page, the
English original beside each item in the full record, the document's language and title in its metadata; and the
English output as it was."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pdf_text import pages as _pages
from pdf_text import squeezed as _squeezed
from pypdf import PdfReader

from equity_desktop.core.framework.translations import load_framework_in
from equity_desktop.core.output.checklist_pdf import write_checklist_pdf
from equity_desktop.core.output.plan_pdf import load_plan_data, write_plan_pdf
from equity_desktop.core.output.plan_xlsx import read_plan_xlsx, write_plan_xlsx
from equity_desktop.core.review.plan_records import ActionStatus
from equity_desktop.core.review.scales import BenchmarkStatus, Rating

PRINTED = date(2026, 11, 30)
MARKER = "Marco: traducción no oficial"








@pytest.fixture(scope="module")
def printed(demo_file, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("spanish")
    return {"plan_es": write_plan_pdf(demo_file, folder / "plan_es.pdf", full=True, printed_on=PRINTED, language="es"),
            "plan_en": write_plan_pdf(demo_file, folder / "plan_en.pdf", full=True, printed_on=PRINTED),
            "checklist_es": write_checklist_pdf(folder / "checklist_es.pdf", printed_on=PRINTED, language="es"),
            "checklist_en": write_checklist_pdf(folder / "checklist_en.pdf", printed_on=PRINTED)}


def test_the_spanish_plan_says_its_fixed_text_in_spanish(printed):
    pages = _pages(printed["plan_es"])
    text = " ".join(pages)
    for words in ("Plan de acción", "Dónde se encuentra cada componente central", "Las 5 prioridades principales",
                  "El cronograma de 7 años", "Matrícula y aislamiento de grupos minoritarios", "Aprobación",
                  "Calificaciones y evidencia", "Fecha de impresión: 30 de noviembre de 2026", "Etapa 1: Planificación",
                  "Director o directora", "6 acciones en total"):
        assert words in text, words
    for english in ("Where each core component stands", "Ratings and evidence", "Sign-off", "Page 1 of",
                    "The 7-year timeline", "action items in all", "Unrated", "Read with care"):
        assert english not in text, english
    assert pages[0].count("Página 1 de") == 1 and f"Página {len(pages)} de {len(pages)}" in pages[-1]


def test_spanish_numbers_and_shares(printed):
    text = " ".join(_pages(printed["plan_es"]))
    assert "27,0 %" in text and "95,0 %" in text    # shares with a decimal comma
    assert "33.932" in text                          # the district's count, thousands with a point
    assert "subrepresentado por 41,9 puntos" in text and "-41,9" in text
    assert "27.0 %" not in text.split("Acción")[0]   # the summary's own numbers (the items are the team's text)
    # What is withheld for privacy, and why, in Spanish too
    assert "reservado: menos de 10 estudiantes" in text and "<10" in text
    assert "reservado para que no se pueda deducir un recuento menor de 10" in text
    assert "Diversidad: no se imprime, porque un grupo de raza u origen étnico tiene menos de 10 estudiantes" in text
    assert "✓ Hispano/latino, de 2022-23 a 2023-24: del 22,1 % al 24,5 %" in text


def test_every_page_marks_the_unofficial_translation_and_the_cover_says_so(printed):
    pages = _pages(printed["plan_es"])
    assert all(MARKER in page for page in pages)
    notice = load_framework_in("es").translation.notice
    assert _squeezed(notice) in _squeezed(pages[0])
    assert "registro completo" in pages[0]
    checklist = _pages(printed["checklist_es"])
    assert all(MARKER in page for page in checklist) and _squeezed(notice) in _squeezed(checklist[0])


def test_the_full_record_gives_the_english_original_under_each_translated_item(printed, framework):
    spanish = load_framework_in("es")
    text = _squeezed(" ".join(_pages(printed["plan_es"])))
    record = text[text.index("CalificacionesyevidenciaCadaelemento"):]  # the section, not the cover naming it
    assert record.count("Originaleninglés:") == len(framework.key_actions) + 89 + 17
    for item_id in ("s1.ka.1.1", "s2.map.fe.4", "s4.bench.6"):
        translated, original = _squeezed(spanish.item(item_id).text), _squeezed(framework.item(item_id).text)
        assert translated in record and original in record
        assert record.index(translated) < record.index(original)  # the original follows its translation


def test_the_spanish_checklist(printed, framework):
    pages = _pages(printed["checklist_es"])
    text = " ".join(pages)
    for words in ("Lista de verificación para la autoevaluación", "☐ 4 Implementado", "☐ 0 No aplica",
                  "☐ 2 Cumplido en parte", "Texto (traducción no oficial del marco)", "Etapa 2: hitos"):
        assert words in text, words
    assert "Self-review checklist" not in text and "Not started" not in text
    squeezed = _squeezed(text)
    spanish = load_framework_in("es")
    assert all(_squeezed(item.text) in squeezed for item in spanish.conditions)
    # A form to fill in, not the record: the English original is the full record's, not the checklist's.
    assert "Original en inglés" not in text


@pytest.mark.parametrize("name, lang, title", [
    ("plan_es", "es-US", "Plan de acción — Cedar Grove Magnet Elementary School"),
    ("plan_en", "en-US", "Action plan — Cedar Grove Magnet Elementary School"),
    ("checklist_es", "es-US", "Lista de verificación para la autoevaluación"),
    ("checklist_en", "en-US", "Self-review checklist"),
])
def test_the_document_carries_its_language_and_title(printed, name, lang, title):
    reader = PdfReader(printed[name])
    catalog = reader.trailer["/Root"]
    assert catalog["/Lang"] == lang
    assert reader.metadata.title == title
    assert catalog["/ViewerPreferences"]["/DisplayDocTitle"] == True  # noqa: E712 (a pypdf BooleanObject); a viewer shows the title, not the file name


def test_the_english_plan_has_no_translation_marks(printed):
    text = " ".join(_pages(printed["plan_en"]))
    assert "Page 1 of" in text and "Ratings and evidence" in text and "27.0 %" in text and "33,932" in text
    assert "traducción" not in text and "unofficial" not in text and "English original" not in text


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_same_plan_is_the_same_bytes_in_each_language(demo_file, tmp_path, language):
    first = write_plan_pdf(demo_file, tmp_path / "a.pdf", printed_on=PRINTED, language=language)
    second = write_plan_pdf(demo_file, tmp_path / "b.pdf", printed_on=PRINTED, language=language)
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is not installed")
def test_the_spanish_plan_reads_in_order_when_extracted(printed):
    first = subprocess.run(["pdftotext", "-f", "1", "-l", "2", str(printed["plan_es"]), "-"], capture_output=True,
                           text=True, check=True).stdout
    order = ["Plan de acción", "Año escolar:", "Traducción no oficial.", "El equipo", "Autoevaluación según",
             "Página 1 de", "Resumen", "Dónde se encuentra", "Aislamiento de grupos minoritarios",
             "Las 5 prioridades principales", "Página 2 de"]
    places = [first.index(words) for words in order]
    assert places == sorted(places)


# ---- the Excel copy ----------------------------------------------------------------------------------------

def test_the_spanish_workbook_has_spanish_sheets_headers_and_choices(demo_file, tmp_path):
    from openpyxl import load_workbook

    data = load_plan_data(demo_file)
    out = write_plan_xlsx(data.framework, data.review, tmp_path / "plan.xlsx", PRINTED, language="es")
    book = load_workbook(out)
    assert book.sheetnames[:3] == ["Acerca de", "Plan de acción", "Calificaciones"]
    plan, ratings = book["Plan de acción"], book["Calificaciones"]
    assert [c.value for c in plan[1]][:5] == ["ID", "Objetivo", "Acción", "Componente", "Etapa"]
    assert plan["N1"].value == "Inicio (AAAA-MM-DD)" and plan["T1"].value == "Estado"
    assert ratings["E1"].value == "Texto (traducción no oficial del marco)" and ratings["F1"].value == "Calificación"
    assert '"Sin iniciar,En curso,En pausa,Terminada"' in [v.formula1 for v in plan.data_validations.dataValidation]
    assert ratings["B2"].value == "1. Planificación"
    about = [row[0] for row in book["Acerca de"].iter_rows(values_only=True) if row[0]]
    assert load_framework_in("es").translation.notice in about
    assert read_plan_xlsx(out, data.framework, data.review).empty  # read back as written: nothing changed


def test_an_edited_spanish_workbook_reads_back(demo_copy, tmp_path):
    from openpyxl import load_workbook

    data = load_plan_data(demo_copy)
    out = write_plan_xlsx(data.framework, data.review, tmp_path / "plan.xlsx", PRINTED, language="es")
    book = load_workbook(out)
    plan, ratings = book["Plan de acción"], book["Calificaciones"]
    plan["T2"] = "Terminada"                  # status of the first item, in Spanish
    plan["D3"] = "Alianzas"                   # a component by its Spanish name
    row = {ratings[f"A{r}"].value: r for r in range(2, ratings.max_row + 1)}
    ratings[f"F{row['s3.bench.2']}"] = "Cumplido en parte"
    ratings[f"F{row['s2.map.fe.4']}"] = "En progreso"
    ratings[f"F{row['s1.ka.1.1']}"] = "Emerging"   # typed in English in a Spanish workbook: read all the same
    book.save(out)

    changes = read_plan_xlsx(out, data.framework, data.review)
    first, second = data.review.plan.in_plan_order()[:2]
    assert changes.items[first.id].status is ActionStatus.DONE
    assert changes.items[second.id].component_id == "pa"
    assert sorted((item_id, value) for item_id, value, _ in changes.ratings) == [
        ("s1.ka.1.1", Rating.EMERGING), ("s2.map.fe.4", Rating.PROGRESSING), ("s3.bench.2", BenchmarkStatus.PARTLY_MET)]


def test_a_spanish_status_typed_in_an_english_workbook_is_read(demo_file, tmp_path):
    from openpyxl import load_workbook

    data = load_plan_data(demo_file)
    out = write_plan_xlsx(data.framework, data.review, tmp_path / "plan.xlsx", PRINTED)
    book = load_workbook(out)
    book["Action plan"]["T2"] = "En pausa"
    book.save(out)
    first = data.review.plan.in_plan_order()[0]
    assert read_plan_xlsx(out, data.framework, data.review).items[first.id].status is ActionStatus.ON_HOLD


def test_the_ballots_in_words_in_both_languages():
    from equity_desktop.core.i18n import texts
    from equity_desktop.core.output import print_words as words
    from equity_desktop.core.review.consensus import ItemVotes, Vote

    votes = ItemVotes("s1.map.de.1", (Vote("Ana", Rating.IN_PLACE, ""), Vote("Ben", Rating.IN_PLACE, ""),
                                      Vote("Cy", Rating.PROGRESSING, "")))
    english, spanish = texts("en"), texts("es")
    assert words.votes_describe(english, votes) == votes.describe() == "In place 2 · Progressing 1"
    assert words.agreement_words(english, votes) == votes.agreement_words()
    assert words.votes_describe(spanish, votes) == "Implementado 2 · En progreso 1"
    assert words.agreement_words(spanish, votes) == "el 67 % eligió lo mismo; 1 nivel de diferencia"
    agreed = ItemVotes("s1.map.de.1", (Vote("Ana", Rating.EMERGING, ""),))
    assert words.agreement_words(spanish, agreed) == "todos coinciden"


def test_a_workbook_return_is_said_in_the_language_of_the_framework_shown(demo_copy):
    """What an edited workbook changes, as the window lists it beside the Spanish framework: Spanish captions,
    ratings and sentences; the English framework keeps the English words."""
    from equity_desktop.core.framework.translations import load_framework_in
    from equity_desktop.core.i18n import texts
    from equity_desktop.core.output.plan_changes import PlanChanges
    from equity_desktop.core.output.workbook_merge import since_written
    from equity_desktop.core.review.scales import Rating
    from equity_desktop.core.review.store import ReviewStore

    with ReviewStore.open(demo_copy, read_only=True) as store:
        review = store.load()
    note = review.assessments["s1.map.de.2"].note
    read = PlanChanges([("s1.map.de.2", Rating.EMERGING, note)], {}, {}, [], [])
    changed = since_written(load_framework_in("es"), review, review, read)
    assert changed.descriptions == [
        next(line for line in changed.descriptions if line.startswith("Calificación de Etapa 1 · Diversidad y "
                                                                      "equidad 2 “"))]
    assert changed.descriptions[0].endswith(": Implementado → Emergente")
    english = since_written(load_framework_in("en"), review, review, read)
    assert english.descriptions[0].startswith("Rating of Stage 1 · Diversity and Equity 2 “")
    assert english.descriptions[0].endswith(": In place → Emerging")
    assert texts("es").t("return.chosen", what="A", workbook="B", program="C") == \
        "A: B (la del libro, elegida en lugar de C)"
