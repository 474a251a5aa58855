"""How the take-home summary looks: a ``Handout`` description laid out as a PDF.

Page one opens with who, when and why, then the plan and how to reach the
clinician in a framed box, then the next steps with boxes to tick; headed
chunks follow (a decision is laid out by ``decisionlayout``), and the
handout ends with lines to write questions on. Sizes come from a
``Typography`` (see ``typography``); the footer from ``footer``.

This module decides nothing about wording (that is ``content``), never sees
the visit (so never the private note), never imports Qt, and hands every
string to reportlab only as escaped ``Markup`` or, on the canvas, cleaned text.
"""

from __future__ import annotations

import functools
import io
import threading
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from . import Paper, markup
from .blocks import cell_font, min_split, paragraph
from .decisionlayout import decision_flowables
from .description import About, Entry, Fact, Handout, Section, SectionKind
from .fonts import BOLD, REGULAR, register_fonts
from .footer import NumberedCanvas
from .typography import CHECKBOX, PAPER_SIZES, REGULAR_PRINT, Styles, Typography

__all__ = ["render_pdf"]

_SHORT_SECTION_ENTRIES = 7  # CDC: a list of no more than 7 items reads as one chunk
_SHORT_SECTION_SHARE = 1 / 3  # of the page height: moving that much whole wastes little paper

# reportlab keeps module-level state (font subsets, paragraph caches) and is not
# documented as thread-safe; the window renders on a worker thread and may also
# render on its own thread to print, so renders take turns.
_RENDER_LOCK = threading.Lock()


def render_pdf(
    handout: Handout, *, paper: Paper = "letter", typography: Typography = REGULAR_PRINT
) -> bytes:
    """The handout as PDF bytes; ``paper`` is ``"letter"`` or ``"a4"``.

    Any number of entries flows onto as many pages as it needs: every block
    here can split across pages, so there is no text too long to print.
    """
    if paper not in PAPER_SIZES:
        raise ValueError(f"paper must be one of {sorted(PAPER_SIZES)}, not {paper!r}")
    register_fonts()
    with _RENDER_LOCK:
        return _render(handout, paper, typography)


