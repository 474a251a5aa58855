"""How page one looks: the clinic, who and when, the plan, how to reach us, when to get help.

The After Visit Summary research (Federman 2017) asks that the first page be
about this visit: the reason, the plan, who the clinician is and how to
reach them. So page one has the clinic's name (and logo) in its top margin,
like letterhead paper, then the title, who, when and why, then two framed
boxes: the plan with every way to reach us, and, when the visit has
safety-netting advice, "When to get help", its heading white on black and
its frame heavier, so it stands out on any printer.

Decides no wording (``content`` and ``contact`` do); never imports Qt; every
string reaches reportlab as escaped ``Markup``, or on the canvas as cleaned
text. A logo is drawn only when it is a PNG or JPEG that decodes whole; any
other file is skipped without a word (the window checks it when chosen).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib.colors import black, white
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from . import markup
from .blocks import BULLET, cell_font, heading, labelled, min_split, paragraph
from .description import About, Fact, Handout, Letterhead, SafetyNet
from .fonts import BOLD
from .footer import fit_text
from .typography import Styles, Typography

__all__ = ["fact_table", "first_page", "letterhead_painter", "readable_logo"]

LOGO_MAX_BYTES = 10_000_000  # a logo this large is a mistake; never stall printing on it
LOGO_MAX_WIDTH = 144.0  # points (2 inches): a letterhead, not a poster
_MOST_LABEL_WIDTH = 0.4  # of the text width: a wider label column squeezes the values
_IMAGE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")  # PNG, JPEG
# The letterhead's band in the top margin, as shares of the margin: from this far
# below the page's top edge down to this far above the text.
_LETTERHEAD_TOP = 0.25
_LETTERHEAD_GAP = 0.15


def first_page(handout: Handout, styles: Styles, width: float, height: float) -> list[Flowable]:
    """Everything above the first section, in reading order.

    The order is the title; who, when and why; the plan with how to reach
    us; then when to get help. The warning signs and the number to call
    must be on page one, which is the page that stays on the fridge, so
    when they would not fit there (large print, a long plan) the safety net
    moves up: above the plan, and if need be above who, when and why.
    """
    title = heading(handout.heading, handout.heading_also, styles.title, styles)
    header = [fact_table(handout.header, styles, width)] if handout.header else []
    about = [_about_box(handout.about, styles, width)] if handout.about else []
    net = [_safety_box(handout.safety_net, styles, width)] if handout.safety_net else []
    for box in (*about, *net):
        box.spaceBefore = styles.t.body
    if not net or _height([*title, *header, *about, *net], width, height) <= height:
        return [*title, *header, *about, *net]
    if _height([*title, *header, *net], width, height) <= height:
        return [*title, *header, *net, *about]
    if header:
        # Whole, here or atop page two: who, when and why split in two reads as lost.
        header[0].spaceBefore = styles.t.body
        header = [KeepTogether(header)]
    return [*title, *net, *header, *about]


def letterhead_painter(letterhead: Letterhead, t: Typography) -> Callable[[Canvas, Any], None]:
    """A page callback that draws the clinic's logo and name in the top margin, ruled off.

    In the margin, like a clinic's letterhead paper, so it takes no room
    from page one, which must hold the plan and the safety net.
    """
    logo = _read_logo(letterhead.logo)
    name = markup.one_line(letterhead.name)

    def paint(canvas: Canvas, doc: Any) -> None:
        page_width, page_height = doc.pagesize
        left, right = doc.leftMargin, page_width - doc.rightMargin
        bottom = page_height - doc.topMargin + t.margin * _LETTERHEAD_GAP
        band = doc.topMargin - t.margin * (_LETTERHEAD_GAP + _LETTERHEAD_TOP)
        canvas.saveState()
        x = left
        if logo is not None:
            reader, pixels_wide, pixels_high = logo
            scale = min(LOGO_MAX_WIDTH / pixels_wide, band / pixels_high)
            w, h = pixels_wide * scale, pixels_high * scale
            canvas.drawImage(reader, x, bottom + (band - h) / 2, w, h, mask="auto")
            x += w + t.body * 0.6
        if name:
            canvas.setFont(BOLD, t.body)
            canvas.setFillColorRGB(0, 0, 0)
            baseline = bottom + (band - t.body * 0.7) / 2  # capitals centred on the logo
            canvas.drawString(x, baseline, fit_text(name, right - x, t.body, BOLD))
        canvas.setLineWidth(0.75)
        canvas.line(left, bottom - t.margin * 0.05, right, bottom - t.margin * 0.05)
        canvas.restoreState()

    return paint


def readable_logo(path: Path) -> bool:
    """Whether ``path`` is a logo the handout will draw (a PNG or JPEG that decodes whole)."""
    return _read_logo(path) is not None


def fact_table(facts: tuple[Fact, ...], styles: Styles, width: float) -> Table:
    """Label and value side by side, the label column as wide as the longest label.

    Labels too long for that (two languages, "Su nombre / Your name:")
    would wrap into a narrow column; then each fact is one paragraph,
    "Label: value", which wraps across the whole width instead.
    """
    gap = styles.t.body
    widest = max(stringWidth(markup.clean_text(f.label), BOLD, styles.t.body) for f in facts)
    if widest + gap > width * _MOST_LABEL_WIDTH:
        label_width = 0.0
        rows = [[_inline(f, styles.body, styles, width - gap * 0.5)] for f in facts]
    else:
        label_width = widest + gap
        rows = [
            [
                paragraph(markup.plain(f.label), styles.label),
                paragraph(markup.plain(f.text), styles.body),
            ]
            for f in facts
        ]
    widths = [label_width, width - label_width] if label_width else [width]
    # splitInRow: a value taller than a page (a pasted letter as the reason) still prints.
    table = Table(rows, colWidths=widths, splitInRow=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                cell_font(styles),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), gap * 0.5),
                ("RIGHTPADDING", (1, 0), (1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), styles.t.body * 0.25),
            ]
        )
    )
    return table


def _read_logo(path: Path | None) -> tuple[ImageReader, int, int] | None:
    """The logo and its size in pixels, or None when it is not a PNG or JPEG that decodes."""
    if path is None:
        return None
    try:
        with open(path, "rb") as file:
            data = file.read(LOGO_MAX_BYTES + 1)
        if len(data) > LOGO_MAX_BYTES or not data.startswith(_IMAGE_SIGNATURES):
            return None
        reader = ImageReader(io.BytesIO(data))
        reader.getRGBData()  # decode it all now: a broken file must fail here, not mid-print
        pixels_wide, pixels_high = reader.getSize()
        if pixels_wide <= 0 or pixels_high <= 0:
            return None
        return reader, pixels_wide, pixels_high
    except Exception:  # any unreadable image: skip it quietly, as promised, and print the rest
        return None


def _height(flowables: list[Flowable], width: float, height: float) -> float:
    return sum(f.wrap(width, height)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flowables)


def _boxed(rows: list[list[Any]], styles: Styles, width: float, extra: list[Any]) -> Table:
    """A framed single-column box; each row one cell. ``extra`` adds style commands."""
    pad = styles.t.body
    table = Table(rows, colWidths=[width], splitInRow=min_split(styles), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                cell_font(styles),
                # TOP: with any other alignment reportlab may split off an empty part of
                # a row low on a page, and place such parts there forever (a hang).
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), pad),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, 0), pad),
                ("BOTTOMPADDING", (0, -1), (-1, -1), pad),
                *extra,
            ]
        )
    )
    return table


def _inline(fact: Fact, style: ParagraphStyle, styles: Styles, width: float) -> Flowable:
    """ "Label: text" in one paragraph: a line saved per fact, which page one needs."""
    return labelled(fact.label, fact.text, style, styles, width)


def _about_box(about: About, styles: Styles, width: float) -> Table:
    """The main message, first and framed: the plan (label above it), then how to reach us."""
    pad = styles.t.body
    rows: list[list[Any]] = [
        [heading(about.heading, about.heading_also, styles.box_heading, styles)]
    ]
    plan, *reach = about.facts
    rows.append([paragraph(markup.plain(plan.label), styles.label)])
    rows.append([paragraph(markup.plain(plan.text), styles.body)])
    rows += [[_inline(fact, styles.body, styles, width - 2 * pad)] for fact in reach]
    # Air above the plan's label and each way to reach us, so each reads as one item.
    # (A cell drops its last paragraph's spaceAfter, so padding does this.)
    air = [("TOPPADDING", (0, 1), (-1, 1), pad * 0.6)]
    air += [("TOPPADDING", (0, row), (-1, row), pad * 0.4) for row in range(3, len(rows))]
    return _boxed(rows, styles, width, [("BOX", (0, 0), (-1, -1), 1.5, black), *air])


def _safety_box(net: SafetyNet, styles: Styles, width: float) -> Table:
    """When to get help: a heavier frame and a black heading band, so it stands out."""
    pad = styles.t.body
    band = ParagraphStyle("safety_heading", styles.box_heading, textColor=white)
    rows: list[list[Any]] = [[heading(net.heading, net.heading_also, band, styles)]]
    # What we cannot know, then what to watch for, in one cell: page one is short.
    opening = [paragraph(markup.plain(net.intro), styles.body)]
    if net.signs:
        opening.append(paragraph(markup.plain(net.signs_label), styles.label))
    rows.append([opening])
    spaced = []
    if net.signs:
        # The signs sit close, one to a line: a list to run an eye down, on page one.
        sign = ParagraphStyle("sign", styles.bullet, spaceBefore=0)
        rows += [[paragraph(markup.plain(s), sign, bulletText=BULLET)] for s in net.signs]
    for fact in (*net.facts[:1], *((net.phone,) if net.phone else ()), *net.facts[1:]):
        spaced.append(len(rows))
        style = styles.phone if fact is net.phone else styles.body
        rows.append([_inline(fact, style, styles, width - 2 * pad)])
    extra: list[Any] = [
        ("BOX", (0, 0), (-1, -1), 3, black),
        ("BACKGROUND", (0, 0), (-1, 0), black),
        ("BOTTOMPADDING", (0, 0), (-1, 0), pad * 0.5),
        ("TOPPADDING", (0, 1), (-1, 1), pad * 0.5),
        *(("TOPPADDING", (0, row), (-1, row), pad * 0.4) for row in spaced),
    ]
    return _boxed(rows, styles, width, extra)
