"""The take-home summary pane: a live preview of the patient's PDF, and printing it.

The preview is the handout PDF itself, shown by QtPdf, so what both people
see on screen is what the patient takes home; printing and "Save PDF" use the
same bytes (``printing`` explains how they reach paper).

Typing never waits for the PDF. An edit starts a short timer (``DEBOUNCE_MS``,
and never longer than ``MAX_WAIT_MS`` during continuous typing); when it fires,
the pane takes a snapshot of the visit (plain data, a fraction of a
millisecond) and a separate render process (``renderprocess``) makes the PDF; the
UI thread only loads the finished bytes into the view, keeping the scroll
position. A process, not a thread: reportlab holds the GIL for the whole of a
render, and on a thread it made every Python step of the window wait behind
it (a second-long stall while a long list re-laid itself out). ``render_now()``
renders the visit as it is now and waits for it, so print and save always use
the visit as it is now.

Before Print and Save PDF the pane names, entry by entry, any text that will
not print as typed (characters the font cannot draw, control characters,
right-to-left text; see ``handout.printable``), and the person may go back.

Nothing heavy happens at start-up: the first render of a visit waits until the
pane has been painted and the event loop has come round, and only then is the
render process started, which alone imports reportlab. QtPdf is imported when
the first PDF arrives. So the window shows as fast as it can.

This pane must never show, print, save or log the clinician's private note.
The handout leaves it out already; the pane also sends the render process a
snapshot of the visit without the note (``RenderRequest.of``), so
the note never leaves the window's process. Logs here carry no visit text at
all: not the patient's name, not the file name chosen.
"""

from __future__ import annotations

import contextlib
import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QLocale, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..atomicfile import write_atomic
from . import dialogs
from .renderprocess import RenderRequest, render_process

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    from ..clinic import Clinic
    from ..handout.printable import PrintProblem
    from .document import VisitDocument

log = logging.getLogger(__name__)

Paper = Literal["letter", "a4"]

DEBOUNCE_MS = 500
"""The preview follows an edit this long after the last keystroke."""

MAX_WAIT_MS = 2000
"""...and never later than this after the first unshown edit, even while typing."""

FIRST_RENDER_FALLBACK_MS = 1000
"""A visit's first preview waits for the pane's first paint, or this long if it is never painted."""

SUGGESTED_NAME = "visit-summary-{date}.pdf"
"""The file name offered by Save PDF. No patient name: file names show up in
recent-file lists, backups and print queues where the contents do not."""


def default_paper() -> Paper:
    """Letter where the system's locale uses US measures, A4 everywhere else."""
    us = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "letter" if us else "a4"


