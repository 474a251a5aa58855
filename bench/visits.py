"""Visits to measure with: the example visit, and long visits of any size.

``many_item_visit`` is the handout tests' own long visit
(``tests/handout/visits.py``: a quarter of the entries in each list, every
author, status and kind mixed in), so the bench measures what the tests
check; its size is a parameter, so the linearity figure can compare 100
items with 1,000 built the same way.
"""

from __future__ import annotations

from sharedvisit.visit import Visit
from sharedvisit.visitfile import load_visit
from tests.handout.visits import many_item_visit

from .common import EXAMPLE

__all__ = ["example_visit", "many_item_visit"]


def example_visit() -> Visit:
    """The knee-pain visit of ``docs/examples``: every list filled, a private note set."""
    return load_visit(EXAMPLE)
