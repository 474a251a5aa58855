"""What the handout says about a decision, tested without drawing a PDF."""

from __future__ import annotations

from pathlib import Path

import pytest

from sharedvisit.handout.content import Section, SectionKind, build_handout
from sharedvisit.handout.description import Choice, Number
from sharedvisit.visit import Concern, Person, Uncertainty, Visit
from sharedvisit.visitfile import load_visit

from .visits import make_decision, make_visit

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "blood-thinner.json"


def decision_sections(visit: Visit) -> list[Section]:
    return [s for s in build_handout(visit).sections if s.kind is SectionKind.DECISION]


def choice_of(**changes: object) -> Choice:
    sections = decision_sections(make_visit(decisions=[make_decision(**changes)]))
    assert len(sections) == 1
    assert sections[0].choice is not None
    return sections[0].choice


def numbers(choice: Choice, label: str) -> list[list[Number]]:
    row = next(r for r in choice.rows if r.label == label)
    assert row.is_outcome
    return [list(cell.numbers) for cell in row.cells]


def one_outcome(chance: int, out_of: int, certainty: str | None = None) -> list[dict]:
    outcome: dict[str, object] = {"label": "a rash", "chance": chance, "out_of": out_of}
    if certainty:
        outcome["certainty"] = certainty
    return [
        {"name": "Cream", "outcomes": [outcome]},
        {"name": "Wait and see"},
    ]


def test_a_decision_sits_after_what_we_dont_know_and_before_next_time() -> None:
    visit = load_visit(EXAMPLE)
    assert [s.heading for s in build_handout(visit).sections] == [
        "Your next steps",
        "What we talked about",
        "What worries us",
        "What we don't know yet",
        "Should you take a blood thinner to lower your chance of a stroke?",
        "What we will talk about next time",
        "Questions I still have",
    ]


def test_each_decision_is_a_section_in_the_visits_order() -> None:
    first = make_decision(question="First question?")
    second = make_decision(question="Second question?")
    visit = make_visit(
        decisions=[first, second],
        concerns=[Concern(text="Falls", raised_by=Person.PATIENT)],
        uncertainties=[Uncertainty(text="Cause", raised_by=Person.CLINICIAN)],
    )
    assert [s.heading for s in build_handout(visit).sections] == [
        "What worries us",
        "What we don't know yet",
        "First question?",
        "Second question?",
        "Questions I still have",
    ]


def test_no_decisions_no_decision_section(example_visit: Visit) -> None:
    assert example_visit.decisions == []
    assert decision_sections(example_visit) == []


def test_options_are_the_columns_and_rows_follow_the_grid() -> None:
    choice = choice_of()
    assert choice.options == ("Physiotherapy", "Wait and see")
    assert [row.label for row in choice.rows] == [
        "What it involves",
        "Good things",
        "Bad things",
        "Knee pain better after 3 months",
        "A fall in the next year",
    ]
    good = choice.rows[1]
    assert good.cells[0].bullets == ("You stay active.", "No pills.")
    assert good.cells[1].text == "None listed."  # never a blank that looks forgotten
    assert choice.rows[0].cells[1].text == "Carry on as now, and come back in three months."
    assert all(len(row.cells) == 2 for row in choice.rows)


def test_every_number_has_its_denominator_both_sides_and_certainty() -> None:
    physio, wait = numbers(choice_of(), "Knee pain better after 3 months")
    assert physio[0].sentence == "40 out of 100 people: knee pain better after 3 months."
    assert physio[0].balance == "60 out of 100 people: it does not happen."
    assert physio[0].certainty == "We are not very sure about this number."
    assert wait[0].sentence == "25 out of 100 people: knee pain better after 3 months."
    assert wait[0].certainty == "We are fairly sure about this number."
    assert physio[0].picture is not None and physio[0].picture.filled == 40


def test_a_rare_harm_out_of_a_thousand_is_drawn_on_the_thousand_grid() -> None:
    physio, wait = numbers(choice_of(), "A fall in the next year")
    assert physio[0].sentence == "3 out of 1,000 people: a fall in the next year."
    assert physio[0].balance == "997 out of 1,000 people: it does not happen."
    assert physio[0].certainty == ""  # no certainty given: nothing said
    assert physio[0].picture is not None
    assert (physio[0].picture.filled, physio[0].picture.total) == (3, 1000)
    assert wait == []


