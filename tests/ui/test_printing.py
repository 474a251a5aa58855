"""Printing PDF bytes: byte for byte to a PDF file, page by page as images to a printer.

A real printer is not available here, so the raster path is tested by
forcing it (``raster=True``, or a page range) onto a printer whose output is
a PDF file, and reading that file back.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from sharedvisit.handout import render_handout
from sharedvisit.ui import printing
from sharedvisit.visit import Visit


@pytest.fixture
def summary_pdf(example_visit: Visit) -> bytes:
    """The example visit's handout on Letter paper: several pages."""
    data = render_handout(example_visit, paper="letter")
    assert len(PdfReader(io.BytesIO(data)).pages) >= 3  # enough to test page ranges
    return data


@pytest.fixture
def printer(qapp: QApplication, tmp_path: Path) -> QPrinter:
    """A high-resolution printer that prints to ``printed.pdf`` on Letter paper."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    return printer


def read(path: Path) -> PdfReader:
    return PdfReader(io.BytesIO(path.read_bytes()))


def pages_in(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def test_printing_to_a_pdf_file_writes_the_same_bytes(
    summary_pdf: bytes, printer: QPrinter, tmp_path: Path
) -> None:
    assert printing.print_pdf(summary_pdf, printer) == pages_in(summary_pdf)
    assert (tmp_path / "printed.pdf").read_bytes() == summary_pdf


def test_the_raster_path_prints_every_page_as_an_image(
    summary_pdf: bytes, printer: QPrinter, tmp_path: Path
) -> None:
    count = printing.print_pdf(summary_pdf, printer, raster=True)
    printed = read(tmp_path / "printed.pdf")
    assert count == len(printed.pages) == pages_in(summary_pdf)
    for page in printed.pages:
        assert round(float(page.mediabox.width)) == 612  # Letter, as the printer was set
        assert round(float(page.mediabox.height)) == 792
        [image] = page.images
        pixels = image.image.convert("L")
        low, high = pixels.getextrema()
        assert low < 80 and high > 230  # dark text on white: the page is not blank
        assert min(pixels.size) >= 1500  # about 300 dpi across the printable width


def test_a_page_range_prints_only_those_pages(
    summary_pdf: bytes, printer: QPrinter, tmp_path: Path
) -> None:
    printer.setFromTo(2, 3)
    assert printing.print_pdf(summary_pdf, printer) == 2
    assert len(read(tmp_path / "printed.pdf").pages) == 2


def test_a_range_beyond_the_last_page_prints_nothing(
    summary_pdf: bytes, printer: QPrinter, tmp_path: Path
) -> None:
    printer.setFromTo(40, 41)
    assert printing.print_pdf(summary_pdf, printer) == 0
    assert not (tmp_path / "printed.pdf").exists()


def test_copies_are_made_when_the_print_system_cannot(
    summary_pdf: bytes, printer: QPrinter, tmp_path: Path
) -> None:
    assert not printer.supportsMultipleCopies()  # PDF output makes no copies itself
    printer.setCopyCount(2)
    count = printing.print_pdf(summary_pdf, printer, raster=True)
    assert count == len(read(tmp_path / "printed.pdf").pages) == 2 * pages_in(summary_pdf)


def test_a_file_in_a_missing_folder_raises_oserror(
    summary_pdf: bytes, printer: QPrinter, tmp_path: Path
) -> None:
    printer.setOutputFileName(str(tmp_path / "missing" / "printed.pdf"))
    with pytest.raises(FileNotFoundError):
        printing.print_pdf(summary_pdf, printer)
    assert not (tmp_path / "missing").exists()


def test_bytes_that_are_not_a_pdf_raise_print_error(printer: QPrinter, tmp_path: Path) -> None:
    with pytest.raises(printing.PrintError):
        printing.print_pdf(b"not a pdf at all", printer)
    assert not (tmp_path / "printed.pdf").exists()
