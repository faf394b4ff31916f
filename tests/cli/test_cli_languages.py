"""The command line speaks the language of its command (issue 19): `--lang` where the command has it, else the
environment's (LANG=es_US.UTF-8 gives Spanish). Results, notes and error sentences are said in that language; in
English (LANG=C) every line is what the program always printed; CSV and JSON stay English by contract."""

from __future__ import annotations

import json
import re
import string
from pathlib import Path

import pytest

from equity_desktop.cli.main import main
from equity_desktop.core.demo.district import WORKBOOK
from equity_desktop.core.i18n import en, es
from equity_desktop.core.review.document import SchoolProfile
from equity_desktop.core.review.store import ReviewStore
from equity_desktop.paths import resource_path

WORKBOOK_PATH = str(resource_path("sample", WORKBOOK))
REAL = Path("/work/shared/fixtures/real")
NJ = REAL / "nj_enrollment_2019-20_slice.xlsx"
CHICAGO = REAL / "chicago_ps_racial_ethnic_2018-19_schools.csv"

# Words of the program's English sentences that a Spanish line must not hold (names of schools, files and
# framework ids are the file's own and stay as they are).
GIVEAWAYS = re.compile(r"\b(the|was|were|is|not|and|with|choose|Wrote|Rated|Collected|Taken|Merged|Nothing|Conflict|"
                       r"note|Warning|Status|Group|Compared|Isolated|Sources|Diversity|Federal|ballots?|review|"
                       r"exists?|found|empty|rating|within|represented|Everything|FAILED|Added)\b")


def _run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _english_in(text: str, *, keep: tuple[str, ...] = ()) -> list[str]:
    """The English giveaway words of `text`, after taking out the names in `keep` (a school's, a file's)."""
    for name in keep:
        text = text.replace(name, "")
    return GIVEAWAYS.findall(text)


# ---- the catalogues ---------------------------------------------------------------------------------------------

def _fields(template) -> set[str]:
    forms = template.values() if isinstance(template, dict) else [template]
    return {name for form in forms for _, name, _, _ in string.Formatter().parse(form) if name}


def test_every_command_line_message_and_review_error_has_spanish_with_the_same_fields():
    ids = [key for key in en.MESSAGES if key.startswith(("cli.", "review_error.", "error.task_", "error.atomic_",
                                                         "error.setting_", "error.framework_", "error.plan_"))]
    assert len(ids) > 150
    missing = [key for key in ids if key not in es.MESSAGES]
    assert not missing
    differ = [key for key in ids if _fields(en.MESSAGES[key]) != _fields(es.MESSAGES[key])]
    assert not differ
    # The same in both only where there is nothing but fields and signs to translate.
    same = {key for key in ids if en.MESSAGES[key] == es.MESSAGES[key]}
    assert same <= {"cli.os_error_where", "cli.selftest_head", "cli.selftest_ok", "error.plan_cell"}


def test_the_sources_the_table_cites_are_the_engines_word_for_word():
    from equity_desktop.core.enrollment.mgi import FEDERAL_SOURCE, RULE_SOURCE

    assert en.MESSAGES["cli.source_rule"] == RULE_SOURCE
    assert en.MESSAGES["cli.source_federal"] == FEDERAL_SOURCE


# ---- the workshop ----------------------------------------------------------------------------------------------

