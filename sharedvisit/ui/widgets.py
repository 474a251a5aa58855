"""Small input widgets the sections share: who said it, a date that may be empty, a short note."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDateEdit,
    QHBoxLayout,
    QPlainTextEdit,
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
            button.setStyleSheet(
                f"QToolButton:checked {{ background: {look.fill.name()};"
                f" border: 2px solid {look.ink.name()}; border-radius: 5px;"
                f" color: {look.ink.name()}; font-weight: 600; }}"
            )
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
