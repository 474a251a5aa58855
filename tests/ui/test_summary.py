"""The summary pane: a live preview of the take-home PDF, printing and saving it.

Drives the real pane on the real example visit in a real store, and reads
every PDF back with pypdf. Dialogs are replaced through ``dialogs``; the
printer check through ``printing.printers_available``.
"""

from __future__ import annotations

import datetime as dt
import gc
import io
import multiprocessing
import multiprocessing.spawn
import os
import re
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from sharedvisit.store import Store
from sharedvisit.ui import dialogs, printing, renderprocess, summary
from sharedvisit.ui.document import VisitDocument
from sharedvisit.ui.renderprocess import RenderRequest
from sharedvisit.ui.summary import SummaryPane
from sharedvisit.visit import AgendaItem, NextStep, Person, Visit
from tests.qtisolation import print_to_file

from . import renderjobs

RENDER_TIMEOUT_MS = 10_000
PRIVATE_MARKER = "PRIVATE-MARKER-qzkwj never show this"


# -- reading PDFs back ---------------------------------------------------------------


def pdf_text(pdf: bytes) -> str:
    """Every page's text, whitespace collapsed (lines break wherever the page fills)."""
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def decoded_streams(pdf: bytes) -> list[bytes]:
    """Every stream in the file, decompressed: content, fonts, metadata."""
    reader = PdfReader(io.BytesIO(pdf))
    streams = []
    for number in range(1, int(reader.trailer["/Size"])):
        get_data = getattr(reader.get_object(number), "get_data", None)
        if get_data is not None:
            streams.append(get_data())
    return streams


# -- fixtures ----------------------------------------------------------------------------


@pytest.fixture
def pane(qtbot: QtBot) -> SummaryPane:
    widget = SummaryPane()
    qtbot.addWidget(widget)
    widget.resize(520, 760)
    widget.show()
    return widget


@pytest.fixture
def shown(pane: SummaryPane, document: VisitDocument, qtbot: QtBot) -> SummaryPane:
    """The pane showing the example visit, first render done."""
    with qtbot.waitSignal(pane.rendered, timeout=RENDER_TIMEOUT_MS):
        pane.set_document(document)
    return pane


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[Any]]:
    """Every dialog the pane opens, recorded; each test says what the person answers."""
    record: dict[str, list[Any]] = {"error": [], "choice": [], "save": [], "print": []}

    def refuse(*args: Any) -> Any:
        raise AssertionError(f"unexpected dialog: {args}")

    monkeypatch.setattr(dialogs, "ask_save_path", refuse)
    monkeypatch.setattr(dialogs, "ask_choice", refuse)
    monkeypatch.setattr(dialogs, "run_print_dialog", refuse)
    monkeypatch.setattr(dialogs, "show_error", lambda *a: record["error"].append(a))
    return record


def answer_save(monkeypatch: pytest.MonkeyPatch, calls: dict[str, list[Any]], path: Path | None):
    def ask_save_path(parent: Any, title: str, suggested: Path, file_filter: str) -> Path | None:
        calls["save"].append((title, suggested, file_filter))
        return path

    monkeypatch.setattr(dialogs, "ask_save_path", ask_save_path)


def answer_choice(monkeypatch: pytest.MonkeyPatch, calls: dict[str, list[Any]], index: int):
    def ask_choice(parent: Any, title: str, text: str, choices: list[str], default: int = 0):
        calls["choice"].append((title, text, choices))
        return index

    monkeypatch.setattr(dialogs, "ask_choice", ask_choice)


@pytest.fixture
def requests(monkeypatch: pytest.MonkeyPatch) -> list[RenderRequest]:
    """Every render the pane sends to its render process, in order."""
    sent: list[RenderRequest] = []
    real = renderprocess.RenderProcess.submit

    def submit(worker: Any, token: int, session: int, generation: int, request: RenderRequest):
        sent.append(request)
        return real(worker, token, session, generation, request)

    monkeypatch.setattr(renderprocess.RenderProcess, "submit", submit)
    return sent


