"""Python's cyclic garbage collector, run on the UI thread only.

Autosave and the summary preview work on background threads. Left to
itself, the collector runs on whichever thread happens to allocate when a
threshold is passed; if it then frees the Python side of a closed window,
Qt widgets are destroyed off the UI thread and Qt crashes at random. So
automatic collection is switched off and a timer on the UI thread collects
instead, as often as the thresholds would have.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500


class GarbageCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self, interval=INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Collect the generations whose thresholds have been passed, here on the UI thread."""
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return


def install(app: QCoreApplication) -> GarbageCollector:
    """Take over garbage collection for the app's lifetime; safe to call twice."""
    existing = app.findChild(GarbageCollector)
    return existing if isinstance(existing, GarbageCollector) else GarbageCollector(app)
