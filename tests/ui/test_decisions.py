"""The Decision tab, driven the way two people at one keyboard would drive it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import msgspec.structs
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from sharedvisit.iconarray import icon_array
from sharedvisit.store import Store
from sharedvisit.ui import decisionedits as edits
from sharedvisit.ui.decisions import DecisionSection
from sharedvisit.ui.gridcells import NumberCell
from sharedvisit.ui.mainwindow import MainWindow
from sharedvisit.ui.settings import Settings
from sharedvisit.visit import (
    Certainty,
    Decision,
    DecisionStatus,
    Option,
    Outcome,
    Person,
    PreferredRole,
    SureAnswers,
    Visit,
    copy_of,
    decision_problems,
)
from sharedvisit.visitfile import load_visit, save_visit

from .test_accessibility import DOC, named_controls
from .test_mainwindow import open_window

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "blood-thinner.json"


def knee_decision() -> Decision:
    return Decision(
        question="How should we treat your knee pain?",
        options=[
            Option(
                name="Physiotherapy",
                benefits=["Stronger muscles"],
                outcomes=[Outcome(label="pain better at 3 months", chance=40, out_of=100)],
            ),
            Option(
                name="Wait and see",
                outcomes=[Outcome(label="pain better at 3 months", chance=25, out_of=100)],
            ),
        ],
    )


@pytest.fixture
def window(qtbot: QtBot, store: Store) -> Iterator[MainWindow]:
    win = open_window(qtbot, store)
    yield win
    win.close()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def open_decision(window: MainWindow, store: Store, decision: Decision) -> DecisionSection:
    window.open_visit(store.add(Visit.new(patient="Ana", decisions=[decision])))
    window.go_to_section(4)
    return window.decision_section


def cell(section: DecisionSection, row: int, column: int) -> NumberCell:
    found = section.grid.cells[(row, column)]
    assert isinstance(found, NumberCell)
    return found


def tab(qtbot: QtBot, times: int = 1) -> QWidget:
    for _ in range(times):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    return focused()


def type_number(qtbot: QtBot, value: str) -> None:
    """Replace the focused spin box's number and commit it, as a person does with Enter."""
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(focused(), value)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)


# -- starting a decision, typing options -----------------------------------------------


