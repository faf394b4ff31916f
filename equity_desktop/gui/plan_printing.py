"""Printing the action plan: the system's print dialog, and the pages of the very PDF that Save as PDF writes.

The PDF is written by the core's writer in a worker process (as for the preview), so what comes out of the
printer is what the saved file holds, page for page. Each chosen page is drawn by PDFium at the printer's
resolution (at most PRINT_DPI: more only costs memory on a school printer) in the PDFium thread, and painted
on the printer's page, centred, with the PDF's own margins (the printer's are set to none).
"""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from equity_desktop.core.output.preview import PreviewDocument, draw_page
from equity_desktop.gui.page_preview import _PDFIUM

PRINT_DPI = 300
POINTS_PER_INCH = 72


class PrintFailed(OSError):
    """The printer could not be opened (no printer, or a file that cannot be written)."""


def printer_for(document: PreviewDocument) -> QPrinter:
    """A printer set up for `document`: its paper (from its first page), no margins of the printer's own."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    width, height = document.sizes[0] if document.sizes else (612.0, 792.0)
    page_size = QPageSize(QSizeF(width, height), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    printer.setPageLayout(QPageLayout(page_size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)
    return printer


def chosen_pages(printer: QPrinter, count: int) -> list[int]:
    """The pages (from 0) the person chose in the print dialog: all, or a range."""
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0:
        return list(range(count))
    return list(range(first - 1, min(last or count, count)))


def _drawn(pdf: bytes, number: int, scale: float) -> QImage:
    page = draw_page(pdf, number, scale)
    image = QImage(page.pixels, page.width, page.height, page.stride, QImage.Format.Format_RGBX8888)
    return image.convertToFormat(QImage.Format.Format_RGB32)  # a copy that owns its pixels


def print_document(document: PreviewDocument, printer: QPrinter) -> int:
    """Print the chosen pages of `document` on `printer`; how many were printed."""
    pages = chosen_pages(printer, len(document.sizes))
    scale = min(printer.resolution(), PRINT_DPI) / POINTS_PER_INCH
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(printer.outputFileName() or printer.printerName())
    try:
        for done, number in enumerate(pages):
            if done:
                printer.newPage()
            image = _PDFIUM.submit(_drawn, document.pdf, number, scale).result()  # PDFium's own thread
            area = QRectF(painter.viewport())
            fit = min(area.width() / image.width(), area.height() / image.height())
            target = QRectF(0, 0, image.width() * fit, image.height() * fit)
            target.moveCenter(area.center())
            painter.drawImage(target, image)
    finally:
        painter.end()
    return len(pages)