def test_an_option_without_that_number_says_so() -> None:
    row = next(r for r in choice_of().rows if r.label == "A fall in the next year")
    assert row.cells[1].text == "We have no number for this."


@pytest.mark.parametrize(
    ("chance", "out_of", "sentence"),
    [
        (1, 3, "1 out of 3 people: a rash."),
        (3, 10_000, "3 out of 10,000 people: a rash."),  # never rounded to 0 in 1,000
        (7, 700, "7 out of 700 people: a rash."),
    ],
)
def test_a_chance_with_no_picture_is_said_in_words(chance: int, out_of: int, sentence: str) -> None:
    choice = choice_of(options=one_outcome(chance, out_of), chosen=None, status="undecided")
    [[number], []] = numbers(choice, "A rash")
    assert number.picture is None
    assert number.sentence == sentence
    assert choice.picture_key == ""  # no picture anywhere: no key to the pictures


def test_zero_is_printed_not_dropped() -> None:
    choice = choice_of(options=one_outcome(0, 100), chosen=None, status="undecided")
    [[number], []] = numbers(choice, "A rash")
    assert number.sentence == "0 out of 100 people: a rash."
    assert number.balance == "100 out of 100 people: it does not happen."
    assert number.picture is not None and number.picture.filled == 0


@pytest.mark.parametrize(
    ("certainty", "words"),
    [
        ("high", "We are very sure about this number."),
        ("moderate", "We are fairly sure about this number."),
        ("low", "We are not very sure about this number."),
        ("very_low", "We are very unsure about this number."),
    ],
)
def test_certainty_in_words(certainty: str, words: str) -> None:
    choice = choice_of(options=one_outcome(5, 100, certainty), chosen=None, status="undecided")
    assert numbers(choice, "A rash")[0][0].certainty == words


def test_a_decision_with_no_numbers_has_no_pictures_and_no_number_rows() -> None:
    options = [
        {"name": "Physiotherapy", "benefits": ["Active."]},
        {"name": "Wait and see", "harms": ["Slower."]},
    ]
    choice = choice_of(options=options)
    assert choice.picture_key == ""
    assert [row.label for row in choice.rows] == ["Good things", "Bad things"]
    assert not any(row.is_outcome for row in choice.rows)


def test_what_matters_strongest_first_with_dots_and_words() -> None:
    matters = choice_of().matters
    assert [(m.text, m.dots, m.words) for m in matters] == [
        ("Keep walking my dog", "●●●●●", "Matters very much"),
        ("Go back to dancing", "●●●●●", "Matters very much"),  # ties keep their order
        ("Sleep through the night", "●●●●○", "Matters a lot"),
        ("Not taking more pills", "●●○○○", "Matters a little"),
        ("Cost", "○○○○○", "Does not matter"),
    ]


def facts_of(choice: Choice) -> dict[str, str]:
    return {fact.label: fact.text for fact in choice.facts}


def test_leaning_says_which_way_what_next_and_by_when() -> None:
    choice = choice_of()
    assert choice.where_heading == "Where we are now"
    assert choice.where == "We have not decided yet. We are leaning one way."
    assert facts_of(choice) == {
        "We lean towards:": "Physiotherapy",
        "How you want to decide:": "You want us to choose together.",
        "What happens next:": "Take time to think it over. Then we will talk again.",
        "Decide by:": "Tuesday, December 15, 2026",
    }
    assert choice.reasons == ()  # reasons come with a choice made


def test_decided_says_what_who_and_why_it_fits() -> None:
    choice = choice_of(status="decided", decided_by="patient", decide_by=None)
    assert choice.where == "We made a choice."
    assert facts_of(choice) == {
        "What we chose:": "Physiotherapy",
        "Who chose:": "You",
        "How you want to decide:": "You want us to choose together.",
    }
    assert choice.reasons_label == "Why it fits what matters to you:"
    # The top-rated: "matters a lot" or more, at most three, strongest first.
    assert choice.reasons == (
        "Keep walking my dog",
        "Go back to dancing",
        "Sleep through the night",
    )


def test_decided_with_only_low_ratings_names_the_highest() -> None:
    matters = [{"text": "Cost", "importance": 2}, {"text": "Time", "importance": 3}]
    choice = choice_of(status="decided", what_matters=matters)
    assert choice.reasons == ("Time",)
    unrated = choice_of(status="decided", what_matters=[{"text": "Cost", "importance": 0}])
    assert unrated.reasons == ()


