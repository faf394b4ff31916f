"""Build the Linux packages from the PyInstaller folder: a .deb (with dpkg-deb) and a .tar.gz.

    python installer/linux_packages.py [--bundle dist/equity-desktop] [--out dist]

`make dist` runs it after PyInstaller. The .deb puts the folder in /opt/equity-desktop, the
command in /usr/bin, a menu entry, the icon and the `.eqreview` MIME type in /usr/share. It has no
maintainer scripts: Debian's desktop-file-utils, shared-mime-info and hicolor icon cache update
themselves through dpkg triggers when files land in those folders. The .tar.gz is the same folder
for machines without dpkg or without administrator rights.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "installer"))
from app_identity import APP_ID, DOCUMENT_DESCRIPTION, DOCUMENT_EXTENSION, DOCUMENT_MIME  # noqa: E402

from equity_desktop import APP_NAME, __version__  # noqa: E402
from equity_desktop.core.atomic import write_atomically  # noqa: E402 - a package appears whole or not at all
from equity_desktop.core.errors import EquityError  # noqa: E402
from equity_desktop.core.review.migrations import APPLICATION_ID  # noqa: E402

INSTALL_DIR = f"/opt/{APP_ID}"
# What Qt's xcb platform plugin and its libraries load from the system: every library that
# libqxcb.so, libQt6XcbQpa, Gui, Widgets, Svg, DBus and OpenGL and their image, icon and input
# plugins link to outside the PySide6 wheel, by `readelf -d` and `dpkg -S`, then checked by
# installing the .deb in a bare Debian 12 (debootstrap --variant=minbase) and starting the program
# on Xvfb (installer/README.md). PyInstaller copies some of them into the folder when the build
# machine has them; a build machine without them leaves them out, so all are listed. Bare Debian
# 12 with only the folder lacked libGL, libEGL, libxcb and the Wayland client libraries.
# glib took a "t64" name in Debian 13 and Ubuntu 24.04, hence the alternative.
DEPENDS = (
    "libc6 (>= 2.35)", "libstdc++6", "libgcc-s1", "zlib1g", "libzstd1",
    "libglib2.0-0t64 | libglib2.0-0", "libdbus-1-3", "libfontconfig1", "libfreetype6",
    "libx11-6", "libx11-xcb1", "libxcb1", "libxcb-cursor0", "libxcb-glx0", "libxcb-icccm4",
    "libxcb-image0", "libxcb-keysyms1", "libxcb-randr0", "libxcb-render0", "libxcb-render-util0",
    "libxcb-shape0", "libxcb-shm0", "libxcb-sync1", "libxcb-util1", "libxcb-xfixes0", "libxcb-xkb1",
    "libxkbcommon0", "libxkbcommon-x11-0", "libegl1", "libgl1",
    "libwayland-client0", "libwayland-cursor0", "libwayland-egl1",  # Qt's Wayland platform, on Wayland desktops
)
SUMMARY = "school equity self-review against the Magnet School Development Framework"
DESCRIPTION = """\
 Equity Desktop walks a school team through the Magnet School Development
 Framework (U.S. Department of Education, 2018): stages, core components,
 stage maps and benchmarks, with ratings and evidence. It imports enrollment
 spreadsheets, computes minority group isolation, and builds an action plan
 printed as PDF or copied to Excel. It works offline and needs no account."""


def desktop_entry() -> str:
    return f"""[Desktop Entry]
Type=Application
Version=1.4
Name={APP_NAME}
GenericName=Equity self-review
Comment=A school's equity self-review and action plan
Exec={APP_ID} %f
TryExec={APP_ID}
Icon={APP_ID}
Terminal=false
Categories=Education;
MimeType={DOCUMENT_MIME};
Keywords=magnet;school;equity;MGI;isolation;enrollment;action plan;
StartupWMClass={APP_ID}
"""


def mime_info() -> str:
    # A review is an SQLite file with "EQRV" as its application id (bytes 68-71): the magic lets a
    # review renamed without its extension still be known; sub-class-of keeps SQLite tools offered.
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="{DOCUMENT_MIME}">
    <comment>{DOCUMENT_DESCRIPTION}</comment>
    <sub-class-of type="application/vnd.sqlite3"/>
    <generic-icon name="{APP_ID}"/>
    <glob pattern="*.{DOCUMENT_EXTENSION}"/>
    <magic priority="80">
      <match type="string" offset="0" value="SQLite format 3\\000">
        <match type="big32" offset="68" value="0x{APPLICATION_ID:08x}"/>
      </match>
    </magic>
  </mime-type>
</mime-info>
"""


