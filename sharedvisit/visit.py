"""The visit: what a clinician and a patient build together, declared once.

These msgspec structs are the single source of truth for the visit's fields,
their allowed values and their defaults. The file format (``visitfile``), the
JSON Schema in ``docs/``, the store and the handout all derive from them.

Why msgspec: it checks a visit against these types as it decodes, in C, and
imports in about ten milliseconds where pydantic took a tenth of a second;
the window reads a visit on its way to the first paint
(``docs/performance.md``). A struct checks nothing when built in Python or
assigned to: the app's own code builds visits, and every visit that comes
from outside (a file, the store, another process) is decoded against these
types (``visitfile.parse_visit``, ``from_data``).

This module never imports Qt: the core must run without a display.
"""

from __future__ import annotations

import datetime as _dt
from enum import StrEnum
from typing import Annotated, Any, Literal

import msgspec
from msgspec import Meta, Struct, field

FORMAT = "sharedvisit/1"
"""The format tag every visit file carries; bump the number on a breaking change."""


class Person(StrEnum):
    """Who raised an entry, or who owns a next step."""

    PATIENT = "patient"
    CLINICIAN = "clinician"
    BOTH = "both"


class AgendaStatus(StrEnum):
    """Where an agenda item stands; ``deferred`` means "next time"."""

    OPEN = "open"
    DISCUSSED = "discussed"
    DEFERRED = "deferred"


class UncertaintyAbout(StrEnum):
    """What an uncertainty is about (after Han, Klein and Arora 2011, by issue)."""

    DIAGNOSIS = "diagnosis"
    OUTCOME = "outcome"
    TREATMENT = "treatment"
    EVIDENCE = "evidence"
    OTHER = "other"


NOT_BLANK = r"\S"
"""The pattern of an entry's words: at least one visible character."""

Text = Annotated[str, Meta(pattern=NOT_BLANK)]
"""The words of an entry: any text with at least one visible character."""

LanguageCode = Annotated[
    str,
    Meta(
        pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$",
        description="BCP 47 tag of the patient's preferred language, e.g. `en`, `es`, `pt-BR`.",
    ),
]


class _Entry(Struct, kw_only=True, forbid_unknown_fields=True):
    # forbid: an unknown key is almost always a typo in a file another tool
    # wrote, so name it. Decoding is strict: no numbers read as text or dates.
    pass


class TeachBack(_Entry, kw_only=True):
    """The patient put a next step or a decision in their own words (AHRQ teach-back).

    Teach-back checks the clinician's explanation, not the patient: it records
    that the explanation landed, and how the patient said it.
    """

    confirmed: Annotated[
        bool, Meta(description="The patient explained it back in their own words.")
    ] = False
    words: Annotated[str, Meta(description="How the patient put it, in their words.")] = ""
    confirmed_by: Annotated[str, Meta(description="Who checked it (the clinician's name).")] = ""
    confirmed_at: Annotated[
        _dt.datetime | None, Meta(description="When it was checked (ISO 8601 date and time).")
    ] = None


class SafetyNet(_Entry, kw_only=True):
    """When to get help: safety-netting advice as the consensus defines it (Edwards et al. 2022)."""

    warning_signs: Annotated[
        list[Text], Meta(description="The specific signs to look out for.")
    ] = field(default_factory=list)
    what_to_do: Annotated[
        str, Meta(description="What to do if they happen, and how to get help.")
    ] = ""
    phone: Annotated[str, Meta(description="The number to call.")] = ""
    expected_course: Annotated[
        str, Meta(description="How long things are expected to take to get better.")
    ] = ""


class AgendaItem(_Entry, kw_only=True):
    """Something one of them wants to talk about in this visit."""

    text: Annotated[
        Text, Meta(description="What to talk about, in the words of whoever raised it.")
    ]
    raised_by: Annotated[Person, Meta(description="Who put it on the agenda.")]
    status: Annotated[
        AgendaStatus,
        Meta(description="`open` until talked about; `deferred` keeps it for a later visit."),
    ] = AgendaStatus.OPEN
    note: Annotated[str, Meta(description="What was said about it, in plain words.")] = ""


