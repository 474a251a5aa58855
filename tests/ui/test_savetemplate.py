"""Templates in the window: listed when starting a visit, started from, and saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog
from pytestqt.qtbot import QtBot

from sharedvisit.store import Store
from sharedvisit.templates import list_templates, save_template
from sharedvisit.ui import dialogs
from sharedvisit.ui.settings import Settings
from sharedvisit.ui.visitdialog import VisitChoice, VisitDialog
from sharedvisit.visit import Visit
from sharedvisit.visitfile import load_visit

from .test_mainwindow import CTRL, focused, open_window
from .test_visitdialog import NEW, START_FROM, button, control, open_dialog

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "knee-pain.json"
TEST_OR_WAITING = "A test, or waiting for results (English)"


def choose(qtbot: QtBot, dialog: QDialog, text: str) -> None:
    """Go down the "Start from" list with the arrow keys until ``text`` shows."""
    combo = control(dialog, QComboBox, START_FROM)
    combo.setFocus()
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{text!r} is not offered")


def test_templates_are_offered_blank_first_then_yours_then_shipped(
    qtbot: QtBot, store: Store, example_visit: Visit
) -> None:
    save_template(example_visit, store.path.parent, "Knee follow-up")
    dialog = open_dialog(qtbot, store)
    combo = control(dialog, QComboBox, START_FROM)
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts[0] == "Blank visit"
    assert combo.currentIndex() == 0  # Enter alone starts a blank visit, as before
    assert texts[1] == "Knee follow-up (English, your own)"
    assert TEST_OR_WAITING in texts
    assert "Seguimiento de una enfermedad de larga duración (Español)" in texts
    assert len(texts) == 2 + len(list_templates())

    choose(qtbot, dialog, TEST_OR_WAITING)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(combo, Qt.Key.Key_Return)
    choice = dialog.choice()
    assert choice is not None and choice.kind == "new"
    assert choice.template is not None and choice.template.name == "A test, or waiting for results"


def test_the_new_visit_button_still_means_blank(qtbot: QtBot, store: Store) -> None:
    dialog = open_dialog(qtbot, store)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(button(dialog, NEW), Qt.MouseButton.LeftButton)
    assert dialog.choice() == VisitChoice.new()


def test_a_visit_started_from_a_template_has_its_agenda_and_no_patient(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    Settings().set_last_clinician("Dr. Ana Chen")
    window = open_window(qtbot, store)

    def run(dialog: VisitDialog) -> int:
        dialog.show()
        choose(qtbot, dialog, TEST_OR_WAITING)
        qtbot.mouseClick(button(dialog, NEW), Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(dialogs, "run_dialog", run)
    qtbot.keyClick(window, Qt.Key.Key_O, CTRL)
    template = next(t for t in list_templates() if t.name == "A test, or waiting for results")
    shipped = load_visit(template.path)
    visit = window.document.visit
    assert visit.patient == ""
    assert visit.clinician == "Dr. Ana Chen"
    assert [item.text for item in visit.agenda] == [item.text for item in shipped.agenda]
    assert visit.decisions[0].question == shipped.decisions[0].question
    assert window.tabs.tabText(0) == f"Agenda ({len(shipped.agenda)})"
    assert focused() is window.header.patient  # the name is what is missing
    assert store.load(window.document.visit_id) == visit
    window.close()


def test_save_as_template_keeps_the_shape_not_the_patient(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, store)
    assert not window.save_template_action.isEnabled()  # no visit, nothing to save
    window.import_visit(load_visit(EXAMPLE))
    asked: list[str] = []

    def ask_text(parent: object, title: str, label: str, text: str = "") -> str:
        asked.append(label)
        assert text == "Knee pain for three months"  # the reason, to start from
        return "  Knee follow-up  "

    monkeypatch.setattr(dialogs, "ask_text", ask_text)
    window.save_template_action.trigger()
    assert "nothing about this patient" in asked[0]
    own = [t for t in list_templates(store.path.parent) if not t.builtin]
    assert [t.name for t in own] == ["Knee follow-up"]
    saved = load_visit(own[0].path)
    assert saved.patient == "" and saved.clinician_private_note == ""
    assert [i.text for i in saved.agenda] == [i.text for i in window.document.visit.agenda]
    assert "template" in window.statusBar().currentMessage()

    window.new_visit(own[0])
    assert window.document.visit.patient == ""
    assert [i.text for i in window.document.visit.agenda] == [i.text for i in saved.agenda]
    window.close()


def test_saving_under_a_name_already_used_asks_first(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch, example_visit: Visit
) -> None:
    first = save_template(Visit.new(reason="x"), store.path.parent, "Knee follow-up")
    window = open_window(qtbot, store)
    window.import_visit(example_visit)
    monkeypatch.setattr(dialogs, "ask_text", lambda *_a, **_k: "knee follow-up")
    answers = iter([-1, 0])  # first dismissed, then "Replace it"
    monkeypatch.setattr(dialogs, "ask_choice", lambda *_a, **_k: next(answers))
    window.save_template_action.trigger()
    assert load_visit(first).agenda == []  # kept as it was
    window.save_template_action.trigger()
    assert load_visit(first).agenda != []  # replaced
    window.close()


def test_a_template_that_cannot_be_saved_says_why(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch, example_visit: Visit
) -> None:
    (store.path.parent / "templates").write_text("a file where the folder should be")
    window = open_window(qtbot, store)
    window.import_visit(example_visit)
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "ask_text", lambda *_a, **_k: "Knee follow-up")
    monkeypatch.setattr(dialogs, "show_error", lambda _p, title, text: errors.append((title, text)))
    window.save_template_action.trigger()
    assert errors and errors[0][0] == "The template could not be saved"
    assert "templates" in errors[0][1]

    errors.clear()
    monkeypatch.setattr(dialogs, "ask_text", lambda *_a, **_k: "   ")
    window.save_template_action.trigger()
    assert errors == [("Save as template", "A template needs a name. Nothing was saved.")]
    window.close()
