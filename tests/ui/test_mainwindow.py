"""The exam-room window, driven the way two people at one keyboard would drive it."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from sharedvisit.errors import StoreError
from sharedvisit.store import Store
from sharedvisit.ui import dialogs
from sharedvisit.ui.app import start
from sharedvisit.ui.mainwindow import LOCK_PAGE, START_PAGE, VISIT_PAGE, MainWindow
from sharedvisit.ui.settings import Settings
from sharedvisit.visit import AgendaStatus, Person, Visit, copy_of
from sharedvisit.visitfile import save_visit
from tests.qtisolation import print_to_file

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "knee-pain.json"


@pytest.fixture
def window(qtbot: QtBot, store: Store) -> Iterator[MainWindow]:
    win = open_window(qtbot, store)
    yield win
    win.close()


def open_window(qtbot: QtBot, store: Store) -> MainWindow:
    win = MainWindow(store, Settings())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def type_entry(qtbot: QtBot, text: str, *, person_key: Qt.Key | None = None) -> None:
    """Type into the focused new-entry field, attribute it by keystroke, press Enter."""
    field = focused()
    assert isinstance(field, QLineEdit)
    qtbot.keyClicks(field, text)
    if person_key is not None:
        qtbot.keyClick(field, person_key, CTRL)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_a_visit_built_with_the_keyboard_survives_closing(qtbot: QtBot, store: Store) -> None:
    win = open_window(qtbot, store)
    assert win.pages.currentIndex() == START_PAGE
    qtbot.keyClick(win, Qt.Key.Key_N, CTRL)
    assert win.pages.currentIndex() == VISIT_PAGE
    assert focused() is win.header.patient
    qtbot.keyClicks(win.header.patient, "Zoe Astrom")

    qtbot.keyClick(focused(), Qt.Key.Key_1, ALT)
    agenda = win.sections["agenda"]
    assert focused() is agenda.input
    type_entry(qtbot, "Tired all the time")
    type_entry(qtbot, "Your blood test results", person_key=Qt.Key.Key_2)
    type_entry(qtbot, "Cost of the new medicine", person_key=Qt.Key.Key_3)
    visit = win.document.visit
    assert [(i.text, i.raised_by) for i in visit.agenda] == [
        ("Tired all the time", Person.PATIENT),
        ("Your blood test results", Person.CLINICIAN),
        ("Cost of the new medicine", Person.BOTH),
    ]
    assert agenda.input.text() == ""

    # Reorder and defer with the keyboard, in the list.
    agenda.list.setFocus()
    agenda.list.select_row(2)
    qtbot.keyClick(agenda.list, Qt.Key.Key_Up, CTRL)
    qtbot.keyClick(agenda.list, Qt.Key.Key_Up, CTRL)
    assert visit.agenda[0].text == "Cost of the new medicine"
    assert agenda.list.current_row() == 0
    qtbot.keyClick(agenda.list, Qt.Key.Key_T, CTRL)
    assert visit.agenda[0].status is AgendaStatus.DEFERRED
    qtbot.keyClick(agenda.list, Qt.Key.Key_1, CTRL)  # the selected entry is re-attributed
    assert visit.agenda[0].raised_by is Person.PATIENT

    # Undo and redo across edits.
    qtbot.keyClick(agenda.list, Qt.Key.Key_Z, CTRL)
    assert visit.agenda[0].raised_by is Person.BOTH
    qtbot.keyClick(agenda.list, Qt.Key.Key_Z, CTRL)
    assert visit.agenda[0].status is AgendaStatus.OPEN
    qtbot.keyClick(agenda.list, Qt.Key.Key_Z, CTRL | SHIFT)
    assert visit.agenda[0].status is AgendaStatus.DEFERRED
    qtbot.keyClick(agenda.list, Qt.Key.Key_Y, CTRL)
    assert visit.agenda[0].raised_by is Person.PATIENT

    # The other sections, reached with Alt+2..4.
    qtbot.keyClick(focused(), Qt.Key.Key_2, ALT)
    type_entry(qtbot, "I worry this could be my thyroid")
    type_entry(qtbot, "I worry about your sleep", person_key=Qt.Key.Key_2)
    qtbot.keyClick(focused(), Qt.Key.Key_3, ALT)
    type_entry(qtbot, "Why you are tired is not clear yet")
    qtbot.keyClick(focused(), Qt.Key.Key_4, ALT)
    type_entry(qtbot, "Blood test at the lab")
    assert visit.concerns[1].raised_by is Person.CLINICIAN
    assert visit.uncertainties[0].raised_by is Person.CLINICIAN  # their default
    assert visit.next_steps[0].owner is Person.PATIENT

    visit_id = win.document.visit_id
    expected = copy_of(visit)
    win.close()
    assert store.load(visit_id) == expected

    again = open_window(qtbot, store)
    assert again.open_visit(visit_id)
    assert again.document.visit == expected
    assert again.header.patient.text() == "Zoe Astrom"
    again.close()


def test_ctrl_z_in_a_text_field_undoes_the_visit_edit(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    qtbot.keyClicks(window.header.patient, "Ana")
    agenda = window.sections["agenda"]
    agenda.input.setFocus()
    type_entry(qtbot, "Headaches")
    assert len(window.document.visit.agenda) == 1
    qtbot.keyClick(agenda.input, Qt.Key.Key_Z, CTRL)  # focus is still in the entry field
    assert window.document.visit.agenda == []
    qtbot.keyClick(agenda.input, Qt.Key.Key_Z, CTRL)
    assert window.document.visit.patient == ""
    assert window.header.patient.text() == ""
    window.header.patient.setFocus()  # keys go to the focused field, as from a keyboard
    qtbot.keyClick(window.header.patient, Qt.Key.Key_Z, CTRL | SHIFT)
    assert window.header.patient.text() == "Ana"
    qtbot.keyClick(window.header.patient, Qt.Key.Key_Y, CTRL)  # the other redo key
    assert len(window.document.visit.agenda) == 1


def test_details_of_the_selected_entry(
    window: MainWindow, store: Store, qtbot: QtBot, example_visit: Visit
) -> None:
    window.open_visit(store.add(example_visit))
    window.go_to_section(2)
    section = window.sections["uncertainties"]
    section.list.select_row(1)
    plan = section.editors["plan"]
    plan.setFocus()
    plan.selectAll()
    qtbot.keyClicks(plan, "We look again in six weeks.")
    assert window.document.visit.uncertainties[1].plan == "We look again in six weeks."
    about = section.editors["about"]
    about.setFocus()
    qtbot.keyClick(about, Qt.Key.Key_Home)
    assert window.document.visit.uncertainties[1].about.value == "diagnosis"
    window.undo_action.trigger()
    assert window.document.visit.uncertainties[1].about.value == "outcome"
    window.undo_action.trigger()  # the typing was one step
    assert window.document.visit.uncertainties[1].plan == example_visit.uncertainties[1].plan


def test_next_step_due_date_typed_and_cleared(
    window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    window.new_visit()
    window.go_to_section(3)
    type_entry(qtbot, "Walk twenty minutes a day", person_key=Qt.Key.Key_1)
    section = window.sections["next_steps"]
    date_edit = section.editors["due"].date_edit
    date_edit.setFocus()
    qtbot.keyClicks(date_edit, "20270115")
    assert window.document.visit.next_steps[0].due == dt.date(2027, 1, 15)
    qtbot.keyClick(date_edit, Qt.Key.Key_Delete, CTRL)
    assert window.document.visit.next_steps[0].due is None


@pytest.mark.filterwarnings("ignore:Function.*is marked as deprecated")
def test_drag_and_drop_reorders_as_one_undo_step(
    window: MainWindow, store: Store, example_visit: Visit
) -> None:
    window.open_visit(store.add(example_visit))
    view = window.sections["agenda"].list
    model = view.entry_model()
    first = [item.text for item in example_visit.agenda]
    mime: QMimeData = model.mimeData([model.index(0)])
    target = view.visualRect(model.index(2)).bottomLeft() + QPoint(5, -3)  # lower half of row 2
    drag = (mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(target, Qt.DropAction.MoveAction, *drag)
    QApplication.sendEvent(view.viewport(), enter)
    assert enter.isAccepted()
    QApplication.sendEvent(view.viewport(), QDragMoveEvent(target, Qt.DropAction.MoveAction, *drag))
    drop = QDropEvent(QPointF(target), Qt.DropAction.MoveAction, *drag)
    QApplication.sendEvent(view.viewport(), drop)
    texts = [item.text for item in window.document.visit.agenda]
    assert texts == [first[1], first[2], first[0], *first[3:]]
    # A finished drag asks the source model to remove the dragged row: refused,
    # since the move command already moved it.
    assert not model.removeRows(0, 1)
    assert len(window.document.visit.agenda) == len(first)
    window.undo_action.trigger()
    assert [item.text for item in window.document.visit.agenda] == first


def test_private_note_hidden_by_default_and_never_in_the_summary(
    window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    window.new_visit()
    note = window.private_note
    assert not note.editor.isVisible()
    qtbot.mouseClick(note.toggle, Qt.MouseButton.LeftButton)
    assert note.editor.isVisible()
    qtbot.keyClicks(note.editor, "Secret: query depression screen")
    assert window.document.visit.clinician_private_note == "Secret: query depression screen"
    pdf = window.summary.render_now()
    assert b"Secret" not in pdf
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Secret" not in text and "depression" not in text
    # Another visit opens with the note closed again.
    window.new_visit()
    assert not note.editor.isVisible()


def test_print_with_ctrl_p_to_a_pdf_printer(
    window: MainWindow,
    store: Store,
    example_visit: Visit,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window.open_visit(store.add(example_visit))
    out = tmp_path / "printed.pdf"
    print_to_file(monkeypatch, out)
    qtbot.keyClick(window.sections["agenda"].input, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(out.exists)
    printed = " ".join(page.extract_text() for page in PdfReader(out).pages)
    current = PdfReader(io.BytesIO(window.summary.render_now()))
    summary = " ".join(page.extract_text() for page in current.pages)
    assert printed == summary
    assert "Maria Lopez" in printed and example_visit.agenda[0].text in " ".join(printed.split())


def test_autosave_shows_saving_then_saved(window: MainWindow, store: Store, qtbot: QtBot) -> None:
    window.new_visit()
    qtbot.keyClicks(window.header.patient, "Lee")
    assert window.save_status.text() == "Saving…"
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved")
    assert store.load(window.document.visit_id).patient == "Lee"


class FlakyStore(Store):
    """A store whose disk refuses writes while ``failing`` is set: a full disk, say."""

    failing = False

    def save(self, visit_id: int, visit: Visit) -> None:
        if self.failing:
            raise StoreError("cannot save in the visit store: disk I/O error")
        super().save(visit_id, visit)


def test_a_failing_store_keeps_the_edit_and_retries(qtbot: QtBot, tmp_path: Path) -> None:
    with FlakyStore(tmp_path / "flaky.sqlite3") as store:
        win = open_window(qtbot, store)
        win.new_visit()
        store.failing = True
        qtbot.keyClicks(win.header.reason, "Dizzy spells")
        qtbot.waitUntil(lambda: win.save_status.text().startswith("Not saved"))
        assert "disk I/O error" in win.save_status.text()
        assert win.header.reason.text() == "Dizzy spells"
        store.failing = False
        qtbot.waitUntil(lambda: win.save_status.text() == "Saved", timeout=5000)
        assert store.load(win.document.visit_id).reason == "Dizzy spells"
        win.close()


def test_closing_with_a_failing_store_asks_and_can_save_a_copy(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with FlakyStore(tmp_path / "flaky.sqlite3") as store:
        win = open_window(qtbot, store)
        win.new_visit()
        store.failing = True
        qtbot.keyClicks(win.header.reason, "Chest pain when running")
        asked: list[str] = []
        monkeypatch.setattr(
            dialogs, "ask_choice", lambda _p, _t, text, _c, default=0: asked.append(text) or 1
        )
        monkeypatch.setattr(dialogs, "ask_save_path", lambda *_a: tmp_path / "copy.json")
        win.close()
        assert asked and "could not be saved" in asked[0]
        assert not win.isVisible()
        from sharedvisit.visitfile import load_visit

        assert load_visit(tmp_path / "copy.json").reason == "Chest pain when running"


def test_patient_view_follows_edits_live_and_has_no_private_note(
    window: MainWindow, store: Store, example_visit: Visit, qtbot: QtBot
) -> None:
    window.open_visit(store.add(example_visit))
    qtbot.keyClick(window, Qt.Key.Key_P, CTRL | SHIFT)
    view = window.patient_view
    assert view.isVisible()
    assert view.lists["agenda"].model() is window.document.lists["agenda"]  # a view, never a copy
    window.sections["agenda"].input.setFocus()
    type_entry(qtbot, "Numb fingers at night")
    model = view.lists["agenda"].model()
    assert model.data(model.index(model.rowCount() - 1)) == "Numb fingers at night"
    qtbot.keyClicks(window.header.reason, " and hip")
    assert view.reason.text().endswith("Knee pain for three months and hip")
    shown = " ".join(w.text() for w in view.findChildren(QLabel))
    assert example_visit.clinician_private_note not in shown
    assert not view.findChildren(QPlainTextEdit)


def test_lock_hides_every_patient_detail(
    window: MainWindow, store: Store, example_visit: Visit, qtbot: QtBot
) -> None:
    window.open_visit(store.add(example_visit))
    window.toggle_patient_view()
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    assert window.pages.currentIndex() == LOCK_PAGE
    assert not window.patient_view.isVisible()
    assert "Maria" not in visible_text(window)
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    assert window.pages.currentIndex() == VISIT_PAGE
    assert window.patient_view.isVisible()


def visible_text(root: QWidget) -> str:
    parts = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QLineEdit)):
            parts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            parts.append(widget.toPlainText())
    return " ".join(parts)


def test_other_patients_never_show_on_the_main_screen(window: MainWindow, store: Store) -> None:
    first = store.add(Visit.new(patient="Rosa Diaz", reason="Cough"))
    second = store.add(Visit.new(patient="Tom Baker", reason="Rash"))
    window.open_visit(first)
    window.open_visit(second)
    text = visible_text(window)
    assert "Tom Baker" in text
    assert "Rosa" not in text and "Cough" not in text


def test_a_closed_visit_leaves_no_words_behind(
    window: MainWindow, store: Store, example_visit: Visit, qtbot: QtBot
) -> None:
    """Closing takes the visit's tabs away, shown or not: their widgets hold its words."""
    window.open_visit(store.add(example_visit))
    for tab in range(window.tabs.count()):  # build every tab
        window.tabs.setCurrentIndex(tab)
    agenda_text = example_visit.agenda[0].text
    assert window.sections["agenda"].list.model().index(0, 0).data() == agenda_text
    assert window.close_visit()
    assert window.pages.currentIndex() == START_PAGE
    assert window.tabs.count() == 0 and len(window.sections) == 0
    qtbot.waitUntil(
        lambda: not [w for w in window.findChildren(QWidget) if "agenda" in w.objectName()]
    )


