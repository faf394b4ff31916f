"""The frozen program and the Linux packages, proven by running what `make dist` built.

The first test of a run calls `make dist`, which rebuilds only when a source file changed (about a
minute and a half when it does, several minutes on a fresh clone) and says on the terminal what it is doing
(progress.py). `pytest -m "not frozen"` leaves these out while working on something else; `make test`, and so
CI, runs them.
"""

from __future__ import annotations

import configparser
import json
import os
import subprocess
import sys
import tarfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from pypdf import PdfReader

from equity_desktop import __version__

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "installer"))
from stripped_libraries import misaligned  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from progress import run_make  # noqa: E402

pytestmark = pytest.mark.frozen

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
FOLDER = DIST / "equity-desktop"
PROGRAM = FOLDER / "equity-desktop"
MB = 1024 * 1024
SAMPLE = "riverbend_enrollment_2022-2025.xlsx"  # the demo district's enrollment, 23 KB


@pytest.fixture(scope="session")
def built(pytestconfig) -> Path:
    """`make dist`, its progress on the terminal as it builds (minutes on a fresh clone; see progress.py)."""
    reporter = pytestconfig.pluginmanager.getplugin("terminalreporter")
    capture = pytestconfig.pluginmanager.getplugin("capturemanager")

    def say(line: str) -> None:
        with capture.global_and_fixture_disabled():
            reporter.write_line(line)

    say("[make dist] building the frozen program and the Linux packages when a source changed "
        "(several minutes the first time)")
    code, lines = run_make("dist", ROOT, say, "PYI_LOG=INFO")
    assert code == 0, "make dist failed:\n" + "\n".join(lines[-60:])
    say("[make dist] done")
    return DIST


