"""The icon array on paper: the core description drawn figure for figure."""

from __future__ import annotations

import pytest
from reportlab.graphics.shapes import Drawing, Group
from reportlab.lib.colors import black

from sharedvisit.handout.iconarray import (
    MAX_PITCH,
    MAX_SQUARE_PITCH,
    icon_array_drawing,
    is_filled,
)
from sharedvisit.iconarray import IconArray, icon_array


def drawn(chance: int, out_of: int, width: float = 200) -> tuple[IconArray, Drawing]:
    array = icon_array(chance, out_of)
    assert array is not None
    return array, icon_array_drawing(array, width)


def figures(drawing: Drawing) -> list[Group]:
    return [shape for shape in drawing.contents if isinstance(shape, Group)]


def test_one_figure_per_person_filled_as_the_core_says() -> None:
    array, drawing = drawn(40, 100)
    shapes = figures(drawing)
    assert len(shapes) == 100
    assert sum(is_filled(f) for f in shapes) == 40
    assert [is_filled(f) for f in shapes] == [filled for _, _, filled in array.cells()]


def test_filled_figures_are_the_lowest_ones_drawn() -> None:
    """PDF y grows upwards: the filled block must be at the bottom of the picture."""
    _, drawing = drawn(10, 100)
    shapes = figures(drawing)
    lowest = min(f.getBounds()[1] for f in shapes)
    for figure in shapes:
        at_bottom = figure.getBounds()[1] - lowest < 1
        assert is_filled(figure) is at_bottom


def test_outlined_figures_are_white_with_a_black_edge() -> None:
    _, drawing = drawn(1, 100)
    empty = [f for f in figures(drawing) if not is_filled(f)]
    assert len(empty) == 99
    for figure in empty:
        for shape in figure.contents:
            assert shape.fillColor != black
            assert shape.strokeColor == black
            assert shape.strokeWidth > 0


def test_a_thousand_figures_for_a_rare_harm() -> None:
    _, drawing = drawn(3, 1000, width=180)
    shapes = figures(drawing)
    assert len(shapes) == 1000
    assert sum(is_filled(f) for f in shapes) == 3
    # Empty squares are outlined in grey, so the few black ones stand out.
    empty = next(f for f in shapes if not is_filled(f))
    assert empty.contents[0].strokeColor != black


@pytest.mark.parametrize(("width", "pitch"), [(50, 5.0), (1000, MAX_PITCH)])
def test_the_picture_fits_the_width_and_stays_a_readable_size(width: float, pitch: float) -> None:
    _, drawing = drawn(40, 100, width=width)
    assert drawing.width == pytest.approx(pitch * 10)
    assert drawing.height == pytest.approx(pitch * 10)
    assert drawing.width <= width


def test_the_thousand_grid_is_forty_by_twenty_five() -> None:
    _, drawing = drawn(3, 1000, width=1000)
    assert drawing.width == pytest.approx(MAX_SQUARE_PITCH * 40)
    assert drawing.height == pytest.approx(MAX_SQUARE_PITCH * 25)