def test_text_size_is_remembered_and_fits_at_double(
    window: MainWindow, qtbot: QtBot, store: Store
) -> None:
    window.new_visit()
    base = QApplication.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Equal, CTRL)
    assert QApplication.font().pointSizeF() > base
    assert Settings().text_zoom() > 1.0
    for _ in range(10):
        window.zoom(+1)
    assert Settings().text_zoom() == 2.5
    qtbot.keyClick(window, Qt.Key.Key_0, CTRL)
    assert QApplication.font().pointSizeF() == pytest.approx(base)
    while Settings().text_zoom() < 2.0:
        window.zoom(+1)
    window.resize(1280, 720)
    for number in range(4):
        window.go_to_section(number)
        area = window.tabs.currentWidget()
        qtbot.waitUntil(lambda a=area: a.widget().width() <= a.viewport().width())
        assert area.horizontalScrollBar().maximum() == 0  # nothing cut off at the side
        section = list(window.sections.values())[number]
        assert section.input.visibleRegion().boundingRect().width() > 100
    assert window.summary.isVisible() and window.summary.width() >= 300
    window.zoom(0)


def test_high_contrast_is_remembered(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_H, CTRL | SHIFT)
    assert Settings().high_contrast()
    assert QApplication.palette().window().color().name() == "#ffffff"
    window.contrast_action.trigger()
    assert not Settings().high_contrast()


