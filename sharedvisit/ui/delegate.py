"""Draws one entry in a list: who said it (word, icon, colour), its words, and its details.

Used by the editing sections and by the patient-facing window alike; the
view's font sets the scale, so the same drawing serves large type.

Everything about a row is read from its core entry, fetched straight from the
list model in Python (``_entry``), not through ``index.data()``: each
``data()`` call goes from Python into Qt and back into the model's Python
``data()``, and a list re-measuring its 250 rows made a thousand such trips.
Each trip takes the GIL again, which another thread may be holding.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ..visit import AgendaStatus, Person
from .icons import icon
from .listmodel import EntryListModel, Roles
from .people import PEOPLE, person_look
from .readinghint import mark_handout_text
from .sections import said_back, secondary_text, status_label

PAD = 8
HEIGHT_CACHE = 20_000
GAP = 10
_WRAP = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
AnyIndex = QModelIndex | QPersistentModelIndex


class EntryDelegate(QStyledItemDelegate):
    """Badge | text with its detail line | status chip."""

    def __init__(self, list_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list_name = list_name
        self._heights: dict[tuple[object, ...], int] = {}

    # -- geometry ------------------------------------------------------------

    def _badge_width(self, fm: QFontMetrics) -> int:
        icon_size = fm.height()
        widest = max(fm.horizontalAdvance(person_look(p).label) for p in PEOPLE)
        return icon_size + widest + 3 * PAD // 2 + 4

    @staticmethod
    def _entry(index: AnyIndex) -> Any:
        """The row's core entry (None for no row), from the list model without a trip through Qt."""
        model = index.model()
        row = index.row()
        if isinstance(model, EntryListModel):
            return model.entry(row) if 0 <= row < model.rowCount() else None
        return index.data(Roles.ENTRY)

    def _chip(self, entry: Any) -> tuple[str, str] | None:
        """The chip at the row's right, as (words, icon name): where it stands, or said back."""
        status = _status(entry)
        if status is not None and status is not AgendaStatus.OPEN:
            name = "discussed" if status is AgendaStatus.DISCUSSED else "deferred"
            return status_label(status), name
        if entry is not None and said_back(entry):
            return QCoreApplication.translate("Sections", "Said back"), "said-back"
        return None

    def _chip_width(self, fm: QFontMetrics, chip: tuple[str, str] | None) -> int:
        if chip is None:
            return 0
        return fm.height() + fm.horizontalAdvance(chip[0]) + 2 * PAD

    @staticmethod
    def _small(font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(max(1.0, font.pointSizeF() * 0.88))
        return small

    def _layout(
        self, option: QStyleOptionViewItem, entry: Any
    ) -> tuple[QRect, QRect, QRect, QRect]:
        """Rectangles of badge, text, detail line and chip inside ``option.rect``."""
        fm = QFontMetrics(option.font)
        small = QFontMetrics(self._small(option.font))
        rect = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        badge = QRect(rect.left(), rect.top(), self._badge_width(fm), fm.height() + PAD)
        chip_w = self._chip_width(small, self._chip(entry))
        chip = (
            QRect(rect.right() - chip_w, rect.top(), chip_w, small.height() + PAD)
            if chip_w
            else QRect()
        )
        left = badge.right() + GAP
        right = (chip.left() - GAP) if chip_w else rect.right()
        width = max(40, right - left)
        text_h = fm.boundingRect(QRect(0, 0, width, 100000), _WRAP, _text(entry)).height()
        text = QRect(left, rect.top() + PAD // 2, width, text_h)
        detail_text = self._detail(entry)
        detail_h = (
            small.boundingRect(QRect(0, 0, width, 100000), _WRAP, detail_text).height()
            if detail_text
            else 0
        )
        detail = QRect(left, text.bottom() + 4, width, detail_h)
        return badge, text, detail, chip

    def _detail(self, entry: Any) -> str:
        return secondary_text(self.list_name, entry) if entry is not None else ""

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        # A list re-measures every row when one is added or the view resizes;
        # word-wrapping a thousand rows each time would stall typing, so a
        # row's height is kept per (width, font, words, details, chip).
        view = option.widget
        width = view.viewport().width() if isinstance(view, QAbstractItemView) else 400
        entry = self._entry(index)
        key = (width, option.font.key(), _text(entry), self._detail(entry), self._chip(entry))
        height = self._heights.get(key)
        if height is None:
            opt = QStyleOptionViewItem(option)
            opt.rect = QRect(0, 0, width, 0)
            badge, text, detail, _ = self._layout(opt, entry)
            bottom = max(badge.bottom(), detail.bottom() if detail.height() else text.bottom())
            height = bottom + PAD + PAD // 2
            if len(self._heights) >= HEIGHT_CACHE:
                self._heights.clear()
            self._heights[key] = height
        return QSize(width, height)

    # -- painting ------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            opt.text = ""
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget
            )
        entry = self._entry(index)
        badge, text, detail, chip = self._layout(option, entry)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        ink = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        painter.save()
        self._paint_badge(painter, badge, option.font, index)
        painter.setFont(option.font)
        painter.setPen(ink)
        painter.drawText(text, _WRAP, _text(entry))
        detail_text = self._detail(entry)
        if detail_text:
            painter.setFont(self._small(option.font))
            muted = QColor(ink)
            if not selected:
                muted.setAlpha(200)
            painter.setPen(muted)
            painter.drawText(detail, _WRAP, detail_text)
        words = self._chip(entry)
        if chip.width() and words is not None:
            self._paint_chip(painter, chip, self._small(option.font), *words)
        painter.restore()

    def _paint_badge(self, painter: QPainter, rect: QRect, font: QFont, index: AnyIndex) -> None:
        person = index.data(Roles.PERSON)
        if person is None:
            return
        look = person_look(Person(person))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(look.ink, 1.5))
        painter.setBrush(look.fill)
        painter.drawRoundedRect(rect, 6, 6)
        size = QFontMetrics(font).height()
        icon_rect = QRect(rect.left() + PAD // 2 + 2, rect.center().y() - size // 2, size, size)
        look.icon.paint(painter, icon_rect)
        painter.setFont(font)
        painter.setPen(look.ink)
        label_rect = rect.adjusted(icon_rect.width() + PAD, 0, -PAD // 2, 0)
        painter.drawText(
            label_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, look.label
        )

    def _paint_chip(
        self, painter: QPainter, rect: QRect, font: QFont, words: str, icon_name: str
    ) -> None:
        painter.setPen(QPen(QColor("#374151"), 1.2))
        painter.setBrush(QColor("#eef0f3") if icon_name == "deferred" else QColor("#ffffff"))
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        size = QFontMetrics(font).height() - 2
        icon_rect = QRect(rect.left() + PAD // 2 + 2, rect.center().y() - size // 2, size, size)
        icon(icon_name).paint(painter, icon_rect)
        painter.setFont(font)
        painter.setPen(QColor("#1f2937"))
        painter.drawText(
            rect.adjusted(size + PAD // 2 + 4, 0, 0, 0),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            words,
        )

    # -- editing in place ------------------------------------------------------

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        mark_handout_text(editor)  # an entry's words print on the handout
        return editor

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        _, text, _, _ = self._layout(option, self._entry(index))
        height = max(text.height(), QFontMetrics(option.font).height()) + PAD
        editor.setGeometry(QRect(text.left() - 2, text.top() - PAD // 2, text.width() + 4, height))


def _text(entry: Any) -> str:
    return entry.text if entry is not None else ""


def _status(entry: Any) -> AgendaStatus | None:
    """Where an agenda item stands; None for the lists that have no status."""
    return getattr(entry, "status", None)
