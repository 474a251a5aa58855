"""The reading grade of a text: English and Spanish, offline, never for text too short to judge."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

from sharedvisit.readability import GRADE_GOAL, hint, reading_grade

PLAIN_EN = "Take one pill each morning. Drink a glass of water with it."
HARD_EN = (
    "The patient presents with symptomatology compatible with decompensated congestive "
    "cardiac insufficiency, necessitating pharmacological titration of diuretic therapy."
)
PLAIN_ES = "Tome una pastilla cada mañana. Beba un vaso de agua con ella."
HARD_ES = (
    "El paciente presenta una sintomatología compatible con insuficiencia cardíaca "
    "congestiva descompensada, por lo que se recomienda ajustar el tratamiento diurético."
)


@pytest.mark.parametrize(
    ("text", "language"),
    [(PLAIN_EN, "en"), (PLAIN_EN, "en-GB"), (PLAIN_ES, "es"), (PLAIN_ES, "es-MX")],
)
def test_plain_words_read_at_grade_six_or_below(text: str, language: str) -> None:
    grade = reading_grade(text, language)
    assert grade is not None and 0 <= grade <= GRADE_GOAL


@pytest.mark.parametrize(("text", "language"), [(HARD_EN, "en"), (HARD_ES, "es")])
def test_clinical_jargon_reads_far_above(text: str, language: str) -> None:
    grade = reading_grade(text, language)
    assert grade is not None and grade > 12


@pytest.mark.parametrize("text", ["", "Knee pain.", "   ", "Pain", "¿Y ahora?"])
def test_text_too_short_is_not_judged(text: str) -> None:
    assert reading_grade(text, "en") is None
    assert reading_grade(text, "es") is None
    assert hint(text, "en") is None


@pytest.mark.parametrize("language", ["fr", "pt-BR", "zz", "de"])
def test_a_language_without_a_formula_is_not_judged(language: str) -> None:
    assert reading_grade(PLAIN_EN, language) is None
    assert hint(HARD_EN, language) is None


def test_the_hint_is_gentle_and_only_above_grade_six() -> None:
    assert hint(PLAIN_EN, "en") is None
    words = hint("Diuretic titration necessitates electrolyte monitoring.", "en")
    assert words is not None and words.startswith("Reads at grade ")
    assert words.endswith(": shorter, everyday words help.")
    long_sentences = " ".join(["We will look at how the pain in your knee changes over time"] * 3)
    said = hint(long_sentences.replace(" We", " and we"), "en")
    assert said is not None and said.endswith(": shorter sentences help.")
    assert hint(HARD_ES, "es") is not None


def test_grades_never_go_below_zero() -> None:
    assert reading_grade("I am. We go. It is. So be it.", "en") == 0.0


def test_threads_get_the_same_answers() -> None:
    texts = [(PLAIN_EN, "en"), (HARD_ES, "es"), (HARD_EN, "en"), (PLAIN_ES, "es")] * 20
    expected = [reading_grade(t, lang) for t, lang in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        assert list(pool.map(lambda tl: reading_grade(*tl), texts)) == expected


def test_works_offline_without_warnings() -> None:
    """textstat 0.7.4 needs no download (0.7.10+ fetch NLTK data) and its warning is hushed."""
    code = (
        "import warnings; warnings.simplefilter('error');"
        "from sharedvisit.readability import reading_grade;"
        "print(reading_grade('Take one pill each morning with water.', 'en'))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert float(done.stdout) <= GRADE_GOAL
