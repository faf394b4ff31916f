"""The preview's PDF: written as Save writes it, handed back with every page's size, and drawn a page at a time."""

from __future__ import annotations

import io

from pypdf import PdfReader

from equity_desktop.core.output.preview import draw_page, preview_plan, render_pages


def test_the_preview_carries_the_pdf_and_every_page_size_before_any_page_is_drawn(demo_file, tmp_path):
    reports: list[float] = []
    document = preview_plan(str(demo_file), "a4", True, progress=lambda fraction, message: reports.append(fraction))
    pages = PdfReader(io.BytesIO(document.pdf)).pages
    assert len(document.sizes) == len(pages) > 20
    assert [(round(w), round(h)) for w, h in document.sizes] == [
        (round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in pages]
    assert (595, 842) in {(round(w), round(h)) for w, h in document.sizes}  # A4, as asked
    assert reports == sorted(reports) and reports[-1] >= 0.95


def test_a_page_is_drawn_at_the_size_announced(demo_file, tmp_path):
    document = preview_plan(str(demo_file), "letter", False)
    landscape = next(n for n, (w, h) in enumerate(document.sizes) if w > h)  # the 7-year timeline
    for number in (0, landscape):
        page = draw_page(document.pdf, number)
        assert (page.width, page.height) == document.pixel_sizes()[number]
        assert len(page.pixels) == page.stride * page.height and page.stride >= 4 * page.width
        red = page.pixels[0::4]
        assert sum(red) / len(red) > 200 and min(red) < 60  # white paper with dark print on it
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(document.pdf)
    first = render_pages(pdf, scale=0.5)[0]  # the documentation's screenshots
    assert first.startswith(b"\x89PNG")
