"""Before Print or Save PDF, the window names the text that will not print as typed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from sharedvisit.store import Store
from sharedvisit.ui import dialogs, printing
from sharedvisit.ui.document import VisitDocument
from sharedvisit.ui.summary import SummaryPane
from sharedvisit.visit import AgendaItem, Person, Visit
from tests.qtisolation import print_to_file

HURT = "\U0001f915"  # face with head bandage: not in the handout's font
WARNING = (
    "Some of the text will not print as it was typed:\n\n"
    "• Reason for the visit: text written right to left will print left to right, "
    "with Arabic letters not joined.\n"
    f"• Agenda item 3: {HURT} (U+1F915) cannot be printed and will show as empty boxes.\n"
    "• Agenda item 3, what we said: invisible control characters (U+0007) will be left out."
    "\n\nYou can go back and change it, or go on as it is."
)


@pytest.fixture
def pane(window_env: None, qtbot: QtBot, tmp_path: Path) -> SummaryPane:
    visit = Visit.new(
        patient="Samir",
        reason="ألم في الركبة",
        agenda=[
            AgendaItem(text="Sleep", raised_by=Person.PATIENT),
            AgendaItem(text="Knee", raised_by=Person.PATIENT),
            AgendaItem(text=f"Fell off my bike {HURT}", raised_by=Person.PATIENT, note="ok\x07"),
        ],
        clinician_private_note=f"{HURT} the private note is never printed, never checked",
    )
    store = Store.open(tmp_path / "store")
    widget = SummaryPane()
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.rendered, timeout=10_000):
        widget.set_document(VisitDocument(visit, store.add(visit), widget))
    store.close()
    return widget


def answer(monkeypatch: pytest.MonkeyPatch, index: int) -> list[tuple[str, str, list[str]]]:
    asked: list[tuple[str, str, list[str]]] = []

    def ask_choice(_p: Any, title: str, text: str, choices: list[str], default: int = 0) -> int:
        asked.append((title, text, choices))
        if "Go back" in choices:
            assert choices[default] == "Go back"  # the safe answer is the default
        return index

    monkeypatch.setattr(dialogs, "ask_choice", ask_choice)
    return asked


def test_print_names_each_entry_and_going_back_prints_nothing(
    pane: SummaryPane, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answer(monkeypatch, 1)
    monkeypatch.setattr(printing, "printers_available", lambda: True)
    assert pane.print_summary() == 0  # run_print_dialog would fail the test: never reached
    assert asked == [("Print summary", WARNING, ["Print anyway", "Go back"])]


def test_print_anyway_prints(
    pane: SummaryPane, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    asked = answer(monkeypatch, 0)
    target = tmp_path / "printed.pdf"
    print_to_file(monkeypatch, target)
    assert pane.print_summary() == 1
    assert len(asked) == 1 and target.read_bytes() == pane.pdf_bytes()


def test_save_pdf_asks_first_too(
    pane: SummaryPane, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    asked = answer(monkeypatch, 1)
    assert pane.save_pdf() is None
    assert asked == [("Save summary as PDF", WARNING, ["Save anyway", "Go back"])]
    asked.clear()
    answer(monkeypatch, 0)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *_a: tmp_path / "saved.pdf")
    assert pane.save_pdf() == tmp_path / "saved.pdf"


def test_with_no_printer_it_asks_once_then_offers_save(
    pane: SummaryPane, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    asked = answer(monkeypatch, 0)  # "Print anyway", then "Save PDF…"
    monkeypatch.setattr(printing, "printers_available", lambda: False)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *_a: tmp_path / "saved.pdf")
    assert pane.print_summary() == 0
    assert [title for title, _text, _choices in asked] == ["Print summary", "Print summary"]
    assert "No printer is set up" in asked[1][1]
    assert (tmp_path / "saved.pdf").exists()


def test_text_that_prints_as_typed_is_printed_without_a_question(
    window_env: None, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    visit = Visit.new(patient="Ελένη Nguyễn Мария", reason="Café <b>bold?</b> & more")
    store = Store.open(tmp_path / "store")
    pane = SummaryPane()
    qtbot.addWidget(pane)
    pane.set_document(VisitDocument(visit, store.add(visit), pane))
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *_a: tmp_path / "saved.pdf")
    assert pane.save_pdf() == tmp_path / "saved.pdf"  # ask_choice would fail the test
    store.close()
