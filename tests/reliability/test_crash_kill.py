"""Killed at random moments, the real app loses no edit older than a second.

The app runs in its own process (``app_driver.py``: the real window on a
real store, typed into with QTest) and is killed with SIGKILL, the way a
power cut or the task manager ends it: no clean-up code runs. After every
kill the test opens the database itself and checks ``PRAGMA integrity_check``
and that every edit the app reported more than ``MAX_LOSS_S`` before the kill
is stored. The next launch must reopen the visit that was open, and say so.

Kill moments are random but seeded: the seed is printed, and
``SHAREDVISIT_CRASH_SEED=N`` replays a failing run exactly (as far as the
scheduler allows). ``SHAREDVISIT_CRASH_KILLS`` sets the number of kills
(``make fuzz`` runs more).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import time
from pathlib import Path

from .driver import Driver

KILLS = int(os.environ.get("SHAREDVISIT_CRASH_KILLS", "50"))
MAX_LOSS_S = 1.0
"""The promise: an edit is on disk at most this long after it is on screen."""

EARLY_KILLS = 0.15
"""Share of kills during start-up (opening the store, reopening the visit)."""


def stored_agenda(db_path: Path, scratch: Path) -> dict[int, set[str]]:
    """Each visit's agenda texts, read from the database as the kill left it, after its check.

    The files are read from a copy, so the next launch finds exactly what the kill
    left (journal included) and has to recover from it itself.
    """
    if not db_path.exists():
        return {}  # killed before the store was made
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir()
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{db_path}{suffix}")
        if source.exists():
            shutil.copy(source, scratch / f"{db_path.name}{suffix}")
    db = sqlite3.connect(scratch / db_path.name)
    try:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        if db.execute("PRAGMA user_version").fetchone()[0] == 0:
            return {}  # killed while the store was being made
        return {
            visit_id: {item["text"] for item in json.loads(body)["agenda"]}
            for visit_id, body in db.execute("SELECT id, body FROM visits")
        }
    finally:
        db.close()


def test_killed_at_random_moments_no_edit_older_than_a_second_is_lost(tmp_path: Path) -> None:
    seed = int(os.environ.get("SHAREDVISIT_CRASH_SEED", random.randrange(1_000_000)))
    print(f"crash test seed: {seed} (replay with SHAREDVISIT_CRASH_SEED={seed})")
    rng = random.Random(seed)
    data_dir, settings_dir = tmp_path / "data", tmp_path / "settings"
    settings_dir.mkdir()
    open_visit: int | None = None  # the visit the last launch had open, per its report
    checked = reopened = early = 0
    started = time.monotonic()
    for run in range(KILLS):
        app = Driver.start(data_dir, settings_dir, seed=rng.randrange(1 << 30), run=run)
        context = f"seed {seed}, launch {run}"
        if rng.random() < EARLY_KILLS:
            early += 1
            time.sleep(rng.uniform(0.0, 0.8))  # a moment during start-up: nothing to wait for
        else:
            opened = app.wait_for("opened ").split()
            if open_visit is not None:
                assert opened[1:] == [str(open_visit), "reopened", "message"], context
                reopened += 1
            # Some kills come soon after opening, most once edits are over a second old.
            time.sleep(rng.uniform(0.05, 1.0) if rng.random() < 0.4 else rng.uniform(1.0, 2.2))
        killed_at = app.kill()
        assert not [line for line in app.lines if line.startswith(("dialog", "lost"))], (
            context,
            app.lines,
            app.stderr(),
        )
        stored = stored_agenda(data_dir / "visits.sqlite3", tmp_path / "check")
        for line in app.lines:
            words = line.split()
            if words[0] == "edit" and float(words[3]) < killed_at - MAX_LOSS_S:
                checked += 1
                assert words[2] in stored.get(int(words[1]), set()), (
                    f"{context}: {words[2]!r}, typed {killed_at - float(words[3]):.2f} s "
                    "before the kill, is not in the store"
                )
            elif words[0] == "opened":
                open_visit = int(words[1])
                assert words[2:] in (["new"], ["reopened", "message"]), (context, line)
            elif words[0] == "closing":
                open_visit = None  # a kill while switching visits may leave either, or none
    elapsed = time.monotonic() - started
    print(
        f"{KILLS} kills ({early} during start-up) in {elapsed:.0f} s; "
        f"{checked} edits older than {MAX_LOSS_S} s checked; {reopened} visits reopened"
    )
    assert checked > KILLS  # the test really looked at edits
    assert reopened >= (KILLS - early) // 2
