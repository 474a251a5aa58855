"""When to get help, in the next steps: saved advice in one click, then made specific."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from sharedvisit.store import Store
from sharedvisit.ui.mainwindow import MainWindow
from sharedvisit.ui.safetynet import SafetyNetEditor
from sharedvisit.ui.settings import DEFAULT_SAFETY_NETS, Settings
from sharedvisit.visit import SafetyNet

from .test_mainwindow import ALT, CTRL, focused, open_window

CHEST = SafetyNet(
    warning_signs=["You find it hard to breathe.", "Your lips turn blue."],
    what_to_do="Call 911.",
    phone="911",
    expected_course="The cough should settle within three weeks.",
)


@pytest.fixture
def window(qtbot: QtBot, store: Store) -> Iterator[MainWindow]:
    Settings().set_safety_nets([*DEFAULT_SAFETY_NETS, ("Chest infection", CHEST)])
    win = open_window(qtbot, store)
    win.new_visit()
    qtbot.keyClick(focused(), Qt.Key.Key_4, ALT)
    yield win
    win.close()


def editor_of(window: MainWindow) -> SafetyNetEditor:
    return window.safety_net_editor


def test_saved_advice_fills_every_field_in_one_click_then_is_edited(
    window: MainWindow, qtbot: QtBot
) -> None:
    editor = editor_of(window)
    assert [b.accessibleDescription() for b in editor.advice_buttons] == [
        "If things get worse",
        "Chest infection",
    ]
    assert not editor.remove.isEnabled()  # nothing to remove yet
    steps = window.document.undo_stack.count()
    qtbot.mouseClick(editor.advice_buttons[1], Qt.MouseButton.LeftButton)
    assert window.document.visit.safety_net == CHEST
    assert window.document.undo_stack.count() == steps + 1  # one click, one undo step
    assert editor.signs.toPlainText() == "You find it hard to breathe.\nYour lips turn blue."
    assert editor.what_to_do.toPlainText() == "Call 911."
    assert editor.phone.text() == "911"
    assert focused() is editor.signs  # ready to make it this patient's

    # A third sign, typed on a new line: the new line itself stays under the cursor.
    editor.signs.moveCursor(editor.signs.textCursor().MoveOperation.End)
    qtbot.keyClick(editor.signs, Qt.Key.Key_Return)
    assert editor.signs.toPlainText().endswith("\n")
    qtbot.keyClicks(editor.signs, "You cough up blood.")
    qtbot.keyClick(editor.signs, Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is editor.phone
    editor.phone.selectAll()
    qtbot.keyClicks(editor.phone, "555-0142")
    net = window.document.visit.safety_net
    assert net.warning_signs[-1] == "You cough up blood."
    assert len(net.warning_signs) == 3
    assert net.phone == "555-0142"

    # Each field typed into is its own undo step; then the advice as it was chosen.
    qtbot.keyClick(editor.phone, Qt.Key.Key_Z, CTRL)
    assert window.document.visit.safety_net.phone == "911"
    assert window.document.visit.safety_net.warning_signs[-1] == "You cough up blood."
    qtbot.keyClick(editor.phone, Qt.Key.Key_Z, CTRL)
    assert window.document.visit.safety_net == CHEST
    qtbot.keyClick(editor.phone, Qt.Key.Key_Z, CTRL)
    assert window.document.visit.safety_net is None
    assert editor.signs.toPlainText() == ""


def test_removing_or_emptying_the_advice_takes_it_off_the_handout(
    window: MainWindow, qtbot: QtBot, store: Store
) -> None:
    editor = editor_of(window)
    qtbot.mouseClick(editor.advice_buttons[0], Qt.MouseButton.LeftButton)
    assert window.document.visit.safety_net is not None
    qtbot.mouseClick(editor.remove, Qt.MouseButton.LeftButton)
    assert window.document.visit.safety_net is None
    assert editor.signs.toPlainText() == editor.what_to_do.toPlainText() == ""
    window.undo_action.trigger()
    assert window.document.visit.safety_net == DEFAULT_SAFETY_NETS[0][1]

    window.undo_action.trigger()  # back to none; then typed by hand and deleted again
    editor.course.setFocus()
    qtbot.keyClicks(editor.course, "A week")
    assert window.document.visit.safety_net == SafetyNet(expected_course="A week")
    for _ in "A week":
        qtbot.keyClick(editor.course, Qt.Key.Key_Backspace)
    assert window.document.visit.safety_net is None

    qtbot.mouseClick(editor.advice_buttons[1], Qt.MouseButton.LeftButton)
    visit_id = window.document.visit_id
    window.close()
    assert store.load(visit_id).safety_net == CHEST


def test_tab_reaches_the_advice_after_the_next_steps(window: MainWindow, qtbot: QtBot) -> None:
    steps = window.sections["next_steps"]
    qtbot.keyClicks(steps.input, "Rest the knee")
    qtbot.keyClick(steps.input, Qt.Key.Key_Return)
    steps.remove_button.setFocus()
    qtbot.keyClick(steps.remove_button, Qt.Key.Key_Tab)
    assert focused() is editor_of(window).advice_buttons[0]
