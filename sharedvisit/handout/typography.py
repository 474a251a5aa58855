"""Every size on the handout, and the paragraph styles made from them.

Sizes follow the handout research in docs/DOMAIN "The handout": body 14 pt at
1.5 line spacing (83% of outpatients preferred 14 pt to 12 pt), 12 pt as the
floor for anything printed, 1-inch margins, headings larger and bold, black
on white. A large-print handout is one more ``Typography`` instance.

This module holds no wording and never imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth

from . import Paper
from .fonts import BOLD, REGULAR

PAPER_SIZES: dict[Paper, tuple[float, float]] = {"letter": LETTER, "a4": A4}
CHECKBOX = "\u2610"  # BALLOT BOX; DejaVu Sans has it, so no drawing code is needed


@dataclass(frozen=True)
class Typography:
    """Every size on the handout, in points; one instance per print style."""

    body: float = 14
    line_spacing: float = 1.5
    title: float = 26
    heading: float = 20
    subheading: float = 17  # a part of a decision: "What matters most to you"
    footer: float = 12  # the smallest type anywhere: 12 pt is the floor
    margin: float = inch
    footer_rise: float = 0.5 * inch  # footer baseline above the page's bottom edge
    writing_line_gap: float = 36  # room for a handwritten line

    def leading(self, size: float) -> float:
        return size * self.line_spacing


REGULAR_PRINT = Typography()
LARGE_PRINT = Typography(
    body=18,
    title=30,
    heading=24,
    subheading=21,
    footer=16,
    writing_line_gap=42,
    footer_rise=0.4 * inch,  # three 16 pt footer lines: start lower, leave page one its room
)
"""Large print for readers who ask for it (16 to 18 pt for older adults): body 18 pt,
nothing below 16 pt (the footer), headings larger; one column, as regular print."""


class Styles:
    """Paragraph styles derived from one ``Typography``."""

    def __init__(self, t: Typography) -> None:
        """Build the styles; the fonts must be registered first (``register_fonts``)."""
        self.t = t
        self._labelled: dict[tuple[int, str], ParagraphStyle] = {}
        body = ParagraphStyle(
            "body",
            fontName=REGULAR,
            fontSize=t.body,
            leading=t.leading(t.body),
            splitLongWords=1,  # a 300-letter "word" wraps instead of running off the page
            allowWidows=0,
            allowOrphans=0,
        )
        self.body = body
        self.title = ParagraphStyle(
            "title",
            body,
            fontName=BOLD,
            fontSize=t.title,
            leading=t.title * 1.25,
            spaceAfter=t.body * 0.5,
        )
        self.heading = ParagraphStyle(
            "heading",
            body,
            fontName=BOLD,
            fontSize=t.heading,
            leading=t.heading * 1.3,
            spaceBefore=t.body * 2,
            spaceAfter=t.body * 0.5,
            keepWithNext=1,
        )
        self.box_heading = ParagraphStyle("box_heading", self.heading, spaceBefore=0, spaceAfter=0)
        self.intro = ParagraphStyle("intro", body, spaceAfter=t.body * 0.5, keepWithNext=1)
        self.write_in_heading = ParagraphStyle("write_in_heading", self.heading, keepWithNext=0)
        self.write_in_intro = ParagraphStyle("write_in_intro", self.intro, keepWithNext=0)
        self.label = ParagraphStyle("label", body, fontName=BOLD)
        self.entry = ParagraphStyle("entry", body, spaceBefore=t.body)
        self.detail = ParagraphStyle("detail", body, leftIndent=t.body * 1.5)
        box = t.body * 1.6
        # reportlab starts the text 0.6 em after the bullet; indent exactly that
        # far so the step and its "Who:" and "When:" lines share one left edge.
        indent = stringWidth(CHECKBOX, REGULAR, box) + box * 0.6
        self.step = ParagraphStyle(
            "step",
            body,
            spaceBefore=t.body,
            leftIndent=indent,
            bulletIndent=0,
            bulletFontName=REGULAR,
            bulletFontSize=box,
            bulletOffsetY=-t.body * 0.15,
        )
        self.step_detail = ParagraphStyle("step_detail", body, leftIndent=indent)
        # The number to call when a warning sign shows: big enough to dial from across a room.
        self.phone = ParagraphStyle(
            "phone", body, fontName=BOLD, fontSize=t.subheading, leading=t.subheading * 1.3
        )
        self._decision_styles(t, body)

    def _decision_styles(self, t: Typography, body: ParagraphStyle) -> None:
        """Styles of a decision section: sub-headings, and text inside the comparison table."""
        # The question heads its section like any heading; a CondPageBreak, not
        # keepWithNext, keeps it with the table (keepWithNext cannot hold a table
        # that runs to pages).
        self.decision_heading = ParagraphStyle("decision_heading", self.heading, keepWithNext=0)
        self.decision_intro = ParagraphStyle("decision_intro", self.intro, keepWithNext=0)
        self.subheading = ParagraphStyle(
            "subheading",
            body,
            fontName=BOLD,
            fontSize=t.subheading,
            leading=t.subheading * 1.3,
            spaceBefore=t.body * 1.5,
            spaceAfter=t.body * 0.4,
            keepWithNext=1,
        )
        self.cell = ParagraphStyle("cell", body)
        self.cell_bold = ParagraphStyle("cell_bold", body, fontName=BOLD)
        self.cell_gap = ParagraphStyle("cell_gap", body, spaceBefore=t.body * 0.3)
        self.bullet = ParagraphStyle(
            "bullet",
            body,
            leftIndent=t.body * 1.1,
            bulletIndent=0,
            bulletFontName=REGULAR,
            bulletFontSize=t.body,  # reportlab's default bullet is 10 pt, below the floor
            spaceBefore=t.body * 0.25,
        )
        self.dots = ParagraphStyle("dots", body, fontSize=t.body * 1.2, leading=t.leading(t.body))

    def labelled(self, style: ParagraphStyle, label: str) -> ParagraphStyle:
        """``style`` with its first line starting after ``label`` in bold and a space.

        Later lines start at the style's own left edge, as after an inline
        label. Kept per style and label for this ``Styles``, which lasts one
        render: a long visit labels a thousand paragraphs with a handful of
        labels, and nothing of one visit outlives its handout.
        """
        key = (id(style), label)  # the new style holds its parent, so the id stays unique
        found = self._labelled.get(key)
        if found is None:
            indent = stringWidth(label, BOLD, style.fontSize)
            indent += stringWidth(" ", style.fontName, style.fontSize)
            name = f"{style.name}.labelled"
            found = self._labelled[key] = ParagraphStyle(name, style, firstLineIndent=indent)
        return found