class SummaryPane(QWidget):
    """The patient's take-home summary as it will print, with Print and Save PDF."""

    rendered = Signal()
    """The preview now shows a fresh PDF (``pdf_bytes()``) of the current visit."""

    message = Signal(str)
    """What just happened, in one plain sentence, for a status bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document: VisitDocument | None = None
        self._paper: Paper = default_paper()
        self._pdf: bytes | None = None
        self._pdf_document: QPdfDocument | None = None
        self._view: QPdfView | None = None  # made on the first render: QtPdf loads then
        self._empty_document: QPdfDocument | None = None
        # Each set_document() starts a new session; a render of an older one is dropped.
        self._session = 0
        self._generation = 0  # edits seen in this session
        self._shown_generation = -1
        self._in_flight = False
        self._again = False  # an edit arrived while rendering: render once more after
        self._first_unshown: float | None = None
        self._clinic: Clinic | None = None  # on every handout: set once, in the settings
        self._submitted: RenderRequest | None = None  # what was last sent to be rendered
        self._painted = False  # the first render of a visit waits for the pane's first paint
        self._token: int | None = None  # this pane's name for the render worker
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._start_render)

        self.print_action = QAction(self.tr("Print summary…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setToolTip(self.tr("Print summary"))
        self.print_action.setStatusTip(self.tr("Print the patient's take-home summary."))
        self.print_action.setIcon(QIcon.fromTheme(QIcon.ThemeIcon.DocumentPrint))
        self.print_action.triggered.connect(self.print_summary)

        self.save_pdf_action = QAction(self.tr("Save summary as PDF…"), self)
        self.save_pdf_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.save_pdf_action.setToolTip(self.tr("Save summary as PDF"))
        self.save_pdf_action.setStatusTip(
            self.tr("Save the patient's take-home summary as a PDF file.")
        )
        self.save_pdf_action.setIcon(QIcon.fromTheme(QIcon.ThemeIcon.DocumentSaveAs))
        self.save_pdf_action.triggered.connect(self.save_pdf)
        # Shortcuts work while this pane's window is active, menu or not.
        self.addAction(self.print_action)
        self.addAction(self.save_pdf_action)

        self._build()
        self._show_note(self.tr("Open a visit to see the patient's take-home summary here."))
        self._set_enabled(False)

    # -- public ----------------------------------------------------------------

    def set_document(self, document: VisitDocument | None) -> None:
        """Preview ``document``'s visit from now on; None empties the pane."""
        if self._document is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # the old one may be gone
                self._document.changed.disconnect(self._on_changed)
        self._document = document
        self._session += 1
        self._generation = 0
        self._shown_generation = -1
        self._in_flight = False  # a render still running belongs to the old session
        self._again = False
        self._first_unshown = None
        self._submitted = None
        self._timer.stop()
        self._pdf = None
        self._set_enabled(document is not None)
        if document is None:
            self._drop_preview()
            self._show_note(self.tr("Open a visit to see the patient's take-home summary here."))
            return
        document.changed.connect(self._on_changed)
        self._show_note(self.tr("Preparing the summary…"))
        # Not at once: opening a visit is on the way to the window's first paint, and
        # starting the render process would only slow that down. After the pane is
        # painted and the event loop has come round (a pane never painted: a bit later).
        self._timer.start(0 if self._painted else FIRST_RENDER_FALLBACK_MS)

    def document(self) -> VisitDocument | None:
        return self._document

    def pdf_bytes(self) -> bytes | None:
        """The PDF the preview shows now; None before the first render or with no visit."""
        return self._pdf

    def paper(self) -> Paper:
        return self._paper

    def set_paper(self, paper: Paper) -> None:
        """Render on ``"letter"`` or ``"a4"`` paper from now on."""
        if paper not in ("letter", "a4"):
            raise ValueError(f"paper must be 'letter' or 'a4', not {paper!r}")
        if paper != self._paper:
            self._paper = paper
            if self._document is not None:
                self._on_changed()

    def clinic(self) -> Clinic | None:
        return self._clinic

    def set_clinic(self, clinic: Clinic | None) -> None:
        """Put ``clinic``'s name and numbers on the handout from now on (None or empty: none)."""
        clinic = None if clinic is None or clinic.is_empty() else clinic
        if clinic != self._clinic:
            self._clinic = clinic
            if self._document is not None:
                self._on_changed()

    def render_now(self) -> bytes:
        """Render the current visit now, wait for it, show it, and return the PDF.

        For print and save: the pending debounced render may not have run yet.
        The render process does the work (after a render it is busy with, if
        any); the UI thread waits. Raises whatever the renderer raised.
        """
        if self._document is None:
            raise RuntimeError("no visit is open")
        self._timer.stop()
        self._again = False
        self._first_unshown = None
        request = RenderRequest.of(self._document.visit, self._paper, self._clinic)
        pdf = render_process().render_now(request)
        self._submitted = request
        self._show_pdf(pdf, self._generation)
        return pdf

    def save_pdf(self) -> Path | None:
        """Ask where, then save the summary there; returns the path, or None if not saved.

        Text that will not print as typed is named first, with a way back.
        """
        return self._save_pdf(checked=False)

    def _save_pdf(self, *, checked: bool) -> Path | None:
        if self._document is None:
            return None
        title = self.tr("Save summary as PDF")
        if not checked and not self._confirm_printable(title, self.tr("Save anyway")):
            return None
        path = dialogs.ask_save_path(self, title, self._suggested_path(), dialogs.PDF_FILTER)
        if path is None:
            return None
        pdf = self._render_for_output(title)
        if pdf is None:
            return None
        try:
            write_atomic(path, pdf)
        except OSError as exc:
            log.warning("saving a summary PDF failed: %s", type(exc).__name__)
            dialogs.show_error(
                self,
                title,
                self.tr("The summary could not be saved as {path} ({reason}).").format(
                    path=str(path), reason=_reason(exc)
                ),
            )
            return None
        self._say(self.tr("The summary was saved as {name}.").format(name=path.name))
        return path

    def print_summary(self) -> int:
        """Print the summary after the print dialog; returns the pages printed (0 if none)."""
        if self._document is None:
            return 0
        # Qt's printing (and its page sizes, 1 MB of Python enums) loads when first used.
        from PySide6.QtGui import QPageSize
        from PySide6.QtPrintSupport import QPrinter

        from . import printing

        title = self.tr("Print summary")
        if not self._confirm_printable(title, self.tr("Print anyway")):
            return 0
        if not printing.printers_available():
            choice = dialogs.ask_choice(
                self,
                title,
                self.tr(
                    "No printer is set up on this computer. You can save the summary "
                    "as a PDF and print it from another computer."
                ),
                [self.tr("Save PDF…")],
            )
            if choice == 0:
                self._save_pdf(checked=True)
            return 0
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        # The print queue is visible to everyone on the network: no patient name in it.
        printer.setDocName(self.tr("Visit summary"))
        printer.setPageSize(QPageSize(getattr(QPageSize.PageSizeId, _PAGE_SIZES[self._paper])))
        if not dialogs.run_print_dialog(printer, self):
            return 0
        pdf = self._render_for_output(title)
        if pdf is None:
            return 0
        try:
            pages = printing.print_pdf(pdf, printer)
        except OSError as exc:
            log.warning("printing a summary to a file failed: %s", type(exc).__name__)
            dialogs.show_error(
                self,
                title,
                self.tr("The summary could not be saved as {path} ({reason}).").format(
                    path=printer.outputFileName(), reason=_reason(exc)
                ),
            )
            return 0
        except printing.PrintError:
            log.warning("printing a summary failed")
            dialogs.show_error(
                self,
                title,
                self.tr(
                    "The summary could not be sent to the printer; check that it is "
                    "switched on and try again."
                ),
            )
            return 0
        if pages == 0:
            dialogs.show_error(
                self,
                title,
                self.tr(
                    "Nothing was printed: the pages chosen are not in the summary, "
                    "which runs from page 1 to page {last}."
                ).format(last=self._page_count()),
            )
            return 0
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            name = Path(printer.outputFileName()).name
            self._say(self.tr("The summary was printed to the file {name}.").format(name=name))
        else:
            self._say(self.tr("The summary was sent to the printer."))
        return pages

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            if self._timer.isActive() and not self._in_flight and self._pdf is None:
                self._timer.start(0)  # the first render of the visit set before this paint

    # -- building the pane -------------------------------------------------------

    def _build(self) -> None:
        title = QLabel(self.tr("Take-home summary"), self)
        title.setProperty("role", "subtitle")  # sized by the theme, with the text zoom
        self._pages = QLabel(self)  # "Pages: 4 · A4 paper": what the printer will use
        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(title)
        heading.addWidget(self._pages)

        self._save_button = self._button(
            "saveButton", self.tr("Save PDF…"), self.tr("Save summary as PDF"), self.save_pdf_action
        )
        self._print_button = self._button(
            "printButton", self.tr("Print…"), self.tr("Print summary"), self.print_action
        )

        # Buttons under the heading, not beside it: the pane stays narrow at large text.
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self._save_button)
        bar.addWidget(self._print_button)

        self._note = QLabel(self)
        self._note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._note.setWordWrap(True)
        self._note.setMargin(24)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._note)

        self._status = QLabel(self)
        self._status.setWordWrap(True)
        self._status.setAccessibleName(self.tr("Summary status"))

        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addLayout(bar)
        layout.addWidget(self._stack, 1)
        layout.addWidget(self._status)

    def _button(self, object_name: str, text: str, name: str, action: QAction) -> QPushButton:
        """A big, plainly labelled button that runs ``action``."""
        button = QPushButton(text, self)
        button.setObjectName(object_name)
        button.setAccessibleName(name)
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(self.tr("{action} ({shortcut})").format(action=name, shortcut=shortcut))
        button.setIcon(action.icon())
        button.setMinimumHeight(button.fontMetrics().height() * 2 + 4)
        button.setMinimumWidth(button.fontMetrics().horizontalAdvance(text) + 40)
        button.clicked.connect(action.trigger)
        return button

    def _ensure_view(self) -> QPdfView:
        if self._view is None:
            from PySide6.QtPdfWidgets import QPdfView

            view = QPdfView(self)
            view.setPageMode(QPdfView.PageMode.MultiPage)
            view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            view.setPageSpacing(12)
            view.setAccessibleName(self.tr("Preview of the take-home summary"))
            view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # so the keyboard can scroll it
            self._stack.addWidget(view)
            self._view = view
        return self._view

    def _set_enabled(self, on: bool) -> None:
        for control in (self.print_action, self.save_pdf_action):
            control.setEnabled(on)
        for button in (self._print_button, self._save_button):
            button.setEnabled(on)

    def _show_note(self, text: str) -> None:
        self._pages.clear()
        self._note.setText(text)
        self._stack.setCurrentWidget(self._note)

    def _describe_pages(self, count: int) -> str:
        # No "%n page(s)": without a translation loaded, Qt would show "(s)" as is.
        if self._paper == "letter":
            return self.tr("Pages: {count} · Letter paper").format(count=count)
        return self.tr("Pages: {count} · A4 paper").format(count=count)

    def _page_count(self) -> int:
        return self._pdf_document.pageCount() if self._pdf_document is not None else 0

    def _say(self, text: str) -> None:
        self._status.setText(text)
        self.message.emit(text)

    # -- rendering -------------------------------------------------------------------

    def _on_changed(self) -> None:
        self._generation += 1
        now = time.monotonic()
        if self._first_unshown is None:
            self._first_unshown = now
        waited_ms = (now - self._first_unshown) * 1000
        self._timer.start(int(max(0, min(DEBOUNCE_MS, MAX_WAIT_MS - waited_ms))))

    def _start_render(self) -> None:
        if self._document is None:
            return
        if self._in_flight:
            self._again = True
            return
        self._first_unshown = None
        request = RenderRequest.of(self._document.visit, self._paper, self._clinic)
        if request == self._submitted:
            return  # e.g. only the private note changed: the handout would be the same
        self._submitted = request
        self._in_flight = True
        worker = render_process()
        if self._token is None:
            self._token = worker.register(self)
        worker.submit(self._token, self._session, self._generation, request)

    def render_done(self, session: int, generation: int, pdf: bytes | None, error: str) -> None:
        if session != self._session:
            return  # rendered for a visit no longer shown
        self._in_flight = False
        if pdf is None:
            # The error's type only: its message could quote the visit.
            log.warning("the summary preview could not be rendered (%s)", error)
            self._pdf = None
            self._show_note(
                self.tr(
                    "The summary could not be prepared. The visit itself is not affected; "
                    "the preview will try again after the next change."
                )
            )
        elif generation > self._shown_generation:
            self._show_pdf(pdf, generation)
        if self._again:
            self._again = False
            self._start_render()

    def _show_pdf(self, pdf: bytes, generation: int) -> None:
        """Swap the new PDF into the view, keeping the place the reader scrolled to."""
        from PySide6.QtCore import QBuffer, QIODevice
        from PySide6.QtPdf import QPdfDocument

        view = self._ensure_view()
        document = QPdfDocument(self)
        buffer = QBuffer(document)  # the document reads from it for as long as it lives
        buffer.setData(pdf)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)  # a QBuffer holds everything, so this loads synchronously
        if document.status() != QPdfDocument.Status.Ready:
            log.warning("the summary preview could not be loaded (%s)", document.error().name)
            document.deleteLater()
            self._show_note(self.tr("The summary could not be shown."))
            return
        # A second document, swapped in whole, means the view never shows an empty page.
        scroll = view.verticalScrollBar().value()
        old = self._pdf_document
        view.setDocument(document)
        view.verticalScrollBar().setValue(scroll)
        self._pdf_document = document
        if old is not None:
            old.deleteLater()
        self._pdf = pdf
        self._shown_generation = generation
        self._pages.setText(self._describe_pages(document.pageCount()))
        self._stack.setCurrentWidget(view)
        self.rendered.emit()

    def _drop_preview(self) -> None:
        """Forget the shown PDF, so no patient's summary stays behind in the view."""
        if self._view is not None:
            from PySide6.QtPdf import QPdfDocument

            if self._empty_document is None:
                # An empty document rather than None, which QPdfView warns about.
                self._empty_document = QPdfDocument(self._view)
            self._view.setDocument(self._empty_document)
        if self._pdf_document is not None:
            self._pdf_document.deleteLater()
            self._pdf_document = None

    # -- output helpers ---------------------------------------------------------------

    def _render_for_output(self, title: str) -> bytes | None:
        """``render_now()`` for print and save; a failure is told, not raised."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a long visit takes a moment
        try:
            return self.render_now()
        except Exception as exc:  # a bug in rendering; say so instead of failing silently
            log.warning("rendering the summary for output failed (%s)", type(exc).__name__)
        finally:
            QGuiApplication.restoreOverrideCursor()
        dialogs.show_error(
            self, title, self.tr("The summary could not be prepared, so nothing was done.")
        )
        return None

    def _confirm_printable(self, title: str, go_on: str) -> bool:
        """Name the text that will not print as typed, and ask; True to go on.

        Characters the font cannot draw would print as empty boxes, control
        characters would be left out, and right-to-left text would print
        reversed: the person decides with the entry named, nothing is lost
        unseen. Only counts are logged, never the text or its characters.
        """
        from ..handout.printable import print_problems

        assert self._document is not None
        problems = print_problems(self._document.visit)
        if not problems:
            return True
        lines = [self._describe_problem(problem) for problem in problems[:_MAX_PROBLEMS_SHOWN]]
        if len(problems) > _MAX_PROBLEMS_SHOWN:
            lines.append(
                self.tr("…and {count} more.").format(count=len(problems) - _MAX_PROBLEMS_SHOWN)
            )
        text = "\n\n".join(
            [
                self.tr("Some of the text will not print as it was typed:"),
                "\n".join(f"• {line}" for line in lines),
                self.tr("You can go back and change it, or go on as it is."),
            ]
        )
        choice = dialogs.ask_choice(self, title, text, [go_on, self.tr("Go back")], default=1)
        if choice != 0:
            log.info("output stopped before printing: %d text problems", len(problems))
        return choice == 0

    def _describe_problem(self, problem: PrintProblem) -> str:
        from ..handout.printable import Problem

        place = self._describe_place(problem.place)
        if problem.problem is Problem.RIGHT_TO_LEFT:
            return self.tr(
                "{place}: text written right to left will print left to right, "
                "with Arabic letters not joined."
            ).format(place=place)
        shown = ", ".join(_show_char(char) for char in problem.chars[:_MAX_CHARS_SHOWN])
        if len(problem.chars) > _MAX_CHARS_SHOWN:
            shown += ", …"
        if problem.problem is Problem.UNPRINTABLE:
            return self.tr(
                "{place}: invisible control characters ({chars}) will be left out."
            ).format(place=place, chars=shown)
        return self.tr("{place}: {chars} cannot be printed and will show as empty boxes.").format(
            place=place, chars=shown
        )

    def _describe_place(self, place: tuple[str | int, ...]) -> str:
        """``("agenda", 2, "note")`` in words: "Agenda item 3, note"."""
        lists = {
            "agenda": self.tr("Agenda item {n}"),
            "concerns": self.tr("Concern {n}"),
            "uncertainties": self.tr("Unknown {n}"),
            "next_steps": self.tr("Next step {n}"),
            "decisions": self.tr("Decision {n}"),
            "options": self.tr("option {n}"),
        }
        fields = {
            "patient": self.tr("Patient's name"),
            "clinician": self.tr("Clinician's name"),
            "reason": self.tr("Reason for the visit"),
            "plan": self.tr("The plan"),
            "clinician_contact": self.tr("How to reach the clinician"),
            "note": self.tr("what we said"),
            "response": self.tr("what we will do"),
        }
        words: list[str] = []
        parts = list(place)
        for index, part in enumerate(parts):
            if isinstance(part, int):
                continue
            following = parts[index + 1] if index + 1 < len(parts) else None
            if isinstance(following, int):
                label = lists.get(part, part.replace("_", " ") + " {n}")
                words.append(label.format(n=following + 1))
            elif part != "text" or not words:
                words.append(fields.get(part, part.replace("_", " ")))
        return ", ".join(words)

    def _suggested_path(self) -> Path:
        assert self._document is not None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = SUGGESTED_NAME.format(date=self._document.visit.date.isoformat())
        return Path(folder or Path.home()) / name


_PAGE_SIZES = {"letter": "Letter", "a4": "A4"}
"""The handout's paper, as Qt names its page size."""
_MAX_PROBLEMS_SHOWN = 8
_MAX_CHARS_SHOWN = 6


def _show_char(char: str) -> str:
    """A character as a person can find it: itself where it can be shown, and its code."""
    code = f"U+{ord(char):04X}"
    return f"{char} ({code})" if char.isprintable() else code


def _reason(exc: OSError) -> str:
    """The system's words for what went wrong, without the path it repeats."""
    return exc.strerror or type(exc).__name__
