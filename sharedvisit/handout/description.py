"""The shapes a handout description is made of: frozen dataclasses, nothing else.

``content`` and ``decision`` fill these in from a visit; ``layout`` and
``decisionlayout`` lay them out. Keeping the shapes in their own module lets
both sides import them without importing each other.

Every string here is final wording, plain text, ready to escape and print;
nothing here is ever the clinician's private note. Never imports Qt or
reportlab.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from ..iconarray import IconArray


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
    DECISION = "decision"  # no entries: a ``Choice`` laid out as a comparison


@dataclass(frozen=True)
class Number:
    """One option's chance of one outcome, said in words and shown as a picture.

    IPDAS: a natural frequency with its denominator (``sentence``), the
    other side of it (``balance``), how sure the number is (``certainty``,
    empty when not known) and the icon array (``picture``; None when the
    denominator has no picture, so the words carry it alone).
    """

    sentence: str
    balance: str
    certainty: str
    picture: IconArray | None


@dataclass(frozen=True)
class Cell:
    """What one option says in one row of the comparison.

    ``text`` is a paragraph (what the option involves, or "None listed."),
    ``bullets`` a list of plain sentences, ``numbers`` the option's chances
    for the row's outcome. Usually only one of the three is set.
    """

    text: str = ""
    bullets: tuple[str, ...] = ()
    numbers: tuple[Number, ...] = ()


@dataclass(frozen=True)
class Row:
    """One row of the comparison: its label, then one cell per option, in option order."""

    label: str
    cells: tuple[Cell, ...]
    is_outcome: bool = False


@dataclass(frozen=True)
class Rating:
    """How much one thing matters to the patient: in their words, as dots, and in words."""

    text: str
    dots: str
    words: str


@dataclass(frozen=True)
class Advice:
    """What helps when the SURE check shows the patient is not sure yet."""

    heading: str
    intro: str
    tips: tuple[str, ...]
    questions_label: str
    questions: tuple[str, ...]
    heading_also: str = ""


@dataclass(frozen=True)
class Choice:
    """One decision: the options side by side, what matters, and where we are.

    ``options`` name the columns of ``rows``. ``picture_key`` explains the
    icon arrays and is empty when there are none. ``reasons`` are the
    patient's top-rated matters, listed under ``reasons_label`` when a
    choice was made. ``advice`` is None unless SURE flagged conflict.
    """

    intro: str
    picture_key: str
    options: tuple[str, ...]
    rows: tuple[Row, ...]
    matters_heading: str
    matters: tuple[Rating, ...]
    where_heading: str
    where: str
    facts: tuple[Fact, ...]
    reasons_label: str
    reasons: tuple[str, ...]
    advice: Advice | None
    matters_heading_also: str = ""
    where_heading_also: str = ""
    teach_back: Fact | None = None


@dataclass(frozen=True)
class Section:
    """A headed chunk of the handout.

    Only ``WRITE_IN`` and ``DECISION`` sections have no entries: a decision
    section carries its ``choice`` instead (and its heading is the question).
    Every ``*_also`` field is the same heading in the handout's second
    language, empty on a handout in one language (and for a typed question).
    """

    kind: SectionKind
    heading: str
    intro: str = ""
    entries: tuple[Entry, ...] = ()
    blank_lines: int = 0
    choice: Choice | None = None
    heading_also: str = ""


@dataclass(frozen=True)
class About:
    """The first-page block: the plan and how to reach the clinician and the clinic."""

    heading: str
    facts: tuple[Fact, ...]
    heading_also: str = ""


@dataclass(frozen=True)
class SafetyNet:
    """When to get help: a framed box on page one (Almond 2009, Edwards 2022).

    The warning signs as a list, then what to do, the number to call
    (``phone``, printed large) and how long things should take to get better.
    """

    heading: str
    heading_also: str
    intro: str
    signs_label: str
    signs: tuple[str, ...]
    facts: tuple[Fact, ...]
    phone: Fact | None


@dataclass(frozen=True)
class Letterhead:
    """The clinic atop page one: its name, and its logo when the file can be read."""

    name: str
    logo: Path | None = None


@dataclass(frozen=True)
class Metadata:
    """The PDF's document properties; ``language`` is a BCP 47 tag."""

    title: str
    author: str
    subject: str
    language: str


@dataclass(frozen=True)
class Handout:
    """Everything the take-home summary says, in print order.

    The foot of every page: ``footer`` (whose summary and which day; in
    ``footer_short`` with a shorter date, for when the long one does not
    fit), ``page_label`` (a template with ``{page}`` and ``{pages}``, fixed
    words only, filled in once the PDF is laid out), the clinic's numbers in
    ``footer_contact``, each with its label (on one line when they fit), and
    its name and address in ``footer_clinic``.
    """

    metadata: Metadata
    heading: str
    header: tuple[Fact, ...]
    about: About | None
    sections: tuple[Section, ...]
    footer: str
    heading_also: str = ""
    letterhead: Letterhead | None = None
    safety_net: SafetyNet | None = None
    footer_short: str = ""
    page_label: str = "Page {page} of {pages}"
    footer_contact: tuple[str, ...] = ()
    footer_clinic: str = ""
