"""Following the keyboard focus through one window's fields, for helpers that act on "this field".

The reading-level hint and the undo keys each care about the one field the
person is typing in. Qt says where the focus went with the application's
``focusChanged``; a watch listens to it for as long as its window is open,
and hands each newly focused widget it cares about (or None) to ``_follow``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget


class FocusWatch(QObject):
    """Follows the focus into ``window``'s fields; ``stop()`` when the window closes.

    Subclasses say which widgets they follow (``_wants``) and what following
    one means (``_follow``, also called with None when the focus leaves them).
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)
        self._watching = True

    def stop(self) -> None:
        """Stop watching (the window is closing); once is enough, twice does no harm."""
        self._follow(None)
        app = QApplication.instance()
        if isinstance(app, QApplication) and self._watching:
            app.focusChanged.disconnect(self._focus_changed)
        self._watching = False

    def _wants(self, widget: QWidget) -> bool:
        raise NotImplementedError

    def _follow(self, field: QWidget | None) -> None:
        raise NotImplementedError

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self._follow(new if new is not None and self._wants(new) else None)
