"""Risk as a picture: the one description of an icon array that the window and the PDF both draw.

An icon array shows "40 out of 100 people" as 100 figures, 40 of them filled.
Following the icon-array research summarised in IPDAS (docs/decisions.md):
the affected figures are grouped in one block, not scattered; they fill from
the bottom row up, left to right; there are no partial figures; filled
versus outlined carries the meaning, so it reads without colour.

Only 100 and 1,000 figures are drawn (10 by 10, or 40 by 25). A chance out
of a number that scales exactly to one of them (1 in 20 is 5 in 100) is
drawn on that grid; anything else has no picture and is said in words only,
so a small risk is never rounded to zero.

Never imports Qt or reportlab: ``ui/iconarray.py`` paints this with
QPainter, ``handout/iconarray.py`` with reportlab graphics.
"""

from __future__ import annotations

from dataclasses import dataclass

GRIDS = {100: (10, 10), 1000: (40, 25)}
"""Figures in the picture: (columns, rows)."""


@dataclass(frozen=True)
class IconArray:
    """``filled`` of ``total`` figures, in ``rows`` rows of ``columns``."""

    filled: int
    total: int
    columns: int
    rows: int

    def is_filled(self, row: int, column: int) -> bool:
        """Whether the figure at ``row`` (0 is the top) and ``column`` (0 is the left) is filled.

        Filled figures are counted from the bottom-left corner, row by row
        upwards, so they form one block: full rows at the bottom and a part
        row above them, starting at the left.
        """
        from_bottom = self.rows - 1 - row
        return from_bottom * self.columns + column < self.filled

    def cells(self) -> list[tuple[int, int, bool]]:
        """Every figure as (row, column, filled), top row first."""
        return [
            (row, column, self.is_filled(row, column))
            for row in range(self.rows)
            for column in range(self.columns)
        ]


def icon_array(chance: int, out_of: int) -> IconArray | None:
    """The picture for ``chance`` out of ``out_of`` people, or None when only words will do."""
    if out_of <= 0 or not 0 <= chance <= out_of:
        return None
    for total, (columns, rows) in GRIDS.items():
        if total % out_of == 0 and total >= out_of:
            return IconArray(chance * (total // out_of), total, columns, rows)
    return None
