"""The render reference: reportlab platypus writing the handout's text as plain paragraphs.

This is the floor for "render the handout": the same words, in the same
embedded font at the same body size and leading, through the same library,
with none of the handout's layout (tables, boxes, keep-together, the footer's
second pass). A handout that takes twice this is doing something the library
does not make it do.

The words come from ``build_handout``, outside the timed part, so the
reference prints exactly what the handout prints. Its font is registered under
its own name, once, as the handout's is.
"""

from __future__ import annotations

import io
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate

from sharedvisit.handout import Handout
from sharedvisit.resources import resource

FONT = "BenchReferenceSans"
BODY_SIZE = 14  # the handout's body size (handout/typography.py)
LEADING = 21  # 1.5 line spacing, as the handout's body


def handout_texts(handout: Handout) -> list[str]:
    """Every string the handout prints, in print order, one paragraph each."""
    texts = [handout.heading]
    texts += [f"{fact.label} {fact.text}" for fact in handout.header]
    if handout.about is not None:
        texts.append(handout.about.heading)
        texts += [f"{fact.label} {fact.text}" for fact in handout.about.facts]
    for section in handout.sections:
        texts.append(section.heading)
        if section.intro:
            texts.append(section.intro)
        for entry in section.entries:
            texts.append(f"{entry.author} {entry.text}".strip())
            texts += [f"{fact.label} {fact.text}" for fact in entry.details]
    texts.append(handout.footer)
    return texts


@cache
def register_font() -> str:
    """DejaVu Sans from the app's resources, under the reference's own name."""
    pdfmetrics.registerFont(TTFont(FONT, str(resource("fonts", "DejaVuSans.ttf"))))
    return FONT


def render_reference(texts: list[str]) -> bytes:
    """``texts`` as plain 14 pt paragraphs on Letter paper with 1-inch margins."""
    style = ParagraphStyle(
        "reference", fontName=register_font(), fontSize=BODY_SIZE, leading=LEADING
    )
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=LETTER,
        leftMargin=inch,
        rightMargin=inch,
        topMargin=inch,
        bottomMargin=inch,
    )
    doc.build([Paragraph(escape(text).replace("\n", "<br/>"), style) for text in texts])
    return buffer.getvalue()
