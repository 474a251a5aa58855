"""Privacy on disk, in logs and on paper, checked over a whole session.

One session does what a clinic does: the window starts a visit, both people
type, autosave writes, a save fails and is reported, the summary is saved as
a PDF and printed to a file, the window closes; then the command line
imports, exports (plain and for the patient), renders and lists. Every log
record (the ``sharedvisit`` loggers at DEBUG, and Qt's own messages) is then
searched for every string of the visit: none may appear. Every file in the
data folder must be 0600 and the folder 0700, whatever the umask, and the
clinician's private note must appear in no patient-facing output.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import stat
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from sharedvisit import cli
from sharedvisit.store import Store
from sharedvisit.ui import dialogs
from sharedvisit.ui.app import start
from sharedvisit.ui.appwindow import AppWindow
from sharedvisit.visitfile import load_visit
from tests.qtisolation import print_to_file

PRIVATE = "PRIVATE-qzkwj thinks the cough is from the new job"
SECRETS = {
    "patient": "Zofia Quintero-Okafor",
    "clinician": "Dr. Imre Vasquez-Lund",
    "reason": "Night sweats since the trip to Lisbon",
    "agenda": "Can I still run the half-marathon",
    "concern": "Worried it is tuberculosis like my uncle",
    "step": "Chest X-ray at Riverside on Friday",
    "note": PRIVATE,
}


WORDS = ("Quintero", "Vasquez", "Lisbon", "marathon", "tuberculosis", "Riverside", "qzkwj")
"""A word of each string that nothing else would say: a shortened or cut quote still shows.

The private note's word has letters beyond a-f on purpose: a PDF's random /ID and any
digest are hex, and once held "c41e" by chance, failing CI for no leak at all."""


def every_string(text: str) -> list[str]:
    """The visit's strings (whole, or any of their distinctive words) found in ``text``."""
    return [s for s in (*SECRETS.values(), *WORDS) if s in text]


def pdf_everything(pdf: bytes) -> str:
    """All of a PDF: its text, every decoded stream and its metadata, as one string."""
    reader = PdfReader(io.BytesIO(pdf))
    parts = [page.extract_text() for page in reader.pages]
    for number in range(1, int(reader.trailer["/Size"])):
        with contextlib.suppress(Exception):
            obj = reader.get_object(number)
            parts.append(obj.get_data().decode("latin-1") if hasattr(obj, "get_data") else "")
    parts.append(str(reader.metadata))
    parts.append(pdf.decode("latin-1"))
    return "\n".join(parts)


def type_into(qtbot: QtBot, field: QLineEdit | QPlainTextEdit, text: str) -> None:
    field.setFocus()
    qtbot.keyClicks(field, text)


def session_in_the_window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[int, dict[str, bytes]]:
    """A visit built, saved, printed and closed in the real window; returns its id and outputs."""
    store = Store.open(tmp_path / "data")
    window = start(store)
    assert isinstance(window, AppWindow)
    qtbot.addWidget(window)
    window.show()
    window.new_visit()
    type_into(qtbot, window.header.patient, SECRETS["patient"])
    type_into(qtbot, window.header.clinician, SECRETS["clinician"])
    type_into(qtbot, window.header.reason, SECRETS["reason"])
    for section, key in (("agenda", "agenda"), ("concerns", "concern"), ("next_steps", "step")):
        window.go_to_section(list(window.sections).index(section))
        type_into(qtbot, window.sections[section].input, SECRETS[key])
        qtbot.keyClick(window.sections[section].input, Qt.Key.Key_Return)
    window.private_note.set_open(True)
    type_into(qtbot, window.private_note.editor, PRIVATE)
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved")
    visit_id = window.document.visit_id
    assert window.document.visit.clinician_private_note == PRIVATE

    outputs: dict[str, bytes] = {}
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: errors.append(text))
    # A save that fails, so the failure path logs too.
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *_a: tmp_path / "nowhere" / "x.pdf")
    assert window.summary.save_pdf() is None and errors
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *_a: tmp_path / "saved.pdf")
    assert window.summary.save_pdf() == tmp_path / "saved.pdf"
    outputs["saved PDF"] = (tmp_path / "saved.pdf").read_bytes()

    print_to_file(monkeypatch, tmp_path / "printed.pdf")
    assert window.summary.print_summary() > 0
    outputs["printed pages"] = (tmp_path / "printed.pdf").read_bytes()
    outputs["preview"] = window.summary.pdf_bytes() or b""

    window.toggle_patient_view()
    shown = [w.text() for w in window.patient_view.findChildren(QLabel)]
    for view in window.patient_view.lists.values():
        model = view.model()
        shown += [str(model.data(model.index(row))) for row in range(model.rowCount())]
    outputs["patient view"] = "\n".join(shown).encode()
    assert SECRETS["agenda"] in outputs["patient view"].decode()  # it does show the visit

    window.close()
    store.close()
    return visit_id, outputs


