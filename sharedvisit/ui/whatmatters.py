"""What matters to the patient in one decision, each rated from 0 to 5, as the Ottawa guide asks.

Type what matters and press Enter; say who named it with one click; rate it
with the arrow keys or a digit from 0 to 5 (or drag the slider). "Strongest
first" puts what matters most at the top, as one undo step.

Holds no data: every change is an edit of the decision, made through the
section (``DecisionEditor``), so it is one undo step and autosave follows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..visit import Decision, Person
from . import decisionedits as edits
from .decisionedits import DecisionEditor
from .gridcells import keyed
from .icons import icon
from .people import PEOPLE, person_look
from .readinghint import mark_handout_text
from .widgets import PersonPicker

NEW_IMPORTANCE = 3
"""A newly named thing starts in the middle; the patient moves it up or down."""


def importance_words(value: int) -> str:
    """A rating in words, so it never rests on the slider's position alone."""
    return (
        QCoreApplication.translate("WhatMatters", "0 of 5: does not matter"),
        QCoreApplication.translate("WhatMatters", "1 of 5: matters a little"),
        QCoreApplication.translate("WhatMatters", "2 of 5: matters some"),
        QCoreApplication.translate("WhatMatters", "3 of 5: matters"),
        QCoreApplication.translate("WhatMatters", "4 of 5: matters a lot"),
        QCoreApplication.translate("WhatMatters", "5 of 5: matters most"),
    )[value]


