"""What the handout says, tested without drawing a PDF."""

from __future__ import annotations

import dataclasses
import datetime as _dt

import msgspec.structs
import pytest

from sharedvisit.handout.content import Entry, Handout, Section, SectionKind, build_handout
from sharedvisit.visit import (
    AgendaItem,
    AgendaStatus,
    Concern,
    NextStep,
    Person,
    Uncertainty,
    UncertaintyAbout,
    Visit,
    to_data,
)

from .visits import make_visit

PRIVATE_FRAGMENTS = ("rheumatology", "effusion", "TKR", "Consider")


def headings(handout: Handout) -> list[str]:
    return [section.heading for section in handout.sections]


def section(handout: Handout, heading: str) -> Section:
    found = [s for s in handout.sections if s.heading == heading]
    assert found, f"no section {heading!r} in {headings(handout)}"
    return found[0]


def details(entry: Entry) -> dict[str, str]:
    return {fact.label: fact.text for fact in entry.details}


def test_example_has_every_section_in_reading_order(example_visit: Visit) -> None:
    assert headings(build_handout(example_visit)) == [
        "Your next steps",
        "What we talked about",
        "What worries us",
        "What we don't know yet",
        "What we will talk about next time",
        "Questions I still have",
    ]  # no open agenda item in the example, so no "Still on our list"


def test_empty_visit_has_only_the_questions_section() -> None:
    handout = build_handout(make_visit())
    assert [s.kind for s in handout.sections] == [SectionKind.WRITE_IN]
    assert handout.sections[0].heading == "Questions I still have"
    assert handout.sections[0].blank_lines > 0
    assert handout.about is None


def test_one_list_gives_one_section_plus_questions() -> None:
    visit = make_visit(concerns=[Concern(text="Falls", raised_by=Person.PATIENT)])
    assert headings(build_handout(visit)) == ["What worries us", "Questions I still have"]


def test_no_section_but_questions_is_ever_empty(example_visit: Visit) -> None:
    for sec in build_handout(example_visit).sections:
        assert sec.entries or sec.kind is SectionKind.WRITE_IN


def test_questions_section_is_always_last(example_visit: Visit) -> None:
    assert build_handout(example_visit).sections[-1].kind is SectionKind.WRITE_IN


@pytest.mark.parametrize(
    ("status", "heading"),
    [
        (AgendaStatus.DISCUSSED, "What we talked about"),
        (AgendaStatus.DEFERRED, "What we will talk about next time"),
        (AgendaStatus.OPEN, "Still on our list"),
    ],
)
def test_agenda_status_decides_the_section(status: AgendaStatus, heading: str) -> None:
    item = AgendaItem(text="Sleep", raised_by=Person.PATIENT, status=status)
    handout = build_handout(make_visit(agenda=[item]))
    assert headings(handout) == [heading, "Questions I still have"]
    assert handout.sections[0].entries[0].text == "Sleep"


def test_example_places_deferred_and_discussed_items(example_visit: Visit) -> None:
    handout = build_handout(example_visit)
    talked = [e.text for e in section(handout, "What we talked about").entries]
    later = [e.text for e in section(handout, "What we will talk about next time").entries]
    assert talked == [
        "Pain in my right knee when I walk the dog",
        "Is it safe to keep taking ibuprofen every day?",
        "Your blood pressure reading today",
    ]
    assert later == ["Trouble sleeping", "Flu vaccine"]


def test_discussed_item_carries_what_was_said(example_visit: Visit) -> None:
    entry = section(build_handout(example_visit), "What we talked about").entries[0]
    assert details(entry) == {
        "What we said:": "Worse on stairs and after sitting a long time. No swelling or locking."
    }


def test_authors_are_said_in_words(example_visit: Visit) -> None:
    handout = build_handout(example_visit)
    worries = section(handout, "What worries us").entries
    assert [e.author for e in worries] == ["You said:", "Dr. Ana Chen said:", "We both said:"]
    assert worries[1].text == "I worry that taking ibuprofen every day could strain your kidneys."


def test_unnamed_clinician_is_your_clinician() -> None:
    visit = make_visit(
        concerns=[Concern(text="Your blood pressure", raised_by=Person.CLINICIAN)],
        next_steps=[NextStep(text="Refer", owner=Person.CLINICIAN)],
        clinician_contact="555-0100",
    )
    handout = build_handout(visit)
    assert section(handout, "What worries us").entries[0].author == "Your clinician said:"
    assert details(section(handout, "Your next steps").entries[0])["Who:"] == "Your clinician"
    assert handout.about is not None
    assert [f.label for f in handout.about.facts] == ["How to reach your clinician:"]


def test_next_steps_name_owner_and_due_day_in_words(example_visit: Visit) -> None:
    steps = section(build_handout(example_visit), "Your next steps")
    assert steps.kind is SectionKind.CHECKLIST
    assert [details(e) for e in steps.entries] == [
        {"Who:": "You", "When:": "by Friday, November 27, 2026"},
        {"Who:": "You", "When:": "by Tuesday, December 1, 2026"},
        {"Who:": "Dr. Ana Chen", "When:": "by Wednesday, November 25, 2026"},
        {"Who:": "Both of us", "When:": "by Friday, January 8, 2027"},
    ]


def test_next_step_without_due_date_has_no_when() -> None:
    visit = make_visit(next_steps=[NextStep(text="Rest", owner=Person.BOTH)])
    entry = section(build_handout(visit), "Your next steps").entries[0]
    assert details(entry) == {"Who:": "Both of us"}


