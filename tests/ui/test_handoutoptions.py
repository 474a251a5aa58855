"""How the handout is printed, per visit: large print and a second language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from sharedvisit.store import Store

from .test_mainwindow import open_window


def test_large_print_and_a_second_language_are_stored(qtbot: QtBot, store: Store) -> None:
    window = open_window(qtbot, store)
    window.new_visit()
    options = window.handout_options
    assert options.language.currentData() == "en"
    assert [options.also.itemData(i) for i in range(options.also.count())] == [None, "es"]

    qtbot.mouseClick(options.large_print, Qt.MouseButton.LeftButton)
    assert window.document.visit.large_print
    options.also.setFocus()
    qtbot.keyClick(options.also, Qt.Key.Key_Down)  # None -> Español
    assert window.document.visit.also_language == "es"
    assert options.also.currentText() == "Español"

    # Undo each, then redo both.
    window.undo_action.trigger()
    assert window.document.visit.also_language is None
    assert options.also.currentData() is None
    window.undo_action.trigger()
    assert not window.document.visit.large_print
    assert not options.large_print.isChecked()
    window.redo_action.trigger()
    window.redo_action.trigger()

    visit_id = window.document.visit_id
    window.close()
    visit = store.load(visit_id)
    assert (visit.large_print, visit.also_language) == (True, "es")

    again = open_window(qtbot, store)
    assert again.open_visit(visit_id)
    options = again.handout_options
    assert options.large_print.isChecked()
    assert options.also.currentData() == "es"
    again.close()


def test_a_second_language_is_never_the_first(qtbot: QtBot, store: Store) -> None:
    window = open_window(qtbot, store)
    window.new_visit()
    options = window.handout_options
    options.also.setCurrentIndex(options.also.findData("es"))
    options.also.activated.emit(options.also.currentIndex())
    assert window.document.visit.also_language == "es"

    # Printing in Spanish: Spanish is no longer a second language, in the same step.
    options.language.setFocus()
    qtbot.keyClick(options.language, Qt.Key.Key_Down)  # English -> Español
    visit = window.document.visit
    assert (visit.language, visit.also_language) == ("es", None)
    assert [options.also.itemData(i) for i in range(options.also.count())] == [None, "en"]
    window.undo_action.trigger()
    assert (visit.language, visit.also_language) == ("en", "es")
    assert options.language.currentData() == "en"
    assert options.also.currentData() == "es"
    window.close()
