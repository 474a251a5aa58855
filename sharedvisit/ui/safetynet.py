"""When to get help: the visit's safety-netting advice, under its next steps.

Safety-netting, as the consensus defines it (Almond et al. 2009; Edwards et
al. 2022), names the specific warning signs, says exactly what to do and whom
to call, and how long things should take to get better. The handout prints
it in a box on its first page; the editor says so, so nobody is surprised.

The clinic keeps a few reusable pieces of advice in the settings: one click
on one fills every field, as one undo step, ready to be made specific to
this patient. Typing into a field is one undo step per burst, as everywhere.
Emptying every field, or "Remove", takes the section off the handout.

Never logs: the advice may name the patient's condition.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import msgspec.structs
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..visit import SafetyNet, copy_of
from .document import VisitDocument
from .gridcells import GrowingNoteEdit
from .icons import icon
from .readinghint import mark_handout_text
from .widgets import FlowLayout, WrappingButton, replace_suggestions


def lines(text: str) -> list[str]:
    """One warning sign per line; empty lines are not signs."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def tidy(advice: SafetyNet) -> SafetyNet | None:
    """None when nothing is left to print: the section goes from the handout."""
    return advice if advice != SafetyNet() else None


class SafetyNetEditor(QWidget):
    """Warning signs, what to do, the number to call, how long to get better."""

    def __init__(
        self,
        document: VisitDocument,
        saved: list[tuple[str, SafetyNet]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("safetyNet")
        self.document = document
        self._loading = False
        self._after: QWidget | None = None
        heading = QLabel(self.tr("When to get help"), self)
        heading.setProperty("role", "subtitle")
        note = QLabel(self.tr("Printed in a box on the first page of the handout."), self)
        note.setWordWrap(True)
        note.setProperty("role", "hint")

        self.offer = QLabel(self.tr("Use saved advice, one click each:"), self)
        self.offer.setWordWrap(True)
        self._advice_flow = FlowLayout(None)
        self.advice_buttons: list[WrappingButton] = []

        self.signs = GrowingNoteEdit(
            self.tr("Warning signs, one per line"),
            self.tr("One sign on each line. For example: You get a fever."),
            self,
        )
        self.what_to_do = GrowingNoteEdit(
            self.tr("What to do if they happen"),
            self.tr("For example: Call the clinic the same day."),
            self,
        )
        self.phone = self._line(
            self.tr("Number to call"), self.tr("For example: 555-0142, day or night")
        )
        self.course = GrowingNoteEdit(
            self.tr("How long it should take to get better"),
            self.tr("For example: You should feel better within two weeks."),
            self,
        )
        for text in (self.signs, self.what_to_do, self.course):
            mark_handout_text(text)
        self.signs.textChanged.connect(lambda: self._edit("warning_signs"))
        self.what_to_do.textChanged.connect(lambda: self._edit("what_to_do"))
        self.phone.textEdited.connect(lambda _t: self._edit("phone"))
        self.course.textChanged.connect(lambda: self._edit("expected_course"))

        self.remove = QToolButton(self)
        self.remove.setIcon(icon("remove"))
        self.remove.setText(self.tr("Remove this advice"))
        self.remove.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.remove.setAccessibleName(self.tr("Remove the advice on when to get help"))
        self.remove.setToolTip(self.tr("Take it off the handout; Ctrl+Z brings it back"))
        self.remove.clicked.connect(lambda: self.document.set_field("safety_net", None))

        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.remove)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Warning signs"), self.signs)
        form.addRow(self.tr("What to do"), self.what_to_do)
        form.addRow(self.tr("Number to call"), self.phone)
        form.addRow(self.tr("Getting better"), self.course)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(note)
        layout.addWidget(self.offer)
        layout.addLayout(self._advice_flow)
        layout.addLayout(form)

        self.set_saved_advice(saved)
        document.fieldChanged.connect(self._field_changed)
        self._show()

    def _line(self, accessible_name: str, placeholder: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setAccessibleName(accessible_name)
        line.setPlaceholderText(placeholder)
        return line

    def focus_order(self) -> list[QWidget]:
        return [
            self.remove,
            *self.advice_buttons,
            self.signs,
            self.what_to_do,
            self.phone,
            self.course,
        ]

    def set_saved_advice(self, saved: list[tuple[str, SafetyNet]]) -> None:
        """Offer these pieces of advice (the settings' own), one button each."""
        self.advice_buttons = replace_suggestions(
            self._advice_flow,
            self.advice_buttons,
            self,
            saved,
            self.tr("Use saved advice"),
            self.use,
        )
        self.offer.setVisible(bool(saved))
        self._chain()

    def chain_after(self, widget: QWidget) -> None:
        """Tab comes here from ``widget`` (the last control above), then goes down the fields."""
        self._after = widget
        self._chain()

    def _chain(self) -> None:
        order = ([self._after] if self._after is not None else []) + self.focus_order()
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def use(self, advice: SafetyNet) -> None:
        """Fill every field from ``advice``: one undo step, whatever was there before."""
        self.document.set_field("safety_net", tidy(copy_of(advice)))
        self.signs.setFocus()

    # -- inside -------------------------------------------------------------------

    def _edit(self, field: str) -> None:
        if self._loading:
            return
        current = self.document.visit.safety_net or SafetyNet()
        value: Any = {
            "warning_signs": lambda: lines(self.signs.toPlainText()),
            "what_to_do": lambda: self.what_to_do.toPlainText().strip(),
            "phone": lambda: self.phone.text().strip(),
            "expected_course": lambda: self.course.toPlainText().strip(),
        }[field]()
        if getattr(current, field) != value:
            changed = tidy(msgspec.structs.replace(current, **{field: value}))
            self.document.set_field(
                "safety_net", changed, typing=True, merge_key=f"safety_net.{field}"
            )

    def _field_changed(self, field: str) -> None:
        if field == "safety_net":
            self._show()

    def _show(self) -> None:
        advice = self.document.visit.safety_net or SafetyNet()
        self.remove.setEnabled(self.document.visit.safety_net is not None)
        self._loading = True
        try:
            # Only a field whose meaning differs is rewritten, so typing a space or
            # a new line at its end is not undone under the cursor.
            if lines(self.signs.toPlainText()) != advice.warning_signs:
                self._set(self.signs, "\n".join(advice.warning_signs))
            for note, text in (
                (self.what_to_do, advice.what_to_do),
                (self.course, advice.expected_course),
            ):
                if note.toPlainText().strip() != text:
                    self._set(note, text)
            if self.phone.text().strip() != advice.phone:
                self.phone.setText(advice.phone)
        finally:
            self._loading = False

    @staticmethod
    def _set(edit: QPlainTextEdit, text: str) -> None:
        edit.setPlainText(text)
        edit.moveCursor(edit.textCursor().MoveOperation.End)
