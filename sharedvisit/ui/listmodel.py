"""A Qt list model over one of the visit's lists (agenda, concerns, uncertainties, next steps).

Views never hold copies: the main window's sections and the patient-facing
window are views on these same models, so both follow every edit live.

Two kinds of methods, kept apart on purpose:
- requests (``add``, ``remove``, ``move``, ``set_field`` and Qt's ``setData`` /
  drag and drop) push an undo command and change nothing themselves;
- mutations (``insert_entry``, ``remove_entry``, ``move_entry``,
  ``set_entry_field``) are called only by those commands, change the core list
  and emit the signals views need.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoStack

from ..visit import ENTRY_TYPES, AgendaStatus, Person
from . import commands

MIME_TYPE = "application/x-sharedvisit-entry"

AnyIndex = QModelIndex | QPersistentModelIndex


class Roles:
    """Custom data roles; each view asks for what it draws."""

    ENTRY = Qt.ItemDataRole.UserRole + 1  # the core entry object itself
    PERSON = Qt.ItemDataRole.UserRole + 2  # who raised it (or, for next steps, who owns it)
    STATUS = Qt.ItemDataRole.UserRole + 3  # agenda status


class EntryListModel(QAbstractListModel):
    """Rows of one visit list; the core list is the data, the model only presents it."""

    changed = Signal()
    """Emitted after any mutation, for autosave and the summary preview."""

    def __init__(self, entries: list[Any], list_name: str, undo_stack: QUndoStack) -> None:
        super().__init__()
        self._entries = entries
        self.list_name = list_name
        self.entry_type = ENTRY_TYPES[list_name]
        self.person_field = "owner" if list_name == "next_steps" else "raised_by"
        self._undo = undo_stack

    # -- reading -----------------------------------------------------------

    def entry(self, row: int) -> Any:
        return self._entries[row]

    def entries(self) -> list[Any]:
        """The live core list; read it, never change it from outside a command."""
        return self._entries

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return entry.text
        if role == Roles.ENTRY:
            return entry
        if role == Roles.PERSON:
            return getattr(entry, self.person_field)
        if role == Roles.STATUS:
            return getattr(entry, "status", None)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.describe(index.row())
        return None

    def describe(self, row: int) -> str:
        """The entry in words, for screen readers: text, who, and where it stands."""
        entry = self._entries[row]
        person = getattr(entry, self.person_field)
        if self.person_field == "owner":
            who = {
                Person.PATIENT: self.tr("for the patient"),
                Person.CLINICIAN: self.tr("for the clinician"),
                Person.BOTH: self.tr("for both"),
            }[person]
        else:
            who = {
                Person.PATIENT: self.tr("raised by the patient"),
                Person.CLINICIAN: self.tr("raised by the clinician"),
                Person.BOTH: self.tr("raised by both"),
            }[person]
        parts = [entry.text, who]
        status = getattr(entry, "status", None)
        if status is not None:
            parts.append(
                {
                    AgendaStatus.OPEN: self.tr("open"),
                    AgendaStatus.DISCUSSED: self.tr("discussed"),
                    AgendaStatus.DEFERRED: self.tr("next time"),
                }[status]
            )
        teach_back = getattr(entry, "teach_back", None)
        if teach_back is not None and teach_back.confirmed:
            parts.append(self.tr("said back in their own words"))
        return ", ".join(parts)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index) | Qt.ItemFlag.ItemIsDropEnabled
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled
        return base

    # -- requests: each pushes one undo command ------------------------------

    def add(self, entry: Any, row: int | None = None) -> int:
        row = len(self._entries) if row is None else row
        self._undo.push(commands.AddEntry(self, row, entry, self._label("add")))
        return row

    def remove(self, row: int) -> None:
        self._undo.push(commands.RemoveEntry(self, row, self._label("remove")))

    def move(self, source: int, to: int) -> None:
        if source != to and 0 <= source < len(self._entries) and 0 <= to < len(self._entries):
            self._undo.push(commands.MoveEntry(self, source, to, self._label("move")))

    def set_field(self, row: int, field: str, value: Any, *, typing: bool = False) -> None:
        """Change one field; ``typing`` merges a burst of keystrokes into one undo step."""
        current = getattr(self._entries[row], field)
        if isinstance(current, Enum) and not isinstance(value, type(current)):
            value = type(current)(value)  # Qt hands enum values back as plain strings
        if current == value:
            return
        label = self._label("edit")
        self._undo.push(commands.SetEntryField(self, row, field, value, label, typing=typing))

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        text = str(value)
        if not text.strip():
            return False  # an entry keeps its words; removing it is its own action
        self.set_field(index.row(), "text", text)
        return True

    # -- drag and drop within the list -----------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            mime.setData(MIME_TYPE, QByteArray(f"{id(self)}:{rows[0]}".encode()))
        return mime

    def removeRows(self, row: int, count: int, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        """Refused: a view finishing a drag would remove the row the move command moved."""
        return False

    def dropped_row(self, mime: QMimeData) -> int | None:
        """The row a drag carries, if it came from this very model."""
        if not mime.hasFormat(MIME_TYPE):
            return None
        owner, _, row = bytes(mime.data(MIME_TYPE).data()).decode().partition(":")
        if owner != str(id(self)) or not row.isdigit():
            return None
        return int(row) if int(row) < len(self._entries) else None

    def drop_at(self, source: int, before: int) -> None:
        """Move ``source`` so it lands before row ``before`` (``rowCount()`` = at the end)."""
        to = before - 1 if before > source else before
        self.move(source, max(0, min(to, len(self._entries) - 1)))

    # -- mutations: called only by undo commands -------------------------------

    def insert_entry(self, row: int, entry: Any) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self._entries.insert(row, entry)
        self.endInsertRows()
        self.changed.emit()

    def remove_entry(self, row: int) -> Any:
        self.beginRemoveRows(QModelIndex(), row, row)
        entry = self._entries.pop(row)
        self.endRemoveRows()
        self.changed.emit()
        return entry

    def move_entry(self, source: int, to: int) -> None:
        # Qt's destination is the row *before which* the moved row goes, counted
        # before removal; ``to`` is where it ends up after it.
        destination = to + 1 if to > source else to
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), destination)
        self._entries.insert(to, self._entries.pop(source))
        self.endMoveRows()
        self.changed.emit()

    def set_entry_field(self, row: int, field: str, value: Any) -> None:
        setattr(self._entries[row], field, value)
        index = self.index(row)
        self.dataChanged.emit(index, index)
        self.changed.emit()

    def _label(self, action: str) -> str:
        """The undo menu's words for an action on this list (whole phrases, for translators)."""
        labels = {
            "agenda": (
                self.tr("Add agenda item"),
                self.tr("Remove agenda item"),
                self.tr("Move agenda item"),
                self.tr("Edit agenda item"),
            ),
            "concerns": (
                self.tr("Add concern"),
                self.tr("Remove concern"),
                self.tr("Move concern"),
                self.tr("Edit concern"),
            ),
            "uncertainties": (
                self.tr("Add uncertainty"),
                self.tr("Remove uncertainty"),
                self.tr("Move uncertainty"),
                self.tr("Edit uncertainty"),
            ),
            "next_steps": (
                self.tr("Add next step"),
                self.tr("Remove next step"),
                self.tr("Move next step"),
                self.tr("Edit next step"),
            ),
        }[self.list_name]
        return labels[("add", "remove", "move", "edit").index(action)]
