"""One section of the visit (agenda, concerns, uncertainties or next steps) as an editor.

Type and press Enter to add; the Patient / Clinician / Both buttons beside the
field attribute it in one click (or Ctrl+1 / Ctrl+2 / Ctrl+3). Entries are
edited in place (double-click or F2), reordered by drag and drop or
Ctrl+Up / Ctrl+Down, and the selected entry's details sit below the list.

Holds no rules and no data: every change is a request to the list model,
which turns it into an undo command.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import (
    QAction,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..visit import AgendaStatus, Person
from .entrylist import EntryListView
from .icons import icon
from .listmodel import EntryListModel
from .people import PEOPLE, person_look
from .readinghint import mark_handout_text
from .sections import DetailField, SectionSpec, status_label
from .widgets import (
    FlowLayout,
    NoteEdit,
    OptionalDateEdit,
    PersonPicker,
    WrappingButton,
    replace_suggestions,
)


class EntrySection(QWidget):
    """Input, list and details of one visit list."""

    def __init__(
        self,
        spec: SectionSpec,
        model: EntryListModel,
        parent: QWidget | None = None,
        *,
        clinician: Callable[[], str] | None = None,
    ) -> None:
        """``clinician`` names who checks a teach-back: the visit's clinician, as it is now."""
        super().__init__(parent)
        self.spec = spec
        self.model = model
        self._clinician = clinician or (lambda: "")
        self._loading = False
        self.setObjectName(f"section-{spec.list_name}")

        self.prompt = QLabel(spec.prompt, self)
        self.prompt.setProperty("role", "subtitle")
        self.prompt.setWordWrap(True)
        self.input = QLineEdit(self)
        self.input.setPlaceholderText(self.tr("Type here and press Enter"))
        self.input.setAccessibleName(spec.input_name)
        self.input.setAccessibleDescription(spec.prompt)
        self.prompt.setBuddy(self.input)
        self.input.setClearButtonEnabled(True)
        self.input.returnPressed.connect(self.add_from_input)
        mark_handout_text(self.input)
        self.picker = PersonPicker(spec.person_label, self)
        self.picker.set_person(spec.default_person)
        self.add_button = QPushButton(icon("add"), self.tr("Add"), self)
        self.add_button.setAccessibleName(self.tr("Add: {0}").format(spec.input_name))
        self.add_button.clicked.connect(self.add_from_input)

        self.list = EntryListView(model, self.tr("{0}: list").format(spec.tab_title), self)
        self.list.empty_hint = self.tr("Nothing here yet. Type above and press Enter.")
        self.list.selectionModel().currentRowChanged.connect(self._current_changed)
        model.dataChanged.connect(self._data_changed)
        model.rowsInserted.connect(self._refresh_details)
        model.rowsRemoved.connect(self._refresh_details)
        model.rowsMoved.connect(self._refresh_details)
        model.modelReset.connect(self._refresh_details)

        self.details = QGroupBox(self.tr("Selected item"), self)
        self._build_details()
        self._build_actions()

        self.entry_row = QGridLayout()
        self._arrange_entry_row(narrow=False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addLayout(self.entry_row)
        self.suggestions = QWidget(self)
        self._suggestion_buttons: list[WrappingButton] = []
        self.suggestions.setVisible(False)
        suggestion_box = QVBoxLayout(self.suggestions)
        suggestion_box.setContentsMargins(0, 0, 0, 0)
        offer = QLabel(self.tr("Questions you can ask, one click each:"), self)
        offer.setWordWrap(True)
        suggestion_box.addWidget(offer)
        self._suggestion_flow = FlowLayout(None)
        suggestion_box.addLayout(self._suggestion_flow)
        layout.addWidget(self.suggestions)
        layout.addWidget(self.list, 1)
        for signal in (model.rowsInserted, model.rowsRemoved, model.dataChanged, model.modelReset):
            signal.connect(self._refresh_suggestions)
        layout.addWidget(self.details)
        self.setTabOrder(self.input, self.picker.button(Person.PATIENT))
        self._refresh_details()

    # -- building --------------------------------------------------------------

    def _arrange_entry_row(self, *, narrow: bool) -> None:
        """One row when there is room; with large text, the buttons go under the field."""
        self._narrow = narrow
        for widget in (self.input, self.picker, self.add_button):
            self.entry_row.removeWidget(widget)
        if narrow:
            self.entry_row.addWidget(self.input, 0, 0, 1, 3)
            self.entry_row.addWidget(self.picker, 1, 0)
            self.entry_row.addWidget(self.add_button, 1, 2)
        else:
            self.entry_row.addWidget(self.input, 0, 0)
            self.entry_row.addWidget(self.picker, 0, 1)
            self.entry_row.addWidget(self.add_button, 0, 2)
        self.entry_row.setColumnStretch(0, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rearrange()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._rearrange()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._rearrange()

    def _rearrange(self) -> None:
        needed = (
            self.input.fontMetrics().averageCharWidth() * 28
            + self.picker.sizeHint().width()
            + self.add_button.sizeHint().width()
        )
        narrow = self.width() < needed
        if narrow != self._narrow:
            self._arrange_entry_row(narrow=narrow)

    def _build_details(self) -> None:
        form = QFormLayout(self.details)
        form.setRowWrapPolicy(
            QFormLayout.RowWrapPolicy.WrapLongRows
        )  # labels go above at large text
        self.detail_picker = PersonPicker(
            self.tr("Selected item, {0}").format(self.spec.person_label), self.details
        )
        self.detail_picker.personChanged.connect(lambda p: self._set(self.model.person_field, p))
        who_row = QHBoxLayout()
        who_row.addWidget(self.detail_picker)
        who_row.addStretch(1)
        form.addRow(self.spec.person_label, who_row)

        # Two toggles, not three choices: pressing the lit one again puts the
        # item back on today's list ("To talk about").
        self.status_buttons: dict[AgendaStatus, QToolButton] = {}
        if self.spec.has_status:
            row = QHBoxLayout()
            for status, icon_name, shortcut in (
                (AgendaStatus.DISCUSSED, "discussed", "Ctrl+D"),
                (AgendaStatus.DEFERRED, "deferred", "Ctrl+T"),
            ):
                button = QToolButton(self.details)
                button.setCheckable(True)
                button.setText(status_label(status))
                button.setIcon(icon(icon_name))
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
                button.setAccessibleName(self.tr("Mark as: {0}").format(status_label(status)))
                button.setToolTip(f"{status_label(status)} ({shortcut})")
                button.clicked.connect(lambda _c=False, s=status: self.toggle_status(s))
                row.addWidget(button)
                self.status_buttons[status] = button
            row.addStretch(1)
            form.addRow(self.tr("Where it stands"), row)

        self.editors: dict[str, Any] = {}
        for detail in self.spec.details:
            editor = self._editor_for(detail)
            self.editors[detail.name] = editor
            form.addRow(detail.label, editor)

        buttons = QHBoxLayout()
        self.up_button = QPushButton(icon("move-up"), self.tr("Move up"), self.details)
        self.up_button.setAccessibleName(self.tr("Move selected item up"))
        self.up_button.setToolTip(self.tr("Move up (Ctrl+Up)"))
        self.down_button = QPushButton(icon("move-down"), self.tr("Move down"), self.details)
        self.down_button.setAccessibleName(self.tr("Move selected item down"))
        self.down_button.setToolTip(self.tr("Move down (Ctrl+Down)"))
        self.remove_button = QPushButton(icon("remove"), self.tr("Remove"), self.details)
        self.remove_button.setAccessibleName(self.tr("Remove selected item"))
        self.remove_button.setToolTip(self.tr("Remove (Delete); Ctrl+Z brings it back"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        self.remove_button.clicked.connect(self.remove_current)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        form.addRow(buttons)

    def _editor_for(self, detail: DetailField) -> QWidget:
        if detail.kind == "text":
            note = NoteEdit(detail.accessible_name, detail.placeholder, self.details)
            note.textChanged.connect(
                lambda n=note, f=detail.name: self._set(f, n.toPlainText(), typing=True)
            )
            mark_handout_text(note)
            return note
        if detail.kind == "teach_back":
            from .teachback import TeachBackEditor  # next steps only: not at start-up

            teach_back = TeachBackEditor("step", self._clinician, self.details)
            teach_back.changed.connect(
                lambda value, typing, f=detail.name: self._set(f, value, typing=typing)
            )
            return teach_back
        if detail.kind == "choice":
            combo = QComboBox(self.details)
            combo.setAccessibleName(detail.accessible_name)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
            for value, label in detail.choices:
                combo.addItem(label, value)
            combo.activated.connect(lambda i, c=combo, f=detail.name: self._set(f, c.itemData(i)))
            return combo
        if detail.kind == "date":
            holder = QWidget(self.details)
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            date = OptionalDateEdit(holder)
            date.setAccessibleName(detail.accessible_name)
            date.dateChosen.connect(lambda value, f=detail.name: self._set(f, value))
            clear = QToolButton(holder)
            clear.setText(self.tr("No date"))
            clear.setAccessibleName(self.tr("Remove the due date"))
            clear.clicked.connect(lambda _c=False, f=detail.name: self._set(f, None))
            row.addWidget(date)
            row.addWidget(clear)
            row.addStretch(1)
            holder.date_edit = date  # type: ignore[attr-defined]
            return holder
        raise ValueError(detail.kind)

    def _build_actions(self) -> None:
        def action(text: str, keys: str, slot: Any, *, on: QWidget | None = None) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(
                Qt.ShortcutContext.WidgetShortcut
                if on
                else Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
            act.triggered.connect(slot)
            (on or self).addAction(act)
            return act

        self.move_up_action = action(self.tr("Move up"), "Ctrl+Up", lambda: self.move_current(-1))
        self.move_down_action = action(
            self.tr("Move down"), "Ctrl+Down", lambda: self.move_current(+1)
        )
        self.remove_action = action(self.tr("Remove"), "Delete", self.remove_current, on=self.list)
        for person in PEOPLE:
            look = person_look(person)
            action(
                look.label, look.shortcut.toString(), lambda _c=False, p=person: self.attribute(p)
            )
        if self.spec.has_status:
            action(
                self.tr("Mark discussed"),
                "Ctrl+D",
                lambda: self.toggle_status(AgendaStatus.DISCUSSED),
            )
            action(
                self.tr("Next time"), "Ctrl+T", lambda: self.toggle_status(AgendaStatus.DEFERRED)
            )

    # -- requests ------------------------------------------------------------------

    def set_suggestions(self, questions: list[str]) -> None:
        """Offer these questions to add with one click (patients ask more when prompted)."""
        self._suggestion_buttons = replace_suggestions(
            self._suggestion_flow,
            self._suggestion_buttons,
            self.suggestions,
            [(question, question) for question in questions],
            self.tr("Add the question"),
            self.add_question,
        )
        self._refresh_suggestions()

    def add_question(self, question: str) -> None:
        entry = self.model.entry_type(**{"text": question, self.model.person_field: Person.PATIENT})
        self.list.select_row(self.model.add(entry))

    def _refresh_suggestions(self, *_args: object) -> None:
        asked = {entry.text for entry in self.model.entries()}
        shown = 0
        for button in self._suggestion_buttons:
            button.setVisible(button.words not in asked)
            shown += button.words not in asked
        self.suggestions.setVisible(shown > 0)

    def add_from_input(self) -> None:
        text = self.input.text()
        if not text.strip():
            return
        entry = self.model.entry_type(
            **{"text": text, self.model.person_field: self.picker.person()}
        )
        row = self.model.add(entry)
        self.input.clear()
        self.list.select_row(row)

    def attribute(self, person: Person) -> None:
        """Ctrl+1/2/3: attribute the entry being typed, or the selected one."""
        focus = self.focusWidget()
        typing = focus is self.input or (focus is not None and self.picker.isAncestorOf(focus))
        if typing or self.list.current_row() < 0:
            self.picker.set_person(person)
        else:
            self._set(self.model.person_field, person)

    def toggle_status(self, status: AgendaStatus) -> None:
        row = self.list.current_row()
        if row >= 0:
            current = self.model.entry(row).status
            self._set("status", AgendaStatus.OPEN if current is status else status)

    def move_current(self, step: int) -> None:
        row = self.list.current_row()
        target = row + step
        if row >= 0 and 0 <= target < self.model.rowCount():
            self.model.move(row, target)
            self.list.select_row(target)

    def remove_current(self) -> None:
        row = self.list.current_row()
        if row >= 0:
            self.model.remove(row)

    def _set(self, field: str, value: Any, *, typing: bool = False) -> None:
        row = self.list.current_row()
        if self._loading or row < 0:
            return
        self.model.set_field(row, field, value, typing=typing)

    # -- showing the selected entry ---------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._refresh_details()

    def _data_changed(self, top: QModelIndex, bottom: QModelIndex, _roles: object = None) -> None:
        row = self.list.current_row()
        if top.row() <= row <= bottom.row():
            self._refresh_details()

    def _refresh_details(self, *_args: object) -> None:
        row = self.list.current_row()
        has_entry = 0 <= row < self.model.rowCount()
        self.details.setEnabled(has_entry)
        self.up_button.setEnabled(has_entry and row > 0)
        self.down_button.setEnabled(has_entry and row < self.model.rowCount() - 1)
        if not has_entry:
            return
        entry = self.model.entry(row)
        self._loading = True
        try:
            self.detail_picker.set_person(getattr(entry, self.model.person_field))
            for status, button in self.status_buttons.items():
                button.setChecked(entry.status is status)
            for name, editor in self.editors.items():
                value = getattr(entry, name)
                if isinstance(editor, NoteEdit):
                    editor.set_text_quietly(value)
                elif isinstance(editor, QComboBox):
                    editor.setCurrentIndex(editor.findData(value))
                elif hasattr(editor, "date_edit"):
                    editor.date_edit.set_value(value)
                else:  # the teach-back editor, whose module loads with the next steps' tab
                    editor.show_teach_back(value)
        finally:
            self._loading = False
