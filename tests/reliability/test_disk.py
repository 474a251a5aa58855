"""A full or read-only disk: edits stay on screen, the indicator says so, nothing is lost.

Saving is retried by itself, and succeeds as soon as the disk takes writes again.

Three ways of refusing writes, from the store's edge down to the kernel:

- a store whose ``save`` raises, as a full disk makes it (the store boundary);
- the store's SQLite connection swapped for a ``mode=ro`` one mid-session,
  so SQLite itself refuses every write (``SQLITE_READONLY``);
- a real disk: the app runs in a private mount namespace on a 4 MB tmpfs,
  which the test fills until the kernel says ENOSPC, or mounts read-only
  (EROFS) before the app starts. Tests run as root, where permissions do not
  stop writes, so only a read-only mount is truly read-only.
"""

from __future__ import annotations

import shlex
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from sharedvisit.errors import StoreError
from sharedvisit.store import DB_NAME, Store
from sharedvisit.ui import dialogs
from sharedvisit.ui.app import start
from sharedvisit.ui.appwindow import AppWindow
from sharedvisit.ui.autosave import RETRY_MS
from sharedvisit.visit import Visit, copy_of
from sharedvisit.visitfile import parse_visit

from .driver import Driver

TIMEOUT_MS = RETRY_MS * 3


class RefusingStore(Store):
    """A store whose writes fail at its edge while ``refusing`` is set; counts the attempts."""

    refusing = False
    attempts = 0

    def save(self, visit_id: int, visit: Visit) -> None:
        self.attempts += 1
        if self.refusing:
            raise StoreError(f"cannot save in the visit store {self.path}: the disk is full")
        super().save(visit_id, visit)


def type_items(qtbot: QtBot, window: AppWindow, *texts: str) -> None:
    field = window.sections["agenda"].input
    for text in texts:
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, "\r")


