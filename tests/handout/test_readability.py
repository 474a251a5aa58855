"""The handout's own English sentences read at US grade 6 or below (Flesch-Kincaid, textstat).

Which labels are measured: every English label that is a sentence, meaning
it ends in ".", "?" or "!" or has four words or more, once its placeholders
are filled with typical values. Short labels ("Your clinician", "Who:")
are not sentences, and no formula can judge two words.
"""

from __future__ import annotations

import string

import pytest

from sharedvisit.handout.labels import CATALOGUES
from sharedvisit.readability import GRADE_GOAL, MIN_WORDS, reading_grade

SAMPLE_VALUES = {
    "date": "Tuesday, November 24, 2026",
    "clinician": "Dr. Chen",
    "patient": "Maria Lopez",
    "page": "2",
    "pages": "5",
    "chance": "40",
    "out_of": "100",
    "rest": "60",
    "people": "40 out of 100 people",
    "outcome": "knee pain better",
    "words": "I take one pill each morning",
    "phone": "555-0142",
}


def is_sentence(text: str) -> bool:
    return text.rstrip('”»"').endswith((".", "?", "!")) or len(text.split()) >= 4


def english_sentences() -> list[tuple[str, str]]:
    found = []
    for key, template in CATALOGUES["en"].items():
        names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
        text = template.format_map({name: SAMPLE_VALUES[name] for name in names})
        if is_sentence(text):
            found.append((key, text))
    return found


def test_the_rule_measures_most_of_the_handout() -> None:
    assert len(english_sentences()) >= 40


@pytest.mark.parametrize(("key", "text"), english_sentences(), ids=lambda v: str(v)[:40])
def test_every_fixed_english_sentence_reads_at_grade_six_or_below(key: str, text: str) -> None:
    grade = reading_grade(text, "en")
    if grade is None:  # fewer than MIN_WORDS words: trivially plain, but say so
        assert len(text.split()) < MIN_WORDS, key
        return
    assert grade <= GRADE_GOAL, f"{key}: grade {grade}: {text}"
