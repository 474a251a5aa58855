"""The foot of every page: how to reach the clinic, whose summary it is, and "Page X of Y".

"Page 2 of 5" tells a reader at home whether a page is missing; the name and
date tell whose summary a loose page belongs to; the clinic's numbers are
on every page because the page at hand is the one a worried reader has.
The total is known only when the document is finished, so the canvas holds
every page back until then.

Lines from the bottom up: the patient and date with "Page X of Y", then the
clinic's numbers in bold, then its name and address. A line that does not
fit is said a shorter way (a shorter date; the numbers in the regular face,
then one to a line) before anything is cut short, and a number never is.
This module draws only the text it is given, cleaned by ``markup``; it never
imports Qt.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from .contact import SEPARATOR
from .fonts import BOLD, REGULAR
from .typography import Typography

LINE_SPACING = 1.3  # footer lines sit closer than body text: they are a block
GAP_ABOVE = 0.75  # of the footer size: room between the last line of text and the footer


def footer_height(t: Typography, lines: int) -> float:
    """How far the page text must stay above the bottom edge to clear ``lines`` footer lines."""
    return t.footer_rise + (lines - 1) * t.footer * LINE_SPACING + t.footer * (1 + GAP_ABOVE)


class NumberedCanvas(Canvas):
    """A canvas that writes "Page X of Y" once it knows Y.

    Each finished page is held back until the document is complete; ``save``
    then draws the footer on every page with the total, and writes them out.
    ``page_label`` is a template with ``{page}`` and ``{pages}``;
    ``footer_left`` holds its line said several ways, longest first, and
    the first that fits is drawn; ``contact`` the clinic's labelled numbers.
    """

    def __init__(
        self,
        *args: Any,
        footer_left: tuple[str, ...],
        page_label: str,
        typography: Typography,
        contact: tuple[str, ...] = (),
        clinic: str = "",
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._footer_left = footer_left
        self._page_label = page_label
        self._contact = contact
        self._clinic = clinic
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
        # The label is fixed words only, so filling it in cannot run typed text as a template.
        page = self._page_label.format(page=self._pageNumber, pages=total)
        self.saveState()
        self.setFillColorRGB(0, 0, 0)
        # No rule above the footer: under the ruled lines for questions it
        # would read as one more line to write on. The page line is drawn
        # first, so text read back from the PDF finds it right after the body.
        self.setFont(REGULAR, t.footer)
        y = t.footer_rise
        self.drawRightString(right, y, page)
        # Room measured against the widest label ("Page 14 of 14"), so every page
        # picks the same way of saying whose summary it is.
        widest = self._page_label.format(page=total, pages=total)
        room = right - left - stringWidth(widest, REGULAR, t.footer) - t.footer * 2
        self.drawString(left, y, _first_fitting(self._footer_left, room, t.footer, REGULAR))
        for text, font in contact_lines(self._contact, right - left, t.footer):
            y += t.footer * LINE_SPACING
            self.setFont(font, t.footer)
            self.drawString(left, y, text)
        if self._clinic:
            y += t.footer * LINE_SPACING
            self.setFont(REGULAR, t.footer)
            self.drawString(left, y, fit_text(self._clinic, right - left, t.footer, REGULAR))
        self.restoreState()


def contact_lines(parts: tuple[str, ...], width: float, size: float) -> list[tuple[str, str]]:
    """The clinic's numbers as footer lines, each ``(text, font)``, top line first.

    One line, in bold when it fits, else in the regular face; when even
    that is too long, each number gets a line of its own, so none is cut.
    """
    if not parts:
        return []
    joined = SEPARATOR.join(parts)
    for font in (BOLD, REGULAR):
        if stringWidth(joined, font, size) <= width:
            return [(joined, font)]
    lines = []
    for part in reversed(parts):  # drawn bottom up: the first number ends on top
        font = BOLD if stringWidth(part, BOLD, size) <= width else REGULAR
        lines.append((fit_text(part, width, size, font), font))
    return lines


def _first_fitting(ways: tuple[str, ...], width: float, size: float, font: str) -> str:
    """The first of ``ways`` that fits on one line, else the last one cut short."""
    ways = tuple(way for way in ways if way) or ("",)
    for way in ways:
        if stringWidth(way, font, size) <= width:
            return way
    return fit_text(ways[-1], width, size, font)


def fit_text(text: str, width: float, size: float, font: str) -> str:
    """``text`` cut short with an ellipsis so it fits ``width`` on one line."""
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)  # binary search: a pasted essay as a name must not stall printing
    while low < high:
        mid = (low + high + 1) // 2
        if stringWidth(text[:mid] + "…", font, size) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + "…"
