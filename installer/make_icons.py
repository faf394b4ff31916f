"""Draw the program's icon files from resources/icons/equity-desktop.svg.

Writes, beside the SVG: the 256-pixel PNG (window icon, Linux menus), the Windows
.ico and the macOS .icns. Both containers hold PNG images, which Windows Vista and
later and every macOS since 10.7 read, so no image library beyond Qt is needed.
Run it after changing the SVG and commit what it writes:

    .venv/bin/python installer/make_icons.py
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "equity-desktop.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# The ICNS type codes for PNG images of each size (Apple's icns format).
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10"}


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO file: a 6-byte header, one 16-byte entry per image, then the PNG images."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, png in pngs.items():
        side = 0 if size >= 256 else size  # 0 stands for 256 in an ICO entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(images))
        images += png
    return header + entries + images


def icns(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file: 'icns' and the total length, then a (type, length, PNG) block per image."""
    blocks = b"".join(ICNS_TYPES[size] + struct.pack(">I", 8 + len(png)) + png for size, png in pngs.items())
    return b"icns" + struct.pack(">I", 8 + len(blocks)) + blocks


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # painting needs one
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"{SVG} is not a valid SVG image.", file=sys.stderr)
        return 1
    sizes = sorted(set(ICO_SIZES) | set(ICNS_TYPES))
    pngs = {size: render_png(renderer, size) for size in sizes}
    (ICONS / "equity-desktop-256.png").write_bytes(pngs[256])
    (ICONS / "equity-desktop.ico").write_bytes(ico({size: pngs[size] for size in ICO_SIZES}))
    (ICONS / "equity-desktop.icns").write_bytes(icns({size: pngs[size] for size in ICNS_TYPES}))
    print(f"Wrote the PNG, ICO and ICNS icons to {ICONS} ({app.platformName()} platform)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