def test_window_geometry_and_splitter_are_remembered(qtbot: QtBot, store: Store) -> None:
    win = open_window(qtbot, store)
    win.new_visit()
    win.resize(1100, 700)
    win.splitter.setSizes([700, 380])
    sizes = win.splitter.sizes()
    win.close()
    again = open_window(qtbot, store)
    assert again.size().width() == 1100
    again.new_visit()
    assert again.splitter.sizes() == sizes
    again.close()


def test_opening_a_visit_file_imports_it(qtbot: QtBot, store: Store, example_visit: Visit) -> None:
    win = start(store, visit_file=EXAMPLE)
    qtbot.addWidget(win)
    assert win.document is not None
    assert win.document.visit == example_visit
    assert store.load(win.document.visit_id) == example_visit
    win.close()


def test_opening_a_bad_visit_file_says_why(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "sharedvisit/1", "date": "2026-02-30"}')
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: errors.append(text))
    win = start(store, visit_file=bad)
    qtbot.addWidget(win)
    assert errors == [
        f"{bad}: date: '2026-02-30' is not a date; write it as YYYY-MM-DD, e.g. 2026-11-24"
    ]
    assert win.document is None
    assert store.count() == 0
    win.close()


def test_after_a_crash_the_open_visit_comes_back(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    visit_id = store.add(Visit.new(patient="Ines"))
    Settings().set_open_visit(visit_id)  # as left by a run that never closed
    win = start(store)
    qtbot.addWidget(win)
    assert win.document is not None and win.document.visit_id == visit_id
    assert "did not close properly" in win.statusBar().currentMessage()
    win.close()
    assert Settings().open_visit() is None
    plain = start(store)
    qtbot.addWidget(plain)
    assert plain.pages.currentIndex() == START_PAGE
    plain.close()


def test_import_from_the_file_menu(
    window: MainWindow,
    store: Store,
    example_visit: Visit,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    path = tmp_path / "visit.json"
    save_visit(example_visit, path)
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *_a: path)
    qtbot.keyClick(window, Qt.Key.Key_I, CTRL)
    assert window.document is not None and window.document.visit == example_visit


@pytest.mark.filterwarnings("ignore:Function.*is marked as deprecated")
def test_a_foreign_drag_is_refused(window: MainWindow, store: Store, example_visit: Visit) -> None:
    window.open_visit(store.add(example_visit))
    view = window.sections["agenda"].list
    mime = QMimeData()
    mime.setText("dragged from another program")
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.viewport(), enter)
    assert not enter.isAccepted()
    assert window.document.visit == example_visit


