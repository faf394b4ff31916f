"""`--lang` on the commands that write the plan and the blank checklist (issue 19): Spanish when asked, or when the
environment's locale is Spanish; English otherwise; its messages in the same language."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from equity_desktop.cli.main import main


def _lang(path) -> str:
    return str(PdfReader(path).trailer["/Root"]["/Lang"])


def test_lang_es_writes_the_checklist_in_spanish(tmp_path, capsys, locale):
    out = tmp_path / "lista.pdf"
    assert main(["checklist", "-o", str(out), "--stage", "2", "--lang", "es"]) == 0
    assert capsys.readouterr().out.strip() == f"Se escribió la lista de verificación en blanco en {out}"
    assert _lang(out) == "es-US"
    assert "Etapa 2: Implementación inicial" in PdfReader(out).pages[0].extract_text()


@pytest.mark.parametrize("environment, option, expected", [
    ("es_US.UTF-8", [], "es-US"),              # the environment decides without --lang
    ("es_US.UTF-8", ["--lang", "en"], "en-US"),  # --lang wins over it
    ("C.UTF-8", [], "en-US"),
    ("en_US.UTF-8", ["--lang", "es"], "es-US"),
])
def test_the_language_follows_the_environment_unless_told(tmp_path, capsys, locale, environment, option, expected):
    locale(environment)
    out = tmp_path / "list.pdf"
    assert main(["checklist", "-o", str(out), "--stage", "1", *option]) == 0
    assert _lang(out) == expected
    said = capsys.readouterr().out
    assert said.startswith("Se escribió" if expected == "es-US" else "Wrote the blank checklist")


def test_export_in_spanish_writes_the_plan_and_the_workbook(demo_file, tmp_path, capsys, locale):
    from openpyxl import load_workbook

    pdf, xlsx = tmp_path / "plan.pdf", tmp_path / "plan.xlsx"
    assert main(["export", str(demo_file), "-o", str(pdf), "--xlsx", str(xlsx), "--lang", "es"]) == 0
    said = capsys.readouterr().out.splitlines()
    assert said == [f"Se escribió el plan de acción en {pdf}", f"Se escribieron el plan y las calificaciones en {xlsx}"]
    assert _lang(pdf) == "es-US" and "Plan de acción" in PdfReader(pdf).pages[0].extract_text()
    assert "Calificaciones" in load_workbook(xlsx, read_only=True).sheetnames
    assert main(["plan-import", str(demo_file), str(xlsx)]) == 0  # the Spanish workbook comes back unchanged
    assert "The workbook holds no changes." in capsys.readouterr().out


def test_a_spanish_command_says_its_mistakes_in_spanish(tmp_path, capsys, locale):
    assert main(["checklist", "-o", str(tmp_path / "lista.txt"), "--lang", "es"]) == 2
    assert "lista.txt no termina en .pdf" in capsys.readouterr().err


def test_an_unknown_language_is_refused_by_the_parser(tmp_path, capsys, locale):
    with pytest.raises(SystemExit) as done:
        main(["checklist", "-o", str(tmp_path / "list.pdf"), "--lang", "fr"])
    assert done.value.code == 2 and "invalid choice" in capsys.readouterr().err
