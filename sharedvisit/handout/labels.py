"""Every fixed word printed on the handout, in one catalogue per language.

The handout is read at home by people of every age and reading level, so each
fixed sentence here is short and plain (aim: US grade 6 or below). A label is
looked up only through ``label()``, which falls back to English for a language
without a catalogue (or a key a translation lacks), so adding a language is
adding one dictionary, and a test can check that every key is translated.

Labels are plain text, never paragraph markup: the layout escapes them like
any other text. Values filled into a label (a name, a date) are inserted as
they are; this module never escapes, prints or logs them.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

DEFAULT_LANGUAGE: Final = "en"

_EN: Final[dict[str, str]] = {
    # Document properties, shown by PDF viewers in the title bar and file info.
    "doc.title": "Visit summary",
    "doc.subject": "Your visit on {date}",
    # The top of page one.
    "page.heading": "Your visit summary",
    "header.patient": "Your name:",
    "header.clinician": "Seen by:",
    "header.date": "Date:",
    "header.reason": "Why you came:",
    # The first-page block: the plan and how to reach the clinician.
    "about.heading": "About this visit",
    "about.plan": "The plan:",
    "about.contact": "How to reach {clinician}:",
    "about.contact.unnamed": "How to reach your clinician:",
    # Who raised an entry, said in words so it never rests on colour alone.
    "said.patient": "You said:",
    "said.clinician": "{clinician} said:",
    "said.clinician.unnamed": "Your clinician said:",
    "said.both": "We both said:",
    # Who does a next step.
    "owner.patient": "You",
    "owner.clinician": "{clinician}",
    "owner.clinician.unnamed": "Your clinician",
    "owner.both": "Both of us",
    # Sections, in the order they are printed.
    "steps.heading": "Your next steps",
    "steps.intro": "Check each box when it is done.",
    "steps.who": "Who:",
    "steps.when": "When:",
    "steps.due": "by {date}",
    "agenda.note": "What we said:",
    "discussed.heading": "What we talked about",
    "concerns.heading": "What worries us",
    "concerns.intro": "We both shared our worries. Here is what we will do.",
    "concerns.response": "What we will do:",
    "unknowns.heading": "What we don't know yet",
    "unknowns.intro": "Some things are not clear yet. We have a plan for each.",
    "unknowns.about": "About:",
    "unknowns.about.diagnosis": "what is causing it",
    "unknowns.about.outcome": "how things will go",
    "unknowns.about.treatment": "which care will work best",
    "unknowns.about.evidence": "what the research shows",
    "unknowns.plan": "What we'll do about it:",
    "deferred.heading": "What we will talk about next time",
    "deferred.intro": "We did not have time for these today.",
    "open.heading": "Still on our list",
    "open.intro": "We have not talked about these yet.",
    # A decision (one section each; its heading is the question itself).
    "decision.intro": "Here are your choices, side by side.",
    "decision.key": "In the pictures, each shape is one person. "
    "Dark shapes show who it happens to.",
    "grid.involves": "What it involves",
    "grid.good": "Good things",
    "grid.bad": "Bad things",
    "grid.none": "None listed.",
    "grid.no_number": "We have no number for this.",
    # A chance, always with its denominator (IPDAS), and the other side of it.
    "outcome.chance": "{chance} out of {out_of} people: {outcome}.",
    "outcome.rest": "{rest} out of {out_of} people: it does not happen.",
    # How sure the research is (GRADE), in words: "certainty" itself is hard to read.
    "certainty.high": "We are very sure about this number.",
    "certainty.moderate": "We are fairly sure about this number.",
    "certainty.low": "We are not very sure about this number.",
    "certainty.very_low": "We are very unsure about this number.",
    "matters.heading": "What matters most to you",
    "matters.0": "Does not matter",
    "matters.1": "Matters very little",
    "matters.2": "Matters a little",
    "matters.3": "Matters some",
    "matters.4": "Matters a lot",
    "matters.5": "Matters very much",
    "where.heading": "Where we are now",
    "where.decided": "We made a choice.",
    "where.leaning": "We have not decided yet. We are leaning one way.",
    "where.undecided": "We have not decided yet.",
    "where.deferred": "We will decide this later.",
    "where.chosen": "What we chose:",
    "where.leaning_to": "We lean towards:",
    "where.chosen_by": "Who chose:",
    "where.reasons": "Why it fits what matters to you:",
    "where.role": "How you want to decide:",
    "role.patient_decides": "You want to make the choice yourself.",
    "role.shared": "You want us to choose together.",
    "role.clinician_decides": "You want {clinician} to choose.",
    "role.clinician_decides.unnamed": "You want your clinician to choose.",
    "where.next": "What happens next:",
    "where.next.think": "Take time to think it over. Then we will talk again.",
    "where.next.later": "We will talk about it again.",
    "where.decide_by": "Decide by:",
    # When the SURE check shows the patient is not sure yet.
    "advice.heading": "Not sure yet? That is OK.",
    "advice.intro": "Your answers show you are not sure yet. "
    "Many people feel this way. These things can help.",
    "advice.time": "Take more time. It is fine to change your mind.",
    "advice.facts": "Ask us for more facts about each choice.",
    "advice.family": "Talk it over with family or friends you trust.",
    "advice.call": "Call us any time you want to talk it over.",
    "advice.questions": "Questions you can ask us:",
    "advice.ask.choices": "What are my choices?",
    "advice.ask.good_bad": "What is good and bad about each one?",
    "advice.ask.likely": "How likely is each one to happen to me?",
    "questions.heading": "Questions I still have",
    "questions.intro": "Write your questions here. Bring this page next time.",
    # Every page.
    "footer.visit": "{patient}, {date}",
    "footer.page": "Page {page} of {pages}",
}

CATALOGUES: Final = MappingProxyType({"en": MappingProxyType(_EN)})
"""Message id -> text, per language. English holds every key."""


def catalogue_language(language: str | None) -> str:
    """The catalogue that serves ``language``: ``pt-BR`` -> ``pt`` -> ``en``.

    The handout's dates and its PDF language tag follow this choice, so a
    handout is never printed half in one language and half in another.
    """
    if not language:
        return DEFAULT_LANGUAGE
    tag = language.replace("_", "-")
    while tag:
        if tag in CATALOGUES:
            return tag
        tag = tag.rpartition("-")[0]
    return DEFAULT_LANGUAGE


def label(key: str, language: str | None = None, /, **values: str) -> str:
    """The fixed text ``key`` in ``language``, with ``{name}`` fields filled from ``values``.

    A key missing from the language's catalogue falls back to English; a key
    English lacks is a programming error and raises ``KeyError``.
    """
    catalogue = CATALOGUES[catalogue_language(language)]
    template = catalogue.get(key)
    if template is None:
        template = CATALOGUES[DEFAULT_LANGUAGE][key]
    # format_map reads fields from the template only; braces inside a value
    # (a name typed as "{x}") are inserted literally, never interpreted.
    return template.format_map(values)
