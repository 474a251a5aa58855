"""The open visit: undo commands over the core lists, and autosave to the real store."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from sharedvisit.store import Store
from sharedvisit.ui.autosave import Autosaver, SaveState
from sharedvisit.ui.document import VisitDocument
from sharedvisit.visit import AgendaItem, AgendaStatus, Concern, Person


def test_add_move_edit_undo_redo(document: VisitDocument) -> None:
    agenda = document.lists["agenda"]
    before = [item.text for item in document.visit.agenda]
    agenda.add(AgendaItem(text="Trouble with stairs", raised_by=Person.BOTH))
    agenda.move(len(before), 0)
    agenda.set_field(0, "status", AgendaStatus.DEFERRED)
    assert document.visit.agenda[0].text == "Trouble with stairs"
    assert document.visit.agenda[0].status is AgendaStatus.DEFERRED
    for _ in range(3):
        document.undo_stack.undo()
    assert [item.text for item in document.visit.agenda] == before
    for _ in range(3):
        document.undo_stack.redo()
    assert agenda.rowCount() == len(before) + 1
    assert agenda.data(agenda.index(0)) == "Trouble with stairs"


def test_typing_merges_into_one_undo_step(document: VisitDocument) -> None:
    for text in ("M", "Ma", "Mar", "Mart", "Marta"):
        document.set_field("patient", text, typing=True)
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.visit.patient == "Maria Lopez"


def test_field_changes_are_signalled(document: VisitDocument, qtbot: QtBot) -> None:
    with qtbot.waitSignal(document.fieldChanged) as signal:
        document.set_field("date", dt.date(2026, 12, 1))
    assert signal.args == ["date"]


def test_autosave_reaches_the_store(document: VisitDocument, store: Store, qtbot: QtBot) -> None:
    saver = Autosaver(document, store)
    document.lists["concerns"].add(Concern(text="Cost of the scan", raised_by=Person.PATIENT))
    qtbot.waitUntil(lambda: store.load(document.visit_id).concerns[-1].text == "Cost of the scan")
    qtbot.waitUntil(lambda: saver.state == SaveState.SAVED)
    assert saver.close()


def test_flush_saves_at_once(document: VisitDocument, store: Store) -> None:
    saver = Autosaver(document, store)
    document.set_field("reason", "Knee and hip pain", typing=True)
    assert saver.pending
    assert saver.close()
    assert store.load(document.visit_id).reason == "Knee and hip pain"
