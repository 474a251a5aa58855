"""Undo commands for the visit's decisions: add one, remove one, change one.

Like ``commands``, each command calls the model's mutation methods, which
emit the Qt signals views need; nothing else changes ``visit.decisions``.

A change keeps the whole decision as it was and as it becomes, rather than
one field: an edit of a decision often changes several parts together (see
``decisionedits``), and putting back the very decision it replaced is the
one way to be sure undo returns it exactly. A decision is small, so this
costs nothing noticeable. Typing into one field of one decision merges into a
single step (``id()``/``mergeWith()``), as everywhere in the window.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from ..visit import copy_of
from .commands import MERGE_WINDOW_S

if TYPE_CHECKING:
    from ..visit import Decision
    from .decisionmodel import DecisionListModel

_MERGE_DECISION = 1003


class AddDecision(QUndoCommand):
    def __init__(self, model: DecisionListModel, row: int, decision: Decision, text: str) -> None:
        super().__init__(text)
        self.model, self.row, self.decision = model, row, decision

    def redo(self) -> None:
        self.model.insert_decision(self.row, copy_of(self.decision))

    def undo(self) -> None:
        self.model.remove_decision(self.row)


class RemoveDecision(QUndoCommand):
    def __init__(self, model: DecisionListModel, row: int, text: str) -> None:
        super().__init__(text)
        self.model, self.row = model, row
        self.decision: Decision | None = None

    def redo(self) -> None:
        self.decision = self.model.remove_decision(self.row)

    def undo(self) -> None:
        assert self.decision is not None
        self.model.insert_decision(self.row, self.decision)


class ChangeDecision(QUndoCommand):
    """Replace decision ``row`` by ``after``; undo puts ``before`` back.

    ``merge_key`` names the field being typed into (such as ``"options[1].name"``);
    consecutive typing into the same field merges into one step.
    """

    def __init__(
        self,
        model: DecisionListModel,
        row: int,
        before: Decision,
        after: Decision,
        text: str,
        *,
        merge_key: str = "",
    ) -> None:
        super().__init__(text)
        self.model, self.row = model, row
        self.before, self.after = before, after
        self.merge_key = merge_key
        self.stamp = time.monotonic()

    def redo(self) -> None:
        self.model.replace_decision(self.row, copy_of(self.after))

    def undo(self) -> None:
        self.model.replace_decision(self.row, copy_of(self.before))

    def id(self) -> int:
        return _MERGE_DECISION if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, ChangeDecision)
            and other.merge_key
            and (other.model, other.row, other.merge_key) == (self.model, self.row, self.merge_key)
            and other.stamp - self.stamp < MERGE_WINDOW_S
        ):
            return False
        self.after, self.stamp = other.after, other.stamp
        self.setObsolete(self.after == self.before)  # typed, then typed back: nothing to undo
        return True
