"""Printing the take-home summary: the very PDF the preview shows, put on paper.

Paper and preview must match, so nothing here lays the handout out again. The
PDF bytes the handout renderer made are the only input, and they reach the
printer in one of two ways:

- **Print to file** (the printer's output format is ``PdfFormat``, as when
  "Print to file" is chosen in the print dialog): the PDF bytes themselves are
  written, atomically, to ``printer.outputFileName()``. The file is
  byte-identical to the preview, stays vector and searchable, and keeps its
  metadata and language tag for screen readers; drawing it again through a
  QPainter would turn every page into a picture. Only when the dialog asked
  for some of the pages, or for the last page first, is the raster path below
  used, since that is the one that can leave out or reorder pages.
- **A real printer**: each page is rendered by QtPdf at the printer's
  resolution (at most ``MAX_RASTER_DPI``, which bounds memory to about 35 MB a
  page), scaled into the printable area keeping its shape, one page a sheet,
  honouring the page range and page order the dialog set. Copies are left to
  the print system where it can make them, and made here where it cannot.

QtPdf is imported when something is printed, never when this module is
imported, so the window starts without it. This module adds nothing to the
PDF and never logs its text; the clinician's private note cannot reach paper
because the handout leaves it out, and nothing here may ever put it back.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from ..atomicfile import write_atomic
from ..errors import SharedVisitError

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument

log = logging.getLogger(__name__)

MAX_RASTER_DPI = 300
"""Pages are rendered at the printer's resolution, but never finer than this.

A "high resolution" printer reports 600 or 1200 dpi; a Letter page at 1200 dpi
is 135 million pixels (over 500 MB). 300 dpi prints text cleanly."""


class PrintError(SharedVisitError):
    """The printer could not be started or the PDF could not be read."""


def printers_available() -> bool:
    """True when the computer has at least one printer set up.

    Tests replace this (``monkeypatch.setattr(printing, "printers_available", ...)``),
    so callers use it as ``printing.printers_available()``.
    """
    return bool(QPrinterInfo.availablePrinterNames())


def print_pdf(pdf: bytes, printer: QPrinter, *, raster: bool = False) -> int:
    """Print the PDF ``pdf`` on ``printer``; returns how many pages were printed.

    A printer set to PDF output gets ``pdf`` itself, byte for byte (see the
    module's docstring), unless ``raster`` is true or only some pages were
    asked for. Raises ``OSError`` when the output file cannot be written, and
    ``PrintError`` when the printer cannot be started. Returns 0, printing
    nothing, when the page range the dialog set holds none of the pages.
    """
    document, _keep_alive = _load(pdf)
    try:
        pages = _pages_to_print(printer, document.pageCount())
        if not pages:
            return 0
        whole = pages == list(range(document.pageCount()))  # every page, in order
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and whole and not raster:
            target = printer.outputFileName()
            if not target:
                raise PrintError("The printer is set to print to a file, but no file was chosen.")
            write_atomic(target, pdf)
            return len(pages)
        return _paint(document, printer, pages)
    finally:
        document.close()


def _load(pdf: bytes) -> tuple[QPdfDocument, object]:
    """The PDF opened by QtPdf, and the buffer it reads from (keep both alive)."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    buffer = QBuffer(document)
    buffer.setData(pdf)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)  # a QBuffer holds everything, so this loads synchronously
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise PrintError("The summary could not be read for printing.")
    return document, buffer


def _pages_to_print(printer: QPrinter, page_count: int) -> list[int]:
    """The zero-based pages to print, in printing order.

    The dialog's page range is 1-based and may name pages the document does
    not have; an empty range means every page.
    """
    ranges = printer.pageRanges()
    pages = [page for page in range(page_count) if ranges.isEmpty() or ranges.contains(page + 1)]
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    return pages


def _paint(document: QPdfDocument, printer: QPrinter, pages: list[int]) -> int:
    """Render ``pages`` as images onto ``printer``; returns the sheets printed."""
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    if printer.collateCopies():
        order = [page for _ in range(copies) for page in pages]
    else:
        order = [page for page in pages for _ in range(copies)]

    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError("The printer could not be started.")
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        area = printer.pageRect(QPrinter.Unit.DevicePixel)
        fineness = min(1.0, MAX_RASTER_DPI / max(1, printer.resolution()))
        for number, page in enumerate(order):
            if number:
                printer.newPage()
            points = document.pagePointSize(page)
            target = _fit(points.width(), points.height(), area.width(), area.height())
            size = QSize(round(target.width() * fineness), round(target.height() * fineness))
            painter.drawImage(target, _page_image(document, page, size))
    finally:
        painter.end()
    if printer.printerState() == QPrinter.PrinterState.Error:
        raise PrintError("The printer reported an error.")
    log.info("printed %d page(s) of a summary", len(order))
    return len(order)


def _page_image(document: QPdfDocument, page: int, size: QSize) -> QImage:
    """One page as an opaque image: black on white, as it will look on paper.

    QtPdf renders onto a transparent background; sent as is, the printer would
    get an image with an alpha mask, which some drivers flatten slowly or badly.
    """
    rendered = document.render(page, size)
    if rendered.isNull():
        raise PrintError("A page of the summary could not be drawn for the printer.")
    image = QImage(rendered.size(), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return image


def _fit(width: float, height: float, area_width: float, area_height: float) -> QRectF:
    """A ``width`` x ``height`` page scaled to fill the area keeping its shape, centred.

    The painter's origin is the top left of the printable area, so the
    rectangle is in the area's own coordinates.
    """
    scale = min(area_width / width, area_height / height)
    w, h = width * scale, height * scale
    return QRectF((area_width - w) / 2, (area_height - h) / 2, w, h)
