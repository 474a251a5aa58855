"""Render figures: the example handout warm, a 1,000-item handout, linearity, and file size.

Measured in one process, warm: fonts registered and modules imported by a
first untimed render, as in the window, where the preview has rendered once
before anyone prints. The handout and the reference take turns, run by run
(and the 100-item render takes its turn with the 1,000-item ones), so a
noisy neighbour slows all alike; the garbage of one run is collected before
the next is timed.

Run alone: ``python -m bench.render`` (``--json`` for the runner, ``--quick``
for fewer runs).
"""

from __future__ import annotations

import argparse
import gc
from collections.abc import Callable

from sharedvisit.handout import build_handout, render_handout
from sharedvisit.visit import Visit

from .common import Figure, median, output, timed
from .reference import handout_texts, render_reference
from .visits import example_visit, many_item_visit

MS = 1000.0


def round_robin(calls: dict[str, Callable[[], object]], runs: int) -> dict[str, list[float]]:
    """Seconds per call of each of ``calls``, taking turns run by run, after one warm-up each.

    Taking turns means a slow spell on the machine lands on every call alike,
    so the ratios between them hold even when the absolute times do not.
    """
    for call in calls.values():
        call()  # warm-up: imports, font registration, reportlab's caches
    times: dict[str, list[float]] = {name: [] for name in calls}
    for _ in range(runs):
        for name, call in calls.items():
            gc.collect()
            times[name].append(timed(call))
    return times


def _renders(visit: Visit) -> tuple[Callable[[], object], Callable[[], object]]:
    """The handout render of ``visit`` and its reference, ready to call."""
    texts = handout_texts(build_handout(visit))
    return (lambda: render_handout(visit)), (lambda: render_reference(texts))


def measure(quick: bool = False) -> list[Figure]:
    example = example_visit()
    small_runs, big_runs = (5, 3) if quick else (15, 5)

    product_call, reference_call = _renders(example)
    times = round_robin({"product": product_call, "reference": reference_call}, small_runs)
    product, reference = times["product"], times["reference"]
    value = median(product) * MS
    ratio = value / (median(reference) * MS)
    example_fig = Figure(
        key="render_example",
        name="render the example visit's PDF, in process, warm",
        unit="ms",
        value=value,
        runs=[t * MS for t in product],
        reference=median(reference) * MS,
        reference_runs=[t * MS for t in reference],
        reference_name="platypus, same text as plain paragraphs, same embedded font",
        target="ratio ≤ 2 and < 150 ms",
        met=ratio <= 2 and value < 150,
    )

    big_call, big_reference_call = _renders(many_item_visit(1000))
    hundred_call, _ = _renders(many_item_visit(100))
    times = round_robin(
        {"1000": big_call, "reference": big_reference_call, "100": hundred_call}, big_runs
    )
    big_value = median(times["1000"]) * MS
    big_reference = median(times["reference"]) * MS
    big_fig = Figure(
        key="render_1000",
        name="render a 1,000-item visit",
        unit="ms",
        value=big_value,
        runs=[t * MS for t in times["1000"]],
        reference=big_reference,
        reference_runs=[t * MS for t in times["reference"]],
        reference_name="the same reference at 1,000 items",
        target="ratio ≤ 2",
        met=big_value / big_reference <= 2,
    )

    hundred = median(times["100"]) * MS
    growth = big_value / hundred
    linear_fig = Figure(
        key="render_linear",
        name="render time, 1,000 items ÷ 100 items",
        unit="×",
        value=growth,
        runs=[],
        target="≤ 12 (linear)",
        met=growth <= 12,
        note=f"100 items: {hundred:.0f} ms, measured in turn with the 1,000",
    )

    size = len(render_handout(example)) / 1024
    reference_size = len(render_reference(handout_texts(build_handout(example)))) / 1024
    size_fig = Figure(
        key="pdf_size",
        name="handout file size, example visit",
        unit="KB",
        value=size,
        runs=[size],
        target="< 300 KB",
        met=size < 300,
        note=f"plain-paragraph reference: {reference_size:.0f} KB",
    )
    return [example_fig, big_fig, linear_fig, size_fig]


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.render")
    parser.add_argument("--json", action="store_true", help="one JSON line, for the runner")
    parser.add_argument("--quick", action="store_true", help="fewer runs, for trying the bench")
    args = parser.parse_args()
    figures = measure(quick=args.quick)
    output(figures, as_json=args.json)


if __name__ == "__main__":
    main()
