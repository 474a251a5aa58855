"""Risk as a picture in the window: the core icon array drawn with QPainter.

"40 out of 100 people" becomes 100 small figures, the 40 affected ones
filled and grouped from the bottom row up, the rest outlined: filled versus
outlined carries the meaning, so it reads in greyscale and for colour-blind
people. Which figure is filled is decided only by the core description, the
same one (``sharedvisit.iconarray``) the PDF draws, so the window and the paper never disagree; this
module decides only sizes and strokes.

Never invents a picture the core does not give: when a count has no grid
(3 out of 7, say) the widget shows nothing and the sentence says it in words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..iconarray import IconArray, icon_array

SMALL_FIGURE = 9.0
"""Below this many pixels a figure is drawn as a dot: a person that small is a smudge."""


def sentence(chance: int, out_of: int) -> str:
    """The natural frequency in words, with the locale's digit grouping: "4 out of 1,000 people"."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)  # "1,000" even in C
    return QCoreApplication.translate("IconArray", "{0} out of {1} people").format(
        locale.toString(chance), locale.toString(out_of)
    )


class IconArrayWidget(QWidget):
    """The icon array of one number; its size follows the text size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.array: IconArray | None = None
        # As wide as the text size asks for, narrower when the column is narrow (large
        # text, three options); never wider. The height follows the width.
        policy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(self.tr("Picture of the numbers"))

    def set_numbers(self, chance: int, out_of: int) -> None:
        """Show ``chance`` out of ``out_of``; hidden when only words will do."""
        array = icon_array(chance, out_of)
        words = sentence(chance, out_of)
        self.setAccessibleDescription(words)
        self.setToolTip(words)
        if array != self.array:
            self.array = array
            self.updateGeometry()
            self.update()
        self.setVisible(array is not None)

    def filled_count(self) -> int:
        return sum(1 for _rect, filled in self.figures() if filled)

    # -- geometry --------------------------------------------------------------

    def _large(self) -> bool:
        return self.array is None or self.array.columns <= 10

    def natural_size(self) -> float:
        """The side of one figure's square, in pixels, with room to spare: larger text, larger."""
        line = self.fontMetrics().height()
        if self._large():
            return float(max(12, min(28, round(line * 1.05))))
        return float(max(6, min(12, round(line * 0.42))))

    def figure_size(self, width: int | None = None) -> float:
        """The side of one figure at ``width`` (the widget's own by default)."""
        natural = self.natural_size()
        if self.array is None:
            return natural
        width = self.width() if width is None else width
        return max(self._smallest(), min(natural, (width - 2) / self.array.columns))

    def _smallest(self) -> float:
        return 8.0 if self._large() else 4.0

    def sizeHint(self) -> QSize:
        if self.array is None:
            return QSize(0, 0)
        side = self.natural_size()
        return QSize(round(side * self.array.columns) + 2, round(side * self.array.rows) + 2)

    def minimumSizeHint(self) -> QSize:
        if self.array is None:
            return QSize(0, 0)
        side = self._smallest()
        return QSize(round(side * self.array.columns) + 2, round(side * self.array.rows) + 2)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if self.array is None:
            return 0
        return round(self.figure_size(width) * self.array.rows) + 2

    def figures(self) -> list[tuple[QRectF, bool]]:
        """Each figure's square and whether it is filled, top row first, as the core lists them."""
        if self.array is None:
            return []
        side = self.figure_size()
        return [
            (QRectF(1 + column * side, 1 + row * side, side, side), filled)
            for row, column, filled in self.array.cells()
        ]

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()

    # -- painting ----------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.array is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = self.palette().color(QPalette.ColorRole.Text)
        outline = _soft(ink)
        paper = self.palette().color(QPalette.ColorRole.Base)
        for rect, filled in self.figures():
            path = _figure(rect)
            if filled:
                painter.setPen(QPen(ink, 1.0))
                painter.setBrush(ink)
            else:
                painter.setPen(QPen(outline, max(1.0, rect.width() / 14)))
                painter.setBrush(paper)
            painter.drawPath(path)
        painter.end()


def _soft(ink: QColor) -> QColor:
    """The outline of an unfilled figure: the text colour, lighter, still clear on white."""
    soft = QColor(ink)
    soft.setAlphaF(0.55)
    return soft


def _figure(rect: QRectF) -> QPainterPath:
    """A person (head and shoulders) in ``rect``; a dot when there is no room for one."""
    path = QPainterPath()
    side = rect.width()
    if side < SMALL_FIGURE:
        inset = max(0.5, side * 0.12)
        path.addEllipse(rect.adjusted(inset, inset, -inset, -inset))
        return path
    centre = rect.center().x()
    head = side * 0.17
    path.addEllipse(QPointF(centre, rect.top() + side * 0.24), head, head)
    body = QRectF(centre - side * 0.3, rect.top() + side * 0.46, side * 0.6, side * 0.46)
    path.addRoundedRect(body, side * 0.22, side * 0.22)
    return path