def test_uncertainty_says_what_it_is_about_and_the_plan(example_visit: Visit) -> None:
    entries = section(build_handout(example_visit), "What we don't know yet").entries
    assert details(entries[0]) == {
        "About:": "what is causing it",
        "What we'll do about it:": "If the exercises have not helped in six weeks, "
        "we will order an MRI scan.",
    }
    assert details(entries[1])["About:"] == "how things will go"


@pytest.mark.parametrize(
    ("about", "words"),
    [
        (UncertaintyAbout.DIAGNOSIS, "what is causing it"),
        (UncertaintyAbout.OUTCOME, "how things will go"),
        (UncertaintyAbout.TREATMENT, "which care will work best"),
        (UncertaintyAbout.EVIDENCE, "what the research shows"),
        (UncertaintyAbout.OTHER, None),
    ],
)
def test_every_kind_of_uncertainty_in_plain_words(about: UncertaintyAbout, words: str) -> None:
    unknown = Uncertainty(text="Not sure", raised_by=Person.CLINICIAN, about=about)
    entry = section(build_handout(make_visit(uncertainties=[unknown])), "What we don't know yet")
    assert details(entry.entries[0]).get("About:") == words


def test_header_has_patient_clinician_date_in_words_and_reason(example_visit: Visit) -> None:
    header = {f.label: f.text for f in build_handout(example_visit).header}
    assert header == {
        "Your name:": "Maria Lopez",
        "Seen by:": "Dr. Ana Chen",
        "Date:": "Tuesday, November 24, 2026",
        "Why you came:": "Knee pain for three months",
    }


def test_about_block_has_plan_and_how_to_reach_the_clinician(example_visit: Visit) -> None:
    about = build_handout(example_visit).about
    assert about is not None
    assert about.heading == "About this visit"
    assert [(f.label, f.text) for f in about.facts] == [
        ("The plan:", example_visit.plan),
        ("How to reach Dr. Ana Chen:", example_visit.clinician_contact),
    ]


def test_empty_plan_is_left_out(example_visit: Visit) -> None:
    visit = msgspec.structs.replace(example_visit, plan="   ")
    about = build_handout(visit).about
    assert about is not None
    assert [f.label for f in about.facts] == ["How to reach Dr. Ana Chen:"]


def test_blank_note_and_response_are_left_out() -> None:
    visit = make_visit(
        agenda=[
            AgendaItem(
                text="Pain", raised_by=Person.PATIENT, status=AgendaStatus.DISCUSSED, note=" "
            )
        ],
        concerns=[Concern(text="Cost", raised_by=Person.BOTH, response="\n")],
    )
    for sec in build_handout(visit).sections:
        for entry in sec.entries:
            assert entry.details == ()


def test_metadata(example_visit: Visit) -> None:
    meta = build_handout(example_visit).metadata
    assert meta.title == "Visit summary"
    assert meta.author == "Dr. Ana Chen"
    assert meta.language == "en"
    assert "Tuesday, November 24, 2026" in meta.subject


def test_private_note_never_enters_the_description(example_visit: Visit) -> None:
    assert example_visit.clinician_private_note  # the example does carry one
    text = repr(build_handout(example_visit))
    assert example_visit.clinician_private_note not in text
    for fragment in PRIVATE_FRAGMENTS:
        assert fragment not in text


def test_private_note_with_a_marker_is_nowhere(huge_visit: Visit) -> None:
    assert "PRIVATE-MARKER" not in repr(build_handout(huge_visit))


def test_building_does_not_change_the_visit(example_visit: Visit) -> None:
    before = to_data(example_visit)
    build_handout(example_visit)
    assert to_data(example_visit) == before


def test_description_is_frozen(example_visit: Visit) -> None:
    handout = build_handout(example_visit)
    with pytest.raises(dataclasses.FrozenInstanceError):
        handout.heading = "changed"  # type: ignore[misc]


def test_language_without_catalogue_prints_english_throughout(example_visit: Visit) -> None:
    handout = build_handout(example_visit, language="fr")
    # Dates follow the labels: no "mardi" beside "Your next steps".
    assert handout.metadata.language == "en"
    assert {f.label: f.text for f in handout.header}["Date:"] == "Tuesday, November 24, 2026"


def test_regional_english_keeps_its_date_style(example_visit: Visit) -> None:
    handout = build_handout(example_visit, language="en-GB")
    assert handout.metadata.language == "en-GB"
    assert {f.label: f.text for f in handout.header}["Date:"] == "Tuesday, 24 November 2026"


def test_language_defaults_to_the_visits(example_visit: Visit) -> None:
    visit = msgspec.structs.replace(example_visit, language="en-AU")
    assert build_handout(visit).metadata.language == "en-AU"


def test_footer_names_patient_and_date(example_visit: Visit) -> None:
    assert build_handout(example_visit).footer == "Maria Lopez, November 24, 2026"
    assert build_handout(make_visit()).footer == "November 24, 2026"


def test_text_is_kept_as_typed_not_interpreted() -> None:
    hostile = "<b> & </b> {clinician} %s"
    visit = make_visit(patient=hostile, clinician="{patient}", reason=hostile)
    handout = build_handout(visit)
    header = {f.label: f.text for f in handout.header}
    assert header["Your name:"] == hostile
    assert header["Seen by:"] == "{patient}"
    assert handout.footer == f"{hostile}, November 24, 2026"


def test_dates_across_a_year_boundary() -> None:
    step = NextStep(text="Visit", owner=Person.BOTH, due=_dt.date(2027, 1, 1))
    entry = section(build_handout(make_visit(next_steps=[step])), "Your next steps").entries[0]
    assert details(entry)["When:"] == "by Friday, January 1, 2027"