class RatingSlider(QSlider):
    """0 to 5 in one tab stop: arrows, Home/End, or the digit itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setRange(0, 5)
        self.setPageStep(1)
        self.setTickInterval(1)
        self.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()

    def _fit(self) -> None:
        """Easy to see and to grab at any text size: the handle grows with the text."""
        line = self.fontMetrics().height()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 14)
        self.setMinimumHeight(round(line * 1.3))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if (
            len(text) == 1
            and text in "012345"
            and not event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier)
        ):
            self.setValue(int(text))
            return
        super().keyPressEvent(event)


class MatterRow:
    """The widgets of one thing that matters; rebuilt when the list changes length."""

    def __init__(self, parent: QWidget) -> None:
        self.text = QLineEdit(parent)
        self.text.setAccessibleName(QCoreApplication.translate("WhatMatters", "What matters"))
        self.rating = RatingSlider(parent)
        self.rating.setAccessibleName(
            QCoreApplication.translate("WhatMatters", "How much it matters")
        )
        self.words = QLabel(parent)
        self.words.setBuddy(self.rating)
        self.person = QComboBox(parent)
        self.person.setAccessibleName(QCoreApplication.translate("WhatMatters", "Named by"))
        for person in PEOPLE:
            look = person_look(person)
            self.person.addItem(look.icon, look.label, person)
        self.remove = QToolButton(parent)
        self.remove.setIcon(icon("remove"))
        self.remove.setText(QCoreApplication.translate("WhatMatters", "Remove"))
        self.remove.setAccessibleName(
            QCoreApplication.translate("WhatMatters", "Remove what matters")
        )
        self.remove.setToolTip(
            QCoreApplication.translate("WhatMatters", "Remove this; Ctrl+Z brings it back")
        )

    def widgets(self) -> list[QWidget]:
        return [self.text, self.person, self.remove, self.rating]


class WhatMattersEditor(QWidget):
    def __init__(self, editor: DecisionEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.decision: Decision | None = None
        self.rows: list[MatterRow] = []
        self._loading = False

        prompt = QLabel(
            self.tr("What matters most to you about this choice?"),
            self,
        )
        prompt.setWordWrap(True)
        self.input = QLineEdit(self)
        self.input.setAccessibleName(self.tr("New thing that matters"))
        self.input.setAccessibleDescription(prompt.text())
        self.input.setPlaceholderText(
            self.tr("For example: keep walking my dog. Press Enter to add.")
        )
        self.input.returnPressed.connect(self.add_from_input)
        mark_handout_text(self.input)
        prompt.setBuddy(self.input)
        self.picker = PersonPicker(self.tr("Named by"), self)
        self.add_button = QPushButton(icon("add"), self.tr("Add"), self)
        self.add_button.setAccessibleName(self.tr("Add: New thing that matters"))
        self.add_button.clicked.connect(self.add_from_input)
        entry = QGridLayout()
        entry.addWidget(self.input, 0, 0, 1, 3)
        entry.addWidget(self.picker, 1, 0)
        entry.addWidget(self.add_button, 1, 2)
        entry.setColumnStretch(1, 1)

        self.list = QWidget(self)
        self.grid = QGridLayout(self.list)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(1, 1)
        self.grid.setVerticalSpacing(4)
        self.empty = QLabel(
            self.tr("Nothing yet. Ask what matters most, and rate each from 0 to 5."), self
        )
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "hint")
        self.sort_button = QPushButton(self.tr("Strongest first"), self)
        self.sort_button.setAccessibleName(self.tr("Put what matters most first"))
        self.sort_button.clicked.connect(
            lambda: self.editor.edit(
                edits.strongest_first,
                self.tr("Put what matters most first"),
            )
        )
        sort_row = QHBoxLayout()
        sort_row.addStretch(1)
        sort_row.addWidget(self.sort_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(prompt)
        layout.addLayout(entry)
        layout.addWidget(self.empty)
        layout.addWidget(self.list)
        layout.addLayout(sort_row)

    # -- requests ------------------------------------------------------------------------

    def add_from_input(self) -> None:
        text = self.input.text()
        if not text.strip():
            return
        person = self.picker.person()
        self.editor.edit(
            lambda d: edits.add_matter(d, text, person, NEW_IMPORTANCE),
            self.tr("Add what matters"),
        )
        self.input.clear()

    def _set(self, row: int, field: str, value: object, *, typing: bool = False) -> None:
        if self._loading:
            return
        if field == "text" and not str(value).strip():
            return  # a thing that matters keeps its words; removing it is its own action
        self.editor.edit(
            lambda d: edits.set_matter(d, row, field, value),
            self.tr("Edit what matters") if field == "text" else self.tr("Rate what matters"),
            merge_key=f"what_matters[{row}].{field}" if typing else "",
        )

    # -- showing ---------------------------------------------------------------------------

    def focus_order(self) -> list[QWidget]:
        order: list[QWidget] = [self.input, *self.picker_buttons(), self.add_button]
        for row in self.rows:
            order.extend(row.widgets())
        order.append(self.sort_button)
        return order

    def picker_buttons(self) -> list[QWidget]:
        return [self.picker.button(person) for person in PEOPLE]

    def show_decision(self, decision: Decision) -> None:
        self.decision = decision
        items = decision.what_matters
        if len(items) != len(self.rows):
            self._rebuild(len(items))
        self._loading = True
        try:
            for row, (widgets, item) in enumerate(zip(self.rows, items, strict=True)):
                if widgets.text.text() != item.text and not (
                    widgets.text.hasFocus() and not widgets.text.text().strip()
                ):
                    widgets.text.setText(item.text)
                widgets.rating.setValue(item.importance)
                widgets.words.setText(importance_words(item.importance))
                widgets.rating.setAccessibleDescription(importance_words(item.importance))
                widgets.person.setCurrentIndex(widgets.person.findData(item.raised_by))
                widgets.text.setAccessibleDescription(
                    self.tr("Item {0} of {1}").format(row + 1, len(items))
                )
        finally:
            self._loading = False
        self.empty.setVisible(not items)
        self.sort_button.setEnabled(len(items) > 1)

    def _rebuild(self, count: int) -> None:
        for row in self.rows:
            for widget in (*row.widgets(), row.words):
                widget.blockSignals(True)  # a field losing focus must not refresh mid-rebuild
                self.grid.removeWidget(widget)
                widget.hide()
                widget.deleteLater()
        self.rows = []
        for index in range(count):
            widgets = MatterRow(self.list)
            fields = ("text", "person", "remove", "rating")
            for widget, field in zip(widgets.widgets(), fields, strict=True):
                keyed(widget, f"matter:{index}:{field}")
            widgets.text.textEdited.connect(
                lambda text, r=index: self._set(r, "text", text, typing=True)
            )
            widgets.text.editingFinished.connect(lambda: self._restore_blank())
            widgets.rating.valueChanged.connect(  # steps with the arrow keys merge into one
                lambda v, r=index: self._set(r, "importance", v, typing=True)
            )
            widgets.person.activated.connect(
                lambda i, r=index, c=widgets.person: self._set(
                    r, "raised_by", Person(c.itemData(i))
                )
            )
            widgets.remove.clicked.connect(
                lambda _c=False, r=index: self.editor.edit(
                    lambda d: edits.remove_matter(d, r),
                    self.tr("Remove what matters"),
                )
            )
            top = index * 2
            self.grid.addWidget(widgets.text, top, 0, 1, 2)
            self.grid.addWidget(widgets.person, top, 2)
            self.grid.addWidget(widgets.remove, top, 3)
            self.grid.addWidget(widgets.rating, top + 1, 0)
            self.grid.addWidget(widgets.words, top + 1, 1, 1, 3)
            for widget in (*widgets.widgets(), widgets.words):
                widget.show()
            self.rows.append(widgets)

    def _restore_blank(self) -> None:
        """A field emptied and left shows its words again: they were never removed."""
        if self.decision is not None:
            self.show_decision(self.decision)
