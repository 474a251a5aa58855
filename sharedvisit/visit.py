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

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints
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


class NextStep(_Entry):
    """Something someone will do after the visit."""

    text: Text = Field(description="What will be done.")
    owner: Person = Field(description="Who will do it.")
    due: _dt.date | None = Field(default=None, description="By when, as `YYYY-MM-DD`; optional.")


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
