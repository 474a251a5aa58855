"""A damaged, truncated or missing store: put aside whole, the latest backup restored, told plainly.

Each kind of damage is made to a real store file on disk (bytes cut off,
overwritten, or the file emptied or gone), then the store is opened as the
app opens it. Nothing is ever deleted: the damaged file must still be there,
byte for byte, under a name with the time in it.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from sharedvisit import backup
from sharedvisit.errors import StoreError
from sharedvisit.store import DB_NAME, SCHEMA_VERSION, Store
from sharedvisit.ui import dialogs
from sharedvisit.ui.app import start
from sharedvisit.visit import Visit

ROOT = Path(__file__).resolve().parents[2]


def filled_store(folder: Path, count: int = 40) -> list[int]:
    """A store with ``count`` visits and a backup of them; returns their ids."""
    with Store.open(folder) as store:
        ids = [store.add(Visit.new(patient=f"Patient {n}", reason="x" * 400)) for n in range(count)]
        store.backup()
    return ids


def added_without_closing(folder: Path, visit: Visit) -> int:
    """Add a visit, then stop as a killed app would: no close, so no backup on exit."""
    store = Store.open(folder)
    visit_id = store.add(visit)
    store._db.close()  # the connection only: SQLite merges its journal, the store does nothing
    return visit_id


def cut_in_half(path: Path) -> None:
    with path.open("r+b") as file:
        file.truncate(path.stat().st_size // 2)


def cut_to_nothing(path: Path) -> None:
    path.write_bytes(b"")


def overwrite_header(path: Path) -> None:
    with path.open("r+b") as file:
        file.write(b"\x00" * 100)


def overwrite_middle(path: Path) -> None:
    with path.open("r+b") as file:
        file.seek(path.stat().st_size // 2)
        file.write(random.Random(4096).randbytes(3 * 4096))  # the same garbage every run


def remove(path: Path) -> None:
    path.unlink()


DAMAGE: dict[str, Callable[[Path], None]] = {
    "truncated to half": cut_in_half,
    "truncated to nothing": cut_to_nothing,
    "header overwritten": overwrite_header,
    "pages overwritten": overwrite_middle,
    "file missing": remove,
}


@pytest.mark.parametrize("damage", DAMAGE)
def test_damage_is_put_aside_and_the_latest_backup_restored(tmp_path: Path, damage: str) -> None:
    ids = filled_store(tmp_path)
    later = added_without_closing(tmp_path, Visit.new(patient="After the backup"))
    db = tmp_path / DB_NAME
    assert not Path(f"{db}-wal").exists()  # a clean close merged the journal
    DAMAGE[damage](db)
    damaged_bytes = db.read_bytes() if db.exists() else None

    with Store.open(tmp_path) as store:
        assert store.recovery is not None
        assert [s.id for s in store.visits(recent_first=False)] == ids  # as at the backup
        assert not store.exists(later)  # made after the backup: in the damaged file only
        assert store._db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        message = str(store.recovery)
    asides = sorted(tmp_path.glob("visits-damaged-*.sqlite3"))
    restored = backup.latest(tmp_path)
    assert restored is not None
    when = restored.made.strftime("%Y-%m-%d %H:%M")
    if damaged_bytes is None:
        assert asides == []
        assert message == (
            f"The visit store was missing, so SharedVisit restored the backup from {when}; "
            "anything saved after that is lost."
        )
    else:
        [aside] = asides
        assert aside.read_bytes() == damaged_bytes  # never overwritten, never deleted
        assert stat.S_IMODE(aside.stat().st_mode) == 0o600
        assert message == (
            f"The visit store was damaged, so SharedVisit moved it to {aside} and restored "
            f"the backup from {when}; anything saved after that is only in the moved file."
        )


def test_a_damaged_store_with_an_unclean_journal_keeps_both_files_aside(tmp_path: Path) -> None:
    filled_store(tmp_path)
    db = tmp_path / DB_NAME
    # A copy of the app still has the store open, so its journal (-wal) is live.
    other = sqlite3.connect(db)
    other.execute("PRAGMA journal_mode = WAL")
    other.execute("UPDATE visits SET reason = 'changed'")
    other.commit()
    wal = Path(f"{db}-wal").read_bytes()
    overwrite_header(db)
    with Store.open(tmp_path) as store:
        assert store.recovery is not None and store.count() == 40
    other.close()
    [aside] = tmp_path.glob("visits-damaged-*.sqlite3")
    assert Path(f"{aside}-wal").read_bytes() == wal  # the journal went with its database


def test_with_no_backup_a_new_store_is_started_and_the_damaged_one_kept(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        store.add(Visit.new(patient="Only copy"))
    for made in backup.backups(tmp_path):
        made.path.unlink()
    cut_in_half(tmp_path / DB_NAME)
    with Store.open(tmp_path) as store:
        assert store.count() == 0
        assert str(store.recovery).endswith("started a new, empty store, as there was no backup.")
    assert len(list(tmp_path.glob("visits-damaged-*.sqlite3"))) == 1


def test_a_damaged_latest_backup_is_skipped_for_an_older_sound_one(tmp_path: Path) -> None:
    filled_store(tmp_path, count=3)
    old = backup.latest(tmp_path)
    assert old is not None
    added_without_closing(tmp_path, Visit.new())
    with sqlite3.connect(tmp_path / DB_NAME) as db:
        newer = backup.make_backup(db, tmp_path, now=old.made + dt.timedelta(days=1))
    db.close()
    overwrite_header(newer.path)
    overwrite_header(tmp_path / DB_NAME)
    with Store.open(tmp_path) as store:
        assert store.recovery is not None and store.recovery.restored == old
        assert store.count() == 3


def test_damage_twice_in_one_second_keeps_both_damaged_files(tmp_path: Path) -> None:
    now = dt.datetime(2026, 11, 24, 9, 30, 0)
    db = tmp_path / DB_NAME
    db.write_bytes(b"first")
    first = backup.move_aside(db, now)
    db.write_bytes(b"second")
    second = backup.move_aside(db, now)
    assert first != second
    assert (first.read_bytes(), second.read_bytes()) == (b"first", b"second")
    assert first.name == "visits-damaged-20261124-093000.sqlite3"


def test_a_newer_store_is_refused_not_treated_as_damage(tmp_path: Path) -> None:
    filled_store(tmp_path, count=1)
    with sqlite3.connect(tmp_path / DB_NAME) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(StoreError, match="made by a newer version of SharedVisit"):
        Store.open(tmp_path)
    assert list(tmp_path.glob("visits-damaged-*")) == []


# -- backups -------------------------------------------------------------------------


def test_a_backup_at_least_daily_and_on_exit(tmp_path: Path) -> None:
    Store.open(tmp_path).close()
    assert backup.backups(tmp_path) == []  # an empty store has nothing to back up
    with Store.open(tmp_path) as store:
        store.add(Visit.new(patient="A"))
    [on_exit] = backup.backups(tmp_path)  # a store that wrote is backed up when it closes
    assert backup.is_sound(on_exit.path)
    with sqlite3.connect(on_exit.path) as copy:
        assert copy.execute("SELECT patient FROM visits").fetchall() == [("A",)]
    copy.close()

    Store.open(tmp_path).close()  # a backup from today exists: nothing to do
    assert backup.backups(tmp_path) == [on_exit]
    old = on_exit.path.with_name("visits-20260101-080000.sqlite3")
    on_exit.path.rename(old)  # as if that backup were weeks old
    Store.open(tmp_path).close()  # at least daily: opening makes one
    assert len(backup.backups(tmp_path)) == 2


def test_one_backup_a_day_and_the_newest_seven_days_kept(tmp_path: Path) -> None:
    source = sqlite3.connect(":memory:")
    start = dt.datetime(2026, 2, 1, 8, 0)
    for day in range(10):
        for hour in (0, 5):  # twice a day: the later one replaces the earlier
            backup.make_backup(source, tmp_path, now=start + dt.timedelta(days=day, hours=hour))
    source.close()
    kept = backup.backups(tmp_path)
    assert [b.made for b in kept] == [
        start + dt.timedelta(days=day, hours=5) for day in range(9, 2, -1)
    ]
    folder = tmp_path / backup.FOLDER
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert {stat.S_IMODE(b.path.stat().st_mode) for b in kept} == {0o600}
    assert not list(folder.glob(".*"))  # no half-written copy left behind


def test_a_damaged_store_is_never_backed_up(tmp_path: Path) -> None:
    filled_store(tmp_path, count=5)
    store = Store.open(tmp_path)
    try:
        before = backup.backups(tmp_path)
        overwrite_middle(tmp_path / DB_NAME)  # damaged under the open store
        store._db.execute("PRAGMA cache_size = 0")  # read the pages from disk again
        with pytest.raises(StoreError):
            store.backup()
        assert backup.backups(tmp_path) == before
    finally:
        store._db.close()


# -- telling the person -----------------------------------------------------------------


def test_the_command_line_warns_on_stderr_and_carries_on(tmp_path: Path) -> None:
    filled_store(tmp_path, count=2)
    cut_in_half(tmp_path / DB_NAME)
    result = subprocess.run(
        [sys.executable, "-m", "sharedvisit", "--data-dir", str(tmp_path), "list"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.splitlines() == [
        "1\t" + dt.date.today().isoformat() + "\tPatient 0",
        "2\t" + dt.date.today().isoformat() + "\tPatient 1",
    ]
    [aside] = tmp_path.glob("visits-damaged-*.sqlite3")
    [warning] = result.stderr.splitlines()
    assert f"The visit store was damaged, so SharedVisit moved it to {aside}" in warning
    assert "Traceback" not in result.stderr


def test_the_window_says_what_happened_and_where(
    window_env: None, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    filled_store(tmp_path, count=2)
    cut_in_half(tmp_path / DB_NAME)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_info", lambda _p, title, text: shown.append((title, text)))
    store = Store.open(tmp_path)
    window = start(store)
    qtbot.addWidget(window)
    [aside] = tmp_path.glob("visits-damaged-*.sqlite3")
    assert shown == [("The visit store was repaired", str(store.recovery))]
    assert str(aside) in shown[0][1]
    window.close()
    store.close()
