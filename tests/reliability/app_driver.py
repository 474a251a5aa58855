"""A person at the real SharedVisit window, scripted, in its own process.

The crash test kills this process at random moments and the disk test
changes the disk under it, so it must be the real app: the real
``sharedvisit.ui.app.start()`` on a real store in ``--data-dir``, driven with
QTest key clicks the way a person types. It reports on standard output, one
flushed line per event, so the test knows what was on screen and when:

    opened VISIT_ID new|reopened message|silent   a visit is open for editing
    closing VISIT_ID                          about to close it (to start another)
    edit VISIT_ID TEXT MONOTONIC_TIME         an agenda item was typed and entered
    state saved|saving|failed                 the save indicator changed
    dialog NAME TITLE                         a dialog would have been shown (answered "no")
    closed                                    the window closed normally

``--mode crash`` opens a visit (the one left open, or a new one) and types
edits until killed. ``--mode commands`` reads one command a line from
standard input: ``new``, ``open ID``, ``type TEXT``, ``run COMMAND...`` (a
shell command, e.g. to remount the disk), ``close``; it also reports

    store read-only|writable                  how the store opened
    status TEXT                               the save indicator's words, on every change
    ran STATUS                                a ``run`` command finished

With ``--copy-to PATH`` the store file is copied there after a normal close,
for a test whose data folder disappears with the process (a private tmpfs).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QSocketNotifier, Qt, QTimer
from PySide6.QtTest import QTest

from sharedvisit.store import Store
from sharedvisit.ui import app, dialogs

NEW_VISIT_AT = 100
"""A reopened visit with this many items is closed at start-up and a new one begun, so no
visit grows without end. Never while typing: closing a visit saves it at once, which would
hide a slow autosave from the crash test."""


def say(*words: object) -> None:
    print(*words, flush=True)


def answer_no(name: str):  # type: ignore[no-untyped-def]
    def dialog(*args: object, **kwargs: object) -> object:
        title = next((a for a in args if isinstance(a, str)), "")
        say("dialog", name, title.replace("\n", " "))
        return {"ask_choice": -1, "run_dialog": 0, "run_print_dialog": False}.get(name)

    return dialog


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--settings-dir", required=True)
    parser.add_argument("--mode", choices=("crash", "commands"), default="crash")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--run", type=int, default=0)
    parser.add_argument("--copy-to")
    args = parser.parse_args()

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, args.settings_dir)
    for name in ("ask_save_path", "ask_open_path", "show_error", "show_info", "ask_choice"):
        setattr(dialogs, name, answer_no(name))
    for name in ("run_print_dialog", "run_dialog"):
        setattr(dialogs, name, answer_no(name))

    qapp = app.application()
    store = Store.open(args.data_dir)
    window = app.start(store)
    window.show()
    typist = Typist(window, args.run, random.Random(args.seed))
    if window.document is not None:
        message = window.statusBar().currentMessage()
        note = "message" if "did not close properly" in message else "silent"
        typist.opened("reopened", note)
    if args.mode == "crash" and (
        window.document is None or len(window.document.visit.agenda) >= NEW_VISIT_AT
    ):
        if window.document is not None:
            say("closing", window.document.visit_id)
        window.new_visit()
        typist.opened("new")
    if args.mode == "crash":
        timer = QTimer(window)
        timer.timeout.connect(typist.next_edit)
        timer.start(typist.pause_ms())
    else:
        say("store", "read-only" if store.read_only else "writable")
        notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read, window)
        notifier.activated.connect(lambda *_: typist.command(sys.stdin.readline()))
    status = qapp.exec()
    store.close()
    if args.copy_to:
        shutil.copy(Path(args.data_dir) / "visits.sqlite3", args.copy_to)
    return status


class Typist:
    """Types agenda items into the open visit and reports each one once it is in the visit."""

    def __init__(self, window: app.MainWindow, run: int, rng: random.Random) -> None:
        self.window = window
        self.run = run
        self.rng = rng
        self.count = 0

    def pause_ms(self) -> int:
        return self.rng.randint(10, 60)

    def opened(self, *how: str) -> None:
        window = self.window
        window.autosaver.stateChanged.connect(self.report_state)
        say("opened", window.document.visit_id, *how)

    def report_state(self, state: str, _error: str) -> None:
        say("state", state)
        say("status", self.window.save_status.text())

    def next_edit(self) -> None:
        self.type_item(f"run{self.run}-edit{self.count}")

    def type_item(self, text: str) -> None:
        window = self.window
        field = window.sections["agenda"].input
        window.tabs.setCurrentIndex(0)
        QTest.keyClicks(field, text)
        QTest.keyClick(field, Qt.Key.Key_Return)
        visit = window.document.visit
        if not visit.agenda or visit.agenda[-1].text != text:
            say("lost-on-screen", text)  # the window itself dropped it: the test fails
            return
        self.count += 1
        say("edit", window.document.visit_id, text, f"{time.monotonic():.6f}")

    def command(self, line: str) -> None:
        words = line.split(maxsplit=1)
        if not words or words[0] == "close":
            self.window.close()
            say("closed")
        elif words[0] == "new":
            self.window.new_visit()
            self.opened("new")
        elif words[0] == "open":
            if self.window.open_visit(int(words[1])):
                self.opened("chosen")
        elif words[0] == "type":
            self.type_item(words[1].strip())
        elif words[0] == "run":
            done = subprocess.run(words[1], shell=True, capture_output=True, check=False)
            say("ran", done.returncode)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    sys.exit(main())
