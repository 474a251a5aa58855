"""The durable local store: an embedded SQLite database, no server to start.

Saving is the store's job, not the user's: when ``add`` or ``save`` returns,
the visit is on disk (WAL journal, ``synchronous=FULL``, one transaction per
call). Each visit has a stable integer id that is never reused.

A visit is kept whole as its ``sharedvisit/1`` JSON, so the file format and
the store can never disagree about what a visit is; the columns beside it
(patient, date, reason, times) exist only to list and search quickly.

The schema carries a version (``PRAGMA user_version``); ``MIGRATIONS`` bring
an older database forward one step at a time, and a database from a newer
version of the app is refused rather than damaged.

Never imports Qt. Never logs visit text: ids and counts only.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .atomicfile import PRIVATE_MODE
from .datadir import data_dir
from .errors import StoreError, VisitFileError, VisitNotFound
from .visit import Visit
from .visitfile import dump_visit, parse_visit

log = logging.getLogger(__name__)

DB_NAME = "visits.sqlite3"


def _create_v1(db: sqlite3.Connection) -> None:
    db.execute(
        """CREATE TABLE visits (
               id      INTEGER PRIMARY KEY AUTOINCREMENT,
               patient TEXT NOT NULL,
               date    TEXT NOT NULL,
               reason  TEXT NOT NULL,
               created TEXT NOT NULL,
               updated TEXT NOT NULL,
               body    TEXT NOT NULL)"""
    )
    db.execute("CREATE INDEX visits_by_patient ON visits (patient COLLATE NOCASE)")
    db.execute("CREATE INDEX visits_by_updated ON visits (updated)")


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_create_v1]
"""``MIGRATIONS[n]`` takes a database from schema version ``n`` to ``n + 1``."""

SCHEMA_VERSION = len(MIGRATIONS)


@dataclass(frozen=True)
class VisitSummary:
    """Enough of a visit to list or find it, without loading it."""

    id: int
    date: dt.date
    patient: str
    reason: str
    updated: dt.datetime


class Store:
    """One SQLite database of visits; safe to call from one thread at a time or several.

    Use as a context manager, or call ``close()``.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        self._db = self._connect()

    @classmethod
    def open(cls, folder: str | os.PathLike[str] | None = None) -> Store:
        """The store in the data folder (``--data-dir``, the environment, or the default)."""
        return cls(data_dir(folder) / DB_NAME)

    # -- reading -----------------------------------------------------------

    def load(self, visit_id: int) -> Visit:
        """The visit with that id; ``VisitNotFound`` if there is none."""
        with self._lock, self._errors("read"):
            row = self._db.execute("SELECT body FROM visits WHERE id = ?", (visit_id,)).fetchone()
        if row is None:
            raise VisitNotFound(f"there is no visit {visit_id} in the store")
        try:
            return parse_visit(row[0])
        except VisitFileError as exc:
            raise StoreError(f"visit {visit_id} in the store cannot be read: {exc}") from None

    def exists(self, visit_id: int) -> bool:
        with self._lock, self._errors("read"):
            row = self._db.execute("SELECT 1 FROM visits WHERE id = ?", (visit_id,)).fetchone()
        return row is not None

    def visits(self, *, limit: int | None = None, recent_first: bool = True) -> list[VisitSummary]:
        """Visits to choose from: most recently edited first, or in id order."""
        order = "updated DESC, id DESC" if recent_first else "id"
        sql = f"SELECT id, date, patient, reason, updated FROM visits ORDER BY {order}"
        return self._summaries(sql + " LIMIT ?", (-1 if limit is None else limit,))

    def search(self, name: str, *, limit: int = 100) -> list[VisitSummary]:
        """Visits whose patient name contains ``name`` (any case), most recent first."""
        folded = name.casefold()
        pattern = "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        sql = (
            "SELECT id, date, patient, reason, updated FROM visits "
            "WHERE casefold(patient) LIKE ? ESCAPE '\\' ORDER BY updated DESC, id DESC LIMIT ?"
        )
        return self._summaries(sql, (pattern, limit))

    def count(self) -> int:
        with self._lock, self._errors("read"):
            return int(self._db.execute("SELECT count(*) FROM visits").fetchone()[0])

    # -- writing -----------------------------------------------------------

    def add(self, visit: Visit) -> int:
        """Store a new visit; returns its id. Durable when this returns."""
        body = dump_visit(visit)
        now = _now()
        with self._lock, self._errors("save"), self._transaction() as db:
            cur = db.execute(
                "INSERT INTO visits (patient, date, reason, created, updated, body) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (visit.patient, visit.date.isoformat(), visit.reason, now, now, body),
            )
            visit_id = int(cur.lastrowid or 0)
        log.info("visit %d added", visit_id)
        return visit_id

    def save(self, visit_id: int, visit: Visit) -> None:
        """Replace the stored visit with this one. Durable when this returns."""
        body = dump_visit(visit)
        with self._lock, self._errors("save"), self._transaction() as db:
            cur = db.execute(
                "UPDATE visits SET patient = ?, date = ?, reason = ?, updated = ?, body = ? "
                "WHERE id = ?",
                (visit.patient, visit.date.isoformat(), visit.reason, _now(), body, visit_id),
            )
            if cur.rowcount == 0:
                raise VisitNotFound(f"there is no visit {visit_id} in the store")
        log.debug("visit %d saved", visit_id)

    def delete(self, visit_id: int) -> None:
        with self._lock, self._errors("delete"), self._transaction() as db:
            cur = db.execute("DELETE FROM visits WHERE id = ?", (visit_id,))
            if cur.rowcount == 0:
                raise VisitNotFound(f"there is no visit {visit_id} in the store")
        log.info("visit %d deleted", visit_id)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- inside --------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        self._make_private()
        try:
            db = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False, timeout=5.0
            )
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the visit store {self.path}: {exc}") from None
        # SQLite's own LIKE ignores case for A to Z only; "JOSÉ" must find "José".
        db.create_function("casefold", 1, _casefold, deterministic=True)
        try:
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = FULL")
            db.execute("PRAGMA foreign_keys = ON")
            self._migrate(db)
        except sqlite3.DatabaseError as exc:
            db.close()
            raise StoreError(f"cannot open the visit store {self.path}: {exc}") from None
        except StoreError:
            db.close()
            raise
        return db

    def _make_private(self) -> None:
        # Create the file owner-only before SQLite does, so patient data is
        # never readable by others, not even for a moment.
        if not self.path.exists():
            with contextlib.suppress(OSError):
                os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, PRIVATE_MODE))

    def _migrate(self, db: sqlite3.Connection) -> None:
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"the visit store {self.path} was made by a newer version of SharedVisit "
                f"(schema {version}, this version knows {SCHEMA_VERSION}); update SharedVisit"
            )
        for step in range(version, SCHEMA_VERSION):
            with self._transaction(db):
                MIGRATIONS[step](db)
                db.execute(f"PRAGMA user_version = {step + 1}")
            log.info("store schema migrated to version %d", step + 1)

    @contextlib.contextmanager
    def _transaction(self, db: sqlite3.Connection | None = None) -> Iterator[sqlite3.Connection]:
        db = db or self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
            db.execute("COMMIT")
        except BaseException:
            # SQLite may already have rolled back (disk full, I/O error).
            if db.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    db.execute("ROLLBACK")
            raise

    @contextlib.contextmanager
    def _errors(self, action: str) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            log.warning("store %s failed: %s", action, type(exc).__name__)
            raise StoreError(f"cannot {action} in the visit store {self.path}: {exc}") from None

    def _summaries(self, sql: str, params: tuple[object, ...]) -> list[VisitSummary]:
        with self._lock, self._errors("read"):
            rows = self._db.execute(sql, params).fetchall()
        return [
            VisitSummary(
                id=row[0],
                date=dt.date.fromisoformat(row[1]),
                patient=row[2],
                reason=row[3],
                updated=dt.datetime.fromisoformat(row[4]),
            )
            for row in rows
        ]


def _casefold(text: str | None) -> str | None:
    return text.casefold() if isinstance(text, str) else text


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
