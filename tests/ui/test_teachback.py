"""Teach-back in the window: a next step or a decision said back, who checked it, and when."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from sharedvisit.store import Store
from sharedvisit.ui import teachback
from sharedvisit.ui.teachback import TeachBackEditor, checked_words, said_back, with_words
from sharedvisit.visit import TeachBack
from sharedvisit.visitfile import load_visit

from .test_mainwindow import ALT, CTRL, SHIFT, focused, open_window

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"


def test_the_prompts_check_the_explanation_never_the_patient() -> None:
    for kind in ("step", "decision"):
        words = teachback.prompt(kind)
        assert "I want to be sure I explained this well" in words
        assert "understand" not in words.casefold()
    assert "tell your family what we decided" in teachback.prompt("decision")
    assert "what you will do next, and when" in teachback.prompt("step")


def test_marking_records_who_and_when_and_unmarking_clears_them() -> None:
    at = dt.datetime(2026, 11, 24, 10, 42, tzinfo=dt.UTC)
    marked = said_back(None, True, by="Dr. Ana Chen", at=at)
    assert marked == TeachBack(confirmed=True, confirmed_by="Dr. Ana Chen", confirmed_at=at)
    worded = with_words(marked, "I book six sessions today")
    assert worded is not None and worded.confirmed_by == "Dr. Ana Chen"
    unmarked = said_back(worded, False, by="Dr. Ana Chen", at=at)
    assert unmarked == TeachBack(words="I book six sessions today")  # the words stay
    assert said_back(None, False, by="x", at=at) is None
    assert with_words(TeachBack(words="a"), "") is None  # nothing left to keep


def test_checked_words_say_who_and_when() -> None:
    at = dt.datetime(2026, 11, 24, 10, 42).astimezone()
    same_day = at.replace(hour=15)
    text = checked_words(
        TeachBack(confirmed=True, confirmed_by="Dr. Chen", confirmed_at=at), same_day
    )
    assert text.startswith("Checked by Dr. Chen at ") and "10" in text and "42" in text
    later = checked_words(
        TeachBack(confirmed=True, confirmed_by="Dr. Chen", confirmed_at=at),
        at + dt.timedelta(days=2),
    )
    assert later.startswith("Checked by Dr. Chen on ")
    nobody = checked_words(TeachBack(confirmed=True, confirmed_at=at), same_day)
    assert nobody.startswith("Checked at ")


def test_a_next_step_said_back_round_trips_and_undoes(qtbot: QtBot, store: Store) -> None:
    visit = load_visit(EXAMPLES / "knee-pain.json")
    visit_id = store.add(visit)
    window = open_window(qtbot, store)
    assert window.open_visit(visit_id)
    qtbot.keyClick(focused(), Qt.Key.Key_4, ALT)
    steps = window.sections["next_steps"]
    steps.list.setFocus()
    steps.list.select_row(0)
    editor = steps.editors["teach_back"]
    assert isinstance(editor, TeachBackEditor)
    assert "I want to be sure I explained this well" in editor.prompt.text()
    assert not editor.words.isEnabled()  # nothing to write until it was said back

    before = dt.datetime.now().astimezone()
    qtbot.mouseClick(editor.check, Qt.MouseButton.LeftButton)
    step = window.document.visit.next_steps[0]
    assert step.teach_back is not None and step.teach_back.confirmed
    assert step.teach_back.confirmed_by == "Dr. Ana Chen"
    assert step.teach_back.confirmed_at is not None
    assert step.teach_back.confirmed_at.tzinfo is not None
    assert before <= step.teach_back.confirmed_at <= dt.datetime.now().astimezone()
    assert editor.who.text().startswith("Checked by Dr. Ana Chen at ")

    # Tab goes on to how they put it; typing is one undo step.
    qtbot.keyClick(editor.check, Qt.Key.Key_Tab)
    assert focused() is editor.words
    qtbot.keyClicks(editor.words, "I book the six sessions at the front desk today")
    step = window.document.visit.next_steps[0]
    assert step.teach_back.words == "I book the six sessions at the front desk today"

    # The row says it too: a word and an icon, and the words a screen reader reads.
    index = steps.model.index(0)
    delegate = steps.list.itemDelegate()
    assert delegate._chip(delegate._entry(index)) == ("Said back", "said-back")
    assert "said back in their own words" in index.data(Qt.ItemDataRole.AccessibleTextRole)

    qtbot.keyClick(editor.words, Qt.Key.Key_Z, CTRL)
    assert window.document.visit.next_steps[0].teach_back.words == ""
    assert editor.words.toPlainText() == ""
    qtbot.keyClick(editor.words, Qt.Key.Key_Z, CTRL)
    assert window.document.visit.next_steps[0].teach_back is None
    assert not editor.check.isChecked()
    qtbot.keyClick(steps.list, Qt.Key.Key_Z, CTRL | SHIFT)
    qtbot.keyClick(steps.list, Qt.Key.Key_Z, CTRL | SHIFT)
    kept = window.document.visit.next_steps[0].teach_back
    assert kept is not None and kept.words.startswith("I book")

    # Unmarking clears who and when, keeps the words; undo brings the mark back exactly.
    editor.check.setFocus()
    qtbot.keyClick(editor.check, Qt.Key.Key_Space)
    unmarked = window.document.visit.next_steps[0].teach_back
    assert unmarked == TeachBack(words=kept.words)
    assert delegate._chip(delegate._entry(index)) is None
    window.undo_action.trigger()
    assert window.document.visit.next_steps[0].teach_back == kept

    window.close()
    again = open_window(qtbot, store)
    assert again.open_visit(visit_id)
    assert again.document.visit.next_steps[0].teach_back == kept
    again.sections["next_steps"].list.select_row(0)
    shown = again.sections["next_steps"].editors["teach_back"]
    assert shown.check.isChecked()
    assert shown.words.toPlainText() == kept.words
    assert shown.who.text().startswith("Checked by Dr. Ana Chen")
    again.close()


def test_a_decision_said_back_round_trips_and_undoes(qtbot: QtBot, store: Store) -> None:
    visit = load_visit(EXAMPLES / "blood-thinner.json")
    visit_id = store.add(visit)
    window = open_window(qtbot, store)
    assert window.open_visit(visit_id)
    qtbot.keyClick(focused(), Qt.Key.Key_5, ALT)
    teach_back = window.decision_section.teach_back
    assert "tell your family what we decided" in teach_back.prompt.text()
    teach_back.check.setFocus()
    qtbot.keyClick(teach_back.check, Qt.Key.Key_Space)
    decision = window.document.visit.decisions[0]
    assert decision.teach_back is not None and decision.teach_back.confirmed
    assert decision.teach_back.confirmed_by == visit.clinician
    assert decision.teach_back.confirmed_at.tzinfo is not None

    qtbot.keyClick(teach_back.check, Qt.Key.Key_Tab)
    assert focused() is teach_back.words
    qtbot.keyClicks(teach_back.words, "We wait a month and I call if my heart races")
    said = window.document.visit.decisions[0].teach_back
    assert said.words == "We wait a month and I call if my heart races"
    assert focused() is teach_back.words  # the tab's refresh keeps the cursor where it was

    qtbot.keyClick(teach_back.words, Qt.Key.Key_Z, CTRL)
    assert window.document.visit.decisions[0].teach_back.words == ""
    qtbot.keyClick(teach_back.words, Qt.Key.Key_Z, CTRL)
    assert window.document.visit.decisions[0].teach_back is None
    assert not teach_back.check.isChecked()
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert window.document.visit.decisions[0].teach_back == said

    window.close()
    again = open_window(qtbot, store)
    assert again.open_visit(visit_id)
    assert again.document.visit.decisions[0].teach_back == said
    assert again.decision_section.teach_back.check.isChecked()
    again.close()
