"""One undo command per kind of edit; every change to the visit goes through one.

The commands call the list models' and the document's mutation methods, which
emit the Qt signals views need; nothing else mutates the visit. Typing into
one field merges into a single command (``id()``/``mergeWith()``), so Ctrl+Z
takes back a burst of typing, not a single keystroke.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from .document import VisitDocument
    from .listmodel import EntryListModel

MERGE_WINDOW_S = 2.0
"""Typing into the same field within this many seconds is one undo step."""

_MERGE_VISIT_FIELD = 1001
_MERGE_ENTRY_FIELD = 1002


class AddEntry(QUndoCommand):
    def __init__(self, model: EntryListModel, row: int, entry: Any, text: str) -> None:
        super().__init__(text)
        self.model, self.row, self.entry = model, row, entry

    def redo(self) -> None:
        self.model.insert_entry(self.row, self.entry)

    def undo(self) -> None:
        self.model.remove_entry(self.row)


class RemoveEntry(QUndoCommand):
    def __init__(self, model: EntryListModel, row: int, text: str) -> None:
        super().__init__(text)
        self.model, self.row = model, row
        self.entry: Any = None

    def redo(self) -> None:
        self.entry = self.model.remove_entry(self.row)

    def undo(self) -> None:
        self.model.insert_entry(self.row, self.entry)


class MoveEntry(QUndoCommand):
    """Move one entry so that it ends up at row ``to`` (after removal)."""

    def __init__(self, model: EntryListModel, source: int, to: int, text: str) -> None:
        super().__init__(text)
        self.model, self.source, self.to = model, source, to

    def redo(self) -> None:
        self.model.move_entry(self.source, self.to)

    def undo(self) -> None:
        self.model.move_entry(self.to, self.source)


class SetEntryField(QUndoCommand):
    """Change one field of one entry; consecutive typing in that field merges."""

    def __init__(
        self, model: EntryListModel, row: int, field: str, value: Any, text: str, *, typing: bool
    ) -> None:
        super().__init__(text)
        self.model, self.row, self.field = model, row, field
        self.old = getattr(model.entry(row), field)
        self.new = value
        self.typing = typing
        self.stamp = time.monotonic()

    def redo(self) -> None:
        self.model.set_entry_field(self.row, self.field, self.new)

    def undo(self) -> None:
        self.model.set_entry_field(self.row, self.field, self.old)

    def id(self) -> int:
        return _MERGE_ENTRY_FIELD if self.typing else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, SetEntryField)
            and other.typing
            and (other.model, other.row, other.field) == (self.model, self.row, self.field)
            and other.stamp - self.stamp < MERGE_WINDOW_S
        ):
            return False
        self.new, self.stamp = other.new, other.stamp
        self.setObsolete(self.new == self.old)  # typed, then typed back: nothing to undo
        return True


class SetVisitField(QUndoCommand):
    """Change a field of the visit itself (patient, date, private note...).

    ``merge_key`` names the part being typed into when a field has several
    (the safety net's warning signs, its phone...), so typing into one part
    and then another is two undo steps; it defaults to the field itself.
    """

    def __init__(
        self,
        document: VisitDocument,
        field: str,
        value: Any,
        text: str,
        *,
        typing: bool,
        merge_key: str = "",
    ) -> None:
        super().__init__(text)
        self.document, self.field = document, field
        self.old = getattr(document.visit, field)
        self.new = value
        self.typing = typing
        self.merge_key = merge_key or field
        self.stamp = time.monotonic()

    def redo(self) -> None:
        self.document.apply_field(self.field, self.new)

    def undo(self) -> None:
        self.document.apply_field(self.field, self.old)

    def id(self) -> int:
        return _MERGE_VISIT_FIELD if self.typing else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, SetVisitField)
            and other.typing
            and (other.document, other.field, other.merge_key)
            == (self.document, self.field, self.merge_key)
            and other.stamp - self.stamp < MERGE_WINDOW_S
        ):
            return False
        self.new, self.stamp = other.new, other.stamp
        self.setObsolete(self.new == self.old)  # typed, then typed back: nothing to undo
        return True