def test_the_workshop_in_spanish_from_the_environment(capsys, demo_copy, tmp_path, locale):
    locale("es_US.UTF-8")
    folder = tmp_path / "boletas"
    folder.mkdir()
    code, out, err = _run(capsys, "ballots", demo_copy, "-o", folder, "--members", "Ana Ruiz;Ben Ode")
    assert code == 0 and out.count("Se escribió ") == 2 and err == ""
    ana = next(folder.glob("*Ana Ruiz.eqballot"))
    code, out, _ = _run(capsys, "rate", ana, "1.DE.1", "1", "--note", "Sin plan")
    assert out == f"Se calificó s1.map.de.1 como Sin iniciar, con su nota, en {ana.name}\n"
    code, out, err = _run(capsys, "collect", demo_copy, folder)
    assert code == 0 and "Recogida: Ana Ruiz: 1 calificación (nueva)" in out
    code, out, err = _run(capsys, "collect", demo_copy, ana, demo_copy)  # a review offered as a ballot
    assert code == 2 and "es una autoevaluación, no una boleta" in err and "ya se había recogido" in err
    code, out, _ = _run(capsys, "ratings", demo_copy)
    assert " boletas: Ana Ruiz not_started" in out

    other = tmp_path / "otra.eqreview"
    other.write_bytes(demo_copy.read_bytes())
    _run(capsys, "rate", demo_copy, "1.DE.2", "1")
    _run(capsys, "rate", other, "1.DE.2", "2")
    code, out, _ = _run(capsys, "merge", demo_copy, other)
    assert code == 3
    assert out.startswith("Conflicto — Etapa 1 · Diversidad y equidad 2 ")  # the framework's Spanish text
    assert "aquí: Sin iniciar" in out and "otra.eqreview: Emergente" in out
    assert "No se combinó nada: cambios en ambos lados: 1; elija con --take mine o --take theirs" in out
    code, out, _ = _run(capsys, "merge", demo_copy, other, "--take", "theirs")
    assert code == 0 and out.splitlines()[-1] == ("Se combinó otra.eqreview: tomados 0, decididos 1 (theirs), "
                                                  "conservados de esta copia 0.")
    schools = ("Cedar Grove Magnet Elementary School", "Ana Ruiz", "Ben Ode", "otra.eqreview", "copy.eqreview")
    for text in _spoken(capsys, demo_copy, folder):
        assert not _english_in(text, keep=schools), text


def _spoken(capsys, review: Path, folder: Path) -> list[str]:
    """What the workshop's commands print for a person, once more (for the giveaway check)."""
    said = []
    for argv in (("ballots", review, "-o", folder), ("collect", review, folder), ("ratings", review),
                 ("rate", review, "1.DE.3", "4")):
        code, out, err = _run(capsys, *argv)
        said += [line for line in (out + err).splitlines()
                 if not re.match(r"s\d\.\S+\s+\d\.\S+\s+\w+", line)]  # a ratings row: ids, codes and values
    return said


def test_the_workshop_in_english_says_what_it_always_said(capsys, demo_copy, tmp_path, locale):
    other = tmp_path / "other.eqreview"
    other.write_bytes(demo_copy.read_bytes())
    assert _run(capsys, "rate", demo_copy, "1.DE.2", "1", "--note", "x")[1] == (
        "Rated s1.map.de.2 Not started with its note in copy.eqreview\n")
    _run(capsys, "rate", other, "1.DE.2", "2")
    code, out, _ = _run(capsys, "merge", demo_copy, other)
    lines = out.splitlines()
    assert code == 3 and lines[0].startswith("Conflict — Stage 1 · Diversity and Equity 2 ")
    assert lines[-1] == ("Nothing was merged: 1 changed on both sides; choose with --take mine or --take theirs (the "
                         "other value stays in the history).")
    code, out, _ = _run(capsys, "merge", demo_copy, other, "--take", "mine")
    assert out.splitlines()[-1] == "Merged other.eqreview: 0 taken, 1 decided (mine), 1 kept from this copy."
    code, out, _ = _run(capsys, "ballots", demo_copy, "-o", tmp_path)
    assert out.splitlines()[-1] == ("No --members given: this is one blank ballot; copy it for each member, who "
                                    "types a name at the top.")


def test_json_and_csv_stay_english_in_spanish(capsys, demo_copy, locale):
    locale("C.UTF-8")
    english = [_run(capsys, "ratings", demo_copy, "--format", form)[1] for form in ("json", "csv")]
    locale("es_US.UTF-8")
    assert [_run(capsys, "ratings", demo_copy, "--format", form)[1] for form in ("json", "csv")] == english
    assert json.loads(english[0])[0]["rating"] == "in_place"
    code, out, _ = _run(capsys, "mgi", WORKBOOK_PATH, "--school", "Cedar", "--format", "csv")
    assert out.startswith("school,school_id,year,dimension,group,") and "Hispanic/Latino" in out


