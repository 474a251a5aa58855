"""One choice among a few, as radio buttons: two to a row when there is room, else one a row.

Every choice stays in view (a drop-down would hide the others from the
person across the desk), and with large text the buttons stack instead of
running off the side. Tab enters the group once, at the button chosen; the
arrow keys then choose (``TabToChosen``), as in any desktop dialog.
"""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QGridLayout,
    QLayout,
    QRadioButton,
    QWidget,
)


class TabToChosen(QObject):
    """Tab into a group of radio buttons lands on the chosen one, so the arrows change it.

    Qt would land on the first button of the group; the arrow keys then only
    move the focus, and a person at the keyboard cannot tell what is chosen.
    """

    def __init__(self, group: QButtonGroup) -> None:
        super().__init__(group)
        self.group = group
        for button in group.buttons():
            button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.FocusIn
            and isinstance(event, QFocusEvent)
            and event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
            and isinstance(watched, QAbstractButton)
            and not watched.isChecked()
        ):
            chosen = self.group.checkedButton()
            if chosen is not None and chosen is not watched:
                chosen.setFocus(event.reason())
                return True
        return False


class ChoiceButtons(QWidget):
    chosen = Signal(object)
    """The value of the button a person chose (never emitted by ``set_value``)."""

    def __init__(
        self,
        choices: list[tuple[Hashable, str, str]],
        parent: QWidget | None = None,
    ) -> None:
        """``choices``: (value, words shown, accessible name) for each button, in order."""
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        # The two-column layout must not set the minimum width: one column always fits.
        self.grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.group = QButtonGroup(self)
        self.buttons: dict[Hashable, QRadioButton] = {}
        for value, words, name in choices:
            button = QRadioButton(words, self)
            button.setAccessibleName(name)
            button.toggled.connect(lambda on, v=value: self._toggled(on, v))
            self.group.addButton(button)
            self.buttons[value] = button
        TabToChosen(self.group)
        self._loading = False
        self._columns = 0
        self._arrange(2)

    def value(self) -> Hashable:
        for value, button in self.buttons.items():
            if button.isChecked():
                return value
        return None

    def set_value(self, value: Hashable) -> None:
        """Show ``value`` as chosen, quietly."""
        button = self.buttons[value]
        if not button.isChecked():
            self._loading = True
            try:
                button.setChecked(True)
            finally:
                self._loading = False

    def focus_order(self) -> list[QWidget]:
        return list(self.buttons.values())

    def _toggled(self, on: bool, value: Hashable) -> None:
        if on and not self._loading:
            self.chosen.emit(value)

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for button in self.buttons.values():
            self.grid.removeWidget(button)
        for place, button in enumerate(self.buttons.values()):
            self.grid.addWidget(button, place // columns, place % columns)

    def _fit(self) -> None:
        widest = max(b.sizeHint().width() for b in self.buttons.values())
        spacing = self.grid.horizontalSpacing()
        self._arrange(2 if self.width() >= 2 * widest + spacing else 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()

    def minimumSizeHint(self) -> QSize:
        # One column is always possible: never ask for the width of two.
        hint = super().minimumSizeHint()
        widest = max(b.minimumSizeHint().width() for b in self.buttons.values())
        hint.setWidth(widest)
        return hint
