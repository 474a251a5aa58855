"""Garbage is collected on the UI thread only, so no Qt object dies on a worker thread."""

from __future__ import annotations

import gc
import threading

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sharedvisit.ui import collector


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_collection_runs_on_the_ui_thread_only(qapp: QApplication, qtbot: QtBot) -> None:
    assert collector.install(qapp) is collector.install(qapp)
    assert not gc.isenabled()
    threads: set[str] = set()

    def watch(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            threads.add(threading.current_thread().name)

    gc.callbacks.append(watch)
    try:
        worker = threading.Thread(target=lambda: [Cycle() for _ in range(50_000)], name="worker")
        worker.start()
        worker.join()
        assert gc.get_count()[0] > gc.get_threshold()[0]  # a collection is due...
        qtbot.waitUntil(lambda: gc.get_count()[0] <= gc.get_threshold()[0], timeout=3000)
    finally:
        gc.callbacks.remove(watch)
    assert threads == {"MainThread"}  # ...and it ran here, not on the worker