def control(architecture: str, installed_kib: int) -> str:
    return (f"Package: {APP_ID}\nVersion: {__version__}\nArchitecture: {architecture}\n"
            f"Maintainer: Equity Desktop team <team@equitydesktop.invalid>\nInstalled-Size: {installed_kib}\n"
            f"Depends: {', '.join(DEPENDS)}\nSection: education\nPriority: optional\n"
            f"Description: {SUMMARY}\n{DESCRIPTION}\n")


def _write(path: Path, text: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    path.chmod(0o644)  # whatever the builder's umask


def stage_deb(bundle: Path, staging: Path, architecture: str) -> None:
    """Lay out the package's files under `staging` as they will be on the user's disk."""
    shutil.copytree(bundle, staging / INSTALL_DIR.lstrip("/"), symlinks=True)
    (staging / "usr" / "bin").mkdir(parents=True)
    (staging / "usr" / "bin" / APP_ID).symlink_to(f"{INSTALL_DIR}/{APP_ID}")
    share = staging / "usr" / "share"
    icons = ROOT / "resources" / "icons"
    _write(share / "applications" / f"{APP_ID}.desktop", desktop_entry())
    _write(share / "mime" / "packages" / f"{APP_ID}.xml", mime_info())
    _write(share / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png",
           (icons / "equity-desktop-256.png").read_bytes())
    _write(share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
           (icons / "equity-desktop.svg").read_bytes())
    _write(share / "doc" / APP_ID / "copyright",
           f"{APP_NAME} {__version__}: MIT licence.\nThe framework text is from Walton, M., Ford, B., Lapointe, J., "
           "& Balow, N. (2018), Magnet School Development Framework, U.S. Department of Education.\n"
           f"Bundled libraries and their licences: {INSTALL_DIR}/_internal (Qt and PySide6: LGPLv3; "
           f"DejaVu fonts: {INSTALL_DIR}/_internal/resources/fonts/DejaVu-LICENSE.txt).\n")
    installed_kib = sum(f.lstat().st_size for f in staging.rglob("*") if not f.is_dir()) // 1024
    _write(staging / "DEBIAN" / "control", control(architecture, installed_kib))
    for folder in [staging, *staging.rglob("*")]:  # dpkg-deb refuses group- or world-writable folders
        if folder.is_dir() and not folder.is_symlink():
            folder.chmod(0o755)


def build_deb(bundle: Path, out: Path) -> Path:
    architecture = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                                  check=True).stdout.strip()
    target = out / f"{APP_ID}_{__version__}_{architecture}.deb"
    with tempfile.TemporaryDirectory(prefix="deb-", dir=out) as temporary:
        staging = Path(temporary) / "root"
        stage_deb(bundle, staging, architecture)
        # xz at level 6 makes the smallest package; dpkg-deb runs it on every core.
        write_atomically(target, lambda partial: subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--build", str(staging), str(partial)],
            check=True, stdout=subprocess.DEVNULL))
    return target


def build_tarball(bundle: Path, out: Path) -> Path:
    machine = os.uname().machine
    target = out / f"{APP_ID}-{__version__}-linux-{machine}.tar.gz"

    def owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    def write(partial: Path) -> None:
        with tarfile.open(partial, "w:gz", compresslevel=6) as archive:
            archive.add(bundle, arcname=f"{APP_ID}-{__version__}", filter=owned_by_root)

    write_atomically(target, write)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / APP_ID, help="the PyInstaller folder")
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="where to write the packages")
    args = parser.parse_args(argv)
    if not (args.bundle / APP_ID).is_file():
        print(f"{args.bundle} holds no {APP_ID} program; run PyInstaller first (make dist does both).",
              file=sys.stderr)
        return 1
    if shutil.which("dpkg-deb") is None:
        print("dpkg-deb is missing: the .deb is built on Debian or Ubuntu (apt-get install dpkg).", file=sys.stderr)
        return 1
    try:
        for made in (build_deb(args.bundle, args.out), build_tarball(args.bundle, args.out)):
            print(f"Wrote {made} ({made.stat().st_size / 2**20:.1f} MiB)")
    except EquityError as error:  # a full disk or an unwritable dist/: one sentence, nothing half-written
        print(error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