def render_processes() -> list[multiprocessing.Process]:
    """The live processes this one started: the pane's render process, once it runs."""
    return multiprocessing.active_children()


# -- start-up cost -----------------------------------------------------------------------


def in_fresh_python(code: str) -> str:
    """What ``code`` prints in a Python of its own: imports counted from nothing."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    return result.stdout


def test_importing_and_creating_the_pane_loads_no_pdf_nor_printing_library() -> None:
    """reportlab, QtPdf and Qt's printing load when first needed, not on the way to the window."""
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "import sharedvisit.ui.summary as summary\n"
        "app = QApplication([])\n"
        "pane = summary.SummaryPane()\n"
        "pane.set_document(None)\n"
        "heavy = ('reportlab', 'PySide6.QtPdf', 'PySide6.QtPdfWidgets', 'sharedvisit.handout',\n"
        "         'PySide6.QtPrintSupport', 'sharedvisit.ui.printing')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    assert in_fresh_python(code).strip() == "[]"


# -- the preview ------------------------------------------------------------------------


def test_preview_shows_the_visit(shown: SummaryPane) -> None:
    pdf = shown.pdf_bytes()
    assert pdf is not None and pdf.startswith(b"%PDF")
    text = pdf_text(pdf)
    assert "Maria Lopez" in text
    assert "Book six weeks of physiotherapy" in text


def test_preview_follows_an_edit(shown: SummaryPane, document: VisitDocument, qtbot: QtBot):
    with qtbot.waitSignal(shown.rendered, timeout=RENDER_TIMEOUT_MS):
        document.lists["agenda"].add(
            AgendaItem(text="Numb toes on cold mornings", raised_by=Person.PATIENT)
        )
    pdf = shown.pdf_bytes()
    assert pdf is not None
    assert "Numb toes on cold mornings" in pdf_text(pdf)

    view = shown.findChild(QPdfView)
    assert view is not None and view.isVisible()
    assert view.pageMode() == QPdfView.PageMode.MultiPage
    assert view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    shown_document = view.document()
    assert shown_document.status() == QPdfDocument.Status.Ready
    assert shown_document.pageCount() == page_count(pdf)
    assert "Numb toes on cold mornings" in re.sub(
        r"\s+", " ", " ".join(shown_document.getAllText(p).text() for p in range(page_count(pdf)))
    )


def test_rendering_gets_a_snapshot_without_the_note(
    shown: SummaryPane,
    document: VisitDocument,
    qtbot: QtBot,
    requests: list[RenderRequest],
) -> None:
    with qtbot.waitSignal(shown.rendered, timeout=RENDER_TIMEOUT_MS):
        document.lists["agenda"].add(AgendaItem(text="Cold feet", raised_by=Person.BOTH))
    [request] = requests
    assert request.visit["agenda"][-1] == {
        "text": "Cold feet",
        "raised_by": Person.BOTH,
        "status": "open",
        "note": "",
    }
    assert "clinician_private_note" not in request.visit  # never leaves this process
    assert document.visit.clinician_private_note  # the document keeps its note
    request.visit["agenda"].clear()  # the snapshot is the worker's own: the visit is untouched
    assert document.visit.agenda[-1].text == "Cold feet"


