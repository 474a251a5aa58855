"""Who is editing which visit: one lease per visit, so two windows never overwrite each other.

SQLite lets two copies of the app write the same store safely, but two
windows editing the *same visit* would each save their own copy of it, and
the later save would silently undo the earlier one's edits. So a window that
opens a visit for editing takes its lease (a row in the ``leases`` table:
which ``Store`` holds it, on which computer, in which process, and when it
last said it was alive). Another window is told plainly that the visit is
open elsewhere, and the store refuses its saves of that visit.

A lease whose holder is gone is taken over: on the same computer as soon as
its process no longer runs (a crash, a kill, a power cut), and on any
computer once its heartbeat is older than ``STALE_SECONDS``. A window renews
its lease every ``HEARTBEAT_SECONDS``.

These functions work on an open connection inside the caller's transaction;
``Store`` wraps them. Never imports Qt; nothing here touches visit text.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from .errors import StoreError

HEARTBEAT_SECONDS = 20.0
"""How often a window renews the leases it holds."""

STALE_SECONDS = 90.0
"""A lease not renewed for this long is free, whoever held it."""

HOST = socket.gethostname()


class VisitInUse(StoreError):
    """The visit is open for editing in another window (this computer's or another's)."""

    def __init__(self, lease: Lease) -> None:
        self.lease = lease
        where = "on this computer" if lease.host == HOST else f"on the computer {lease.host}"
        super().__init__(
            f"visit {lease.visit_id} is open in another SharedVisit window {where}; "
            "close it there first"
        )


@dataclass(frozen=True)
class Lease:
    """A claim to edit one visit, held by one open ``Store``."""

    visit_id: int
    holder: str
    host: str
    pid: int
    heartbeat: float  # time.time() of the holder's last sign of life

    def is_live(self, now: float | None = None) -> bool:
        """True while its holder may still be editing: renewed lately, and still running."""
        if (now if now is not None else time.time()) - self.heartbeat >= STALE_SECONDS:
            return False
        return self.host != HOST or process_runs(self.pid)


def create_table(db: sqlite3.Connection) -> None:
    """Schema step 2: the ``leases`` table (a visit's lease goes when the visit does)."""
    db.execute(
        """CREATE TABLE leases (
               visit_id  INTEGER PRIMARY KEY REFERENCES visits (id) ON DELETE CASCADE,
               holder    TEXT NOT NULL,
               host      TEXT NOT NULL,
               pid       INTEGER NOT NULL,
               heartbeat REAL NOT NULL)"""
    )


def current(db: sqlite3.Connection, visit_id: int) -> Lease | None:
    """The lease recorded for ``visit_id``, live or not."""
    row = db.execute(
        "SELECT holder, host, pid, heartbeat FROM leases WHERE visit_id = ?", (visit_id,)
    ).fetchone()
    return None if row is None else Lease(visit_id, row[0], row[1], int(row[2]), float(row[3]))


def take(db: sqlite3.Connection, visit_id: int, holder: str) -> Lease | None:
    """Make ``holder`` the lease holder of ``visit_id``.

    Raises ``VisitInUse`` if someone else holds it and is alive; returns the
    stale lease it replaced, if any (so the caller can say it took one over).
    """
    before = current(db, visit_id)
    if before is not None and before.holder != holder and before.is_live():
        raise VisitInUse(before)
    db.execute(
        "INSERT OR REPLACE INTO leases (visit_id, holder, host, pid, heartbeat) "
        "VALUES (?, ?, ?, ?, ?)",
        (visit_id, holder, HOST, os.getpid(), time.time()),
    )
    return before if before is not None and before.holder != holder else None


def give_back(db: sqlite3.Connection, visit_id: int, holder: str) -> None:
    db.execute("DELETE FROM leases WHERE visit_id = ? AND holder = ?", (visit_id, holder))


def give_back_all(db: sqlite3.Connection, holder: str) -> None:
    db.execute("DELETE FROM leases WHERE holder = ?", (holder,))


def renew(db: sqlite3.Connection, holder: str) -> int:
    """Refresh the heartbeat of every lease ``holder`` has; returns how many."""
    cur = db.execute("UPDATE leases SET heartbeat = ? WHERE holder = ?", (time.time(), holder))
    return cur.rowcount


def check_writer(db: sqlite3.Connection, visit_id: int, holder: str) -> None:
    """Refuse (``VisitInUse``) a save of ``visit_id`` while another live holder has it."""
    lease = current(db, visit_id)
    if lease is None:
        return
    if lease.holder == holder:
        db.execute("UPDATE leases SET heartbeat = ? WHERE visit_id = ?", (time.time(), visit_id))
    elif lease.is_live():
        raise VisitInUse(lease)


def process_runs(pid: int) -> bool:
    """True if process ``pid`` exists on this computer and has not exited.

    A killed process its parent has not yet waited for (a zombie) still has
    its number, but will never write again, so it counts as gone.
    """
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive, and not ours to judge
    with contextlib.suppress(OSError, IndexError):
        # /proc/PID/stat is "pid (name) STATE ..."; the name may hold spaces.
        stat = Path(f"/proc/{pid}/stat").read_text()
        return stat.rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    return True
