"""The list of one section's entries: who said it, the words, drag to reorder.

A view on the section's list model, drawn by ``EntryDelegate``. Drops are
checked against the model's own drag format and every move is one undo
command (the model refuses the view's own row removal at the end of a drag).
With nothing in it, the list says calmly how to add the first entry.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from .delegate import EntryDelegate
from .listmodel import EntryListModel


class EntryListView(QListView):
    """The list of entries: drag to reorder, and a calm hint when empty."""

    def __init__(
        self, model: EntryListModel, accessible_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(EntryDelegate(model.list_name, self))
        self.setAccessibleName(accessible_name)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # DragDrop, not InternalMove: drops are checked here by the model's own
        # drag format, and every move goes through the undo stack.
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.empty_hint = ""

    def entry_model(self) -> EntryListModel:
        model = self.model()
        assert isinstance(model, EntryListModel)
        return model

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        index = self.model().index(row, 0)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.scrollTo(index)

    def drop_row_at(self, pos: QPoint) -> int:
        """The row a drop at ``pos`` lands before: the nearer edge of the row under it."""
        index = self.indexAt(pos)
        if not index.isValid():
            return self.model().rowCount()
        rect = self.visualRect(index)
        return index.row() + (1 if pos.y() > rect.center().y() else 0)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.entry_model().dropped_row(event.mimeData()) is None:
            event.ignore()
            return
        super().dragEnterEvent(event)
        event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.entry_model().dropped_row(event.mimeData()) is None:
            event.ignore()
            return
        super().dragMoveEvent(event)
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        # The move is one undo command. When the drag ends as a move, the view
        # asks the model to remove the dragged row; the model refuses (see
        # EntryListModel.removeRows), since the command already moved it.
        model = self.entry_model()
        source = model.dropped_row(event.mimeData())
        if source is None:
            event.ignore()
            return
        before = self.drop_row_at(event.position().toPoint())
        model.drop_at(source, before)
        event.accept()
        self.select_row(before - 1 if before > source else before)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.model().rowCount() == 0 and self.empty_hint:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(
                self.viewport().rect().adjusted(12, 12, -12, -12),
                Qt.AlignmentFlag.AlignHCenter
                | Qt.AlignmentFlag.AlignTop
                | Qt.TextFlag.TextWordWrap,
                self.empty_hint,
            )