def test_the_preview_is_rendered_in_another_process() -> None:
    """reportlab (its time holding the GIL, its memory) never enters the window's process."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QEventLoop, QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from sharedvisit.ui.document import VisitDocument\n"
        "from sharedvisit.ui.renderprocess import stop_rendering\n"
        "from sharedvisit.ui.summary import SummaryPane\n"
        "from sharedvisit.visit import Visit\n"
        "app = QApplication([])\n"
        "pane = SummaryPane()\n"
        "pane.show()\n"
        "loop = QEventLoop()\n"
        "pane.rendered.connect(loop.quit)\n"
        "QTimer.singleShot(20_000, loop.quit)\n"
        "pane.set_document(VisitDocument(Visit.new(patient='Sam Green'), 1))\n"
        "loop.exec()\n"
        "stop_rendering()\n"
        "print((pane.pdf_bytes() or b'')[:5])\n"
        "heavy = ('reportlab', 'sharedvisit.handout')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    assert in_fresh_python(code).splitlines() == ["b'%PDF-'", "[]"]


def test_the_first_render_waits_for_the_event_loop(
    pane: SummaryPane, document: VisitDocument, qtbot: QtBot, requests: list[RenderRequest]
) -> None:
    """Opening a visit is on the way to the window's first paint: rendering starts after it."""
    pane.set_document(document)
    assert requests == []
    with qtbot.waitSignal(pane.rendered, timeout=RENDER_TIMEOUT_MS):
        pass
    assert len(requests) == 1


def test_a_render_process_that_died_is_replaced(
    shown: SummaryPane, document: VisitDocument, qtbot: QtBot
) -> None:
    """Killed (out of memory, the task manager): the next edit renders in a new process."""
    [process] = render_processes()
    os.kill(process.pid, signal.SIGKILL)
    process.join(5)
    with qtbot.waitSignal(shown.rendered, timeout=RENDER_TIMEOUT_MS):
        document.lists["agenda"].add(AgendaItem(text="After the crash", raised_by=Person.BOTH))
    assert "After the crash" in pdf_text(shown.pdf_bytes() or b"")
    [replacement] = render_processes()
    assert replacement.pid != process.pid
    os.kill(replacement.pid, signal.SIGKILL)
    replacement.join(5)
    assert "After the crash" in pdf_text(shown.render_now())  # print and save recover too


@pytest.mark.filterwarnings("ignore:resource_tracker:UserWarning")  # it has no Python either
def test_a_render_process_that_cannot_start_is_told_and_tried_again(
    pane: SummaryPane, document: VisitDocument, qtbot: QtBot, tmp_path: Path
) -> None:
    """No Python to start (a broken install, a removed file): the pane says so, nothing hangs."""
    renderprocess.stop_rendering()  # the next render starts a process
    python = multiprocessing.spawn.get_executable()
    multiprocessing.set_executable(str(tmp_path / "no-such-python"))
    try:
        pane.set_document(document)
        qtbot.waitUntil(lambda: "could not be prepared" in pane_note(pane), timeout=5_000)
        assert pane.pdf_bytes() is None
    finally:
        multiprocessing.set_executable(python)
    with qtbot.waitSignal(pane.rendered, timeout=RENDER_TIMEOUT_MS):
        document.lists["agenda"].add(AgendaItem(text="Python is back", raised_by=Person.BOTH))
    assert "Python is back" in pdf_text(pane.pdf_bytes() or b"")


def pane_note(pane: SummaryPane) -> str:
    """What the pane says in place of the preview, if anything."""
    return " ".join(label.text() for label in pane.findChildren(QLabel) if label.isVisible())


def test_closing_the_app_ends_the_render_process(shown: SummaryPane) -> None:
    [process] = render_processes()
    renderprocess.stop_rendering()
    process.join(5)
    assert not process.is_alive()
    assert render_processes() == []