class Concern(_Entry, kw_only=True):
    """A worry, the patient's or the clinician's: both are printed as plainly."""

    text: Annotated[Text, Meta(description="The worry, as its owner put it.")]
    raised_by: Annotated[Person, Meta(description="Whose worry it is.")]
    response: Annotated[str, Meta(description="What we will do about it.")] = ""


class Uncertainty(_Entry, kw_only=True):
    """Something not known yet, shared openly, with a plan for it."""

    text: Annotated[Text, Meta(description="What is not known yet.")]
    raised_by: Annotated[Person, Meta(description="Who named the uncertainty.")]
    about: Annotated[UncertaintyAbout, Meta(description="What kind of question is open.")] = (
        UncertaintyAbout.OTHER
    )
    plan: Annotated[str, Meta(description="How we will find out, or live with not knowing.")] = ""


class Certainty(StrEnum):
    """How sure the evidence behind a number is, as GRADE grades it."""

    HIGH = "high"
    MODERATE = "moderate"
    LOW = "low"
    VERY_LOW = "very_low"


class DecisionStatus(StrEnum):
    """Where a decision stands at the end of the visit."""

    UNDECIDED = "undecided"
    LEANING = "leaning"
    DECIDED = "decided"
    DEFERRED = "deferred"


class PreferredRole(StrEnum):
    """How the patient wants to decide (Ottawa Personal Decision Guide, OPTION)."""

    PATIENT_DECIDES = "patient_decides"
    SHARED = "shared"
    CLINICIAN_DECIDES = "clinician_decides"


class Outcome(_Entry, kw_only=True):
    """How likely something is with one option, as a natural frequency."""

    label: Annotated[
        Text,
        Meta(description="What happens, with its time frame: 'knee pain better after 3 months'."),
    ]
    chance: Annotated[int, Meta(ge=0), Meta(description="How many people it happens to ...")]
    out_of: Annotated[int, Meta(gt=0), Meta(description="... out of how many people.")]
    certainty: Annotated[
        Certainty | None,
        Meta(description="How sure the evidence is (GRADE); shown to the patient in words."),
    ] = None

    def __post_init__(self) -> None:
        # Runs when a file, the store or another process is decoded; the app's
        # own edits never produce it (the window's spin boxes keep chance <= out_of).
        if self.chance > self.out_of:
            raise ValueError(chance_problem(self.chance, self.out_of))


def chance_problem(chance: int, out_of: int) -> str:
    """The plain words for a chance above its denominator (the file names ``chance``)."""
    return f"{chance} is more than out_of ({out_of}); it must be between 0 and {out_of}"


class Option(_Entry, kw_only=True):
    """One thing the patient could do; waiting and seeing is an option too."""

    name: Annotated[Text, Meta(description="A short name: 'Physiotherapy', 'Wait and see'.")]
    description: Annotated[str, Meta(description="What it involves, in a sentence or two.")] = ""
    benefits: Annotated[list[Text], Meta(description="Plain sentences.")] = field(
        default_factory=list
    )
    harms: Annotated[list[Text], Meta(description="Plain sentences.")] = field(default_factory=list)
    outcomes: Annotated[
        list[Outcome], Meta(description="Numbers, each with its denominator and certainty.")
    ] = field(default_factory=list)


class WhatMatters(_Entry, kw_only=True):
    """Something that matters to the patient in this decision, rated 0 to 5."""

    text: Annotated[Text, Meta(description="In the patient's words: 'Keep walking my dog'.")]
    importance: Annotated[
        int,
        Meta(ge=0, le=5),
        Meta(description="0 (does not matter) to 5 (matters most), as the Ottawa guide rates it."),
    ]
    raised_by: Annotated[Person, Meta(description="Who named it.")] = Person.PATIENT


SURE_ITEMS = ("sure_of_myself", "understand_information", "risk_benefit_ratio", "encouragement")
"""The four SURE questions (Légaré et al., Can Fam Physician 2010), in their order."""


