"""The real window, headless, for the in-process UI figures; and a watch on its event loop.

Every UI figure drives the shipped window on a real store, built by the app's
own ``start()`` inside its own ``application()`` (so garbage collection runs as
in the app, on the UI thread), with settings in a temporary folder. Nothing
here changes the app; widgets are found the way a person finds them, by what
they are and their accessible names, or by the window's public attributes.

``LoopWatch`` measures responsiveness as a person feels it: a 1 ms precise
timer notes when each of its ticks actually runs. A gap between two ticks is
the time the UI thread spent on something else (a keystroke, a save, loading
the preview, waiting for the GIL) before it could come back to the event loop.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from .common import QT_PLATFORM

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from sharedvisit.store import Store
    from sharedvisit.ui.mainwindow import MainWindow
    from sharedvisit.visit import Visit


def make_app(home: Path) -> QApplication:
    """The app's own QApplication (and UI-thread garbage collector), settings kept in ``home``."""
    os.environ.setdefault("QT_QPA_PLATFORM", QT_PLATFORM)
    from PySide6.QtCore import QSettings

    from sharedvisit.ui.app import application

    # Before application(), which already reads a setting (the interface language).
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "settings"))
    return application()


def open_window(store: Store, visit: Visit) -> MainWindow:
    """The main window, shown, with ``visit`` stored and open, its first preview on screen.

    Made by ``sharedvisit.ui.app.start``, as ``run_app`` makes it, so it is the
    window class the app really runs, with everything that class adds.
    """
    window = start_window(store)
    window.open_visit(store.add(visit))
    wait_until(lambda: window.summary.pdf_bytes() is not None, timeout=60)
    settle(0.3)
    return window


def start_window(store: Store) -> MainWindow:
    """The app's own window on ``store`` (its start page), shown at 1280 by 720."""
    from sharedvisit.ui.app import start
    from sharedvisit.ui.settings import Settings

    window = start(store, None, Settings())
    window.resize(1280, 720)
    window.show()
    return window


def close_window(window: MainWindow) -> None:
    """Close the window and let its settings reach the disk while the temporary folder exists.

    QSettings writes lazily; a write left pending would otherwise happen at
    process exit and make the settings folder again after it was removed.
    """
    from PySide6.QtCore import QSettings

    window.close()
    settle(0.2)
    QSettings().sync()


def wait_until(condition: Callable[[], bool], timeout: float) -> bool:
    """Run the real event loop until ``condition()`` holds; False if ``timeout`` seconds pass.

    A true ``QEventLoop.exec()``, not a processEvents polling loop: the loop
    sleeps when idle and runs timers and queued signals exactly as the app's does.
    """
    from PySide6.QtCore import QEventLoop, QTimer

    if condition():
        return True
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(5)
    check.timeout.connect(lambda: loop.quit() if condition() else None)
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(loop.quit)
    check.start()
    give_up.start(int(timeout * 1000))
    loop.exec()
    check.stop()
    give_up.stop()
    return condition()


def settle(seconds: float) -> None:
    """Run the event loop for ``seconds``: timers fire, queued results land."""
    end = time.monotonic() + seconds
    wait_until(lambda: time.monotonic() >= end, timeout=seconds + 1)


class LoopWatch:
    """Ticks of a 1 ms precise timer; their gaps are how long the UI thread was away."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.ticks: list[float] = []
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(1)
        self._timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))

    def start(self) -> None:
        self.ticks.clear()
        self.ticks.append(time.perf_counter())
        self._timer.start()

    def stop(self) -> list[float]:
        """Stop; returns the gaps between consecutive ticks, in milliseconds."""
        self._timer.stop()
        self.ticks.append(time.perf_counter())
        return [(b - a) * 1000 for a, b in zip(self.ticks, self.ticks[1:], strict=False)]