def session_on_the_command_line(tmp_path: Path, visit_id: int) -> dict[str, bytes]:
    data = str(tmp_path / "data")
    outputs: dict[str, bytes] = {}
    plain, for_patient = tmp_path / "plain.json", tmp_path / "for-patient.json"
    for argv in (
        ["export", str(visit_id), "-o", str(plain)],
        ["export", str(visit_id), "-o", str(for_patient), "--for-patient"],
        ["import", str(plain)],
        ["pdf", str(visit_id), "-o", str(tmp_path / "cli.pdf")],
        ["pdf", str(plain), "-o", str(tmp_path / "file.pdf")],
        ["list"],
        ["import", str(tmp_path / "missing.json")],
    ):
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            cli.main(["--data-dir", data, *argv])
    assert load_visit(plain).clinician_private_note == PRIVATE  # moving machines keeps it
    assert stat.S_IMODE(plain.stat().st_mode) == 0o600
    outputs["export for the patient"] = for_patient.read_bytes()
    outputs["command-line PDF"] = (tmp_path / "cli.pdf").read_bytes()
    outputs["PDF from a file"] = (tmp_path / "file.pdf").read_bytes()
    return outputs


@pytest.mark.parametrize("umask", [0o000, 0o022])
def test_a_whole_session_leaks_nothing(
    window_env: None,
    qtbot: QtBot,
    qtlog: object,
    caplog: pytest.LogCaptureFixture,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    umask: int,
) -> None:
    caplog.set_level(logging.DEBUG, logger="sharedvisit")
    old_umask = os.umask(umask)
    try:
        visit_id, outputs = session_in_the_window(qtbot, tmp_path, monkeypatch)
        outputs.update(session_on_the_command_line(tmp_path, visit_id))
    finally:
        os.umask(old_umask)

    # Logs: ids, counts and kinds of error only.
    records = [r for r in caplog.records if r.name.startswith("sharedvisit")]
    assert len(records) > 5  # the session did log: autosave, store, the failed save
    logged = "\n".join(f"{r.getMessage()} {r.exc_text or ''}" for r in caplog.records)
    logged += "\n".join(str(message) for message in getattr(qtlog, "records", []))
    assert every_string(logged) == []

    # The private note: in no patient-facing output.
    for name, data in outputs.items():
        text = pdf_everything(data) if data.startswith(b"%PDF") else data.decode()
        assert PRIVATE not in text and "qzkwj" not in text, name
        if name != "export for the patient":
            assert SECRETS["step"] in " ".join(text.split()), name  # the output is real

    # On disk: the folder 0700, every file in it 0600, backups and journals included.
    data_dir = tmp_path / "data"
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    modes = {p.relative_to(data_dir): stat.S_IMODE(p.stat().st_mode) for p in data_dir.rglob("*")}
    assert Path("backups") in modes and modes.pop(Path("backups")) == 0o700
    assert any(p.parent == Path("backups") for p in modes)
    assert set(modes.values()) == {0o600}, modes
    for written in ("saved.pdf", "printed.pdf", "plain.json", "for-patient.json", "cli.pdf"):
        assert stat.S_IMODE((tmp_path / written).stat().st_mode) == 0o600, written
