"""How the window shows who said something: a word, an icon and a colour, never colour alone.

Label and icon carry the meaning, so an entry's author reads in greyscale and
for colour-blind people; the colour is only a quicker cue.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon, QKeySequence

from ..visit import Person
from .icons import icon


@dataclass(frozen=True)
class PersonLook:
    person: Person
    label: str
    icon: QIcon
    ink: QColor  # text and border
    fill: QColor  # badge background
    shortcut: QKeySequence


def person_look(person: Person) -> PersonLook:
    """The look of one author; words are translated at call time."""
    if person is Person.PATIENT:
        return PersonLook(
            person,
            QCoreApplication.translate("People", "Patient"),
            icon("patient"),
            QColor("#0b5d55"),
            QColor("#d5f5ee"),
            QKeySequence("Ctrl+1"),
        )
    if person is Person.CLINICIAN:
        return PersonLook(
            person,
            QCoreApplication.translate("People", "Clinician"),
            icon("clinician"),
            QColor("#2f2a8a"),
            QColor("#e3e4fb"),
            QKeySequence("Ctrl+2"),
        )
    return PersonLook(
        person,
        QCoreApplication.translate("People", "Both"),
        icon("both"),
        QColor("#7a3b06"),
        QColor("#fcebc7"),
        QKeySequence("Ctrl+3"),
    )


PEOPLE = (Person.PATIENT, Person.CLINICIAN, Person.BOTH)
