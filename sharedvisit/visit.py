"""The visit: what a clinician and a patient build together, declared once.

These pydantic models are the single source of truth for the visit's fields,
their allowed values and their defaults. The file format (``visitfile``), the
JSON Schema in ``docs/``, the store and the handout all derive from them.

This module never imports Qt: the core must run without a display.
"""

from __future__ import annotations

import datetime as _dt
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    model_validator,
)
from pydantic_core import PydanticCustomError

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


def _not_blank(value: str) -> str:
    if not value.strip():
        raise PydanticCustomError("blank", "must not be empty")
    return value


Text = Annotated[str, AfterValidator(_not_blank)]
"""The words of an entry: any text with at least one visible character."""

LanguageCode = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$"),
    Field(description="BCP 47 tag of the patient's preferred language, e.g. `en`, `es`, `pt-BR`."),
]


class _Entry(BaseModel):
    # strict: no silent coercion of numbers to dates or text; forbid: an unknown
    # key is almost always a typo in a file another tool wrote, so name it.
    model_config = ConfigDict(strict=True, extra="forbid", validate_assignment=True)


class TeachBack(_Entry):
    """The patient put a next step or a decision in their own words (AHRQ teach-back).

    Teach-back checks the clinician's explanation, not the patient: it records
    that the explanation landed, and how the patient said it.
    """

    confirmed: bool = Field(
        default=False, description="The patient explained it back in their own words."
    )
    words: str = Field(default="", description="How the patient put it, in their words.")
    confirmed_by: str = Field(default="", description="Who checked it (the clinician's name).")
    confirmed_at: _dt.datetime | None = Field(
        default=None, description="When it was checked (ISO 8601 date and time)."
    )


class SafetyNet(_Entry):
    """When to get help: safety-netting advice as the consensus defines it (Edwards et al. 2022)."""

    warning_signs: list[Text] = Field(
        default_factory=list, description="The specific signs to look out for."
    )
    what_to_do: str = Field(
        default="", description="What to do if they happen, and how to get help."
    )
    phone: str = Field(default="", description="The number to call.")
    expected_course: str = Field(
        default="", description="How long things are expected to take to get better."
    )


class AgendaItem(_Entry):
    """Something one of them wants to talk about in this visit."""

    text: Text = Field(description="What to talk about, in the words of whoever raised it.")
    raised_by: Person = Field(description="Who put it on the agenda.")
    status: AgendaStatus = Field(
        default=AgendaStatus.OPEN,
        description="`open` until talked about; `deferred` keeps it for a later visit.",
    )
    note: str = Field(default="", description="What was said about it, in plain words.")


class Concern(_Entry):
    """A worry, the patient's or the clinician's: both are printed as plainly."""

    text: Text = Field(description="The worry, as its owner put it.")
    raised_by: Person = Field(description="Whose worry it is.")
    response: str = Field(default="", description="What we will do about it.")


class Uncertainty(_Entry):
    """Something not known yet, shared openly, with a plan for it."""

    text: Text = Field(description="What is not known yet.")
    raised_by: Person = Field(description="Who named the uncertainty.")
    about: UncertaintyAbout = Field(
        default=UncertaintyAbout.OTHER, description="What kind of question is open."
    )
    plan: str = Field(default="", description="How we will find out, or live with not knowing.")


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


class Outcome(_Entry):
    """How likely something is with one option, as a natural frequency."""

    label: Text = Field(
        description="What happens, with its time frame: 'knee pain better after 3 months'."
    )
    chance: Annotated[int, Field(ge=0)] = Field(description="How many people it happens to ...")
    out_of: Annotated[int, Field(gt=0)] = Field(description="... out of how many people.")
    certainty: Certainty | None = Field(
        default=None, description="How sure the evidence is (GRADE); shown to the patient in words."
    )

    @model_validator(mode="after")
    def _chance_within_out_of(self) -> Outcome:
        if self.chance > self.out_of:
            raise PydanticCustomError(
                "chance_above_out_of",
                "{chance} is more than out_of ({out_of}); it must be between 0 and {out_of}",
                {"chance": self.chance, "out_of": self.out_of, "at": "chance"},
            )
        return self


class Option(_Entry):
    """One thing the patient could do; waiting and seeing is an option too."""

    name: Text = Field(description="A short name: 'Physiotherapy', 'Wait and see'.")
    description: str = Field(default="", description="What it involves, in a sentence or two.")
    benefits: list[Text] = Field(default_factory=list, description="Plain sentences.")
    harms: list[Text] = Field(default_factory=list, description="Plain sentences.")
    outcomes: list[Outcome] = Field(
        default_factory=list, description="Numbers, each with its denominator and certainty."
    )


class WhatMatters(_Entry):
    """Something that matters to the patient in this decision, rated 0 to 5."""

    text: Text = Field(description="In the patient's words: 'Keep walking my dog'.")
    importance: Annotated[int, Field(ge=0, le=5)] = Field(
        description="0 (does not matter) to 5 (matters most), as the Ottawa guide rates it."
    )
    raised_by: Person = Field(default=Person.PATIENT, description="Who named it.")


SURE_ITEMS = ("sure_of_myself", "understand_information", "risk_benefit_ratio", "encouragement")
"""The four SURE questions (Légaré et al., Can Fam Physician 2010), in their order."""


