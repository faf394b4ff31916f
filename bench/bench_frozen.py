"""The frozen program: its size, the installers' sizes, and how fast it starts against the source.

Run after `make dist`, on an X display (x11-utils gives xwininfo):
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python bench/bench_frozen.py [--runs N]

Start-up is timed from process start until the main window carries the demo school's name (the
review is open), polling `xwininfo -root -tree` every 10 ms; the same for `.venv/bin/equity-desktop`
from source, alternating. `--version` is timed too (Python starting and the command parsed).
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
    started = time.perf_counter()
    child = subprocess.Popen([str(program), str(review)], env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    try:
        while not window_shown(env):
            if child.poll() is not None or time.perf_counter() - started > 60:
                raise SystemExit(f"{program} ended or took over a minute without showing its window")
            time.sleep(0.01)
        return (time.perf_counter() - started) * 1000
    finally:
        child.terminate()
        child.wait(timeout=30)


def time_version(program: Path, env: dict) -> float:
    started = time.perf_counter()
    subprocess.run([str(program), "--version"], env=env, capture_output=True, check=True)
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    if not FROZEN.is_file():
        raise SystemExit("dist/equity-desktop is missing; run `make dist` first.")
    if not os.environ.get("DISPLAY"):
        raise SystemExit("No X display; run under xvfb-run (see the docstring).")
    machine = f"{platform.system()} {platform.machine()}, Python {platform.python_version()}"

    internal = FROZEN.parent / "_internal"
    print(f"| what | size | target |\n|---|---|---|\n| unpacked folder | {folder_size(FROZEN.parent) / MB:.0f} MiB | "
          "< 250 MB |")
    for package in sorted((ROOT / "dist").glob("equity-desktop[_-]*")):
        size = package.stat().st_size
        print(f"| {package.name} | {size / MB:.1f} MiB ({size / 1e6:.1f} MB) | < 100 MB |")
    print("\n| part of the folder | MiB |\n|---|---|")
    for name, size in largest_parts(internal):
        print(f"| {name} | {size / MB:.1f} |")

    with tempfile.TemporaryDirectory() as home:
        # One settings folder for every run (a first run also builds fontconfig's cache; the warm-up takes it).
        env = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}, "HOME": home,
               "XDG_CONFIG_HOME": home, "XDG_CACHE_HOME": home}
        review = Path(home) / "demo.eqreview"
        subprocess.run([str(FROZEN), "demo", "-o", str(review)], env=env, check=True, capture_output=True)
        for program in (FROZEN, SOURCE):  # warm the disk cache
            time_to_window(program, review, env)
        window = {FROZEN: [], SOURCE: []}
        version = {FROZEN: [], SOURCE: []}
        for _ in range(runs):
            for program in (FROZEN, SOURCE):
                window[program].append(time_to_window(program, review, env))
                version[program].append(time_version(program, env))
    print("\n| program | `--version` ms (median) | window on the demo ms (median) | runs | machine |")
    print("|---|---|---|---|---|")
    for program, name in ((FROZEN, "frozen (dist/equity-desktop)"), (SOURCE, "from source (.venv)")):
        print(f"| {name} | {statistics.median(version[program]):.0f} | {statistics.median(window[program]):.0f} | "
              f"{runs} | {machine} |")


if __name__ == "__main__":
    sys.exit(main())
