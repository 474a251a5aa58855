"""The SQLite store: durable on return, stable ids, migrations, clear refusals."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from sharedvisit.datadir import data_dir
from sharedvisit.errors import StoreError, VisitNotFound
from sharedvisit.store import DB_NAME, SCHEMA_VERSION, Store
from sharedvisit.visit import AgendaItem, Person, Visit


def test_write_close_reopen(example_visit: Visit, tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        visit_id = store.add(example_visit)
    with Store.open(tmp_path) as store:
        assert store.load(visit_id) == example_visit


def test_save_is_durable_without_close(example_visit: Visit, tmp_path: Path) -> None:
    # A second connection sees the edit as soon as save() returns: nothing
    # waits in memory for a close that a crash would never reach.
    store = Store.open(tmp_path)
    visit_id = store.add(example_visit)
    example_visit.agenda.append(AgendaItem(text="One more thing", raised_by=Person.PATIENT))
    store.save(visit_id, example_visit)
    with Store(tmp_path / DB_NAME) as other:
        assert other.load(visit_id).agenda[-1].text == "One more thing"
    store.close()


def test_wal_mode_and_full_sync(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        assert store._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store._db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_ids_are_stable_and_never_reused(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        first = store.add(Visit.new(patient="A"))
        second = store.add(Visit.new(patient="B"))
        store.delete(second)
        third = store.add(Visit.new(patient="C"))
        assert (first, second, third) == (1, 2, 3)
        assert store.load(first).patient == "A"


def test_missing_visit(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        with pytest.raises(VisitNotFound, match="there is no visit 7 in the store"):
            store.load(7)
        with pytest.raises(VisitNotFound):
            store.save(7, Visit.new())


def test_list_and_search(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        ids = [
            store.add(Visit.new(date=dt.date(2026, 11, day), patient=name))
            for day, name in [
                (1, "Maria Lopez"),
                (2, "Mario Rossi"),
                (3, "Ana Chen"),
                (4, "100% Lucas_"),
            ]
        ]
        assert [s.id for s in store.visits(recent_first=False)] == ids
        assert [s.id for s in store.visits()] == ids[::-1]
        assert [s.patient for s in store.search("mari")] == ["Mario Rossi", "Maria Lopez"]
        assert [s.patient for s in store.search("%")] == ["100% Lucas_"]
        assert [s.patient for s in store.search("_")] == ["100% Lucas_"]
        assert store.search("nobody") == []
        assert store.visits(limit=2)[0].date == dt.date(2026, 11, 4)
        assert store.count() == 4
        store.add(Visit.new(patient="José Ångström"))
        assert [s.patient for s in store.search("JOSÉ ÅNG")] == ["José Ångström"]


def test_saving_updates_the_listing(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        visit = Visit.new(patient="Old name")
        visit_id = store.add(visit)
        store.add(Visit.new(patient="Someone else"))
        visit.patient = "New name"
        store.save(visit_id, visit)
        assert store.visits()[0].patient == "New name"  # most recently edited first


def test_files_are_private(tmp_path: Path) -> None:
    folder = data_dir(tmp_path / "fresh")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    with Store.open(folder) as store:
        store.add(Visit.new())
    assert stat.S_IMODE((folder / DB_NAME).stat().st_mode) == 0o600


def test_environment_chooses_the_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SHAREDVISIT_DATA_DIR", str(tmp_path / "from-env"))
    assert data_dir() == tmp_path / "from-env"
    assert data_dir(tmp_path / "flag") == tmp_path / "flag"


def test_schema_version_is_recorded(tmp_path: Path) -> None:
    Store.open(tmp_path).close()
    with sqlite3.connect(tmp_path / DB_NAME) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_newer_database_is_refused_not_migrated(tmp_path: Path) -> None:
    Store.open(tmp_path).close()
    with sqlite3.connect(tmp_path / DB_NAME) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="made by a newer version of SharedVisit"):
        Store.open(tmp_path)
    with sqlite3.connect(tmp_path / DB_NAME) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1


def test_not_a_database_is_moved_aside_not_opened(tmp_path: Path) -> None:
    junk = b"this is not sqlite" * 100
    (tmp_path / DB_NAME).write_bytes(junk)
    with Store.open(tmp_path) as store:
        assert store.count() == 0
        assert store.recovery is not None
        [aside] = tmp_path.glob("visits-damaged-*.sqlite3")
        assert aside.read_bytes() == junk  # kept exactly, for whoever repairs it
        assert str(store.recovery) == (
            f"The visit store was damaged, so SharedVisit moved it to {aside} "
            "and started a new, empty store, as there was no backup."
        )
    with pytest.raises(StoreError, match="is damaged"):
        (tmp_path / DB_NAME).write_bytes(junk)
        Store(tmp_path / DB_NAME, recover=False)


def test_data_dir_that_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="cannot create the data folder"):
        Store.open(tmp_path / "file")


def test_read_only_store_refuses_writes_clearly(example_visit: Visit, tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        visit_id = store.add(example_visit)
    uri = f"file:{tmp_path / DB_NAME}?mode=ro"
    store = Store.open(tmp_path)
    store._db.close()
    store._db = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    with pytest.raises(StoreError, match="cannot save in the visit store"):
        store.save(visit_id, example_visit)
    assert store.load(visit_id) == example_visit
    store.close()


def _version_1_store(path: Path, visits: list[Visit]) -> None:
    """A database exactly as version 1 of the schema made it, with visits in it."""
    from sharedvisit.store import MIGRATIONS
    from sharedvisit.visitfile import dump_visit

    with sqlite3.connect(path) as db:
        MIGRATIONS[0](db)
        for visit in visits:
            db.execute(
                "INSERT INTO visits (patient, date, reason, created, updated, body) "
                "VALUES (?, ?, ?, '2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00', ?)",
                (visit.patient, visit.date.isoformat(), visit.reason, dump_visit(visit)),
            )
        db.execute("PRAGMA user_version = 1")
    db.close()


def test_a_version_1_store_is_migrated_and_keeps_its_visits(
    tmp_path: Path, example_visit: Visit
) -> None:
    _version_1_store(tmp_path / DB_NAME, [example_visit, Visit.new(patient="Second")])
    with Store.open(tmp_path) as store:
        assert store._db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
        assert store.load(1) == example_visit
        assert store.load(2).patient == "Second"
        store.claim(1)  # the table migration 2 adds is there and works
        assert store._db.execute("SELECT visit_id FROM leases").fetchall() == [(1,)]
        # Migration 3 folds the names already stored, so search finds them.
        assert [s.id for s in store.search("SECOND")] == [2]
        assert [s.id for s in store.search("maria")] == [1]
        assert store._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_search_folds_case_beyond_ascii_and_follows_renames(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        first = store.add(Visit.new(patient="Jürgen MÜLLER"))
        store.add(Visit.new(patient="Straße Ana"))
        assert [s.id for s in store.search("müller")] == [first]
        assert [s.patient for s in store.search("STRASSE")] == ["Straße Ana"]  # ß folds to ss
        store.save(first, Visit.new(patient="Ana Ortiz"))
        assert store.search("müller") == []
        assert [s.id for s in store.search("ortiz")] == [first]
        assert [s.id for s in store.search("50%")] == []  # LIKE's wildcards are plain text


def test_an_older_store_read_only_is_still_searched(tmp_path: Path, example_visit: Visit) -> None:
    """A store that cannot be brought forward (its disk is read-only) has no name key yet."""
    old = tmp_path / "old"
    old.mkdir()
    _version_1_store(old / DB_NAME, [example_visit])
    store = Store.open(tmp_path / "current")
    store._db.close()
    uri = f"file:{old / DB_NAME}?mode=ro"
    store._db = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    store._db.create_function("casefold", 1, str.casefold, deterministic=True)
    assert [s.id for s in store.search("MARIA")] == [1]
    store.close()


def test_text_python_allows_but_utf8_does_not_is_stored_without_a_crash(tmp_path: Path) -> None:
    # A lone surrogate can reach a str (a paste, a file's "\\ud800"); SQLite cannot hold it.
    visit = Visit.new(patient="Ana \ud800", reason="x\udfffy", plan="nul\x00here")
    with Store.open(tmp_path) as store:
        visit_id = store.add(visit)
        store.save(visit_id, visit)
        back = store.load(visit_id)
        assert (back.patient, back.reason, back.plan) == ("Ana \ufffd", "x\ufffdy", "nul\x00here")
        assert [s.patient for s in store.search("ana \ud800")] == ["Ana \ufffd"]


@pytest.mark.parametrize("umask", [0o000, 0o022, 0o077, 0o277])
def test_files_are_private_whatever_the_umask(tmp_path: Path, umask: int) -> None:
    old = os.umask(umask)
    try:
        folder = data_dir(tmp_path / "fresh")
        with Store.open(folder) as store:
            store.add(Visit.new())
            store.backup()
            modes = {path.name: stat.S_IMODE(path.stat().st_mode) for path in folder.rglob("*")}
    finally:
        os.umask(old)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert {f"{DB_NAME}-wal", f"{DB_NAME}-shm", "backups"} <= set(modes)
    assert modes.pop("backups") == 0o700
    assert set(modes.values()) == {0o600}, modes


def test_a_store_file_left_readable_by_others_is_made_private(tmp_path: Path) -> None:
    Store.open(tmp_path).close()
    os.chmod(tmp_path / DB_NAME, 0o644)
    Store.open(tmp_path).close()
    assert stat.S_IMODE((tmp_path / DB_NAME).stat().st_mode) == 0o600
