"""The visit open in the window: the core visit, its undo history and its list models.

One ``VisitDocument`` per open visit. Every view (the editing sections, the
patient-facing window, the summary preview) reads from it; every edit goes
through its ``undo_stack``. ``changed`` fires after any edit, which is what
autosave and the preview listen to. The decisions have a model of their own
(``decisions``), since each one is a whole comparison rather than a line.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..visit import ENTRY_TYPES, Visit
from .commands import SetVisitField
from .decisionmodel import DecisionListModel
from .listmodel import EntryListModel

VISIT_FIELDS = (
    "patient",
    "clinician",
    "date",
    "reason",
    "language",
    "plan",
    "clinician_contact",
    "clinician_private_note",
    "safety_net",
    "large_print",
    "also_language",
)
"""The visit's own fields the window edits (its lists have their own models)."""


class VisitDocument(QObject):
    changed = Signal()
    """Any edit, to any field or list."""

    fieldChanged = Signal(str)
    """A field of the visit itself changed; carries the field's name."""

    def __init__(self, visit: Visit, visit_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.visit = visit
        self.visit_id = visit_id
        self.undo_stack = QUndoStack(self)
        self.lists: dict[str, EntryListModel] = {}
        for name in ENTRY_TYPES:
            model = EntryListModel(getattr(visit, name), name, self.undo_stack)
            model.setParent(self)
            model.changed.connect(self.changed)
            self.lists[name] = model
        self.decisions = DecisionListModel(visit.decisions, self.undo_stack)
        self.decisions.setParent(self)
        self.decisions.changed.connect(self.changed)

    def set_field(
        self, field: str, value: Any, *, typing: bool = False, merge_key: str = ""
    ) -> None:
        """Request a change to one of ``VISIT_FIELDS``, as one undo step.

        ``typing`` merges a burst of keystrokes into that one step; ``merge_key``
        names the part of the field typed into, when it has several.
        """
        if field not in VISIT_FIELDS:
            raise KeyError(field)
        if getattr(self.visit, field) == value:
            return
        self.undo_stack.push(
            SetVisitField(
                self, field, value, self._label(field), typing=typing, merge_key=merge_key
            )
        )

    def set_language(self, language: str) -> None:
        """Print the handout in ``language``; a second language that is now the same goes.

        One undo step: undoing it brings back both languages as they were.
        """
        if language == self.visit.language:
            return
        if self.visit.also_language != language:
            self.set_field("language", language)
            return
        self.undo_stack.beginMacro(self._label("language"))
        self.set_field("also_language", None)
        self.set_field("language", language)
        self.undo_stack.endMacro()

    def apply_field(self, field: str, value: Any) -> None:
        """Called by the undo command only."""
        setattr(self.visit, field, value)
        self.fieldChanged.emit(field)
        self.changed.emit()

    def _label(self, field: str) -> str:
        return {
            "patient": self.tr("Edit patient name"),
            "clinician": self.tr("Edit clinician name"),
            "date": self.tr("Change visit date"),
            "reason": self.tr("Edit reason for the visit"),
            "language": self.tr("Change handout language"),
            "plan": self.tr("Edit the plan"),
            "clinician_contact": self.tr("Edit how to reach the clinician"),
            "clinician_private_note": self.tr("Edit private note"),
            "safety_net": self.tr("Edit when to get help"),
            "large_print": self.tr("Change large print"),
            "also_language": self.tr("Change the second handout language"),
        }[field]