def test_garbage_collection_never_runs_on_the_render_thread(
    shown: SummaryPane, document: VisitDocument, qtbot: QtBot
) -> None:
    """The collector frees Qt wrappers: off the UI thread, Qt widgets die there and Qt crashes."""
    threads: set[str] = set()

    def watch(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            threads.add(threading.current_thread().name)

    gc.callbacks.append(watch)
    try:
        for i in range(3):  # reportlab allocates enough to trigger collections
            with qtbot.waitSignal(shown.rendered, timeout=RENDER_TIMEOUT_MS):
                document.lists["agenda"].add(AgendaItem(text=f"Item {i}", raised_by=Person.BOTH))
    finally:
        gc.callbacks.remove(watch)
    assert threads <= {"MainThread"}


def test_a_burst_of_edits_renders_once(
    shown: SummaryPane, document: VisitDocument, qtbot: QtBot, requests: list[RenderRequest]
) -> None:
    with qtbot.waitSignal(shown.rendered, timeout=RENDER_TIMEOUT_MS):
        for word in ("S", "Sa", "Sam", "Sam G", "Sam Green"):
            document.set_field("patient", word, typing=True)
            qtbot.wait(40)  # keystrokes arrive over time, with the event loop running between
    assert [request.visit["patient"] for request in requests] == ["Sam Green"]
    with qtbot.assertNotEmitted(shown.rendered, wait=summary.DEBOUNCE_MS + 200):
        pass
    assert len(requests) == 1


def test_scroll_position_is_kept_across_a_refresh(
    shown: SummaryPane, document: VisitDocument, qtbot: QtBot
) -> None:
    bar = shown.findChild(QPdfView).verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 600)
    bar.setValue(600)
    with qtbot.waitSignal(shown.rendered, timeout=RENDER_TIMEOUT_MS):
        document.lists["next_steps"].add(NextStep(text="Walk the dog daily", owner=Person.PATIENT))
    assert bar.value() == 600


def test_switching_visits_shows_the_new_one_and_drops_the_old_render(
    pane: SummaryPane, document: VisitDocument, store: Store, qtbot: QtBot
) -> None:
    other_visit = Visit.new(dt.date(2026, 12, 2), patient="Sam Green", reason="A sore wrist")
    other = VisitDocument(other_visit, store.add(other_visit))
    pane.set_document(document)  # its render is still running when the next visit opens
    with qtbot.waitSignal(pane.rendered, timeout=RENDER_TIMEOUT_MS):
        pane.set_document(other)
    with qtbot.assertNotEmitted(pane.rendered, wait=300):
        pass  # the first visit's late render must not replace the second's
    text = pdf_text(pane.pdf_bytes() or b"")
    assert "Sam Green" in text and "Maria Lopez" not in text

    # Edits to the visit no longer shown change nothing here.
    with qtbot.assertNotEmitted(pane.rendered, wait=summary.DEBOUNCE_MS + 200):
        document.lists["agenda"].add(AgendaItem(text="Ignored", raised_by=Person.PATIENT))


def test_no_visit_empties_the_pane(shown: SummaryPane, qtbot: QtBot) -> None:
    shown.set_document(None)
    assert shown.pdf_bytes() is None
    assert not shown.print_action.isEnabled()
    assert not shown.save_pdf_action.isEnabled()
    for button in shown.findChildren(QPushButton):
        assert not button.isEnabled()
    view = shown.findChild(QPdfView)
    assert view.document().pageCount() == 0  # nothing of the last patient left behind
    assert not view.isVisible()


