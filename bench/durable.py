"""Keystroke to durable: how long after the last keystroke an edit is in the database.

The example visit is open in the real window on a real store. A short burst
of typing (one key every ``KEY_INTERVAL_MS``, a brisk typist) goes into the
"Reason for the visit" field; a second SQLite connection, on its own thread,
polls the stored visit every 2 ms and notes when the typed text is there.
That is the moment the edit would survive the app being killed: the store
commits with ``synchronous=FULL``, so a committed row is on disk.

Run alone: ``python -m bench.durable`` (``--json``, ``--trials N``).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import tempfile
import threading
import time
from pathlib import Path

from .common import Figure, median, output
from .qtwindow import close_window, make_app, open_window, settle, wait_until
from .visits import example_visit

KEY_INTERVAL_MS = 60
POLL_S = 0.002


class StorePoller(threading.Thread):
    """A second reader of the store: notes when visit ``visit_id``'s reason becomes ``expected``."""

    def __init__(self, db_path: Path, visit_id: int, expected: str) -> None:
        super().__init__(daemon=True)
        self.db_path, self.visit_id, self.expected = db_path, visit_id, expected
        self.seen_at: float | None = None
        self.stop = threading.Event()

    def run(self) -> None:
        db = sqlite3.connect(self.db_path, timeout=5.0)
        try:
            while not self.stop.is_set():
                row = db.execute(
                    "SELECT body FROM visits WHERE id = ?", (self.visit_id,)
                ).fetchone()
                if row and json.loads(row[0]).get("reason") == self.expected:
                    self.seen_at = time.perf_counter()
                    return
                time.sleep(POLL_S)
        finally:
            db.close()


def type_text(widget: object, text: str) -> float:
    """Type ``text`` into ``widget`` at a typist's pace; returns when the last key went in."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    last = 0.0
    for char in text:
        QTest.keyClick(widget, char)
        last = time.perf_counter()
        settle(KEY_INTERVAL_MS / 1000)  # the event loop runs between keys, as when a person types
    return last


def measure(trials: int = 7) -> list[Figure]:
    from PySide6.QtWidgets import QLineEdit

    from sharedvisit.store import Store

    delays: list[float] = []
    with tempfile.TemporaryDirectory(prefix="sharedvisit-bench-") as folder:
        home = Path(folder)
        make_app(home)
        with Store.open(home / "store") as store:
            window = open_window(store, example_visit())
            field = next(
                line
                for line in window.findChildren(QLineEdit)
                if line.accessibleName() == "Reason for the visit"
            )
            field.setFocus()
            assert window.document is not None
            visit_id = window.document.visit_id
            for trial in range(trials + 1):  # the first is a warm-up
                expected = field.text() + f" more{trial}"
                poller = StorePoller(store.path, visit_id, expected)
                poller.start()
                last_key = type_text(field, f" more{trial}")
                wait_until(lambda p=poller: p.seen_at is not None, timeout=10)
                poller.stop.set()
                poller.join()
                if trial and poller.seen_at is not None:
                    delays.append((poller.seen_at - last_key) * 1000)
                elif trial:
                    delays.append(10_000.0)  # never seen: count it as a 10 s miss
                settle(0.4)
            close_window(window)
    worst = max(delays)
    return [
        Figure(
            key="durable",
            name="keystroke to durable: an edit typed in the window is in the database",
            unit="ms",
            value=median(delays),
            runs=delays,
            target="≤ 1,000 ms after the last keystroke",
            met=worst <= 1000,
            note=f"worst of {len(delays)}: {worst:.0f} ms; typed at one key per "
            f"{KEY_INTERVAL_MS} ms",
        )
    ]


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.durable")
    parser.add_argument("--json", action="store_true", help="one JSON line, for the runner")
    parser.add_argument("--trials", type=int, default=7, help="timed edits (default 7)")
    args = parser.parse_args()
    figures = measure(args.trials)
    output(figures, as_json=args.json)


if __name__ == "__main__":
    main()