def _render(handout: Handout, paper: Paper, typography: Typography) -> bytes:
    styles = Styles(typography)
    buffer = io.BytesIO()
    meta = handout.metadata
    doc = BaseDocTemplate(
        buffer,
        pagesize=PAPER_SIZES[paper],
        leftMargin=typography.margin,
        rightMargin=typography.margin,
        topMargin=typography.margin,
        bottomMargin=typography.margin,
        title=markup.one_line(meta.title),
        author=markup.one_line(meta.author),
        subject=markup.one_line(meta.subject),
        creator="SharedVisit",
        lang=meta.language,
        displayDocTitle=True,
        initialFontName=REGULAR,
        initialFontSize=typography.body,
        initialLeading=typography.leading(typography.body),
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    canvasmaker = functools.partial(
        NumberedCanvas,
        footer_left=markup.one_line(handout.footer),
        language=meta.language,
        typography=typography,
    )
    doc.build(_story(handout, styles, doc.width, doc.height), canvasmaker=canvasmaker)
    return buffer.getvalue()


def _story(handout: Handout, styles: Styles, width: float, height: float) -> list[Flowable]:
    story: list[Flowable] = [paragraph(markup.plain(handout.heading), styles.title)]
    if handout.header:
        story.append(_fact_table(handout.header, styles, width))
    if handout.about:
        story += [Spacer(1, styles.t.body), _about_box(handout.about, styles, width)]
    for section in handout.sections:
        story += _section(section, styles, width, height)
    return story


def _fact_table(facts: tuple[Fact, ...], styles: Styles, width: float) -> Table:
    """Label and value side by side; the label column fits the longest label."""
    gap = styles.t.body
    widest = max(stringWidth(markup.clean_text(f.label), BOLD, styles.t.body) for f in facts)
    label_width = min(widest + gap, width * 0.4)
    rows = [
        [
            paragraph(markup.plain(f.label), styles.label),
            paragraph(markup.plain(f.text), styles.body),
        ]
        for f in facts
    ]
    # splitInRow: a value taller than a page (a pasted letter as the reason) still prints.
    table = Table(rows, colWidths=[label_width, width - label_width], splitInRow=1, hAlign="LEFT")
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


def _about_box(about: About, styles: Styles, width: float) -> Table:
    """The main message, first and framed: the plan and how to reach the clinician."""
    pad = styles.t.body
    rows: list[list[Flowable]] = [[paragraph(markup.plain(about.heading), styles.box_heading)]]
    for fact in about.facts:
        rows.append([paragraph(markup.plain(fact.label), styles.label)])
        rows.append([paragraph(markup.plain(fact.text), styles.body)])
    table = Table(rows, colWidths=[width], splitInRow=min_split(styles), hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        cell_font(styles),
        # TOP: with any other alignment reportlab may split off an empty part of
        # a row low on a page, and place such parts there forever (a hang).
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOX", (0, 0), (-1, -1), 1.5, "black"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, 0), pad),
        ("BOTTOMPADDING", (0, -1), (-1, -1), pad),
    ]
    # Air above each label, so each label and its text read as a pair.
    # (A cell drops its last paragraph's spaceAfter, so padding does this.)
    commands += [("TOPPADDING", (0, row), (-1, row), pad * 0.6) for row in range(1, len(rows), 2)]
    table.setStyle(TableStyle(commands))
    return table


def _section(section: Section, styles: Styles, width: float, height: float) -> list[Flowable]:
    if section.kind is SectionKind.WRITE_IN:
        return _write_in(section, styles, width)
    if section.kind is SectionKind.DECISION:
        return decision_flowables(section, styles, width, height)
    head = [paragraph(markup.plain(section.heading), styles.heading)]
    if section.intro:
        head.append(paragraph(markup.plain(section.intro), styles.intro))
    make = _step if section.kind is SectionKind.CHECKLIST else _entry
    entries = [make(entry, styles) for entry in section.entries]
    # A short section moves whole to the next page rather than leave its last
    # entry alone, headless, overleaf. A long one splits between entries; the
    # heading and intro still stay with the first entry (keepWithNext).
    if len(entries) <= _SHORT_SECTION_ENTRIES:
        parts = [*head, *(p for entry in entries for p in entry)]
        if _height(parts, width) <= height * _SHORT_SECTION_SHARE:
            return [KeepTogether(parts)]
    return [*head, *(KeepTogether(entry) for entry in entries)]


def _height(flowables: list[Paragraph], width: float) -> float:
    return sum(p.wrap(width, 1e9)[1] + p.getSpaceBefore() + p.getSpaceAfter() for p in flowables)


def _write_in(section: Section, styles: Styles, width: float) -> list[Flowable]:
    """Heading, intro and ruled lines that fill the rest of the page.

    A page break comes first unless the heading, intro and at least
    ``blank_lines`` lines fit, so the lines are never orphaned from their
    heading. (keepWithNext would wrap them in a KeepTogether, which cannot
    hold a flowable that grows to the space left.)
    """
    head = [paragraph(markup.plain(section.heading), styles.write_in_heading)]
    if section.intro:
        head.append(paragraph(markup.plain(section.intro), styles.write_in_intro))
    lines = _WritingLines(section.blank_lines, styles.t.writing_line_gap)
    needed = _height(head, width) + lines.wrap(width, 0)[1]
    return [CondPageBreak(needed), *head, lines]


def _entry(entry: Entry, styles: Styles) -> list[Paragraph]:
    """ "You said: <text>", then each labelled detail indented beneath it."""
    first = markup.join(markup.bold(entry.author), entry.text) if entry.author else entry.text
    return [
        paragraph(markup.plain(first), styles.entry),
        *(_detail(fact, styles.detail) for fact in entry.details),
    ]


def _step(entry: Entry, styles: Styles) -> list[Paragraph]:
    """A next step: a box to tick, the step, then who does it and by when."""
    return [
        paragraph(markup.plain(entry.text), styles.step, bulletText=CHECKBOX),
        *(_detail(fact, styles.step_detail) for fact in entry.details),
    ]


def _detail(fact: Fact, style: ParagraphStyle) -> Paragraph:
    return paragraph(markup.join(markup.bold(fact.label), fact.text), style)


class _WritingLines(Flowable):
    """Ruled lines to write questions on: at least ``count``, more if the page has room."""

    def __init__(self, count: int, gap: float) -> None:
        super().__init__()
        self.count, self.gap = count, gap
        self.width = self.height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        lines = max(self.count, int(avail_height // self.gap))
        self.width, self.height = avail_width, lines * self.gap
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []  # never split: CondPageBreak has made room for the minimum

    def draw(self) -> None:
        self.canv.setLineWidth(0.75)
        self.canv.setStrokeColorRGB(0, 0, 0)
        # Line n sits at the foot of the n-th gap, so there is room above the first.
        for n in range(int(self.height // self.gap)):
            self.canv.line(0, n * self.gap, self.width, n * self.gap)
