"""The words of one handout: fixed labels, dates, numbers and who-said-what, in one language.

A ``Words`` is made once per handout, so every part of it (the lists, the
decisions) picks the same catalogue and the same date and number style: one
handout is never printed half in one language and half in another.

Never imports Qt or reportlab.
"""

from __future__ import annotations

import datetime as _dt

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import format_decimal

from ..visit import Person, Visit
from .description import Fact
from .labels import DEFAULT_LANGUAGE, catalogue_language, label


class Words:
    """Labels, dates and numbers in one language, chosen once per handout."""

    def __init__(self, visit: Visit, requested: str) -> None:
        self.language = catalogue_language(requested)
        # A regional tag keeps its own date style ("en-GB": 1 December 2026)
        # only when it is a variant of the catalogue's language; otherwise
        # dates follow the labels, so one handout never mixes two languages.
        same = requested.replace("_", "-").split("-")[0] == self.language.split("-")[0]
        self.tag = requested if same else self.language
        self._locale = _locale(self.tag)
        self.clinician = visit.clinician.strip()

    def label(self, key: str, **values: str) -> str:
        return label(key, self.language, **values)

    def date(self, day: _dt.date) -> str:
        """The date with the day of the week, so "Tuesday" is on the paper."""
        return format_date(day, format="full", locale=self._locale)

    def short_date(self, day: _dt.date) -> str:
        return format_date(day, format="long", locale=self._locale)

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


def facts(*pairs: tuple[str, str]) -> tuple[Fact, ...]:
    """Facts whose text is not blank, stripped: a label with nothing after it is noise."""
    return tuple(Fact(name, text.strip()) for name, text in pairs if text.strip())


def _locale(tag: str) -> Locale:
    try:
        return Locale.parse(tag.replace("_", "-"), sep="-")
    except (UnknownLocaleError, ValueError):
        return Locale.parse(DEFAULT_LANGUAGE)
