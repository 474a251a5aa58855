"""Backups of the visit store, and putting a damaged store aside.

A backup is a consistent copy made with SQLite's online backup API while the
store stays open, so it is never a torn copy of a file being written. Backups
live in ``backups/`` inside the data folder as ``visits-YYYYmmdd-HHMMSS.sqlite3``:
at most one per calendar day (a newer copy replaces the same day's older one,
so closing the app five times in a morning does not push last week out), and
the newest ``KEEP`` days of use are kept. The folder is 0700 and every copy
0600, whatever the umask: a backup holds the same patient data as the store.

A damaged store is never overwritten or deleted: ``move_aside()`` renames the
database and its ``-wal`` and ``-shm`` files, together, to names carrying the
time, so whoever repairs it later has exactly what was on disk.

Never imports Qt. Never logs visit text: file names, counts and error kinds only.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .atomicfile import PRIVATE_MODE
from .datadir import PRIVATE_DIR_MODE

log = logging.getLogger(__name__)

FOLDER = "backups"
KEEP = 7
"""Backups kept: the newest seven days on which the store was used."""

INTERVAL = dt.timedelta(days=1)
"""A store open longer than this without a backup is backed up again."""

_NAME = re.compile(r"visits-(\d{8}-\d{6})\.sqlite3")
_STAMP = "%Y%m%d-%H%M%S"
_SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class Backup:
    """One backup file and the moment it was made (local time, to the second)."""

    path: Path
    made: dt.datetime


def backups(data_folder: Path) -> list[Backup]:
    """The backups in ``data_folder``, newest first; half-written copies are not listed."""
    folder = data_folder / FOLDER
    found = []
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            match = _NAME.fullmatch(entry.name)
            if match:
                made = dt.datetime.strptime(match.group(1), _STAMP)
                found.append(Backup(entry, made))
    return sorted(found, key=lambda backup: backup.made, reverse=True)


def latest(data_folder: Path) -> Backup | None:
    found = backups(data_folder)
    return found[0] if found else None


def is_due(data_folder: Path, now: dt.datetime | None = None) -> bool:
    """True when there is no backup from the last ``INTERVAL``."""
    newest = latest(data_folder)
    now = now or dt.datetime.now()
    return newest is None or now - newest.made >= INTERVAL


def make_backup(
    db: sqlite3.Connection, data_folder: Path, now: dt.datetime | None = None
) -> Backup:
    """Copy the open database ``db`` into a new backup, then prune old ones.

    The copy is written under a temporary name and renamed into place only
    once complete and synced, so a crash mid-backup never leaves a torn file
    that would later be taken for the latest backup. Raises ``sqlite3.Error``
    or ``OSError``; the store itself is never touched.
    """
    now = (now or dt.datetime.now()).replace(microsecond=0)
    folder = private_folder(data_folder / FOLDER)
    target = folder / f"visits-{now.strftime(_STAMP)}.sqlite3"
    partial = folder / f".{target.name}.part"
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()  # a copy left by a crash in the middle of a backup
    create_private(partial)
    try:
        _copy_into(db, partial)
        _fsync(partial)
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    _sync_folder(folder)
    made = Backup(target, now)
    _prune(data_folder, made)
    log.info("store backed up (%d backups kept)", len(backups(data_folder)))
    return made


def restore(backup: Backup, target: Path) -> None:
    """Copy ``backup`` to ``target`` (which must not exist) with SQLite's backup API."""
    create_private(target)
    source = sqlite3.connect(f"{backup.path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        _copy_into(source, target)
    finally:
        source.close()
    _fsync(target)


def _copy_into(source: sqlite3.Connection, target: Path) -> None:
    """SQLite's online backup of ``source`` into the file ``target``: a consistent copy."""
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        copy.close()


def is_sound(path: Path) -> bool:
    """True when ``path`` is an SQLite database that passes ``PRAGMA quick_check``."""
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        return db.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    except sqlite3.Error:
        return False
    finally:
        db.close()


def move_aside(db_path: Path, now: dt.datetime | None = None) -> Path:
    """Rename a damaged database (and its side files) to a new name with the time in it.

    Returns the new name of the database file. Never replaces an existing
    file: a second damage in the same second gets ``-2``, ``-3``... The side
    files go with it, because a ``-wal`` left beside a restored database would
    be replayed into it. Raises ``OSError`` if the folder cannot be changed.
    """
    stamp = (now or dt.datetime.now()).strftime(_STAMP)
    stem = db_path.stem  # "visits"
    for attempt in range(1, 1000):
        suffix = "" if attempt == 1 else f"-{attempt}"
        aside = db_path.with_name(f"{stem}-damaged-{stamp}{suffix}{db_path.suffix}")
        taken = [aside, *(Path(f"{aside}{side}") for side in _SIDE_FILES)]
        if not any(path.exists() for path in taken):
            break
    else:  # pragma: no cover - a thousand damaged stores in one second
        raise FileExistsError(f"no free name beside {db_path}")
    # Side files first: if the main rename then failed, the store would still
    # open as the same (damaged) database rather than gain a stranger's WAL.
    for side in _SIDE_FILES:
        source = Path(f"{db_path}{side}")
        if source.exists():
            _rename_new(source, Path(f"{aside}{side}"))
    if db_path.exists():
        _rename_new(db_path, aside)
    _sync_folder(db_path.parent)
    return aside


def private_folder(folder: Path) -> Path:
    """``folder``, created if needed, readable by its owner only whatever the umask."""
    folder.mkdir(mode=PRIVATE_DIR_MODE, exist_ok=True)
    os.chmod(folder, PRIVATE_DIR_MODE)
    return folder


def create_private(path: Path) -> None:
    """Create ``path`` empty with mode 0600 exactly (not masked by the umask)."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_MODE)
    try:
        os.fchmod(fd, PRIVATE_MODE)
    finally:
        os.close(fd)


def _rename_new(source: Path, target: Path) -> None:
    # A hard link fails if the target exists, where a rename would replace it;
    # a file system without hard links gets a checked rename instead.
    try:
        os.link(source, target)
    except FileExistsError:
        raise
    except OSError:
        if target.exists():
            raise FileExistsError(target) from None
        os.rename(source, target)
        return
    os.unlink(source)


def _prune(data_folder: Path, keep: Backup) -> None:
    """One backup per day (the newest), and the newest ``KEEP`` days only."""
    days: set[dt.date] = set()
    for backup in backups(data_folder):
        day = backup.made.date()
        if backup.path != keep.path and (day in days or len(days) >= KEEP):
            with contextlib.suppress(OSError):
                backup.path.unlink()
            continue
        days.add(day)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_folder(folder: Path) -> None:
    # So a rename survives a power cut; not every file system allows it.
    with contextlib.suppress(OSError):
        _fsync(folder)
