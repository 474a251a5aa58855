"""The one description of an icon array: which figures are filled, on which grid."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sharedvisit.iconarray import IconArray, icon_array


def filled_cells(array: IconArray) -> set[tuple[int, int]]:
    return {(row, column) for row, column, filled in array.cells() if filled}


def from_bottom_left(array: IconArray, count: int) -> set[tuple[int, int]]:
    """The first ``count`` positions counted along the bottom row, then the row above..."""
    return {(array.rows - 1 - i // array.columns, i % array.columns) for i in range(count)}


def test_forty_in_a_hundred_fills_forty_and_outlines_sixty() -> None:
    array = icon_array(40, 100)
    assert array is not None
    assert (array.total, array.columns, array.rows) == (100, 10, 10)
    cells = array.cells()
    assert len(cells) == 100
    assert sum(filled for _, _, filled in cells) == 40
    assert sum(not filled for _, _, filled in cells) == 60


def test_filled_figures_are_one_block_from_the_bottom_left() -> None:
    array = icon_array(43, 100)
    assert array is not None
    # Four whole rows at the bottom, then three from the left in the row above.
    assert filled_cells(array) == (
        {(row, column) for row in (6, 7, 8, 9) for column in range(10)} | {(5, 0), (5, 1), (5, 2)}
    )
    assert not any(array.is_filled(row, column) for row in range(5) for column in range(10))


def test_cells_run_from_the_top_row_left_to_right() -> None:
    array = icon_array(1, 100)
    assert array is not None
    cells = array.cells()
    assert cells[0][:2] == (0, 0)
    assert cells[9][:2] == (0, 9)
    assert cells[-10] == (9, 0, True)  # the one filled figure: bottom row, far left
    assert cells[-1] == (9, 9, False)


def test_a_rare_harm_out_of_a_thousand_gets_the_thousand_grid() -> None:
    array = icon_array(3, 1000)
    assert array is not None
    assert (array.total, array.columns, array.rows) == (1000, 40, 25)
    assert filled_cells(array) == {(24, 0), (24, 1), (24, 2)}
    assert len(array.cells()) == 1000


@pytest.mark.parametrize(
    ("chance", "out_of", "filled", "total"),
    [
        (1, 20, 5, 100),  # 1 in 20 is drawn as 5 in 100
        (7, 10, 70, 100),
        (1, 2, 50, 100),
        (3, 50, 6, 100),
        (1, 200, 5, 1000),  # a denominator that only the 1,000 grid divides
        (9, 500, 18, 1000),
        (0, 100, 0, 100),
        (100, 100, 100, 100),
        (1000, 1000, 1000, 1000),
    ],
)
def test_a_chance_scales_exactly_onto_the_grid(
    chance: int, out_of: int, filled: int, total: int
) -> None:
    array = icon_array(chance, out_of)
    assert array is not None
    assert (array.filled, array.total) == (filled, total)
    assert len(filled_cells(array)) == filled


@pytest.mark.parametrize(
    ("chance", "out_of"),
    [
        (1, 3),  # 33.3... in 100: no whole number of figures, so words only
        (3, 10_000),  # would round to 0 in 1,000: never drawn as nothing
        (1, 7),
        (2, 300),
        (0, 0),
        (1, 0),
        (5, 4),  # more than the whole
        (-1, 100),
    ],
)
def test_no_picture_when_no_grid_shows_it_exactly(chance: int, out_of: int) -> None:
    assert icon_array(chance, out_of) is None


@given(
    out_of=st.sampled_from([1, 2, 4, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000]),
    data=st.data(),
)
def test_any_drawable_chance_is_exact_and_grouped(out_of: int, data: st.DataObject) -> None:
    chance = data.draw(st.integers(min_value=0, max_value=out_of))
    array = icon_array(chance, out_of)
    assert array is not None
    assert array.filled * out_of == chance * array.total  # the same proportion, exactly
    assert filled_cells(array) == from_bottom_left(array, array.filled)
