"""Teach-back on the handout: the patient's own words under each step and decision said back."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from sharedvisit.handout import build_handout, render_handout
from sharedvisit.handout.labels import CATALOGUES
from sharedvisit.visit import NextStep, Person, TeachBack, Visit, to_data
from sharedvisit.visitfile import load_visit, save_visit

from .pdftools import body_text
from .visits import make_decision, safety_visit

SAID_BACK = TeachBack(
    confirmed=True,
    words="Physio first, and we talk again at Christmas.",
    confirmed_by="Dr. Ana Chen",
    confirmed_at=_dt.datetime(2026, 11, 24, 10, 45),
)


def step_details(visit: Visit, language: str | None = None) -> list[dict[str, str]]:
    steps = build_handout(visit, language=language).sections[0]
    return [{fact.label: fact.text for fact in entry.details} for entry in steps.entries]


def test_a_step_said_back_shows_the_patients_words() -> None:
    first, second = step_details(safety_visit())
    assert first["In your words:"] == "“One spoon of honey each night, and lots of water.”"
    assert "In your words:" not in second  # not confirmed: nothing printed


def test_confirmed_without_words_or_words_without_confirming_print_nothing() -> None:
    for check in (TeachBack(confirmed=True), TeachBack(words="I think so"), TeachBack(), None):
        visit = safety_visit(
            next_steps=[NextStep(text="Rest", owner=Person.PATIENT, teach_back=check)]
        )
        assert step_details(visit) == [{"Who:": "You"}]


def test_teach_back_in_the_pdf_in_english_and_spanish() -> None:
    text = body_text(render_handout(safety_visit()))
    assert "In your words: “One spoon of honey each night, and lots of water.”" in text
    assert "Not said back yet" not in text
    spanish = body_text(render_handout(safety_visit(language="es")))
    assert "En sus palabras: “One spoon of honey each night, and lots of water.”" in spanish


def test_a_decision_said_back_closes_where_we_are() -> None:
    visit = safety_visit(decisions=[make_decision(teach_back=to_data(SAID_BACK))])
    choice = build_handout(visit).sections[1].choice
    assert choice is not None and choice.teach_back is not None
    assert choice.teach_back.text == "“Physio first, and we talk again at Christmas.”"
    text = body_text(render_handout(visit))
    where = text.index("Where we are now")
    said = text.index("In your words: “Physio first, and we talk again at Christmas.”")
    assert where < said


def test_words_said_back_keep_their_characters_and_never_run_as_markup() -> None:
    hostile = TeachBack(confirmed=True, words="<b>take 2</b> & {clinician}\n then rest")
    visit = safety_visit(
        next_steps=[NextStep(text="Rest", owner=Person.PATIENT, teach_back=hostile)]
    )
    assert "In your words: “<b>take 2</b> & {clinician} then rest”" in body_text(
        render_handout(visit)
    )


def test_no_fixed_words_ask_do_you_understand() -> None:
    """Teach-back checks the explanation, never the patient (AHRQ)."""
    for catalogue in CATALOGUES.values():
        for text in catalogue.values():
            lowered = text.lower()
            assert "understand" not in lowered
            assert "entiende" not in lowered and "comprende" not in lowered


def test_teach_back_round_trips_through_a_visit_file(tmp_path: Path) -> None:
    visit = safety_visit(decisions=[make_decision(teach_back=to_data(SAID_BACK))])
    save_visit(visit, tmp_path / "visit.json")
    loaded = load_visit(tmp_path / "visit.json")
    assert loaded == visit
    assert loaded.decisions[0].teach_back == SAID_BACK
    assert loaded.next_steps[0].teach_back is not None
    assert loaded.next_steps[0].teach_back.confirmed_at == _dt.datetime(2026, 11, 24, 10, 40)
