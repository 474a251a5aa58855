"""Small input widgets the sections share: who said it, a date that may be empty, a short note."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDateEdit,
    QHBoxLayout,
    QLayout,
    QLayoutItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QToolButton,
    QWidget,
)

from ..visit import Person
from .people import PEOPLE, person_look

NO_DATE = QDate(2000, 1, 1)
"""The date edit's minimum stands for "no date", shown as words."""


class PersonPicker(QWidget):
    """Three toggle buttons, Patient / Clinician / Both: one click attributes an entry."""

    personChanged = Signal(object)  # Person

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[Person, QToolButton] = {}
        for person in PEOPLE:
            look = person_look(person)
            button = QToolButton(self)
            button.setCheckable(True)
            button.setText(look.label)
            button.setIcon(look.icon)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setToolTip(
                self.tr("{0} ({1})").format(
                    look.label, look.shortcut.toString(look.shortcut.SequenceFormat.NativeText)
                )
            )
            button.setAccessibleName(self.tr("{0}: {1}").format(accessible_name, look.label))
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setObjectName(f"person-{person.value}")
            button.setProperty("person", person.value)  # coloured by the theme's style sheet
            self._group.addButton(button)
            self._buttons[person] = button
            layout.addWidget(button)
        self._buttons[Person.PATIENT].setChecked(True)
        self._group.buttonClicked.connect(self._clicked)

    def person(self) -> Person:
        for person, button in self._buttons.items():
            if button.isChecked():
                return person
        return Person.PATIENT

    def set_person(self, person: Person) -> None:
        """Show ``person`` as chosen, without emitting ``personChanged``."""
        self._buttons[person].setChecked(True)

    def button(self, person: Person) -> QToolButton:
        return self._buttons[person]

    def _clicked(self, button: QAbstractButton) -> None:
        for person, candidate in self._buttons.items():
            if candidate is button:
                self.personChanged.emit(person)


class OptionalDateEdit(QDateEdit):
    """A date picker that may be empty: type a date, pick one, or press Delete for none."""

    dateChosen = Signal(object)  # dt.date | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(self.tr("No date"))
        self.setDisplayFormat("yyyy-MM-dd")
        self.setDate(NO_DATE)
        self.dateChanged.connect(lambda _d: self.dateChosen.emit(self.value()))

    def value(self) -> dt.date | None:
        date = self.date()
        return None if date == NO_DATE else dt.date(date.year(), date.month(), date.day())

    def set_value(self, value: dt.date | None) -> None:
        """Show ``value`` without emitting ``dateChosen``."""
        self.blockSignals(True)
        self.setDate(NO_DATE if value is None else QDate(value.year, value.month, value.day))
        self.blockSignals(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.setDate(NO_DATE)
            return
        if self.date() == NO_DATE and event.text().isdigit():
            # Typing into "No date" starts from today's date, so a typed date works.
            self.setDate(QDate.currentDate())
            self.setSelectedSection(QDateEdit.Section.YearSection)
        super().keyPressEvent(event)


class NoteEdit(QPlainTextEdit):
    """A few lines of text; Tab moves on, as in every other field."""

    def __init__(
        self, accessible_name: str, placeholder: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()  # text size follows Ctrl+= / Ctrl+-

    def _fit(self) -> None:
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)

    def set_text_quietly(self, text: str) -> None:
        """Show ``text`` unless it is already there (keeps the cursor while typing)."""
        if self.toPlainText() != text:
            self.blockSignals(True)
            self.setPlainText(text)
            self.blockSignals(False)


class FlowLayout(QLayout):
    """Lays widgets out left to right and wraps them onto new lines (Qt's flow layout example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        x, y, line_height = rect.x(), rect.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if rect.width() > 0 and hint.width() > rect.width():
                hint.setWidth(rect.width())  # wider than the line: take the whole line
            if item.hasHeightForWidth():
                # As tall as its words need at that width. The item's size hint is not:
                # Qt widens it to the minimum size hint, which is narrow, so tall.
                hint.setHeight(item.heightForWidth(hint.width()))
            if x + hint.width() > rect.right() and line_height > 0:
                x, y = rect.x(), y + line_height + self._spacing
                line_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y()


class WrappingButton(QPushButton):
    """A push button whose words wrap onto more lines when the space is narrow (large text)."""

    PAD = 8

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = text
        self.setToolTip(text)
        # Preferred, not a push button's usual Minimum: it may be narrower than its one-line width.
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _box(self, width: int) -> QSize:
        inner = max(1, width - 2 * self.PAD)
        bound = self.fontMetrics().boundingRect(
            QRect(0, 0, inner, 100000), Qt.TextFlag.TextWordWrap, self.words
        )
        return QSize(width, bound.height() + self.PAD)

    def sizeHint(self) -> QSize:
        natural = self.fontMetrics().horizontalAdvance(self.words) + 2 * self.PAD + 2
        return self._box(natural)

    def minimumSizeHint(self) -> QSize:
        return self._box(self.fontMetrics().averageCharWidth() * 14)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._box(width).height()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        painter.drawControl(QStyle.ControlElement.CE_PushButtonBevel, option)
        painter.drawText(
            self.rect().adjusted(self.PAD, 0, -self.PAD, 0),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            self.words,
        )


def replace_suggestions[T](
    flow: FlowLayout,
    old: list[WrappingButton],
    parent: QWidget,
    offers: list[tuple[str, T]],
    accessible_name: str,
    pressed: Callable[[T], None],
) -> list[WrappingButton]:
    """Swap the one-click suggestion buttons in ``flow`` for one per (words, value) offer.

    Each button reads its words as its accessible description (its name says
    what pressing does) and calls ``pressed`` with its value.
    """
    for button in old:
        flow.removeWidget(button)
        button.deleteLater()
    buttons = []
    for words, value in offers:
        button = WrappingButton(words, parent)
        button.setAccessibleName(accessible_name)
        button.setAccessibleDescription(words)
        button.setProperty("role", "suggestion")
        button.clicked.connect(lambda _c=False, v=value: pressed(v))
        flow.addWidget(button)
        buttons.append(button)
    return buttons
