"""What each of the four sections asks for and shows, declared once.

The editing window, its delegate and the patient-facing window all read these
specs, so a section's words and fields are never spelled twice. Wording
follows the research in ``docs/``: the agenda prompt asks for "something
else", which uncovers unmet concerns where "anything else" does not
(Heritage et al. 2007).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ..visit import AgendaStatus, Person, UncertaintyAbout


def _tr(text: str) -> str:
    return QCoreApplication.translate("Sections", text)


@dataclass(frozen=True)
class DetailField:
    """One editable field of an entry, besides its text and its author."""

    name: str
    label: str
    kind: str  # "text" | "choice" | "date"
    accessible_name: str
    placeholder: str = ""
    choices: tuple[tuple[Any, str], ...] = ()


@dataclass(frozen=True)
class SectionSpec:
    list_name: str
    title: str
    tab_title: str
    prompt: str
    input_name: str  # accessible name of the new-entry field
    person_label: str
    default_person: Person
    details: tuple[DetailField, ...] = field(default_factory=tuple)
    has_status: bool = False


def about_choices() -> tuple[tuple[UncertaintyAbout, str], ...]:
    return (
        (UncertaintyAbout.DIAGNOSIS, _tr("Diagnosis: what is causing it")),
        (UncertaintyAbout.OUTCOME, _tr("Outcome: how things will go")),
        (UncertaintyAbout.TREATMENT, _tr("Treatment: what will help")),
        (UncertaintyAbout.EVIDENCE, _tr("Evidence: how much the research tells us")),
        (UncertaintyAbout.OTHER, _tr("Something else")),
    )


def status_label(status: AgendaStatus) -> str:
    return {
        AgendaStatus.OPEN: _tr("To talk about"),
        AgendaStatus.DISCUSSED: _tr("Discussed"),
        AgendaStatus.DEFERRED: _tr("Next time"),
    }[status]


def section_specs() -> tuple[SectionSpec, ...]:
    """The four sections in the order of the conversation."""
    return (
        SectionSpec(
            list_name="agenda",
            title=_tr("What we talk about today"),
            tab_title=_tr("Agenda"),
            prompt=_tr("Is there something else you want to talk about today?"),
            input_name=_tr("New agenda item"),
            person_label=_tr("Raised by"),
            default_person=Person.PATIENT,
            has_status=True,
            details=(
                DetailField(
                    "note",
                    _tr("What we said"),
                    "text",
                    _tr("Note of what was said"),
                    _tr("A short note of what was said about it"),
                ),
            ),
        ),
        SectionSpec(
            list_name="concerns",
            title=_tr("What worries us"),
            tab_title=_tr("Concerns"),
            prompt=_tr("What worries you? Both of us can add worries here."),
            input_name=_tr("New concern"),
            person_label=_tr("Whose worry"),
            default_person=Person.PATIENT,
            details=(
                DetailField(
                    "response",
                    _tr("What we will do about it"),
                    "text",
                    _tr("What we will do about this concern"),
                    _tr("What we will do about this worry"),
                ),
            ),
        ),
        SectionSpec(
            list_name="uncertainties",
            title=_tr("What we don't know yet"),
            tab_title=_tr("Not known yet"),
            prompt=_tr("What don't we know yet?"),
            input_name=_tr("New uncertainty"),
            person_label=_tr("Raised by"),
            default_person=Person.CLINICIAN,
            details=(
                DetailField(
                    "about",
                    _tr("About"),
                    "choice",
                    _tr("What the uncertainty is about"),
                    choices=about_choices(),
                ),
                DetailField(
                    "plan",
                    _tr("What we'll do about it"),
                    "text",
                    _tr("Plan for this uncertainty"),
                    _tr("How we will find out, or live with not knowing"),
                ),
            ),
        ),
        SectionSpec(
            list_name="next_steps",
            title=_tr("Next steps"),
            tab_title=_tr("Next steps"),
            prompt=_tr("What happens next, and who will do it?"),
            input_name=_tr("New next step"),
            person_label=_tr("Who will do it"),
            default_person=Person.PATIENT,
            details=(DetailField("due", _tr("By when"), "date", _tr("Due date")),),
        ),
    )


def secondary_text(list_name: str, entry: Any) -> str:
    """The line under an entry's text in a list: its note, response, plan or due date."""
    if list_name == "agenda":
        return entry.note
    if list_name == "concerns":
        return _tr("We will: {0}").format(entry.response) if entry.response else ""
    if list_name == "uncertainties":
        about = dict(about_choices())[entry.about]
        if entry.plan:
            return _tr("{0}. Plan: {1}").format(about, entry.plan)
        return about
    if list_name == "next_steps" and entry.due is not None:
        due = QDate(entry.due.year, entry.due.month, entry.due.day)
        return _tr("By {0}").format(QLocale().toString(due, "dddd d MMMM yyyy"))
    return ""