# ---- enrollment files -------------------------------------------------------------------------------------------

def test_mgi_table_in_spanish_and_in_english(capsys, locale):
    locale("es_US.UTF-8")
    code, out, err = _run(capsys, "mgi", WORKBOOK_PATH, "--school", "Cedar")
    assert code == 0
    assert "Grupo " in out and "Situación federal MSAP (34 CFR 280.4): estudiantes de minorías 95,0 %" in out
    assert "Negro o afroamericano" in out and "sobrerrepresentado por 48,9 puntos" in out
    assert "Diversidad: Simpson 0,486" in out and "Fuentes: La regla relativa al distrito" in out
    assert all(line.startswith("nota: ") for line in err.splitlines()) and "hoja «2022-23»" in err
    # The reference's name is the engine's own text about the file ("district row …"), said as it wrote it.
    spoken = [line for line in out.splitlines() if not line.startswith("Comparada con:")]
    assert not _english_in("\n".join(spoken), keep=("Cedar Grove Magnet Elementary School", "MSAP", "Simpson",
                                                     "Miami-Dade", "Bridges Collaborative")), out

    locale("C")
    code, english, err = _run(capsys, "mgi", WORKBOOK_PATH, "--school", "Cedar")
    assert "Federal MSAP status (34 CFR 280.4): minority students 95.0 % — minority-group-isolated." in english
    assert f"{'Group':<44}{'School n':>10}{'School %':>10}{'Dist. n':>12}{'Dist. %':>9}{'Diff.':>8}  Status" in english
    assert "  Black or African American" in english and "over-represented by 48.9 points" in english
    assert english.rstrip().endswith("more than 50 % of its enrollment.")
    assert "\nSources: The district-relative" in english
    assert all(line.startswith("note: ") for line in err.splitlines())
    assert main(["mgi", WORKBOOK_PATH, "--school", "Cedar", "--format", "json"]) == 0


def test_screen_in_spanish_keeps_the_file_english(capsys, tmp_path, locale):
    locale("es_US.UTF-8")
    code, out, _ = _run(capsys, "screen", CHICAGO)
    assert code == 0 and out.startswith("Escuela ") and "Grupos fuera de la banda" in out
    assert "Hispano/latino " in out and "Hispanic/Latino" not in out
    code, out, _ = _run(capsys, "screen", WORKBOOK_PATH, "-o", tmp_path / "lista.csv")
    assert out == f"Se escribieron 60 escuelas en {tmp_path / 'lista.csv'}\n"
    assert (tmp_path / "lista.csv").read_text(encoding="utf-8-sig").startswith("school,school_id,year,")
    locale("C")
    code, out, _ = _run(capsys, "screen", WORKBOOK_PATH)
    assert out.startswith(f"{'School':<44}{'Year':>9}{'Isolated':>10}  Groups outside the band\n")
    assert "Hispanic/Latino -50.9; Black or African American +54.9" in out


@pytest.mark.skipif(not NJ.is_file(), reason="the real fixtures are not on this machine")
def test_import_of_a_real_state_workbook_in_spanish(capsys, tmp_path, locale):
    locale("es_US.UTF-8")
    path = tmp_path / "texas.eqreview"
    ReviewStore.create(path, SchoolProfile("Texas Avenue School", "Atlantic City")).close()
    code, out, err = _run(capsys, "import", path, NJ, "--reference", "state")
    assert code == 0 and out.startswith("Se agregó Texas Avenue School, 2019-20 (comparada con ")
    code, out, err = _run(capsys, "import", path, NJ, "--reference", "state", "--school", "Endeavour")
    assert code == 2 and "No se importó nada; indique --school" in err
    code, out, err = _run(capsys, "mgi", NJ, "--reference", "state", "--school", "Texas")
    assert code == 0 and "Situación federal MSAP" in out and "nota: nj_enrollment_2019-20_slice.xlsx, hoja" in err


# ---- errors --------------------------------------------------------------------------------------------------

