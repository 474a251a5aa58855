"""Automatic saving: every edit reaches the store within a second, without blocking typing.

A burst of typing is saved ``DEBOUNCE_MS`` after the last keystroke, and never
later than ``MAX_WAIT_MS`` after the first unsaved one, so continuous typing
still reaches the disk. The write itself runs on one worker thread with a
snapshot of the visit, so the window keeps answering while SQLite syncs.

If the store cannot be written (full disk, read-only folder), the edit stays
on screen, the state says so, and the save is retried every ``RETRY_MS``:
nothing is ever dropped. ``flush()`` saves synchronously, for closing.

The snapshot the worker saves is ``to_data(visit)``, plain data made in
half a millisecond even for a 1,000-item visit; the worker turns it back into
a visit (leniently, as the store reads one back) before writing it. A deep
copy of the model took the UI thread nine milliseconds for the same visit,
every second of continuous typing.
"""

from __future__ import annotations

import logging
import time
from concurrent.futures import Future, ThreadPoolExecutor
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ..errors import StoreError
from ..store import Store
from ..visit import Visit, from_data, to_data
from .document import VisitDocument

log = logging.getLogger(__name__)

DEBOUNCE_MS = 300
MAX_WAIT_MS = 700
RETRY_MS = 2000


class SaveState(StrEnum):
    SAVED = "saved"
    SAVING = "saving"
    FAILED = "failed"


class Autosaver(QObject):
    stateChanged = Signal(str, str)
    """The new ``SaveState`` value, and for ``failed`` the store's reason."""

    _written = Signal(int, int, str)  # submission, generation, error ("" = saved); worker thread

    def __init__(
        self, document: VisitDocument, store: Store, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._store = store
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        self._in_flight: Future[str] | None = None
        self._submission = 0  # counts writes handed to the worker; names the one in flight
        self._submitted_generation = 0
        self._edits = 0  # generation of the latest edit
        self._saved = 0  # generation known to be on disk
        self._first_unsaved: float | None = None
        self.state = SaveState.SAVED
        self.error = ""

        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._save)
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._retry.timeout.connect(self._save)
        self._written.connect(self._on_written)
        document.changed.connect(self._on_changed)

    @property
    def pending(self) -> bool:
        """True while some edit is not yet on disk."""
        return self._edits != self._saved

    def flush(self) -> bool:
        """Save now and wait; True when everything is on disk."""
        self._timer.stop()
        self._retry.stop()
        if self._in_flight is not None:
            self._finish(self._submitted_generation, self._in_flight.result())
        if self.pending:
            generation = self._edits
            self._finish(generation, self._write(self._document.visit_id, self._document.visit))
        return not self.pending

    def close(self) -> bool:
        """Flush, then stop the worker. The saver is not used after this."""
        saved = self.flush()
        self._document.changed.disconnect(self._on_changed)
        self._executor.shutdown(wait=True)
        return saved

    # -- inside --------------------------------------------------------------

    def _on_changed(self) -> None:
        self._edits += 1
        now = time.monotonic()
        if self._first_unsaved is None:
            self._first_unsaved = now
        self._schedule(now)
        if self.state != SaveState.FAILED:
            self._set_state(SaveState.SAVING)

    def _schedule(self, now: float) -> None:
        waited_ms = (now - (self._first_unsaved or now)) * 1000
        self._timer.start(int(max(0, min(DEBOUNCE_MS, MAX_WAIT_MS - waited_ms))))

    def _save(self) -> None:
        if self._in_flight is not None or not self.pending:
            return  # the running save reschedules when it ends
        self._submission += 1
        self._submitted_generation = self._edits
        self._first_unsaved = time.monotonic()  # edits from here on wait for the next save
        snapshot = to_data(self._document.visit)  # fresh data the worker owns; see above
        self._in_flight = self._executor.submit(
            self._write_and_report,
            self._submission,
            self._edits,
            self._document.visit_id,
            snapshot,
        )

    def _write_and_report(
        self, submission: int, generation: int, visit_id: int, snapshot: dict[str, Any]
    ) -> str:
        try:
            visit = from_data(snapshot, Visit)
        except Exception as exc:  # never silently: the state says so, and it is retried
            log.error(
                "autosave of visit %d: its snapshot was refused (%s)", visit_id, type(exc).__name__
            )
            error = f"the visit could not be prepared for saving ({type(exc).__name__})"
        else:
            error = self._write(visit_id, visit)
        self._written.emit(submission, generation, error)
        return error

    def _write(self, visit_id: int, visit: Visit) -> str:
        try:
            self._store.save(visit_id, visit)
        except StoreError as exc:
            log.warning("autosave of visit %d failed; will retry", visit_id)
            return str(exc)
        return ""

    def _on_written(self, submission: int, generation: int, error: str) -> None:
        if self._in_flight is None or submission != self._submission:
            return  # flush() already took this result
        self._finish(generation, error)

    def _finish(self, generation: int, error: str) -> None:
        self._in_flight = None
        if error:
            if generation > self._saved:
                self.error = error
                self._set_state(SaveState.FAILED)
                self._retry.start()
            return
        self._saved = max(self._saved, generation)
        self.error = ""
        if self.pending:
            self._schedule(time.monotonic())
            self._set_state(SaveState.SAVING)
        else:
            self._first_unsaved = None
            self._set_state(SaveState.SAVED)

    def _set_state(self, state: SaveState) -> None:
        if state != self.state or state == SaveState.FAILED:
            self.state = state
            self.stateChanged.emit(state.value, self.error)