def test_a_new_decision_by_keyboard_has_two_options_one_waiting(
    window: MainWindow, qtbot: QtBot
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    qtbot.keyClick(focused(), Qt.Key.Key_5, ALT)
    section = window.decision_section
    assert window.tabs.currentIndex() == 4
    assert focused() is section.new_button
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    decisions = window.document.visit.decisions
    assert [o.name for o in decisions[0].options] == ["Option 1", "Wait and see"]
    assert window.tabs.tabText(4) == "Decision (1)"
    # The cursor waits in the question, its placeholder words selected: typing replaces them.
    assert focused() is section.question
    qtbot.keyClicks(section.question, "How should we treat your knee pain?")
    assert decisions[0].question == "How should we treat your knee pain?"
    # Tab: how you want to decide, SURE first, Add an option, then the first option's name.
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused().accessibleName().startswith("How you want to decide")
    qtbot.keyClick(focused(), Qt.Key.Key_Up)  # the arrow keys choose
    assert window.document.visit.decisions[0].preferred_role is not None
    name = tab(qtbot, 3)
    assert name is section.grid.columns[0].name
    qtbot.keyClicks(name, "Physiotherapy")
    assert window.document.visit.decisions[0].options[0].name == "Physiotherapy"
    # Remove is disabled with two options, so Tab goes on to the next option's name.
    assert not section.grid.columns[0].remove.isEnabled()
    assert tab(qtbot) is section.grid.columns[1].name

    window.undo_action.trigger()  # the typing of one name is one step
    assert window.document.visit.decisions[0].options[0].name == "Option 1"
    assert section.grid.columns[0].name.text() == "Option 1"
    window.undo_action.trigger()  # how you want to decide
    window.undo_action.trigger()  # the question, typed in one go
    assert window.document.visit.decisions[0].question == "What should we decide?"
    window.undo_action.trigger()
    assert window.document.visit.decisions == []
    assert section.new_button.isVisible() and not section.body.isVisible()
    window.redo_action.trigger()
    assert len(window.document.visit.decisions) == 1


def test_preferred_role_is_asked_in_the_patients_words(window: MainWindow, store: Store) -> None:
    section = open_decision(window, store, knee_decision())
    button = section.roles.buttons[PreferredRole.SHARED]
    assert button.text() == "Let's decide together"
    button.click()
    assert window.document.visit.decisions[0].preferred_role is PreferredRole.SHARED
    window.undo_action.trigger()
    assert window.document.visit.decisions[0].preferred_role is None
    assert section.roles.buttons[None].isChecked()


def test_options_added_removed_never_below_two(
    window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    section = open_decision(window, store, knee_decision())
    grid = section.grid
    qtbot.mouseClick(grid.add_option_button, Qt.MouseButton.LeftButton)
    assert len(grid.columns) == 3
    assert focused() is grid.columns[2].name  # ready to type its name
    qtbot.keyClicks(focused(), "Knee injection")
    options = window.document.visit.decisions[0].options
    assert [o.name for o in options] == ["Physiotherapy", "Wait and see", "Knee injection"]
    assert all(column.remove.isEnabled() for column in grid.columns)
    qtbot.mouseClick(grid.columns[0].remove, Qt.MouseButton.LeftButton)
    names = [o.name for o in window.document.visit.decisions[0].options]
    assert names == ["Wait and see", "Knee injection"]
    assert not any(column.remove.isEnabled() for column in grid.columns)
    window.undo_action.trigger()
    assert window.document.visit.decisions[0].options[0].name == "Physiotherapy"
    assert grid.columns[0].name.text() == "Physiotherapy"


def test_good_and_bad_things_are_one_per_line(
    window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    section = open_decision(window, store, knee_decision())
    harms = section.grid.columns[0].harms
    harms.setFocus()
    qtbot.keyClicks(harms, "Sore for a day or two")
    qtbot.keyClick(harms, Qt.Key.Key_Return)
    qtbot.keyClicks(harms, "Sessions twice a week")
    option = window.document.visit.decisions[0].options[0]
    assert option.harms == ["Sore for a day or two", "Sessions twice a week"]
    assert harms.toPlainText() == "Sore for a day or two\nSessions twice a week"
    window.undo_action.trigger()
    assert window.document.visit.decisions[0].options[0].harms == []


def test_an_emptied_name_is_kept_and_shown_again(
    window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    section = open_decision(window, store, knee_decision())
    name = section.grid.columns[1].name
    name.setFocus()
    name.selectAll()
    qtbot.keyClick(name, Qt.Key.Key_Delete)
    assert name.text() == ""
    assert window.document.visit.decisions[0].options[1].name == "Wait and see"
    qtbot.keyClick(name, Qt.Key.Key_Tab)
    assert name.text() == "Wait and see"


# -- numbers and pictures ---------------------------------------------------------------


def test_a_number_added_by_keyboard_shows_its_icon_array(
    window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    decision = knee_decision()
    decision.options[0].outcomes.clear()
    decision.options[1].outcomes.clear()
    section = open_decision(window, store, decision)
    grid = section.grid
    grid.new_number.setFocus()
    qtbot.keyClicks(grid.new_number, "knee pain better after 3 months")
    qtbot.keyClick(grid.new_number, Qt.Key.Key_Return)
    first = cell(section, 0, 0)
    assert focused() is first.chance
    type_number(qtbot, "40")
    outcome = window.document.visit.decisions[0].options[0].outcomes[0]
    assert (outcome.label, outcome.chance, outcome.out_of) == (
        "knee pain better after 3 months",
        40,
        100,
    )
    assert first.sentence.text() == "40 out of 100 people"
    assert first.picture.filled_count() == icon_array(40, 100).filled == 40
    assert first.picture.accessibleDescription() == "40 out of 100 people"

    # On along the row: out of, how sure, remove, then the next option's "Add the number".
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is first.certainty
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert window.document.visit.decisions[0].options[0].outcomes[0].certainty is Certainty.HIGH
    add = tab(qtbot, 2)
    assert isinstance(add, QPushButton) and add.accessibleName() == "Add the number for this option"
    qtbot.keyClick(add, Qt.Key.Key_Space)
    second = cell(section, 0, 1)
    assert focused() is second.chance
    type_number(qtbot, "25")
    wait = window.document.visit.decisions[0].options[1].outcomes[0]
    assert (wait.label, wait.chance, wait.out_of) == ("knee pain better after 3 months", 25, 100)
    assert second.picture.filled_count() == 25


def test_one_denominator_for_every_option_in_one_undo_step(
    window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    section = open_decision(window, store, knee_decision())
    first, second = cell(section, 0, 0), cell(section, 0, 1)
    first.out_of.setFocus()
    type_number(qtbot, "1000")
    options = window.document.visit.decisions[0].options
    assert [o.outcomes[0].out_of for o in options] == [1000, 1000]
    assert [o.outcomes[0].chance for o in options] == [40, 25]
    assert second.out_of.value() == 1000
    assert second.sentence.text() == "25 out of 1,000 people"
    assert second.picture.array is not None and second.picture.array.total == 1000
    assert decision_problems(window.document.visit.decisions[0]) == []
    # Fewer people than the chance: the chance comes down with it, never above.
    first.out_of.setFocus()
    type_number(qtbot, "20")
    options = window.document.visit.decisions[0].options
    assert [(o.outcomes[0].chance, o.outcomes[0].out_of) for o in options] == [(20, 20), (20, 20)]
    assert first.chance.maximum() == 20
    window.undo_action.trigger()
    window.undo_action.trigger()
    options = window.document.visit.decisions[0].options
    assert [(o.outcomes[0].chance, o.outcomes[0].out_of) for o in options] == [(40, 100), (25, 100)]


def test_a_count_without_a_picture_is_said_in_words(
    window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    section = open_decision(window, store, knee_decision())
    first = cell(section, 0, 0)
    first.out_of.setFocus()
    type_number(qtbot, "7")
    first.chance.setFocus()
    type_number(qtbot, "3")
    assert first.sentence.text() == "3 out of 7 people"
    assert not first.picture.isVisible() and first.no_picture.isVisible()


def test_renaming_a_row_of_numbers_renames_it_for_every_option(
    window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    section = open_decision(window, store, knee_decision())
    label = section.grid.row_labels[0]
    label.setFocus()
    label.selectAll()
    qtbot.keyClicks(label, "able to walk the dog after 3 months")
    labels = [o.outcomes[0].label for o in window.document.visit.decisions[0].options]
    assert labels == ["able to walk the dog after 3 months"] * 2
    assert focused() is label
    window.undo_action.trigger()
    labels = [o.outcomes[0].label for o in window.document.visit.decisions[0].options]
    assert labels == ["pain better at 3 months"] * 2


def test_removing_a_number_returns_focus_to_its_place(
    window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    section = open_decision(window, store, knee_decision())
    remove = cell(section, 0, 1).remove
    remove.setFocus()
    qtbot.keyClick(remove, Qt.Key.Key_Space)
    assert window.document.visit.decisions[0].options[1].outcomes == []
    add = section.grid.cells[(0, 1)]
    assert isinstance(add, QPushButton)
    assert focused() is add  # where the number was: ready to add it again
    window.undo_action.trigger()
    assert cell(section, 0, 1).chance.value() == 25


# -- what matters ------------------------------------------------------------------------


def test_rating_what_matters_and_strongest_first(
    window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    section = open_decision(window, store, knee_decision())
    matters = section.matters
    matters.input.setFocus()
    qtbot.keyClicks(matters.input, "Not too many appointments")
    qtbot.keyClick(matters.input, Qt.Key.Key_Return)
    qtbot.keyClicks(matters.input, "Keep walking my dog")
    qtbot.mouseClick(matters.picker.button(Person.BOTH), Qt.MouseButton.LeftButton)
    qtbot.keyClick(matters.input, Qt.Key.Key_Return)
    items = window.document.visit.decisions[0].what_matters
    assert [(i.text, i.importance, i.raised_by) for i in items] == [
        ("Not too many appointments", 3, Person.PATIENT),
        ("Keep walking my dog", 3, Person.BOTH),
    ]
    first, second = matters.rows
    first.rating.setFocus()
    qtbot.keyClick(first.rating, Qt.Key.Key_Left)
    qtbot.keyClick(first.rating, Qt.Key.Key_Left)
    second.rating.setFocus()
    qtbot.keyClick(second.rating, Qt.Key.Key_5)
    items = window.document.visit.decisions[0].what_matters
    assert [i.importance for i in items] == [1, 5]
    assert first.words.text() == "1 of 5: matters a little"
    assert second.words.text() == "5 of 5: matters most"
    qtbot.mouseClick(matters.sort_button, Qt.MouseButton.LeftButton)
    items = window.document.visit.decisions[0].what_matters
    assert [i.text for i in items] == ["Keep walking my dog", "Not too many appointments"]
    assert matters.rows[0].text.text() == "Keep walking my dog"
    window.undo_action.trigger()  # the sort
    window.undo_action.trigger()  # the 5
    items = window.document.visit.decisions[0].what_matters
    assert [i.importance for i in items] == [1, 3]
    window.undo_action.trigger()  # two steps to the left: one merged step
    assert window.document.visit.decisions[0].what_matters[0].importance == 3


# -- where we are --------------------------------------------------------------------------


def test_choosing_and_deciding(window: MainWindow, store: Store, qtbot: QtBot) -> None:
    section = open_decision(window, store, knee_decision())
    where = section.where
    where.statuses.buttons[DecisionStatus.DECIDED].click()
    decision = window.document.visit.decisions[0]
    assert decision.status is DecisionStatus.DECIDED and decision.chosen is None
    assert where.hint.isVisible() and "which option" in where.hint.text()
    where.chosen.setFocus()
    qtbot.keyClick(where.chosen, Qt.Key.Key_Down)
    decision = window.document.visit.decisions[0]
    assert decision.chosen == "Physiotherapy" and decision.status is DecisionStatus.DECIDED
    assert not where.hint.isVisible()
    assert decision_problems(decision) == []
    where.decided_by.setFocus()
    qtbot.keyClick(where.decided_by, Qt.Key.Key_End)
    where.decide_by.setFocus()
    qtbot.keyClicks(where.decide_by, "20270301")
    decision = window.document.visit.decisions[0]
    assert decision.decided_by is Person.BOTH
    assert decision.decide_by == dt.date(2027, 3, 1)

    # Renaming the chosen option renames the choice, in the same step.
    name = section.grid.columns[0].name
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "Physio")
    assert window.document.visit.decisions[0].chosen == "Physio"
    assert where.chosen.currentText() == "Physio"
    window.undo_action.trigger()
    assert window.document.visit.decisions[0].chosen == "Physiotherapy"
    window.redo_action.trigger()

    # Back to "not decided yet": the choice goes, so the decision stays consistent.
    where.statuses.buttons[DecisionStatus.UNDECIDED].click()
    assert window.document.visit.decisions[0].chosen is None
    window.undo_action.trigger()
    assert window.document.visit.decisions[0].chosen == "Physio"


def test_removing_the_chosen_option_steps_back_to_leaning(
    window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    decision = knee_decision()
    decision.options.append(Option(name="Knee injection"))
    decision = msgspec.structs.replace(
        decision, status=DecisionStatus.DECIDED, chosen="Knee injection"
    )
    section = open_decision(window, store, decision)
    assert section.where.chosen.currentText() == "Knee injection"
    qtbot.mouseClick(section.grid.columns[2].remove, Qt.MouseButton.LeftButton)
    after = window.document.visit.decisions[0]
    assert (after.status, after.chosen) == (DecisionStatus.LEANING, None)
    assert section.where.statuses.buttons[DecisionStatus.LEANING].isChecked()
    assert decision_problems(after) == []
    window.undo_action.trigger()  # one step brings back option, choice and status
    after = window.document.visit.decisions[0]
    assert (after.status, after.chosen, len(after.options)) == (
        DecisionStatus.DECIDED,
        "Knee injection",
        3,
    )


def test_choosing_an_option_while_undecided_means_leaning(
    window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    section = open_decision(window, store, knee_decision())
    section.where.chosen.setFocus()
    qtbot.keyClick(section.where.chosen, Qt.Key.Key_End)
    decision = window.document.visit.decisions[0]
    assert (decision.status, decision.chosen) == (DecisionStatus.LEANING, "Wait and see")


# -- SURE ------------------------------------------------------------------------------------


def test_sure_answers_and_the_gentle_conflict_message(
    window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    section = open_decision(window, store, knee_decision())
    message = section.sure_message
    assert not message.isVisible()
    sure = section.sure.buttons
    qtbot.mouseClick(sure[("sure_of_myself", True)], Qt.MouseButton.LeftButton)
    assert not message.isVisible()  # three unanswered: not known yet, not a "no"
    qtbot.mouseClick(sure[("understand_information", False)], Qt.MouseButton.LeftButton)
    assert window.document.visit.decisions[0].sure == SureAnswers(
        sure_of_myself=True, understand_information=False
    )
    assert message.isVisible() and message.conflict is True
    assert "not sure yet" in message.text()
    for words in ("more time", "more information", "family"):
        assert words in message.text()
    # Answering by keyboard: the arrow keys move between Yes, No and Not answered.
    no = sure[("understand_information", False)]
    no.setFocus()
    qtbot.keyClick(no, Qt.Key.Key_Left)
    assert window.document.visit.decisions[0].sure.understand_information is True
    for item in ("risk_benefit_ratio", "encouragement"):
        qtbot.mouseClick(sure[(item, True)], Qt.MouseButton.LeftButton)
    assert window.document.visit.decisions[0].sure.score() == 4
    assert message.conflict is False and "feel sure" in message.text()
    # Not answered is not a no.
    qtbot.mouseClick(sure[("encouragement", None)], Qt.MouseButton.LeftButton)
    assert window.document.visit.decisions[0].sure.encouragement is None
    assert not message.isVisible()
    window.undo_action.trigger()
    assert message.isVisible() and message.conflict is False


def test_sure_can_be_asked_before_the_options_too(
    window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    section = open_decision(window, store, knee_decision())
    assert not section.sure_before.isVisible()
    section.before_toggle.setFocus()
    qtbot.keyClick(section.before_toggle, Qt.Key.Key_Space)
    assert section.sure_before.isVisible()
    qtbot.mouseClick(
        section.sure_before.buttons[("sure_of_myself", False)], Qt.MouseButton.LeftButton
    )
    decision = window.document.visit.decisions[0]
    assert decision.sure_before == SureAnswers(sure_of_myself=False)
    assert decision.sure is None  # "now" is its own set; the handout shows the last
    name = section.sure_before.buttons[("sure_of_myself", False)].accessibleName()
    assert name == "Before, Sure of myself: No"


def test_the_sure_test_is_cited_in_the_tab_and_the_about_box(
    window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QLabel

    from sharedvisit.ui import dialogs

    section = open_decision(window, store, knee_decision())
    texts = " ".join(label.text() for label in section.findChildren(QLabel))
    assert "Légaré F, et al. Can Fam Physician 2010;56(8):e308-14" in texts
    assert "Ottawa Hospital Research Institute" in texts
    for question in (
        "Do you feel SURE about the best choice for you?",
        "Do you know the benefits and risks of each option?",
        "Are you clear about which benefits and risks matter most to you?",
        "Do you have enough support and advice to make a choice?",
    ):
        assert question in texts
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_info", lambda _p, _t, text: shown.append(text))
    window.about_action.trigger()
    assert "Can Fam Physician 2010;56(8):e308-14" in shown[0]
    assert "Ottawa Hospital Research Institute" in shown[0]


# -- saving, reopening, several decisions ------------------------------------------------------


def test_edits_reach_autosave_and_survive_reopening(qtbot: QtBot, store: Store) -> None:
    win = open_window(qtbot, store)
    section = open_decision(win, store, knee_decision())
    visit_id = win.document.visit_id
    with qtbot.waitSignal(win.document.changed):
        section.grid.columns[1].description.setFocus()
        qtbot.keyClicks(section.grid.columns[1].description, "We look again in six weeks.")
    qtbot.mouseClick(section.sure.buttons[("encouragement", False)], Qt.MouseButton.LeftButton)
    section.matters.input.setFocus()
    qtbot.keyClicks(section.matters.input, "Back to tennis")
    qtbot.keyClick(section.matters.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.save_status.text() == "Saved")
    assert store.load(visit_id).decisions == win.document.visit.decisions
    expected = copy_of(win.document.visit)
    win.close()

    again = open_window(qtbot, store)
    assert again.open_visit(visit_id)
    assert again.document.visit == expected
    again.go_to_section(4)
    shown = again.decision_section
    assert shown.question.text() == "How should we treat your knee pain?"
    assert shown.grid.columns[1].description.toPlainText() == "We look again in six weeks."
    assert shown.sure.buttons[("encouragement", False)].isChecked()
    assert shown.sure_message.conflict is True
    assert shown.matters.rows[0].text.text() == "Back to tennis"
    again.close()


def test_a_visit_built_in_the_window_exports_and_imports(
    window: MainWindow, store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    """Decisions made with the window's controls stay valid for other tools."""
    section = open_decision(window, store, knee_decision())
    qtbot.mouseClick(section.grid.add_option_button, Qt.MouseButton.LeftButton)
    section.where.statuses.buttons[DecisionStatus.DECIDED].click()
    section.where.chosen.setFocus()
    qtbot.keyClick(section.where.chosen, Qt.Key.Key_End)
    cell(section, 0, 0).out_of.setFocus()
    type_number(qtbot, "1000")
    qtbot.mouseClick(section.grid.columns[2].remove, Qt.MouseButton.LeftButton)
    path = tmp_path / "visit.json"
    save_visit(window.document.visit, path)
    assert load_visit(path).decisions == window.document.visit.decisions


def test_several_decisions_and_undo_shows_what_it_undid(
    window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    section = open_decision(window, store, knee_decision())
    assert not section.selector.isVisible()  # one decision: nothing to choose between
    qtbot.mouseClick(section.new_button, Qt.MouseButton.LeftButton)
    assert section.selector.isVisible() and section.selector.currentIndex() == 1
    qtbot.keyClicks(focused(), "When should we do the scan?")
    assert window.tabs.tabText(4) == "Decision (2)"
    section.selector.setCurrentIndex(0)
    assert section.question.text() == "How should we treat your knee pain?"
    window.undo_action.trigger()  # undoes the typing in the second decision, and shows it
    assert section.selector.currentIndex() == 1
    assert section.question.text() == "What should we decide?"
    qtbot.mouseClick(section.remove_button, Qt.MouseButton.LeftButton)
    assert len(window.document.visit.decisions) == 1
    assert section.question.text() == "How should we treat your knee pain?"
    window.undo_action.trigger()
    assert len(window.document.visit.decisions) == 2


def test_the_example_decision_opens_and_fits_at_double_text(
    window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    window.open_visit(store.add(load_visit(EXAMPLE)))
    while Settings().text_zoom() < 2.0:
        window.zoom(+1)
    window.resize(1280, 720)
    window.go_to_section(4)
    area = window.tabs.currentWidget()
    qtbot.waitUntil(lambda: area.widget().width() <= area.viewport().width())
    assert area.horizontalScrollBar().maximum() == 0  # two options fit side by side
    section = window.decision_section
    assert not section.sure_before.isVisible()  # asked before: closed, its answers counted
    assert section.before_toggle.text() == "Asked first: 1 yes, 3 no, 0 not answered"
    assert section.sure_message.conflict is True
    pictures = [c.picture for c in section.grid.cells.values() if isinstance(c, NumberCell)]
    assert len(pictures) == 6 and all(p.isVisible() for p in pictures)
    window.zoom(0)


def test_every_decision_control_is_named_and_documented(window: MainWindow, store: Store) -> None:
    decision = knee_decision()
    decision.options[1].outcomes.clear()  # an "Add the number" button too
    decision.what_matters = []
    section = open_decision(window, store, decision)
    section.before_toggle.click()
    section.matters.input.setText("Sleep through the night")
    section.matters.add_from_input()
    controls = named_controls(section)
    assert len(controls) > 50
    assert [kind for kind, name in controls if not name] == []
    doc = DOC.read_text()
    for kind, name in controls:
        for part in name.replace(": ", "\n").replace(", ", "\n").splitlines():
            assert part in doc, f"{kind} {name!r}: add it to docs/accessibility.md"


def test_tab_reads_the_grid_row_by_row(window: MainWindow, store: Store, qtbot: QtBot) -> None:
    section = open_decision(window, store, knee_decision())
    section.grid.columns[0].name.setFocus()
    seen = [focused()]
    for _ in range(12):
        seen.append(tab(qtbot))
    columns = section.grid.columns
    first, second = cell(section, 0, 0), cell(section, 0, 1)
    assert seen == [
        columns[0].name,
        columns[1].name,
        columns[0].description,
        columns[1].description,
        columns[0].benefits,
        columns[1].benefits,
        columns[0].harms,
        columns[1].harms,
        section.grid.row_labels[0],
        first.chance,
        first.out_of,
        first.certainty,
        first.remove,
    ]
    assert tab(qtbot) is second.chance


# -- the edits themselves, without a window ----------------------------------------------------


def test_edits_keep_a_decision_consistent() -> None:
    decision = knee_decision()
    chosen = edits.set_chosen(decision, "Physiotherapy")
    assert chosen.status is DecisionStatus.LEANING
    assert decision.chosen is None  # the original is never changed
    renamed = edits.rename_option(edits.set_status(chosen, DecisionStatus.DECIDED), 0, "Physio")
    assert renamed.chosen == "Physio" and decision_problems(renamed) == []
    assert edits.remove_option(renamed, 0) == renamed  # never fewer than two
    three = edits.add_option(renamed, "Injection")
    gone = edits.remove_option(three, 0)
    assert (gone.chosen, gone.status) == (None, DecisionStatus.LEANING)
    follows = edits.set_out_of(decision, 1, 0, 10)
    assert [(o.outcomes[0].chance, o.outcomes[0].out_of) for o in follows.options] == [
        (10, 10),
        (10, 10),
    ]
    assert edits.set_chance(decision, 0, 0, 500).options[0].outcomes[0].chance == 100
    asked = edits.set_sure(decision, "sure", "encouragement", False)
    assert asked.sure is not None and asked.sure.conflict() is True
    assert edits.set_sure(asked, "sure", "encouragement", None).sure is None
    assert edits.lines("  one \n\n two\n") == ["one", "two"]
    rows = edits.outcome_rows(edits.add_outcome(decision, 1, "pain better at 3 months"))
    assert rows == [("pain better at 3 months", 0), ("pain better at 3 months", 1)]
    assert (
        edits.add_outcome(follows, 0, "pain better at 3 months").options[0].outcomes[1].out_of == 10
    )


def test_the_patient_view_shows_the_decision_live(
    window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    section = open_decision(window, store, knee_decision())
    window.toggle_patient_view()
    shown = window.patient_view.decisions
    assert shown.isVisible()
    assert "How should we treat your knee pain?" in shown.text()
    assert "Physiotherapy · Wait and see" in shown.text()
    assert "Not decided yet" in shown.text()
    section.where.chosen.setFocus()
    qtbot.keyClick(section.where.chosen, Qt.Key.Key_Down)
    assert "Leaning towards Physiotherapy" in shown.text()
    window.toggle_patient_view()


def test_the_summary_preview_follows_a_decision_edit(
    window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    import io

    from pypdf import PdfReader

    section = open_decision(window, store, knee_decision())
    name = section.grid.columns[1].name
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "Keep an eye on it")

    def preview() -> str:
        pdf = window.summary.pdf_bytes() or b""
        pages = PdfReader(io.BytesIO(pdf)).pages if pdf else []
        return " ".join(" ".join(page.extract_text() for page in pages).split())

    qtbot.waitUntil(lambda: "Keep an eye on it" in preview(), timeout=10000)
