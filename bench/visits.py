"""Visits to measure with: the example visit, and long visits of any size.

``many_item_visit(1000)`` is the same visit as ``tests/handout/visits.py``'s
``thousand_item_visit()`` (250 entries in each list, every author, status and
kind mixed in); the size is a parameter here so the linearity figure can
compare 100 items with 1,000 built the same way. The bench keeps its own copy
rather than import from ``tests/``, which is not a package meant for reuse.
"""

from __future__ import annotations

import datetime as dt

from sharedvisit.visit import (
    AgendaItem,
    AgendaStatus,
    Concern,
    NextStep,
    Person,
    Uncertainty,
    UncertaintyAbout,
    Visit,
)
from sharedvisit.visitfile import load_visit

from .common import EXAMPLE

VISIT_DAY = dt.date(2026, 11, 24)


def example_visit() -> Visit:
    """The knee-pain visit of ``docs/examples``: every list filled, a private note set."""
    return load_visit(EXAMPLE)


def many_item_visit(items: int) -> Visit:
    """``items`` entries, a quarter in each list, built like the tests' 1,000-item visit."""
    people = list(Person)
    statuses = list(AgendaStatus)
    kinds = list(UncertaintyAbout)
    n = items // 4
    return Visit.new(
        VISIT_DAY,
        patient="Maria Lopez",
        clinician="Dr. Ana Chen",
        reason="Many things",
        agenda=[
            AgendaItem(
                text=f"Agenda item number {i} about the knee",
                raised_by=people[i % 3],
                status=statuses[i % 3],
                note=f"Note for agenda item {i} here." if i % 2 else "",
            )
            for i in range(n)
        ],
        concerns=[
            Concern(
                text=f"Worry number {i} of many",
                raised_by=people[i % 3],
                response=f"Answer {i} given.",
            )
            for i in range(n)
        ],
        uncertainties=[
            Uncertainty(
                text=f"Unknown number {i} of many",
                raised_by=people[i % 3],
                about=kinds[i % len(kinds)],
                plan=f"Plan {i} made.",
            )
            for i in range(n)
        ],
        next_steps=[
            NextStep(
                text=f"Step number {i} of many",
                owner=people[i % 3],
                due=VISIT_DAY + dt.timedelta(days=i) if i % 2 else None,
            )
            for i in range(n)
        ],
        clinician_private_note="PRIVATE-MARKER-7f3a never print this",
    )
