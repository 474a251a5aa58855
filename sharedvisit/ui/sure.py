"""The SURE test in the window: four yes/no questions, and what helps when the patient is not sure.

The SURE test (Légaré et al., Can Fam Physician 2010) belongs to the Ottawa
Hospital Research Institute, which lets it be used free of charge if it is
cited and not altered. So the four questions here are its exact words and
must never be reworded, shortened or "simplified"; a translation must be an
official one. The citation is shown beside them and in the About box.

An unanswered question is not a "no": each has three states (Yes, No, Not
answered) and only a "no" can flag decisional conflict. When it does, the
window says so gently and suggests what helps; it never scores or judges
the patient in red.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..visit import SURE_ITEMS, SureAnswers
from . import decisionedits as edits
from .choices import TabToChosen
from .decisionedits import DecisionEditor


def sure_questions() -> dict[str, tuple[str, str]]:
    """Each SURE item: (its short name, its question word for word)."""
    return {
        "sure_of_myself": (
            QCoreApplication.translate("Sure", "Sure of myself"),
            QCoreApplication.translate("Sure", "Do you feel SURE about the best choice for you?"),
        ),
        "understand_information": (
            QCoreApplication.translate("Sure", "Understand information"),
            QCoreApplication.translate(
                "Sure", "Do you know the benefits and risks of each option?"
            ),
        ),
        "risk_benefit_ratio": (
            QCoreApplication.translate("Sure", "Risk-benefit ratio"),
            QCoreApplication.translate(
                "Sure", "Are you clear about which benefits and risks matter most to you?"
            ),
        ),
        "encouragement": (
            QCoreApplication.translate("Sure", "Encouragement"),
            QCoreApplication.translate(
                "Sure", "Do you have enough support and advice to make a choice?"
            ),
        ),
    }


def sure_citation() -> str:
    """The citation the Ottawa Hospital Research Institute asks for, with the test."""
    return QCoreApplication.translate(
        "Sure",
        "The SURE test: Légaré F, et al. Can Fam Physician 2010;56(8):e308-14. "
        "© Ottawa Hospital Research Institute, used unaltered.",
    )


class SureQuestions(QWidget):
    """One set of SURE answers (before the option talk, or now), edited in place."""

    def __init__(
        self, editor: DecisionEditor, which: str, name_prefix: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.which = which
        self.groups: dict[str, QButtonGroup] = {}
        self.buttons: dict[tuple[str, bool | None], QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        answers = (
            (True, self.tr("Yes")),
            (False, self.tr("No")),
            (None, self.tr("Not answered")),
        )
        for item, (short, question) in sure_questions().items():
            label = QLabel(question, self)
            label.setWordWrap(True)
            label.setProperty("role", "question")
            holder = QWidget(self)  # its own parent, so each question's buttons exclude each other
            row = QHBoxLayout(holder)
            row.setContentsMargins(12, 0, 0, 6)
            group = QButtonGroup(holder)
            for value, text in answers:
                button = QRadioButton(text, holder)
                name = self.tr("{0}: {1}").format(short, text)
                button.setAccessibleName(f"{name_prefix}{name}")
                button.setAccessibleDescription(question)
                group.addButton(button)
                row.addWidget(button)
                self.buttons[(item, value)] = button
                button.toggled.connect(
                    lambda on, i=item, v=value: on and self._answer(i, v)  # type: ignore[func-returns-value]
                )
            row.addStretch(1)
            TabToChosen(group)
            label.setBuddy(self.buttons[(item, None)])
            layout.addWidget(label)
            layout.addWidget(holder)
            self.groups[item] = group
        self._loading = False

    def focus_order(self) -> list[QWidget]:
        return list(self.buttons.values())

    def show_answers(self, answers: SureAnswers | None) -> None:
        self._loading = True
        try:
            for item in SURE_ITEMS:
                value = getattr(answers, item) if answers is not None else None
                button = self.buttons[(item, value)]
                if not button.isChecked():
                    button.setChecked(True)
        finally:
            self._loading = False

    def _answer(self, item: str, value: bool | None) -> None:
        if self._loading:
            return
        self.editor.edit(
            lambda d: edits.set_sure(d, self.which, item, value),
            self.tr("Answer a SURE question"),
        )


class SureMessage(QLabel):
    """What the answers say, in plain and kind words; empty until it is known."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setProperty("role", "sure-message")
        self.conflict: bool | None = None

    def show_answers(self, answers: SureAnswers | None) -> None:
        self.conflict = answers.conflict() if answers is not None else None
        if self.conflict is True:
            self.setProperty("state", "unsure")
            self.setText(
                self.tr(
                    "You are not sure yet, and that is all right: many people feel this way "
                    "with a choice like this. Things that often help: more time to think it "
                    "over, more information about the options, and talking it over with family "
                    "or friends. We can come back to this before anything is decided.",
                )
            )
        elif self.conflict is False:
            self.setProperty("state", "sure")
            self.setText(self.tr("You feel sure about the choice."))
        else:
            self.setProperty("state", "")
            self.clear()
        self.setVisible(self.conflict is not None)
        self.style().unpolish(self)
        self.style().polish(self)
