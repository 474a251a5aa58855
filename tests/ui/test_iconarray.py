"""The icon array widget draws exactly the core description: count, grouping, filled or not."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QRectF
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from sharedvisit.iconarray import icon_array
from sharedvisit.ui.iconarray import SMALL_FIGURE, IconArrayWidget, sentence


def drawn(qtbot: QtBot, chance: int, out_of: int) -> IconArrayWidget:
    widget = IconArrayWidget()
    qtbot.addWidget(widget)
    widget.set_numbers(chance, out_of)
    widget.resize(widget.sizeHint())
    return widget


def dark_figures(widget: IconArrayWidget) -> list[bool]:
    """Paint the widget and look at the middle of each figure's body: dark means filled."""
    image = QImage(widget.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    widget.render(image)
    dark = []
    for rect, _filled in widget.figures():
        point = rect.center()  # a small figure is a dot: its centre
        if rect.width() >= SMALL_FIGURE:
            point.setY(rect.top() + rect.height() * 0.7)  # a person: the middle of the body
        dark.append(QColor(image.pixel(point.toPoint())).lightness() < 100)
    return dark


@pytest.mark.parametrize(("chance", "out_of"), [(40, 100), (0, 100), (100, 100), (1, 20)])
def test_a_hundred_figures_with_the_affected_grouped_from_the_bottom(
    qtbot: QtBot, chance: int, out_of: int
) -> None:
    widget = drawn(qtbot, chance, out_of)
    core = icon_array(chance, out_of)
    assert core is not None
    figures = widget.figures()
    assert len(figures) == 100
    assert [filled for _rect, filled in figures] == [f for _r, _c, f in core.cells()]
    assert widget.filled_count() == core.filled
    assert dark_figures(widget) == [filled for _rect, filled in figures]
    # Grouped: every filled figure sits at or below every outlined one in its column.
    for column in range(10):
        states = [
            filled
            for rect, filled in figures
            if round(rect.left()) == round(figures[column][0].left())
        ]
        assert states == sorted(states)  # outlined on top, filled below


def test_figures_do_not_overlap_and_fit_the_widget(qtbot: QtBot) -> None:
    widget = drawn(qtbot, 40, 100)
    rects = [rect for rect, _filled in widget.figures()]
    bounds = QRectF(widget.rect())
    assert all(bounds.contains(rect) for rect in rects)
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            overlap = a.intersected(b)
            assert overlap.width() * overlap.height() < 1e-6
    assert widget.figure_size() >= 12


def test_a_thousand_figures_never_round_a_small_risk_to_zero(qtbot: QtBot) -> None:
    widget = drawn(qtbot, 3, 1000)
    assert len(widget.figures()) == 1000
    assert widget.filled_count() == 3
    assert sum(dark_figures(widget)) == 3
    assert widget.accessibleDescription() == "3 out of 1,000 people"


def test_no_grid_means_words_only(qtbot: QtBot) -> None:
    widget = drawn(qtbot, 3, 7)
    assert widget.array is None and widget.figures() == []
    assert widget.isHidden()
    assert widget.accessibleDescription() == "3 out of 7 people"


def test_the_picture_narrows_with_its_column_and_grows_with_the_text(qtbot: QtBot) -> None:
    widget = drawn(qtbot, 40, 100)
    natural = widget.figure_size()
    assert widget.heightForWidth(60) < widget.heightForWidth(widget.sizeHint().width())
    assert widget.figure_size(60) == 8.0  # never smaller than a figure can be read
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    widget.setFont(font)
    assert widget.natural_size() > natural


def test_sentence_uses_digit_grouping() -> None:
    assert QLocale().groupSeparator() == ","  # the tests' locale
    assert sentence(40, 100) == "40 out of 100 people"
    assert sentence(1, 1000) == "1 out of 1,000 people"
