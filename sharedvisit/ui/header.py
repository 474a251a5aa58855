"""The top of the window: who, when and why, editable in place, plus the private note.

How the handout is printed (its language, large print) is chosen above its
preview instead (``handoutoptions``), where each choice is seen to take effect.

The private note sits behind a clearly labelled toggle, closed by default, so
it never lies open on a screen the patient shares.
"""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .document import VisitDocument
from .icons import icon
from .readinghint import mark_handout_text
from .widgets import NoteEdit

WIDE_HEADER_CHARS = 85
"""Below this many average characters of width, the header uses two fields a row."""


class VisitHeader(QWidget):
    """Patient, clinician, date and the reason for the visit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: VisitDocument | None = None
        self.patient = self._line(self.tr("Patient"), self.tr("Patient's name"), "patient")
        self.clinician = self._line(self.tr("Clinician"), self.tr("Clinician's name"), "clinician")
        self.reason = self._line(
            self.tr("Reason for the visit"),
            self.tr("Why the patient came, in their words"),
            "reason",
        )
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName(self.tr("Visit date"))
        self.date.dateChanged.connect(self._date_edited)

        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self._fields: list[tuple[QLabel, QWidget]] = []
        for text, widget in (
            (self.tr("&Patient"), self.patient),
            (self.tr("Clinician"), self.clinician),
            (self.tr("Date"), self.date),
            (self.tr("&Reason"), self.reason),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            self._fields.append((label, widget))
        self._wide: bool | None = None
        self._arrange(wide=True)

    # (row, column, span) of each field, in the order of ``_fields``.
    _WIDE = ((0, 0, 1), (0, 2, 1), (0, 4, 1), (1, 0, 5))
    _NARROW = ((0, 0, 1), (0, 2, 1), (1, 0, 1), (2, 0, 3))

    def _arrange(self, *, wide: bool) -> None:
        """Three fields a row when there is room; two with large text or a narrow window."""
        if wide == self._wide:
            return
        self._wide = wide
        for label, widget in self._fields:
            self.grid.removeWidget(label)
            self.grid.removeWidget(widget)
        for (label, widget), (row, column, span) in zip(
            self._fields, self._WIDE if wide else self._NARROW, strict=True
        ):
            self.grid.addWidget(label, row, column, Qt.AlignmentFlag.AlignRight)
            self.grid.addWidget(widget, row, column + 1, 1, span)
        # Tab follows what the eye sees: along each row, then down.
        places = self._WIDE if wide else self._NARROW
        ordered = [
            w for _p, (_l, w) in sorted(zip(places, self._fields, strict=True), key=lambda t: t[0])
        ]
        for first, second in pairwise(ordered):
            self.setTabOrder(first, second)
        for column in range(6):
            self.grid.setColumnStretch(column, 0)
        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(3, 2)
        if wide:
            self.grid.setColumnStretch(5, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(
            wide=self.width() >= self.fontMetrics().averageCharWidth() * WIDE_HEADER_CHARS
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._arrange(
                wide=self.width() >= self.fontMetrics().averageCharWidth() * WIDE_HEADER_CHARS
            )

    def _line(self, accessible: str, placeholder: str, field: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setAccessibleName(accessible)
        line.setPlaceholderText(placeholder)
        line.textEdited.connect(lambda text, f=field: self._edited(f, text))
        return line

    def set_document(self, document: VisitDocument | None) -> None:
        if self.document is not None:
            self.document.fieldChanged.disconnect(self._field_changed)
        self.document = document
        if document is None:
            for line in (self.patient, self.clinician, self.reason):
                line.clear()
            return
        document.fieldChanged.connect(self._field_changed)
        for field in ("patient", "clinician", "reason", "date"):
            self._field_changed(field)

    def _edited(self, field: str, text: str) -> None:
        if self.document is not None:
            self.document.set_field(field, text, typing=True)

    def _date_edited(self, date: QDate) -> None:
        if self.document is not None:
            self.document.set_field("date", dt.date(date.year(), date.month(), date.day()))

    def _field_changed(self, field: str) -> None:
        assert self.document is not None
        visit = self.document.visit
        lines = {
            "patient": self.patient,
            "clinician": self.clinician,
            "reason": self.reason,
        }
        if field in lines:
            line = lines[field]
            if line.text() != getattr(visit, field):
                line.setText(getattr(visit, field))
        elif field == "date":
            self.date.blockSignals(True)
            self.date.setDate(QDate(visit.date.year, visit.date.month, visit.date.day))
            self.date.blockSignals(False)


class PlanEditor(QWidget):
    """What the handout says first: the plan in a sentence or two, and how to reach us."""

    def __init__(self, document: VisitDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        plan_label = QLabel(self.tr("Our p&lan, in one or two sentences (printed first)"), self)
        self.plan = NoteEdit(
            self.tr("The plan in one or two sentences"),
            self.tr("For example: We think this is wear in the knee. You will try exercises."),
            self,
        )
        plan_label.setBuddy(self.plan)
        mark_handout_text(self.plan)
        contact_label = QLabel(self.tr("How to reach us"), self)
        self.contact = QLineEdit(self)
        self.contact.setAccessibleName(self.tr("How to reach the clinician"))
        self.contact.setPlaceholderText(self.tr("For example: call 555-0142, Monday to Friday"))
        contact_label.setBuddy(self.contact)
        self.plan.textChanged.connect(
            lambda: document.set_field("plan", self.plan.toPlainText(), typing=True)
        )
        self.contact.textEdited.connect(
            lambda text: document.set_field("clinician_contact", text, typing=True)
        )
        document.fieldChanged.connect(self._field_changed)
        self._field_changed("plan")
        self._field_changed("clinician_contact")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(plan_label)
        layout.addWidget(self.plan)
        layout.addWidget(contact_label)
        layout.addWidget(self.contact)

    def _field_changed(self, field: str) -> None:
        if field == "plan":
            self.plan.set_text_quietly(self.document.visit.plan)
        elif (
            field == "clinician_contact"
            and self.contact.text() != self.document.visit.clinician_contact
        ):
            self.contact.setText(self.document.visit.clinician_contact)


class PrivateNote(QWidget):
    """The clinician's own note, hidden until asked for; never printed or shown to the patient."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: VisitDocument | None = None
        self.toggle = QToolButton(self)
        self.toggle.setCheckable(True)
        self.toggle.setIcon(icon("private-note"))
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setText(self.tr("Private note"))
        self.toggle.setAccessibleName(self.tr("Show private note"))
        self.toggle.toggled.connect(self.set_open)
        self.warning = QLabel(self.tr("Not printed, not shown to the patient."), self)
        self.warning.setWordWrap(True)
        self.warning.setBuddy(self.toggle)
        self.editor = NoteEdit(
            self.tr("Private note"),
            self.tr("Only you see this. It is never printed and never shown to the patient."),
            self,
        )
        self.editor.textChanged.connect(self._edited)
        row = QHBoxLayout()
        row.addWidget(self.toggle)
        row.addWidget(self.warning, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.editor)
        self.set_open(False)

    def set_open(self, shown: bool) -> None:
        self.toggle.setChecked(shown)
        self.editor.setVisible(shown)
        self.toggle.setAccessibleName(
            self.tr("Hide private note") if shown else self.tr("Show private note")
        )
        if shown:
            self.editor.setFocus()

    def set_document(self, document: VisitDocument | None) -> None:
        if self.document is not None:
            self.document.fieldChanged.disconnect(self._field_changed)
        self.document = document
        self.set_open(False)  # a newly opened visit never shows the note by itself
        self.editor.set_text_quietly(document.visit.clinician_private_note if document else "")
        if document is not None:
            document.fieldChanged.connect(self._field_changed)

    def _edited(self) -> None:
        if self.document is not None:
            self.document.set_field(
                "clinician_private_note", self.editor.toPlainText(), typing=True
            )

    def _field_changed(self, field: str) -> None:
        if field == "clinician_private_note" and self.document is not None:
            self.editor.set_text_quietly(self.document.visit.clinician_private_note)
