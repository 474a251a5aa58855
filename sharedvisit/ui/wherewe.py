"""Where the decision stands: how far along, which option, who decided, and by when.

Also the words for how the patient wants to decide, and for what does not
fit together yet (the core's ``decision_problems``, said plainly).

The choices are kept valid as they are made (``decisionedits``): picking an
option moves an open decision to "leaning"; going back to "not decided yet"
lets the option go. A decision marked decided before an option is picked is
allowed for a moment, and a hint says what is missing.

Holds no data: every change is an edit of the decision through the section.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QWidget,
)

from ..visit import Decision, DecisionStatus, Person, PreferredRole, decision_problems
from . import decisionedits as edits
from .choices import ChoiceButtons
from .decisionedits import DecisionEditor
from .people import PEOPLE, person_look
from .widgets import OptionalDateEdit


def status_words() -> dict[DecisionStatus, str]:
    return {
        DecisionStatus.UNDECIDED: QCoreApplication.translate("WhereWeAre", "Not decided yet"),
        DecisionStatus.LEANING: QCoreApplication.translate(
            "WhereWeAre", "Leaning towards an option"
        ),
        DecisionStatus.DECIDED: QCoreApplication.translate("WhereWeAre", "Decided"),
        DecisionStatus.DEFERRED: QCoreApplication.translate("WhereWeAre", "Decide later"),
    }


def role_words() -> dict[PreferredRole | None, str]:
    """How the patient wants to decide, asked in their own words (Ottawa guide, OPTION)."""
    return {
        PreferredRole.PATIENT_DECIDES: QCoreApplication.translate("WhereWeAre", "I want to decide"),
        PreferredRole.SHARED: QCoreApplication.translate("WhereWeAre", "Let's decide together"),
        PreferredRole.CLINICIAN_DECIDES: QCoreApplication.translate(
            "WhereWeAre", "I want my clinician to decide"
        ),
        None: QCoreApplication.translate("WhereWeAre", "Not asked yet"),
    }


def problem_hints(decision: Decision) -> tuple[list[str], list[str]]:
    """The core's consistency problems in plain words: (for the options, for where we are)."""
    options, where = [], []
    for at, _message in decision_problems(decision):
        if at == "chosen" and decision.status is DecisionStatus.DECIDED and not decision.chosen:
            where.append(
                QCoreApplication.translate(
                    "WhereWeAre", "Decided: say which option was chosen, under Which option."
                )
            )
        elif at == "chosen":
            where.append(
                QCoreApplication.translate(
                    "WhereWeAre", "Which option: pick one of the options again."
                )
            )
        elif at == "options":
            options.append(
                QCoreApplication.translate(
                    "WhereWeAre", "A decision needs at least two options. Waiting is one too."
                )
            )
        elif at.endswith(".out_of"):
            options.append(
                QCoreApplication.translate(
                    "WhereWeAre",
                    "A number is counted out of different numbers of people for different "
                    "options. Use the same for all options, so they can be compared.",
                )
            )
    return list(dict.fromkeys(options)), list(dict.fromkeys(where))


class WhereWeAre(QWidget):
    def __init__(self, editor: DecisionEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self._loading = False

        self.statuses = ChoiceButtons(
            [
                (
                    status,
                    words,
                    self.tr("Where we are: {0}").format(words),
                )
                for status, words in status_words().items()
            ],
            self,
        )
        self.statuses.chosen.connect(self._set_status)

        self.chosen = QComboBox(self)
        self.chosen.setAccessibleName(self.tr("Which option"))
        self.chosen.activated.connect(self._choose)
        self.decided_by = QComboBox(self)
        self.decided_by.setAccessibleName(self.tr("Who decided"))
        self.decided_by.addItem(self.tr("Not said"), None)
        for person in PEOPLE:
            look = person_look(person)
            self.decided_by.addItem(look.icon, look.label, person)
        self.decided_by.activated.connect(
            lambda i: self._edit(
                lambda d: edits.set_decided_by(d, self._person(i)),
                self.tr("Say who decided"),
            )
        )
        self.decide_by = OptionalDateEdit(self)
        self.decide_by.setAccessibleName(self.tr("Decide by"))
        self.decide_by.dateChosen.connect(
            lambda day: self._edit(
                lambda d: edits.set_decide_by(d, day),
                self.tr("Change when to decide by"),
            )
        )
        self.no_date = QToolButton(self)
        self.no_date.setText(self.tr("No date"))
        self.no_date.setAccessibleName(self.tr("Remove the decide-by date"))
        self.no_date.clicked.connect(
            lambda: self._edit(
                lambda d: edits.set_decide_by(d, None),
                self.tr("Change when to decide by"),
            )
        )
        date_row = QHBoxLayout()
        date_row.addWidget(self.decide_by)
        date_row.addWidget(self.no_date)
        date_row.addStretch(1)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "problem")

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.statuses)
        form.addRow(self.tr("Which option"), self.chosen)
        form.addRow(self.tr("Who decided"), self.decided_by)
        form.addRow(self.tr("Decide by"), date_row)
        form.addRow(self.hint)

    def focus_order(self) -> list[QWidget]:
        return [
            *self.statuses.focus_order(),
            self.chosen,
            self.decided_by,
            self.decide_by,
            self.no_date,
        ]

    def show_decision(self, decision: Decision, problems: list[str]) -> None:
        self._loading = True
        try:
            self.statuses.set_value(decision.status)
            names = [option.name for option in decision.options]
            shown = [self.chosen.itemText(i) for i in range(1, self.chosen.count())]
            if shown != names or self.chosen.count() == 0:
                self.chosen.clear()
                self.chosen.addItem(self.tr("None yet"), None)
                for name in names:
                    self.chosen.addItem(name, name)
            index = names.index(decision.chosen) + 1 if decision.chosen in names else 0
            self.chosen.setCurrentIndex(index)
            self.decided_by.setCurrentIndex(self.decided_by.findData(decision.decided_by))
            self.decide_by.set_value(decision.decide_by)
        finally:
            self._loading = False
        self.hint.setText("\n".join(problems))
        self.hint.setVisible(bool(problems))

    def _person(self, index: int) -> Person | None:
        value = self.decided_by.itemData(index)
        return None if value is None else Person(value)

    def _set_status(self, status: DecisionStatus) -> None:
        self._edit(
            lambda d: edits.set_status(d, status),
            self.tr("Change where we are"),
        )

    def _choose(self, index: int) -> None:
        name = self.chosen.itemData(index)
        self._edit(
            lambda d: edits.set_chosen(d, name),
            self.tr("Choose an option"),
        )

    def _edit(self, change: edits.Edit, label: str) -> None:
        if not self._loading:
            self.editor.edit(change, label)
