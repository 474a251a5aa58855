"""A gentle hint of how hard the words being typed for the handout are to read.

Health bodies aim patient materials at a US grade-6 reading level (see
``../shared/DOMAIN.md``). While the clinician types text that prints on the
handout, a label says, quietly, when it reads above that: "Reads at grade 11:
shorter sentences and everyday words help." It never blocks, never colours
the field and never moves the layout (the window keeps it at the left of its
status bar). The words are about the handout, not the writer: the patient may
be the one typing.

The grade, and whether a text is long enough to judge at all, are the
core's (``readability``), in the handout's language; this module only decides
when to ask and where to say it. It asks once typing pauses
(``DEBOUNCE_MS``), so typing stays smooth, and the readability library is
loaded on a thread when a visit opens, not on the first keystroke (it takes
a quarter of a second to load).

Fields opt in with ``mark_handout_text``; the header, the private note and
the patient's own words said back are not marked. Never logs the text.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QWidget

from ..readability import GRADE_GOAL, reading_grade
from .focuswatch import FocusWatch

log = logging.getLogger(__name__)

HANDOUT_TEXT = "handoutText"
"""The widget property that marks a field whose words print on the handout."""

DEBOUNCE_MS = 600
"""The hint follows the text this long after the last keystroke."""


def mark_handout_text(widget: QWidget) -> None:
    """Say that ``widget``'s words print on the handout, so the hint measures them."""
    widget.setProperty(HANDOUT_TEXT, True)


def is_handout_text(widget: QWidget | None) -> bool:
    return isinstance(widget, (QLineEdit, QPlainTextEdit)) and widget.property(HANDOUT_TEXT) is True


def grade_of(text: str, language: str) -> float | None:
    """The core's reading grade of ``text``; None for short text or when it cannot tell."""
    try:
        return reading_grade(text, language)
    except Exception as exc:  # a hint must never get in the way of typing
        log.warning("the reading level could not be measured (%s)", type(exc).__name__)
        return None


def hint_words(grade: float | None) -> str:
    """What the label says for ``grade``: nothing at the handout's goal (grade 6) or below."""
    if grade is None or round(grade) <= GRADE_GOAL:
        return ""
    return QCoreApplication.translate(
        "ReadingHint", "Reads at grade {0}: shorter sentences and everyday words help."
    ).format(round(grade))


def warm_up(language: str) -> None:
    """Load the readability library on a thread, before anyone types."""
    threading.Thread(
        target=grade_of, args=("Get ready to measure.", language), name="readability", daemon=True
    ).start()


class ReadingHint(FocusWatch):
    """Watches the focused field; shows the hint for it in ``label``."""

    def __init__(self, window: QWidget, label: QLabel, language: Callable[[], str | None]) -> None:
        """``language`` is the handout's language, or None when no visit is open."""
        super().__init__(window)
        self.label = label
        self.language = language
        self._field: QLineEdit | QPlainTextEdit | None = None
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        label.setAccessibleName(self.tr("Reading level"))
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.measure)

    def field(self) -> QLineEdit | QPlainTextEdit | None:
        """The field the hint is about, if any."""
        return self._field if self._field is not None and shiboken6.isValid(self._field) else None

    def measure(self) -> None:
        """Measure the field now (the timer calls this once typing pauses)."""
        field = self.field()
        language = self.language()
        if field is None or language is None:
            self._say("")
            return
        text = field.text() if isinstance(field, QLineEdit) else field.toPlainText()
        self._say(hint_words(grade_of(text, language)))

    def _wants(self, widget: QWidget) -> bool:
        return self.window.isAncestorOf(widget) and is_handout_text(widget)

    def _follow(self, field: QWidget | None) -> None:
        old = self.field()
        if field is old:
            return
        if old is not None:
            old.textChanged.disconnect(self._typed)
        self._timer.stop()
        self._field = field if isinstance(field, (QLineEdit, QPlainTextEdit)) else None
        self._say("")
        if self._field is not None:
            self._field.textChanged.connect(self._typed)
            self._timer.start()  # what is there already is measured too

    def _typed(self, *_args: object) -> None:
        self._timer.start()

    def _say(self, text: str) -> None:
        if self.label.text() != text:
            self.label.setText(text)
