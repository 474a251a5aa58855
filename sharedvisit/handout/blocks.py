"""Small pieces every handout layout module builds with: safe paragraphs and table fonts.

``paragraph`` and ``labelled`` are the only ways the layout makes a reportlab
``Paragraph``; text reaches them only as escaped ``Markup``, so no typed text
is ever read as markup. Their paragraphs break their lines once per width
(``OnceWrapped``). Shared by ``layout``, ``firstpage``, ``decisionlayout`` and
``grid``; never imports Qt.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import split as split_words  # as reportlab breaks lines
from reportlab.rl_config import _FUZZ, paraFontSizeHeightOffset

from . import markup
from .fonts import BOLD, REGULAR, widest_glyph
from .markup import Markup
from .typography import Styles

SECOND_LANGUAGE_SCALE = 0.85
"""A heading's second-language line: a little smaller, in the regular face, so each
reader finds their own language at a glance, and the handout's comes first."""

BULLET = "\u2022"


class OnceWrapped(Paragraph):
    """A ``Paragraph`` that breaks its lines once per width, not once per measurement.

    Every paragraph is measured before it is placed: a short section's
    height, then ``KeepTogether`` measuring its entries, then the frame
    placing each one; a table measures its cells as often. reportlab's
    ``Paragraph.wrap`` breaks the lines afresh each time (two or three times
    a paragraph), and line breaking was the largest part of a render. The
    lines depend only on the paragraph's own text, style and width (never on
    the height offered), so the last break is kept and reused for that width.

    It lives on the instance, so it lasts one render: nothing is shared
    between paragraphs, let alone between visits. ``split`` makes new
    paragraphs (of this class, with nothing kept), so no stale lines are drawn.
    """

    _last_wrap: tuple[float, Any, list[float], float] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        last = self._last_wrap
        if last is not None and last[0] == availWidth:
            # split() may have dropped blPara since; the lines are the same.
            self.width, self.blPara, self._wrapWidths, self.height = last
            return self.width, self.height
        result = super().wrap(availWidth, availHeight)
        if availWidth >= _FUZZ:  # narrower, reportlab breaks nothing and keeps nothing
            self._last_wrap = (availWidth, self.blPara, self._wrapWidths, self.height)
        return result


def paragraph(text: Markup, style: ParagraphStyle, **kwargs: Any) -> Paragraph:
    """A Paragraph from escaped ``Markup`` only; plain ``str`` is refused."""
    if not isinstance(text, Markup):
        raise TypeError("paragraph text must be escaped Markup, not plain str")
    return OnceWrapped(text, style, **kwargs)


class Labelled(OnceWrapped):
    """A paragraph that opens with a bold label ("You said:"), drawn in room left before its text.

    Inline ``<b>`` markup would mix two fonts in one paragraph, and reportlab
    breaks such a paragraph into lines word by word with per-font bookkeeping,
    about four times as slowly as text in one font (350 µs against 95 µs for a
    two-line entry); nearly every paragraph of a long visit has a label. So
    the paragraph is the text alone, its first line indented by the label and
    a space, and the label is drawn in that room on the first baseline. It
    looks as before: the label in bold, a space, the text, later lines at the
    left edge; and text read back from the PDF finds the label first, since
    it is drawn first.
    """

    label = ""  # the rest of a split paragraph has none, and reportlab unindents it

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2:
            parts[0].label = self.label  # the first part keeps the first line, indent and all
        return parts

    def draw(self) -> None:
        if self.label:
            self._draw_label()
        super().draw()

    def _draw_label(self) -> None:
        style = self.style
        # The first baseline, where reportlab's drawPara puts it.
        first = self.blPara if self.blPara.kind == 0 else self.blPara.lines[0]
        drop = first.fontSize if paraFontSizeHeightOffset else first.ascent
        canvas = self.canv
        canvas.saveState()  # the text object's colour would outlast it otherwise
        text = canvas.beginText(style.leftIndent, self.height - drop)
        text.setFont(BOLD, style.fontSize)
        text.setFillColor(style.textColor)
        text.textOut(self.label)
        canvas.drawText(text)
        canvas.restoreState()


def labelled(
    label: str, text: str, style: ParagraphStyle, styles: Styles, width: float
) -> Paragraph:
    """ "Label: text" in one paragraph ``width`` wide, the label in bold (see ``Labelled``).

    The label is drawn on the canvas, not parsed as markup, so it goes as
    cleaned text, like the footer's. When a word of the text is too wide
    for the room left beside the label (a long label, large print, a pasted
    web address), or there is no text, the label stays inline markup.
    Otherwise both forms break every line in the same places.
    """
    body = markup.plain(text)
    name = markup.one_line(label)
    words = [word for word in split_words(markup.clean_text(text)) if word]
    if name and words:
        with_label = styles.labelled(style, name)
        room = width - style.leftIndent - style.rightIndent - with_label.firstLineIndent
        if _all_fit(words, room, style):
            made = Labelled(body, with_label)
            made.label = name
            return made
    return paragraph(markup.join(markup.bold(label), body), style)


def _all_fit(words: list[str], room: float, style: ParagraphStyle) -> bool:
    """Whether every one of ``words`` fits in ``room``, the first line's width beside a label.

    reportlab cuts a word wider than its line in two (``splitLongWords``).
    Beside a label the first line is short, so a word that inline would
    simply start the next line could be cut there instead. Only words long
    enough to be that wide, even in the font's widest glyph, are measured.
    """
    font, size = style.fontName, style.fontSize
    safe = room / (size * widest_glyph(font))
    return all(len(word) <= safe or stringWidth(word, font, size) <= room for word in words)


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
