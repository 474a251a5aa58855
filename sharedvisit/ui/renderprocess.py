"""The window's side of the summary preview's render process: requests out, PDFs back.

The preview is rendered in a process of its own (what runs there is
``renderjob``), not on a thread of the window's: reportlab is pure Python and
holds the GIL for the whole of a render, and on a thread it made every Python
step of the window wait behind it. One process serves the whole app; it is
started with the first render (after the window's first paint), ends with
``stop_rendering()`` when the app closes, and on its own if the app's process
is killed.

The process is started with "spawn", which imports the starting script
again as ``__mp_main__``: ``main.py`` and the ``sharedvisit`` command start
the window only under ``if __name__ == "__main__"``, and any other script
that opens the window must do the same, or each render process would open
a window of its own.

A request carries the visit without its private note, so the note never
leaves the window's process. Results come back to the UI thread through a
queued signal and reach the receiver that asked, if it is still alive.
Nothing here logs: the data is the patient's.
"""

from __future__ import annotations

import contextlib
import itertools
import weakref
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal

from ..visit import to_data
from . import renderjob

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

    from ..clinic import Clinic
    from ..handout import Paper
    from ..visit import Visit


class RenderReceiver(Protocol):
    """Whoever asked for a render: told on the UI thread when it is done."""

    def render_done(self, session: int, generation: int, pdf: bytes | None, error: str) -> None:
        """``pdf`` is the handout, or None and ``error`` names what went wrong."""


RENDER_JOB: Callable[[dict[str, Any], str, Clinic | None], bytes] = renderjob.render
"""What the render process runs: snapshot data, paper and clinic in, PDF bytes out.

A module-level function, so the process finds it by name; tests put another one here.
"""


@dataclass(frozen=True)
class RenderRequest:
    """One render: what is sent to the render process, and what the last one was.

    ``visit`` is ``to_data`` of the visit without its private note:
    a fresh structure the process may own, and cheap to compare with the last
    request (an edit to the private note alone renders nothing).
    """

    visit: dict[str, Any]
    paper: Paper
    clinic: Clinic | None

    @classmethod
    def of(cls, visit: Visit, paper: Paper, clinic: Clinic | None) -> RenderRequest:
        """The request for ``visit`` as it is now, its private note left out."""
        data = to_data(visit)
        del data["clinician_private_note"]
        return cls(data, paper, clinic)


class RenderProcess(QObject):
    """The one render process of the window, and the way its results come back.

    One for the whole process, made on the first render and never deleted, so
    a render finishing after its receiver has closed still lands on a live
    object in the UI thread, which hands it on if the receiver is alive.

    The process pool has a single worker, started with "spawn" (a fresh
    interpreter: forking a process that runs Qt is unsafe) the first time a
    render is asked for. If the process dies (killed, out of memory), that
    render is reported as failed and the next one starts a new process.
    """

    done = Signal(int, int, int, object, str)  # receiver, session, generation, PDF or None, error

    def __init__(self) -> None:
        super().__init__()
        self._executor: ProcessPoolExecutor | None = None
        self._pid: int | None = None  # the render process, once it has said which it is
        self._receivers: weakref.WeakValueDictionary[int, Any] = weakref.WeakValueDictionary()
        self._tokens = itertools.count(1)
        # Queued, always: emitted on the pool's own thread, or from submit() itself.
        self.done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def register(self, receiver: RenderReceiver) -> int:
        """A token for ``receiver``'s requests; held weakly, so a closed pane is simply skipped."""
        token = next(self._tokens)
        self._receivers[token] = receiver
        return token

    def submit(self, token: int, session: int, generation: int, request: RenderRequest) -> None:
        """Render ``request`` in the background; the result reaches the receiver ``token``."""

        def finished(future: Future[bytes]) -> None:
            # On the pool's thread (or here, if the pool failed at once): no Qt but the signal.
            pdf: bytes | None = None
            error = ""
            try:
                pdf = future.result()
            except Exception as exc:  # reported on the UI thread, never lost here
                error = type(exc).__name__
            self.done.emit(token, session, generation, pdf, error)

        try:
            future = self._run(request)
        except Exception as exc:  # no process could be started: the receiver says so
            self.done.emit(token, session, generation, None, type(exc).__name__)
            return
        future.add_done_callback(finished)

    def render_now(self, request: RenderRequest) -> bytes:
        """Render ``request`` and wait for it (after any render already running)."""
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self._run(request).result()
        except BrokenProcessPool:
            # The process died under this render or an earlier one: once more, in a new one.
            self._discard()
            return self._run(request).result()

    def shutdown(self) -> None:
        """End the render process now, a render in it or not (the window is closing)."""
        import multiprocessing

        executor, pid = self._executor, self._pid
        self._executor, self._pid = None, None
        if executor is None:
            return
        for process in multiprocessing.active_children():
            if process.pid == pid:
                process.terminate()  # else closing would wait for the render to finish
        # Waits only for the pool's own thread to see the process gone: a pool left
        # running would be torn down half-way through the interpreter's exit.
        executor.shutdown(wait=True, cancel_futures=True)

    def _run(self, request: RenderRequest) -> Future[bytes]:
        from concurrent.futures.process import BrokenProcessPool

        job = (RENDER_JOB, request.visit, request.paper, request.clinic)
        try:
            return self._pool().submit(*job)
        except (BrokenProcessPool, RuntimeError):
            # A pool whose process died refuses new work: start a new one.
            self._discard()
            return self._pool().submit(*job)

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            # Imported here, with the first render: not on the way to the first paint.
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            executor = ProcessPoolExecutor(
                max_workers=1,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=renderjob.start_worker,
            )
            self._executor = executor
            warm_up = executor.submit(renderjob.warm_up)
            warm_up.add_done_callback(lambda future: self._note_pid(executor, future))
        return self._executor

    def _note_pid(self, executor: ProcessPoolExecutor, future: Future[int]) -> None:
        # Only the current pool's process: a pool discarded since may answer late.
        with contextlib.suppress(Exception):  # a process that died says nothing
            pid = future.result()
            if executor is self._executor:
                self._pid = pid

    def _discard(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
        self._executor, self._pid = None, None

    def _deliver(self, token: int, session: int, generation: int, pdf: object, error: str) -> None:
        # A process that died left its pool broken; the next submit sees that and starts anew.
        receiver = self._receivers.get(token)
        if receiver is not None and shiboken6.isValid(receiver):
            receiver.render_done(
                session, generation, pdf if isinstance(pdf, bytes) else None, error
            )


_process: RenderProcess | None = None


def render_process() -> RenderProcess:
    """The app's render process, made on first use (on the UI thread)."""
    global _process
    if _process is None:
        _process = RenderProcess()
    return _process


def stop_rendering() -> None:
    """End the render process, if one was started; for when the app closes."""
    if _process is not None:
        _process.shutdown()
