"""The PDF plan for the preview inside the program: written in a worker process, drawn a page at a time.

`preview_plan` (in a worker process) writes the PDF exactly as Save would, to a temporary folder, and
hands back its bytes with every page's size, so the window knows the page count and the length of its
scroll bar before any page is drawn. The window then draws only the pages near what is on screen with
`draw_page` (PDFium, through pypdfium2; Qt's own PDF module is not part of PySide6-Essentials), in a
thread of its own, keeping a few. Drawing every page up front and loading them all had stalled the
window for 9–12 s and held 1.3 GB for a 423-page plan (bench/bench_stall_pages.py).
"""

from __future__ import annotations

import math
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pdf_kit imports reportlab (~0.2 s), which the window, drawing pages, never needs
    from equity_desktop.core.output.pdf_kit import Progress

PREVIEW_SCALE = 1.25  # 90 dots per inch: a page is readable at the window's width
WRITING_SHARE = 0.95  # of the progress bar; reading the page sizes back is the rest


@dataclass(frozen=True)
class PreviewDocument:
    """A PDF to preview: its bytes and each page's (width, height) in points."""

    pdf: bytes
    sizes: tuple[tuple[float, float], ...]

    def pixel_sizes(self, scale: float = PREVIEW_SCALE) -> list[tuple[int, int]]:
        """Each page's size in pixels when drawn at `scale`, exactly as `draw_page` makes it."""
        return [(math.ceil(width * scale), math.ceil(height * scale)) for width, height in self.sizes]


@dataclass(frozen=True)
class DrawnPage:
    """One page as pixels: `stride` bytes a row, 4 a pixel, red, green, blue and an unused byte."""

    width: int
    height: int
    stride: int
    pixels: bytes


def draw_page(pdf: bytes, number: int, scale: float = PREVIEW_SCALE) -> DrawnPage:
    """Page `number` (from 0) of `pdf`, drawn by PDFium.

    PDFium is not thread-safe: in one process, every call of this (and of any other PDFium code) must come
    from one thread. The document is opened for each page: a few milliseconds, and nothing stays open to
    be closed by the right thread later.
    """
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        page = document[number]
        # RGBX: four bytes a pixel in a fixed order whatever the processor, which Qt paints fastest.
        bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)
        drawn = DrawnPage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))
        bitmap.close()
        page.close()
        return drawn
    finally:
        document.close()


def render_pages(pdf: Path, scale: float = PREVIEW_SCALE) -> list[bytes]:
    """Every page of the PDF file `pdf` as a PNG image (the documentation's screenshots)."""
    import io

    from PIL import Image

    data = Path(pdf).read_bytes()
    images = []
    for number in range(len(read_preview(data).sizes)):
        page = draw_page(data, number, scale)
        buffer = io.BytesIO()
        Image.frombuffer("RGBX", (page.width, page.height), page.pixels, "raw", "RGBX", page.stride, 1).convert(
            "RGB").save(buffer, format="PNG")
        images.append(buffer.getvalue())
    return images


def read_preview(pdf: bytes) -> PreviewDocument:
    """`pdf` with its page sizes, read without drawing a page."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        return PreviewDocument(pdf, tuple(tuple(document.get_page_size(n)) for n in range(len(document))))
    finally:
        document.close()


def preview_plan(review_path: str, paper: str = "letter", full: bool = False,
                 progress: Progress | None = None, language: str = "en") -> PreviewDocument:
    """The plan of the review at `review_path` as a PDF to preview, in `language` (runs in a worker process)."""
    from equity_desktop.core.output.plan_pdf import write_plan_pdf

    with tempfile.TemporaryDirectory(prefix="equity-preview-") as folder:
        pdf = write_plan_pdf(review_path, Path(folder) / "preview.pdf", paper, full,
                             progress=lambda f, m: progress(WRITING_SHARE * f, m) if progress else None,
                             language=language)
        data = pdf.read_bytes()
    if progress:
        progress(WRITING_SHARE, "Counting the pages")
    return read_preview(data)
