"""The durable local store: an embedded SQLite database, no server to start.

Saving is the store's job, not the user's: when ``add`` or ``save`` returns,
the visit is on disk (WAL journal, ``synchronous=FULL``, one transaction per
call). Each visit has a stable integer id that is never reused.

A visit is kept whole as its ``sharedvisit/1`` JSON, so the file format and
the store can never disagree about what a visit is; the columns beside it
(patient, date, reason, times, and the patient's name case-folded for search)
exist only to list and search quickly.

The schema carries a version (``PRAGMA user_version``); ``MIGRATIONS`` bring
an older database forward one step at a time, and a database from a newer
version of the app is refused rather than damaged.

Opening checks the database (``PRAGMA quick_check``). A damaged or truncated
one is moved aside, never deleted, and the latest sound backup takes its
place; ``recovery`` then says so in one sentence for the window or the
command line to show. Backups (see ``backup``) are made at least daily and
when a store that wrote something closes. A folder that cannot be written
(a read-only disk) still opens for reading; every save then fails with a
plain ``StoreError`` and tries the folder again, so a retried save succeeds
as soon as the disk is writable. Leases (see ``lease``) keep two windows from
editing one visit.

Never imports Qt. Never logs visit text: ids, counts, file names and error kinds only.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import secrets
import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from . import backup, lease
from .atomicfile import PRIVATE_MODE
from .datadir import data_dir
from .errors import StoreError, VisitFileError, VisitNotFound
from .lease import Lease, VisitInUse
from .visit import Visit
from .visitfile import dump_visit, parse_visit

__all__ = [
    "DB_NAME",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "Lease",
    "Recovery",
    "Store",
    "VisitInUse",
    "VisitSummary",
]

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


def _add_patient_key(db: sqlite3.Connection) -> None:
    """Search compares a case-folded copy of the patient's name, stored with every write.

    Folding in the query called Python once per stored visit for every key
    typed in the search box, so a name found nowhere cost a scan of every
    row (about 40 ms at 30,000 visits). The key has an index of its own
    because the column sits after the visit's JSON body: read from the table,
    each row's body (several kilobytes, on overflow pages) is walked to reach
    it, which is slower than folding. The index holds the keys alone.
    """
    db.execute("ALTER TABLE visits ADD COLUMN patient_key TEXT NOT NULL DEFAULT ''")
    db.execute("UPDATE visits SET patient_key = casefold(patient)")
    db.execute("CREATE INDEX visits_by_patient_key ON visits (patient_key)")


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _create_v1,
    lease.create_table,
    _add_patient_key,
]
"""``MIGRATIONS[n]`` takes a database from schema version ``n`` to ``n + 1``."""

SCHEMA_VERSION = len(MIGRATIONS)

# SQLite's primary result codes (the low byte of an extended code).
_CORRUPT, _NOTADB = 11, 26
_READONLY, _CANTOPEN, _FULL, _IOERR = 8, 14, 13, 10
_PLAIN_REASONS = {
    _FULL: "the disk is full",
    _READONLY: "its folder cannot be written to",
    _CANTOPEN: "its folder cannot be written to",
    _IOERR: "the disk reported an error",
}


@dataclass(frozen=True)
class VisitSummary:
    """Enough of a visit to list or find it, without loading it."""

    id: int
    date: dt.date
    patient: str
    reason: str
    updated: dt.datetime


@dataclass(frozen=True)
class Recovery:
    """What opening did about a damaged or missing store; ``str()`` is one plain sentence."""

    damaged: Path | None  # where the damaged file now is; None if there was no file
    restored: backup.Backup | None  # the backup put in its place; None: a new, empty store

    def __str__(self) -> str:
        when = self.restored.made.strftime("%Y-%m-%d %H:%M") if self.restored else ""
        if self.damaged is None:
            return (
                f"The visit store was missing, so SharedVisit restored the backup from {when}; "
                "anything saved after that is lost."
            )
        moved = f"The visit store was damaged, so SharedVisit moved it to {self.damaged}"
        if self.restored is None:
            return f"{moved} and started a new, empty store, as there was no backup."
        return (
            f"{moved} and restored the backup from {when}; "
            "anything saved after that is only in the moved file."
        )


class _Damaged(Exception):
    """Raised inside ``_connect`` when the database fails its check; never escapes."""


class Store:
    """One SQLite database of visits; safe to call from one thread at a time or several.

    Use as a context manager, or call ``close()``. ``recovery`` is set when
    opening had to put a damaged store aside; ``read_only`` while its folder
    cannot be written.
    """

    def __init__(self, path: str | os.PathLike[str], *, recover: bool = True) -> None:
        self.path = Path(path)
        self.token = secrets.token_hex(8)  # names this open store in the leases table
        self.recovery: Recovery | None = None
        self.read_only = False
        self._lock = threading.RLock()
        self._wrote = False
        self._closed = False
        self._db = self._open(recover)
        if not self.read_only:
            self._backup_quietly(due_only=True)

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
            return parse_visit(row[0], lenient=True)
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
        # The keys are matched in their index (see _add_patient_key), then only the rows
        # found are read. An older store opened read-only (it cannot be brought forward)
        # has no key column, and folds each name as it goes.
        with self._lock, self._errors("read"):
            has_key = self._version() >= 3
        where = (
            "id IN (SELECT rowid FROM visits INDEXED BY visits_by_patient_key "
            "WHERE patient_key LIKE ? ESCAPE '\\')"
            if has_key
            else "casefold(patient) LIKE ? ESCAPE '\\'"
        )
        sql = (
            "SELECT id, date, patient, reason, updated FROM visits "
            f"WHERE {where} ORDER BY updated DESC, id DESC LIMIT ?"
        )
        return self._summaries(sql, (_sqlite_text(pattern), limit))

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
                "INSERT INTO visits (patient, date, reason, created, updated, body, patient_key) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (*_columns(visit), now, now, body, _patient_key(visit)),
            )
            visit_id = int(cur.lastrowid or 0)
        self._wrote = True
        log.info("visit %d added", visit_id)
        return visit_id

    def save(self, visit_id: int, visit: Visit) -> None:
        """Replace the stored visit with this one. Durable when this returns.

        Refused with ``VisitInUse`` while another open store holds the visit's lease.
        """
        body = dump_visit(visit)
        patient, date, reason = _columns(visit)
        with self._lock, self._errors("save"), self._transaction() as db:
            lease.check_writer(db, visit_id, self.token)
            cur = db.execute(
                "UPDATE visits SET patient = ?, date = ?, reason = ?, updated = ?, body = ?, "
                "patient_key = ? WHERE id = ?",
                (patient, date, reason, _now(), body, _patient_key(visit), visit_id),
            )
            if cur.rowcount == 0:
                raise VisitNotFound(f"there is no visit {visit_id} in the store")
        self._wrote = True
        log.debug("visit %d saved", visit_id)

    def delete(self, visit_id: int) -> None:
        with self._lock, self._errors("delete"), self._transaction() as db:
            lease.check_writer(db, visit_id, self.token)
            cur = db.execute("DELETE FROM visits WHERE id = ?", (visit_id,))
            if cur.rowcount == 0:
                raise VisitNotFound(f"there is no visit {visit_id} in the store")
        self._wrote = True
        log.info("visit %d deleted", visit_id)

    # -- leases: one window edits a visit at a time ---------------------------

    def claim(self, visit_id: int) -> None:
        """Take the lease of ``visit_id`` for this store, to edit it.

        Raises ``VisitInUse`` while another open store (another window, here or
        on another computer) holds it; a lease whose holder has stopped is
        taken over. ``VisitNotFound`` if there is no such visit.
        """
        with self._lock, self._errors("save"), self._transaction() as db:
            if db.execute("SELECT 1 FROM visits WHERE id = ?", (visit_id,)).fetchone() is None:
                raise VisitNotFound(f"there is no visit {visit_id} in the store")
            stale = lease.take(db, visit_id, self.token)
        if stale is not None:
            log.info("visit %d: took over the lease of a copy that stopped", visit_id)

    def release(self, visit_id: int) -> None:
        """Give the lease of ``visit_id`` back, if this store holds it."""
        with self._lock, self._errors("save"), self._transaction() as db:
            lease.give_back(db, visit_id, self.token)

    def renew_leases(self) -> bool:
        """Tell other copies this store is still editing its visits; False if that failed."""
        try:
            with self._lock, self._errors("save"), self._transaction() as db:
                lease.renew(db, self.token)
        except StoreError:
            return False
        return True

    def open_elsewhere(self, visit_id: int) -> Lease | None:
        """The live lease another open store (another window) holds on ``visit_id``, if any."""
        with self._lock, self._errors("read"):
            found = lease.current(self._db, visit_id) if self._has_leases() else None
        if found is None or found.holder == self.token or not found.is_live():
            return None
        return found

    # -- backups -------------------------------------------------------------

    def backup(self) -> Path:
        """Make a backup now (replacing today's older one); returns its path.

        A store that fails its check is not backed up: a damaged copy must
        never push a sound one out of the seven kept.
        """
        with self._lock, self._errors("back up"):
            check = self._db.execute("PRAGMA quick_check").fetchall()
            if check != [("ok",)]:
                raise StoreError(f"the visit store {self.path} is damaged, so it was not backed up")
            try:
                made = backup.make_backup(self._db, self.path.parent)
            except OSError as exc:
                raise StoreError(
                    f"cannot back up the visit store {self.path}: {exc.strerror or exc}"
                ) from None
        return made.path

    def backup_if_due(self) -> Path | None:
        """Back up if the newest backup is a day old or more; returns the new backup, if any."""
        if self.read_only or not backup.is_due(self.path.parent) or self.count() == 0:
            return None
        return self.backup()

    def close(self) -> None:
        """Give back this store's leases, back up if it wrote anything, and close."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            try:
                if not self.read_only:
                    with contextlib.suppress(StoreError), self._errors("save"):
                        if self._has_leases():
                            with self._transaction() as db:
                                lease.give_back_all(db, self.token)
                    if self._wrote:
                        self._backup_quietly(due_only=False)
            finally:
                self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- opening ---------------------------------------------------------------

    def _open(self, recover: bool) -> sqlite3.Connection:
        if recover and not self.path.exists() and backup.latest(self.path.parent) is not None:
            return self._recover()  # deleted or lost: the backups hold what it had
        try:
            return self._connect()
        except _Damaged as damage:
            if not recover:
                raise StoreError(f"the visit store {self.path} is damaged ({damage})") from None
        return self._recover()

    def _connect(self) -> sqlite3.Connection:
        try:
            self._make_private()
            db = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False, timeout=5.0
            )
        except (OSError, sqlite3.Error) as exc:
            return self._connect_read_only(exc)
        try:
            db.create_function("casefold", 1, _casefold, deterministic=True)
            self._check(db)  # before anything writes: a damaged file is put aside untouched
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = FULL")
            db.execute("PRAGMA foreign_keys = ON")
            self._migrate(db)
        except sqlite3.DatabaseError as exc:
            db.close()
            if _code(exc) in (_CORRUPT, _NOTADB):
                raise _Damaged(_code_name(exc)) from None
            if _code(exc) in (_READONLY, _CANTOPEN):
                return self._connect_read_only(exc)
            raise StoreError(f"cannot open the visit store {self.path}: {_reason(exc)}") from None
        except BaseException:
            db.close()
            raise
        self.read_only = False
        return db

    def _connect_read_only(self, cause: Exception) -> sqlite3.Connection:
        """Open for reading when the folder cannot be written (a read-only disk).

        SQLite cannot open a WAL database read-only without writing its
        ``-shm`` file, so the file is opened as immutable, which is safe only
        when no ``-wal`` holds changes not yet in it: otherwise this refuses.
        """
        wal = Path(f"{self.path}-wal")
        unmerged = wal.exists() and wal.stat().st_size > 0
        if not self.path.exists() or unmerged:
            raise StoreError(f"cannot open the visit store {self.path}: {_reason(cause)}") from None
        uri = f"{self.path.resolve().as_uri()}?mode=ro&immutable=1"
        try:
            db = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            db.create_function("casefold", 1, _casefold, deterministic=True)
            self._check(db)
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
        except sqlite3.DatabaseError as exc:
            with contextlib.suppress(UnboundLocalError):
                db.close()
            raise StoreError(f"cannot open the visit store {self.path}: {_reason(exc)}") from None
        except _Damaged:
            db.close()
            raise StoreError(
                f"the visit store {self.path} is damaged and its folder cannot be written to, "
                "so it was left as it is"
            ) from None
        if version == 0 or version > SCHEMA_VERSION:
            db.close()
            self._refuse_newer(version)
            raise StoreError(f"cannot open the visit store {self.path}: {_reason(cause)}")
        self.read_only = True
        log.warning("the visit store's folder cannot be written to; opened read-only")
        return db

    def _make_private(self) -> None:
        # Create the file owner-only before SQLite does, so patient data is
        # never readable by others, not even for a moment; and tighten a file
        # an older version or a copy left more open. Exact modes: no umask.
        if not self.path.exists():
            with contextlib.suppress(FileExistsError):
                backup.create_private(self.path)
        elif self.path.stat().st_mode & 0o777 != PRIVATE_MODE:
            with contextlib.suppress(OSError):
                os.chmod(self.path, PRIVATE_MODE)

    def _check(self, db: sqlite3.Connection) -> None:
        """Raise ``_Damaged`` for a database that fails ``quick_check``, or was emptied.

        An empty database beside backups is not a new store: it was
        truncated or replaced, and the backups hold what it had.
        """
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
        if version == 0 and backup.latest(self.path.parent) is not None:
            raise _Damaged("empty, though backups exist")
        if db.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            raise _Damaged("failed its check")

    def _recover(self) -> sqlite3.Connection:
        """Move the damaged store aside, restore the newest sound backup, and open that."""
        aside: Path | None = None
        had_file = self.path.exists()
        sides = [Path(f"{self.path}{side}") for side in ("-wal", "-shm", "-journal")]
        try:
            if had_file or any(side.exists() for side in sides):
                aside = backup.move_aside(self.path)
        except OSError as exc:
            raise StoreError(
                f"the visit store {self.path} is damaged and cannot be moved aside "
                f"({exc.strerror or exc}), so it was left as it is"
            ) from None
        restored = None
        for candidate in backup.backups(self.path.parent):
            if not backup.is_sound(candidate.path):
                log.warning("backup %s failed its check; trying an older one", candidate.path.name)
                continue
            try:
                backup.restore(candidate, self.path)
            except (OSError, sqlite3.Error) as exc:
                log.warning(
                    "restoring backup %s failed (%s)", candidate.path.name, type(exc).__name__
                )
                with contextlib.suppress(OSError):
                    self.path.unlink()
                continue
            restored = candidate
            break
        self.recovery = Recovery(aside if had_file else None, restored)
        log.warning("%s", self.recovery)
        try:
            return self._connect()
        except _Damaged as damage:  # the restored copy passed is_sound(); this is a bug
            raise StoreError(f"the visit store {self.path} is damaged ({damage})") from None

    def _migrate(self, db: sqlite3.Connection) -> None:
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
        self._refuse_newer(version)
        for step in range(version, SCHEMA_VERSION):
            with self._transaction(db):
                MIGRATIONS[step](db)
                db.execute(f"PRAGMA user_version = {step + 1}")
            log.info("store schema migrated to version %d", step + 1)

    def _refuse_newer(self, version: int) -> None:
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"the visit store {self.path} was made by a newer version of SharedVisit "
                f"(schema {version}, this version knows {SCHEMA_VERSION}); update SharedVisit"
            )

    # -- inside --------------------------------------------------------------

    @contextlib.contextmanager
    def _transaction(self, db: sqlite3.Connection | None = None) -> Iterator[sqlite3.Connection]:
        if db is None:
            if self.read_only:
                self._try_writable()
            db = self._db
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

    def _try_writable(self) -> None:
        """A store opened read-only tries its folder again before each write."""
        try:
            db = self._connect()
        except (StoreError, _Damaged):
            db = None
        if db is None or self.read_only:
            if db is not None:
                db.close()
            self.read_only = True
            raise StoreError(
                f"cannot save in the visit store {self.path}: its folder cannot be written to"
            )
        self._db.close()
        self._db = db
        log.info("the visit store's folder can be written to again")

    @contextlib.contextmanager
    def _errors(self, action: str) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            log.warning("store %s failed: %s", action, _code_name(exc))
            raise StoreError(
                f"cannot {action} in the visit store {self.path}: {_reason(exc)}"
            ) from None

    def _has_leases(self) -> bool:
        return self._version() >= 2

    def _version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _backup_quietly(self, *, due_only: bool) -> None:
        """A backup that fails is logged, never fatal: the store itself is fine."""
        try:
            if due_only:
                self.backup_if_due()
            elif self.count() > 0:
                self.backup()
        except StoreError as exc:
            log.warning("no backup made: %s", type(exc).__name__)

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


