"""Decisions in the visit: round trips through the file and the store, and every bad input."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from sharedvisit.errors import VisitFileError
from sharedvisit.store import Store
from sharedvisit.visit import (
    Certainty,
    Decision,
    DecisionStatus,
    Person,
    PreferredRole,
    SureAnswers,
    Visit,
    decision_problems,
    from_data,
)
from sharedvisit.visitfile import dump_visit, load_visit, parse_visit, save_visit

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "blood-thinner.json"

GOOD: dict[str, Any] = {
    "question": "How should we treat your knee pain?",
    "options": [
        {
            "name": "Physiotherapy",
            "description": "Six weeks of exercises.",
            "benefits": ["You stay active."],
            "harms": ["Sore for a day or two."],
            "outcomes": [
                {"label": "knee pain better after 3 months", "chance": 40, "out_of": 100},
                {"label": "a fall in a year", "chance": 2, "out_of": 1000, "certainty": "low"},
            ],
        },
        {"name": "Wait and see", "outcomes": []},
    ],
    "what_matters": [{"text": "Keep walking my dog", "importance": 5}],
    "status": "leaning",
    "chosen": "Physiotherapy",
    "decided_by": "both",
    "decide_by": "2026-12-15",
    "preferred_role": "shared",
    "sure": {"sure_of_myself": True, "understand_information": True},
    "sure_before": {"sure_of_myself": False},
}


@pytest.fixture
def decision_visit() -> Visit:
    return load_visit(EXAMPLE)


def visit_json(*decisions: dict[str, Any]) -> str:
    return json.dumps({"format": "sharedvisit/1", "date": "2026-11-24", "decisions": decisions})


def changed(**fields: Any) -> dict[str, Any]:
    decision = copy.deepcopy(GOOD)
    decision.update(fields)
    return decision


def lenient_decision(data: dict[str, Any]) -> Decision:
    """A decision read as the store reads it: the checks across fields skipped."""
    return from_data(data, Decision)


def problems_of(text: str) -> list[str]:
    with pytest.raises(VisitFileError) as caught:
        parse_visit(text)
    return caught.value.problems


def test_the_issue_example_reads_every_field() -> None:
    decision = parse_visit(visit_json(GOOD)).decisions[0]
    assert decision.options[0].outcomes[0].chance == 40
    assert decision.options[0].outcomes[1].certainty is Certainty.LOW
    assert decision.options[1].benefits == []
    assert decision.what_matters[0].raised_by is Person.PATIENT  # the default
    assert decision.status is DecisionStatus.LEANING
    assert decision.decided_by is Person.BOTH
    assert decision.decide_by == dt.date(2026, 12, 15)
    assert decision.preferred_role is PreferredRole.SHARED
    assert decision.sure == SureAnswers(sure_of_myself=True, understand_information=True)
    assert decision.sure_before is not None and decision.sure_before.sure_of_myself is False


def test_decisions_are_optional() -> None:
    visit = parse_visit('{"format": "sharedvisit/1", "date": "2026-11-24"}')
    assert visit.decisions == []


def test_file_round_trip_keeps_decisions(decision_visit: Visit, tmp_path: Path) -> None:
    assert decision_visit.decisions  # the example does carry one
    path = tmp_path / "visit.json"
    save_visit(decision_visit, path)
    assert load_visit(path) == decision_visit
    assert parse_visit(dump_visit(decision_visit)) == decision_visit


def test_for_patient_export_keeps_decisions_and_drops_the_note(decision_visit: Visit) -> None:
    text = dump_visit(decision_visit, for_patient=True)
    assert "CHA2DS2" not in text
    assert parse_visit(text).decisions == decision_visit.decisions


def test_store_round_trip_keeps_decisions(decision_visit: Visit, tmp_path: Path) -> None:
    with Store(tmp_path / "visits.sqlite3") as store:
        visit_id = store.add(decision_visit)
        assert store.load(visit_id) == decision_visit
        decision_visit.decisions[0].status = DecisionStatus.DECIDED
        decision_visit.decisions[0].decided_by = Person.PATIENT
        store.save(visit_id, decision_visit)
    with Store(tmp_path / "visits.sqlite3") as store:
        again = store.load(visit_id)
    assert again == decision_visit
    assert again.decisions[0].status is DecisionStatus.DECIDED


def test_store_reads_its_own_half_built_decision(tmp_path: Path) -> None:
    """An edit in progress (one option so far, a chosen name mistyped) is never lost."""
    half = lenient_decision(
        {"question": "Which?", "options": [{"name": "Rest"}], "chosen": "Res", "status": "decided"}
    )
    visit = Visit.new(dt.date(2026, 11, 24))
    visit.decisions.append(half)  # as the window edits: in place, checked as hints only
    with Store(tmp_path / "visits.sqlite3") as store:
        visit_id = store.add(visit)
        assert store.load(visit_id) == visit
    # The same visit as a file from another tool is refused, with the reasons.
    assert problems_of(dump_visit(visit)) == [
        "decisions[0].options: a decision needs at least two options (it has 1); "
        "waiting and seeing is an option too"
    ]


def test_decision_problems_lists_every_problem_at_once() -> None:
    """The window shows these as hints; the file reader reports the first."""
    decision = lenient_decision(
        {
            "question": "Which?",
            "options": [
                {"name": "A", "outcomes": [{"label": "x", "chance": 1, "out_of": 100}]},
            ],
            "status": "deferred",
            "chosen": "B",
        }
    )
    assert decision_problems(decision) == [
        (
            "options",
            "a decision needs at least two options (it has 1); waiting and seeing is an option too",
        ),
        ("chosen", "'B' is not one of the options ('A')"),
        ("chosen", "a deferred decision cannot name a chosen option"),
    ]
    assert decision_problems(lenient_decision(GOOD)) == []


def outcome(chance: object, out_of: object) -> dict[str, Any]:
    return changed(
        options=[
            {
                "name": "Physiotherapy",
                "outcomes": [{"label": "better", "chance": chance, "out_of": out_of}],
            },
            {"name": "Wait and see"},
        ]
    )


@pytest.mark.parametrize(
    ("decision", "message"),
    [
        (
            outcome(140, 100),
            "decisions[0].options[0].outcomes[0].chance: 140 is more than out_of (100); "
            "it must be between 0 and 100",
        ),
        (
            outcome(-1, 100),
            "decisions[0].options[0].outcomes[0].chance: -1 is too small; it must be at least 0",
        ),
        (outcome(0, 0), "decisions[0].options[0].outcomes[0].out_of: must be more than 0"),
        (
            outcome(1.5, 100),
            "decisions[0].options[0].outcomes[0].chance: must be a whole number, not a number",
        ),
        (
            outcome("40", 100),
            "decisions[0].options[0].outcomes[0].chance: must be a whole number, not text",
        ),
        (
            changed(chosen="Surgery"),
            "decisions[0].chosen: 'Surgery' is not one of the options "
            "('Physiotherapy', 'Wait and see')",
        ),
        (
            changed(options=[{"name": "Physiotherapy"}], chosen=None),
            "decisions[0].options: a decision needs at least two options (it has 1); "
            "waiting and seeing is an option too",
        ),
        (
            changed(options=[], chosen=None),
            "decisions[0].options: a decision needs at least two options (it has 0); "
            "waiting and seeing is an option too",
        ),
        (
            changed(status="decided", chosen=None),
            "decisions[0].chosen: a decided decision must say which option was chosen",
        ),
        (
            changed(status="undecided"),
            "decisions[0].chosen: an undecided decision cannot name a chosen option",
        ),
        (
            changed(status="deferred"),
            "decisions[0].chosen: a deferred decision cannot name a chosen option",
        ),
        (
            changed(
                options=[
                    {"name": "A", "outcomes": [{"label": "a fall", "chance": 1, "out_of": 100}]},
                    {"name": "B", "outcomes": [{"label": "a fall", "chance": 3, "out_of": 1000}]},
                ],
                chosen=None,
            ),
            "decisions[0].options[1].outcomes[0].out_of: 1000, but 'a fall' is out of 100 "
            "for 'A'; use one denominator for every option",
        ),
        (
            changed(what_matters=[{"text": "Dog", "importance": 6}]),
            "decisions[0].what_matters[0].importance: 6 is too large; it must be at most 5",
        ),
        (
            changed(status="maybe"),
            "decisions[0].status: 'maybe' is not allowed; use one of 'undecided', 'leaning', "
            "'decided' or 'deferred'",
        ),
        (
            changed(preferred_role="me"),
            "decisions[0].preferred_role: 'me' is not allowed; use one of 'patient_decides', "
            "'shared' or 'clinician_decides'",
        ),
        (
            outcome(1, 100) | {"options": [{"name": "A"}, {"name": "B", "harms": [" "]}]},
            "decisions[0].options[1].harms[0]: must not be empty",
        ),
        (
            changed(sure={"sure_of_myself": "yes"}),
            "decisions[0].sure.sure_of_myself: must be true, false or null, not text",
        ),
        (
            changed(sure={"sure": True}),
            "decisions[0].sure.sure: unknown field; allowed here: sure_of_myself, "
            "understand_information, risk_benefit_ratio, encouragement",
        ),
        (changed(question=""), "decisions[0].question: must not be empty"),
    ],
)
def test_bad_decision_names_path_and_problem(decision: dict[str, Any], message: str) -> None:
    assert problems_of(visit_json(decision)) == [message]


def test_certainty_names_the_grade_words() -> None:
    decision = changed(
        options=[
            {
                "name": "A",
                "outcomes": [{"label": "x", "chance": 1, "out_of": 100, "certainty": "medium"}],
            },
            {"name": "B"},
        ],
        chosen=None,
    )
    assert problems_of(visit_json(decision)) == [
        "decisions[0].options[0].outcomes[0].certainty: 'medium' is not allowed; "
        "use one of 'high', 'moderate', 'low' or 'very_low'"
    ]


def test_the_second_decision_is_named_by_its_index() -> None:
    assert problems_of(visit_json(GOOD, changed(chosen="Surgery")))[0].startswith(
        "decisions[1].chosen: 'Surgery' is not one of the options"
    )


def test_same_label_same_denominator_is_fine_and_labels_differ_freely() -> None:
    decision = changed(
        options=[
            {"name": "A", "outcomes": [{"label": "a fall", "chance": 1, "out_of": 1000}]},
            {
                "name": "B",
                "outcomes": [
                    {"label": "a fall", "chance": 3, "out_of": 1000},
                    {"label": "better", "chance": 30, "out_of": 100},
                ],
            },
        ],
        chosen=None,
    )
    assert parse_visit(visit_json(decision)).decisions[0].options[1].outcomes[1].out_of == 100


@pytest.mark.parametrize(
    ("answers", "score", "conflict"),
    [
        (
            {
                item: True
                for item in (
                    "sure_of_myself",
                    "understand_information",
                    "risk_benefit_ratio",
                    "encouragement",
                )
            },
            4,
            False,
        ),
        (
            {
                "sure_of_myself": False,
                "understand_information": True,
                "risk_benefit_ratio": True,
                "encouragement": True,
            },
            3,
            True,
        ),
        ({"sure_of_myself": True}, None, None),  # unanswered is not the same as no
        ({"encouragement": False}, None, True),  # one no is enough to know
        ({}, None, None),
    ],
)
def test_sure_score_and_conflict(
    answers: dict[str, bool], score: int | None, conflict: bool | None
) -> None:
    sure = SureAnswers(**answers)
    assert sure.score() == score
    assert sure.conflict() is conflict
