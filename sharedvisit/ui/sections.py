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


@dataclass(frozen=True)
class DetailField:
    """One editable field of an entry, besides its text and its author."""

    name: str
    label: str
    kind: str  # "text" | "choice" | "date" | "teach_back"
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
        (
            UncertaintyAbout.DIAGNOSIS,
            QCoreApplication.translate("Sections", "Diagnosis: what is causing it"),
        ),
        (
            UncertaintyAbout.OUTCOME,
            QCoreApplication.translate("Sections", "Outcome: how things will go"),
        ),
        (
            UncertaintyAbout.TREATMENT,
            QCoreApplication.translate("Sections", "Treatment: what will help"),
        ),
        (
            UncertaintyAbout.EVIDENCE,
            QCoreApplication.translate("Sections", "Evidence: how much the research tells us"),
        ),
        (UncertaintyAbout.OTHER, QCoreApplication.translate("Sections", "Something else")),
    )


def status_label(status: AgendaStatus) -> str:
    return {
        AgendaStatus.OPEN: QCoreApplication.translate("Sections", "To talk about"),
        AgendaStatus.DISCUSSED: QCoreApplication.translate("Sections", "Discussed"),
        AgendaStatus.DEFERRED: QCoreApplication.translate("Sections", "Next time"),
    }[status]


def section_specs() -> tuple[SectionSpec, ...]:
    """The four sections in the order of the conversation."""
    return (
        SectionSpec(
            list_name="agenda",
            title=QCoreApplication.translate("Sections", "What we talk about today"),
            tab_title=QCoreApplication.translate("Sections", "Agenda"),
            prompt=QCoreApplication.translate(
                "Sections", "Is there something else you want to talk about today?"
            ),
            input_name=QCoreApplication.translate("Sections", "New agenda item"),
            person_label=QCoreApplication.translate("Sections", "Raised by"),
            default_person=Person.PATIENT,
            has_status=True,
            details=(
                DetailField(
                    "note",
                    QCoreApplication.translate("Sections", "What we said"),
                    "text",
                    QCoreApplication.translate("Sections", "Note of what was said"),
                    QCoreApplication.translate(
                        "Sections", "A short note of what was said about it"
                    ),
                ),
            ),
        ),
        SectionSpec(
            list_name="concerns",
            title=QCoreApplication.translate("Sections", "What worries us"),
            tab_title=QCoreApplication.translate("Sections", "Concerns"),
            prompt=QCoreApplication.translate(
                "Sections", "What worries you? Both of us can add worries here."
            ),
            input_name=QCoreApplication.translate("Sections", "New concern"),
            person_label=QCoreApplication.translate("Sections", "Whose worry"),
            default_person=Person.PATIENT,
            details=(
                DetailField(
                    "response",
                    QCoreApplication.translate("Sections", "What we will do about it"),
                    "text",
                    QCoreApplication.translate("Sections", "What we will do about this concern"),
                    QCoreApplication.translate("Sections", "What we will do about this worry"),
                ),
            ),
        ),
        SectionSpec(
            list_name="uncertainties",
            title=QCoreApplication.translate("Sections", "What we don't know yet"),
            tab_title=QCoreApplication.translate("Sections", "Not known yet"),
            prompt=QCoreApplication.translate("Sections", "What don't we know yet?"),
            input_name=QCoreApplication.translate("Sections", "New uncertainty"),
            person_label=QCoreApplication.translate("Sections", "Raised by"),
            default_person=Person.CLINICIAN,
            details=(
                DetailField(
                    "about",
                    QCoreApplication.translate("Sections", "About"),
                    "choice",
                    QCoreApplication.translate("Sections", "What the uncertainty is about"),
                    choices=about_choices(),
                ),
                DetailField(
                    "plan",
                    QCoreApplication.translate("Sections", "What we'll do about it"),
                    "text",
                    QCoreApplication.translate("Sections", "Plan for this uncertainty"),
                    QCoreApplication.translate(
                        "Sections", "How we will find out, or live with not knowing"
                    ),
                ),
            ),
        ),
        SectionSpec(
            list_name="next_steps",
            title=QCoreApplication.translate("Sections", "Next steps"),
            tab_title=QCoreApplication.translate("Sections", "Next steps"),
            prompt=QCoreApplication.translate("Sections", "What happens next, and who will do it?"),
            input_name=QCoreApplication.translate("Sections", "New next step"),
            person_label=QCoreApplication.translate("Sections", "Who will do it"),
            default_person=Person.PATIENT,
            details=(
                DetailField(
                    "due",
                    QCoreApplication.translate("Sections", "By when"),
                    "date",
                    QCoreApplication.translate("Sections", "Due date"),
                ),
                DetailField(
                    "teach_back",
                    QCoreApplication.translate("Sections", "Said back"),
                    "teach_back",
                    QCoreApplication.translate("Sections", "Said it back in their own words"),
                ),
            ),
        ),
    )


def secondary_text(list_name: str, entry: Any) -> str:
    """The line under an entry's text in a list: its note, response, plan or due date."""
    if list_name == "agenda":
        return entry.note
    if list_name == "concerns":
        return (
            QCoreApplication.translate("Sections", "We will: {0}").format(entry.response)
            if entry.response
            else ""
        )
    if list_name == "uncertainties":
        about = dict(about_choices())[entry.about]
        if entry.plan:
            return QCoreApplication.translate("Sections", "{0}. Plan: {1}").format(
                about, entry.plan
            )
        return about
    if list_name == "next_steps":
        lines = []
        if entry.due is not None:
            due = QDate(entry.due.year, entry.due.month, entry.due.day)
            lines.append(
                QCoreApplication.translate("Sections", "By {0}").format(
                    QLocale().toString(due, "dddd d MMMM yyyy")
                )
            )
        if said_back(entry) and entry.teach_back.words.strip():
            lines.append(
                QCoreApplication.translate("Sections", "In their words: “{0}”").format(
                    entry.teach_back.words.strip()
                )
            )
        return "\n".join(lines)
    return ""


def said_back(entry: Any) -> bool:
    """The patient said this next step back in their own words (teach-back)."""
    teach_back = getattr(entry, "teach_back", None)
    return teach_back is not None and teach_back.confirmed
