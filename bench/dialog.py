"""Open the visit dialog and search a store of 10,000 visits: time to results on screen.

The store is filled once per run with 10,000 visits the size of the example
(about 3 KB of JSON each: the list and search read rows of that size), with
varied patient names, some accented, and varied edit times. Rows are written
in one transaction straight into the store's own table (10,000 separate
``Store.add`` calls would each wait for a disk sync), through the store's own
schema and ``dump_visit`` bodies.

Each trial, in the real main window: the dialog is made and shown, its recent
visits listed and painted (``open``); then a patient name is typed one key at
a time, each key searching the store, and each key's results painted before
the next (``key``). The figure is open plus the slowest key, what a person
waits for at worst; both parts are in the note.

Run alone: ``python -m bench.dialog`` (``--json``, ``--trials N``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

from .common import Figure, child_env, median, output, run_child

VISITS = 10_000
FIRST = (
    "María", "José", "Ana", "Luis", "Zoë", "Nguyễn", "Ελένη", "Мария", "John", "Fatima",
    "Chen", "Olga", "Pedro", "Amara", "Kenji", "Sofía", "Ahmed", "Lucía", "Jörg", "Aisha",
)  # fmt: skip
LAST = (
    "Lopez", "García", "Smith", "Nguyen", "Müller", "Okafor", "Rossi", "Kowalski", "Silva",
    "Haddad", "Ivanova", "Tanaka", "Dubois", "O'Brien", "Fernández", "Kim", "Novak", "Costa",
    "Jensen", "Moreau", "Singh", "Ahmed", "Petrov", "Santos", "Yılmaz",
)  # fmt: skip
QUERIES = ("lopez", "garcía", "ана", "zoë", "okaf", "xyz", "singh", "maría")


def fill_store(path: Path) -> None:
    """10,000 example-sized visits in the store at ``path``, written in one transaction."""
    from sharedvisit.store import Store
    from sharedvisit.visitfile import dump_visit

    from .visits import example_visit

    with Store(path):
        pass  # creates the file, owner-only, and migrates it to the current schema
    template = json.loads(dump_visit(example_visit()))
    rng = random.Random(7)
    start = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    rows = []
    for n in range(VISITS):
        patient = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        day = dt.date(2024, 1, 1) + dt.timedelta(days=n // 12)
        stamp = (start + dt.timedelta(minutes=37 * n)).isoformat(timespec="microseconds")
        body = dict(template, patient=patient, date=day.isoformat())
        rows.append(
            (
                patient,
                day.isoformat(),
                template["reason"],
                stamp,
                stamp,
                json.dumps(body, indent=2),
                patient.casefold(),  # as the store writes it, for search
            )
        )
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("BEGIN")
        db.executemany(
            "INSERT INTO visits (patient, date, reason, created, updated, body, patient_key) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        db.execute("COMMIT")
    finally:
        db.close()


def type_char(field: Any, char: str) -> None:
    """One key press and release that types ``char``, as a keyboard layout would.

    ``QTest.keyClick`` takes a character as a Latin-1 byte and types "Ã" for
    "í"; a key event carrying the text types what a person would.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
        QApplication.sendEvent(field, event)


def trials(store_path: Path, count: int) -> dict[str, Any]:
    """In this process: open the dialog ``count`` times, typing one query each time."""
    from PySide6.QtWidgets import QLineEdit, QTableView

    from sharedvisit.store import Store

    from .qtwindow import close_window, make_app, settle, start_window

    with tempfile.TemporaryDirectory(prefix="sharedvisit-bench-") as folder:
        app = make_app(Path(folder))
        with Store(store_path) as store:
            window = start_window(store)
            settle(0.3)
            opens: list[float] = []
            keys: list[float] = []
            for trial in range(count + 1):  # the first opening imports the dialog's module
                started = time.perf_counter()
                from sharedvisit.ui.visitdialog import VisitDialog

                dialog = VisitDialog(store, window)
                dialog.show()
                app.processEvents()
                dialog.repaint()  # painted now, synchronously, with the recent visits listed
                opened = time.perf_counter()
                search = dialog.findChild(QLineEdit)
                results = dialog.findChild(QTableView)
                assert search is not None and results is not None
                slowest = 0.0
                for char in QUERIES[trial % len(QUERIES)]:
                    key_at = time.perf_counter()
                    type_char(search, char)  # the search runs in the key's handler
                    app.processEvents()
                    dialog.repaint()
                    slowest = max(slowest, time.perf_counter() - key_at)
                    settle(0.05)
                query = QUERIES[trial % len(QUERIES)]
                found = results.model().rowCount()
                # A search that finds nothing is fast for the wrong reason: only a query
                # no name holds may find nothing.
                held = any(query in f"{f} {la}".casefold() for f in FIRST for la in LAST)
                assert search.text() == query and (found > 0) == held, (query, found)
                if trial:
                    opens.append((opened - started) * 1000)
                    keys.append(slowest * 1000)
                dialog.reject()
                dialog.deleteLater()
                settle(0.1)
            close_window(window)
    return {"opens": opens, "keys": keys}


def measure(count: int = 7) -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="sharedvisit-bench-") as folder:
        home = Path(folder)
        store_path = home / "visits.sqlite3"
        made = time.perf_counter()
        run_child(
            "bench.dialog", ["--fill", str(store_path)], env=child_env(home=home), timeout=300
        )
        fill_s = time.perf_counter() - made
        result = run_child(
            "bench.dialog",
            ["--trials-in-process", str(count), str(store_path)],
            env=child_env(home=home),
        )
    totals = [o + k for o, k in zip(result["opens"], result["keys"], strict=True)]
    value = median(totals)
    return [
        Figure(
            key="dialog_search",
            name="open the visit dialog and search a store of 10,000 visits",
            unit="ms",
            value=value,
            runs=totals,
            target="< 100 ms to results",
            met=value < 100,
            note=f"open and list: {median(result['opens']):.0f} ms; slowest key to results: "
            f"{median(result['keys']):.0f} ms (worst {max(result['keys']):.0f}); "
            f"store filled in {fill_s:.1f} s",
        )
    ]


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.dialog")
    parser.add_argument("--json", action="store_true", help="one JSON line, for the runner")
    parser.add_argument("--trials", type=int, default=7, help="dialog openings (default 7)")
    parser.add_argument("--fill", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--trials-in-process", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.fill:
        fill_store(args.fill)
        print(json.dumps({"filled": VISITS}), flush=True)
        return
    if args.trials_in_process:
        count, path = args.trials_in_process
        print(json.dumps(trials(Path(path), int(count))), flush=True)
        return
    figures = measure(args.trials)
    output(figures, as_json=args.json)


if __name__ == "__main__":
    main()