def test_writes_refused_at_the_store_edge(
    window_env: None, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = RefusingStore(tmp_path / DB_NAME)
    window = start(store)
    qtbot.addWidget(window)
    window.show()
    window.new_visit()
    store.refusing = True
    qtbot.keyClicks(window.header.patient, "Jun Park")
    type_items(qtbot, window, "Dizzy when standing", "New tablets")
    qtbot.waitUntil(lambda: window.save_status.text().startswith("Not saved"), timeout=TIMEOUT_MS)
    assert window.save_status.text() == (
        f"Not saved: cannot save in the visit store {store.path}: the disk is full Trying again…"
    )
    tried = store.attempts
    qtbot.waitUntil(lambda: store.attempts > tried, timeout=TIMEOUT_MS)  # retried by itself
    type_items(qtbot, window, "Still typing while the disk is full")
    on_screen = copy_of(window.document.visit)
    assert [item.text for item in on_screen.agenda][-1] == "Still typing while the disk is full"

    # Closing now would lose the edits: the window asks, and "Try again" works once space is back.
    asked: list[str] = []

    def ask_choice(_p: object, _t: str, text: str, _c: list[str], default: int = 0) -> int:
        asked.append(text)
        store.refusing = False  # someone frees space while the question is up
        return 0  # "Try again"

    monkeypatch.setattr(dialogs, "ask_choice", ask_choice)
    window.close()
    assert asked and "could not be saved" in asked[0]
    assert store.load(window.document.visit_id if window.document else 1) == on_screen
    store.close()


def test_sqlite_itself_refuses_writes(window_env: None, qtbot: QtBot, tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    window = start(store)
    qtbot.addWidget(window)
    window.show()
    window.new_visit()
    writable = store._db
    store._db = sqlite3.connect(
        f"{store.path.as_uri()}?mode=ro", uri=True, isolation_level=None, check_same_thread=False
    )
    type_items(qtbot, window, "Rash on both arms", "Itches at night")
    qtbot.waitUntil(lambda: window.save_status.text().startswith("Not saved"), timeout=TIMEOUT_MS)
    assert "its folder cannot be written to" in window.save_status.text()
    assert [i.text for i in window.document.visit.agenda] == [
        "Rash on both arms",
        "Itches at night",
    ]
    store._db.close()
    store._db = writable  # the disk is back
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=TIMEOUT_MS)
    assert store.load(window.document.visit_id) == window.document.visit
    window.close()
    store.close()


# -- a real disk, in a private mount namespace --------------------------------------------


def _namespaces_work() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-Urm", "sh", "-c", "mount -t tmpfs tmpfs /mnt"],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


needs_namespaces = pytest.mark.skipif(
    not _namespaces_work(),
    reason="needs unshare and user/mount namespaces to mount a private tmpfs",
)


def on_private_disk(disk: Path, *setup: str) -> list[str]:
    """A command prefix: a new mount namespace with a 4 MB tmpfs on ``disk``, then ``setup``."""
    steps = [f"mount -t tmpfs -o size=4m,mode=0700 tmpfs {disk}", *setup, 'exec "$@"']
    return ["unshare", "-Urm", "sh", "-c", " && ".join(steps), "sh"]


def stored_texts(db_path: Path) -> list[str]:
    db = sqlite3.connect(db_path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        (body,) = db.execute("SELECT body FROM visits").fetchone()
    finally:
        db.close()
    return [item.text for item in parse_visit(body, lenient=True).agenda]


@needs_namespaces
def test_a_disk_that_fills_up_and_is_freed(tmp_path: Path) -> None:
    disk, copy = tmp_path / "disk", tmp_path / "copy.sqlite3"
    disk.mkdir()
    (tmp_path / "settings").mkdir()
    app = Driver.start(
        disk,
        tmp_path / "settings",
        mode="commands",
        prefix=on_private_disk(disk),
        extra=["--copy-to", str(copy)],
    )
    assert app.wait_for("store ") == "store writable"
    app.send("new")
    app.wait_for("opened ")
    app.send("type Before the disk filled")
    app.wait_for("state saved")

    app.send(f"run cat /dev/zero > {disk}/filler")  # until the kernel says: no space
    assert app.wait_for("ran ") != "ran 0"
    typed = [f"Typed on a full disk {n}" for n in range(3)]
    for text in typed:
        app.send(f"type {text}")
    assert app.wait_for("status Not saved") == (
        f"status Not saved: cannot save in the visit store {disk / DB_NAME}: "
        "the disk is full Trying again…"
    )
    app.send(f"run rm {disk}/filler")
    app.wait_for("ran 0")
    app.wait_for("state saved")  # the retry, by itself
    app.send("close")
    app.wait_for("closed")
    assert app.finish() == 0
    assert stored_texts(copy) == ["Before the disk filled", *typed]


@needs_namespaces
def test_a_read_only_disk_opens_keeps_edits_on_screen_and_saves_once_writable(
    tmp_path: Path,
) -> None:
    disk, copy = tmp_path / "disk", tmp_path / "copy.sqlite3"
    disk.mkdir()
    (tmp_path / "settings").mkdir()
    make_store = (
        "from sharedvisit.store import Store; from sharedvisit.visit import Visit; "
        f"s = Store.open({str(disk)!r}); s.add(Visit.new(patient='Lena Berg')); s.close()"
    )
    app = Driver.start(
        disk,
        tmp_path / "settings",
        mode="commands",
        prefix=on_private_disk(
            disk,
            f"{shlex.quote(sys.executable)} -c {shlex.quote(make_store)}",
            f"mount -o remount,ro {disk}",
        ),
        extra=["--copy-to", str(copy)],
    )
    assert app.wait_for("store ") == "store read-only"
    app.send("open 1")
    app.wait_for("opened 1 chosen")
    typed = ["Typed on a read-only disk", "And another"]
    for text in typed:
        app.send(f"type {text}")
    assert app.wait_for("status Not saved") == (
        f"status Not saved: cannot save in the visit store {disk / DB_NAME}: "
        "its folder cannot be written to Trying again…"
    )
    app.send(f"run mount -o remount,rw {disk}")
    app.wait_for("ran 0")
    app.wait_for("state saved")
    app.send("close")
    app.wait_for("closed")
    assert app.finish() == 0
    assert stored_texts(copy) == typed
    assert not [line for line in app.lines if line.startswith("dialog")], app.lines
