"""Small pieces every handout layout module builds with: safe paragraphs and table fonts.

``paragraph`` is the only way the layout makes a reportlab ``Paragraph``, and
it accepts escaped ``Markup`` only, so no typed text is ever read as markup.
Shared by ``layout``, ``decisionlayout`` and ``grid``; never imports Qt.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from .fonts import REGULAR
from .markup import Markup
from .typography import Styles

BULLET = "\u2022"


def paragraph(text: Markup, style: ParagraphStyle, **kwargs: Any) -> Paragraph:
    """A Paragraph from escaped ``Markup`` only; plain ``str`` is refused."""
    if not isinstance(text, Markup):
        raise TypeError("paragraph text must be escaped Markup, not plain str")
    return Paragraph(text, style, **kwargs)


def cell_font(styles: Styles) -> tuple[Any, ...]:
    """Our font for every cell: a table otherwise selects Helvetica 10 pt, which
    would put an unembedded font and a size below 12 pt into the file."""
    return ("FONT", (0, 0), (-1, -1), REGULAR, styles.t.body, styles.t.leading(styles.t.body))


def min_split(styles: Styles) -> int:
    """The least height of a table row's part split across pages: two lines of body text.

    reportlab's ``splitInRow`` is both the switch and this minimum. Without a
    minimum it may split off a part too small to hold a line, and place such
    empty parts on the same page forever.
    """
    return int(styles.t.leading(styles.t.body) * 2)
