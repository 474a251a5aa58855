"""``python -m bench`` (``make bench``): every figure, one table, and ``docs/performance.md``.

Each figure script runs in its own child process (``run_child``), in a fixed
order, and returns its figures as JSON; the runner prints them as one table
and rewrites the generated block of ``docs/performance.md``. The runner never
imports Qt, reportlab or the app itself, so nothing it loads leaks into a
measurement.

``--quick`` takes fewer runs (for trying the bench, not for the document);
``--only KEY`` runs some scripts; ``--no-write`` leaves the document alone.
"""

from __future__ import annotations

import argparse
import sys
import time

from .common import Figure, child_env, run_child
from .report import block, machine, table, write_doc

# (module, arguments, arguments for --quick), in the order the table lists them.
SCRIPTS: dict[str, tuple[list[str], list[str]]] = {
    "bench.startup": (["--runs", "7"], ["--runs", "5"]),
    "bench.render": ([], ["--quick"]),
    "bench.durable": (["--trials", "7"], ["--trials", "3"]),
    "bench.loopblock": (["--runs", "3"], ["--runs", "1"]),
    "bench.dialog": (["--trials", "7"], ["--trials", "3"]),
}
ORDER = [
    "startup",
    "startup_rss",
    "render_example",
    "render_1000",
    "render_linear",
    "durable",
    "loop_block",
    "dialog_search",
    "pdf_size",
    "startup_preview",
    "startup_floor",
    "startup_minimal",
]


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer runs; not for the document")
    parser.add_argument(
        "--only",
        action="append",
        choices=[name.removeprefix("bench.") for name in SCRIPTS],
        help="run only this script (repeatable)",
    )
    parser.add_argument("--no-write", action="store_true", help="do not touch docs/performance.md")
    args = parser.parse_args()

    began = time.perf_counter()
    where = machine()
    print(f"Machine: {where}", flush=True)
    figures: list[Figure] = []
    for module, (full, quick) in SCRIPTS.items():
        if args.only and module.removeprefix("bench.") not in args.only:
            continue
        started = time.perf_counter()
        print(f"running {module} ...", end=" ", flush=True)
        result = run_child(
            module, ["--json", *(quick if args.quick else full)], env=child_env(), timeout=600
        )
        figures += [Figure.from_json(data) for data in result["figures"]]
        print(f"{time.perf_counter() - started:.0f} s", flush=True)
    figures.sort(key=lambda f: ORDER.index(f.key) if f.key in ORDER else len(ORDER))
    seconds = time.perf_counter() - began

    print()
    print(table(figures))
    missed = [f.name for f in figures if f.met is False]
    print(
        f"\n{len(missed)} of {sum(f.met is not None for f in figures)} targets missed; "
        f"bench run time {seconds:.0f} s"
    )
    if not args.no_write and not args.quick and not args.only:
        note = (
            "Medians over repeated runs; each reference was measured in the same run, "
            "alternating with the figure it is compared with."
        )
        write_doc(block(figures, where, seconds, note))
        print("wrote docs/performance.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
