"""The Decision tab: making a choice together, in the order the conversation goes.

Elwyn's three talks, top to bottom: the question and how the patient wants to
decide (team talk), the options side by side with their numbers as pictures
(option talk), then what matters most, where we are and the SURE check
(decision talk). A visit may hold several decisions; a selector at the top
picks one, and "New decision" starts another with two options, one of them
"Wait and see".

Every change is one undo step through the decisions model (typing merges
into one step per field), so autosave and the summary follow. The parts
(``optiongrid``, ``whatmatters``, ``wherewe``, ``sure``) hold no data: they
show the current decision and send edits back here. When a part rebuilds its
widgets (an option added, a number removed), focus returns to the same field
and Tab keeps the order the eye reads in.

Never logs: a decision's words are the patient's.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..visit import SURE_ITEMS, Decision, PreferredRole
from . import decisionedits as edits
from .choices import ChoiceButtons
from .decisionmodel import DecisionListModel
from .document import VisitDocument
from .gridcells import FOCUS_KEY
from .icons import icon
from .optiongrid import OptionGrid
from .readinghint import mark_handout_text
from .sure import SureMessage, SureQuestions, sure_citation
from .teachback import DecisionTeachBack
from .whatmatters import WhatMattersEditor
from .wherewe import WhereWeAre, problem_hints, role_words

STYLE = """
QLabel[role="partheading"] { font-weight: 600; border-top: 2px solid #a3a9b1; padding-top: 6px; }
QLabel[role="rowheading"], QLineEdit[role="rowheading"] {
    background: #e8edf3; border-radius: 4px; padding: 4px 8px; font-weight: 600; }
QLineEdit[role="rowheading"] { border: 1px solid #a3a9b1; }
QLineEdit[role="optionname"] { font-weight: 600; }
QLabel[role="sentence"] { font-weight: 600; }
QLabel[role="hint"], QLabel[role="citation"] { color: #4b5563; }
QLabel[role="problem"] { color: #7a3b06; }
QLabel[role="sure-message"] { border-radius: 6px; padding: 8px; }
QLabel[role="sure-message"][state="unsure"] { background: #fff4d6; border: 1px solid #b7791f; }
QLabel[role="sure-message"][state="sure"] { background: #e6f4ea; border: 1px solid #2f7d4a; }
"""


class DecisionSection(QWidget):
    def __init__(self, document: VisitDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("section-decisions")
        self.setStyleSheet(STYLE)
        self.document = document
        self.model: DecisionListModel = document.decisions
        self.row = -1
        self._pending_focus = ""
        self._refreshing = False
        self._tab_order: list[QWidget] = []

        self.selector = QComboBox(self)
        self.selector.setAccessibleName(self.tr("Decision to show"))
        self.selector.setModel(self.model)
        self.selector.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.selector.setMinimumContentsLength(12)
        self.new_button = QPushButton(icon("add"), self.tr("New decision"), self)
        self.new_button.setAccessibleName(self.tr("New decision"))
        self.new_button.clicked.connect(self.new_decision)
        self.remove_button = QToolButton(self)
        self.remove_button.setIcon(icon("remove"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.remove_button.setAccessibleName(self.tr("Remove this decision"))
        self.remove_button.setToolTip(self.tr("Remove this decision; Ctrl+Z brings it back"))
        self.remove_button.clicked.connect(self.remove_decision)
        top = QHBoxLayout()
        top.addWidget(self.selector, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.remove_button)
        top.addStretch(0)
        self.empty = QLabel(
            self.tr(
                "Is there a choice to make together? Press New decision to lay out the options "
                "side by side, with waiting and seeing as one of them.",
            ),
            self,
        )
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "hint")

        self.body = QWidget(self)
        self._build_body()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.body)
        layout.addStretch(1)

        self.selector.currentIndexChanged.connect(self._select)
        self.model.rowsInserted.connect(self._inserted)
        self.model.rowsRemoved.connect(lambda *_a: self._select(self.selector.currentIndex()))
        self.model.decisionChanged.connect(self._changed)
        self._select(self.selector.currentIndex())

    # -- building -------------------------------------------------------------------------

    def _build_body(self) -> None:
        question_label = QLabel(self.tr("What do we need to decide?"), self.body)
        question_label.setProperty("role", "partheading")
        self.question = QLineEdit(self.body)
        self.question.setAccessibleName(self.tr("The decision, in plain words"))
        self.question.setPlaceholderText(
            self.tr("For example: How should we treat your knee pain?")
        )
        self.question.textEdited.connect(self._question_edited)
        self.question.editingFinished.connect(lambda: self._refresh())
        question_label.setBuddy(self.question)
        mark_handout_text(self.question)

        role_label = QLabel(
            self.tr("How would you like to make this decision?"),
            self.body,
        )
        role_label.setWordWrap(True)
        self.roles = ChoiceButtons(
            [
                (
                    role,
                    words,
                    self.tr("How you want to decide: {0}").format(words),
                )
                for role, words in role_words().items()
            ],
            self.body,
        )
        self.roles.setContentsMargins(12, 0, 0, 0)
        self.roles.chosen.connect(self._set_role)

        self.before_toggle = QToolButton(self.body)
        self.before_toggle.setCheckable(True)
        self.before_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.before_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.before_toggle.setText(self.tr("Ask the SURE questions first"))
        self.before_toggle.setAccessibleName(self.tr("Ask the SURE questions before the options"))
        self.before_toggle.toggled.connect(self._show_before)
        self.sure_before = SureQuestions(self, "sure_before", self.tr("Before, "), self.body)
        self.before_citation = self._citation()

        self.grid = OptionGrid(self, self.body)
        self.grid_hint = QLabel(self.body)
        self.grid_hint.setWordWrap(True)
        self.grid_hint.setProperty("role", "problem")
        self.matters = WhatMattersEditor(self, self.body)
        self.where = WhereWeAre(self, self.body)
        self.teach_back = DecisionTeachBack(self, lambda: self.document.visit.clinician, self.body)
        self.sure = SureQuestions(self, "sure", "", self.body)
        self.sure_message = SureMessage(self.body)

        team = QVBoxLayout()
        for widget in (question_label, self.question, role_label, self.roles, self.before_toggle):
            team.addWidget(widget)
        team.addWidget(self.sure_before)
        team.addWidget(self.before_citation)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(team)
        layout.addWidget(self.grid)
        layout.addWidget(self.grid_hint)
        sure_intro = QLabel(
            self.tr("Four questions for you, answered yes or no."),
            self.body,
        )
        sure_intro.setWordWrap(True)
        for title, parts in (
            (self.tr("What matters to you"), [self.matters]),
            (self.tr("Where we are"), [self.where]),
            (self.tr("In your own words"), [self.teach_back]),
            (
                self.tr("Do you feel sure? (the SURE test)"),
                [sure_intro, self.sure, self.sure_message, self._citation()],
            ),
        ):
            layout.addSpacing(self.fontMetrics().height() // 2)
            layout.addWidget(self._heading(title))
            for part in parts:
                layout.addWidget(part)
        self._show_before(False)

    def _heading(self, title: str) -> QLabel:
        """A part's title, with a rule above it, like the headings of the options grid."""
        label = QLabel(title, self.body)
        label.setProperty("role", "partheading")
        label.setWordWrap(True)
        return label

    def _citation(self) -> QLabel:
        label = QLabel(sure_citation(), self.body)
        label.setWordWrap(True)
        label.setProperty("role", "citation")
        return label

    # -- requests ------------------------------------------------------------------------

    def new_decision(self) -> None:
        decision = edits.new_decision(
            self.tr("What should we decide?"),
            self.tr("Option 1"),
            self.tr("Wait and see"),
        )
        self._pending_focus = "question"
        self.model.add(decision, self.tr("Start a decision"))
        self._pending_focus = ""

    def remove_decision(self) -> None:
        if self.row >= 0:
            self.model.remove(self.row, self.tr("Remove a decision"))

    def edit(self, change: edits.Edit, label: str, *, merge_key: str = "", focus: str = "") -> None:
        """Apply one edit to the decision shown, as one undo step (the parts call this)."""
        if self.row < 0 or self._refreshing:
            return
        self._pending_focus = focus
        self.model.change(self.row, change, label, merge_key=merge_key)
        self._pending_focus = ""

    def _question_edited(self, text: str) -> None:
        if text.strip():  # the question keeps its words while its field is empty
            self.edit(
                lambda d: edits.set_question(d, text),
                self.tr("Edit the decision"),
                merge_key="question",
            )

    def _set_role(self, role: PreferredRole | None) -> None:
        self.edit(
            lambda d: edits.set_preferred_role(d, role),
            self.tr("Say how you want to decide"),
        )

    def _before_words(self, decision: Decision) -> str:
        """The toggle says how the first answers went, so they need not be opened to be seen.

        Closed by default even when answered: they are history once the options
        are on the table, and open they would push the options off the screen.
        """
        answers = decision.sure_before
        if answers is None:
            return self.tr("Ask the SURE questions first")
        values = [getattr(answers, item) for item in SURE_ITEMS]
        return self.tr("Asked first: {0} yes, {1} no, {2} not answered").format(
            values.count(True), values.count(False), values.count(None)
        )

    def _show_before(self, shown: bool) -> None:
        self.before_toggle.setChecked(shown)
        self.before_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        self.sure_before.setVisible(shown)
        self.before_citation.setVisible(shown)
        if not self._refreshing:
            self._set_tab_order()

    # -- showing ---------------------------------------------------------------------------

    def current(self) -> Decision | None:
        return self.model.decision(self.row) if 0 <= self.row < self.model.rowCount() else None

    def focus_first(self) -> None:
        """Alt+5: the question when there is a decision, else the button that starts one."""
        (self.question if self.current() is not None else self.new_button).setFocus()

    def _inserted(self, _parent: QModelIndex, first: int, _last: int) -> None:
        self.selector.setCurrentIndex(first)
        self._select(first)

    def _select(self, row: int) -> None:
        self.row = row
        self._refresh()

    def _changed(self, row: int) -> None:
        if row != self.row:
            self.selector.setCurrentIndex(row)  # an undo elsewhere shows what it undid
            return
        self._refresh()

    def _refresh(self) -> None:
        decision = self.current()
        has = decision is not None
        self.empty.setVisible(not has)
        self.body.setVisible(has)
        self.selector.setVisible(self.model.rowCount() > 1)  # one decision needs no choosing
        self.remove_button.setVisible(has)
        if decision is None:
            return
        focus = QApplication.focusWidget()
        key = self._key_of(focus)
        cursor = focus.cursorPosition() if isinstance(focus, QLineEdit) else -1
        self._refreshing = True
        try:
            if self.question.text() != decision.question and not (
                self.question.hasFocus() and not self.question.text().strip()
            ):
                self.question.setText(decision.question)
            self.roles.set_value(decision.preferred_role)
            self.sure_before.show_answers(decision.sure_before)
            self.before_toggle.setText(self._before_words(decision))
            grid_problems, where_problems = problem_hints(decision)
            self.grid.show_decision(decision)
            self.grid_hint.setText("\n".join(grid_problems))
            self.grid_hint.setVisible(bool(grid_problems))
            self.matters.show_decision(decision)
            self.where.show_decision(decision, where_problems)
            self.teach_back.show_decision(decision)
            self.sure.show_answers(decision.sure)
            self.sure_message.show_answers(decision.sure)
        finally:
            self._refreshing = False
        self._set_tab_order()
        self._restore_focus(focus, key, cursor)

    def _key_of(self, widget: QWidget | None) -> str:
        if widget is None or not self.isAncestorOf(widget):
            return ""
        if widget is self.question:
            return "question"
        key = widget.property(FOCUS_KEY)
        return key if isinstance(key, str) else ""

    def _restore_focus(self, before: QWidget | None, key: str, cursor: int) -> None:
        wanted = self._pending_focus or key
        if not wanted:
            return
        if not self._pending_focus and before is not None and before.hasFocus():
            return  # still where it was: nothing to restore
        target = self.question if wanted == "question" else self._keyed(wanted)
        if target is None:  # its field went (a number removed): the same place, if it is there
            target = self._keyed(wanted.rpartition(":")[0], prefix=True)
        if target is None:
            return
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(target, QLineEdit):
            if self._pending_focus:
                target.selectAll()  # a new name or question: typing replaces it
            elif cursor >= 0:
                target.setCursorPosition(cursor)

    def _keyed(self, key: str, *, prefix: bool = False) -> QWidget | None:
        """The shown widget whose focus key is ``key`` (or starts with it)."""
        if not key:
            return None
        for widget in self.body.findChildren(QWidget):
            found = widget.property(FOCUS_KEY)
            if not isinstance(found, str) or not widget.isVisibleTo(self.body):
                continue
            if found == key or (prefix and found.startswith(key + ":")):
                return widget
        return None

    def _set_tab_order(self) -> None:
        order: list[QWidget] = [self.selector, self.new_button, self.remove_button, self.question]
        order += self.roles.focus_order()
        order.append(self.before_toggle)
        if self.sure_before.isVisibleTo(self):
            order += self.sure_before.focus_order()
        order += self.grid.focus_order()
        order += self.matters.focus_order()
        order += self.where.focus_order()
        order += self.teach_back.focus_order()
        order += self.sure.focus_order()
        if order == self._tab_order:
            return  # unchanged since the last rebuild
        self._tab_order = order
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
