"""Small pieces every handout layout module builds with: safe paragraphs and table fonts.

``paragraph`` is the only way the layout makes a reportlab ``Paragraph``, and
it accepts escaped ``Markup`` only, so no typed text is ever read as markup.
Shared by ``layout``, ``decisionlayout`` and ``grid``; never imports Qt.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from . import markup
from .fonts import REGULAR
from .markup import Markup
from .typography import Styles

SECOND_LANGUAGE_SCALE = 0.85
"""A heading's second-language line: a little smaller, in the regular face, so each
reader finds their own language at a glance, and the handout's comes first."""

BULLET = "\u2022"


def paragraph(text: Markup, style: ParagraphStyle, **kwargs: Any) -> Paragraph:
    """A Paragraph from escaped ``Markup`` only; plain ``str`` is refused."""
    if not isinstance(text, Markup):
        raise TypeError("paragraph text must be escaped Markup, not plain str")
    return Paragraph(text, style, **kwargs)


def heading(text: str, also: str, style: ParagraphStyle, styles: Styles) -> list[Paragraph]:
    """A heading, and on a bilingual handout the same heading in the second language under it.

    The pair stays together (the first keeps with the second); the second
    keeps the style's own keep-with-next and space after. Never smaller
    than body text, so large print keeps every heading at 18 pt or more.
    """
    if not also:
        return [paragraph(markup.plain(text), style)]
    size = max(style.fontSize * SECOND_LANGUAGE_SCALE, styles.t.body)
    first = ParagraphStyle(f"{style.name}.first", style, spaceAfter=0, keepWithNext=1)
    second = ParagraphStyle(
        f"{style.name}.also",
        style,
        fontName=REGULAR,
        fontSize=size,
        leading=size * 1.3,
        spaceBefore=0,
    )
    return [paragraph(markup.plain(text), first), paragraph(markup.plain(also), second)]


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
