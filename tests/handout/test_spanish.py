"""The handout in Spanish: every fixed word translated, dates in Spanish, every letter printed."""

from __future__ import annotations

import string

import pytest

from sharedvisit.handout import build_handout, render_handout
from sharedvisit.handout.labels import CATALOGUES, label
from sharedvisit.handout.markup import missing_glyphs
from sharedvisit.visit import Visit

from .pdftools import all_text, body_text, page_texts
from .visits import CLINIC, SPANISH_LETTERS, make_decision, safety_visit

ENGLISH, SPANISH = CATALOGUES["en"], CATALOGUES["es"]

# Fixed words of every kind a full handout prints; none may appear on a Spanish one.
ENGLISH_ONLY = [
    "Your visit summary",
    "Your name:",
    "Seen by:",
    "Why you came:",
    "About this visit",
    "The plan:",
    "When to get help",
    "Get help if you notice:",
    "Number to call:",
    "Your next steps",
    "Check each box when it is done.",
    "In your words:",
    "What we talked about",
    "What worries us",
    "What we don't know yet",
    "Here are your choices, side by side.",
    "Good things",
    "out of 100 people",
    "What matters most to you",
    "Where we are now",
    "Not sure yet? That is OK.",
    "Questions I still have",
    "Page 1 of",
    "Tuesday",
    "November",
]
SPANISH_HEADINGS = [
    "Resumen de su consulta",
    "Sobre esta consulta",
    "Cuándo pedir ayuda",
    "Sus próximos pasos",
    "De qué hablamos",
    "Lo que nos preocupa",
    "Lo que todavía no sabemos",
    "Lo que más le importa",
    "Dónde estamos ahora",
    "¿Todavía tiene dudas? Es normal.",
    "Preguntas que todavía tengo",
]


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_key_has_a_spanish_translation() -> None:
    missing = sorted(set(ENGLISH) - set(SPANISH))
    assert not missing, f"no Spanish for: {missing}"
    assert not sorted(set(SPANISH) - set(ENGLISH)), "Spanish keys English does not have"


def test_no_translation_is_left_blank_or_in_english() -> None:
    blank = [key for key, text in SPANISH.items() if not text.strip()]
    assert not blank
    # Labels that are only fields or marks ("{clinician}", "{patient}, {date}") may match.
    same = [
        key
        for key, text in SPANISH.items()
        if text == ENGLISH[key] and any(c.isalpha() for c in text.format_map(_Blank()))
    ]
    assert not same, f"still in English: {same}"


@pytest.mark.parametrize("language", sorted(CATALOGUES))
def test_every_translation_keeps_every_placeholder(language: str) -> None:
    """A dropped {date} would print a sentence without its date; a new one would crash."""
    for key, text in CATALOGUES[language].items():
        assert fields(text) == fields(ENGLISH[key]), (language, key)


def test_spanish_uses_usted_and_never_asks_do_you_understand() -> None:
    everything = " ".join(SPANISH.values()).lower()
    for informal in (" tú ", " tu ", "¿entiendes", "¿entiende", "¿comprende"):
        assert informal not in f" {everything} "


def test_spanish_handout_has_spanish_headings_and_no_english(example_visit: Visit) -> None:
    visit = safety_visit(
        agenda=example_visit.agenda,
        concerns=example_visit.concerns,
        uncertainties=example_visit.uncertainties,
        decisions=[make_decision(sure={"sure_of_myself": False})],
    )
    text = all_text(render_handout(visit, language="es", clinic=CLINIC))
    for heading in SPANISH_HEADINGS:
        assert heading in text
    for english in ENGLISH_ONLY:
        assert english not in text


def test_dates_are_written_in_spanish() -> None:
    visit = safety_visit(language="es")
    pdf = render_handout(visit)
    text = all_text(pdf)
    assert "martes, 24 de noviembre de 2026" in text
    assert "Cuándo: para el martes, 15 de diciembre de 2026" in text
    assert "24 de noviembre de 2026" in page_texts(pdf)[-1]  # the footer
    assert build_handout(visit).metadata.language == "es"


def test_numbers_and_chances_in_spanish() -> None:
    visit = safety_visit(language="es", decisions=[make_decision()])
    text = body_text(render_handout(visit))
    assert "40 de cada 100 personas: knee pain better after 3 months." in text
    assert "60 de cada 100 personas: no les pasa." in text
    assert "No estamos muy seguros de este número." in text


def test_language_option_overrides_the_visit() -> None:
    english_visit = safety_visit()
    assert "Sus próximos pasos" in all_text(render_handout(english_visit, language="es"))
    spanish_visit = safety_visit(language="es-MX")
    assert "Your next steps" in all_text(render_handout(spanish_visit, language="en"))
    assert "Sus próximos pasos" in all_text(render_handout(spanish_visit))


def test_spanish_letters_print_as_themselves() -> None:
    assert missing_glyphs(SPANISH_LETTERS) == ()
    visit = safety_visit(language="es", reason=f"Letras: {SPANISH_LETTERS}")
    assert f"Letras: {SPANISH_LETTERS}" in body_text(render_handout(visit))
    # The fixed words' own accents and marks, with nothing typed that has them.
    plain = safety_visit(language="es", decisions=[make_decision(sure={"sure_of_myself": False})])
    fixed = body_text(render_handout(plain))
    for char in "áéíóú¿":
        assert char in fixed


def test_page_x_of_y_in_spanish() -> None:
    pages = page_texts(render_handout(safety_visit(language="es")))
    for number, text in enumerate(pages, start=1):
        assert f"Página {number} de {len(pages)}" in text
    assert label("footer.page", "es", page="2", pages="3") == "Página 2 de 3"


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""
