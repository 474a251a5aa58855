"""Ctrl+Z in a text field undoes the visit edit, not just the field's own text.

Qt text fields claim the undo keys for their private history; that would
split one visit's history in two. Fields inside the main window give the
keys back to the window's undo and redo (editors open inside a list keep
them, for the word being edited in place).

The keys are claimed with a ShortcutOverride event, which Qt sends to the
focused widget only, so the filter watches the focused field alone: it is
installed on a field of the window when the field gets the focus and removed
when it loses it. Installed on the whole application instead, it ran Python
for every event of every object (thousands a second while someone types, each
one taking the GIL).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QWidget,
)

from .focuswatch import FocusWatch

CTRL_Y = QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Y)
"""Redo, as well as Ctrl+Shift+Z, as most editors on Windows and Linux have it."""

FIELDS = (QLineEdit, QPlainTextEdit, QAbstractSpinBox)
"""The widgets that keep an undo history of their own."""


class UndoKeys(FocusWatch):
    """Gives the undo keys of ``window``'s focused text field back to the window.

    Made once per window; ``stop()`` when the window closes.
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._field: QWidget | None = None
        self._focus_changed(None, QApplication.focusWidget())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if watched is not self._field:
            return False
        if (
            event.matches(QKeySequence.StandardKey.Undo)
            or event.matches(QKeySequence.StandardKey.Redo)
            or event.keyCombination() == CTRL_Y
        ):
            event.ignore()
            return True
        return False

    def _wants(self, widget: QWidget) -> bool:
        """Whether ``widget`` gives the undo keys back to the window."""
        if not isinstance(widget, FIELDS):
            return False
        if not (widget.window() is self.window and self.window.isAncestorOf(widget)):
            return False
        parent = widget.parent()
        # An editor open inside a list keeps the keys, for the word being edited in place.
        return not (isinstance(parent, QWidget) and isinstance(parent.parent(), QAbstractItemView))

    def _follow(self, field: QWidget | None) -> None:
        old = self._field
        if field is old:
            return
        if old is not None and shiboken6.isValid(old):
            old.removeEventFilter(self)
        self._field = field
        if field is not None:
            field.installEventFilter(self)
