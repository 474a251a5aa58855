"""The chooser for which visit to work on: start a new one, reopen one, or import a file.

The main window shows one visit only, because a patient sits in front of it.
This dialog is the one place where patient names from other visits appear,
and only while the clinician has it open: it must never be embedded in the
main window, never keep its list or search text after it closes, and never
log what it lists (ids and counts at most).

It only chooses. It never adds to or changes the store: the main window acts
on the ``VisitChoice`` it returns. An imported file is validated here,
before the dialog accepts, so a bad file is refused in one plain sentence and
the dialog stays open; the caller never receives half a visit.

A new visit may start from a template (the shipped ones and the clinician's
own, from the store's data folder); "Blank visit" is the default, so Enter
alone starts what it always did.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Literal

from PySide6.QtCore import (
    QItemSelection,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
)
from PySide6.QtGui import QFont, QKeyEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..errors import StoreError, VisitFileError
from ..store import Store
from ..templates import Template, list_templates
from ..visit import Visit
from ..visitfile import load_visit
from . import dialogs
from .handoutoptions import language_name
from .visittable import VisitTableModel

log = logging.getLogger(__name__)

RECENT_LIMIT = 50
"""Visits listed before anything is typed."""

SEARCH_LIMIT = 100
"""Matches listed for a search; typing more of the name narrows them."""

AnyIndex = QModelIndex | QPersistentModelIndex

ChoiceKind = Literal["new", "open", "import"]


@dataclass(frozen=True)
class VisitChoice:
    """What the person chose: a new visit, a stored visit by id, or a validated file.

    Build one with ``new()``, ``open(visit_id)`` or ``imported(path, visit)``.
    """

    kind: ChoiceKind
    visit_id: int | None = None
    path: Path | None = None
    visit: Visit | None = None
    template: Template | None = None

    @classmethod
    def new(cls, template: Template | None = None) -> VisitChoice:
        """A new visit: blank, or started from ``template``."""
        return cls("new", template=template)

    @classmethod
    def open(cls, visit_id: int) -> VisitChoice:
        return cls("open", visit_id=visit_id)

    @classmethod
    def imported(cls, path: Path, visit: Visit) -> VisitChoice:
        return cls("import", path=path, visit=visit)


class VisitDialog(QDialog):
    """Choose the visit to work on. Run it with ``dialogs.run_dialog``, then read ``choice()``."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._choice: VisitChoice | None = None
        self.setWindowTitle(self.tr("Open or start a visit"))
        self.setModal(True)

        self._new = QPushButton(self.tr("Start a &new visit"))
        self._new.setAccessibleName(self.tr("Start a new visit"))
        self._new.setDefault(True)
        self._new.setMinimumHeight(self._new.sizeHint().height() * 2)
        big = QFont(self._new.font())
        big.setPointSizeF(big.pointSizeF() * 1.25)
        big.setBold(True)
        self._new.setFont(big)
        self._start_from = QComboBox()
        self._start_from.setAccessibleName(self.tr("Start from"))
        self._start_from.setToolTip(
            self.tr("A template fills a typical agenda, and a decision where it fits.")
        )
        self._start_from.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._start_from.setMinimumContentsLength(18)
        start_from_label = QLabel(self.tr("Start &from"))
        start_from_label.setBuddy(self._start_from)
        self._list_templates()

        earlier = QLabel(self.tr("Or open an earlier visit:"))
        self._search = QLineEdit()
        self._search.setPlaceholderText(self.tr("Search by patient name"))
        self._search.setAccessibleName(self.tr("Search by patient name"))
        self._search.setClearButtonEnabled(True)
        earlier.setBuddy(self._search)

        self._model = VisitTableModel(self)
        self._results = QTableView()
        self._results.setModel(self._model)
        self._results.setAccessibleName(self.tr("Visits found"))
        self._results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._results.setTabKeyNavigation(False)  # Tab leaves the list, not just the cell
        self._results.setAlternatingRowColors(True)
        self._results.setShowGrid(False)
        self._results.setWordWrap(False)
        self._results.verticalHeader().hide()
        header = self._results.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Fixed starting widths, so the columns stay put while the person types.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(VisitTableModel.REASON, QHeaderView.ResizeMode.Stretch)
        metrics = self._results.fontMetrics()
        padding = metrics.averageCharWidth() * 3
        header.resizeSection(VisitTableModel.DATE, self._model.widest_date(metrics) + padding)
        header.resizeSection(VisitTableModel.PATIENT, metrics.averageCharWidth() * 24 + padding)

        self._hint = QLabel()
        self._hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._hint.setWordWrap(True)
        self._hint.setTextFormat(Qt.TextFormat.PlainText)
        # Framed like the list it stands in for, so the dialog keeps its shape.
        self._hint.setFrameShape(QFrame.Shape.StyledPanel)
        self._hint.setAutoFillBackground(True)
        self._hint.setBackgroundRole(QPalette.ColorRole.Base)
        self._pages = QStackedWidget()
        self._pages.addWidget(self._results)
        self._pages.addWidget(self._hint)

        self._import = QPushButton(self.tr("&Import a visit file…"))
        self._import.setAccessibleName(self.tr("Import a visit file"))
        self._open = QPushButton(self.tr("&Open"))
        self._open.setAccessibleName(self.tr("Open selected visit"))
        self._open.setEnabled(False)
        self._cancel = QPushButton(self.tr("Cancel"))
        self._cancel.setAccessibleName(self.tr("Cancel"))

        buttons = QHBoxLayout()
        buttons.addWidget(self._import)
        buttons.addStretch(1)
        buttons.addWidget(self._open)
        buttons.addWidget(self._cancel)

        new_row = QHBoxLayout()
        new_row.addWidget(self._new, 3)
        new_row.addSpacing(self._new.sizeHint().height() // 3)
        new_row.addWidget(start_from_label)
        new_row.addWidget(self._start_from, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(new_row)
        layout.addSpacing(self._new.sizeHint().height() // 2)
        layout.addWidget(earlier)
        layout.addWidget(self._search)
        layout.addWidget(self._pages, 1)
        layout.addLayout(buttons)

        order = [
            self._new,
            self._start_from,
            self._search,
            self._results,
            self._import,
            self._open,
            self._cancel,
        ]
        for before, after in pairwise(order):
            QWidget.setTabOrder(before, after)

        self._new.clicked.connect(self._choose_new)
        self._open.clicked.connect(self._open_selected)
        self._import.clicked.connect(self._import_file)
        self._cancel.clicked.connect(self.reject)
        self._search.textChanged.connect(self._show_visits)
        self._results.doubleClicked.connect(self._open_row)
        self._results.selectionModel().selectionChanged.connect(self._selection_changed)
        self._model.modelReset.connect(self._selection_changed)

        self.resize(720, 520)
        self._search.setFocus()

    def choice(self) -> VisitChoice | None:
        """What was chosen, once the dialog is accepted; None before that or if cancelled."""
        return self._choice

    # -- what the person does -------------------------------------------------

    def _choose_new(self) -> None:
        template = self._start_from.currentData()
        self._accept_choice(VisitChoice.new(template if isinstance(template, Template) else None))

    def _list_templates(self) -> None:
        """Blank first; then the clinician's own templates, then the shipped ones.

        Among each, those in the window's language come first.
        """
        templates = list_templates(self._store.path.parent)
        window_language = QLocale().name().split("_")[0]
        self._start_from.clear()
        self._start_from.addItem(self.tr("Blank visit"), None)
        for template in sorted(templates, key=lambda t: (t.builtin, t.language != window_language)):
            language = language_name(template.language)
            text = (
                self.tr("{0} ({1})").format(template.name, language)
                if template.builtin
                else self.tr("{0} ({1}, your own)").format(template.name, language)
            )
            self._start_from.addItem(text, template)

    def _open_selected(self) -> None:
        visit_id = self._selected_id()
        if visit_id is not None:
            self._accept_choice(VisitChoice.open(visit_id))

    def _open_row(self, index: QModelIndex) -> None:
        if index.isValid():
            self._accept_choice(VisitChoice.open(self._model.summary(index.row()).id))

    def _import_file(self) -> None:
        path = dialogs.ask_open_path(self, self.tr("Import a visit file"), dialogs.VISIT_FILTER)
        if path is None:
            return
        try:
            visit = load_visit(path)
        except VisitFileError as error:
            dialogs.show_error(self, self.tr("This visit file cannot be imported"), str(error))
            return
        self._accept_choice(VisitChoice.imported(path, visit))

    def _accept_choice(self, choice: VisitChoice) -> None:
        self._choice = choice
        self.accept()

    def done(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            self._choice = None
        super().done(result)
        # Other patients' names leave with the dialog, even if the caller keeps it.
        with QSignalBlocker(self._search):
            self._search.clear()
        self._model.set_visits([])

    def showEvent(self, event: QShowEvent) -> None:
        # Listed on every showing, so a kept dialog never shows a stale list.
        self._show_visits(self._search.text())
        super().showEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        focus = self.focusWidget()
        if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if focus in (self._search, self._results) and self._selected_id() is not None:
                self._open_selected()
                return
            if focus is self._results or (focus is self._search and self._search.text().strip()):
                # A search with no match, or a list with nothing selected: Enter must
                # not start a new visit behind the person's back.
                event.accept()
                return
        if plain and key == Qt.Key.Key_Down and focus is self._search:
            self._enter_results()
            return
        super().keyPressEvent(event)

    # -- the list -------------------------------------------------------------

    def _show_visits(self, text: str) -> None:
        name = text.strip()
        try:
            if name:
                visits = self._store.search(name, limit=SEARCH_LIMIT)
            else:
                visits = self._store.visits(limit=RECENT_LIMIT)
        except StoreError as error:
            log.warning("visit list could not be read")
            self._model.set_visits([])
            self._show_hint(self.tr("The visits could not be read: %1.").replace("%1", str(error)))
            return
        self._model.set_visits(visits)
        if visits:
            self._pages.setCurrentWidget(self._results)
            if name:
                # Typing a name and pressing Enter opens that patient's latest visit.
                self._results.selectRow(0)
        elif name:
            self._show_hint(self.tr("No visit matches that name."))
        else:
            self._show_hint(self.tr("No visits yet. Start a new visit."))

    def _show_hint(self, text: str) -> None:
        self._hint.setText(text)
        self._hint.setAccessibleName(text)
        self._pages.setCurrentWidget(self._hint)

    def _enter_results(self) -> None:
        if self._model.rowCount() == 0:
            return
        if self._selected_id() is None:
            self._results.selectRow(0)
        self._results.setFocus(Qt.FocusReason.OtherFocusReason)

    def _selected_id(self) -> int | None:
        rows = self._results.selectionModel().selectedRows()
        return self._model.summary(rows[0].row()).id if rows else None

    def _selection_changed(self, *_: QItemSelection) -> None:
        self._open.setEnabled(self._selected_id() is not None)
