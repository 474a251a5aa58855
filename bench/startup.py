"""Start-up figures: time to a usable window with the example visit open, and its peak RSS.

Each run is a fresh process (cold import; the OS file cache is warm, as on a
second launch of the day), spawned here and timed from just before the spawn
to the moment the child reports its window shown, painted and idle. The app
and the bare-window reference alternate run by run after one untimed warm-up
of each, so both see the same machine. A third kind of start, the "floor",
shows the bare window after importing the core and reading the visit: what
no start with a visit can avoid. A fourth, "minimal", adds the least window
that shows the visit to edit, made of Qt's stock widgets (no SharedVisit UI
code): what is left of the target for the app's own. The store is made by the warm-up and
reused, as a person's store is; settings and data go to a temporary folder.

Run alone: ``python -m bench.startup`` (``--json``, ``--runs N``).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from .common import EXAMPLE, ROOT, Figure, child_env, median, output

MS = 1000.0


def one_start(mode: str, home: Path) -> dict[str, Any]:
    """Spawn one start; returns seconds to idle (and to the preview), and peak RSS in MB."""
    args = [sys.executable, "-m", "bench.startup_child", mode]
    if mode == "app":
        args += [str(home / "store"), str(EXAMPLE)]
    elif mode in ("floor", "minimal"):
        args.append(str(EXAMPLE))
    env = child_env(home=home)
    spawned = time.monotonic()
    done = subprocess.run(
        args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    events = {
        line["event"]: line
        for line in (json.loads(text) for text in done.stdout.splitlines() if text.startswith("{"))
    }
    if "idle" not in events:
        raise RuntimeError(f"start-up child ({mode}) did not report:\n{done.stderr[-3000:]}")
    result = {
        "idle": events["idle"]["at"] - spawned,
        "rss_mb": events["idle"]["rss_kb"] / 1024,
        "interpreter": events["idle"]["main"] - spawned,
    }
    if "preview" in events:
        result["preview"] = events["preview"]["at"] - spawned
        result["preview_rss_mb"] = events["preview"]["rss_kb"] / 1024
    return result


def measure(runs: int = 7) -> list[Figure]:
    kinds = ("bare", "app", "floor", "minimal")  # interleaved: a noisy moment hits each alike
    starts: dict[str, list[dict[str, Any]]] = {kind: [] for kind in kinds}
    with tempfile.TemporaryDirectory(prefix="sharedvisit-bench-") as folder:
        home = Path(folder)
        for kind in kinds:  # warm-up: file cache, .pyc files, the store's creation
            one_start(kind, home)
        for _ in range(runs):
            for kind in kinds:
                starts[kind].append(one_start(kind, home))
    bare, app, floor, minimal = (starts[kind] for kind in kinds)

    app_ms = [r["idle"] * MS for r in app]
    bare_ms = [r["idle"] * MS for r in bare]
    app_mb = [r["rss_mb"] for r in app]
    bare_mb = [r["rss_mb"] for r in bare]
    previews = [r["preview"] * MS for r in app if "preview" in r]
    preview_mb = [r["preview_rss_mb"] for r in app if "preview_rss_mb" in r]
    interpreter = median([r["interpreter"] * MS for r in bare])

    time_ratio = median(app_ms) / median(bare_ms)
    rss_ratio = median(app_mb) / median(bare_mb)
    return [
        Figure(
            key="startup",
            name="start-up: spawn to window shown and event loop idle, example visit open",
            unit="ms",
            value=median(app_ms),
            runs=app_ms,
            reference=median(bare_ms),
            reference_runs=bare_ms,
            reference_name="bare PySide6 script showing an empty QMainWindow",
            target="ratio ≤ 1.5",
            met=time_ratio <= 1.5,
            note=f"interpreter up after {interpreter:.0f} ms in both",
        ),
        Figure(
            key="startup_rss",
            name="peak RSS of that start-up",
            unit="MB",
            value=median(app_mb),
            runs=app_mb,
            reference=median(bare_mb),
            reference_runs=bare_mb,
            reference_name="the same bare window",
            target="ratio ≤ 1.5",
            met=rss_ratio <= 1.5,
        ),
        Figure(
            key="startup_preview",
            name="(context) spawn to the summary preview shown",
            unit="ms",
            value=median(previews),
            runs=previews,
            target="none",
            met=None,
            note=f"peak RSS then {median(preview_mb):.0f} MB" if preview_mb else "",
        ),
        _beside_bare(
            "startup_floor",
            "bare window after importing the core and reading the example visit",
            floor,
            bare,
            "the floor for any start with a visit",
        ),
        _beside_bare(
            "startup_minimal",
            "the floor plus the least window showing the visit, stock PySide6 widgets only",
            minimal,
            bare,
            "what any PySide6 window showing this visit costs",
        ),
    ]


def _beside_bare(
    key: str, name: str, starts: list[dict[str, Any]], bare: list[dict[str, Any]], meaning: str
) -> Figure:
    """A context row: another kind of start, in time and memory, against the bare window."""
    runs = [r["idle"] * MS for r in starts]
    rss = median([r["rss_mb"] for r in starts])
    bare_mb = median([r["rss_mb"] for r in bare])
    bare_ms = [r["idle"] * MS for r in bare]
    return Figure(
        key=key,
        name=f"(context) {name}",
        unit="ms",
        value=median(runs),
        runs=runs,
        reference=median(bare_ms),
        reference_runs=bare_ms,
        reference_name="the bare window",
        target=f"none: {meaning}",
        met=None,
        note=f"peak RSS {rss:.0f} MB ({rss / bare_mb:.2f}× the bare window)",
    )


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.startup")
    parser.add_argument("--json", action="store_true", help="one JSON line, for the runner")
    parser.add_argument("--runs", type=int, default=7, help="timed starts of each (default 7)")
    args = parser.parse_args()
    figures = measure(args.runs)
    output(figures, as_json=args.json)


if __name__ == "__main__":
    main()
