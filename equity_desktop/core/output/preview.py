"""Pages of the PDF plan as PNG images, for the preview inside the program (runs in a worker process).

The PDF is written exactly as Save would write it, to a temporary folder, then rendered by PDFium
(pypdfium2). Qt's own PDF module is not part of PySide6-Essentials.
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from equity_desktop.core.output.pdf_kit import Progress

PREVIEW_SCALE = 1.25  # 90 dots per inch: a page is readable at the window's width


def render_pages(pdf: Path, scale: float = PREVIEW_SCALE, progress: Progress | None = None) -> list[bytes]:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        pages = []
        for number in range(len(document)):
            if progress:
                progress(0.6 + 0.4 * number / len(document), f"Drawing page {number + 1} of {len(document)}")
            image = document[number].render(scale=scale, grayscale=False).to_pil()
            buffer = io.BytesIO()
            image.save(buffer, format="PNG", compress_level=1)  # speed over size: the images are thrown away
            pages.append(buffer.getvalue())
        return pages
    finally:
        document.close()


def preview_plan(review_path: str, paper: str = "letter", full: bool = False,
                 progress: Progress | None = None) -> list[bytes]:
    """The plan of the review at `review_path`, page by page, as PNG images."""
    from equity_desktop.core.output.plan_pdf import write_plan_pdf

    with tempfile.TemporaryDirectory(prefix="equity-preview-") as folder:
        pdf = write_plan_pdf(review_path, Path(folder) / "preview.pdf", paper, full,
                             progress=lambda f, m: progress(0.6 * f, m) if progress else None)
        return render_pages(pdf, progress=progress)
