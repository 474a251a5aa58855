"""The foot of every page: the patient's name, the date and "Page X of Y".

"Page 2 of 5" tells a reader at home whether a page is missing; the name and
date tell whose summary a loose page belongs to. The total is known only when
the document is finished, so the canvas holds every page back until then.

This module draws only the text it is given, cleaned by ``markup``; it never
imports Qt.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from .fonts import REGULAR
from .labels import label
from .typography import Typography


class NumberedCanvas(Canvas):
    """A canvas that writes "Page X of Y" once it knows Y.

    Each finished page is held back until the document is complete; ``save``
    then draws the footer on every page with the total, and writes them out.
    """

    def __init__(
        self, *args: Any, footer_left: str, language: str, typography: Typography, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._footer_left = footer_left
        self._language = language
        self._typography = typography

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        t = self._typography
        page_width = self._pagesize[0]
        left, right = t.margin, page_width - t.margin
        page = label("footer.page", self._language, page=str(self._pageNumber), pages=str(total))
        self.saveState()
        self.setFillColorRGB(0, 0, 0)
        # No rule above the footer: under the ruled lines for questions it
        # would read as one more line to write on.
        self.setFont(REGULAR, t.footer)
        self.drawRightString(right, t.footer_rise, page)
        room = right - left - stringWidth(page, REGULAR, t.footer) - t.footer * 2
        self.drawString(left, t.footer_rise, _fit(self._footer_left, room, t.footer))
        self.restoreState()


def _fit(text: str, width: float, size: float) -> str:
    """``text`` cut short with an ellipsis so it fits ``width`` on one line."""
    if stringWidth(text, REGULAR, size) <= width:
        return text
    low, high = 0, len(text)  # binary search: a pasted essay as a name must not stall printing
    while low < high:
        mid = (low + high + 1) // 2
        if stringWidth(text[:mid] + "…", REGULAR, size) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + "…"
