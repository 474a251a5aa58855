"""The reading-level hint: gentle, for the handout's words only, and never in the way."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from sharedvisit.store import Store
from sharedvisit.ui import readinghint
from sharedvisit.ui.mainwindow import MainWindow

from .test_mainwindow import ALT, focused, open_window

CONVOLUTED = (
    "In light of the aforementioned radiological considerations, it is recommended that "
    "the patient endeavour to ascertain whether symptomatic exacerbation necessitates "
    "reconsultation with the multidisciplinary musculoskeletal physiotherapy service."
)
PLAIN = "Walk every day. Call us if it hurts more."
WAIT_MS = 10_000  # generous: waitUntil returns as soon as the hint changes (~0.2 s here)


@pytest.fixture
def window(qtbot: QtBot, store: Store) -> Iterator[MainWindow]:
    win = open_window(qtbot, store)
    win.new_visit()
    qtbot.keyClick(focused(), Qt.Key.Key_4, ALT)
    yield win
    win.close()


def test_a_long_convoluted_sentence_gets_a_hint_and_a_short_plain_one_does_not(
    window: MainWindow, qtbot: QtBot
) -> None:
    hint = window.reading_level
    assert hint.parent() is window.statusBar()
    plan = window.plan_editor.plan
    plan.setFocus()
    where = plan.geometry()
    qtbot.keyClicks(plan, CONVOLUTED)
    qtbot.waitUntil(lambda: hint.text() != "", timeout=WAIT_MS)
    assert hint.text().startswith("Reads at grade ")
    assert "shorter sentences" in hint.text()
    grade = int(hint.text().removeprefix("Reads at grade ").split(":")[0])
    assert grade > 6
    assert plan.geometry() == where  # the hint moves nothing
    assert window.document.visit.plan == CONVOLUTED  # and blocks nothing

    plan.selectAll()
    qtbot.keyClicks(plan, PLAIN)
    qtbot.waitUntil(lambda: hint.text() == "", timeout=WAIT_MS)
    assert window.document.visit.plan == PLAIN


def test_the_hint_follows_the_focused_field_and_skips_private_words(
    window: MainWindow, qtbot: QtBot
) -> None:
    hint = window.reading_level
    steps = window.sections["next_steps"]
    steps.input.setFocus()
    qtbot.keyClicks(steps.input, CONVOLUTED)
    qtbot.waitUntil(lambda: hint.text() != "", timeout=WAIT_MS)
    window.header.patient.setFocus()  # not on the handout: the hint goes
    qtbot.waitUntil(lambda: hint.text() == "", timeout=WAIT_MS)

    window.private_note.set_open(True)  # never printed: never measured
    qtbot.keyClicks(window.private_note.editor, CONVOLUTED)
    qtbot.wait(readinghint.DEBOUNCE_MS * 2)
    assert hint.text() == ""

    steps.input.setFocus()  # back to text already there: measured again
    qtbot.waitUntil(lambda: hint.text() != "", timeout=WAIT_MS)


def test_the_hint_waits_for_typing_to_pause(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    measured: list[str] = []

    def grade(text: str, language: str) -> float:
        measured.append(text)
        return 12.0

    monkeypatch.setattr(readinghint, "grade_of", grade)
    steps = window.sections["next_steps"]
    steps.input.setFocus()
    qtbot.keyClicks(steps.input, "Book six weeks of physiotherapy")
    qtbot.waitUntil(lambda: measured != [], timeout=WAIT_MS)
    qtbot.wait(readinghint.DEBOUNCE_MS)
    assert measured == ["Book six weeks of physiotherapy"]  # once, after the last key
    assert window.reading_level.text() == (
        "Reads at grade 12: shorter sentences and everyday words help."
    )
