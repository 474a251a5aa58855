"""The patient's window: the same visit, read-only, in large type, following every edit live.

Meant for a second monitor turned to the patient, or full screen (F11) on one.
It shows views on the very list models the main window edits, never a copy,
and it never shows the clinician's private note: it has no way to reach it.
Decisions show as their question, options and where we are, updated on
every edit of them.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from ..visit import DecisionStatus
from .delegate import EntryDelegate
from .document import VisitDocument
from .sections import section_specs
from .wherewe import status_words


class PatientView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("patientView")
        self.setWindowTitle(self.tr("Our visit"))
        self.setAccessibleName(self.tr("Patient view"))
        self.document: VisitDocument | None = None
        self.heading = QLabel(self)
        self.heading.setProperty("role", "title")
        self.heading.setWordWrap(True)
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.lists: dict[str, QListView] = {}
        grid = QGridLayout()
        grid.setSpacing(18)
        for position, spec in enumerate(section_specs()):
            box = QVBoxLayout()
            title = QLabel(spec.title, self)
            title.setProperty("role", "subtitle")
            view = QListView(self)
            view.setItemDelegate(EntryDelegate(spec.list_name, view))
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            view.setWordWrap(True)
            view.setResizeMode(QListView.ResizeMode.Adjust)
            view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
            view.setAccessibleName(spec.title)
            box.addWidget(title)
            box.addWidget(view, 1)
            grid.addLayout(box, position // 2, position % 2)
            self.lists[spec.list_name] = view
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.addWidget(self.heading)
        layout.addWidget(self.reason)
        layout.addLayout(grid, 1)
        self.decisions = QLabel(self)
        self.decisions.setTextFormat(Qt.TextFormat.RichText)
        self.decisions.setWordWrap(True)
        self.decisions.setAccessibleName(self.tr("What we are deciding"))
        layout.addWidget(self.decisions)

        full_screen = QAction(self.tr("Full screen"), self)
        full_screen.setShortcut(QKeySequence(QKeySequence.StandardKey.FullScreen))
        full_screen.triggered.connect(self.toggle_full_screen)
        self.addAction(full_screen)
        leave = QAction(self.tr("Leave full screen"), self)
        leave.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        leave.triggered.connect(self.showNormal)
        self.addAction(leave)
        self.resize(1100, 760)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def set_document(self, document: VisitDocument | None) -> None:
        if self.document is not None:
            self.document.fieldChanged.disconnect(self._refresh_header)
            self.document.decisions.changed.disconnect(self._refresh_decisions)
        self.document = document
        for name, view in self.lists.items():
            view.setModel(document.lists[name] if document else None)
        if document is not None:
            document.fieldChanged.connect(self._refresh_header)
            document.decisions.changed.connect(self._refresh_decisions)
        self._refresh_header()
        self._refresh_decisions()

    def _refresh_decisions(self) -> None:
        """Each decision: its question, its options, and where we are with it."""
        decisions = self.document.visit.decisions if self.document is not None else []
        words = status_words()
        parts = []
        for decision in decisions:
            options = " · ".join(escape(option.name) for option in decision.options)
            where = words[decision.status]
            if decision.chosen and decision.status is DecisionStatus.DECIDED:
                where = self.tr("Decided: {0}").format(escape(decision.chosen))
            elif decision.chosen:
                where = self.tr("Leaning towards {0}").format(escape(decision.chosen))
            parts.append(
                f"<p><b>{escape(decision.question)}</b><br>"
                + self.tr("Options: {0}").format(options)
                + "<br>"
                + self.tr("Where we are: {0}").format(where)
                + "</p>"
            )
        self.decisions.setText("".join(parts))
        self.decisions.setVisible(bool(parts))

    def _refresh_header(self, _field: str = "") -> None:
        if self.document is None:
            self.heading.setText(self.tr("SharedVisit"))
            self.reason.clear()
            return
        visit = self.document.visit
        date = QLocale().toString(
            QDate(visit.date.year, visit.date.month, visit.date.day), "dddd d MMMM yyyy"
        )
        self.heading.setText(self.tr("Our visit, {0}").format(date))
        self.reason.setText(
            self.tr("Why you came: {0}").format(visit.reason) if visit.reason else ""
        )