class SureAnswers(_Entry, kw_only=True):
    """The patient's yes/no answers to the SURE test; an unanswered item is not a no."""

    sure_of_myself: Annotated[
        bool | None, Meta(description="Do you feel SURE about the best choice for you?")
    ] = None
    understand_information: Annotated[
        bool | None, Meta(description="Do you know the benefits and risks of each option?")
    ] = None
    risk_benefit_ratio: Annotated[
        bool | None,
        Meta(description="Are you clear about which benefits and risks matter most to you?"),
    ] = None
    encouragement: Annotated[
        bool | None, Meta(description="Do you have enough support and advice to make a choice?")
    ] = None

    def score(self) -> int | None:
        """Yes counts 1, no 0; None until all four are answered."""
        answers = [getattr(self, item) for item in SURE_ITEMS]
        return None if None in answers else sum(answers)

    def conflict(self) -> bool | None:
        """True when the answers flag decisional conflict (a score under 4).

        One "no" is enough to know; with no "no" yet and some unanswered, it is
        not known (None), because unanswered is not the same as no.
        """
        answers = [getattr(self, item) for item in SURE_ITEMS]
        if False in answers:
            return True
        return None if None in answers else False


class Decision(_Entry, kw_only=True):
    """A choice made together: the options, what matters, and where we are."""

    question: Annotated[Text, Meta(description="The decision in plain words.")]
    options: Annotated[list[Option], Meta(description="Two or more options, waiting included.")]
    what_matters: Annotated[
        list[WhatMatters], Meta(description="What matters most to the patient here.")
    ] = field(default_factory=list)
    status: DecisionStatus = DecisionStatus.UNDECIDED
    chosen: Annotated[
        str | None,
        Meta(description="The name of one option: required when decided, allowed when leaning."),
    ] = None
    decided_by: Annotated[Person | None, Meta(description="Who made the choice.")] = None
    decide_by: Annotated[_dt.date | None, Meta(description="When to decide by.")] = None
    preferred_role: Annotated[
        PreferredRole | None, Meta(description="How the patient wants to decide.")
    ] = None
    sure: Annotated[
        SureAnswers | None,
        Meta(description="The SURE test, as last answered; the handout shows this."),
    ] = None
    sure_before: Annotated[
        SureAnswers | None,
        Meta(
            description="Optional addition: the SURE test asked before talking through the options."
        ),
    ] = None
    teach_back: Annotated[
        TeachBack | None, Meta(description="Optional addition: the patient said the decision back.")
    ] = None


def decision_problems(decision: Decision) -> list[tuple[str, str]]:
    """What makes a decision inconsistent: (where, in plain words); empty when it is sound.

    ``where`` is a path inside the decision, such as ``chosen`` or
    ``options[1].outcomes[0].out_of``. The window shows these as hints while a
    decision is being built; a visit file that has any is refused
    (``visitfile.parse_visit``). The app's own store keeps a visit whatever it
    holds, so a decision half-built when the app closed still opens.
    """
    problems = []
    names = [option.name for option in decision.options]
    if len(names) < 2:
        problems.append(
            (
                "options",
                f"a decision needs at least two options (it has {len(names)}); "
                "waiting and seeing is an option too",
            )
        )
    if decision.chosen is not None and decision.chosen not in names:
        listed = ", ".join(map(repr, names))
        problems.append(("chosen", f"{decision.chosen!r} is not one of the options ({listed})"))
    if decision.status is DecisionStatus.DECIDED and decision.chosen is None:
        problems.append(("chosen", "a decided decision must say which option was chosen"))
    if decision.chosen is not None and decision.status not in (
        DecisionStatus.DECIDED,
        DecisionStatus.LEANING,
    ):
        article = "an" if decision.status is DecisionStatus.UNDECIDED else "a"
        problems.append(
            ("chosen", f"{article} {decision.status.value} decision cannot name a chosen option")
        )
    # IPDAS: one outcome is counted out of the same number of people for every option.
    denominators: dict[str, tuple[int, str]] = {}
    for i, option in enumerate(decision.options):
        for j, outcome in enumerate(option.outcomes):
            first = denominators.setdefault(outcome.label, (outcome.out_of, option.name))
            if first[0] != outcome.out_of:
                problems.append(
                    (
                        f"options[{i}].outcomes[{j}].out_of",
                        f"{outcome.out_of}, but {outcome.label!r} is out of {first[0]} for "
                        f"{first[1]!r}; use one denominator for every option",
                    )
                )
    return problems


class NextStep(_Entry, kw_only=True):
    """Something someone will do after the visit."""

    text: Annotated[Text, Meta(description="What will be done.")]
    owner: Annotated[Person, Meta(description="Who will do it.")]
    due: Annotated[_dt.date | None, Meta(description="By when, as `YYYY-MM-DD`; optional.")] = None
    teach_back: Annotated[
        TeachBack | None, Meta(description="Optional addition: the patient said this step back.")
    ] = None


