"""What the take-home summary says: a visit turned into a plain description.

``build_handout()`` is a pure function from a ``Visit`` to a ``Handout`` made
of frozen dataclasses: headings, entries, who said what in words, labelled
details, dates written out with the day of the week. It decides wording and
order; it knows nothing of fonts, pages or PDF, so wording is tested without
rendering, and the preview and the printer lay out the same description.

Each decision becomes one section, described by ``decision``; the first
page's contact blocks and the safety net come from ``contact``; the shapes
all of this is made of live in ``description``, the words in ``words``.

It never reads the clinician's private note: the description is built from a
copy of the visit with the note removed, so nothing downstream can leak it.
It never imports Qt or reportlab.
"""

from __future__ import annotations

from ..clinic import Clinic
from ..visit import AgendaItem, AgendaStatus, UncertaintyAbout, Visit
from . import contact
from .decision import decision_section
from .description import About, Entry, Fact, Handout, Metadata, Section, SectionKind
from .words import Words, facts, in_each_language

__all__ = [
    "About",
    "Entry",
    "Fact",
    "Handout",
    "Metadata",
    "Section",
    "SectionKind",
    "build_handout",
]

WRITE_IN_LINES = 6
"""Blank lines under "Questions I still have": room for a few questions, not a page."""


def build_handout(
    visit: Visit,
    *,
    language: str | None = None,
    also_language: str | None = None,
    clinic: Clinic | None = None,
) -> Handout:
    """Describe the handout for ``visit``, in ``language`` (default: the visit's).

    ``also_language`` (default: the visit's ``also_language``; ``""`` for
    none) adds a second language, section by section; it is left out when
    it has no catalogue of its own or is the handout's language. ``clinic``
    puts the clinic's name atop page one and its numbers in every footer.

    Empty sections and empty facts are left out rather than printed as "none":
    on paper an empty heading reads as something forgotten.
    """
    visit = visit.for_patient()  # the private note must not reach any field below
    also = visit.also_language if also_language is None else also_language
    words = Words(visit, language or visit.language, also or None)
    heading, heading_also = words.heading("page.heading")
    return Handout(
        metadata=Metadata(
            title=words.label("doc.title"),
            author=visit.clinician.strip(),
            subject=words.one("doc.subject", date=words.date(visit.date)),
            language=words.tag,
        ),
        heading=heading,
        heading_also=heading_also,
        header=facts(
            (words.label("header.patient"), visit.patient),
            (words.label("header.clinician"), visit.clinician),
            (words.label("header.date"), words.date(visit.date)),
            (words.label("header.reason"), visit.reason),
        ),
        about=contact.about(visit, words, clinic),
        sections=tuple(section for section in _sections(visit, words) if section is not None),
        footer=_footer(visit, words, words.short_date(visit.date)),
        footer_short=_footer(visit, words, words.medium_date(visit.date)),
        letterhead=contact.letterhead(clinic),
        safety_net=contact.safety_net(visit, words, clinic),
        page_label=words.one("footer.page", page="{page}", pages="{pages}"),
        footer_contact=contact.footer_contact(words, clinic),
        footer_clinic=contact.footer_clinic(clinic),
    )


def _sections(visit: Visit, words: Words) -> list[Section | None]:
    # Next steps come first: what to do, with its dates, belongs on page one.
    # Decisions follow what we don't know yet: the options' numbers come with
    # how sure we are of them, so the reader meets the uncertainty first; and
    # a decision runs to pages, which must not push the worries back.
    return [
        _next_steps(visit, words),
        _agenda(visit.agenda, AgendaStatus.DISCUSSED, "discussed", words),
        _concerns(visit, words),
        _unknowns(visit, words),
        *(decision_section(decision, words) for decision in visit.decisions),
        _agenda(visit.agenda, AgendaStatus.DEFERRED, "deferred", words),
        _agenda(visit.agenda, AgendaStatus.OPEN, "open", words),
        Section(
            SectionKind.WRITE_IN,
            words.one("questions.heading"),
            words.label("questions.intro"),
            blank_lines=WRITE_IN_LINES,
            heading_also=words.heading("questions.heading")[1],
        ),
    ]


def _section(
    kind: SectionKind, name: str, entries: list[Entry], words: Words, *, intro: bool = True
) -> Section | None:
    if not entries:
        return None
    heading, also = words.heading(f"{name}.heading")
    return Section(
        kind,
        heading,
        words.label(f"{name}.intro") if intro else "",
        tuple(entries),
        heading_also=also,
    )


def _next_steps(visit: Visit, words: Words) -> Section | None:
    entries = []
    for step in visit.next_steps:
        due = words.label("steps.due", date=in_each_language(step.due)) if step.due else ""
        said_back = contact.teach_back(step.teach_back, words)
        entries.append(
            Entry(
                text=step.text.strip(),
                details=facts(
                    (words.label("steps.who"), words.owner(step.owner)),
                    (words.label("steps.when"), due),
                )
                + ((said_back,) if said_back else ()),
            )
        )
    return _section(SectionKind.CHECKLIST, "steps", entries, words)


def _agenda(
    items: list[AgendaItem], status: AgendaStatus, name: str, words: Words
) -> Section | None:
    entries = [
        Entry(
            text=item.text.strip(),
            author=words.said(item.raised_by),
            details=facts((words.label("agenda.note"), item.note)),
        )
        for item in items
        if item.status is status
    ]
    return _section(
        SectionKind.LIST, name, entries, words, intro=status is not AgendaStatus.DISCUSSED
    )


def _concerns(visit: Visit, words: Words) -> Section | None:
    entries = [
        Entry(
            text=concern.text.strip(),
            author=words.said(concern.raised_by),
            details=facts((words.label("concerns.response"), concern.response)),
        )
        for concern in visit.concerns
    ]
    return _section(SectionKind.LIST, "concerns", entries, words)


def _unknowns(visit: Visit, words: Words) -> Section | None:
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
                details=facts(
                    (words.label("unknowns.about"), about),
                    (words.label("unknowns.plan"), unknown.plan),
                ),
            )
        )
    return _section(SectionKind.LIST, "unknowns", entries, words)


def _footer(visit: Visit, words: Words, day: str) -> str:
    patient = visit.patient.strip()
    return words.one("footer.visit", patient=patient, date=day) if patient else day
