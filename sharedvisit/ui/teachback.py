"""Teach-back: the patient says a next step or a decision back in their own words.

Teach-back checks the clinician's explanation, not the patient (AHRQ health
literacy toolkit). So the words offered to the clinician start with "I want
to be sure I explained this well", and nothing here ever asks "Do you
understand?". Marking it records who checked (the visit's clinician) and when
(now, with the time zone); unmarking clears both. The words typed are kept
when it is unmarked, so a slip of the mouse loses nothing; they print only
while it is marked.

The functions build the new ``TeachBack`` value; the widget shows one and
asks for a change; its owners (the next step's details, the decision tab)
make each change one undo step. Never logs: the words are the patient's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Literal

import msgspec.structs
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from ..visit import Decision, TeachBack
from . import decisionedits as edits
from .decisionedits import DecisionEditor
from .gridcells import GrowingNoteEdit
from .icons import icon

Kind = Literal["step", "decision"]


def said_back(
    current: TeachBack | None, confirmed: bool, *, by: str, at: dt.datetime
) -> TeachBack | None:
    """``current`` marked (by ``by``, at ``at``) or unmarked; None when nothing is left."""
    words = current.words if current is not None else ""
    if confirmed:
        return TeachBack(confirmed=True, words=words, confirmed_by=by, confirmed_at=at)
    return TeachBack(words=words) if words else None


def with_words(current: TeachBack | None, words: str) -> TeachBack | None:
    """``current`` with the patient's words as typed; who and when stay as they were."""
    if current is None:
        return TeachBack(words=words) if words else None
    if not current.confirmed and not words:
        return None
    return msgspec.structs.replace(current, words=words)


def prompt(kind: Kind) -> str:
    """What the clinician can ask: it checks the explanation, never the patient."""
    if kind == "decision":
        return QCoreApplication.translate(
            "TeachBack",
            "You could ask: “I want to be sure I explained this well. "
            "How would you tell your family what we decided?”",
        )
    return QCoreApplication.translate(
        "TeachBack",
        "You could ask: “I want to be sure I explained this well. "
        "How would you explain what you will do next, and when?”",
    )


def checked_words(teach_back: TeachBack, now: dt.datetime | None = None) -> str:
    """Who checked and when, in words: "Checked by Dr. Ana Chen at 10:42"."""
    at = teach_back.confirmed_at
    if at is None:
        return ""
    local = at.astimezone()
    today = (now or dt.datetime.now().astimezone()).date() == local.date()
    locale = QLocale()
    time = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    day = locale.toString(QDate(local.year, local.month, local.day), QLocale.FormatType.ShortFormat)
    by = teach_back.confirmed_by
    if by and today:
        return QCoreApplication.translate("TeachBack", "Checked by {0} at {1}").format(by, time)
    if by:
        return QCoreApplication.translate("TeachBack", "Checked by {0} on {1} at {2}").format(
            by, day, time
        )
    if today:
        return QCoreApplication.translate("TeachBack", "Checked at {0}").format(time)
    return QCoreApplication.translate("TeachBack", "Checked on {0} at {1}").format(day, time)


class TeachBackEditor(QWidget):
    """The prompt to ask, "Said it back" and how they put it, for one step or decision."""

    changed = Signal(object, bool)
    """The value wanted (``TeachBack`` or None), and whether it comes from typing."""

    def __init__(
        self, kind: Kind, clinician: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._clinician = clinician
        self._value: TeachBack | None = None
        self._loading = False
        self.prompt = QLabel(prompt(kind), self)
        self.prompt.setWordWrap(True)
        self.prompt.setProperty("role", "hint")
        self.check = QCheckBox(self.tr("Said it back in their own words"), self)
        self.check.setIcon(icon("said-back"))
        self.check.setAccessibleName(self.tr("Said it back in their own words"))
        self.check.setToolTip(
            self.tr("Teach-back checks how well it was explained, not the patient.")
        )
        self.check.toggled.connect(self._toggled)
        self.who = QLabel(self)
        self.who.setWordWrap(True)
        self.who.setProperty("role", "hint")
        self.words = GrowingNoteEdit(
            self.tr("How they said it back"),
            self.tr("Optional: how they put it, in their words"),
            self,
        )
        self.words.textChanged.connect(self._typed)
        # Not marked as handout text: no reading-level hint on the patient's own words.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.prompt)
        layout.addWidget(self.check)
        layout.addWidget(self.words)
        layout.addWidget(self.who)
        self.show_teach_back(None)

    def focus_order(self) -> list[QWidget]:
        return [self.check, self.words]

    def show_teach_back(self, value: TeachBack | None) -> None:
        """Show ``value`` without asking for any change."""
        self._value = value
        confirmed = value is not None and value.confirmed
        self._loading = True
        try:
            self.check.setChecked(confirmed)
            words = value.words if value is not None else ""
            if self.words.toPlainText() != words:
                self.words.setPlainText(words)
        finally:
            self._loading = False
        self.words.setEnabled(confirmed)
        self.who.setText(checked_words(value) if confirmed and value is not None else "")

    def _toggled(self, on: bool) -> None:
        if self._loading:
            return
        now = dt.datetime.now().astimezone()
        self.changed.emit(said_back(self._value, on, by=self._clinician(), at=now), False)
        if on:
            self.words.setEnabled(True)  # ready to type, even before the edit shows

    def _typed(self) -> None:
        if not self._loading:
            self.changed.emit(with_words(self._value, self.words.toPlainText()), True)


class DecisionTeachBack(TeachBackEditor):
    """Teach-back for the decision shown in the decision tab."""

    def __init__(
        self, editor: DecisionEditor, clinician: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__("decision", clinician, parent)
        self.editor = editor
        self.changed.connect(self._edit)

    def show_decision(self, decision: Decision) -> None:
        self.show_teach_back(decision.teach_back)

    def _edit(self, value: TeachBack | None, typing: bool) -> None:
        if typing:
            label = self.tr("Write how they said the decision back")
        elif value is not None and value.confirmed:
            label = self.tr("Mark the decision as said back")
        else:
            label = self.tr("Unmark the decision as said back")
        self.editor.edit(
            lambda d: edits.set_teach_back(d, value),
            label,
            merge_key="teach_back.words" if typing else "",
        )