class Visit(_Entry, kw_only=True):
    """One visit. Only ``format`` and ``date`` are required; lists default to empty."""

    format: Annotated[
        Literal["sharedvisit/1"], Meta(description="Always `sharedvisit/1` for this version.")
    ]
    patient: Annotated[str, Meta(description="The patient's name as they like it written.")] = ""
    clinician: Annotated[
        str, Meta(description="The clinician's name as printed on the handout.")
    ] = ""
    date: Annotated[_dt.date, Meta(description="The day of the visit, `YYYY-MM-DD`.")]
    reason: Annotated[str, Meta(description="Why the patient came, in their words.")] = ""
    language: LanguageCode = "en"
    plan: Annotated[
        str,
        Meta(description="The plan in one or two plain sentences; printed first on the handout."),
    ] = ""
    clinician_contact: Annotated[
        str, Meta(description="How to reach the clinician (phone, hours); printed on the handout.")
    ] = ""
    agenda: Annotated[list[AgendaItem], Meta(description="What we talk about, in order.")] = field(
        default_factory=list
    )
    concerns: Annotated[list[Concern], Meta(description="Worries from both sides.")] = field(
        default_factory=list
    )
    uncertainties: Annotated[
        list[Uncertainty], Meta(description="What is not known yet, and the plan for each.")
    ] = field(default_factory=list)
    next_steps: Annotated[list[NextStep], Meta(description="What happens after the visit.")] = (
        field(default_factory=list)
    )
    safety_net: Annotated[
        SafetyNet | None,
        Meta(description="Optional addition: warning signs, what to do, and how long to expect."),
    ] = None
    large_print: Annotated[
        bool, Meta(description="Optional addition: print the handout in large type (18 pt).")
    ] = False
    also_language: Annotated[
        LanguageCode | None,
        Meta(
            description="Optional addition: print the handout in a second language too, section by "
            "section (for a family member who helps)."
        ),
    ] = None
    decisions: Annotated[
        list[Decision],
        Meta(
            description="Optional addition: choices made together (option talk and decision talk)."
        ),
    ] = field(default_factory=list)
    clinician_private_note: Annotated[
        str,
        Meta(
            description="The clinician's own note. Never printed, never in a patient-facing output."
        ),
    ] = ""

    @classmethod
    def new(cls, date: _dt.date | None = None, **fields: object) -> Visit:
        """Start an empty visit dated today unless told otherwise."""
        return cls(format=FORMAT, date=date or _dt.date.today(), **fields)  # type: ignore[arg-type]

    def for_patient(self) -> Visit:
        """A copy fit to hand to the patient: the private note removed."""
        return msgspec.structs.replace(copy_of(self), clinician_private_note="")


VisitList = Literal["agenda", "concerns", "uncertainties", "next_steps"]
"""The names of the visit's lists, for code that treats them alike."""

ENTRY_TYPES: dict[str, type[_Entry]] = {
    "agenda": AgendaItem,
    "concerns": Concern,
    "uncertainties": Uncertainty,
    "next_steps": NextStep,
}


VISIT_TITLE = "SharedVisit visit (sharedvisit/1)"
"""The title of the visit file's JSON Schema."""


def copy_of[T: Struct](value: T) -> T:
    """A deep copy: an undo command or another window keeps its own, never shared."""
    return msgspec.convert(msgspec.to_builtins(value), type(value))


def to_data(value: Struct) -> Any:
    """Plain JSON-ready data (dicts, lists, text, numbers): for another thread or process.

    Fresh objects the receiver owns; ``from_data`` checks them again on arrival.
    """
    return msgspec.to_builtins(value)


def from_data[T: Struct](data: Any, kind: type[T]) -> T:
    """``kind`` built from plain data, checked against its types on the way.

    Raises ``msgspec.ValidationError``. The checks across a decision's fields
    are not made (see ``decision_problems``).
    """
    return msgspec.convert(data, kind)


def field_names(kind: type[Struct]) -> tuple[str, ...]:
    """The fields of a visit struct, in the order the file format lists them."""
    return kind.__struct_fields__
