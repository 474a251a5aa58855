"""The options side by side, as an Option Grid lays them out: one column per option.

Rows, top to bottom: the option's name, what it involves, its good things and
its bad things (one per line), then one row per outcome with each option's
number: "40 out of 100 people", its icon array, and how sure we are of it.
A row of numbers is one outcome for every option, so its label and how many
people it is counted out of change for all options at once (IPDAS: the same
denominator for every option).

Tab moves along each row, option by option, then down to the next row, so
what is compared sits next to each other for the keyboard too.

Holds no data: every change is an edit of the decision through the section
(``DecisionEditor``). Widgets are rebuilt only when the grid's shape changes
(an option or a number added or removed); typing updates them in place.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..visit import Decision
from . import decisionedits as edits
from .decisionedits import DecisionEditor
from .gridcells import GrowingNoteEdit, NumberCell, certainty_from, keyed
from .icons import icon
from .readinghint import mark_handout_text

NO_ALIGNMENT = Qt.AlignmentFlag(0)


class OptionColumn:
    """The widgets of one option, top to bottom."""

    def __init__(self, grid: OptionGrid, index: int) -> None:
        parent = grid.body
        self.name = QLineEdit(parent)
        self.name.setAccessibleName(QCoreApplication.translate("OptionGrid", "Option name"))
        self.name.setProperty("role", "optionname")
        self.remove = QToolButton(parent)
        self.remove.setIcon(icon("remove"))
        self.remove.setAccessibleName(
            QCoreApplication.translate("OptionGrid", "Remove this option")
        )
        self.remove.setToolTip(
            QCoreApplication.translate("OptionGrid", "Remove this option; Ctrl+Z brings it back")
        )
        self.description = GrowingNoteEdit(
            QCoreApplication.translate("OptionGrid", "What the option involves"),
            QCoreApplication.translate("OptionGrid", "What it involves, in a sentence or two"),
            parent,
        )
        self.benefits = GrowingNoteEdit(
            QCoreApplication.translate("OptionGrid", "Good things, one per line"),
            QCoreApplication.translate("OptionGrid", "One good thing per line"),
            parent,
        )
        self.harms = GrowingNoteEdit(
            QCoreApplication.translate("OptionGrid", "Bad things, one per line"),
            QCoreApplication.translate("OptionGrid", "One bad thing per line"),
            parent,
        )
        for text in (self.name, self.description, self.benefits, self.harms):
            mark_handout_text(text)
        self.head = QWidget(parent)
        row = QHBoxLayout(self.head)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.name, 1)
        row.addWidget(self.remove)
        for widget, field in (
            (self.name, "name"),
            (self.remove, "remove"),
            (self.description, "description"),
            (self.benefits, "benefits"),
            (self.harms, "harms"),
        ):
            keyed(widget, f"option:{index}:{field}")


class OptionGrid(QWidget):
    def __init__(self, editor: DecisionEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.decision: Decision | None = None
        self.columns: list[OptionColumn] = []
        self.rows: list[tuple[str, int]] = []
        self.row_labels: list[QLineEdit] = []
        self.cells: dict[tuple[int, int], NumberCell | QPushButton] = {}
        self._shape: tuple[object, ...] = ()
        self._built: list[QWidget] = []

        title = QLabel(self.tr("The options side by side"), self)
        title.setProperty("role", "partheading")
        self.add_option_button = QPushButton(icon("add"), self.tr("Add an option"), self)
        self.add_option_button.setAccessibleName(self.tr("Add an option"))
        self.add_option_button.clicked.connect(self.add_option)
        bar = QHBoxLayout()
        bar.addWidget(title, 1)
        bar.addWidget(self.add_option_button)

        self.body = QWidget(self)
        self.grid = QGridLayout(self.body)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(14)

        new_label = QLabel(
            self.tr("Add a number to compare, such as how many people feel better"),
            self,
        )
        new_label.setWordWrap(True)
        self.new_number = QLineEdit(self)
        self.new_number.setAccessibleName(self.tr("New number to compare"))
        self.new_number.setPlaceholderText(
            self.tr("What happens, and by when: knee pain better after 3 months")
        )
        self.new_number.setAccessibleDescription(new_label.text())
        new_label.setBuddy(self.new_number)
        self.new_number.returnPressed.connect(self.add_number_row)
        self.add_number_button = QPushButton(icon("add"), self.tr("Add"), self)
        self.add_number_button.setAccessibleName(self.tr("Add: New number to compare"))
        self.add_number_button.clicked.connect(self.add_number_row)
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_number, 1)
        new_row.addWidget(self.add_number_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.body)
        layout.addWidget(new_label)
        layout.addLayout(new_row)

    # -- requests --------------------------------------------------------------------

    def add_option(self) -> None:
        assert self.decision is not None
        name = self.tr("Option {0}").format(len(self.decision.options) + 1)
        self.editor.edit(
            lambda d: edits.add_option(d, name),
            self.tr("Add an option"),
            focus=f"option:{len(self.decision.options)}:name",
        )

    def add_number_row(self) -> None:
        label = self.new_number.text().strip()
        if not label or self.decision is None:
            return
        occurrence = sum(o.label == label for o in self.decision.options[0].outcomes)
        self.editor.edit(
            lambda d: edits.add_outcome(d, 0, label),
            self.tr("Add a number"),
            focus=f"cell:{label}:{occurrence}:0:chance",
        )
        self.new_number.clear()

    def _outcome(self, column: int, row: int) -> int | None:
        assert self.decision is not None
        return edits.outcome_at(self.decision, column, self.rows[row])

    def _change_number(self, column: int, row: int, field: str, value: object) -> None:
        number = self._outcome(column, row)
        if number is None:
            return
        change = {
            "chance": edits.set_chance,
            "out_of": edits.set_out_of,
            "certainty": edits.set_certainty,
        }[field]
        labels = {
            "chance": self.tr("Change how many people"),
            "out_of": self.tr("Change out of how many people"),
            "certainty": self.tr("Change how sure we are"),
        }
        self.editor.edit(
            lambda d: change(d, column, number, value),  # type: ignore[operator]
            labels[field],
            merge_key=f"options[{column}].outcomes[{number}].{field}",
        )

    def _remove_number(self, column: int, row: int) -> None:
        number = self._outcome(column, row)
        if number is not None:
            self.editor.edit(
                lambda d: edits.remove_outcome(d, column, number),
                self.tr("Remove a number"),
            )

    def _add_number(self, column: int, row: int) -> None:
        label, occurrence = self.rows[row]
        self.editor.edit(
            lambda d: edits.add_outcome(d, column, label),
            self.tr("Add a number"),
            focus=f"cell:{label}:{occurrence}:{column}:chance",
        )

    def _rename_row(self, row: int, text: str) -> None:
        if not text.strip():
            return  # a row keeps its words while its field is empty; removing is its own action
        old = self.rows[row][0]
        self.editor.edit(
            lambda d: edits.rename_outcome(d, old, text),
            self.tr("Edit what the numbers are about"),
            merge_key=f"outcome-label[{row}]",
        )

    def _text_edit(self, column: int, field: str, text: str) -> None:
        if field == "name":
            if not text.strip():
                return  # an option keeps its name while the field is empty
            change = lambda d: edits.rename_option(d, column, text)  # noqa: E731
            label = self.tr("Rename an option")
        elif field == "description":
            change = lambda d: edits.set_description(d, column, text)  # noqa: E731
            label = self.tr("Edit what an option involves")
        else:
            change = lambda d: edits.set_points(d, column, field, text)  # noqa: E731
            label = (
                self.tr("Edit good things") if field == "benefits" else self.tr("Edit bad things")
            )
        self.editor.edit(change, label, merge_key=f"options[{column}].{field}")

    # -- showing --------------------------------------------------------------------------

    def focus_order(self) -> list[QWidget]:
        """Row by row, option by option: the order the eye compares them in."""
        order: list[QWidget] = [self.add_option_button]
        for part in ("head", "description", "benefits", "harms"):
            for column in self.columns:
                order.extend(
                    [column.name, column.remove] if part == "head" else [getattr(column, part)]
                )
        for row, label in enumerate(self.row_labels):
            order.append(label)
            for column in range(len(self.columns)):
                cell = self.cells[(row, column)]
                order.extend(cell.widgets() if isinstance(cell, NumberCell) else [cell])
        order.extend([self.new_number, self.add_number_button])
        return order

    def show_decision(self, decision: Decision) -> None:
        self.decision = decision
        rows = edits.outcome_rows(decision)
        shape = (
            len(decision.options),
            len(rows),
            tuple(
                edits.outcome_at(decision, i, row) is not None
                for row in rows
                for i in range(len(decision.options))
            ),
        )
        self.rows = rows
        if shape != self._shape:
            self._rebuild(decision)
            self._shape = shape
        self._fill(decision)

    def _fill(self, decision: Decision) -> None:
        count = len(decision.options)
        for index, (column, option) in enumerate(zip(self.columns, decision.options, strict=True)):
            if column.name.text() != option.name and not (
                column.name.hasFocus() and not column.name.text().strip()
            ):
                column.name.setText(option.name)
            where = self.tr("Option {0} of {1}: {2}").format(index + 1, count, option.name)
            for widget in (column.name, column.description, column.benefits, column.harms):
                widget.setAccessibleDescription(where)
            column.remove.setEnabled(count > 2)
            column.remove.setToolTip(
                self.tr("Remove this option; Ctrl+Z brings it back")
                if count > 2
                else self.tr("A decision needs at least two options")
            )
            column.description.set_text_quietly(option.description)
            column.benefits.show_lines(option.benefits)
            column.harms.show_lines(option.harms)
        for row, (label, _occurrence) in enumerate(self.rows):
            edit = self.row_labels[row]
            if edit.text() != label and not (edit.hasFocus() and not edit.text().strip()):
                edit.setText(label)
            for index in range(count):
                cell = self.cells[(row, index)]
                number = edits.outcome_at(decision, index, self.rows[row])
                if isinstance(cell, NumberCell) and number is not None:
                    outcome = decision.options[index].outcomes[number]
                    cell.show_outcome(outcome.chance, outcome.out_of, outcome.certainty)
                    name = decision.options[index].name
                    for widget in cell.widgets():
                        widget.setAccessibleDescription(self.tr("{0}, for {1}").format(label, name))

    def _rebuild(self, decision: Decision) -> None:
        for widget in self._built:
            widget.blockSignals(True)
            self.grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self._built = []
        self.columns, self.row_labels, self.cells = [], [], {}
        count = len(decision.options)
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 0)
            self.grid.setColumnMinimumWidth(column, 0)
        for index in range(count):
            self.grid.setColumnStretch(index, 1)
            self.grid.setColumnMinimumWidth(index, self.fontMetrics().averageCharWidth() * 16)

        place = 0

        def heading(text: str) -> None:
            nonlocal place
            label = QLabel(text, self.body)
            label.setProperty("role", "rowheading")
            label.setWordWrap(True)
            self._add(label, place, 0, 1, count)
            place += 1

        heading(self.tr("Option"))
        for index in range(count):
            column = OptionColumn(self, index)
            self._wire_column(column, index)
            self.columns.append(column)
            self._add(column.head, place, index)
            self._built.extend([column.name, column.remove])
        place += 1
        for title, part in (
            (self.tr("What it involves"), "description"),
            (self.tr("Good things"), "benefits"),
            (self.tr("Bad things"), "harms"),
        ):
            heading(title)
            for index, column in enumerate(self.columns):
                self._add(getattr(column, part), place, index, align=Qt.AlignmentFlag.AlignTop)
            place += 1
        for row, (label, occurrence) in enumerate(self.rows):
            edit = QLineEdit(self.body)
            edit.setAccessibleName(self.tr("What the numbers are about"))
            edit.setProperty("role", "rowheading")
            keyed(edit, f"row:{row}:label")
            edit.textEdited.connect(lambda text, r=row: self._rename_row(r, text))
            edit.editingFinished.connect(self._restore_blank)
            self.row_labels.append(edit)
            self._add(edit, place, 0, 1, count)
            place += 1
            for index in range(count):
                key = f"cell:{label}:{occurrence}:{index}"
                if edits.outcome_at(decision, index, (label, occurrence)) is None:
                    button = QPushButton(icon("add"), self.tr("Add a number"), self.body)
                    button.setAccessibleName(self.tr("Add the number for this option"))
                    button.setToolTip(self.tr("Add the number for this option"))
                    keyed(button, f"{key}:add")
                    button.clicked.connect(lambda _c=False, r=row, i=index: self._add_number(i, r))
                    self._add(button, place, index, align=Qt.AlignmentFlag.AlignTop)
                    self.cells[(row, index)] = button
                    continue
                cell = NumberCell(key, self.body)
                cell.chance.valueChanged.connect(
                    lambda v, r=row, i=index: self._change_number(i, r, "chance", v)
                )
                cell.out_of.valueChanged.connect(
                    lambda v, r=row, i=index: self._change_number(i, r, "out_of", v)
                )
                cell.certainty.activated.connect(
                    lambda n, r=row, i=index, c=cell.certainty: self._change_number(
                        i, r, "certainty", certainty_from(c.itemData(n))
                    )
                )
                cell.remove.clicked.connect(
                    lambda _c=False, r=row, i=index: self._remove_number(i, r)
                )
                self._add(cell, place, index, align=Qt.AlignmentFlag.AlignTop)
                self.cells[(row, index)] = cell
            place += 1

    def _add(
        self,
        widget: QWidget,
        row: int,
        column: int,
        rows: int = 1,
        columns: int = 1,
        align: Qt.AlignmentFlag = NO_ALIGNMENT,
    ) -> None:
        self.grid.addWidget(widget, row, column, rows, columns, align)
        widget.show()
        self._built.append(widget)

    def _wire_column(self, column: OptionColumn, index: int) -> None:
        column.name.textEdited.connect(lambda text: self._text_edit(index, "name", text))
        column.name.editingFinished.connect(self._restore_blank)
        for field in ("description", "benefits", "harms"):
            note: GrowingNoteEdit = getattr(column, field)
            note.textChanged.connect(
                lambda n=note, f=field: self._text_edit(index, f, n.toPlainText())
            )
        column.remove.clicked.connect(
            lambda: self.editor.edit(
                lambda d: edits.remove_option(d, index),
                self.tr("Remove an option"),
            )
        )

    def _restore_blank(self) -> None:
        """A name emptied and left shows its words again: they were never removed."""
        if self.decision is not None:
            self._fill(self.decision)
