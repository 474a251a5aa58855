"""How hard a text is to read, as a rough US school grade: for the handout and the window's hint.

Health bodies ask that patient materials read at grade 6 to 8, some say 5 to
6 (docs/handout.md). The handout's own fixed English sentences are held at
grade 6 or below by a test; the window shows the clinician a gentle hint
when what they typed for the handout reads higher. It is a hint, never a
blocker: a formula counts syllables and sentence length, it cannot tell
whether "ibuprofen" is the right word.

The formulas, from textstat (pinned at 0.7.4, which works offline; see
pyproject.toml):

- English: Flesch-Kincaid grade level, a US school grade directly.
- Spanish: Fernández Huerta's reading ease (Flesch's formula refitted for
  Spanish), turned into a rough grade through the school-grade table
  published with it (70 to 80, "bastante fácil", is grade 6; 60 to 70 is
  grades 7 to 8). We picked it over Szigriszt-Pazos (INFLESZ) because its
  table is stated in school grades, so the hint says the same kind of
  number in both languages. Rough: read "grade 6" as "about grade 6".
- Any other language: None (no formula we trust), and no hint.

Text shorter than ``MIN_WORDS`` words is not judged (None): a formula over
"Knee pain." says nothing. textstat keeps global state (its language and
caches), so every call here takes one lock; the window may ask from any
thread. Never imports Qt.
"""

from __future__ import annotations

import itertools
import re
import threading
import warnings
from functools import cache
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from textstat.textstat import textstatistics

__all__ = ["GRADE_GOAL", "MIN_WORDS", "hint", "reading_grade"]

GRADE_GOAL: Final = 6
"""The grade the handout aims at; the hint appears above it."""

MIN_WORDS: Final = 3
"""Fewer words than this are not judged: too short for a formula to mean anything."""

LONG_SENTENCE_WORDS: Final = 15
"""Sentences longer than this on average: the hint suggests shorter sentences first."""

_TEXTSTAT_LANGUAGE: Final = {"en": "en_US", "es": "es"}

# Fernández Huerta's table: a reading ease at the hard end of each band, and the
# school grade that band is written for (100 and 0 close the scale).
_HUERTA_GRADES: Final = (
    (100.0, 3.0),
    (90, 4),
    (80, 5),
    (70, 6),
    (60, 8),
    (50, 12),
    (30, 16),
    (0, 18),
)

_WORD = re.compile(r"\w+")
_LOCK = threading.Lock()


def reading_grade(text: str, language: str) -> float | None:
    """The US school grade ``text`` reads at, to one decimal, 0 or more; None when not judged.

    None for text of fewer than ``MIN_WORDS`` words and for a language with
    no formula here (only English and Spanish have one). ``language`` is a
    BCP 47 tag; its region is ignored (``es-MX`` is Spanish).
    """
    primary = language.replace("_", "-").split("-")[0].lower()
    if primary not in _TEXTSTAT_LANGUAGE or len(_WORD.findall(text)) < MIN_WORDS:
        return None
    with _LOCK:
        stats = _statistics(primary)
        if primary == "es":
            grade = _huerta_grade(stats.fernandez_huerta(text))
        else:
            grade = float(stats.flesch_kincaid_grade(text))
    # Flesch-Kincaid goes below zero for very short words; "grade -1" means nothing to anyone.
    return max(0.0, round(grade, 1))


def hint(text: str, language: str) -> str | None:
    """A gentle sentence for the clinician when ``text`` reads above grade 6, else None.

    English, for callers without their own wording; the window may instead
    show ``reading_grade()`` in its own translated words.
    """
    grade = reading_grade(text, language)
    if grade is None or grade <= GRADE_GOAL:
        return None
    sentences = [s for s in re.split(r"[.!?¿¡;:\n]+", text) if _WORD.search(s)]
    words = len(_WORD.findall(text))
    advice = (
        "shorter sentences help"
        if words / max(1, len(sentences)) > LONG_SENTENCE_WORDS
        else "shorter, everyday words help"
    )
    return f"Reads at grade {round(grade)}: {advice}."


def _huerta_grade(ease: float) -> float:
    """A Fernández Huerta reading ease as a rough grade, along the published table."""
    table = _HUERTA_GRADES
    if ease >= table[0][0]:
        return table[0][1]
    for (high, easier), (low, harder) in itertools.pairwise(table):
        if ease >= low:
            return harder + (easier - harder) * (ease - low) / (high - low)
    return table[-1][1]


@cache
def _statistics(language: str) -> textstatistics:
    """One textstat instance per language, made once: switching language clears its caches."""
    with warnings.catch_warnings():
        # textstat 0.7.4 imports pkg_resources, which warns that it is deprecated.
        warnings.simplefilter("ignore")
        from textstat.textstat import textstatistics

    stats = textstatistics()
    stats.set_lang(_TEXTSTAT_LANGUAGE[language])
    return stats
