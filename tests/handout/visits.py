"""Visits built for the handout tests: empty, one list at a time, and enormous."""

from __future__ import annotations

import datetime as _dt

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

VISIT_DAY = _dt.date(2026, 11, 24)


def make_visit(**fields: object) -> Visit:
    """A visit on Tuesday 24 November 2026 with just the given fields set."""
    return Visit.new(VISIT_DAY, **fields)


def thousand_item_visit() -> Visit:
    """1,000 entries, 250 in each list, every author, status and kind mixed in."""
    people = list(Person)
    statuses = list(AgendaStatus)
    kinds = list(UncertaintyAbout)
    n = 250
    return make_visit(
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
                due=VISIT_DAY + _dt.timedelta(days=i) if i % 2 else None,
            )
            for i in range(n)
        ],
        clinician_private_note="PRIVATE-MARKER-7f3a never print this",
    )
