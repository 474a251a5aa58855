"""The visit chooser, driven like a person would: typing, arrows, Enter, clicks.

Controls are found by their accessible names, so these tests also check what a
screen reader announces.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from sharedvisit.store import Store
from sharedvisit.ui import dialogs
from sharedvisit.ui.visitdialog import SEARCH_LIMIT, VisitChoice, VisitDialog
from sharedvisit.ui.visittable import VisitTableModel, medium_date_format
from sharedvisit.visit import Visit
from sharedvisit.visitfile import dump_visit

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "knee-pain.json"

SEARCH = "Search by patient name"
RESULTS = "Visits found"
NEW = "Start a new visit"
OPEN = "Open selected visit"
IMPORT = "Import a visit file"
CANCEL = "Cancel"
START_FROM = "Start from"


def control[W: QWidget](dialog: QDialog, kind: type[W], name: str) -> W:
    """The one control of that kind a screen reader would announce by that name."""
    found = [w for w in dialog.findChildren(kind) if w.accessibleName() == name]
    assert len(found) == 1, f"{len(found)} {kind.__name__} named {name!r}"
    return found[0]


def search_field(dialog: QDialog) -> QLineEdit:
    return control(dialog, QLineEdit, SEARCH)


def results(dialog: QDialog) -> QTableView:
    return control(dialog, QTableView, RESULTS)


def button(dialog: QDialog, name: str) -> QPushButton:
    return control(dialog, QPushButton, name)


def column(dialog: QDialog, col: int = VisitTableModel.PATIENT) -> list[str]:
    model = results(dialog).model()
    return [model.index(row, col).data() for row in range(model.rowCount())]


def hint(dialog: QDialog) -> QLabel:
    """The one-line message shown in place of the list, when it is showing."""
    labels = [w for w in dialog.findChildren(QLabel) if w.isVisible() and w.buddy() is None]
    assert len(labels) == 1
    return labels[0]


def open_dialog(qtbot: QtBot, store: Store) -> VisitDialog:
    dialog = VisitDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def click_row(qtbot: QtBot, dialog: QDialog, row: int, *, double: bool = False) -> None:
    view = results(dialog)
    centre = view.visualRect(view.model().index(row, VisitTableModel.PATIENT)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    if double:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def add(store: Store, patient: str, reason: str = "", day: int = 1) -> int:
    return store.add(Visit.new(dt.date(2026, 11, day), patient=patient, reason=reason))


@pytest.fixture
def three(store: Store) -> dict[str, int]:
    """Three visits added oldest first: Maria Lopez, then Aiko Tanaka, then Ana Lopez-Diaz."""
    return {
        "Maria Lopez": add(store, "Maria Lopez", "Knee pain", 3),
        "Aiko Tanaka": add(store, "Aiko Tanaka", "Headaches", 18),
        "Ana Lopez-Diaz": add(store, "Ana Lopez-Diaz", "Cough", 24),
    }


# -- what is shown ------------------------------------------------------------


def test_empty_store_shows_a_friendly_hint(qtbot: QtBot, store: Store) -> None:
    dialog = open_dialog(qtbot, store)
    assert dialog.windowTitle() == "Open or start a visit"
    assert not results(dialog).isVisible()
    assert hint(dialog).text() == "No visits yet. Start a new visit."
    assert not button(dialog, OPEN).isEnabled()
    assert button(dialog, NEW).isDefault()


def test_recent_visits_most_recent_first(qtbot: QtBot, store: Store, three: dict[str, int]) -> None:
    store.save(three["Maria Lopez"], store.load(three["Maria Lopez"]))  # edited just now
    dialog = open_dialog(qtbot, store)
    assert column(dialog) == ["Maria Lopez", "Ana Lopez-Diaz", "Aiko Tanaka"]
    assert column(dialog, VisitTableModel.REASON) == ["Knee pain", "Cough", "Headaches"]
    locale = QLocale()
    expected = locale.toString(QDate(2026, 11, 3), medium_date_format(locale))
    assert column(dialog, VisitTableModel.DATE)[0] == expected
    assert not button(dialog, OPEN).isEnabled()  # nothing chosen until the person chooses


def test_search_filters_case_insensitively_as_you_type(
    qtbot: QtBot, store: Store, three: dict[str, int]
) -> None:
    dialog = open_dialog(qtbot, store)
    qtbot.keyClicks(search_field(dialog), "LOP")
    qtbot.waitUntil(lambda: column(dialog) == ["Ana Lopez-Diaz", "Maria Lopez"])
    qtbot.keyClicks(search_field(dialog), "ez-d")
    qtbot.waitUntil(lambda: column(dialog) == ["Ana Lopez-Diaz"])
    search_field(dialog).clear()
    qtbot.waitUntil(lambda: len(column(dialog)) == 3)


def test_no_match_says_so_and_enter_starts_nothing(
    qtbot: QtBot, store: Store, three: dict[str, int]
) -> None:
    dialog = open_dialog(qtbot, store)
    qtbot.keyClicks(search_field(dialog), "Nguyen")
    qtbot.waitUntil(lambda: hint(dialog).text() == "No visit matches that name.")
    qtbot.keyClick(search_field(dialog), Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.choice() is None


def test_store_error_is_a_sentence_not_a_crash(
    qtbot: QtBot, store: Store, three: dict[str, int]
) -> None:
    dialog = open_dialog(qtbot, store)
    store.close()
    qtbot.keyClicks(search_field(dialog), "a")
    qtbot.waitUntil(lambda: hint(dialog).text().startswith("The visits could not be read: "))
    assert "\n" not in hint(dialog).text()
    assert "Traceback" not in hint(dialog).text()
    assert dialog.isVisible()


# -- choosing -------------------------------------------------------------------


def test_open_button_returns_the_selected_visit(
    qtbot: QtBot, store: Store, three: dict[str, int]
) -> None:
    dialog = open_dialog(qtbot, store)
    click_row(qtbot, dialog, 1)
    assert button(dialog, OPEN).isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(button(dialog, OPEN), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.choice() == VisitChoice("open", visit_id=three["Aiko Tanaka"])
    assert results(dialog).model().rowCount() == 0  # no names kept once it closes


def test_a_kept_dialog_shows_a_fresh_list_each_time(
    qtbot: QtBot, store: Store, three: dict[str, int]
) -> None:
    dialog = open_dialog(qtbot, store)
    qtbot.keyClicks(search_field(dialog), "tanaka")
    qtbot.keyClick(search_field(dialog), Qt.Key.Key_Escape)
    assert search_field(dialog).text() == ""
    add(store, "Grace Okafor")
    dialog.show()
    qtbot.waitUntil(lambda: column(dialog)[0] == "Grace Okafor")
    assert len(column(dialog)) == 4


def test_double_click_opens(qtbot: QtBot, store: Store, three: dict[str, int]) -> None:
    dialog = open_dialog(qtbot, store)
    with qtbot.waitSignal(dialog.accepted):
        click_row(qtbot, dialog, 2, double=True)
    assert dialog.choice() == VisitChoice.open(three["Maria Lopez"])


def test_enter_in_search_opens_the_top_match(
    qtbot: QtBot, store: Store, three: dict[str, int]
) -> None:
    dialog = open_dialog(qtbot, store)
    qtbot.waitUntil(search_field(dialog).hasFocus)
    qtbot.keyClicks(search_field(dialog), "lopez")
    qtbot.waitUntil(lambda: column(dialog) == ["Ana Lopez-Diaz", "Maria Lopez"])
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(search_field(dialog), Qt.Key.Key_Return)
    assert dialog.choice() == VisitChoice.open(three["Ana Lopez-Diaz"])


def test_down_arrow_moves_into_the_results_and_enter_opens(
    qtbot: QtBot, store: Store, three: dict[str, int]
) -> None:
    dialog = open_dialog(qtbot, store)
    qtbot.keyClick(search_field(dialog), Qt.Key.Key_Down)
    qtbot.waitUntil(results(dialog).hasFocus)
    qtbot.keyClick(results(dialog), Qt.Key.Key_Down)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(results(dialog), Qt.Key.Key_Return)
    assert dialog.choice() == VisitChoice.open(three["Aiko Tanaka"])


def test_new_visit_button(qtbot: QtBot, store: Store, three: dict[str, int]) -> None:
    dialog = open_dialog(qtbot, store)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(button(dialog, NEW), Qt.MouseButton.LeftButton)
    assert dialog.choice() == VisitChoice.new()
    assert store.count() == 3  # the dialog only chooses; the window adds


def test_enter_with_empty_search_starts_a_new_visit(
    qtbot: QtBot, store: Store, three: dict[str, int]
) -> None:
    dialog = open_dialog(qtbot, store)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(search_field(dialog), Qt.Key.Key_Return)
    assert dialog.choice() == VisitChoice.new()


def test_import_valid_file(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch, example_visit: Visit
) -> None:
    path = EXAMPLE
    asked: list[str] = []

    def ask(parent: QWidget | None, title: str, file_filter: str) -> Path:
        asked.append(file_filter)
        return path

    monkeypatch.setattr(dialogs, "ask_open_path", ask)
    dialog = open_dialog(qtbot, store)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(button(dialog, IMPORT), Qt.MouseButton.LeftButton)
    choice = dialog.choice()
    assert choice is not None
    assert (choice.kind, choice.path, choice.visit) == ("import", path, example_visit)
    assert asked == [dialogs.VISIT_FILTER]
    assert store.count() == 0


def test_import_invalid_file_explains_and_stays_open(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    data = json.loads((EXAMPLE).read_text(encoding="utf-8"))
    data["agenda"][0]["raised_by"] = "doctor"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *args: bad)
    monkeypatch.setattr(dialogs, "show_error", lambda parent, t, text: errors.append((t, text)))
    dialog = open_dialog(qtbot, store)
    qtbot.mouseClick(button(dialog, IMPORT), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(errors) == 1)
    title, text = errors[0]
    assert title == "This visit file cannot be imported"
    assert "agenda[0].raised_by" in text
    assert "'doctor' is not allowed" in text
    assert "\n" not in text and "Traceback" not in text
    assert dialog.isVisible()
    assert dialog.choice() is None


def test_cancelling_the_file_picker_stays_open(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *args: None)
    monkeypatch.setattr(dialogs, "show_error", lambda *args: pytest.fail("no error expected"))
    dialog = open_dialog(qtbot, store)
    qtbot.mouseClick(button(dialog, IMPORT), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.choice() is None


@pytest.mark.parametrize("how", ["button", "escape"])
def test_cancel_rejects(qtbot: QtBot, store: Store, three: dict[str, int], how: str) -> None:
    dialog = open_dialog(qtbot, store)
    click_row(qtbot, dialog, 0)
    with qtbot.waitSignal(dialog.rejected):
        if how == "button":
            qtbot.mouseClick(button(dialog, CANCEL), Qt.MouseButton.LeftButton)
        else:
            qtbot.keyClick(search_field(dialog), Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.choice() is None


# -- keyboard and screen readers ---------------------------------------------------


def test_every_control_is_named_and_tab_follows_the_screen(
    qtbot: QtBot, store: Store, three: dict[str, int]
) -> None:
    dialog = open_dialog(qtbot, store)
    qtbot.waitUntil(search_field(dialog).hasFocus)
    qtbot.keyClicks(search_field(dialog), "tanaka")  # selects the match, so Open is enabled
    qtbot.waitUntil(button(dialog, OPEN).isEnabled)
    expected = [
        results(dialog),
        button(dialog, IMPORT),
        button(dialog, OPEN),
        button(dialog, CANCEL),
        button(dialog, NEW),
        control(dialog, QComboBox, START_FROM),
        search_field(dialog),
    ]
    for widget in expected:
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        qtbot.waitUntil(widget.hasFocus)


def test_medium_date_format_is_readable_in_several_languages() -> None:
    day = QDate(2026, 11, 24)
    shown = {
        name: QLocale(name).toString(day, medium_date_format(QLocale(name)))
        for name in ("en_US", "en_GB", "ja_JP", "ar_EG")
    }
    assert shown["en_US"] == "Nov 24, 2026"
    assert shown["en_GB"] == "24 Nov 2026"
    assert shown["ja_JP"] == "2026年11月24日"
    assert "،" not in shown["ar_EG"]  # no separator left dangling where the weekday was


# -- a full clinic's worth of visits ----------------------------------------------

FIRST = ["Maria", "James", "Aiko", "Fatima", "Tomasz", "Grace", "Liam", "Ana", "Wei", "Olu"]
LAST = ["Lopez", "O'Connor", "Tanaka", "Al-Sayed", "Nowak", "Okafor", "Murphy", "Nguyen"]


def fill_store(store: Store, count: int) -> list[tuple[int, str]]:
    """``count`` visits in one transaction; (id, patient) in the order they were edited."""
    start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    rows = []
    for n in range(count):
        patient = f"{FIRST[n % len(FIRST)]} {LAST[n // len(FIRST) % len(LAST)]} {n:05d}"
        visit = Visit.new(dt.date(2026, 1, 1) + dt.timedelta(days=n % 365), patient=patient)
        stamp = (start + dt.timedelta(seconds=n)).isoformat(timespec="microseconds")
        key = patient.casefold()  # as the store writes it, for search
        rows.append((patient, visit.date.isoformat(), "", stamp, stamp, dump_visit(visit), key))
    with store._transaction() as db:
        db.executemany(
            "INSERT INTO visits (patient, date, reason, created, updated, body, patient_key) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    return list(enumerate((row[0] for row in rows), start=1))


def test_search_among_ten_thousand_visits(qtbot: QtBot, store: Store) -> None:
    visits = fill_store(store, 10_000)
    newest_first = [patient for _, patient in reversed(visits)]
    dialog = open_dialog(qtbot, store)
    assert column(dialog) == newest_first[:50]

    qtbot.keyClicks(search_field(dialog), "nGuYeN")
    expected = [p for p in newest_first if "nguyen" in p.lower()][:SEARCH_LIMIT]
    assert len(expected) == SEARCH_LIMIT
    qtbot.waitUntil(lambda: column(dialog) == expected)

    visit_id, patient = visits[4321]
    search_field(dialog).setText(patient.upper())
    qtbot.waitUntil(lambda: column(dialog) == [patient])
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(search_field(dialog), Qt.Key.Key_Return)
    assert dialog.choice() == VisitChoice.open(visit_id)
