"""The `equity-desktop` command: --version, framework, demo, and one-sentence errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from equity_desktop import __version__
from equity_desktop.cli.main import main
from equity_desktop.core.review.placement import placements
from equity_desktop.core.review.store import ReviewStore


def test_version(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"Equity Desktop {__version__}"


def test_python_dash_m_runs_the_same_command():
    result = subprocess.run([sys.executable, "-m", "equity_desktop", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == f"Equity Desktop {__version__}"


def test_framework_json_has_the_whole_content(capsys, framework):
    assert main(["framework", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    stages = data["stages"]
    assert len(stages) == 4
    assert sum(len(s["benchmarks"]) for s in stages) == 17
    conditions = [c for s in stages for c in s["conditions"]]
    assert len(conditions) == 89
    assert {"id", "component_id", "text", "page"} <= conditions[0].keys()
    actions = [a for s in stages for g in s["key_action_groups"] for a in g["actions"]]
    assert len(actions) == 47
    by_id = {c["id"]: c["text"] for c in conditions}
    assert by_id == {c.id: c.text for c in framework.conditions}
    assert "_items" not in data


def test_framework_text_outline(capsys):
    assert main(["framework", "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert out.count("Stage ") >= 4 and "[s4.bench.6]" in out and "[s2.map.fe.3]" in out
    assert "Joint workshops build parent-staff partnerships" in out


def test_demo_writes_a_review_that_reopens(tmp_path, capsys, framework):
    target = tmp_path / "x.eqreview"
    assert main(["demo", "-o", str(target)]) == 0
    assert "Wrote the demo review" in capsys.readouterr().out
    with ReviewStore.open(target) as store:
        review = store.load()
    assert len(review.assessments) > 90
    assert len(placements(framework, review.values())) == 5


def test_demo_refuses_to_overwrite_without_force(tmp_path, capsys):
    target = tmp_path / "x.eqreview"
    target.write_text("keep me")
    assert main(["demo", "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert "already exists" in err and "--force" in err and "Traceback" not in err
    assert target.read_text() == "keep me"
    assert main(["demo", "-o", str(target), "--force"]) == 0


@pytest.mark.parametrize("name, message", [
    ("x.txt", "does not end in .eqreview"),
    ("missing/x.eqreview", "does not exist"),
])
def test_demo_bad_output_gets_a_sentence(tmp_path, capsys, name, message):
    assert main(["demo", "-o", str(tmp_path / name)]) == 2
    assert message in capsys.readouterr().err


def test_unknown_option_is_refused_without_traceback():
    result = subprocess.run([sys.executable, "-m", "equity_desktop", "framework", "--format", "pdf"],
                            capture_output=True, text=True)
    assert result.returncode == 2 and "invalid choice" in result.stderr and "Traceback" not in result.stderr


def test_os_error_becomes_a_sentence(tmp_path, capsys, monkeypatch):
    import equity_desktop.core.demo.review as demo

    def full_disk(path):
        raise OSError(28, "No space left on device", str(path))

    monkeypatch.setattr(demo, "write_demo", full_disk)
    assert main(["demo", "-o", str(tmp_path / "x.eqreview")]) == 2
    err = capsys.readouterr().err
    assert "No space left on device" in err and "x.eqreview" in err and "Traceback" not in err


def test_the_gui_shortcut_knows_every_sub_command():
    # main() decides "GUI or command" from COMMANDS without building the parser (start-up time).
    from equity_desktop.cli.main import COMMANDS, _parser

    assert set(COMMANDS) == set(_parser()[1])


def test_opening_the_gui_does_not_build_the_command_parsers():
    code = ("import sys; import equity_desktop.gui.app as app; app.run_gui = lambda review: 0; "
            "from equity_desktop.cli.main import main; main(['x.eqreview']); "
            "print('equity_desktop.cli.enrollment' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_export_checklist_and_plan_import_from_the_command_line(demo_copy, tmp_path, capsys):
    from openpyxl import load_workbook

    assert main(["export", str(demo_copy), "-o", str(tmp_path / "plan.pdf"), "--full", "--paper", "a4",
                 "--xlsx", str(tmp_path / "plan.xlsx")]) == 0
    assert main(["checklist", "-o", str(tmp_path / "list.pdf"), "--stage", "1"]) == 0
    assert (tmp_path / "plan.pdf").read_bytes()[:5] == b"%PDF-" and (tmp_path / "list.pdf").stat().st_size > 0
    book = load_workbook(tmp_path / "plan.xlsx")
    book["Action plan"]["T2"] = "On hold"
    book.save(tmp_path / "plan.xlsx")
    capsys.readouterr()
    assert main(["plan-import", str(demo_copy), str(tmp_path / "plan.xlsx")]) == 0
    out = capsys.readouterr().out
    assert "status changed" in out and "add --apply" in out
    assert main(["plan-import", str(demo_copy), str(tmp_path / "plan.xlsx"), "--apply"]) == 0
    assert main(["plan-import", str(demo_copy), str(tmp_path / "plan.xlsx")]) == 0
    assert "holds no changes" in capsys.readouterr().out


def test_plan_import_keeps_what_the_program_changed_since_the_export(demo_copy, tmp_path, capsys):
    from openpyxl import load_workbook

    from equity_desktop.core.review.plan_records import ActionStatus
    from equity_desktop.core.review.store import ReviewStore

    workbook = str(tmp_path / "plan.xlsx")
    assert main(["export", str(demo_copy), "-o", str(tmp_path / "plan.pdf"), "--xlsx", workbook]) == 0
    book = load_workbook(tmp_path / "plan.xlsx")
    book["Action plan"]["T2"] = "On hold"
    book.save(tmp_path / "plan.xlsx")
    with ReviewStore.open(demo_copy) as store:
        first = store.action_plan().in_plan_order()[0]
        store.write_plan(items={first.id: first._replace(status=ActionStatus.DONE)})
    capsys.readouterr()
    assert main(["plan-import", str(demo_copy), str(tmp_path / "plan.xlsx"), "--apply"]) == 0
    out = capsys.readouterr().out
    assert "Changed in both (keeping the program's)" in out
    assert "program: Status: “Done”; workbook: Status: “On hold”" in out
    with ReviewStore.open(demo_copy, read_only=True) as store:
        assert store.action_plan().item(first.id).status is ActionStatus.DONE
    assert main(["plan-import", str(demo_copy), str(tmp_path / "plan.xlsx"), "--apply", "--take-workbook"]) == 0
    with ReviewStore.open(demo_copy, read_only=True) as store:
        assert store.action_plan().item(first.id).status is ActionStatus.ON_HOLD
        assert store.change_log()[-1].source == "workbook plan.xlsx"


def test_plan_commands_refuse_bad_names_with_a_sentence(demo_file, tmp_path, capsys):
    assert main(["export", str(demo_file)]) == 2
    assert main(["export", str(demo_file), "-o", str(tmp_path / "plan.txt")]) == 2
    assert main(["export", str(demo_file), "--xlsx", str(tmp_path / "plan.csv")]) == 2
    err = capsys.readouterr().err
    assert "-o plan.pdf, --xlsx plan.xlsx" in err and "does not end in .pdf" in err and "does not end in .xlsx" in err


def test_output_cut_short_by_a_pipe_is_not_an_error():
    # `equity-desktop framework | head`: the reader leaves early; no "Broken pipe" sentence, exit 0.
    command = [sys.executable, "-m", "equity_desktop", "framework", "--format", "json"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        process.stdout.read(10)
        process.stdout.close()
        errors = process.stderr.read().decode()
    assert process.returncode == 0, errors
    assert errors == ""


def test_selftest_runs_every_step_offscreen(tmp_path):
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "equity_desktop", "selftest"], capture_output=True, text=True,
                            env=environment, timeout=120)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line.split(":")[0] for line in lines if line.startswith("ok")] == [
        "ok  Framework", "ok  Demo review", "ok  Plan PDF", "ok  Main window", "ok  Languages and help"]
    assert "89 map conditions, 17 benchmarks" in result.stdout and "made in a worker process" in result.stdout
    assert "Cedar Grove Magnet Elementary School" in result.stdout
    assert lines[-1] == "Everything works."
    assert not list(tmp_path.rglob("*.eqreview"))  # nothing left behind, nothing in the user's settings


def test_selftest_names_the_step_that_fails(monkeypatch, capsys):
    from equity_desktop.cli import selftest

    def broken(folder):
        raise RuntimeError("the fonts are missing")

    monkeypatch.setattr(selftest, "STEPS", (("Framework", selftest.STEPS[0][1]), ("Fonts", broken)))
    assert main(["selftest"]) == 1
    captured = capsys.readouterr()
    assert "ok  Framework" in captured.out
    assert "FAILED Fonts: the fonts are missing" in captured.err


def test_a_windowed_build_without_stdout_still_runs_commands(monkeypatch):
    # A windowed Windows build starts with sys.stdout and sys.stderr set to None.
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    assert main(["framework", "--format", "text"]) == 0
    given = (sys.stdout, sys.stderr)
    for stream in given:
        stream.close()
    assert all(stream is not None for stream in given)


def test_running_out_of_memory_is_a_sentence_not_a_traceback(monkeypatch, capsys):
    from equity_desktop.cli import enrollment

    def exhausted(args):
        raise MemoryError

    monkeypatch.setattr(enrollment, "run_screen", exhausted)
    assert main(["screen", "any.csv"]) == 2
    assert "ran out of memory" in capsys.readouterr().err
