"""A Qt list model over the visit's decisions: the one way the window reads and changes them.

Each row is one decision, shown by its question (the decision selector is a
view on this model; the patient's window can be another). As in
``listmodel``, two kinds of methods are kept apart:
- requests (``add``, ``remove``, ``change``) push an undo command and change
  nothing themselves;
- mutations (``insert_decision``, ``remove_decision``, ``replace_decision``)
  are called only by those commands, change ``visit.decisions`` and emit the
  signals views need.

Never logs a decision's words: they are the patient's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoStack

from ..visit import Decision
from .decisioncommands import AddDecision, ChangeDecision, RemoveDecision

AnyIndex = QModelIndex | QPersistentModelIndex

DECISION_ROLE = Qt.ItemDataRole.UserRole + 1
"""The core ``Decision`` of a row."""


class DecisionListModel(QAbstractListModel):
    changed = Signal()
    """Emitted after any mutation, for autosave and the summary preview."""

    decisionChanged = Signal(int)
    """One decision was replaced by an edit (or its undo); carries its row."""

    def __init__(self, decisions: list[Decision], undo_stack: QUndoStack) -> None:
        super().__init__()
        self._decisions = decisions
        self._undo = undo_stack

    # -- reading -------------------------------------------------------------------

    def decision(self, row: int) -> Decision:
        return self._decisions[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._decisions)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._decisions):
            return None
        decision = self._decisions[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return decision.question
        if role == DECISION_ROLE:
            return decision
        return None

    # -- requests: each pushes one undo command ---------------------------------------

    def add(self, decision: Decision, text: str) -> int:
        row = len(self._decisions)
        self._undo.push(AddDecision(self, row, decision, text))
        return row

    def remove(self, row: int, text: str) -> None:
        if 0 <= row < len(self._decisions):
            self._undo.push(RemoveDecision(self, row, text))

    def change(
        self,
        row: int,
        edit: Callable[[Decision], Decision],
        text: str,
        *,
        merge_key: str = "",
    ) -> None:
        """Apply ``edit`` (one of ``decisionedits``) to decision ``row`` as one undo step."""
        before = self._decisions[row]
        after = edit(before)
        if after != before:
            self._undo.push(ChangeDecision(self, row, before, after, text, merge_key=merge_key))

    # -- mutations: called only by undo commands ----------------------------------------

    def insert_decision(self, row: int, decision: Decision) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self._decisions.insert(row, decision)
        self.endInsertRows()
        self.changed.emit()

    def remove_decision(self, row: int) -> Decision:
        self.beginRemoveRows(QModelIndex(), row, row)
        decision = self._decisions.pop(row)
        self.endRemoveRows()
        self.changed.emit()
        return decision

    def replace_decision(self, row: int, decision: Decision) -> None:
        self._decisions[row] = decision
        index = self.index(row)
        self.dataChanged.emit(index, index)
        self.decisionChanged.emit(row)
        self.changed.emit()
