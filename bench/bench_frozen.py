"""The frozen program: its size, the installers' sizes, and how fast it starts against the source.

Run after `make dist`, on an X display (x11-utils gives xwininfo):
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python bench/bench_frozen.py [--runs N]
        [--before OLD/equity-desktop] [--cli-only]

Start-up is timed from process start until the main window carries the demo school's name (the
review is open), polling `xwininfo -root -tree` every 10 ms; the same for `.venv/bin/equity-desktop`
from source, alternating. The command line is timed too, from process start to exit: `--version`
(Python starting and the command parsed), and `mgi` and `screen` on the demo district's workbook
(23 KB, three sheets), which read a small file and print a table. `--before` times a second frozen
program in the same runs (a copy of dist/equity-desktop/ kept from before a change), so before and
after share the machine's mood; `--cli-only` leaves out the window and needs no display.
Targets (issue 7): the folder under 250 MB, each installer under 100 MB.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FROZEN = ROOT / "dist" / "equity-desktop" / "equity-desktop"
SOURCE = ROOT / ".venv" / "bin" / "equity-desktop"
TITLE = "Cedar Grove Magnet Elementary School"
MB = 1024 * 1024  # sizes are printed in MiB
SAMPLE = ROOT / "resources" / "sample" / "riverbend_enrollment_2022-2025.xlsx"
COMMANDS = {"version": ("--version",), "mgi": ("mgi", str(SAMPLE)), "screen": ("screen", str(SAMPLE))}
COLUMN_TITLES = {"version": "`--version`", "mgi": "`mgi`", "screen": "`screen`", "window": "window on the demo"}


def folder_size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def largest_parts(internal: Path) -> list[tuple[str, int]]:
    groups = {"Qt libraries and plugins (PySide6/Qt)": ["PySide6/Qt"],
              "PySide6 bindings and shiboken": ["PySide6/*.so", "libpyside6*", "libshiboken6*"],
              "numpy (with OpenBLAS)": ["numpy", "numpy.libs"], "pandas": ["pandas"],
              "Python itself": ["libpython*", "python3.11", "base_library.zip"],
              "PDFium (preview)": ["pypdfium2_raw"], "Pillow (reportlab's images)": ["PIL", "pillow.libs"],
              "resources (framework, fonts, demo data)": ["resources"]}
    sizes = []
    for name, patterns in groups.items():
        total = 0
        for pattern in patterns:
            for path in internal.glob(pattern):
                total += folder_size(path) if path.is_dir() else path.stat().st_size
        sizes.append((name, total))
    return sorted(sizes, key=lambda item: -item[1])


def window_shown(display_env: dict) -> bool:
    tree = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True, env=display_env).stdout
    return TITLE in tree


def time_to_window(program: Path, review: Path, env: dict) -> float:
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        child = subprocess.Popen([str(program), str(review)], env=env, stdout=subprocess.DEVNULL, stderr=errors)
        try:
            while not window_shown(env):
                if child.poll() is not None or time.perf_counter() - started > 60:
                    errors.seek(0)
                    raise SystemExit(f"{program} ended (exit {child.returncode}) or took over a minute without "
                                     f"showing its window:\n{errors.read().decode(errors='replace')[-2000:]}")
                time.sleep(0.01)
            return (time.perf_counter() - started) * 1000
        finally:
            child.terminate()
            child.wait(timeout=30)


def time_command(program: Path, args: tuple[str, ...], env: dict, cwd: str) -> float:
    started = time.perf_counter()
    subprocess.run([str(program), *args], env=env, cwd=cwd, capture_output=True, check=True)
    return (time.perf_counter() - started) * 1000


def print_sizes(frozen: Path) -> None:
    internal = frozen.parent / "_internal"
    print(f"| what | size | target |\n|---|---|---|\n| unpacked folder | {folder_size(frozen.parent) / MB:.0f} MiB | "
          "< 250 MB |")
    for package in sorted((ROOT / "dist").glob("equity-desktop[_-]*")):
        size = package.stat().st_size
        print(f"| {package.name} | {size / MB:.1f} MiB ({size / 1e6:.1f} MB) | < 100 MB |")
    print("\n| part of the folder | MiB |\n|---|---|")
    for name, size in largest_parts(internal):
        print(f"| {name} | {size / MB:.1f} |")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--before", type=Path, metavar="PROGRAM", help="another frozen program, timed alongside")
    parser.add_argument("--cli-only", action="store_true", help="time the commands only (no display needed)")
    options = parser.parse_args()
    if not FROZEN.is_file():
        raise SystemExit("dist/equity-desktop is missing; run `make dist` first.")
    if not options.cli_only and not os.environ.get("DISPLAY"):
        raise SystemExit("No X display; run under xvfb-run (see the docstring), or add --cli-only.")
    programs = {FROZEN: "frozen (dist/equity-desktop)", SOURCE: "from source (.venv)"}
    if options.before:
        programs = {options.before.resolve(): f"frozen, before ({options.before})", **programs}
    machine = f"{platform.system()} {platform.machine()}, Python {platform.python_version()}"
    print_sizes(FROZEN)

    with tempfile.TemporaryDirectory() as home:
        # One settings folder for every run (a first run also builds fontconfig's cache; the warm-up takes it).
        env = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}, "HOME": home,
               "XDG_CONFIG_HOME": home, "XDG_CACHE_HOME": home}
        review = Path(home) / "demo.eqreview"
        subprocess.run([str(FROZEN), "demo", "-o", str(review)], env=env, check=True, capture_output=True)

        def one_round(program: Path) -> dict[str, float]:
            measured = {name: time_command(program, args, env, home) for name, args in COMMANDS.items()}
            if not options.cli_only:
                measured["window"] = time_to_window(program, review, env)
            return measured

        for program in programs:  # warm the disk cache
            one_round(program)
        rounds = [{program: one_round(program) for program in programs} for _ in range(options.runs)]
    columns = [*COMMANDS, *([] if options.cli_only else ["window"])]
    titles = " | ".join(f"{COLUMN_TITLES[name]} ms (median)" for name in columns)
    print(f"\n| program | {titles} | runs | machine |")
    print("|---|" + "---|" * len(columns) + "---|---|")
    for program, name in programs.items():
        medians = " | ".join(f"{statistics.median(r[program][column] for r in rounds):.0f}" for column in columns)
        print(f"| {name} | {medians} | {options.runs} | {machine} |")

if __name__ == "__main__":
    sys.exit(main())