def test_suggested_questions_add_with_one_click(window: MainWindow, qtbot: QtBot) -> None:
    window.new_visit()
    agenda = window.sections["agenda"]
    buttons = [b for b in agenda._suggestion_buttons if b.isVisible()]
    assert [b.words for b in buttons][:2] == [
        "What are my options?",
        "What are the possible benefits and harms of each option?",
    ]
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    item = window.document.visit.agenda[-1]
    assert (item.text, item.raised_by) == ("What are my options?", Person.PATIENT)
    assert not buttons[0].isVisible()  # asked: no longer offered
    language = window.handout_options.language
    language.setCurrentIndex(language.findData("es"))
    language.activated.emit(language.currentIndex())
    offered = [b.words for b in agenda._suggestion_buttons if b.isVisible()]
    assert offered[0] == "¿Cuáles son mis opciones?"
    window.undo_action.trigger()  # back to English
    window.undo_action.trigger()  # the question is taken back
    assert window.document.visit.agenda == []
    assert agenda._suggestion_buttons[0].isVisible()


def test_suggested_questions_are_as_tall_as_their_words(window: MainWindow, qtbot: QtBot) -> None:
    """A question that fits on one line takes one line; a narrow window wraps it instead."""
    window.new_visit()
    window.resize(1280, 720)
    agenda = window.sections["agenda"]
    qtbot.waitUntil(lambda: agenda._suggestion_buttons[1].isVisible())
    buttons = [b for b in agenda._suggestion_buttons if b.isVisible()]
    line = buttons[0].fontMetrics().height()
    qtbot.waitUntil(lambda: all(b.height() < 2 * line for b in buttons))
    window.resize(420, 720)  # narrower than the longest question
    longest = max(buttons, key=lambda b: len(b.words))
    qtbot.waitUntil(lambda: 2 * line <= longest.height() < 5 * line)
    assert longest.width() <= agenda.width()


