"""Python's cyclic garbage collector, run on the UI thread only, and not mid-keystroke.

Autosave and the summary preview work on background threads. Left to
itself, the collector runs on whichever thread happens to allocate when a
threshold is passed; if it then frees the Python side of a closed window,
Qt widgets are destroyed off the UI thread and Qt crashes at random. So
automatic collection is switched off and a timer on the UI thread collects
instead, as often as the thresholds would have.

A full collection can take tens of milliseconds, a visible stall while
someone types, so it waits until the keyboard and mouse have been still
for a moment (or until far more garbage has piled up than usual).
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

INTERVAL_MS = 500
QUIET_S = 1.0
"""How long input must pause before a full collection runs."""
OVERDUE = 10
"""A full collection runs anyway once this many times its threshold is due."""

_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel}


class GarbageCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self.last_input = 0.0
        self._timer = QTimer(self, interval=INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        parent.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self.last_input = time.monotonic()
        return False

    def check(self) -> None:
        """Collect the generations whose thresholds have been passed, here on the UI thread."""
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        quiet = time.monotonic() - self.last_input >= QUIET_S
        if counts[2] > thresholds[2] and (quiet or counts[2] > OVERDUE * thresholds[2]):
            gc.collect(2)
        elif counts[1] > thresholds[1]:
            gc.collect(1)
        elif counts[0] > thresholds[0]:
            gc.collect(0)


def install(app: QCoreApplication) -> GarbageCollector:
    """Take over garbage collection for the app's lifetime; safe to call twice."""
    existing = app.findChild(GarbageCollector)
    return existing if isinstance(existing, GarbageCollector) else GarbageCollector(app)
