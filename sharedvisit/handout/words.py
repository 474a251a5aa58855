"""The words of one handout: fixed labels, dates, numbers and who-said-what, in one language.

A ``Words`` is made once per handout, so every part of it (the lists, the
decisions) picks the same catalogue and the same date and number style: one
handout is never printed half in one language and half in another.

A bilingual handout (``Visit.also_language``) has a second ``Words``; then
``label()`` gives each fixed text in both languages, the handout's language
first: a short label as "Quién / Who:", a sentence as two lines. What the
patient and clinician typed is never passed through here, so it is printed
once, as typed. ``heading()`` keeps the two apart, for the layout to set the
second language's heading under the first.

Never imports Qt or reportlab.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import format_decimal

from ..visit import Person, Visit
from .description import Fact
from .labels import DEFAULT_LANGUAGE, catalogue_language, has_catalogue, label

Value = str | Callable[["Words"], str]
"""A value filled into a label: text, or a function giving it in each language (a date)."""

_SENTENCE_ENDS = (".", "?", "!", "”", "»", '"')


class Words:
    """Labels, dates and numbers in one language (and maybe a second), chosen once per handout."""

    def __init__(self, visit: Visit, requested: str, also: str | None = None) -> None:
        self.language = catalogue_language(requested)
        # A regional tag keeps its own date style ("en-GB": 1 December 2026)
        # only when it is a variant of the catalogue's language; otherwise
        # dates follow the labels, so one handout never mixes two languages.
        same = requested.replace("_", "-").split("-")[0] == self.language.split("-")[0]
        self.tag = requested if same else self.language
        self._locale = _locale(self.tag)
        self.clinician = visit.clinician.strip()
        # A second language without words of its own would print English twice
        # or English for a reader who asked for something else: leave it out.
        self.second: Words | None = None
        if also and has_catalogue(also) and catalogue_language(also) != self.language:
            self.second = Words(visit, also)

    def one(self, key: str, **values: Value) -> str:
        """The label in this handout's language only (for text around typed words)."""
        filled = {name: value(self) if callable(value) else value for name, value in values.items()}
        return label(key, self.language, **filled)

    def label(self, key: str, **values: Value) -> str:
        """The label as printed: in both languages on a bilingual handout."""
        first = self.one(key, **values)
        return pair(first, self.second.one(key, **values)) if self.second else first

    def heading(self, key: str, **values: Value) -> tuple[str, str]:
        """A heading and its second-language form ("" on a handout in one language)."""
        return self.one(key, **values), self.second.one(key, **values) if self.second else ""

    def date(self, day: _dt.date) -> str:
        """The date with the day of the week, so "Tuesday" is on the paper."""
        return format_date(day, format="full", locale=self._locale)

    def short_date(self, day: _dt.date) -> str:
        return format_date(day, format="long", locale=self._locale)

    def medium_date(self, day: _dt.date) -> str:
        """ "Nov 24, 2026": for a footer line the long date does not fit."""
        return format_date(day, format="medium", locale=self._locale)

    def number(self, value: int) -> str:
        """A whole number with the locale's grouping: "1,000" reads faster than "1000"."""
        return format_decimal(value, locale=self._locale)

    def said(self, person: Person) -> str:
        if person is Person.CLINICIAN:
            if self.clinician:
                return self.label("said.clinician", clinician=self.clinician)
            return self.label("said.clinician.unnamed")
        return self.label("said.patient" if person is Person.PATIENT else "said.both")

    def owner(self, person: Person) -> str:
        if person is Person.CLINICIAN:
            if self.clinician:
                return self.label("owner.clinician", clinician=self.clinician)
            return self.label("owner.clinician.unnamed")
        return self.label("owner.patient" if person is Person.PATIENT else "owner.both")


def pair(first: str, second: str) -> str:
    """One fixed text in two languages: sentences on two lines, short labels on one.

    "Quién:" and "Who:" make "Quién / Who:" (one colon, before the value);
    "Usted" and "You" make "Usted / You"; two sentences stay whole, one per
    line, so neither reader has to pick words out of the other's sentence.
    """
    if not second or second == first:
        return first
    if first.endswith(_SENTENCE_ENDS) or second.endswith(_SENTENCE_ENDS):
        return f"{first}\n{second}"
    # A name both begin with is said once: "Dr. Chen dijo / said:".
    shared = _shared_start(first, second)
    if shared:
        return f"{shared} {pair(first[len(shared) + 1 :], second[len(shared) + 1 :])}"
    if first.endswith(":") and second.endswith(":"):
        return f"{first[:-1]} / {second}"
    return f"{first} / {second}"


def _shared_start(first: str, second: str) -> str:
    """The whole words both texts begin with, when each has words after them."""
    words = []
    for a, b in zip(first.split(" ")[:-1], second.split(" ")[:-1], strict=False):
        if a != b:
            break
        words.append(a)
    return " ".join(words)


def in_each_language(day: _dt.date) -> Callable[[Words], str]:
    """A date as a label's value, written out in each of the handout's languages."""
    return lambda words: words.date(day)


def facts(*pairs: tuple[str, str]) -> tuple[Fact, ...]:
    """Facts whose text is not blank, stripped: a label with nothing after it is noise."""
    return tuple(Fact(name, text.strip()) for name, text in pairs if text.strip())


def _locale(tag: str) -> Locale:
    try:
        return Locale.parse(tag.replace("_", "-"), sep="-")
    except (UnknownLocaleError, ValueError):
        return Locale.parse(DEFAULT_LANGUAGE)
