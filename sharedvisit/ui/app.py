"""Start the window: the application object, the store, and the first visit to show.

A normal start shows a neutral start page (no patient data). If the app did
not close normally last time, it reopens the visit that was open and says so,
unless another copy of the app has it open (then that copy did not crash).
If the store had to be repaired at open (see ``store.Recovery``), a message
says what happened and where the damaged file is; if its folder cannot be
written, the status bar says edits will be kept on screen until it can.
"""

from __future__ import annotations

import linecache
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from ..errors import SharedVisitError
from ..store import Store
from . import collector, dialogs, i18n
from .appwindow import AppWindow
from .mainwindow import MainWindow
from .renderprocess import stop_rendering
from .settings import Settings

log = logging.getLogger(__name__)

ORGANIZATION = "SharedVisit"
APPLICATION = "SharedVisit"


def application() -> QApplication:
    """The one QApplication, named so QSettings finds the app's own settings."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName("SharedVisit")
    collector.install(app)
    i18n.install_translators(app, Settings().ui_language())
    return app


def start(
    store: Store, visit_file: Path | None = None, settings: Settings | None = None
) -> MainWindow:
    """Build the main window and choose what it shows first."""
    settings = settings or Settings()
    window = AppWindow(store, settings)
    if store.recovery is not None:
        dialogs.show_info(
            window,
            QCoreApplication.translate("MainWindow", "The visit store was repaired"),
            str(store.recovery),
        )
    if store.read_only:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow",
                "The folder of the visit store cannot be written to. Changes stay on "
                "screen and are saved as soon as it can.",
            )
        )
    crashed_visit = settings.open_visit()
    if visit_file is not None:
        window.import_visit_file(visit_file)
    elif (
        crashed_visit is not None
        and store.exists(crashed_visit)
        and store.open_elsewhere(crashed_visit) is None
        and window.open_visit(crashed_visit)
    ):
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow",
                "SharedVisit did not close properly last time. "
                "Your visit is open again, as it was last saved.",
            ),
            20000,
        )
    return window


def run_app(data_dir: str | None = None, visit_file: Path | None = None) -> int:
    """Run the window until it closes; returns the exit status."""
    # PySide6's import hook reads the source of every module imported after it
    # (to look for ``__feature__``) and leaves it in linecache: ~2 MB of text
    # nobody reads unless a traceback is printed, which reads it again.
    linecache.clearcache()
    app = application()
    try:
        store = Store.open(data_dir)
    except SharedVisitError as exc:
        dialogs.show_error(None, "SharedVisit", str(exc))
        return 1
    with store:
        window = start(store, visit_file)
        window.show()
        try:
            return app.exec()
        finally:
            stop_rendering()  # a preview still rendering is not waited for
