"""Visits built for the handout tests: empty, one list at a time, enormous, and safety-netted."""

from __future__ import annotations

import datetime as _dt

from sharedvisit.clinic import Clinic
from sharedvisit.visit import (
    AgendaItem,
    AgendaStatus,
    Concern,
    Decision,
    NextStep,
    Person,
    SafetyNet,
    TeachBack,
    Uncertainty,
    UncertaintyAbout,
    Visit,
    from_data,
)

VISIT_DAY = _dt.date(2026, 11, 24)


def make_visit(**fields: object) -> Visit:
    """A visit on Tuesday 24 November 2026 with just the given fields set."""
    return Visit.new(VISIT_DAY, **fields)


def thousand_item_visit() -> Visit:
    """1,000 entries, 250 in each list, every author, status and kind mixed in."""
    return many_item_visit(1000)


def many_item_visit(items: int) -> Visit:
    """``items`` entries, a quarter in each list; the bench measures the same visits."""
    people = list(Person)
    statuses = list(AgendaStatus)
    kinds = list(UncertaintyAbout)
    n = items // 4
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


KNEE_DECISION: dict[str, object] = {
    "question": "How should we treat your knee pain?",
    "options": [
        {
            "name": "Physiotherapy",
            "description": "Six weeks of exercises with a physiotherapist.",
            "benefits": ["You stay active.", "No pills."],
            "harms": ["Sore for a day or two after."],
            "outcomes": [
                {
                    "label": "knee pain better after 3 months",
                    "chance": 40,
                    "out_of": 100,
                    "certainty": "low",
                },
                {"label": "a fall in the next year", "chance": 3, "out_of": 1000},
            ],
        },
        {
            "name": "Wait and see",
            "description": "Carry on as now, and come back in three months.",
            "outcomes": [
                {
                    "label": "knee pain better after 3 months",
                    "chance": 25,
                    "out_of": 100,
                    "certainty": "moderate",
                }
            ],
        },
    ],
    "what_matters": [
        {"text": "Not taking more pills", "importance": 2},
        {"text": "Keep walking my dog", "importance": 5},
        {"text": "Sleep through the night", "importance": 4, "raised_by": "clinician"},
        {"text": "Go back to dancing", "importance": 5},
        {"text": "Cost", "importance": 0},
    ],
    "status": "leaning",
    "chosen": "Physiotherapy",
    "decide_by": "2026-12-15",
    "preferred_role": "shared",
}


def make_decision(**changes: object) -> Decision:
    """The knee decision above, with ``changes``; validated as a visit file is."""
    data = {**KNEE_DECISION, **changes}
    return from_data(data, Decision)


SPANISH_LETTERS = "á é í ó ú ñ ¿ ¡ ü Á É Í Ó Ú Ñ Ü"
"""Every letter and mark Spanish needs beyond ASCII: all must print as themselves."""

CLINIC = Clinic(
    name="Riverside Clinic",
    phone="555-0142",
    after_hours="555-0199",
    address="120 Riverside Avenue\nSpringfield",
)


def safety_visit(**fields: object) -> Visit:
    """A short visit with safety-netting advice and a next step said back; ``fields`` override."""
    confirmed = TeachBack(
        confirmed=True,
        words="One spoon of honey each night, and lots of water.",
        confirmed_by="Dr. Ana Chen",
        confirmed_at=_dt.datetime(2026, 11, 24, 10, 40),
    )
    values: dict[str, object] = {
        "patient": "Rosa Martínez",
        "clinician": "Dr. Ana Chen",
        "reason": "A cough for two weeks",
        "plan": "Rest, drink water, and take honey for the cough.",
        "clinician_contact": "Call the clinic, Monday to Friday.",
        "next_steps": [
            NextStep(
                text="Take a spoon of honey at night", owner=Person.PATIENT, teach_back=confirmed
            ),
            NextStep(
                text="Come back if the cough is not better",
                owner=Person.BOTH,
                due=_dt.date(2026, 12, 15),
                teach_back=TeachBack(confirmed=False, words="Not said back yet, so not printed"),
            ),
        ],
        "safety_net": SafetyNet(
            warning_signs=["Short of breath", "Chest pain", "A fever of 38.5 °C or more"],
            what_to_do="Call the clinic the same day. If you cannot breathe, call 911.",
            phone="555-0100",
            expected_course="The cough should get better in three weeks.",
        ),
    }
    values.update(fields)
    return make_visit(**values)


def full_visit(example_visit: Visit, **fields: object) -> Visit:
    """Several pages: the example's lists, a decision and a safety net; ``fields`` override."""
    values: dict[str, object] = {
        "agenda": example_visit.agenda,
        "concerns": example_visit.concerns,
        "uncertainties": example_visit.uncertainties,
        "decisions": [make_decision()],
    }
    return safety_visit(**{**values, **fields})