ERRORS = [  # (argv in tmp_path, Spanish, English: what the sentence says)
    (("ratings", "missing.eqreview"), "No se encontró missing.eqreview en ",
     "missing.eqreview was not found in "),
    (("ratings", "empty.eqreview"), "empty.eqreview está vacío (0 bytes)", "empty.eqreview is empty (0 bytes)"),
    (("ratings", "notes.txt"), "notes.txt no es una autoevaluación de Equity Desktop",
     "notes.txt is not an Equity Desktop review; choose a file ending in .eqreview (to read enrollment spreadsheets, "
     "use Import enrollment)."),
    (("rate", "DEMO", "1.DE.1", "9"), "'9' no es una calificación para s1.map.de.1; indique una de estas: 1 "
     "(not_started)", "'9' is not a rating for s1.map.de.1; give one of: 1 (not_started), 2 (emerging), 3 "
     "(progressing), 4 (in_place), 0 (not_applicable), unrated."),
    (("rate", "DEMO", "9.ZZ.1", "1"), "'9.ZZ.1' no es un elemento del marco",
     "'9.ZZ.1' is not an item of the framework"),
    (("mgi", "empty.csv"), "empty.csv: el archivo está vacío", "empty.csv"),
    (("demo", "-o", "DEMO"), "ya existe; elija otro nombre o agregue --force para reemplazarlo.",
     "already exists; choose another name, or add --force to replace it."),
    (("demo", "-o", "nowhere/x.eqreview"), "La carpeta nowhere no existe; créela primero o elija otra carpeta.",
     "The folder nowhere does not exist; create it first or choose another folder."),
    (("collect", "DEMO", "no-such-folder"), "no-such-folder no existe; compruebe el nombre",
     "no-such-folder does not exist; check the name (a folder of ballots works too)."),
]


@pytest.mark.parametrize("argv, spanish, english", ERRORS)
def test_an_error_is_one_sentence_in_the_commands_language(capsys, demo_copy, tmp_path, locale, monkeypatch,
                                                           argv, spanish, english):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty.eqreview").write_bytes(b"")
    (tmp_path / "empty.csv").write_bytes(b"")
    (tmp_path / "notes.txt").write_text("not a review\n", encoding="utf-8")
    argv = tuple(str(demo_copy) if a == "DEMO" else a for a in argv)
    locale("es_US.UTF-8")
    code, out, err = _run(capsys, *argv)
    assert code == 2 and err.startswith("equity-desktop: ") and err.count("\n") == 1
    assert spanish in err, err
    assert not _english_in(err, keep=(*argv, "Equity Desktop", "not_started", "not_applicable")), err
    locale("C")
    code, out, err = _run(capsys, *argv)
    assert code == 2 and english in err and err.startswith("equity-desktop: ")


def test_lang_decides_over_the_environment_for_errors_too(capsys, tmp_path, locale):
    locale("es_US.UTF-8")
    code, _, err = _run(capsys, "export", tmp_path / "missing.eqreview", "-o", tmp_path / "plan.pdf", "--lang", "en")
    assert code == 2 and "missing.eqreview was not found in " in err
    locale("C")
    code, _, err = _run(capsys, "export", tmp_path / "missing.eqreview", "-o", tmp_path / "plan.pdf", "--lang", "es")
    assert code == 2 and "No se encontró missing.eqreview en " in err


def test_a_remedy_on_the_command_line_is_in_spanish_too():
    from equity_desktop.cli.enrollment import remedy
    from equity_desktop.core.enrollment.errors import COLUMNS_STEP, YEAR_STEP
    from equity_desktop.core.i18n import texts

    class Stepped(Exception):
        def __init__(self, step):
            self.step = step

    assert remedy(Stepped(YEAR_STEP)) == " On the command line: --year 2024-25."
    assert remedy(Stepped(YEAR_STEP), texts("es")) == " En la línea de comandos: --year 2024-25."
    assert "vea cómo se leyeron las columnas" in remedy(Stepped(COLUMNS_STEP), texts("es"))


