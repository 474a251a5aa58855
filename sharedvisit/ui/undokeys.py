"""Ctrl+Z in a text field undoes the visit edit, not just the field's own text.

Qt text fields claim the undo keys for their private history; that would
split one visit's history in two. Fields inside the main window give the
keys back to the window's undo and redo (editors open inside a list keep
them, for the word being edited in place).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QWidget,
)

CTRL_Y = QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Y)
"""Redo, as well as Ctrl+Shift+Z, as most editors on Windows and Linux have it."""


class UndoKeys(QObject):
    """An application-wide event filter; install it on the QApplication."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(watched, (QLineEdit, QPlainTextEdit, QAbstractSpinBox)):
            return False
        if not (watched.window() is self.window and self.window.isAncestorOf(watched)):
            return False
        parent = watched.parent()
        if isinstance(parent, QWidget) and isinstance(parent.parent(), QAbstractItemView):
            return False
        if (
            event.matches(QKeySequence.StandardKey.Undo)
            or event.matches(QKeySequence.StandardKey.Redo)
            or event.keyCombination() == CTRL_Y
        ):
            event.ignore()
            return True
        return False