def run(*args: str, cwd: Path, **environment: str) -> subprocess.CompletedProcess:
    # No display and a fresh HOME: the frozen program must not depend on the developer's machine.
    env = {key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(HOME=str(cwd), **environment)
    return subprocess.run([str(PROGRAM), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def package(built: Path, pattern: str) -> Path:
    found = sorted(built.glob(pattern))
    assert len(found) == 1, f"expected one {pattern} in dist/, found {found}"
    return found[0]


def test_version(built, tmp_path):
    result = run("--version", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Equity Desktop {__version__}"


@pytest.mark.parametrize("args", [("--version",), ("mgi", "sample.xlsx"), ("screen", "sample.xlsx")],
                         ids=lambda args: args[0])
def test_the_command_line_loads_no_qt(built, tmp_path, args):
    # PyInstaller's run-time hook for PySide6 imported Qt Core at every start (with its hooks for inspect,
    # multiprocessing and pkgutil, ~100 ms of each command); the spec defers each to the first import of its
    # module. The dynamic loader names every library and extension module the process loads: none of Qt,
    # PySide6 or shiboken may be among them.
    (tmp_path / "sample.xlsx").write_bytes((ROOT / "resources" / "sample" / SAMPLE).read_bytes())
    result = run(*args, cwd=tmp_path, LD_DEBUG="files", LD_DEBUG_OUTPUT=str(tmp_path / "loaded"))
    assert result.returncode == 0, result.stderr
    loaded = "".join(log.read_text() for log in tmp_path.glob("loaded.*"))
    assert "libpython3" in loaded  # the log saw the program's own libraries
    assert not [line for line in loaded.splitlines() if any(qt in line for qt in ("PySide6", "shiboken6", "libQt6"))]


def test_framework_json(built, tmp_path):
    result = run("framework", "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    stages = json.loads(result.stdout)["stages"]
    assert sum(len(stage["conditions"]) for stage in stages) == 89
    assert sum(len(stage["benchmarks"]) for stage in stages) == 17


def test_demo_plan_pdf_headless(built, tmp_path):
    assert run("demo", "-o", "demo.eqreview", cwd=tmp_path).returncode == 0
    result = run("export", "demo.eqreview", "-o", "plan.pdf", "--full", "--xlsx", "plan.xlsx", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    reader = PdfReader(tmp_path / "plan.pdf")
    assert len(reader.pages) > 15
    assert "Cedar Grove Magnet Elementary School" in reader.pages[0].extract_text()
    fonts = {font["/BaseFont"] for page in reader.pages for font in page["/Resources"]["/Font"].values()}
    assert all(name.endswith(("DejaVuSans", "DejaVuSans-Bold")) for name in fonts), fonts  # shipped fonts found
    assert (tmp_path / "plan.xlsx").stat().st_size > 5000


def test_a_bad_file_gets_a_sentence_not_a_traceback(built, tmp_path):
    (tmp_path / "broken.eqreview").write_text("not a review")
    result = run("export", "broken.eqreview", "-o", "plan.pdf", cwd=tmp_path)
    assert result.returncode == 2
    assert "broken.eqreview" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "plan.pdf").exists()


def test_selftest_opens_the_window_offscreen_and_runs_a_worker_process(built, tmp_path):
    # A plugin path of our own that PyInstaller's Qt hook must replace with the folder's: proof that the
    # hook, deferred to the first `import PySide6`, still ran before the window (QT_DEBUG_PLUGINS lists
    # every folder Qt searches).
    stray = tmp_path / "stray-plugins"
    stray.mkdir()
    result = run("selftest", cwd=tmp_path, QT_QPA_PLATFORM="offscreen", QT_PLUGIN_PATH=str(stray),
                 QT_DEBUG_PLUGINS="1")
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert "(installed build," in result.stdout  # sys.frozen: the PyInstaller program, not the source
    assert "made in a worker process" in result.stdout
    assert "showed its 22 pages and closed on the offscreen platform" in result.stdout
    assert "Spanish window and Qt dialogs load" in result.stdout
    assert result.stdout.splitlines()[-1] == "Everything works."
    assert f'checking directory path "{FOLDER / "_internal" / "PySide6" / "Qt" / "plugins"}' in result.stderr
    assert str(stray) not in result.stderr


def test_folder_leaves_out_what_the_program_never_uses(built):
    internal = FOLDER / "_internal"
    names = {path.name for path in internal.rglob("*")}
    for unwanted in ("libQt6Network.so.6", "libqvnc.so", "libqgtk3.so", "QtNetwork.abi3.so", "libqeglfs.so",
                     "libQt6EglFSDeviceIntegration.so.6", "pytest", "hypothesis"):
        assert unwanted not in names
    assert (internal / "resources" / "framework" / "framework.json").is_file()
    assert (internal / "ui" / "style.qss").is_file()
    for carried in ("help/guide.html", "translations/equity_desktop_es.qm", "qt_translations/qtbase_es.qm"):
        assert (internal / "resources" / carried).is_file(), carried
    files = [path for path in FOLDER.rglob("*") if path.is_file() and not path.is_symlink()]
    links = [path for path in FOLDER.rglob("*") if path.is_symlink()]
    assert all(link.resolve().is_file() for link in links), "a link points at a file left out of the folder"
    size = sum(path.stat().st_size for path in files)
    assert size < 250 * MB, f"the folder is {size / MB:.0f} MB"


def test_strip_broke_no_library(built):
    # strip moves the segments of libraries patchelf rewrote (numpy's OpenBLAS) so that the loader refuses them;
    # the spec puts those back unstripped (installer/stripped_libraries.py).
    files = [path for path in (FOLDER / "_internal").rglob("*") if path.is_file() and not path.is_symlink()]
    assert [str(path.relative_to(FOLDER)) for path in files if misaligned(path)] == []


def test_deb_installs_into_a_scratch_root_and_runs(built, tmp_path):
    deb = package(built, "equity-desktop_*.deb")
    assert deb.stat().st_size < 100 * MB
    fields = subprocess.run(["dpkg-deb", "--field", str(deb)], capture_output=True, text=True, check=True).stdout
    assert f"Version: {__version__}" in fields
    assert "libxcb-cursor0" in fields and "libxkbcommon-x11-0" in fields and "libgl1" in fields

    root = tmp_path / "root"
    for folder in ("info", "updates", "triggers"):
        (root / "var" / "lib" / "dpkg" / folder).mkdir(parents=True)
    for file in ("status", "available"):
        (root / "var" / "lib" / "dpkg" / file).touch()
    # --force-depends: the scratch root has none of the system's libraries; the program uses the host's.
    installed = subprocess.run(["dpkg", f"--root={root}", "--force-depends", "--force-not-root", "--install",
                                str(deb)], capture_output=True, text=True)
    assert installed.returncode == 0, installed.stderr

    program = root / "opt" / "equity-desktop" / "equity-desktop"
    result = subprocess.run([str(program), "--version"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and result.stdout.strip() == f"Equity Desktop {__version__}"
    assert os.readlink(root / "usr" / "bin" / "equity-desktop") == "/opt/equity-desktop/equity-desktop"

    entry = configparser.ConfigParser(interpolation=None)
    entry.read(root / "usr" / "share" / "applications" / "equity-desktop.desktop")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == "equity-desktop %f" and desktop["Icon"] == "equity-desktop"
    assert desktop["MimeType"] == "application/x-equity-review;"
    mime = ElementTree.parse(root / "usr" / "share" / "mime" / "packages" / "equity-desktop.xml").getroot()
    namespace = "{http://www.freedesktop.org/standards/shared-mime-info}"
    kind = mime.find(f"{namespace}mime-type")
    assert kind.get("type") == "application/x-equity-review"
    assert kind.find(f"{namespace}glob").get("pattern") == "*.eqreview"
    assert (root / "usr" / "share" / "icons" / "hicolor" / "256x256" / "apps" / "equity-desktop.png").is_file()


def test_tarball_holds_the_runnable_folder(built, tmp_path):
    tarball = package(built, "equity-desktop-*-linux-*.tar.gz")
    assert tarball.stat().st_size < 100 * MB
    with tarfile.open(tarball) as archive:
        program = archive.getmember(f"equity-desktop-{__version__}/equity-desktop")
        assert program.mode & 0o111 and program.uid == 0
        archive.extractall(tmp_path, filter="tar")
    result = subprocess.run([str(tmp_path / f"equity-desktop-{__version__}" / "equity-desktop"), "--version"],
                            capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == f"Equity Desktop {__version__}"