@pytest.mark.parametrize("raised, spanish, english", [
    (MemoryError(), "equity-desktop: la computadora se quedó sin memoria;",
     "equity-desktop: the computer ran out of memory; close other programs, or split the file (one sheet, one "
     "district or one year in each), and try again.\n"),
    (OSError(28, "No space left on device", "/media/stick/x.eqreview"),
     "equity-desktop: No space left on device (/media/stick/x.eqreview); compruebe la unidad y los permisos",
     "equity-desktop: No space left on device (/media/stick/x.eqreview); check the drive and the folder's "
     "permissions, then try again.\n"),
])
def test_the_computers_own_trouble_is_a_sentence_in_the_language(capsys, monkeypatch, locale, raised, spanish,
                                                                   english):
    from equity_desktop.cli import workshop

    def failing(args):
        raise raised

    monkeypatch.setattr(workshop, "_ratings", failing)
    locale("es_US.UTF-8")
    assert main(["ratings", "x.eqreview"]) == 2
    assert capsys.readouterr().err.startswith(spanish)
    locale("C")
    assert main(["ratings", "x.eqreview"]) == 2
    assert capsys.readouterr().err == english


# ---- the review's errors said in Spanish by the core itself --------------------------------------------------

def test_review_errors_are_messages_said_in_either_language(tmp_path):
    from equity_desktop.core.errors import Cancelled, EquityError, InvalidEditError, ReviewFileError
    from equity_desktop.core.i18n import texts
    from equity_desktop.core.i18n.message import Message

    empty = tmp_path / "empty.eqreview"
    empty.write_bytes(b"")
    with pytest.raises(ReviewFileError) as caught:
        ReviewStore.open(empty)
    assert isinstance(caught.value.args[0], Message)
    assert caught.value.sentence(texts("es")).startswith("empty.eqreview está vacío (0 bytes)")
    assert str(caught.value).startswith("empty.eqreview is empty (0 bytes)")
    assert Cancelled().sentence(texts("es")) == "Cancelado; no se escribió nada."
    assert str(Cancelled()) == "Cancelled; nothing was written."
    store = ReviewStore.create(tmp_path / "r.eqreview", SchoolProfile("Oak School", "Oak District"))
    with store, pytest.raises(InvalidEditError) as caught:
        store.set_assessment("s1.map.de.1", "excellent")
    assert str(caught.value) == ("'excellent' is not a rating for s1.map.de.1; use one of: unrated, not_started, "
                                 "emerging, progressing, in_place, not_applicable.")
    assert caught.value.sentence(texts("es")).startswith("'excellent' no es una calificación para s1.map.de.1")
    from equity_desktop.core import settings

    problem = settings.ISOLATION_THRESHOLD.problem(500)
    assert problem == ("The isolation threshold must be from 0.5 to 100.0 points (or % of the district share); 500 "
                       "is outside that.")
    assert EquityError(problem).sentence(texts("es")) == (
        "El umbral de aislamiento debe estar entre 0.5 y 100.0 puntos (o % del porcentaje del distrito); 500 está "
        "fuera de ese intervalo.")


# ---- selftest ----------------------------------------------------------------------------------------------

def test_selftest_says_its_steps_in_spanish(capsys, monkeypatch, locale):
    from equity_desktop.cli import selftest
    from equity_desktop.core.i18n.message import Message

    def broken(folder):
        raise RuntimeError(Message("cli.selftest_window_failed"))

    monkeypatch.setattr(selftest, "STEPS", (("Framework", selftest.STEPS[0][1]), ("Main window", broken)))
    locale("es_US.UTF-8")
    assert main(["selftest"]) == 1
    out, err = capsys.readouterr()
    assert "ok  Marco: 4 etapas, 89 condiciones del mapa, 17 hitos (" in out
    assert err == "FALLÓ Ventana principal: la ventana principal no pudo abrir la autoevaluación de demostración\n"
    locale("C")
    assert main(["selftest"]) == 1
    out, err = capsys.readouterr()
    assert "ok  Framework: 4 stages, 89 map conditions, 17 benchmarks (" in out
    assert err == "FAILED Main window: the main window could not open the demo review\n"
