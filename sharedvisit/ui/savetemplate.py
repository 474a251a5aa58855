"""File > Save as template…: keep this visit's shape for the visits like it.

A template keeps the agenda, the concerns, what is not known yet, the next
steps and the decisions' options; it drops the patient's name, the notes of
what was said, the answers, the dates and the private note
(``templates.blank_copy``). The words of the entries stay, so the question
that asks for the template's name says to check they say nothing about this
patient. Templates are saved in the data folder, private like the store.

Every dialog goes through ``dialogs``, so tests answer it. Never logs the
name: a clinician may name a template after a patient by mistake.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..errors import SharedVisitError
from ..templates import list_templates, save_template
from ..visit import Visit
from . import dialogs


def save_as_template(parent: QWidget, visit: Visit, data_folder: Path) -> Path | None:
    """Ask a name and save ``visit`` as the clinician's own template; None if not saved."""
    title = QCoreApplication.translate("SaveTemplate", "Save as template")
    name = dialogs.ask_text(
        parent,
        title,
        QCoreApplication.translate(
            "SaveTemplate",
            "Name the template. It keeps what is on the lists and the options of a decision, "
            "without the patient's name, notes, answers or dates. Check the lists say "
            "nothing about this patient.",
        ),
        visit.reason,
    )
    if name is None:
        return None
    name = name.strip()
    if not name:
        dialogs.show_error(
            parent,
            title,
            QCoreApplication.translate(
                "SaveTemplate", "A template needs a name. Nothing was saved."
            ),
        )
        return None
    try:
        taken = any(
            not template.builtin and template.name.casefold() == name.casefold()
            for template in list_templates(data_folder)
        )
    except OSError:
        taken = False  # the save below says what is wrong with the folder
    if taken:
        choice = dialogs.ask_choice(
            parent,
            title,
            QCoreApplication.translate(
                "SaveTemplate", "You already have a template called “{0}”. Replace it?"
            ).format(name),
            [QCoreApplication.translate("SaveTemplate", "Replace it")],
        )
        if choice != 0:
            return None
    try:
        return save_template(visit, data_folder, name)
    except SharedVisitError as exc:
        dialogs.show_error(
            parent,
            QCoreApplication.translate("SaveTemplate", "The template could not be saved"),
            str(exc),
        )
        return None