def _columns(visit: Visit) -> tuple[str, str, str]:
    """The listing columns of a visit, as text SQLite can hold."""
    return _sqlite_text(visit.patient), visit.date.isoformat(), _sqlite_text(visit.reason)


def _patient_key(visit: Visit) -> str:
    """What name search compares: the patient's name case-folded ("Müller" finds "MÜLLER")."""
    return _sqlite_text(visit.patient).casefold()


def _sqlite_text(text: str) -> str:
    # A lone surrogate (half a UTF-16 pair, possible in a Python str) is not
    # UTF-8; SQLite would raise. The body keeps it (as a JSON escape); the
    # listing columns show U+FFFD instead, as a loaded visit does.
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def _code(exc: sqlite3.Error) -> int:
    return int(getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF


def _code_name(exc: sqlite3.Error) -> str:
    return str(getattr(exc, "sqlite_errorname", "") or type(exc).__name__)


def _reason(exc: BaseException) -> str:
    """The failure in plain words where there are some, else SQLite's or the system's own."""
    if isinstance(exc, sqlite3.Error) and _code(exc) in _PLAIN_REASONS:
        return _PLAIN_REASONS[_code(exc)]
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)


def _casefold(text: str | None) -> str | None:
    return text.casefold() if isinstance(text, str) else text


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
