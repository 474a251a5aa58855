"""How this visit's handout is printed: its language, a second language, large print.

Chosen per visit and independent of the window's own language: a clinician
working in English prints a Spanish handout, in large type, with the English
alongside for the daughter who helps. The options sit just above the preview
of the handout, so both people see each choice take effect; they wrap onto
more lines with large text rather than widening the window.

Every choice is one undo step through the document; a second language never
equals the first (choosing the first language the second one was removes the
second, in the same step).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from .document import VisitDocument
from .widgets import FlowLayout

HANDOUT_LANGUAGES = (("en", "English"), ("es", "Español"))
"""Languages the handout is printed in; names are shown in their own language."""


def language_name(code: str) -> str:
    """A language's name in its own language; an unknown code is shown as it is."""
    return dict(HANDOUT_LANGUAGES).get(code, code)


class HandoutOptions(QWidget):
    """Handout in [English]  Also in [None]  [ ] Large print."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: VisitDocument | None = None
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Handout language"))
        self.language.activated.connect(self._language_chosen)
        self.also = QComboBox(self)
        self.also.setAccessibleName(self.tr("Also print in"))
        self.also.setToolTip(
            self.tr("Print each part in a second language too, for a family member who helps.")
        )
        self.also.activated.connect(self._also_chosen)
        self.large_print = QCheckBox(self.tr("Large print"), self)
        self.large_print.setAccessibleName(self.tr("Large print"))
        self.large_print.setToolTip(self.tr("Print the handout in large type, in one column."))
        self.large_print.toggled.connect(self._large_print_toggled)
        flow = FlowLayout(self, spacing=12)
        flow.addWidget(self._pair(self.tr("Handout &in"), self.language))
        flow.addWidget(self._pair(self.tr("Also in"), self.also))
        flow.addWidget(self.large_print)
        self._loading = False
        self._align()
        self.set_document(None)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._align()

    def _align(self) -> None:
        """The check box as tall as the lists beside it, so a wrapped row lines up."""
        self.large_print.setMinimumHeight(self.language.sizeHint().height())

    def _pair(self, text: str, field: QWidget) -> QWidget:
        """A label and its field, kept together on one line when the row wraps."""
        pair = QWidget(self)
        label = QLabel(text, pair)
        label.setBuddy(field)
        field.setParent(pair)
        row = QHBoxLayout(pair)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(field)
        return pair

    def set_document(self, document: VisitDocument | None) -> None:
        if self.document is not None:
            self.document.fieldChanged.disconnect(self._field_changed)
        self.document = document
        self.setEnabled(document is not None)
        if document is not None:
            document.fieldChanged.connect(self._field_changed)
        self._show()

    def _field_changed(self, field: str) -> None:
        if field in ("language", "also_language", "large_print"):
            self._show()

    def _show(self) -> None:
        visit = self.document.visit if self.document is not None else None
        language = visit.language if visit is not None else "en"
        also = visit.also_language if visit is not None else None
        self._loading = True
        try:
            codes = [code for code, _name in HANDOUT_LANGUAGES]
            self._fill(self.language, [*codes, *([] if language in codes else [language])])
            self.language.setCurrentIndex(self.language.findData(language))
            others = [code for code in codes if code != language]
            if also is not None and also not in others:
                others.append(also)
            self._fill(self.also, others, none=self.tr("None"))
            self.also.setCurrentIndex(max(0, self.also.findData(also)))
            self.large_print.setChecked(visit is not None and visit.large_print)
        finally:
            self._loading = False

    @staticmethod
    def _fill(combo: QComboBox, codes: list[str], *, none: str = "") -> None:
        wanted = ([(none, None)] if none else []) + [(language_name(c), c) for c in codes]
        shown = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
        if shown != wanted:
            combo.clear()
            for text, code in wanted:
                combo.addItem(text, code)

    def _language_chosen(self, index: int) -> None:
        if self.document is not None:
            self.document.set_language(self.language.itemData(index))

    def _also_chosen(self, index: int) -> None:
        if self.document is not None:
            self.document.set_field("also_language", self.also.itemData(index))

    def _large_print_toggled(self, on: bool) -> None:
        if self.document is not None and not self._loading:
            self.document.set_field("large_print", on)
