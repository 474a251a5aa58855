"""What every figure script shares: the repository's paths, statistics, results and children.

Each figure is measured in a child process started here, so a figure never
inherits another's imports, caches or garbage, and the runner itself stays
free of Qt and reportlab. Children print one JSON line; ``run_child`` reads it.

The children import ``sharedvisit`` from this checkout (the working tree the
bench lives in), never from an installed copy, so the bench measures the code
beside it.
"""

from __future__ import annotations

import json
import math
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
"""The checkout: ``sharedvisit/``, ``docs/`` and this ``bench/`` folder."""

EXAMPLE = ROOT / "docs" / "examples" / "knee-pain.json"
"""The example visit every "example visit" figure uses."""

SCREEN = Path(__file__).resolve().parent / "offscreen-screen.json"
"""A 1920 by 1080 offscreen screen (the platform's own is 800 by 800)."""

QT_PLATFORM = f"offscreen:configfile={SCREEN}"


@dataclass
class Figure:
    """One row of the table: a measured value, its reference, and the target it answers to.

    ``value`` and ``reference`` are medians over ``runs`` (and ``reference_runs``);
    ``ratio`` is their quotient when there is a reference. ``met`` is None for
    a figure reported for context only.
    """

    key: str
    name: str
    unit: str
    value: float
    runs: list[float]
    target: str
    met: bool | None
    reference: float | None = None
    reference_runs: list[float] = field(default_factory=list)
    reference_name: str = ""
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.reference is None or self.reference == 0:
            return None
        return self.value / self.reference

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Figure:
        return cls(**data)


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else math.nan


def percentile(values: Sequence[float], share: float) -> float:
    """The value below which ``share`` of ``values`` lie (nearest rank), e.g. 0.99."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, math.ceil(share * len(ordered)) - 1))
    return ordered[rank]


def child_env(extra: dict[str, str] | None = None, home: Path | None = None) -> dict[str, str]:
    """The environment of a measured child: headless Qt, this checkout, private folders.

    ``home`` redirects every XDG folder, so QSettings and the default data
    folder of a child never reach the real user's files.

    Python may write bytecode: an app is started many times a day and has its
    modules compiled after the first. A ``PYTHONDONTWRITEBYTECODE`` set for
    the shell (some CI images do) would make every measured start compile the
    changed modules again, tens of milliseconds the person never waits for.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["QT_QPA_PLATFORM"] = QT_PLATFORM
    env["PYTHONPATH"] = os.pathsep.join(
        [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH", "")])]
    )
    if home is not None:
        for name, sub in (
            ("XDG_CONFIG_HOME", "config"),
            ("XDG_DATA_HOME", "data"),
            ("XDG_CACHE_HOME", "cache"),
            ("XDG_RUNTIME_DIR", "runtime"),
        ):
            folder = home / sub
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            env[name] = str(folder)
        env["SHAREDVISIT_DATA_DIR"] = str(home / "store")
    env.update(extra or {})
    return env


def run_child(
    module: str, args: Sequence[str] = (), *, env: dict[str, str], timeout: float = 240
) -> dict[str, Any]:
    """Run ``python -m module args`` from the checkout and return the JSON line it prints last."""
    done = subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(
            f"{module} failed (status {done.returncode}):\n{done.stdout[-2000:]}"
            f"\n{done.stderr[-4000:]}"
        )
    return json.loads(lines[-1])


def emit(figures: Sequence[Figure], **extra: Any) -> None:
    """Print a child's figures as the one JSON line ``run_child`` reads."""
    print(json.dumps({"figures": [f.to_json() for f in figures], **extra}), flush=True)


def timed(call: Callable[[], object]) -> float:
    """Seconds one call takes, on the monotonic high-resolution clock."""
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def print_figures(figures: Sequence[Figure]) -> None:
    """A script run alone prints its figures in the runner's table form."""
    from .report import table

    print(table(figures))


def output(figures: Sequence[Figure], *, as_json: bool) -> None:
    """Under the runner (``--json``) the one JSON line it reads; run alone, the table."""
    if as_json:
        emit(figures)
    else:
        print_figures(figures)
