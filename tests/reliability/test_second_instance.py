"""Two copies of the app on one data folder: never two writers on one visit.

Each ``Store`` below is a real, separately opened store on the same file,
exactly as a second copy of the app has; the windows are real windows.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from sharedvisit import lease
from sharedvisit.errors import VisitNotFound
from sharedvisit.store import DB_NAME, Store, VisitInUse
from sharedvisit.ui import dialogs
from sharedvisit.ui.app import start
from sharedvisit.ui.appwindow import AppWindow
from sharedvisit.visit import AgendaItem, Person, Visit

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def two(tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    first, second = Store.open(tmp_path), Store.open(tmp_path)
    yield first, second
    first.close()
    second.close()


def test_a_visit_open_in_one_copy_is_refused_to_the_other(two: tuple[Store, Store]) -> None:
    first, second = two
    visit_id = first.add(Visit.new(patient="Ana"))
    first.claim(visit_id)
    with pytest.raises(VisitInUse) as refused:
        second.claim(visit_id)
    assert str(refused.value) == (
        f"visit {visit_id} is open in another SharedVisit window on this computer; "
        "close it there first"
    )
    assert second.open_elsewhere(visit_id) is not None
    assert first.open_elsewhere(visit_id) is None

    # The second copy cannot overwrite the first one's edits, even by saving directly.
    edited = first.load(visit_id)
    edited.agenda.append(AgendaItem(text="From the first window", raised_by=Person.PATIENT))
    first.save(visit_id, edited)
    with pytest.raises(VisitInUse):
        second.save(visit_id, Visit.new(patient="Stale copy"))
    assert second.load(visit_id) == edited

    first.release(visit_id)
    second.claim(visit_id)  # free now
    with pytest.raises(VisitInUse):
        first.save(visit_id, edited)  # and the first copy's saves are refused in turn
    assert first.exists(visit_id)


def test_other_visits_are_not_held_up(two: tuple[Store, Store]) -> None:
    first, second = two
    a, b = first.add(Visit.new()), first.add(Visit.new())
    first.claim(a)
    second.claim(b)
    second.save(b, Visit.new(patient="B"))
    first.save(a, Visit.new(patient="A"))
    assert [s.patient for s in first.visits(recent_first=False)] == ["A", "B"]


def test_closing_a_store_gives_its_leases_back(tmp_path: Path) -> None:
    with Store.open(tmp_path) as first:
        visit_id = first.add(Visit.new())
        first.claim(visit_id)
    with Store.open(tmp_path) as second:
        second.claim(visit_id)


def test_the_lease_of_a_killed_copy_is_taken_over(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        visit_id = store.add(Visit.new())
    code = (
        "import sys, time\n"
        "from sharedvisit.store import Store\n"
        f"s = Store.open({str(tmp_path)!r})\n"
        f"s.claim({visit_id})\n"
        "print('claimed', flush=True)\n"
        "time.sleep(60)\n"
    )
    other = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    try:
        assert other.stdout is not None and other.stdout.readline() == "claimed\n"
        with Store.open(tmp_path) as store:
            with pytest.raises(VisitInUse):
                store.claim(visit_id)  # alive: refused
            other.kill()
            other.wait()
            store.claim(visit_id)  # killed: its lease is taken over at once
            holder = lease.current(store._db, visit_id)
            assert holder is not None and holder.holder == store.token
    finally:
        other.kill()
        other.wait()


def test_a_lease_not_renewed_for_long_is_free_even_from_another_computer(
    two: tuple[Store, Store],
) -> None:
    first, second = two
    visit_id = first.add(Visit.new())
    first.claim(visit_id)
    with sqlite3.connect(first.path) as db:  # as if held from a laptop on a shared folder
        db.execute("UPDATE leases SET host = 'exam-room-2'")
    db.close()
    with pytest.raises(VisitInUse, match="on the computer exam-room-2"):
        second.claim(visit_id)
    with sqlite3.connect(first.path) as db:
        db.execute("UPDATE leases SET heartbeat = ?", (time.time() - lease.STALE_SECONDS - 1,))
    db.close()
    second.claim(visit_id)


def test_renewing_keeps_a_lease_fresh(two: tuple[Store, Store]) -> None:
    first, _ = two
    visit_id = first.add(Visit.new())
    first.claim(visit_id)
    with sqlite3.connect(first.path) as db:
        db.execute("UPDATE leases SET heartbeat = 0")
    db.close()
    assert first.renew_leases()
    holder = lease.current(first._db, visit_id)
    assert holder is not None and time.time() - holder.heartbeat < 5


def test_claiming_a_visit_that_is_not_there(two: tuple[Store, Store]) -> None:
    with pytest.raises(VisitNotFound):
        two[0].claim(99)


# -- the window ------------------------------------------------------------------------


def open_app(qtbot: QtBot, folder: Path) -> AppWindow:
    window = start(Store.open(folder))
    qtbot.addWidget(window)
    window.show()
    return window  # type: ignore[return-value]


def test_the_second_window_is_told_plainly_and_may_look_read_only(
    window_env: None, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = open_app(qtbot, tmp_path / "data")
    first.new_visit()
    qtbot.keyClicks(first.header.patient, "Rosa Diaz")
    visit_id = first.document.visit_id
    qtbot.waitUntil(lambda: first.save_status.text() == "Saved")

    second = open_app(qtbot, tmp_path / "data")
    assert second.document is None  # the first did not crash: its visit is not "reopened"
    asked: list[tuple[str, str, list[str]]] = []
    answers = iter([1, 0])  # "Go back", then "Look at it read-only"

    def ask_choice(_p: object, title: str, text: str, choices: list[str], default: int = 0):
        asked.append((title, text, choices))
        return next(answers)

    monkeypatch.setattr(dialogs, "ask_choice", ask_choice)
    assert not second.open_visit(visit_id)
    assert second.document is None
    title, text, choices = asked[0]
    assert title == "This visit is open elsewhere"
    assert text == (
        "This visit is open in another SharedVisit window on this computer, so it cannot be "
        "edited here until it is closed there. Nothing you wrote there is lost."
    )
    assert choices == ["Look at it read-only", "Go back"]

    assert not second.open_visit(visit_id)
    [view] = second.read_only_views
    assert view.isVisible() and view.document is not None
    assert view.document.visit.patient == "Rosa Diaz"

    first.close()  # closing gives the visit back
    monkeypatch.setattr(dialogs, "ask_choice", lambda *a, **k: pytest.fail("no need to ask"))
    assert second.open_visit(visit_id)
    qtbot.keyClicks(second.header.reason, "Cough")
    qtbot.waitUntil(lambda: second.save_status.text() == "Saved")
    second.close()
    assert not view.isVisible()
    with Store(tmp_path / "data" / DB_NAME) as store:
        saved = store.load(visit_id)
    assert (saved.patient, saved.reason) == ("Rosa Diaz", "Cough")
    first.store.close()
    second.store.close()


def test_the_window_renews_its_lease_and_backs_up_daily(
    window_env: None, qtbot: QtBot, tmp_path: Path
) -> None:
    from sharedvisit import backup

    window = open_app(qtbot, tmp_path)
    window.new_visit()
    qtbot.keyClicks(window.header.patient, "Noor")
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved")
    with sqlite3.connect(tmp_path / DB_NAME) as db:
        db.execute("UPDATE leases SET heartbeat = 0")  # as if the window had gone quiet
    db.close()
    assert backup.backups(tmp_path) == []
    window._tick()  # what the heartbeat timer runs
    holder = lease.current(window.store._db, window.document.visit_id)
    assert holder is not None and time.time() - holder.heartbeat < 5
    qtbot.waitUntil(lambda: len(backup.backups(tmp_path)) == 1)  # the store had none: due
    window.close()
    window.store.close()
