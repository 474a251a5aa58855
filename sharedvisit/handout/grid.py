"""The options side by side: a decision's comparison table, as Option Grids lay it out.

The options are the columns, so the reader compares across a row: what each
option involves, its good things, its bad things, and each outcome with its
number in words, its icon array (on top, so the pictures of a row line up)
and how sure we are. Each row's name is a full-width grey band above its
cells, so the options keep the whole page width (large print too); the
option names repeat atop every page the table runs onto.

More options than fit side by side at a readable width go into a second
table of the same rows. Every cell is a list of Paragraphs (long words
break) and a row too tall for a page splits inside, so no decision is too
long to print. Never imports Qt; every string reaches reportlab as Markup.
"""

from __future__ import annotations

import math
from typing import Any

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from . import markup
from .blocks import BULLET, cell_font, min_split, paragraph
from .description import Cell, Choice, Number
from .iconarray import icon_array_drawing
from .typography import Styles

__all__ = ["comparison_tables", "opening_height"]

_MIN_COLUMN_EMS = 8  # narrower than 8 body-size ems and "Physiotherapy" breaks mid-word
_BAND = Color(0.88, 0.88, 0.88)  # light grey behind row names: still reads in black and white


def comparison_tables(choice: Choice, styles: Styles, width: float, height: float) -> list[Table]:
    """One table per group of options (usually one); none for a decision without options."""
    return [
        _table(choice, columns, styles, width, height) for columns in _groups(choice, styles, width)
    ]


def opening_height(table: Table, width: float, height: float) -> float:
    """The height of a table's option names, first row name and first row of cells."""
    table.wrap(width, height)
    return sum(table._rowHeights[:3])  # reportlab's row heights, known after wrap


def _groups(choice: Choice, styles: Styles, width: float) -> list[list[int]]:
    """Option indexes per table: as many side by side as stay readable, shared out evenly."""
    count = len(choice.options)
    if count == 0:
        return []
    most = max(2, int(width // (styles.t.body * _MIN_COLUMN_EMS)))
    tables = math.ceil(count / most)
    per = math.ceil(count / tables)
    return [list(range(start, min(start + per, count))) for start in range(0, count, per)]


def _table(
    choice: Choice, columns: list[int], styles: Styles, width: float, height: float
) -> Table:
    pad = styles.t.body * 0.45
    column_width = width / len(columns)
    inner = column_width - 2 * pad
    data: list[list[Any]] = [
        [paragraph(markup.plain(choice.options[i]), styles.cell_bold) for i in columns]
    ]
    bands: list[int] = []
    for row in choice.rows:
        bands.append(len(data))
        band = _Band(markup.plain(row.label), styles.cell_bold)
        data.append([band] + [""] * (len(columns) - 1))
        data.append([_cell(row.cells[i], styles, inner) for i in columns])
    commands: list[tuple[Any, ...]] = [
        cell_font(styles),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad * 0.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ("BOX", (0, 0), (-1, -1), 1.5, "black"),
        ("INNERGRID", (0, 0), (-1, -1), 0.75, "black"),
        ("LINEBELOW", (0, 0), (-1, 0), 1.5, "black"),
    ]
    for at in bands:
        commands += [("SPAN", (0, at), (-1, at)), ("BACKGROUND", (0, at), (-1, at), _BAND)]
    # A row's name stays on the page with its cells: a page never ends on a band.
    commands += [("NOSPLIT", (0, b), (-1, b + 1)) for b in bands]
    table = _Comparison(
        data,
        colWidths=[column_width] * len(columns),
        repeatRows=1,
        splitInRow=min_split(styles),
        hAlign="LEFT",
    )
    table.setStyle(TableStyle(commands))
    table.page_height = height
    return table


class _Band(Paragraph):
    """A row's name across the table: marks the rows a page must not end on."""


class _Comparison(Table):
    """The comparison table: a row's name band stays with its cells across pages.

    Each band and the row of cells under it are one NOSPLIT pair, so a page
    ends between pairs and a pair that does not fit moves on whole. Only a
    pair taller than a whole page must split inside; reportlab would then
    split inside the band itself (an empty grey strip at the foot of one page
    and another atop the next), and it would also split a pair that merely
    starts low on a page. These overrides split only a pair too tall for any
    page, and then inside its cells, with the band above them.
    """

    page_height = 0.0
    """The frame's height: a pair taller than this cannot move on whole."""

    def onSplit(self, T: Table, byRow: int = 1) -> None:
        T.page_height = self.page_height  # type: ignore[attr-defined]

    def _getFirstPossibleSplitRowPosition(self, availHeight: float, ignoreSpans: int = 0) -> int:
        n = super()._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans)
        if ignoreSpans and self._too_tall(n) and sum(self._rowHeights[: n + 1]) < availHeight:
            return n + 1  # split the cells under the band, which fits here
        return n

    def _splitRows(self, availHeight: float, doInRowSplit: int = 0) -> list[Table]:
        if doInRowSplit:
            n = self._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans=1)
            if self._is_band_row(n):
                return []  # the pair moves on whole to the next page
        return super()._splitRows(availHeight, doInRowSplit)

    def _is_band_row(self, n: int) -> bool:
        return n < len(self._cellvalues) and _is_band(self._cellvalues[n][0])

    def _too_tall(self, n: int) -> bool:
        """Whether the band at row ``n`` and its cells, under the option names, overfill a page."""
        if not self._is_band_row(n) or n + 1 >= len(self._cellvalues):
            return False
        return self._rowHeights[0] + sum(self._rowHeights[n : n + 2]) > self.page_height


def _is_band(value: object) -> bool:
    # reportlab keeps a cell's flowables as a tuple once the table is laid out.
    items = value if isinstance(value, (list, tuple)) else (value,)
    return any(isinstance(item, _Band) for item in items)


def _cell(cell: Cell, styles: Styles, width: float) -> list[Flowable]:
    parts: list[Flowable] = []
    if cell.text:
        parts.append(paragraph(markup.plain(cell.text), styles.cell))
    parts += [
        paragraph(markup.plain(text), styles.bullet, bulletText=BULLET) for text in cell.bullets
    ]
    for n, number in enumerate(cell.numbers):
        parts += _number(number, styles, width, first=n == 0)
    return parts


def _number(number: Number, styles: Styles, width: float, *, first: bool) -> list[Flowable]:
    """The picture on top, so the pictures of one row line up across the options."""
    parts: list[Flowable] = []
    if not first:
        parts.append(Spacer(1, styles.t.body))
    if number.picture is not None:
        parts += [icon_array_drawing(number.picture, width), Spacer(1, styles.t.body * 0.3)]
    parts.append(paragraph(markup.plain(number.sentence), styles.cell_bold))
    parts.append(paragraph(markup.plain(number.balance), styles.cell_gap))
    if number.certainty:
        parts.append(paragraph(markup.plain(number.certainty), styles.cell_gap))
    return parts
