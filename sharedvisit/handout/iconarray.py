"""An icon array on paper: the core ``IconArray`` drawn with reportlab graphics.

The core (``sharedvisit.iconarray``) decides which figures are filled; this
module only draws them, so the PDF and the window (which paints the same
description with QPainter) can never disagree. Filled black figures are the
people it happens to, outlined ones the rest: it reads without colour, on
any printer, and through a photocopy.

A 100-figure array is drawn as little people (easier to see as "people"); a
1,000-figure array as small squares, because a person shape two or three
points wide is only a smudge. Never imports Qt.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Group, Path, Rect, Shape
from reportlab.lib.colors import Color, black, white

from ..iconarray import IconArray

MAX_PITCH = 12.5
"""Largest room per figure, in points: ten people then span 4.4 cm, as in printed aids."""

MAX_SQUARE_PITCH = 4.2
"""Largest room per square of a 1,000-figure array: it then spans 5.9 by 3.7 cm."""

PEOPLE_UP_TO = 100
"""Arrays of up to this many figures are drawn as people; larger ones as squares."""

_OUTLINE = 0.07  # of the figure's room: dark enough to see, thin enough not to look filled
_MAX_OUTLINE = 0.8  # points
_EMPTY_SQUARE = Color(0.45, 0.45, 0.45)  # mid grey: visible on paper, never mistaken for black


def icon_array_drawing(
    array: IconArray, width: float, *, max_pitch: float | None = None
) -> Drawing:
    """``array`` drawn to fit ``width`` points, each figure in a square cell.

    The cells are as large as ``width`` allows, up to ``max_pitch`` (by
    default ``MAX_PITCH`` for people, ``MAX_SQUARE_PITCH`` for squares);
    the drawing is exactly as wide and tall as the grid, so a caption sits
    right under it. Each figure is one ``Group`` in ``drawing.contents``,
    top row first, in the order of ``array.cells()``.
    """
    people = array.total <= PEOPLE_UP_TO
    if max_pitch is None:
        max_pitch = MAX_PITCH if people else MAX_SQUARE_PITCH
    pitch = min(width / array.columns, max_pitch)
    drawing = Drawing(pitch * array.columns, pitch * array.rows)
    draw = _person if people else _square
    for row, column, filled in array.cells():
        x = column * pitch
        y = (array.rows - 1 - row) * pitch  # the core counts rows from the top; PDF y grows up
        drawing.add(Group(*draw(x, y, pitch, filled)))
    return drawing


def is_filled(figure: Group) -> bool:
    """Whether a figure drawn here is a filled one (for tests and checks)."""
    return all(shape.fillColor == black for shape in figure.contents)


def _style(shape: Shape, filled: bool, pitch: float) -> Shape:
    shape.fillColor = black if filled else white
    shape.strokeColor = black
    shape.strokeWidth = min(pitch * _OUTLINE, _MAX_OUTLINE)
    return shape


def _person(x: float, y: float, pitch: float, filled: bool) -> list[Shape]:
    """A head above a body with round shoulders, centred in a ``pitch``-point cell."""
    centre = x + pitch / 2
    head = Circle(centre, y + pitch * 0.77, pitch * 0.15)
    half = pitch * 0.27  # half the body's width
    bottom, shoulder, top = y + pitch * 0.06, y + pitch * 0.4, y + pitch * 0.57
    body = Path()
    body.moveTo(centre - half, bottom)
    body.lineTo(centre - half, shoulder)
    # Two quarter curves make the shoulders round, like the top of a person.
    body.curveTo(centre - half, top, centre - half * 0.2, top, centre, top)
    body.curveTo(centre + half * 0.2, top, centre + half, top, centre + half, shoulder)
    body.lineTo(centre + half, bottom)
    body.closePath()
    return [_style(head, filled, pitch), _style(body, filled, pitch)]


def _square(x: float, y: float, pitch: float, filled: bool) -> list[Shape]:
    """A small square: black when filled; when empty, a thin grey outline.

    A thousand black outlines a few points apart merge into one dark block
    on screen and on a cheap printer, hiding the few filled squares that
    are the point of the picture; grey outlines keep them standing out.
    """
    side = pitch * (0.8 if filled else 0.7)
    inset = (pitch - side) / 2
    square = _style(Rect(x + inset, y + inset, side, side), filled, pitch)
    if not filled:
        square.strokeColor = _EMPTY_SQUARE
        square.strokeWidth = pitch * 0.06
    return [square]
