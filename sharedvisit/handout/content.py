"""What the take-home summary says: a visit turned into a plain description.

``build_handout()`` is a pure function from a ``Visit`` to a ``Handout`` made
of frozen dataclasses: headings, entries, who said what in words, labelled
details, dates written out with the day of the week. It decides wording and
order; it knows nothing of fonts, pages or PDF, so wording is tested without
rendering, and the preview and the printer lay out the same description.

It never reads the clinician's private note: the description is built from a
copy of the visit with the note removed, so nothing downstream can leak it.
It never imports Qt or reportlab.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from enum import StrEnum

from babel import Locale, UnknownLocaleError
from babel.dates import format_date

from ..visit import AgendaItem, AgendaStatus, Person, UncertaintyAbout, Visit
from .labels import DEFAULT_LANGUAGE, catalogue_language, label

WRITE_IN_LINES = 6
"""Blank lines under "Questions I still have": room for a few questions, not a page."""


@dataclass(frozen=True)
class Fact:
    """A labelled piece of text: ``"What we will do:"`` and what we will do."""

    label: str
    text: str


@dataclass(frozen=True)
class Entry:
    """One item of a section, with who raised it in words (``"You said:"``).

    ``author`` is empty where it does not apply (next steps name their owner
    in ``details`` instead).
    """

    text: str
    author: str = ""
    details: tuple[Fact, ...] = ()


class SectionKind(StrEnum):
    """How a section's entries are meant to be used on paper."""

    LIST = "list"  # entries to read
    CHECKLIST = "checklist"  # entries to tick off, each with a box
    WRITE_IN = "write_in"  # no entries: blank lines to write on


@dataclass(frozen=True)
class Section:
    """A headed chunk of the handout. Only ``WRITE_IN`` sections are ever empty."""

    kind: SectionKind
    heading: str
    intro: str = ""
    entries: tuple[Entry, ...] = ()
    blank_lines: int = 0


@dataclass(frozen=True)
class About:
    """The first-page block: the plan and how to reach the clinician."""

    heading: str
    facts: tuple[Fact, ...]


@dataclass(frozen=True)
class Metadata:
    """The PDF's document properties; ``language`` is a BCP 47 tag."""

    title: str
    author: str
    subject: str
    language: str


@dataclass(frozen=True)
class Handout:
    """Everything the take-home summary says, in print order."""

    metadata: Metadata
    heading: str
    header: tuple[Fact, ...]
    about: About | None
    sections: tuple[Section, ...]
    footer: str


def build_handout(visit: Visit, *, language: str | None = None) -> Handout:
    """Describe the handout for ``visit``, in ``language`` (default: the visit's).

    Empty sections and empty facts are left out rather than printed as "none":
    on paper an empty heading reads as something forgotten.
    """
    visit = visit.for_patient()  # the private note must not reach any field below
    words = _Words(visit, language or visit.language)
    return Handout(
        metadata=Metadata(
            title=words.label("doc.title"),
            author=visit.clinician.strip(),
            subject=words.label("doc.subject", date=words.date(visit.date)),
            language=words.tag,
        ),
        heading=words.label("page.heading"),
        header=_facts(
            (words.label("header.patient"), visit.patient),
            (words.label("header.clinician"), visit.clinician),
            (words.label("header.date"), words.date(visit.date)),
            (words.label("header.reason"), visit.reason),
        ),
        about=_about(visit, words),
        sections=tuple(section for section in _sections(visit, words) if section is not None),
        footer=_footer(visit, words),
    )


class _Words:
    """Labels and dates in one language, chosen once per handout."""

    def __init__(self, visit: Visit, requested: str) -> None:
        self.language = catalogue_language(requested)
        # A regional tag keeps its own date style ("en-GB": 1 December 2026)
        # only when it is a variant of the catalogue's language; otherwise
        # dates follow the labels, so one handout never mixes two languages.
        same = requested.replace("_", "-").split("-")[0] == self.language.split("-")[0]
        self.tag = requested if same else self.language
        self._locale = _locale(self.tag)
        self._clinician = visit.clinician.strip()

    def label(self, key: str, **values: str) -> str:
        return label(key, self.language, **values)

    def date(self, day: _dt.date) -> str:
        """The date with the day of the week, so "Tuesday" is on the paper."""
        return format_date(day, format="full", locale=self._locale)

    def short_date(self, day: _dt.date) -> str:
        return format_date(day, format="long", locale=self._locale)

    def said(self, person: Person) -> str:
        if person is Person.CLINICIAN:
            if self._clinician:
                return self.label("said.clinician", clinician=self._clinician)
            return self.label("said.clinician.unnamed")
        return self.label("said.patient" if person is Person.PATIENT else "said.both")

    def owner(self, person: Person) -> str:
        if person is Person.CLINICIAN:
            if self._clinician:
                return self.label("owner.clinician", clinician=self._clinician)
            return self.label("owner.clinician.unnamed")
        return self.label("owner.patient" if person is Person.PATIENT else "owner.both")


