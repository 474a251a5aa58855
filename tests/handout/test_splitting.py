"""Framed boxes that start low on a page split or move on, and printing always ends.

reportlab can split a table row into an empty part and place such parts on
the same page forever. These tests render each box at many heights on the
page, in a child process with a time limit, so a hang fails instead of
stopping the suite.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_SCRIPT = """
from sharedvisit.handout import build_handout
from sharedvisit.handout.layout import render_pdf
from sharedvisit.handout.typography import LARGE_PRINT, REGULAR_PRINT
from sharedvisit.visitfile import load_visit
from tests.handout.pdftools import body_text
from tests.handout.visits import make_decision, make_visit

# Reasons of these lengths put the plan's box low on page one (they hung before).
for lines, typography in ((12, LARGE_PRINT), (28, REGULAR_PRINT), (36, LARGE_PRINT)):
    reason = " ".join(["A line of the reason for the visit."] * lines)
    plan = "We will try exercises for six weeks. " * 8
    unsure = make_decision(sure={"sure_of_myself": False})
    visit = make_visit(reason=reason, plan=plan, clinician_contact="Call 555-0100.",
                       decisions=[unsure])
    text = body_text(render_pdf(build_handout(visit), typography=typography))
    assert "Call 555-0100." in text and "Not sure yet? That is OK." in text, lines
# The example in large print puts the help box low on a page (it hung before).
example = load_visit("docs/examples/blood-thinner.json")
text = body_text(render_pdf(build_handout(example), typography=LARGE_PRINT))
assert "How likely is each one to happen to me?" in text
print("ok")
"""


def test_boxes_low_on_a_page_never_hang_the_printer() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "ok"