class SureAnswers(_Entry):
    """The patient's yes/no answers to the SURE test; an unanswered item is not a no."""

    sure_of_myself: bool | None = Field(
        default=None, description="Do you feel SURE about the best choice for you?"
    )
    understand_information: bool | None = Field(
        default=None, description="Do you know the benefits and risks of each option?"
    )
    risk_benefit_ratio: bool | None = Field(
        default=None,
        description="Are you clear about which benefits and risks matter most to you?",
    )
    encouragement: bool | None = Field(
        default=None, description="Do you have enough support and advice to make a choice?"
    )

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


class Decision(_Entry):
    """A choice made together: the options, what matters, and where we are."""

    question: Text = Field(description="The decision in plain words.")
    options: list[Option] = Field(description="Two or more options, waiting included.")
    what_matters: list[WhatMatters] = Field(
        default_factory=list, description="What matters most to the patient here."
    )
    status: DecisionStatus = Field(default=DecisionStatus.UNDECIDED)
    chosen: str | None = Field(
        default=None,
        description="The name of one option: required when decided, allowed when leaning.",
    )
    decided_by: Person | None = Field(default=None, description="Who made the choice.")
    decide_by: _dt.date | None = Field(default=None, description="When to decide by.")
    preferred_role: PreferredRole | None = Field(
        default=None, description="How the patient wants to decide."
    )
    sure: SureAnswers | None = Field(
        default=None, description="The SURE test, as last answered; the handout shows this."
    )
    sure_before: SureAnswers | None = Field(
        default=None,
        description="Optional addition: the SURE test asked before talking through the options.",
    )
    teach_back: TeachBack | None = Field(
        default=None, description="Optional addition: the patient said the decision back."
    )

    @model_validator(mode="after")
    def _consistent(self, info: ValidationInfo) -> Decision:
        # Checked for files, which other tools write; the app's own store keeps
        # a visit whatever it holds, so an edit in progress is never refused.
        if isinstance(info.context, dict) and info.context.get("lenient"):
            return self
        for at, problem in decision_problems(self):
            raise PydanticCustomError("decision", problem, {"at": at})
        return self


def decision_problems(decision: Decision) -> list[tuple[str, str]]:
    """What makes a decision inconsistent: (where, in plain words); empty when it is sound.

    ``where`` is a path inside the decision, such as ``chosen`` or
    ``options[1].outcomes[0].out_of``. The window shows these as hints while a
    decision is being built; a visit file that has any is refused.
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


class NextStep(_Entry):
    """Something someone will do after the visit."""

    text: Text = Field(description="What will be done.")
    owner: Person = Field(description="Who will do it.")
    due: _dt.date | None = Field(default=None, description="By when, as `YYYY-MM-DD`; optional.")
    teach_back: TeachBack | None = Field(
        default=None, description="Optional addition: the patient said this step back."
    )


class Visit(_Entry):
    """One visit. Only ``format`` and ``date`` are required; lists default to empty."""

    model_config = ConfigDict(
        strict=True,
        extra="forbid",
        validate_assignment=True,
        title="SharedVisit visit (sharedvisit/1)",
    )

    format: Literal["sharedvisit/1"] = Field(description="Always `sharedvisit/1` for this version.")
    patient: str = Field(default="", description="The patient's name as they like it written.")
    clinician: str = Field(
        default="", description="The clinician's name as printed on the handout."
    )
    date: _dt.date = Field(description="The day of the visit, `YYYY-MM-DD`.")
    reason: str = Field(default="", description="Why the patient came, in their words.")
    language: LanguageCode = "en"
    plan: str = Field(
        default="",
        description="The plan in one or two plain sentences; printed first on the handout.",
    )
    clinician_contact: str = Field(
        default="",
        description="How to reach the clinician (phone, hours); printed on the handout.",
    )
    agenda: list[AgendaItem] = Field(
        default_factory=list, description="What we talk about, in order."
    )
    concerns: list[Concern] = Field(default_factory=list, description="Worries from both sides.")
    uncertainties: list[Uncertainty] = Field(
        default_factory=list, description="What is not known yet, and the plan for each."
    )
    next_steps: list[NextStep] = Field(
        default_factory=list, description="What happens after the visit."
    )
    safety_net: SafetyNet | None = Field(
        default=None,
        description="Optional addition: warning signs, what to do, and how long to expect.",
    )
    large_print: bool = Field(
        default=False, description="Optional addition: print the handout in large type (18 pt)."
    )
    also_language: LanguageCode | None = Field(
        default=None,
        description="Optional addition: print the handout in a second language too, section by "
        "section (for a family member who helps).",
    )
    decisions: list[Decision] = Field(
        default_factory=list,
        description="Optional addition: choices made together (option talk and decision talk).",
    )
    clinician_private_note: str = Field(
        default="",
        description="The clinician's own note. Never printed, never in a patient-facing output.",
    )

    @classmethod
    def new(cls, date: _dt.date | None = None, **fields: object) -> Visit:
        """Start an empty visit dated today unless told otherwise."""
        return cls(format=FORMAT, date=date or _dt.date.today(), **fields)  # type: ignore[arg-type]

    def for_patient(self) -> Visit:
        """A copy fit to hand to the patient: the private note removed."""
        return self.model_copy(update={"clinician_private_note": ""}, deep=True)


VisitList = Literal["agenda", "concerns", "uncertainties", "next_steps"]
"""The names of the visit's lists, for code that treats them alike."""

ENTRY_TYPES: dict[str, type[_Entry]] = {
    "agenda": AgendaItem,
    "concerns": Concern,
    "uncertainties": Uncertainty,
    "next_steps": NextStep,
}
