"""The cells of the options grid: a few lines that grow as they are typed, and one number.

A number cell shows what the patient reads first, "40 out of 100 people" and
its icon array, then what the clinician edits: how many people, out of how
many, and how sure we are of it, in words a patient can use.

Holds no data and sends no edits: the grid (``optiongrid``) wires these
widgets to edits of the decision.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..visit import Certainty
from . import decisionedits as edits
from .iconarray import IconArrayWidget, sentence
from .icons import icon
from .widgets import NoteEdit

MAX_OUT_OF = 1_000_000
FOCUS_KEY = "focusKey"
"""A widget property naming a field, so focus can find its way back after a rebuild."""


def certainty_choices() -> tuple[tuple[Certainty | None, str], ...]:
    """GRADE certainty in words a patient can use ("certainty" itself confuses people)."""
    return (
        (None, QCoreApplication.translate("OptionGrid", "Not said")),
        (Certainty.HIGH, QCoreApplication.translate("OptionGrid", "We are very sure")),
        (Certainty.MODERATE, QCoreApplication.translate("OptionGrid", "We are fairly sure")),
        (Certainty.LOW, QCoreApplication.translate("OptionGrid", "We are not very sure")),
        (Certainty.VERY_LOW, QCoreApplication.translate("OptionGrid", "We are very unsure")),
    )


def certainty_from(value: object) -> Certainty | None:
    # Qt hands enum values back as plain strings
    return None if value is None else Certainty(value)


def keyed(widget: QWidget, key: str) -> QWidget:
    widget.setProperty(FOCUS_KEY, key)
    return widget


class GrowingNoteEdit(NoteEdit):
    """A few lines that grow with what is typed (up to a limit), so a list is seen whole."""

    MIN_LINES = 2
    MAX_LINES = 8

    def __init__(self, accessible_name: str, placeholder: str, parent: QWidget) -> None:
        super().__init__(accessible_name, placeholder, parent)
        self.textChanged.connect(self._fit)

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        margin = self.document().documentMargin()
        width = max(40, self.viewport().width() - round(2 * margin))
        lines = 0
        for line in self.toPlainText().split("\n"):
            box = metrics.boundingRect(0, 0, width, 100_000, Qt.TextFlag.TextWordWrap, line or " ")
            lines += max(1, round(box.height() / metrics.lineSpacing()))
        lines = max(self.MIN_LINES, min(self.MAX_LINES, lines))
        frame = self.contentsMargins().top() + self.contentsMargins().bottom()
        self.setFixedHeight(metrics.lineSpacing() * lines + round(2 * margin) + frame + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def set_text_quietly(self, text: str) -> None:
        super().set_text_quietly(text)
        self._fit()

    def show_lines(self, items: list[str]) -> None:
        """Show a list one item a line, unless the text already says the same (keeps the cursor)."""
        if edits.lines(self.toPlainText()) != items:
            self.set_text_quietly("\n".join(items))


class NumberCell(QWidget):
    """One option's number for one outcome: the sentence, the picture, and the inputs."""

    def __init__(self, key: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.sentence = QLabel(self)
        self.sentence.setWordWrap(True)
        self.sentence.setProperty("role", "sentence")
        self.picture = IconArrayWidget(self)
        self.no_picture = QLabel(
            QCoreApplication.translate(
                "NumberCell", "No picture for this count: it is said in words."
            ),
            self,
        )
        self.no_picture.setWordWrap(True)
        self.no_picture.setProperty("role", "hint")
        self.chance = QSpinBox(self)
        self.chance.setAccessibleName(self.tr("How many people it happens to"))
        self.out_of = QSpinBox(self)
        self.out_of.setRange(1, MAX_OUT_OF)
        self.out_of.setGroupSeparatorShown(True)
        self.out_of.setAccessibleName(self.tr("Out of how many people"))
        self.out_of.setToolTip(
            QCoreApplication.translate(
                "NumberCell", "100 or 1,000 people give a picture; the same for every option"
            )
        )
        for spin in (self.chance, self.out_of):
            spin.setKeyboardTracking(False)  # a number counts once typed, not digit by digit
        self.certainty = QComboBox(self)
        self.certainty.setAccessibleName(self.tr("How sure we are of this number"))
        for value, words in certainty_choices():
            self.certainty.addItem(words, value)
        self.certainty.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.certainty.setMinimumContentsLength(10)
        self.certainty.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.remove = QToolButton(self)
        self.remove.setIcon(icon("remove"))
        self.remove.setText(self.tr("Remove"))
        self.remove.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.remove.setAccessibleName(self.tr("Remove this number"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("People"), self.chance)
        form.addRow(self.tr("Out of"), self.out_of)
        form.addRow(self.tr("How sure"), self.certainty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sentence)
        layout.addWidget(self.picture)
        layout.addWidget(self.no_picture)
        layout.addLayout(form)
        layout.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignLeft)
        for widget, field in (
            (self.chance, "chance"),
            (self.out_of, "out_of"),
            (self.certainty, "certainty"),
            (self.remove, "remove"),
        ):
            keyed(widget, f"{key}:{field}")

    def widgets(self) -> list[QWidget]:
        return [self.chance, self.out_of, self.certainty, self.remove]

    def show_outcome(self, chance: int, out_of: int, certainty: Certainty | None) -> None:
        for spin in (self.chance, self.out_of):
            spin.blockSignals(True)
        self.out_of.setValue(out_of)
        self.chance.setRange(0, out_of)
        self.chance.setValue(chance)
        for spin in (self.chance, self.out_of):
            spin.blockSignals(False)
        self.certainty.setCurrentIndex(self.certainty.findData(certainty))
        self.sentence.setText(sentence(chance, out_of))
        self.picture.set_numbers(chance, out_of)
        self.no_picture.setVisible(self.picture.array is None)
