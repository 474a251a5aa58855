"""The main window as the app runs it: one window edits a visit at a time, and backups run.

``MainWindow`` edits a visit; this subclass makes that safe when a second
copy of SharedVisit runs on the same data folder (two windows in one room, or
a second login). Before a visit opens for editing it takes the visit's lease
in the store; a visit already open elsewhere is not opened for editing: the
person is told so plainly and may look at it read-only instead. The lease is
renewed every ``lease.HEARTBEAT_SECONDS`` and given back when the visit
closes; a copy that was killed leaves a lease that the next one takes over.
The same timer makes the daily backup of a window left open for days.

It overrides only ``open_visit`` and ``close_visit``, the two public doors
every way of opening a visit goes through, so the window's own code does not
change; see ``docs/reliability.md``.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent

from .. import backup
from ..errors import StoreError, VisitNotFound
from ..lease import HEARTBEAT_SECONDS, HOST
from ..store import Store, VisitInUse
from . import dialogs
from .document import VisitDocument
from .mainwindow import MainWindow
from .settings import Settings

if TYPE_CHECKING:
    from .patientview import PatientView

log = logging.getLogger(__name__)


class AppWindow(MainWindow):
    """``MainWindow`` that holds the lease of the visit it edits."""

    def __init__(self, store: Store, settings: Settings | None = None) -> None:
        super().__init__(store, settings)
        self.read_only_views: list[PatientView] = []
        self._backing_up: threading.Thread | None = None
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(int(HEARTBEAT_SECONDS * 1000))
        self._heartbeat.timeout.connect(self._tick)
        self._heartbeat.start()

    def open_visit(self, visit_id: int) -> bool:
        """Open ``visit_id`` for editing, unless another window has it open."""
        if not self.close_visit():
            return False
        if not self._claim(visit_id):
            return False
        if super().open_visit(visit_id):
            return True
        self._release(visit_id)
        return False

    def close_visit(self) -> bool:
        visit_id = self.document.visit_id if self.document is not None else None
        if not super().close_visit():
            return False
        if visit_id is not None:
            self._release(visit_id)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if event.isAccepted():
            self._heartbeat.stop()
            for view in self.read_only_views:
                view.close()

    # -- inside --------------------------------------------------------------

    def _claim(self, visit_id: int) -> bool:
        try:
            self.store.claim(visit_id)
        except VisitInUse as exc:
            log.info("visit %d is open in another window; not opened for editing", visit_id)
            elsewhere = (
                self.tr("in another SharedVisit window on this computer")
                if exc.lease.host == HOST
                else self.tr("in SharedVisit on the computer {0}").format(exc.lease.host)
            )
            choice = dialogs.ask_choice(
                self,
                self.tr("This visit is open elsewhere"),
                self.tr(
                    "This visit is open {0}, so it cannot be edited here until it is "
                    "closed there. Nothing you wrote there is lost."
                ).format(elsewhere),
                [self.tr("Look at it read-only"), self.tr("Go back")],
                default=1,
            )
            if choice == 0:
                self._show_read_only(visit_id)
            return False
        except VisitNotFound:
            return True  # MainWindow.open_visit says so, in its own words
        except StoreError:
            # The lease could not be written (a read-only or full disk). The visit
            # opens anyway: its edits stay on screen and its saves say why they fail.
            log.warning("visit %d: its lease could not be recorded", visit_id)
        return True

    def _release(self, visit_id: int) -> None:
        try:
            self.store.release(visit_id)
        except StoreError:
            log.warning("visit %d: its lease could not be given back", visit_id)

    def _show_read_only(self, visit_id: int) -> None:
        """The visit as it was last saved, in a window that cannot change it."""
        from .patientview import PatientView

        try:
            visit = self.store.load(visit_id)
        except StoreError as exc:
            dialogs.show_error(self, self.tr("Cannot open the visit"), str(exc))
            return
        view = PatientView(None)
        document = VisitDocument(visit, visit_id, view)
        view.set_document(document)
        view.setWindowTitle(self.tr("Visit (read-only, as last saved)"))
        self.read_only_views.append(view)  # closed with this window
        view.show()

    def _tick(self) -> None:
        """Every heartbeat: say this window still edits its visit; back up once a day."""
        if self.document is not None and not self.store.renew_leases():
            log.warning("the lease of the open visit could not be renewed")
        if (self._backing_up is None or not self._backing_up.is_alive()) and backup.is_due(
            self.store.path.parent
        ):
            # A large store takes a moment to copy: never on the UI thread.
            self._backing_up = threading.Thread(
                target=self._backup_if_due, name="backup", daemon=True
            )
            self._backing_up.start()

    def _backup_if_due(self) -> None:
        try:
            self.store.backup_if_due()
        except StoreError as exc:
            log.warning("the daily backup failed (%s)", type(exc).__name__)