def test_a_failed_render_is_told_not_hidden(
    shown: SummaryPane,
    document: VisitDocument,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    calls: dict[str, list[Any]],
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(
        renderprocess, "RENDER_JOB", renderjobs.broken
    )  # fails in the render process
    document.lists["agenda"].add(AgendaItem(text="Dizzy", raised_by=Person.PATIENT))
    qtbot.waitUntil(lambda: shown.pdf_bytes() is None, timeout=RENDER_TIMEOUT_MS)
    assert not shown.findChild(QPdfView).isVisible()  # no stale preview passed off as current

    answer_save(monkeypatch, calls, tmp_path / "summary.pdf")
    assert shown.save_pdf() is None
    [(_, _, text)] = calls["error"]
    assert text == "The summary could not be prepared, so nothing was done."
    assert not (tmp_path / "summary.pdf").exists()
    assert "could not be rendered" in caplog.text
    assert "Maria" not in caplog.text  # no patient text in logs


# -- the private note ------------------------------------------------------------------


def test_the_private_note_never_reaches_the_preview(
    shown: SummaryPane, document: VisitDocument, qtbot: QtBot
) -> None:
    document.set_field("clinician_private_note", PRIVATE_MARKER)
    with qtbot.waitSignal(shown.rendered, timeout=RENDER_TIMEOUT_MS):
        document.lists["agenda"].add(AgendaItem(text="Sleep", raised_by=Person.PATIENT))
    pdf = shown.pdf_bytes()
    assert pdf is not None and "Sleep" in pdf_text(pdf)
    for secret in ("PRIVATE-MARKER", "qzkwj", "never show this"):
        assert secret not in pdf_text(pdf)
        assert secret.encode() not in pdf
        assert not any(secret.encode() in stream for stream in decoded_streams(pdf))
        assert secret not in shown.findChild(QPdfView).document().getAllText(0).text()


def test_typing_the_private_note_does_not_even_re_render(
    shown: SummaryPane, document: VisitDocument, qtbot: QtBot
) -> None:
    with qtbot.assertNotEmitted(shown.rendered, wait=summary.DEBOUNCE_MS + 300):
        document.set_field("clinician_private_note", PRIVATE_MARKER, typing=True)


# -- actions and buttons -----------------------------------------------------------------


def test_actions_and_buttons_are_named_for_everyone(shown: SummaryPane) -> None:
    assert shown.print_action.text() == "Print summary…"
    assert shown.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert shown.save_pdf_action.text() == "Save summary as PDF…"
    assert not shown.save_pdf_action.shortcut().isEmpty()
    names = {button.text(): button.accessibleName() for button in shown.findChildren(QPushButton)}
    assert names == {"Print…": "Print summary", "Save PDF…": "Save summary as PDF"}
    assert all(button.isEnabled() for button in shown.findChildren(QPushButton))
    assert shown.findChild(QPdfView).accessibleName()


# -- printing --------------------------------------------------------------------------


def test_print_to_a_pdf_file_prints_the_current_visit(
    shown: SummaryPane,
    document: VisitDocument,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    calls: dict[str, list[Any]],
    tmp_path: Path,
) -> None:
    target = tmp_path / "printed.pdf"
    printers = print_to_file(monkeypatch, target)
    # Edited just now: the debounced render has not run, print must still include it.
    document.lists["agenda"].add(AgendaItem(text="Stiff in the morning", raised_by=Person.BOTH))
    with qtbot.waitSignal(shown.message, timeout=RENDER_TIMEOUT_MS):
        shown.print_action.trigger()

    [printer] = printers
    assert printer.docName() == "Visit summary"  # print queues never show the patient's name
    printed = target.read_bytes()
    assert printed == shown.pdf_bytes()  # the very PDF the preview shows
    text = pdf_text(printed)
    assert "Stiff in the morning" in text and "Maria Lopez" in text
    assert "rheumatology" not in text
    assert calls["error"] == []


def test_print_dialog_cancelled_prints_nothing(
    shown: SummaryPane,
    monkeypatch: pytest.MonkeyPatch,
    calls: dict[str, list[Any]],
    tmp_path: Path,
) -> None:
    monkeypatch.setattr(printing, "printers_available", lambda: True)
    monkeypatch.setattr(dialogs, "run_print_dialog", lambda printer, parent: False)
    assert shown.print_summary() == 0
    assert list(tmp_path.glob("*.pdf")) == []
    assert calls["error"] == []


def test_a_printer_failure_is_reported(
    shown: SummaryPane,
    monkeypatch: pytest.MonkeyPatch,
    calls: dict[str, list[Any]],
    tmp_path: Path,
) -> None:
    print_to_file(monkeypatch, tmp_path / "x.pdf")

    def fail(pdf: bytes, printer: QPrinter, **kw: Any) -> int:
        raise printing.PrintError("The printer could not be started.")

    monkeypatch.setattr(printing, "print_pdf", fail)
    assert shown.print_summary() == 0
    [(_, title, text)] = calls["error"]
    assert title == "Print summary"
    assert "printer" in text and text.count(".") == 1


def test_printing_to_a_missing_folder_is_reported(
    shown: SummaryPane,
    monkeypatch: pytest.MonkeyPatch,
    calls: dict[str, list[Any]],
    tmp_path: Path,
) -> None:
    print_to_file(monkeypatch, tmp_path / "missing" / "printed.pdf")
    assert shown.print_summary() == 0
    [(_, _, text)] = calls["error"]
    assert "could not be saved" in text
    assert not (tmp_path / "missing").exists()


def test_with_no_printer_the_pane_says_so_and_offers_save_pdf(
    shown: SummaryPane,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    calls: dict[str, list[Any]],
    tmp_path: Path,
) -> None:
    monkeypatch.setattr(printing, "printers_available", lambda: False)
    answer_choice(monkeypatch, calls, 0)
    target = tmp_path / "for-maria.pdf"
    answer_save(monkeypatch, calls, target)

    qtbot.mouseClick(shown.findChild(QPushButton, "printButton"), Qt.MouseButton.LeftButton)

    [(_, text, choices)] = calls["choice"]
    assert "No printer is set up" in text
    assert choices == ["Save PDF…"]
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert "Maria Lopez" in pdf_text(data) and "Knee pain" in pdf_text(data)
    assert calls["error"] == []


def test_with_no_printer_dismissing_the_message_does_nothing(
    shown: SummaryPane,
    monkeypatch: pytest.MonkeyPatch,
    calls: dict[str, list[Any]],
) -> None:
    monkeypatch.setattr(printing, "printers_available", lambda: False)
    answer_choice(monkeypatch, calls, -1)
    assert shown.print_summary() == 0
    assert len(calls["choice"]) == 1  # said so, then nothing: ask_save_path would raise


# -- saving -----------------------------------------------------------------------------


def test_save_pdf_writes_the_summary_privately(
    shown: SummaryPane,
    document: VisitDocument,
    monkeypatch: pytest.MonkeyPatch,
    calls: dict[str, list[Any]],
    tmp_path: Path,
) -> None:
    target = tmp_path / "summary.pdf"
    answer_save(monkeypatch, calls, target)
    document.lists["agenda"].add(AgendaItem(text="Swollen ankle", raised_by=Person.PATIENT))
    shown.save_pdf_action.trigger()

    [(title, suggested, file_filter)] = calls["save"]
    assert title == "Save summary as PDF"
    assert suggested.name == "visit-summary-2026-11-24.pdf"
    assert suggested.name.isascii()
    assert file_filter == dialogs.PDF_FILTER
    data = target.read_bytes()
    assert data == shown.pdf_bytes()
    assert "Swollen ankle" in pdf_text(data)
    assert target.stat().st_mode & 0o077 == 0  # the patient's document: owner only
    assert calls["error"] == []


def test_save_pdf_cancelled_does_nothing(
    shown: SummaryPane,
    monkeypatch: pytest.MonkeyPatch,
    calls: dict[str, list[Any]],
    tmp_path: Path,
) -> None:
    answer_save(monkeypatch, calls, None)
    monkeypatch.setattr(summary, "write_atomic", lambda *a: pytest.fail("nothing to write"))
    assert shown.save_pdf() is None
    assert len(calls["save"]) == 1
    assert calls["error"] == []


def test_save_pdf_write_error_is_reported_in_one_sentence(
    shown: SummaryPane,
    monkeypatch: pytest.MonkeyPatch,
    calls: dict[str, list[Any]],
    tmp_path: Path,
) -> None:
    target = tmp_path / "no such folder" / "summary.pdf"
    answer_save(monkeypatch, calls, target)
    assert shown.save_pdf() is None
    [(_, title, text)] = calls["error"]
    assert title == "Save summary as PDF"
    assert text.startswith("The summary could not be saved")
    assert str(target) in text and "No such file or directory" in text
    assert text.endswith(".") and text.count(". ") == 0
    assert not target.parent.exists()