def test_settings_refresh_the_questions_and_the_saved_advice(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sharedvisit.ui.settingsdialog import SettingsDialog

    window.new_visit()

    def run(dialog: SettingsDialog) -> int:
        dialog.question_language.setCurrentIndex(dialog.question_language.findData("en"))
        dialog.questions.setPlainText("Who can I call at night?")
        dialog._add_net()
        qtbot.keyClicks(dialog.net_name, "After a knee injection")
        qtbot.keyClicks(dialog.net_signs, "The knee is hot and red")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(dialogs, "run_dialog", run)
    qtbot.keyClick(window, Qt.Key.Key_Comma, CTRL)  # Edit > Settings…
    agenda = window.sections["agenda"]
    assert [b.words for b in agenda._suggestion_buttons if not b.isHidden()] == [
        "Who can I call at night?"
    ]
    advice = window.safety_net_editor.advice_buttons
    assert advice[-1].accessibleDescription() == "After a knee injection"
    qtbot.mouseClick(advice[-1], Qt.MouseButton.LeftButton)
    assert window.document.visit.safety_net.warning_signs == ["The knee is hot and red"]

    monkeypatch.setattr(dialogs, "run_dialog", lambda dialog: QDialog.DialogCode.Rejected)
    window.settings_action.trigger()  # cancelled: nothing changes
    assert [b.words for b in agenda._suggestion_buttons] == ["Who can I call at night?"]


def test_the_clinic_set_in_the_settings_reaches_the_handout(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sharedvisit.ui.settingsdialog import SettingsDialog

    window.new_visit()
    assert window.summary.clinic() is None

    def run(dialog: SettingsDialog) -> int:
        qtbot.keyClicks(dialog.clinic_name, "Riverside Family Practice")
        qtbot.keyClicks(dialog.clinic_phone, "555-0142")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(dialogs, "run_dialog", run)
    window.settings_action.trigger()
    assert window.summary.clinic().name == "Riverside Family Practice"

    def preview() -> str:
        pdf = window.summary.pdf_bytes()
        return "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages) if pdf else ""

    qtbot.waitUntil(lambda: "Riverside Family Practice" in preview(), timeout=10000)
    assert "555-0142" in preview()