def _locale(tag: str) -> Locale:
    try:
        return Locale.parse(tag.replace("_", "-"), sep="-")
    except (UnknownLocaleError, ValueError):
        return Locale.parse(DEFAULT_LANGUAGE)


def _facts(*pairs: tuple[str, str]) -> tuple[Fact, ...]:
    """Facts whose text is not blank, stripped: a label with nothing after it is noise."""
    return tuple(Fact(name, text.strip()) for name, text in pairs if text.strip())


def _about(visit: Visit, words: _Words) -> About | None:
    clinician = visit.clinician.strip()
    reach = (
        words.label("about.contact", clinician=clinician)
        if clinician
        else words.label("about.contact.unnamed")
    )
    facts = _facts(
        (words.label("about.plan"), visit.plan),
        (reach, visit.clinician_contact),
    )
    return About(words.label("about.heading"), facts) if facts else None


def _sections(visit: Visit, words: _Words) -> list[Section | None]:
    # Next steps come first: what to do, with its dates, belongs on page one.
    return [
        _next_steps(visit, words),
        _agenda(visit.agenda, AgendaStatus.DISCUSSED, "discussed", words),
        _concerns(visit, words),
        _unknowns(visit, words),
        _agenda(visit.agenda, AgendaStatus.DEFERRED, "deferred", words),
        _agenda(visit.agenda, AgendaStatus.OPEN, "open", words),
        Section(
            SectionKind.WRITE_IN,
            words.label("questions.heading"),
            words.label("questions.intro"),
            blank_lines=WRITE_IN_LINES,
        ),
    ]


def _section(
    kind: SectionKind, name: str, entries: list[Entry], words: _Words, *, intro: bool = True
) -> Section | None:
    if not entries:
        return None
    return Section(
        kind,
        words.label(f"{name}.heading"),
        words.label(f"{name}.intro") if intro else "",
        tuple(entries),
    )


def _next_steps(visit: Visit, words: _Words) -> Section | None:
    entries = []
    for step in visit.next_steps:
        due = words.label("steps.due", date=words.date(step.due)) if step.due else ""
        entries.append(
            Entry(
                text=step.text.strip(),
                details=_facts(
                    (words.label("steps.who"), words.owner(step.owner)),
                    (words.label("steps.when"), due),
                ),
            )
        )
    return _section(SectionKind.CHECKLIST, "steps", entries, words)


def _agenda(
    items: list[AgendaItem], status: AgendaStatus, name: str, words: _Words
) -> Section | None:
    entries = [
        Entry(
            text=item.text.strip(),
            author=words.said(item.raised_by),
            details=_facts((words.label("agenda.note"), item.note)),
        )
        for item in items
        if item.status is status
    ]
    return _section(
        SectionKind.LIST, name, entries, words, intro=status is not AgendaStatus.DISCUSSED
    )


def _concerns(visit: Visit, words: _Words) -> Section | None:
    entries = [
        Entry(
            text=concern.text.strip(),
            author=words.said(concern.raised_by),
            details=_facts((words.label("concerns.response"), concern.response)),
        )
        for concern in visit.concerns
    ]
    return _section(SectionKind.LIST, "concerns", entries, words)


def _unknowns(visit: Visit, words: _Words) -> Section | None:
    entries = []
    for unknown in visit.uncertainties:
        # "About: other" tells the reader nothing, so OTHER prints no "About" line.
        about = (
            ""
            if unknown.about is UncertaintyAbout.OTHER
            else words.label(f"unknowns.about.{unknown.about.value}")
        )
        entries.append(
            Entry(
                text=unknown.text.strip(),
                author=words.said(unknown.raised_by),
                details=_facts(
                    (words.label("unknowns.about"), about),
                    (words.label("unknowns.plan"), unknown.plan),
                ),
            )
        )
    return _section(SectionKind.LIST, "unknowns", entries, words)


def _footer(visit: Visit, words: _Words) -> str:
    day = words.short_date(visit.date)
    patient = visit.patient.strip()
    return words.label("footer.visit", patient=patient, date=day) if patient else day