@pytest.mark.parametrize(
    ("status", "where", "next_step"),
    [
        (
            "undecided",
            "We have not decided yet.",
            "Take time to think it over. Then we will talk again.",
        ),
        ("deferred", "We will decide this later.", "We will talk about it again."),
    ],
)
def test_not_decided_says_what_happens_next(status: str, where: str, next_step: str) -> None:
    choice = choice_of(status=status, chosen=None)
    assert choice.where == where
    assert facts_of(choice)["What happens next:"] == next_step
    assert facts_of(choice)["Decide by:"] == "Tuesday, December 15, 2026"
    assert "We lean towards:" not in facts_of(choice)


def test_leaning_without_a_named_option_reads_as_not_decided() -> None:
    assert choice_of(chosen=None).where == "We have not decided yet."


@pytest.mark.parametrize(
    ("role", "words"),
    [
        ("patient_decides", "You want to make the choice yourself."),
        ("shared", "You want us to choose together."),
        ("clinician_decides", "You want Dr. Ana Chen to choose."),
    ],
)
def test_who_decides_in_words(role: str, words: str) -> None:
    decision = make_decision(preferred_role=role)
    visit = make_visit(clinician="Dr. Ana Chen", decisions=[decision])
    choice = decision_sections(visit)[0].choice
    assert choice is not None
    assert facts_of(choice)["How you want to decide:"] == words


def test_unnamed_clinician_decides() -> None:
    choice = choice_of(preferred_role="clinician_decides")
    assert facts_of(choice)["How you want to decide:"] == "You want your clinician to choose."


def test_no_preferred_role_no_line() -> None:
    assert "How you want to decide:" not in facts_of(choice_of(preferred_role=None))


YES = {"sure_of_myself": True, "understand_information": True}
ALL_YES = YES | {"risk_benefit_ratio": True, "encouragement": True}


@pytest.mark.parametrize(
    ("sure", "sure_before", "advice"),
    [
        (ALL_YES | {"encouragement": False}, None, True),
        (ALL_YES, {"sure_of_myself": False}, False),  # the last answers count
        ({"sure_of_myself": False}, ALL_YES, True),
        (YES, None, False),  # unanswered is not a no
        (None, None, False),
    ],
)
def test_advice_only_when_the_last_sure_answers_flag_conflict(
    sure: dict | None, sure_before: dict | None, advice: bool
) -> None:
    choice = choice_of(sure=sure, sure_before=sure_before)
    assert (choice.advice is not None) is advice


def test_advice_words() -> None:
    advice = choice_of(sure={"sure_of_myself": False}).advice
    assert advice is not None
    assert advice.heading == "Not sure yet? That is OK."
    assert advice.tips == (
        "Take more time. It is fine to change your mind.",
        "Ask us for more facts about each choice.",
        "Talk it over with family or friends you trust.",
        "Call us any time you want to talk it over.",
    )
    assert advice.questions_label == "Questions you can ask us:"
    assert len(advice.questions) == 3


def test_the_example_never_carries_the_private_note() -> None:
    visit = load_visit(EXAMPLE)
    text = repr(build_handout(visit))
    for fragment in ("CHA2DS2", "HAS-BLED", "cardiology", "Daughter lives nearby"):
        assert fragment in visit.clinician_private_note
        assert fragment not in text


def test_typed_text_is_kept_as_typed() -> None:
    hostile = "<b>Surgery</b> & {outcome}"
    choice = choice_of(
        question="<i>Which?</i>",
        options=[
            {"name": hostile, "outcomes": [{"label": "{chance} <x>", "chance": 1, "out_of": 10}]},
            {"name": "Wait"},
        ],
        chosen=hostile,
    )
    assert choice.options[0] == hostile
    assert numbers(choice, "{chance} <x>")[0][0].sentence == "1 out of 10 people: {chance} <x>."


def test_dates_follow_the_handout_language() -> None:
    visit = make_visit(language="en-GB", decisions=[make_decision(decide_by="2027-01-01")])
    choice = decision_sections(visit)[0].choice
    assert choice is not None
    assert facts_of(choice)["Decide by:"] == "Friday, 1 January 2027"
