"""Large print and the bilingual handout, read back from the PDF."""

from __future__ import annotations

import pytest
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.units import inch

from sharedvisit.handout import build_handout, render_handout
from sharedvisit.handout.fonts import register_fonts
from sharedvisit.handout.grid import comparison_tables
from sharedvisit.handout.typography import LARGE_PRINT, REGULAR_PRINT, Styles, Typography
from sharedvisit.handout.words import pair
from sharedvisit.visit import Visit

from .pdftools import all_text, body_text, font_sizes, page_texts
from .visits import CLINIC, full_visit, make_decision

# Each section's heading in Spanish, then in English: the pair is printed together.
SECTION_PAIRS = [
    ("Resumen de su consulta", "Your visit summary"),
    ("Sobre esta consulta", "About this visit"),
    ("Cuándo pedir ayuda", "When to get help"),
    ("Sus próximos pasos", "Your next steps"),
    ("De qué hablamos", "What we talked about"),
    ("Lo que nos preocupa", "What worries us"),
    ("Lo que todavía no sabemos", "What we don't know yet"),
    ("Lo que más le importa", "What matters most to you"),
    ("Dónde estamos ahora", "Where we are now"),
    ("Preguntas que todavía tengo", "Questions I still have"),
]


@pytest.mark.parametrize(
    ("fields", "options"),
    [
        ({"large_print": True}, {}),
        ({}, {"large_print": True}),
        ({"large_print": True, "language": "es"}, {"also_language": "en", "clinic": CLINIC}),
    ],
    ids=["from-the-visit", "from-the-keyword", "spanish-bilingual-clinic"],
)
def test_large_print_is_18_pt_and_never_below_16(
    example_visit: Visit, fields: dict[str, object], options: dict[str, object]
) -> None:
    sizes = font_sizes(render_handout(full_visit(example_visit, **fields), **options))
    assert min(sizes) >= 16
    assert sizes.most_common(1)[0][0] == 18
    assert max(sizes) >= 24  # headings larger than the body


def test_regular_print_stays_14_pt(example_visit: Visit) -> None:
    sizes = font_sizes(
        render_handout(full_visit(example_visit, large_print=True), large_print=False)
    )
    assert sizes.most_common(1)[0][0] == 14
    assert min(sizes) >= 12


def test_large_print_comparison_uses_fewer_columns_per_table(example_visit: Visit) -> None:
    """Four options side by side at 18 pt would squeeze words: the grid splits the table."""
    options = [{"name": f"Option {n}", "description": f"Plan number {n}."} for n in range(4)]
    visit = full_visit(example_visit, decisions=[make_decision(options=options, chosen=None)])
    choice = next(s.choice for s in build_handout(visit).sections if s.choice)
    register_fonts()
    width, height = LETTER[0] - 2 * inch, LETTER[1] - 2 * inch

    def columns(typography: Typography) -> list[int]:
        tables = comparison_tables(choice, Styles(typography), width, height)
        return [len(table._cellvalues[0]) for table in tables]

    assert columns(REGULAR_PRINT) == [4]
    assert columns(LARGE_PRINT) == [2, 2]


def test_bilingual_sections_print_both_headings_side_by_side(example_visit: Visit) -> None:
    visit = full_visit(example_visit, language="es", also_language="en")
    text = body_text(render_handout(visit, clinic=CLINIC))
    for spanish, english in SECTION_PAIRS:
        assert f"{spanish} {english}" in text


def test_bilingual_fixed_text_in_both_languages_typed_words_once(example_visit: Visit) -> None:
    visit = full_visit(example_visit, language="es", also_language="en")
    text = body_text(render_handout(visit))
    assert "Marque cada casilla cuando lo haya hecho. Check each box when it is done." in text
    assert "Quién / Who: Usted / You" in text
    assert "Dr. Ana Chen dijo / said:" in text
    assert "En sus palabras / In your words:" in text
    assert "40 de cada 100 personas / out of 100 people: knee pain better after 3 months." in text
    for typed in ["Take a spoon of honey at night", "Short of breath", visit.plan]:
        assert text.count(typed) == 1, typed


def test_second_language_from_the_keyword_and_switched_off(example_visit: Visit) -> None:
    visit = full_visit(example_visit, also_language="es")
    assert build_handout(visit).sections[0].heading_also == "Sus próximos pasos"
    assert build_handout(visit, also_language="").sections[0].heading_also == ""
    other = full_visit(example_visit)
    assert build_handout(other, also_language="es").sections[0].heading_also == "Sus próximos pasos"


@pytest.mark.parametrize("also", ["en", "en-GB", "fr", "zz"])
def test_no_second_language_when_it_is_the_same_or_has_no_words(
    example_visit: Visit, also: str
) -> None:
    """English twice, or English for a reader who asked for French, helps no one."""
    handout = build_handout(full_visit(example_visit, also_language=also))
    assert all(not section.heading_also for section in handout.sections)
    assert handout.heading_also == ""


def test_bilingual_page_numbers_and_dates_in_the_handouts_language(example_visit: Visit) -> None:
    visit = full_visit(example_visit, language="es", also_language="en")
    pages = page_texts(render_handout(visit))
    assert f"Página 1 de {len(pages)}" in pages[0]
    text = " ".join(pages)
    assert "para el martes, 15 de diciembre de 2026 / by Tuesday, December 15, 2026" in text


def test_pairing_rules() -> None:
    assert pair("Quién:", "Who:") == "Quién / Who:"
    assert pair("Usted", "You") == "Usted / You"
    assert pair("Hoy no.", "Not today.") == "Hoy no.\nNot today."
    assert pair("Dr. Chen dijo:", "Dr. Chen said:") == "Dr. Chen dijo / said:"
    assert pair("Dr. Chen", "Dr. Chen") == "Dr. Chen"
    assert pair("Quién:", "") == "Quién:"


def test_large_print_bilingual_renders_every_page_with_a_footer(example_visit: Visit) -> None:
    visit = full_visit(example_visit, language="es", also_language="en", large_print=True)
    pdf = render_handout(visit, clinic=CLINIC)
    pages = page_texts(pdf)
    assert all("555-0142" in page for page in pages)
    assert "Cuándo pedir ayuda When to get help" in all_text(pdf)
