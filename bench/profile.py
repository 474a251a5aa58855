"""Profile a figure that misses its target: ``python -m bench.profile SCENARIO``.

The bench says how slow; this says where. Each scenario runs the very code a
figure measures under a profiler from the ``bench`` extra and writes a report
to ``bench/profiles/`` (ignored by git, see ``bench/.gitignore``):

- ``render``: pyinstrument over warm renders of the example visit, or of
  ``--items N`` items; shows where reportlab's time goes, call by call.
- ``startup``: pyinstrument over one start of the app to its idle window, and
  ``python -X importtime`` for the import cost of every module on the way.
- ``typing``: py-spy over one typing session into a 1,000-item visit, every
  thread sampled, so time the UI thread spends waiting for the GIL held by the
  preview or autosave workers shows up against those workers.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from .common import EXAMPLE, ROOT, child_env

OUT = Path(__file__).resolve().parent / "profiles"


def profile_render(items: int) -> Path:
    from pyinstrument import Profiler

    from sharedvisit.handout import render_handout

    from .visits import example_visit, many_item_visit

    visit = many_item_visit(items) if items else example_visit()
    render_handout(visit)  # warm, as the figure is
    profiler = Profiler(interval=0.0005)
    with profiler:
        for _ in range(1 if items >= 500 else 10):
            render_handout(visit)
    out = OUT / f"render-{items or 'example'}.txt"
    out.write_text(profiler.output_text(unicode=True, show_all=False), encoding="utf-8")
    return out


def profile_startup() -> list[Path]:
    with tempfile.TemporaryDirectory(prefix="sharedvisit-bench-") as folder:
        home = Path(folder)
        env = child_env(home=home)
        child = ["-m", "bench.startup_child", "app", str(home / "store"), str(EXAMPLE)]
        subprocess.run([sys.executable, *child], cwd=ROOT, env=env, capture_output=True)  # warm
        text = OUT / "startup.txt"
        subprocess.run(
            [sys.executable, "-m", "pyinstrument", "-r", "text", "-o", str(text), *child],
            cwd=ROOT,
            env=env,
            capture_output=True,
            check=False,
        )
        imports = OUT / "startup-imports.txt"
        done = subprocess.run(
            [sys.executable, "-X", "importtime", *child],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        lines = [
            line
            for line in done.stderr.splitlines()
            if line.startswith("import time:") and line.split("|")[1].strip().isdigit()
        ]
        lines.sort(key=lambda line: -int(line.split("|")[1]))  # by cumulative microseconds
        header = "import time: self [us] | cumulative | imported package (slowest first)"
        imports.write_text("\n".join([header, *lines[:150]]) + "\n", encoding="utf-8")
    return [text, imports]


def profile_typing() -> Path:
    out = OUT / "typing.speedscope.json"
    with tempfile.TemporaryDirectory(prefix="sharedvisit-bench-") as folder:
        subprocess.run(
            [
                _py_spy(),
                "record",
                "--threads",
                "--rate",
                "500",
                "--format",
                "speedscope",
                "--output",
                str(out),
                "--",
                sys.executable,
                "-m",
                "bench.loopblock",
                "--run",
            ],
            cwd=ROOT,
            env=child_env(home=Path(folder)),
            check=True,
        )
    return out


def _py_spy() -> str:
    """py-spy from this interpreter's environment (the ``bench`` extra), else from the PATH."""
    beside = Path(sys.executable).with_name("py-spy")
    return str(beside) if beside.exists() else "py-spy"


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.profile", description=__doc__)
    parser.add_argument("scenario", choices=("render", "startup", "typing"))
    parser.add_argument("--items", type=int, default=0, help="render: a visit of N items")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    if args.scenario == "render":
        written = [profile_render(args.items)]
    elif args.scenario == "startup":
        written = profile_startup()
    else:
        written = [profile_typing()]
    for path in written:
        print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
